/** @module store/sqlite/read-thread: one read-only connection in a worker thread, answering `all` and `get` messages. */
import Database from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'

export interface ReadRequest { id: number; op: 'all' | 'get'; sql: string; params: (string | number | null)[] }
export interface ReadReply { id: number; value?: unknown; error?: { message: string; code?: string } }

const db = new Database((workerData as { path: string }).path, { readonly: true, fileMustExist: true })
db.pragma('busy_timeout = 30000')
db.pragma('cache_size = -65536')
db.pragma('mmap_size = 268435456')
const cache = new Map<string, Database.Statement>()

parentPort!.on('message', (m: ReadRequest) => {
  let reply: ReadReply
  try {
    let s = cache.get(m.sql)
    if (!s) { s = db.prepare(m.sql); cache.set(m.sql, s) }
    reply = { id: m.id, value: m.op === 'all' ? s.all(...m.params) : s.get(...m.params) }
  } catch (e) {
    reply = { id: m.id, error: { message: (e as Error).message, code: (e as { code?: string }).code } }
  }
  parentPort!.postMessage(reply)
})
