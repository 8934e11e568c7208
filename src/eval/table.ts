/** @module eval/table: the plain-text table of every figure, and the confusion matrices under it. */
import type { ClassScore, Confusion } from './metrics.js'
import { NONE } from './metrics.js'
import type { EvalResult, FileResult, Metric } from './result.js'

const LABEL_WIDTH = 46

function cell(m: Metric, v: number | null | undefined): string {
  if (v === null || v === undefined) return '-'
  if (m.unit === 'km') return `${v.toFixed(1)} km`
  if (m.unit === 'count') return String(v)
  if (m.unit === 's') return `${v.toFixed(1)} s`
  return v.toFixed(3)
}

function fileBlock(f: FileResult): string[] {
  if (f.error) return [`${f.file}  (${f.kind})`, `  FAILED: ${f.error}`]
  if (f.skipped) return [`${f.file}  (${f.kind})`, `  skipped: ${f.skipped}`]
  const head = `${f.file}  (${f.kind}, ${f.rows} rows, ${f.seconds.toFixed(1)} s)`
  return [head, ...f.metrics.map((m) =>
    '  ' + m.label.padEnd(LABEL_WIDTH) + cell(m, m.value).padStart(10) + cell(m, m.covered).padStart(10) + String(m.n).padStart(8))]
}

/** One table, every file and figure: `all` counts rows with no prediction as misses, `covered` leaves them out. */
export function formatTable(result: EvalResult, options: { confusion?: boolean } = {}): string {
  const lines = [
    `sitrep eval: ${result.dir}  (${result.seconds.toFixed(1)} s${result.limit !== null ? `, first ${result.limit} rows per file` : ''})`,
    '  ' + 'metric'.padEnd(LABEL_WIDTH) + 'all'.padStart(10) + 'covered'.padStart(10) + 'n'.padStart(8),
  ]
  for (const f of result.files) lines.push(...fileBlock(f))
  if (options.confusion ?? result.confusion) {
    for (const f of result.files) {
      if (f.confusion) lines.push('', ...formatConfusion(f.file, f.confusion))
      if (f.perClass) lines.push('', ...formatPerClass(f.file, f.perClass))
    }
  }
  return lines.join('\n') + '\n'
}

/** Rows gold, columns predicted (numbered, with the labels as legend); `.` for zero, `(none)` last. */
export function formatConfusion(file: string, m: Confusion): string[] {
  const labels = new Set<string>()
  for (const [gold, row] of Object.entries(m)) { labels.add(gold); for (const p of Object.keys(row)) labels.add(p) }
  const order = [...labels].filter((l) => l !== NONE).sort()
  order.push(NONE)
  const w = Math.max(4, ...Object.values(m).flatMap((r) => Object.values(r)).map((n) => String(n).length + 1))
  const out = [`confusion: ${file} (rows gold, columns predicted)`,
    '    ' + ''.padEnd(LABEL_WIDTH) + order.map((_, i) => String(i + 1).padStart(w)).join('')]
  order.forEach((gold, i) => {
    const row = m[gold] ?? {}   // a label only ever predicted still gets its line: the legend of its column
    out.push(String(i + 1).padStart(3) + ' ' + gold.slice(0, LABEL_WIDTH - 1).padEnd(LABEL_WIDTH) +
      order.map((p) => (row[p] ? String(row[p]) : '.').padStart(w)).join(''))
  })
  return out
}

/** The macro-F1's parts: precision, recall, F1 and gold count of each class. */
export function formatPerClass(file: string, classes: readonly ClassScore[]): string[] {
  return [`per class: ${file}`, '    ' + 'class'.padEnd(LABEL_WIDTH) + ['P', 'R', 'F1', 'gold'].map((h) => h.padStart(8)).join(''),
    ...classes.map((c) => '    ' + c.label.slice(0, LABEL_WIDTH - 1).padEnd(LABEL_WIDTH) +
      [c.precision, c.recall, c.f1].map((v) => v.toFixed(3).padStart(8)).join('') + String(c.support).padStart(8))]
}
