/** @module cli/worker: `sitrep worker --db postgres://…` takes article jobs from the queue until stopped (or until none is left). */
import { openQueue } from '../queue/jobs.js'
import { runWorker } from '../queue/worker.js'
import { readJobs } from './extract.js'
import type { Flag } from './flags.js'
import { bool, startCommand } from './flags.js'
import { openOrSay } from './ingest.js'
import type { Io } from './io.js'
import { queueDb } from './queue.js'

const flags: Flag[] = [
  { name: 'db', type: 'string', value: 'URL', help: 'postgres:// URL of the store and its queue (default $SITREP_DB)' },
  { name: 'jobs', type: 'string', short: 'j', value: 'N', help: 'jobs at once, each on its own extraction thread (default: one per core)' },
  { name: 'exit-when-empty', type: 'boolean', help: 'stop once no job is pending or running, instead of waiting for more' },
  { name: 'quiet', type: 'boolean', help: 'no line per job on stderr' },
]
const USAGE = 'usage: sitrep worker --db postgres://... [--jobs N] [--exit-when-empty]'

export async function workerCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'worker', usage: USAGE, summary: 'Take article jobs from the PostgreSQL queue, extract, merge and store them.', flags }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const db = queueDb(p, 'worker', USAGE, io)
  if (!db) return 2
  const jobs = readJobs(p)
  if (jobs instanceof Error) { io.err(`sitrep worker: ${jobs.message}\n`); return 2 }
  const store = await openOrSay(db, io, 'worker')
  if (!store) return 1
  let stop = false
  const onSignal = (): void => { stop = true; io.err('worker: stopping after the jobs in hand\n') }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    const q = await openQueue(db, { onError: (e) => io.err(`worker: queue: ${e.message}\n`) })
    try {
      const quiet = bool(p, 'quiet')
      const { stored, failed } = await runWorker(q, store, { jobs, exitWhenEmpty: bool(p, 'exit-when-empty'),
        stopping: () => stop, log: (line) => { if (!quiet) io.err(`worker: ${line}\n`) } })
      io.err(`worker: ${stored} articles stored, ${failed} failed attempts\n`)
    } finally {
      await q.close()
    }
  } catch (error) {
    io.err(`sitrep worker: store-unavailable: ${(error as Error).message}\n`)
    return 1
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    await store.close()
  }
  return 0
}
