/** @module cli/ingest: `sitrep ingest INPUT...` → extract, merge and store; progress and failures on stderr. */
import { formatFailure, openStore, readInputs } from '../index.js'
import { ingestAll } from '../queue/ingest.js'
import { jobsFlag, readJobs } from './extract.js'
import type { IngestOutcome, Store } from '../index.js'
import { inputFlags, readOptions } from './common.js'
import type { Flag } from './flags.js'
import { str, startCommand } from './flags.js'
import type { Io } from './io.js'
import { progress } from './progress.js'

export const dbFlag: Flag = { name: 'db', type: 'string', value: 'PATH|URL', help: 'SQLite file or postgres:// URL (default $SITREP_DB, else ./sitrep.db)' }
const flags: Flag[] = [dbFlag, jobsFlag, ...inputFlags]
const USAGE = 'usage: sitrep ingest [--db PATH|URL] INPUT... (files, directories, feeds, JSON Lines, or - for stdin)'

/** Open the store named by --db, or say why not on stderr. */
export async function openOrSay(db: string | undefined, io: Io, command: string): Promise<Store | null> {
  try {
    return await openStore(db)
  } catch (error) {
    io.err(`sitrep ${command}: store-unavailable: cannot open ${db ?? process.env.SITREP_DB ?? './sitrep.db'}: ${(error as Error).message}\n`)
    return null
  }
}

export async function ingestCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'ingest', usage: USAGE, summary: 'Extract events from articles, merge reports of the same event, and store them.', flags: flags, needsInput: true }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const opts = readOptions(p)
  if (!opts.ok) { io.err(`sitrep ingest: ${opts.message}\n`); return 2 }
  const jobs = readJobs(p)
  if (jobs instanceof Error) { io.err(`sitrep ingest: ${jobs.message}\n`); return 2 }
  const store = await openOrSay(str(p, 'db'), io, 'ingest')
  if (!store) return 1
  const bar = progress(io, 'ingest')
  const counts: Record<IngestOutcome['status'], number> = { 'new': 0, 'revised': 0, 'unchanged': 0, 'second-report': 0 }
  let read = 0
  let merges = 0
  const events = new Set<string>()
  try {
    for await (const { item, outcome, error } of ingestAll(store, readInputs(p.positionals, opts.value), jobs)) {
      if (!item.ok) { io.err(formatFailure(item.error) + '\n'); continue }
      read++
      if (outcome) {
        counts[outcome.status]++
        merges += outcome.merges.length
        for (const id of outcome.event_ids) events.add(id)
      } else {
        io.err(`${item.value.article.input}: internal: ${error}\n`)
      }
      bar.tick()
    }
  } finally {
    bar.done()
    await store.close()
  }
  io.err(`ingest: ${read} articles (${counts.new} new, ${counts.revised} revised, ${counts['second-report']} second reports, ` +
    `${counts.unchanged} unchanged), ${events.size} events, ${merges} merges\n`)
  return read === 0 ? 1 : 0
}
