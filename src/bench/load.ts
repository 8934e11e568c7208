/**
 * @module bench/load: reads under writes. A store of N synthetic events (default 100,000), served on loopback;
 * 20 readers page `/api/events` (the default page and a few filters) while 10 writers post reviews with a
 * reviewer's token. Prints read p50/p99, write p50/p99 and errors, per backend.
 * `node dist/src/bench/load.js [--events N] [--seconds S] [--backend sqlite|postgres|both] [--seeded FILE] [--schema NAME] [--reads mixed|bbox|bbox-new|actor] [--in-place]`
 * (--seeded keeps the seeded SQLite store in FILE and runs on a copy; --schema keeps the PostgreSQL schema; both
 * are seeded by bench/seed, a million events in minutes.) LOAD_READERS / LOAD_WRITERS set the clients (20, 10).
 * `--reads bbox` / `--reads actor`: one of a dozen boxes (1–6° around busy countries) or actors, with a page size
 * drawn each time (20–100), so the page is read every time while the filter's count is cached after its first
 * read, which the warm-up makes; `--reads bbox-new`: every read a box never asked before (its count included).
 * Each read path is fetched once before the clock starts (warmup_*: the first read of a filter counts its events).
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { parseArgs } from 'node:util'
import { monitorEventLoopDelay, performance as perf } from 'node:perf_hooks'
import type { Db } from '../store/db.js'
import { createStore } from '../store/repo.js'
import { openSqlite } from '../store/sqlite/index.js'
import { CENTRES, seedPostgres, seedSqlite } from './seed.js'

const READS = ['/api/events', '/api/events', '/api/events', '/api/events?country=SY', '/api/events?event_type=Battles', '/api/events?from=2017-01-01&to=2017-06-30']

function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

type Reads = 'mixed' | 'bbox' | 'bbox-new' | 'actor'
const ACTORS = ['military forces of syria', 'protesters (ukraine)', 'police forces', 'brigade', 'civilians (yemen)', 'unidentified armed group',
  'rioters', 'military forces of nigeria', 'militia', 'protesters (india)', 'front', 'civilians (mali)']

/** A dozen boxes of 1–6° around busy countries' centres. */
const BOXES = CENTRES.slice(0, 12).map(([lat, lon], k) => { const w = 1 + (k % 6); return `${lon - w / 2},${lat - w / 2},${lon + w / 2},${lat + w / 2}` })

/** The i-th read of a client: the mixed list in turn, or a box or an actor as `--reads` says. */
function readPath(reads: Reads, i: number, rand: () => number): string {
  if (reads === 'actor') return `/api/events?actor=${encodeURIComponent(ACTORS[i % ACTORS.length])}&limit=${20 + Math.floor(rand() * 81)}`
  if (reads === 'bbox') return `/api/events?bbox=${BOXES[i % BOXES.length]}&limit=${20 + Math.floor(rand() * 81)}`
  if (reads === 'bbox-new') {
    const [lat, lon] = CENTRES[Math.floor(rand() * CENTRES.length)]
    const w = 0.5 + rand() * 7.5, h = 0.5 + rand() * 7.5
    const x = Math.round((lon - w / 2 + (rand() - 0.5) * 4) * 1000) / 1000, y = Math.round((lat - h / 2 + (rand() - 0.5) * 4) * 1000) / 1000
    return `/api/events?bbox=${x},${y},${Math.round((x + w) * 1000) / 1000},${Math.round((y + h) * 1000) / 1000}`
  }
  return READS[i % READS.length]
}

interface Load { base: string; token: string; seconds: number; readers: number; writers: number; events: number; reads: Reads }
interface Out { reads: number[]; writes: number[]; readErrors: string[]; writeErrors: string[]; slowBy5s: number[] }

