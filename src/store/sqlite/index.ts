/** @module store/sqlite: the embedded backend: better-sqlite3, WAL, an R*Tree over event points. */
import Database from 'better-sqlite3'
import { Worker } from 'node:worker_threads'
import type { Db, Param, Row, Sql } from '../db.js'
import type { ReadReply, ReadRequest } from './read-thread.js'
import type { WriteReply, WriteRequest } from './write-thread.js'
import { steps } from '../migrations.js'
import type { WriteOp } from '../ops.js'
import { CELL } from '../query.js'

const SQLITE = { serial: 'INTEGER PRIMARY KEY AUTOINCREMENT', real: 'REAL', json: 'TEXT', cell: CELL.sqlite }

/** The R*Tree and the triggers that keep it in step with events.latitude/longitude. */
const RTREE = [
  `CREATE VIRTUAL TABLE events_geo USING rtree(id, min_lon, max_lon, min_lat, max_lat)`,
  `CREATE TRIGGER events_geo_insert AFTER INSERT ON events WHEN new.latitude IS NOT NULL AND new.longitude IS NOT NULL
     BEGIN INSERT INTO events_geo VALUES (new.rowid, new.longitude, new.longitude, new.latitude, new.latitude); END`,
  `CREATE TRIGGER events_geo_update AFTER UPDATE OF latitude, longitude ON events BEGIN
     DELETE FROM events_geo WHERE id = old.rowid;
     INSERT INTO events_geo SELECT new.rowid, new.longitude, new.longitude, new.latitude, new.latitude
       WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL; END`,
  `CREATE TRIGGER events_geo_delete AFTER DELETE ON events BEGIN DELETE FROM events_geo WHERE id = old.rowid; END`,
]

/** Trigram full-text indexes: `actor` and `q` are substring searches, answered without a scan. */
const FTS = [
  `CREATE VIRTUAL TABLE events_fts USING fts5(actors, search, content='', contentless_delete=1, tokenize='trigram')`,
  `CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
     INSERT INTO events_fts (rowid, actors, search) VALUES (new.rowid, new.actors, new.search); END`,
  `CREATE TRIGGER events_fts_update AFTER UPDATE OF actors, search ON events BEGIN
     DELETE FROM events_fts WHERE rowid = old.rowid;
     INSERT INTO events_fts (rowid, actors, search) VALUES (new.rowid, new.actors, new.search); END`,
  `CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN DELETE FROM events_fts WHERE rowid = old.rowid; END`,
  `CREATE VIRTUAL TABLE articles_fts USING fts5(text, content='', contentless_delete=1, tokenize='trigram')`,
  `CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO articles_fts (rowid, text) VALUES (new.rowid, new.text); END`,
  `CREATE TRIGGER articles_fts_update AFTER UPDATE OF text ON articles BEGIN
     DELETE FROM articles_fts WHERE rowid = old.rowid; INSERT INTO articles_fts (rowid, text) VALUES (new.rowid, new.text); END`,
  `CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN DELETE FROM articles_fts WHERE rowid = old.rowid; END`,
]

/** Article text matches → the live events their active sources belong to. */
const BY_ARTICLE = `SELECT e.rowid FROM events e JOIN event_sources s ON s.event_id = e.id AND s.active = 1 JOIN articles a ON a.id = s.article_id`

function text(kind: 'actors' | 'q', value: string, few = false): { sql: string; params: Param[] } {
  const v = value.toLowerCase()
  // actors and search are stored lower-cased; trigram matching needs three characters at least.
  if (v.length < 3) {
    return kind === 'actors'
      ? { sql: 'instr(actors, ?) > 0', params: [v] }
      : { sql: `(instr(search, ?) > 0 OR events.rowid IN (${BY_ARTICLE} WHERE instr(lower(a.text), ?) > 0))`, params: [v, v] }
  }
  const phrase = `"${v.replace(/"/g, '""')}"`
  return kind === 'actors'
    // An actor usually matches many events: walk the newest-first index and probe the hits (`+` keeps
    // the planner from fetching every hit to sort it). `q` is usually rare: start from its hits; so does
    // an actor the counts say is rare (`few`).
    ? { sql: `${few ? '' : '+'}events.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)`, params: [`actors : ${phrase}`] }
    : {
        sql: `events.rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?
          UNION ${BY_ARTICLE} WHERE a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`,
        params: [phrase, phrase],
      }
}

