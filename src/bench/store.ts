/**
 * @module bench/store: store ingest throughput (SQLite, and PostgreSQL when reachable), `/api/events`
 * latency over many synthetic events, and merge precision/recall on hand-written report clusters.
 * Alone: `npx tsx src/bench/store.ts`; BENCH_STORE_EVENTS=N or SITREP_BENCH_1M=1 sets the store size.
 * BENCH_STORE_INGEST=0 skips ingest; BENCH_STORE_QUERY_DB=FILE keeps the SQLite query store between runs;
 * BENCH_STORE_SQLITE_QUERY=0 skips its latencies; BENCH_STORE_PG_QUERY=1 measures the same queries on PostgreSQL
 * (SITREP_TEST_PG; a schema of its own, dropped after), BENCH_STORE_QUERY_SCHEMA=NAME in a schema kept between runs.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventRecord } from '../schema/record.js'
import { buildServer } from '../api/index.js'
import { openStore } from '../store/index.js'
import type { Store } from '../store/index.js'
import { createStore } from '../store/repo.js'
import { openSqlite } from '../store/sqlite/index.js'
import { art, rec } from '../store/fixtures.js'
import { mergeQuality } from '../merge/clusters.js'
import { seedPostgres, seedSqlite } from './seed.js'

const TYPES: [string, string][] = [['Battles', 'Armed clash'], ['Explosions/Remote violence', 'Air/drone strike'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'], ['Violence against civilians', 'Attack'], ['Protests', 'Peaceful protest'], ['Riots', 'Violent demonstration']]
const COUNTRIES: [string, string, number, number][] = [['SY', 'Syria', 35, 38], ['IQ', 'Iraq', 33, 44], ['YE', 'Yemen', 15, 47], ['NG', 'Nigeria', 10, 8],
  ['SO', 'Somalia', 5, 46], ['AF', 'Afghanistan', 34, 66], ['ML', 'Mali', 16, -2], ['UA', 'Ukraine', 49, 32]]
const ACTORS = ['Islamic State', 'Military Forces', 'Police Forces', 'Unidentified Armed Group', 'Al Shabaab', 'Taliban', 'Boko Haram', 'Protesters']

/** A deterministic pseudo-random stream, so every run measures the same store. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

export function syntheticRecord(i: number, rand: () => number): EventRecord {
  const [event_type, sub_event_type] = TYPES[Math.floor(rand() * TYPES.length)]
  const [iso, country, lat, lon] = COUNTRIES[Math.floor(rand() * COUNTRIES.length)]
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 6 * 365) * 86_400_000).toISOString().slice(0, 10)
  const a1 = `${ACTORS[Math.floor(rand() * ACTORS.length)]} (${country})`
  return rec({ id: `ev_syn_${i}`, article_id: `syn-${i}`, event_date: day, event_type, sub_event_type, iso, country,
    actor1: a1, actor2: `Civilians (${country})`, location: `Town ${i % 5000}`, geonameid: 5_000_000 + (i % 5000),
    latitude: lat + (rand() - 0.5) * 6, longitude: lon + (rand() - 0.5) * 6, notes: `${a1} event number ${i} near town ${i % 5000}.` })
}

const perHour = (n: number, ms: number) => Math.round((n / ms) * 3_600_000)

/** Articles through putArticle one transaction each; a third report an event another article gave already. */
async function ingestThroughput(store: Store, n: number): Promise<{ perSecond: number; perHour: number }> {
  const rand = rng(7)
  const t0 = performance.now()
  for (let i = 0; i < n; i++) {
    const r = syntheticRecord(i, rand)
    const copy = i % 3 === 2 ? { ...syntheticRecord(i - 1, rng(i)), id: `ev_syn_${i}`, article_id: `syn-${i}` } : r
    await store.putArticle(art(`syn-${i}`, `Synthetic report ${i}.`), [copy])
  }
  const ms = performance.now() - t0
  return { perSecond: Math.round((n / ms) * 1000), perHour: perHour(n, ms) }
}

/**
 * N events straight into a SQLite file, by bench/seed (indexes, R*Tree and full-text tables built after the rows):
 * a million load in minutes, not the ~50 of one statement per row.
 */
export async function bulkLoad(path: string, n: number): Promise<void> {
  await seedSqlite(path, n, () => undefined, syntheticRecord)
}

const QUERIES: Record<string, string> = {
  'none': '/api/events',
  'country+dates': '/api/events?country=SY&from=2016-01-01&to=2016-06-30',
  'type': '/api/events?event_type=Battles&limit=100',
  'bbox': '/api/events?bbox=36,33,38,35',
  'bbox+dates+type': '/api/events?bbox=30,0,50,40&from=2017-01-01&to=2017-12-31&sub_event_type=Air%2Fdrone%20strike',
  'actor': '/api/events?actor=boko&limit=50',
  'q': '/api/events?q=town%2042%2E&limit=20',
}

