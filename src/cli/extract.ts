/** @module cli/extract: `sitrep extract INPUT...` → event records on stdout, diagnostics on stderr. */
import { writeFileSync } from 'node:fs'
import { extract, formatFailure, formatMessages, readInputs, toRecords } from '../core.js'
import { createWriter, formats, keepStatuses } from '../export/index.js'
import { extractStatuses, inputFlags, readOptions, statusFlag } from './common.js'
import type { Flag } from './flags.js'
import { bool, str, startCommand } from './flags.js'
import type { Io } from './io.js'
import { progress } from './progress.js'

export const extractFlags: Flag[] = [
  { name: 'format', type: 'string', short: 'f', value: 'FMT', help: `output format: ${formats.join('|')} (default jsonl)` },
  { name: 'explain', type: 'boolean', help: 'report per article why it produced what it did (stderr, or --report)' },
  { name: 'report', type: 'string', value: 'FILE', help: 'write the --explain report to FILE instead of stderr' },
  { name: 'all-messages', type: 'boolean', help: 'with --explain: also list caption, credit and byline marks' },
  statusFlag,
  ...inputFlags,
]

const USAGE = 'usage: sitrep extract [options] INPUT... (files, directories, or - for stdin)'

export async function extractCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'extract', usage: USAGE, summary: 'Extract ACLED-style events from articles.', flags: extractFlags, needsInput: true }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const format = str(p, 'format') ?? 'jsonl'
  if (!formats.includes(format)) { io.err(`sitrep extract: unknown --format "${format}"; use ${formats.join(', ')}\n`); return 2 }
  const opts = readOptions(p)
  if (!opts.ok) { io.err(`sitrep extract: ${opts.message}\n`); return 2 }
  const explain = bool(p, 'explain') || str(p, 'report') !== undefined
  const reportFile = str(p, 'report')
  const report: string[] = []
  const keep = extractStatuses(p, format)
  if (!keep.ok) { io.err(`sitrep extract: ${keep.message}\n`); return 2 }
  const writer = keepStatuses(createWriter(format as (typeof formats)[number], (chunk) => io.out(chunk)), keep.value)
  const bar = progress(io, 'extract')
  let read = 0
  for await (const item of readInputs(p.positionals, opts.value)) {
    if (!item.ok) { io.err(formatFailure(item.error) + '\n'); continue }
    read++
    const doc = extract(item.value)
    for (const record of toRecords(doc)) writer.write(record)
    if (explain) {
      const text = formatMessages(doc, { verbose: bool(p, 'all-messages') })
      if (reportFile) report.push(text)
      else io.err(text)
    }
    bar.tick()
  }
  writer.end()
  bar.done()
  if (reportFile) writeFileSync(reportFile, report.join(''))
  return read === 0 ? 1 : 0
}