export function migrations(): string[][] {
  const all = steps(SQLITE)
  all[0] = [...all[0], ...RTREE, ...FTS]
  all[1] = [...all[1],
    `CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`,
    `CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`]
  return all
}

function open(path: string, readonly: boolean): Database.Database {
  const db = new Database(path, readonly ? { readonly: true, fileMustExist: true } : {})
  db.pragma('busy_timeout = 30000')
  // Queries fetch rows by rowid from index and full-text hits: keep more of the file in memory.
  db.pragma('cache_size = -65536')
  db.pragma('mmap_size = 268435456')
  if (!readonly) {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
  }
  return db
}

function sqlOf(db: Database.Database): Sql {
  const cache = new Map<string, Database.Statement>()
  const prep = (sql: string) => {
    let s = cache.get(sql)
    if (!s) { s = db.prepare(sql); cache.set(sql, s) }
    return s
  }
  return {
    all: async (sql, params = []) => prep(sql).all(...(params as Param[])) as Row[],
    get: async (sql, params = []) => prep(sql).get(...(params as Param[])) as Row | undefined,
    run: async (sql, params = []) => { prep(sql).run(...(params as Param[])) },
  }
}

/** A worker thread running ./<name>.js (./<name>.ts under tsx) with `{ path }` as its data. */
function thread(name: string, path: string): Worker {
  const url = new URL(import.meta.url.endsWith('.ts') ? `./${name}.ts` : `./${name}.js`, import.meta.url)
  return url.pathname.endsWith('.ts')
    // Under tsx (tests) a thread does not inherit the loader hooks: register them, then load the source.
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}) })`, { eval: true, workerData: { path } })
    : new Worker(url, { workerData: { path } })
}

/**
 * Reads in worker threads, each with its own read-only connection: better-sqlite3 is synchronous, so a read
 * on the main thread (a first count over 100k rows takes a second on a busy machine) holds every other
 * request and every writer until it ends. Started when a read first takes longer than SLOW_READ_MS
 * (`readThreads: 'auto'`), or at once with a number; SITREP_READ_THREADS=0 keeps every read on the main thread.
 */
function readPool(path: string, size: number): Sql & { close(): Promise<void> } {
  const threads: { worker: Worker; dead: boolean; pending: Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }> }[] = []
  let next = 1
  for (let i = 0; i < size; i++) {
    const worker = thread('read-thread', path)
    worker.unref()
    const t = { worker, dead: false, pending: new Map() as (typeof threads)[number]['pending'] }
    worker.on('message', (r: ReadReply) => {
      const p = t.pending.get(r.id)
      t.pending.delete(r.id)
      if (!p) return
      if (r.error) p.reject(Object.assign(new Error(r.error.message), { code: r.error.code }))
      else p.resolve(r.value)
    })
    const fail = (e: Error) => { for (const p of t.pending.values()) p.reject(e); t.pending.clear() }
    worker.on('error', fail)
    // A thread that ends (terminated at close, or crashed) answers nothing more: its waiting reads fail, never hang.
    worker.on('exit', (code) => { t.dead = true; fail(new Error(`a SQLite read thread ended (exit code ${code})`)) })
    threads.push(t)
  }
  const ask = (op: 'all' | 'get', sql: string, params: readonly Param[]) => new Promise<unknown>((resolve, reject) => {
    // The thread with the fewest reads waiting: a slow count in one does not hold the pages the other serves.
    const live = threads.filter((x) => !x.dead)
    if (!live.length) { reject(new Error('no SQLite read thread is left')); return }
    const t = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a))
    const id = next++
    t.pending.set(id, { resolve, reject })
    t.worker.postMessage({ id, op, sql, params: [...params] } satisfies ReadRequest)
  })
  return {
    all: async (sql, params = []) => (await ask('all', sql, params)) as Row[],
    get: async (sql, params = []) => (await ask('get', sql, params)) as Row | undefined,
    run: async () => { throw new Error('a read thread does not write') },
    async close() { await Promise.all(threads.map((t) => t.worker.terminate())) },
  }
}

/** The SQL a write transaction runs, answered by the write thread (see writeThread). */
export interface WriteChannel {
  ask(op: WriteRequest['op'], sql?: string, params?: readonly Param[], inTransaction?: boolean, write?: WriteOp): Promise<unknown>
  close(): Promise<void>
}

/** The write thread's connection as a channel; the thread keeps the process alive only while a request waits. */
function writeChannel(path: string): WriteChannel {
  const worker = thread('write-thread', path)
  worker.unref()
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let next = 1
  let ended: Error | null = null
  worker.on('message', (r: WriteReply) => {
    const p = pending.get(r.id)
    pending.delete(r.id)
    if (!pending.size) worker.unref()
    if (!p) return
    if (r.error) p.reject(Object.assign(new Error(r.error.message), { code: r.error.code }))
    else p.resolve(r.value)
  })
  const fail = (e: Error) => { ended ??= e; for (const p of pending.values()) p.reject(e); pending.clear() }
  worker.on('error', fail)
  // A thread that ends answers nothing more: what waits on it fails (and its open transaction was never committed).
  worker.on('exit', (code) => fail(new Error(`the SQLite write thread ended (exit code ${code})`)))
  return {
    ask: (op, sql, params = [], inTransaction, write) => new Promise<unknown>((resolve, reject) => {
      if (ended) { reject(ended); return }
      const id = next++
      if (!pending.size) worker.ref()
      pending.set(id, { resolve, reject })
      worker.postMessage({ id, op, ...(sql !== undefined ? { sql } : {}), params: [...params], ...(inTransaction ? { inTransaction } : {}), ...(write ? { write } : {}) } satisfies WriteRequest)
    }),
    async close() {
      // The thread closes its connection (SQLite checkpoints the WAL when it is the last one), then ends.
      if (!ended) await this.ask('close').catch(() => undefined)
      await worker.terminate()
    },
  }
}

/** Writes of one batch share a transaction: at most this many, and no more started after this long. */
export const BATCH_MAX = 64
export const BATCH_MS = 25

/** A write: a function run here, one message per statement, or an operation the thread runs whole (one message). */
interface Job { fn?: (tx: Sql) => Promise<unknown>; op?: WriteOp; resolve: (v: unknown) => void; reject: (e: unknown) => void }

/**
 * The writes of this process, run by the write thread in batches: one `BEGIN IMMEDIATE … COMMIT` holds the
 * writes waiting when it starts and those that arrive while it runs (up to BATCH_MAX, for BATCH_MS), each in
 * its own savepoint, so a write that fails rolls back alone, as its own transaction would. A write's promise
 * settles only when its batch has committed: resolved, nothing is lost by a crash after; a commit that fails
 * rejects every write of the batch (none of them is stored).
 */
export function batchedWriter(channel: WriteChannel): { write<T>(fn: (tx: Sql) => Promise<T>): Promise<T>; writeOp(op: WriteOp): Promise<unknown>; idle(): Promise<void> } {
  const waiting: Job[] = []
  let draining: Promise<void> | null = null
  const tx: Sql = {
    all: async (sql, params) => (await channel.ask('all', sql, params)) as Row[],
    get: async (sql, params) => (await channel.ask('get', sql, params)) as Row | undefined,
    run: async (sql, params) => { await channel.ask('run', sql, params) },
  }
  const batch = async (): Promise<void> => {
    const done: { job: Job; value: unknown }[] = []
    try {
      await channel.ask('exec', 'BEGIN IMMEDIATE')
    } catch (error) {
      waiting.shift()?.reject(error)
      return
    }
    const t0 = performance.now()
    let tried = 0
    while (waiting.length && tried < BATCH_MAX && (tried === 0 || performance.now() - t0 < BATCH_MS)) {
      const job = waiting[0]
      if (job.op) {
        // The thread takes the savepoint, runs the operation and releases it or rolls back to it.
        try {
          const value = await channel.ask('apply', undefined, [], true, job.op)
          waiting.shift()
          tried++
          done.push({ job, value })
        } catch (error) {
          if ((error as { code?: string }).code === 'SITREP_NO_TRANSACTION' && tried) break
          waiting.shift()
          tried++
          job.reject(error)
        }
        continue
      }
      // A transaction SQLite rolled back by itself (a full disk, say) must not turn the savepoint into a new one.
      try {
        await channel.ask('exec', 'SAVEPOINT sitrep_write', [], true)
      } catch (error) {
        // First in its batch, the write is told; else it waits for the next batch (the commit below fails the others).
        if (!tried) waiting.shift()?.reject(error)
        break
      }
      waiting.shift()
      tried++
      try {
        done.push({ job, value: await job.fn!(tx) })
        await channel.ask('exec', 'RELEASE sitrep_write')
      } catch (error) {
        if (done[done.length - 1]?.job === job) done.pop()
        await channel.ask('exec', 'ROLLBACK TO sitrep_write; RELEASE sitrep_write').catch(() => undefined)
        job.reject(error)
      }
    }
    try {
      await channel.ask('exec', 'COMMIT')
    } catch (error) {
      await channel.ask('exec', 'ROLLBACK').catch(() => undefined)
      const why = `not stored: the commit of its write batch failed: ${(error as Error).message}`
      for (const d of done) d.job.reject(Object.assign(new Error(why), { code: (error as { code?: string }).code, cause: error }))
      return
    }
    for (const d of done) d.job.resolve(d.value)
  }
  const drain = async (): Promise<void> => {
    while (waiting.length) await batch()
    draining = null
  }
  const enqueue = (job: Pick<Job, 'fn' | 'op'>): Promise<unknown> => new Promise((resolve, reject) => {
    waiting.push({ ...job, resolve, reject })
    draining ??= drain()
  })
  return {
    write: <T>(fn: (tx: Sql) => Promise<T>) => enqueue({ fn }) as Promise<T>,
    writeOp: (op: WriteOp) => enqueue({ op }),
    idle: async () => { while (draining) await draining },
  }
}

const SLOW_READ_MS = 25

export interface SqliteOptions {
  /** Read threads: a number, or 'auto' (the default: two, once a read is slow; none with SITREP_READ_THREADS=0). */
  readThreads?: number | 'auto'
  /**
   * Writes in a thread of their own, batched (the default; SITREP_WRITE_THREAD=0 or false: on the calling
   * thread, one transaction each, as `:memory:` always does). Started with the first write.
   */
  writeThread?: boolean
}

/**
 * Open (creating and migrating when needed) a SQLite file: the write thread (writes), a reader handle, maybe read
 * threads; a writer handle on this thread migrates, and writes there only without a write thread.
 */
export function openSqlite(path: string, options: SqliteOptions = {}): Db {
  const writer = open(path, false)
  migrate(writer)
  const reader = open(path, true)
  const w = sqlOf(writer)
  const dataVersion = reader.prepare('PRAGMA data_version').pluck()
  const main = sqlOf(reader)
  const env = process.env.SITREP_READ_THREADS
  const wanted = options.readThreads ?? (env !== undefined && env !== '' ? Number(env) : 'auto')
  let pool: ReturnType<typeof readPool> | null = typeof wanted === 'number' && wanted > 0 ? readPool(path, wanted) : null
  const timed = <T>(run: () => Promise<T>): Promise<T> => {
    if (pool) return run()
    const t0 = performance.now()
    const out = run()
    if (wanted === 'auto' && performance.now() - t0 > SLOW_READ_MS && path !== ':memory:') pool = readPool(path, 2)
    return out
  }
  const r: Sql = {
    all: (sql, params) => timed(() => (pool ?? main).all(sql, params)),
    get: (sql, params) => timed(() => (pool ?? main).get(sql, params)),
    run: (sql, params) => main.run(sql, params),
  }
  // better-sqlite3 is synchronous, but `fn` is async: queue writers so two never share one transaction.
  let queue: Promise<unknown> = Promise.resolve()
  const inline = <T>(fn: (tx: Sql) => Promise<T>): Promise<T> => {
    const run = async () => {
      writer.exec('BEGIN IMMEDIATE')
      try {
        const value = await fn(w)
        writer.exec('COMMIT')
        return value
      } catch (error) {
        if (writer.inTransaction) writer.exec('ROLLBACK')
        throw error
      }
    }
    const next = queue.then(run, run)
    queue = next.catch(() => undefined)
    return next
  }
  const threadEnv = process.env.SITREP_WRITE_THREAD
  const threaded = path !== ':memory:' && (options.writeThread ?? !(threadEnv === '0' || threadEnv === 'false'))
  let channel: WriteChannel | null = null
  let batched: ReturnType<typeof batchedWriter> | null = null
  return {
    kind: 'sqlite',
    ...r,
    write<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      if (!threaded) return inline(fn)
      if (!batched) batched = batchedWriter((channel = writeChannel(path)))
      return batched.write(fn)
    },
    ...(threaded ? {
      writeOp(op: WriteOp): Promise<unknown> {
        if (!batched) batched = batchedWriter((channel = writeChannel(path)))
        return batched.writeOp(op)
      },
    } : {}),
    text,
    inBox(box, selective, few) {
      const exact = { sql: 'longitude >= ? AND longitude <= ? AND latitude >= ? AND latitude <= ?', params: [box[0], box[2], box[1], box[3]] }
      // With another selective filter, or a box too big to narrow much, checking each row beats materializing R*Tree hits.
      if (selective || (!few && (box[2] - box[0]) * (box[3] - box[1]) > 25)) return exact
      // The R*Tree stores 32-bit floats rounded outward: widen the probe a little, then test exactly.
      const e = 1e-3
      return {
        sql: `events.rowid IN (SELECT id FROM events_geo WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?) AND ${exact.sql}`,
        params: [box[0] - e, box[2] + e, box[1] - e, box[3] + e, ...exact.params],
      }
    },
    schemaVersion: async () => version(reader),
    // data_version changes when another connection (our writer, another process) commits; writes stay on the writer.
    generation: () => Number(dataVersion.get()),
    async close() {
      // Every write asked for is committed (or reported failed) before the connections close.
      await batched?.idle()
      await channel?.close()
      await queue
      await pool?.close()
      reader.close()
      writer.close()
    },
  }
}

function version(db: Database.Database): number {
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }
  return row.v ?? 0
}

function migrate(db: Database.Database): void {
  db.exec('BEGIN IMMEDIATE')
  try {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)')
    const all = migrations()
    for (let v = version(db) + 1; v <= all.length; v++) {
      for (const statement of all[v - 1]) db.exec(statement)
      db.prepare('INSERT INTO schema_version VALUES (?, ?)').run(v, new Date().toISOString())
    }
    db.exec('COMMIT')
  } catch (error) {
    db.exec('ROLLBACK')
    throw error
  }
}
