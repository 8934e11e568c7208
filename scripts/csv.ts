/** @module scripts/csv: the one CSV reader of the import scripts (RFC 4180: quoted fields may hold commas, doubled quotes and newlines; blank lines are skipped). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = [], field = '', quoted = false
  const end = (): void => {
    row.push(field)
    if (row.length > 1 || row[0].trim()) rows.push(row)
    row = []; field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++ } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') { row.push(field); field = '' }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      end()
    } else field += c
  }
  if (field || row.length) end()
  return rows
}

/** A field quoted when it holds a comma or a quote. */
export const quote = (s: string): string => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