/** The clients, in a worker thread so that their own work does not slow the server down. */
async function clients(l: Load): Promise<Out> {
  const out: Out = { reads: [], writes: [], readErrors: [], writeErrors: [], slowBy5s: [] }
  const start = performance.now()
  const stop = start + l.seconds * 1000
  const rand = rng(5)
  const reader = async (r: number) => {
    const own = rng(101 + r)
    for (let i = 0; performance.now() < stop; i++) {
      const t0 = performance.now()
      try {
        const res = await fetch(l.base + readPath(l.reads, i + r, own))
        await res.arrayBuffer()
        if (res.status !== 200) out.readErrors.push(`HTTP ${res.status}`)
      } catch (e) { out.readErrors.push((e as Error).message) }
      const ms = performance.now() - t0
      out.reads.push(ms)
      // When the slow reads (over 100 ms) happened, by 5 s of the run.
      if (ms > 100) { const b = Math.floor((t0 - start) / 5000); out.slowBy5s[b] = (out.slowBy5s[b] ?? 0) + 1 }
    }
  }
  const writer = async (w: number) => {
    for (let i = 0; performance.now() < stop; i++) {
      const id = `ev_syn_${Math.floor(rand() * l.events)}`
      const t0 = performance.now()
      try {
        const body = i % 2 ? { action: 'accept', reason: `load ${w}` } : { action: 'edit', field: 'notes', value: `checked by writer ${w} (${i})`, reason: 'load' }
        const res = await fetch(`${l.base}/api/events/${id}/review`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', authorization: `Bearer ${l.token}` } })
        await res.arrayBuffer()
        if (res.status !== 200) out.writeErrors.push(`HTTP ${res.status}`)
      } catch (e) { out.writeErrors.push((e as Error).message) }
      out.writes.push(performance.now() - t0)
    }
  }
  await Promise.all([...Array.from({ length: l.readers }, (_, r) => reader(r)), ...Array.from({ length: l.writers }, (_, w) => writer(w))])
  return out
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return Math.round((s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0) * 10) / 10
}

interface Reuse {
  /** SQLite: a seeded store kept in this file (seeded and closed when missing), copied for each run. */
  seeded?: string
  /** PostgreSQL: a schema kept between runs (seeded when empty, never dropped). */
  schema?: string
  /** SQLite: run on the seeded file itself, not a copy (a million events are gigabytes; reads-only runs change little). */
  inPlace?: boolean
}

async function run(backend: 'sqlite' | 'postgres', events: number, seconds: number, reuse: Reuse = {}, reads: Reads = 'mixed'): Promise<Record<string, unknown>> {
  const { buildServer } = await import('../api/index.js')
  let db: Db
  let cleanup = async () => undefined as unknown
  let seeded = -1
  const t0 = performance.now()
  if (backend === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-load-'))
    if (reuse.seeded) {
      if (!existsSync(reuse.seeded)) {
        await seedSqlite(reuse.seeded, events)
        seeded = Math.round(performance.now() - t0)
      }
      if (!reuse.inPlace) copyFileSync(reuse.seeded, join(dir, 'load.db'))
    } else {
      await seedSqlite(join(dir, 'load.db'), events)
      seeded = Math.round(performance.now() - t0)
    }
    db = openSqlite(reuse.seeded && reuse.inPlace ? reuse.seeded : join(dir, 'load.db'))
    cleanup = async () => rmSync(dir, { recursive: true, force: true })
  } else {
    const url = process.env.SITREP_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test'
    const schema = reuse.schema ?? `sitrep_load_${process.pid}`
    const { openPostgres } = await import('../store/postgres/index.js')
    db = await openPostgres(url, { schema })
    if (!reuse.schema) {
      cleanup = async () => {
        const { default: pg } = await import('pg')
        const c = new pg.Client({ connectionString: url })
        await c.connect()
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
        await c.end()
      }
    }
  }
  if (backend === 'postgres' && Number((await db.get('SELECT count(*) AS n FROM events'))?.n ?? 0) === 0) {
    await db.close()
    const url = process.env.SITREP_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test'
    const schema = reuse.schema ?? `sitrep_load_${process.pid}`
    await seedPostgres(url, schema, events)
    const { openPostgres } = await import('../store/postgres/index.js')
    db = await openPostgres(url, { schema })
    seeded = Math.round(performance.now() - t0)
  }
  // The events the store holds (a seeded store keeps its own count, whatever --events says).
  const stored = Number((await db.get('SELECT count(*) AS n FROM events'))?.n ?? events)
  const store = createStore(db)
  const made = await store.users.add(`load-${process.pid}-${Date.now()}`, 'reviewer')
  if (!made.ok) throw new Error(made.error.message)
  const app = await buildServer(store, { derive: () => [] })
  const base = await app.listen({ host: '127.0.0.1', port: 0 })
  // The dashboard's index is built in the background once the server starts: measured after it, not beside it.
  await store.dashboard?.prepare()
  try {
    // Each read once before the clock starts: the first read of a filter counts its events (seconds on a loaded
    // machine), then the count is kept until a write changes what the filter matches.
    const w0 = performance.now()
    // A box is never asked twice: nothing to warm. Each actor's first read counts its events.
    const warm = reads === 'bbox-new' ? [] : reads === 'actor' ? ACTORS.map((a) => `/api/events?actor=${encodeURIComponent(a)}&limit=10`)
      : reads === 'bbox' ? BOXES.map((b) => `/api/events?bbox=${b}&limit=10`) : [...new Set(READS)]
    const firsts = await Promise.all(warm.map(async (path) => {
      const t = performance.now()
      const res = await fetch(base + path)
      await res.arrayBuffer()
      return performance.now() - t
    }))
    const warmup = { warmup_ms: Math.round(performance.now() - w0), warmup_max_first_read_ms: Math.round(Math.max(0, ...firsts)) }
    // The server thread's busy time per request: what a request costs, apart from waiting for a CPU on a loaded machine.
    // How long the server's thread was held at a time: a read waiting behind a synchronous query or write, not a CPU.
    const delay = monitorEventLoopDelay({ resolution: 10 })
    delay.enable()
    const elu0 = perf.eventLoopUtilization()
    const cpu0 = process.cpuUsage()
    const out = await new Promise<Out>((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { base, token: made.value.token, seconds, readers: Number(process.env.LOAD_READERS ?? 20), writers: Number(process.env.LOAD_WRITERS ?? 10), events, reads } satisfies Load })
      w.once('message', resolve)
      w.once('error', reject)
    })
    const elu = perf.eventLoopUtilization(elu0)
    delay.disable()
    const cpu = process.cpuUsage(cpu0)
    const requests = out.reads.length + out.writes.length
    const { loadavg } = await import('node:os')
    return {
      backend, events: stored, seconds, reads, readers: Number(process.env.LOAD_READERS ?? 20), writers: Number(process.env.LOAD_WRITERS ?? 10), seed_ms: seeded, ...warmup, server_busy_ms_per_request: Math.round((elu.active / Math.max(1, requests)) * 100) / 100,
      loop_delay_p99_ms: Math.round(delay.percentile(99) / 1e6), loop_delay_max_ms: Math.round(delay.max / 1e6),
      process_cpu_ms: Math.round((cpu.user + cpu.system) / 1000), load_average: loadavg()[0], read_count: out.reads.length, read_p50_ms: pct(out.reads, 50), read_p99_ms: pct(out.reads, 99),
      read_errors: out.readErrors.length, writes: out.writes.length, write_p50_ms: pct(out.writes, 50), write_p99_ms: pct(out.writes, 99),
      write_errors: out.writeErrors.length, slow_reads_by_5s: Array.from(out.slowBy5s, (n) => n ?? 0), first_errors: [...out.readErrors, ...out.writeErrors].slice(0, 3),
    }
  } finally {
    await app.close()
    await store.close()
    await cleanup()
  }
}

if (!isMainThread && workerData) {
  parentPort!.postMessage(await clients(workerData as Load))
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { events: { type: 'string' }, seconds: { type: 'string' }, backend: { type: 'string' }, seeded: { type: 'string' }, schema: { type: 'string' }, reads: { type: 'string' }, 'in-place': { type: 'boolean' } } })
  const reads = (values.reads ?? 'mixed') as Reads
  if (!['mixed', 'bbox', 'bbox-new', 'actor'].includes(reads)) throw new Error('--reads is mixed, bbox, bbox-new or actor')
  const events = Number(values.events ?? 100_000)
  const seconds = Number(values.seconds ?? 20)
  const which = values.backend ?? 'both'
  for (const b of ['sqlite', 'postgres'] as const) {
    if (which !== 'both' && which !== b) continue
    console.log(JSON.stringify(await run(b, events, seconds, { ...(values.seeded ? { seeded: values.seeded } : {}), ...(values['in-place'] ? { inPlace: true } : {}), ...(values.schema ? { schema: values.schema } : {}) }, reads)))
  }
}
