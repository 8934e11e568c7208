/** @module cli/extract: `sitrep extract INPUT...` → event records on stdout, diagnostics on stderr. */
import { writeFileSync } from 'node:fs'
// Not ../core.js: with --jobs the pipeline loads in the threads only, so this thread imports just the reader.
import { formatFailure } from '../errors.js'
import { createWriter, formats, keepStatuses } from '../export/index.js'
import { readInputs } from '../ingest/read.js'
import { NOT_ENGLISH, readsAsEnglish } from '../text/language.js'
import { defaultJobs, extractAll } from '../queue/extract.js'
import { extractStatuses, inputFlags, readOptions, statusFlag } from './common.js'
import type { Flag, Parsed } from './flags.js'
import { bool, int, str, startCommand } from './flags.js'
import type { Io } from './io.js'
import { progress } from './progress.js'

/** --jobs, shared with ingest: how many worker threads extract. */
export const jobsFlag: Flag = { name: 'jobs', type: 'string', short: 'j', value: 'N', help: 'extract on N worker threads, output in input order (default: one per core)' }
export function readJobs(p: Parsed): number | Error {
  const n = int(p, 'jobs')
  if (n instanceof Error) return n
  if (n !== undefined && (n < 1 || n > 256)) return new Error(`--jobs must be between 1 and 256, got ${n}`)
  return n ?? defaultJobs()
}

export const extractFlags: Flag[] = [
  { name: 'format', type: 'string', short: 'f', value: 'FMT', help: `output format: ${formats.join('|')} (default jsonl)` },
  { name: 'explain', type: 'boolean', help: 'report per article why it produced what it did (stderr, or --report)' },
  { name: 'report', type: 'string', value: 'FILE', help: 'write the --explain report to FILE instead of stderr' },
  { name: 'all-messages', type: 'boolean', help: 'with --explain: also list caption, credit and byline marks' },
  statusFlag,
  jobsFlag,
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
  const jobs = readJobs(p)
  if (jobs instanceof Error) { io.err(`sitrep extract: ${jobs.message}\n`); return 2 }
  const explain = bool(p, 'explain') || str(p, 'report') !== undefined
  const reportFile = str(p, 'report')
  const report: string[] = []
  const keep = extractStatuses(p, format)
  if (!keep.ok) { io.err(`sitrep extract: ${keep.message}\n`); return 2 }
  const writer = keepStatuses(createWriter(format as (typeof formats)[number], (chunk) => io.out(chunk)), keep.value)
  const bar = progress(io, 'extract')
  let read = 0
  for await (const { item, done } of extractAll(readInputs(p.positionals, opts.value), { jobs, explain, verbose: bool(p, 'all-messages') })) {
    if (!item.ok) { io.err(formatFailure(item.error) + '\n'); continue }
    read++
    if (done && !done.ok) io.err(`${item.value.article.input}: internal: ${done.message}\n`)
    else if (done) {
      for (const record of done.records) writer.write(record)
      if (!done.records.length && !readsAsEnglish(item.value.text)) io.err(`${item.value.article.input}: ${NOT_ENGLISH}\n`)
      if (explain) {
        if (reportFile) report.push(done.report)
        else io.err(done.report)
      }
    }
    bar.tick()
  }
  writer.end()
  bar.done()
  if (reportFile) writeFileSync(reportFile, report.join(''))
  return read === 0 ? 1 : 0
}
