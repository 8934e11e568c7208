/**
 * @module store/sqlite/write-thread: the one write connection of a SQLite store, in a worker thread.
 * Statements, transaction control, FTS and R*Tree triggers, commits and WAL checkpoints run here, so the
 * main thread (the server's event loop) never waits for them. Messages are answered in order.
 */
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'
import type { Sql } from '../db.js'
import type { WriteOp } from '../ops.js'

export interface WriteRequest {
  id: number
  /** apply: run `write` (a store operation) whole, in a savepoint of the open transaction. */
  op: 'all' | 'get' | 'run' | 'exec' | 'apply' | 'close'
  write?: WriteOp
  sql?: string
  params?: (string | number | null)[]
  /** exec only: refuse unless a transaction is open (a savepoint must not start a transaction of its own). */
  inTransaction?: boolean
}
export interface WriteReply { id: number; value?: unknown; error?: { message: string; code?: string }; inTransaction: boolean }

const { path } = workerData as { path: string }
const db = new Database(path)
db.pragma('busy_timeout = 30000')
db.pragma('cache_size = -65536')
db.pragma('journal_mode = WAL')
db.pragma('synchronous = NORMAL')
const cache = new Map<string, Database.Statement>()
const prep = (sql: string): Database.Statement => {
  let s = cache.get(sql)
  if (!s) { s = db.prepare(sql); cache.set(sql, s) }
  return s
}

/** The connection as the store's Sql, for operations run here. */
const sql: Sql = {
  all: async (q, params = []) => prep(q).all(...params) as Record<string, unknown>[],
  get: async (q, params = []) => prep(q).get(...params) as Record<string, unknown> | undefined,
  run: async (q, params = []) => { prep(q).run(...params) },
}
let ops: Promise<typeof import('../ops.js')> | null = null

const noTransaction = () => Object.assign(new Error('the write transaction of this batch was rolled back'), { code: 'SITREP_NO_TRANSACTION' })

async function apply(op: WriteOp): Promise<unknown> {
  if (!db.inTransaction) throw noTransaction()
  // The store's logic, loaded with the first operation (a thread that only runs statements never needs it).
  const { applyOp } = await (ops ??= import('../ops.js'))
  db.exec('SAVEPOINT sitrep_write')
  try {
    const value = await applyOp(sql, op)
    db.exec('RELEASE sitrep_write')
    return value
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK TO sitrep_write; RELEASE sitrep_write')
    throw error
  }
}

async function answer(m: WriteRequest): Promise<unknown> {
  if (m.op === 'close') { db.close(); return null }
  if (m.op === 'apply') return apply(m.write!)
  if (m.op === 'exec') {
    if (m.inTransaction && !db.inTransaction) throw noTransaction()
    db.exec(m.sql!)
    return undefined
  }
  if (m.op === 'run') { prep(m.sql!).run(...m.params!); return undefined }
  return m.op === 'all' ? prep(m.sql!).all(...m.params!) : prep(m.sql!).get(...m.params!)
}

// The main thread sends a request only once the one before is answered: one at a time, in order.
parentPort!.on('message', (m: WriteRequest) => {
  answer(m).then(
    (value) => parentPort!.postMessage({ id: m.id, value, inTransaction: db.open && db.inTransaction } satisfies WriteReply),
    (e: unknown) => parentPort!.postMessage({ id: m.id, error: { message: (e as Error).message, code: (e as { code?: string }).code }, inTransaction: db.open && db.inTransaction } satisfies WriteReply),
  )
})
