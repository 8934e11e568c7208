/** @module cli/queue: `sitrep queue --db postgres://…` prints the job counts as JSON; `--failed` lists the dead letters. */
import { deadJobs, openQueue, queueCounts } from '../queue/jobs.js'
import { isPostgresUrl } from '../store/index.js'
import { shownStore } from './common.js'
import type { Flag } from './flags.js'
import type { Parsed } from './flags.js'
import { bool, str, startCommand } from './flags.js'
import type { Io } from './io.js'

const flags: Flag[] = [
  { name: 'db', type: 'string', value: 'URL', help: 'postgres:// URL of the queue (default $SITREP_DB)' },
  { name: 'failed', type: 'boolean', help: 'list the failed jobs (article, input, reason), one JSON object per line' },
]
const USAGE = 'usage: sitrep queue --db postgres://... [--failed]'

/** The job queue's PostgreSQL URL (`--db`, else $SITREP_DB), or null once `sitrep <command>` has said it needs one. */
export function queueDb(p: Parsed, command: string, usage: string, io: Io): string | null {
  const db = str(p, 'db') ?? process.env.SITREP_DB
  if (db && isPostgresUrl(db)) return db
  io.err(`sitrep ${command}: the job queue lives in PostgreSQL: give --db postgres://...\n${usage}\n`)
  return null
}

export async function queueCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'queue', usage: USAGE, summary: 'Show the article jobs: {"pending", "running", "done", "failed"}.', flags }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const db = queueDb(p, 'queue', USAGE, io)
  if (!db) return 2
  let q
  try {
    q = await openQueue(db, { onError: (e) => io.err(`queue: ${e.message}\n`) })
  } catch (error) {
    io.err(`sitrep queue: store-unavailable: cannot open ${shownStore(db)}: ${(error as Error).message}\n`)
    return 1
  }
  try {
    if (bool(p, 'failed')) for (const d of await deadJobs(q)) io.out(JSON.stringify(d) + '\n')
    else io.out(JSON.stringify(await queueCounts(q)) + '\n')
  } finally {
    await q.close()
  }
  return 0
}
