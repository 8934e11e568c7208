/** @module cli/ingest: `sitrep ingest INPUT...` → extract, merge and store; progress and failures on stderr. */
import { formatFailure, openStore, readInputs } from '../index.js'
import type { ReadOptions } from '../index.js'
import { DEFAULT_DB, isPostgresUrl } from '../store/index.js'
import { existsSync, rmSync } from 'node:fs'
import { ingestAll } from '../queue/ingest.js'
import { jobsFlag, readJobs } from './extract.js'
import type { IngestOutcome, Store } from '../index.js'
import { inputFlags, readOptions, shownStore } from './common.js'
import type { Flag } from './flags.js'
import { bool, int, str, startCommand } from './flags.js'
import type { Parsed } from './flags.js'
import type { Input } from '../pipeline.js'
import type { Io } from './io.js'
import { progress } from './progress.js'
import { NOT_ENGLISH, readsAsEnglish } from '../text/language.js'

export const dbFlag: Flag = { name: 'db', type: 'string', value: 'PATH|URL', help: 'SQLite file or postgres:// URL (default $SITREP_DB, else ./sitrep.db)' }
const flags: Flag[] = [dbFlag, jobsFlag,
  { name: 'enqueue', type: 'boolean', help: 'with --db postgres://...: add the articles as jobs for `sitrep worker` and return' },
  { name: 'job-timeout', type: 'string', value: 'SECONDS', help: 'with --enqueue: a job held longer (a dead worker) is taken again (default 60)' },
  { name: 'explain', type: 'boolean', help: 'say on stderr why each merge joined two reports (undo one with POST /api/merges/{id}/undo)' },
  ...inputFlags]
const USAGE = 'usage: sitrep ingest [--db PATH|URL] [--jobs N | --enqueue] INPUT... (files, directories, feeds, JSON Lines, or - for stdin)'
/** Jobs per INSERT when enqueueing. */
const BATCH = 500

/** Open the store named by --db, or say why not on stderr. */
export async function openOrSay(db: string | undefined, io: Io, command: string): Promise<Store | null> {
  try {
    return await openStore(db)
  } catch (error) {
    io.err(`sitrep ${command}: store-unavailable: cannot open ${shownStore(db ?? process.env.SITREP_DB ?? './sitrep.db')}: ${(error as Error).message}\n`)
    return null
  }
}

export async function ingestCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'ingest', usage: USAGE, summary: 'Extract events from articles, merge reports of the same event, and store them.', flags: flags, needsInput: true }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const opts = readOptions(p)
  if (!opts.ok) { io.err(`sitrep ingest: ${opts.message}\n`); return 2 }
  if (bool(p, 'enqueue')) return enqueueCommand(p, opts.value, io)
  const jobs = readJobs(p)
  if (jobs instanceof Error) { io.err(`sitrep ingest: ${jobs.message}\n`); return 2 }
  // The store is opened before reading (a wrong --db is said before stdin is waited on); one this command
  // created and stored nothing in (every input missing, unreadable or failed) is removed again.
  const target = str(p, 'db') || process.env.SITREP_DB || DEFAULT_DB
  const fresh = !isPostgresUrl(target) && !existsSync(target)
  const store = await openOrSay(str(p, 'db'), io, 'ingest')
  if (!store) return 1
  const bar = progress(io, 'ingest')
  const counts: Record<IngestOutcome['status'], number> = { 'new': 0, 'revised': 0, 'unchanged': 0, 'second-report': 0 }
  let read = 0
  let failed = 0
  let merges = 0
  const events = new Set<string>()
  try {
    for await (const { item, outcome, error } of ingestAll(store, readInputs(p.positionals, opts.value), jobs)) {
      if (!item.ok) { io.err(formatFailure(item.error) + '\n'); continue }
      read++
      if (outcome) {
        counts[outcome.status]++
        merges += outcome.merges.length
        if (bool(p, 'explain')) {
          for (const id of outcome.merges) {
            const m = await store.getMerge(id)
            if (m) io.err(`${item.value.article.input}: merge ${id}: ${m.absorbed} into ${m.survivor}: ${m.reasons.join('; ')}\n`)
          }
        }
        for (const id of outcome.event_ids) events.add(id)
        if (!outcome.event_ids.length && outcome.status === 'new' && !readsAsEnglish(item.value.text)) io.err(`${item.value.article.input}: ${NOT_ENGLISH}\n`)
      } else {
        failed++
        io.err(`${item.value.article.input}: internal: ${error}\n`)
      }
      bar.tick()
    }
  } finally {
    bar.done()
    await store.close()
    if (fresh && read === failed) for (const file of [target, `${target}-wal`, `${target}-shm`, `${target}-journal`]) rmSync(file, { force: true })
  }
  if (read === 0) {
    io.err(`ingest: no article could be read from the inputs; nothing stored${fresh ? `, no store created at ${target}` : ''}\n`)
    return 1
  }
  io.err(`ingest: ${read} articles (${counts.new} new, ${counts.revised} revised, ${counts['second-report']} second reports, ` +
    `${counts.unchanged} unchanged${failed ? `, ${failed} failed` : ''}), ${events.size} events, ${merges} merges\n`)
  // Exit 1 when nothing was stored: every article unreadable or failed on the way in.
  return read - failed === 0 ? 1 : 0
}

/** `ingest --enqueue`: read the inputs and add them to the job queue in batches; workers do the rest. */
async function enqueueCommand(p: Parsed, options: ReadOptions, io: Io): Promise<number> {
  const db = str(p, 'db') ?? process.env.SITREP_DB
  if (!db || !isPostgresUrl(db)) { io.err('sitrep ingest: --enqueue needs --db postgres://... (the queue lives in PostgreSQL)\n'); return 2 }
  const timeout = int(p, 'job-timeout')
  if (timeout instanceof Error || (timeout !== undefined && timeout < 1)) { io.err(`sitrep ingest: --job-timeout takes a whole number of seconds ≥ 1\n`); return 2 }
  const { openQueue, enqueue } = await import('../queue/jobs.js')
  let q
  try {
    q = await openQueue(db, { onError: (e) => io.err(`ingest: queue: ${e.message}\n`) })
  } catch (error) {
    io.err(`sitrep ingest: store-unavailable: cannot open ${shownStore(db)}: ${(error as Error).message}\n`)
    return 1
  }
  let read = 0
  const batch: Input[] = []
  try {
    for await (const item of readInputs(p.positionals, options)) {
      if (!item.ok) { io.err(formatFailure(item.error) + '\n'); continue }
      read++
      batch.push(item.value)
      if (batch.length >= BATCH) await enqueue(q, batch.splice(0), timeout)
    }
    await enqueue(q, batch.splice(0), timeout)
  } finally {
    await q.close()
  }
  io.err(`ingest: ${read} articles enqueued\n`)
  return read === 0 ? 1 : 0
}
