/** @module export/csv: RFC 4180 fields and rows. */

export type Cell = string | number | null | undefined

/** One field: quoted when it holds a quote, comma, CR or LF, with quotes doubled; null is empty. */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return ''
  const s = String(value)
  return /[",\r\n]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s
}

/** One record: fields joined by commas, ended by CRLF as RFC 4180 has it. */
export function csvRow(values: readonly Cell[]): string {
  return values.map(csvField).join(',') + '\r\n'
}