const pct = (sorted: number[], p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10

/** `concurrency` loops of fetch against one URL, until `count` requests or `seconds` have passed. */
async function latency(base: string, path: string, count: number, seconds: number, concurrency: number): Promise<{ p50: number; p99: number; n: number }> {
  const times: number[] = []
  const stop = performance.now() + seconds * 1000
  let sent = 0
  const loop = async () => {
    while (sent < count && performance.now() < stop) {
      sent++
      const t0 = performance.now()
      const res = await fetch(base + path)
      await res.arrayBuffer()
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`)
      times.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, loop))
  times.sort((a, b) => a - b)
  return { p50: pct(times, 50), p99: pct(times, 99), n: times.length }
}

async function pgReachable(url: string): Promise<boolean> {
  const { default: pg } = await import('pg')
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try { await c.connect(); return true } catch { return false } finally { await c.end().catch(() => undefined) }
}

/** Each of QUERIES served from `store` (closed after): its first read, then p50 and p99 of `concurrency` clients; figures named `prefix`_…. */
async function queryLatency(store: Store, prefix: string, options: { seconds?: number; concurrency?: number }): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {}
  const app = await buildServer(store)
  const base = await app.listen({ host: '127.0.0.1', port: 0 })
  // The dashboard's index is built in the background once the server starts: measured after it, not beside it.
  await store.dashboard?.prepare()
  try {
    out[`store_${prefix}_events`] = (await store.health()).events
    const all: number[] = []
    for (const [name, q] of Object.entries(QUERIES)) {
      const first = await latency(base, q, 1, 30, 1)   // the first request pays for cold pages and the count
      out[`${prefix}_${name}_first_ms`] = first.p50
      await latency(base, q, 20, 5, 1)   // warm the page cache and statement cache
      const r = await latency(base, q, 1000, options.seconds ?? 8, options.concurrency ?? 4)
      out[`${prefix}_${name}_p50_ms`] = r.p50
      out[`${prefix}_${name}_p99_ms`] = r.p99
      if (name !== 'q') all.push(r.p99)
    }
    out[`${prefix}_worst_p99_ms_without_q`] = Math.max(...all)
    out[`${prefix}_load_average`] = Math.round(loadavg()[0] * 10) / 10
  } finally {
    await app.close()
    await store.close()
  }
  return out
}

export async function runStoreBench(options: { ingest?: number; events?: number; seconds?: number; concurrency?: number } = {}): Promise<Record<string, string | number>> {
  const events = options.events ?? (process.env.SITREP_BENCH_1M === '1' ? 1_000_000 : Number(process.env.BENCH_STORE_EVENTS ?? 100_000))
  const ingestN = options.ingest ?? Number(process.env.BENCH_STORE_INGEST ?? 10_000)
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-bench-'))
  const out: Record<string, string | number> = {}
  try {
    // BENCH_STORE_INGEST=0 measures only the query store.
    if (ingestN > 0) {
      const sqlite = await openStore(join(dir, 'ingest.db'))
      const s = await ingestThroughput(sqlite, ingestN)
      await sqlite.close()
      out.store_sqlite_ingest_per_s = s.perSecond
      out.store_sqlite_ingest_per_hour = s.perHour
      const pgUrl = process.env.SITREP_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test'
      if (await pgReachable(pgUrl)) {
        const schema = `sitrep_bench_${process.pid}`
        const pgStore = await openStore(pgUrl, { schema })
        const p = await ingestThroughput(pgStore, Math.min(ingestN, 3000))
        await pgStore.close()
        const { default: pg } = await import('pg')
        const c = new pg.Client({ connectionString: pgUrl })
        await c.connect(); await c.query(`DROP SCHEMA ${schema} CASCADE`); await c.end()
        out.store_pg_ingest_per_s = p.perSecond
        out.store_pg_ingest_per_hour = p.perHour
      } else out.store_pg_ingest_per_s = 'skipped (PostgreSQL unreachable)'
    }

    const t0 = performance.now()
    if (process.env.BENCH_STORE_SQLITE_QUERY !== '0') {
      // BENCH_STORE_QUERY_DB=FILE keeps the query store between runs (a million events take minutes to load).
      const kept = process.env.BENCH_STORE_QUERY_DB
      const path = kept ?? join(dir, 'query.db')
      if (!kept || !existsSync(kept)) {
        await bulkLoad(path, events)
        out.store_bulk_load_s = Math.round((performance.now() - t0) / 100) / 10
      }
      Object.assign(out, await queryLatency(createStore(openSqlite(path)), 'api', options))
    }
    // BENCH_STORE_PG_QUERY=1: the same store on PostgreSQL (SITREP_TEST_PG) in a schema of its own, dropped after;
    // BENCH_STORE_QUERY_SCHEMA=NAME keeps it (seeded when it holds no events).
    const pgUrl = process.env.SITREP_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test'
    const keptSchema = process.env.BENCH_STORE_QUERY_SCHEMA
    if ((keptSchema || process.env.BENCH_STORE_PG_QUERY === '1') && await pgReachable(pgUrl)) {
      const schema = keptSchema ?? `sitrep_bench_query_${process.pid}`
      const { openPostgres } = await import('../store/postgres/index.js')
      let db = await openPostgres(pgUrl, { schema })
      if (Number((await db.get('SELECT count(*) AS n FROM events'))?.n ?? 0) === 0) {
        await db.close()
        const t1 = performance.now()
        await seedPostgres(pgUrl, schema, events, () => undefined, syntheticRecord)
        out.store_pg_bulk_load_s = Math.round((performance.now() - t1) / 100) / 10
        db = await openPostgres(pgUrl, { schema })
      }
      try {
        Object.assign(out, await queryLatency(createStore(db), 'api_pg', options))
      } finally {
        if (!keptSchema) {
          const { default: pg } = await import('pg')
          const c = new pg.Client({ connectionString: pgUrl })
          await c.connect(); await c.query(`DROP SCHEMA ${schema} CASCADE`); await c.end()
        }
      }
    }
    const m = await mergeQuality()
    out.merge_pairs_precision = m.precision
    out.merge_pairs_recall = m.recall
    out.merge_reports = m.reports
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return out
}

if (process.argv[1] && /bench[\\/]store\.(js|ts)$/.test(process.argv[1])) {
  const figures = await runStoreBench()
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(34)} ${v}\n`)
}
