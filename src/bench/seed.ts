/**
 * @module bench/seed: a large synthetic store in minutes, for read benches (bench/load --seeded/--schema).
 * The store is first opened through its backend, so its tables, indexes, R*Tree, full-text tables and
 * triggers are exactly the app's; then the indexes and triggers of the loaded tables are dropped, the rows
 * go in many per statement in large transactions (PostgreSQL: COPY … FREEZE, 10,000 rows a statement, keys
 * dropped too), and the same definitions, read back from the catalogue, are created again (the R*Tree and
 * full-text tables filled from the rows, as their triggers would have).
 * `node dist/src/bench/seed.js --events N (--sqlite FILE | --schema NAME)`; PostgreSQL at SITREP_TEST_PG.
 * A million events on PostgreSQL: ≈ 10 min on the shared 2-core machine (load 10–13), half of it the trigram indexes.
 */
import Database from 'better-sqlite3'
import { parseArgs } from 'node:util'
import { pathToFileURL } from 'node:url'
import type { EventRecord } from '../schema/record.js'
import { rec } from '../store/fixtures.js'
import { EVENT_COLUMNS, now, recordColumns, textHash } from '../store/rows.js'
import { openSqlite } from '../store/sqlite/index.js'

/** A deterministic pseudo-random stream, so every seeded store is the same. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32)
}

/** Countries (code, name, centre latitude, longitude, spread in degrees, weight): busy ones weigh more. */
const COUNTRIES: [string, string, number, number, number, number][] = [
  ['SY', 'Syria', 35, 38, 2.5, 14], ['UA', 'Ukraine', 49, 32, 5, 12], ['YE', 'Yemen', 15.5, 47, 3, 9], ['IQ', 'Iraq', 33, 44, 3.5, 8],
  ['AF', 'Afghanistan', 34, 66, 4, 8], ['NG', 'Nigeria', 10, 8, 4, 7], ['SO', 'Somalia', 5, 46, 4, 6], ['ML', 'Mali', 16, -2, 5, 5],
  ['BF', 'Burkina Faso', 12.3, -1.5, 2.5, 5], ['CD', 'Democratic Republic of Congo', -3, 23, 6, 5], ['SD', 'Sudan', 15, 30, 5, 4],
  ['MM', 'Myanmar', 20, 96, 4, 4], ['PK', 'Pakistan', 30, 70, 5, 4], ['IN', 'India', 22, 79, 7, 4], ['MX', 'Mexico', 23, -102, 6, 4],
  ['BR', 'Brazil', -12, -50, 9, 3], ['CO', 'Colombia', 4.5, -74, 3, 3], ['ET', 'Ethiopia', 9, 39.5, 4, 3], ['LY', 'Libya', 28, 17, 5, 2],
  ['SS', 'South Sudan', 7, 30, 3, 2], ['CF', 'Central African Republic', 6.5, 20.5, 3, 2], ['CM', 'Cameroon', 6, 12, 3, 2],
  ['NE', 'Niger', 16, 8, 5, 2], ['TD', 'Chad', 15, 19, 5, 1], ['MZ', 'Mozambique', -18, 35, 5, 1], ['PH', 'Philippines', 12, 122, 5, 2],
  ['TR', 'Turkey', 39, 35, 4, 2], ['EG', 'Egypt', 27, 30, 4, 1], ['LB', 'Lebanon', 33.8, 35.8, 0.6, 1], ['PS', 'Palestine', 31.9, 35.2, 0.4, 2],
  ['IL', 'Israel', 31.5, 34.9, 0.8, 1], ['IR', 'Iran', 32, 53, 6, 1], ['BD', 'Bangladesh', 24, 90, 2, 2], ['VE', 'Venezuela', 7, -66, 4, 1],
  ['HT', 'Haiti', 19, -72.5, 0.7, 1], ['KE', 'Kenya', 0.5, 38, 3, 1], ['US', 'United States', 39, -98, 12, 2], ['FR', 'France', 46.5, 2.5, 3, 1],
  ['RU', 'Russia', 55, 45, 10, 1], ['TH', 'Thailand', 15, 101, 4, 1],
]
/** Centres (latitude, longitude) of the busier countries: where a map client's boxes fall. */
export const CENTRES: [number, number][] = COUNTRIES.filter((c) => c[5] >= 2).map((c) => [c[2], c[3]])
const WEIGHTS = (() => { let s = 0; return COUNTRIES.map((c) => (s += c[5])) })()

const TYPES: [string, string, string, number][] = [
  ['Battles', 'Armed clash', 'Political violence', 20], ['Battles', 'Government regains territory', 'Political violence', 1],
  ['Explosions/Remote violence', 'Air/drone strike', 'Political violence', 8], ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Political violence', 12],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 'Political violence', 4], ['Violence against civilians', 'Attack', 'Political violence', 10],
  ['Violence against civilians', 'Abduction/forced disappearance', 'Political violence', 3], ['Protests', 'Peaceful protest', 'Demonstrations', 25],
  ['Protests', 'Protest with intervention', 'Demonstrations', 3], ['Riots', 'Violent demonstration', 'Demonstrations', 5], ['Riots', 'Mob violence', 'Political violence', 4],
  ['Strategic developments', 'Arrests', 'Strategic developments', 3],
]
const TYPE_WEIGHTS = (() => { let s = 0; return TYPES.map((t) => (s += t[3])) })()

const SYLLABLES = ['ka', 'ru', 'mo', 'ten', 'sa', 'li', 'bor', 'an', 'de', 'ul', 'mi', 'zar', 'ko', 'ne', 'ha', 'tu']
const word = (k: number) => { const a = SYLLABLES[k % 16], b = SYLLABLES[(k >> 4) % 16], c = SYLLABLES[(k >> 8) % 16]; const w = a + b + c; return w[0].toUpperCase() + w.slice(1) }

const pick = (cumulative: number[], r: number) => { const x = r * cumulative[cumulative.length - 1]; let i = 0; while (cumulative[i] <= x) i++; return i }

/** Actors of a country: its state forces, crowds, and a dozen invented armed groups. */
function actorOf(c: number, country: string, type: string, r: number): string {
  if (type === 'Protests') return `Protesters (${country})`
  if (type === 'Riots') return r < 0.5 ? `Rioters (${country})` : `Protesters (${country})`
  if (r < 0.3) return `Military Forces of ${country} (2000-)`
  if (r < 0.4) return `Police Forces of ${country} (2000-)`
  if (r < 0.5) return `Unidentified Armed Group (${country})`
  return `${word(c * 37 + Math.floor(r * 24))} ${['Brigade', 'Front', 'Movement', 'Militia'][Math.floor(r * 97) % 4]}`
}

/** Event i: a country by weight, a town of it (300 each, events cluster at towns), a date over 2012–2024 (recent years busier). */
export function realisticRecord(i: number, rand: () => number): EventRecord {
  const c = pick(WEIGHTS, rand())
  const [iso, country, lat, lon, spread] = COUNTRIES[c]
  const [event_type, sub_event_type, disorder_type] = TYPES[pick(TYPE_WEIGHTS, rand())]
  const t = rand()
  const town = Math.floor(t * t * 300)   // a few towns hold most events
  const tr = rng(c * 1000 + town)
  const tlat = lat + (tr() - 0.5) * 2 * spread, tlon = lon + (tr() - 0.5) * 2 * spread
  const days = Math.floor(Math.sqrt(rand()) * 13 * 365)
  const day = new Date(Date.UTC(2012, 0, 1) + days * 86_400_000).toISOString().slice(0, 10)
  const actor1 = actorOf(c, country, event_type, rand())
  const actor2 = event_type === 'Protests' ? '' : event_type === 'Battles' ? actorOf(c, country, 'Battles', rand()) : `Civilians (${country})`
  const location = `${word(c * 300 + town + 4096)}${town % 3 ? '' : ' ' + word(town + 777)}`
  const fatalities = event_type === 'Protests' ? 0 : Math.floor(rand() ** 4 * 30)
  return rec({ id: `ev_syn_${i}`, article_id: `syn-${i}`, event_date: day, disorder_type, event_type, sub_event_type, iso, country,
    actor1, actor2, admin1: `${word(c * 20 + (town % 20) + 9000)} Province`, admin2: '', location, geonameid: 5_000_000 + c * 1000 + town,
    latitude: Math.round((tlat + (rand() - 0.5) * 0.02) * 1e4) / 1e4, longitude: Math.round((tlon + (rand() - 0.5) * 0.02) * 1e4) / 1e4,
    fatalities, fatalities_low: fatalities, fatalities_high: fatalities, status: rand() < 0.9 ? 'reported' : 'claimed',
    notes: `On ${day}, ${actor1} ${event_type === 'Protests' ? 'gathered' : 'clashed'} in ${location} (${country}). ${fatalities ? `${fatalities} killed.` : ''}`.trim() })
}

type Value = string | number | null
/** Event i of a seeded store from the shared random stream (realisticRecord unless a bench brings its own). */
export type MakeRecord = (i: number, rand: () => number) => EventRecord
/** The rows of events i … i+count: events, articles and event_sources, column by column. */
function rows(from: number, count: number, rand: () => number, at: string, make: MakeRecord = realisticRecord): { events: Value[][]; articles: Value[][]; sources: Value[][] } {
  const events: Value[][] = [], articles: Value[][] = [], sources: Value[][] = []
  for (let i = from; i < from + count; i++) {
    const r = make(i, rand)
    const text = `Synthetic report ${i}: ${r.notes}`
    const row: Record<string, Value> = { id: r.id, ...recordColumns(r), absorbed_into: null, review: 'auto', overrides: '{}', revision: 1, created_at: at, updated_at: at }
    events.push(EVENT_COLUMNS.map((c) => row[c] ?? null))
    articles.push([r.article_id, textHash(text), text, 1, at])
    sources.push([r.article_id, r.id, 1, r.id, 1, JSON.stringify(r), at])
  }
  return { events, articles, sources }
}
const ARTICLE_COLUMNS = ['id', 'hash', 'text', 'revision', 'stored_at']
const SOURCE_COLUMNS = ['article_id', 'record_id', 'article_revision', 'event_id', 'active', 'record', 'stored_at']
const LOADED = ['events', 'articles', 'event_sources']

/** A SQLite store of n events at `path` (created through openSqlite; must hold no events yet). */
export async function seedSqlite(path: string, n: number, log: (s: string) => void = () => undefined, make: MakeRecord = realisticRecord): Promise<void> {
  await openSqlite(path, { writeThread: false, readThreads: 0 }).close()
  const db = new Database(path)
  try {
    if ((db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n) throw new Error(`${path} holds events already`)
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    db.pragma('cache_size = -262144')
    const defs = db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL
      AND tbl_name IN (${LOADED.map(() => '?').join(', ')})`).all(...LOADED) as { type: string; name: string; sql: string }[]
    for (const d of defs) db.exec(`DROP ${d.type.toUpperCase()} ${d.name}`)
    const insert = (table: string, cols: readonly string[], k: number) =>
      db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${Array.from({ length: k }, () => `(${cols.map(() => '?').join(', ')})`).join(', ')}`)
    const BATCH = 40
    const ins = { events: insert('events', EVENT_COLUMNS, BATCH), articles: insert('articles', ARTICLE_COLUMNS, BATCH), sources: insert('event_sources', SOURCE_COLUMNS, BATCH) }
    const rand = rng(11)
    const at = now()
    const t0 = performance.now()
    for (let start = 0; start < n; start += 50_000) {
      const count = Math.min(50_000, n - start)
      const r = rows(start, count, rand, at, make)
      db.transaction(() => {
        for (const [table, list, cols] of [['events', r.events, EVENT_COLUMNS], ['articles', r.articles, ARTICLE_COLUMNS], ['sources', r.sources, SOURCE_COLUMNS]] as const) {
          let j = 0
          for (; j + BATCH <= list.length; j += BATCH) ins[table].run(...list.slice(j, j + BATCH).flat())
          if (j < list.length) insert(table === 'sources' ? 'event_sources' : table, cols, list.length - j).run(...list.slice(j).flat())
        }
      })()
      log(`rows ${start + count} ${Math.round(performance.now() - t0)} ms`)
    }
    for (const d of defs.filter((x) => x.type === 'index')) { db.exec(d.sql); log(`index ${d.name} ${Math.round(performance.now() - t0)} ms`) }
    // What the triggers would have put in the R*Tree and the full-text tables.
    db.exec('INSERT INTO events_geo SELECT rowid, longitude, longitude, latitude, latitude FROM events WHERE latitude IS NOT NULL AND longitude IS NOT NULL')
    log(`events_geo ${Math.round(performance.now() - t0)} ms`)
    db.exec('INSERT INTO events_fts (rowid, actors, search) SELECT rowid, actors, search FROM events')
    log(`events_fts ${Math.round(performance.now() - t0)} ms`)
    db.exec('INSERT INTO articles_fts (rowid, text) SELECT rowid, text FROM articles')
    log(`articles_fts ${Math.round(performance.now() - t0)} ms`)
    for (const d of defs.filter((x) => x.type === 'trigger')) db.exec(d.sql)
    db.pragma('journal_mode = WAL')
  } finally {
    db.close()
  }
}

/** A value in COPY's text format: `\N` for NULL; backslash, tab, newline and carriage return escaped. */
function copyField(v: Value): string {
  if (v === null) return '\\N'
  return typeof v === 'number' ? String(v) : v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'))
}

/**
 * `COPY table FROM STDIN` with its data in hand, as a pg Submittable (pg has no COPY of its own, and
 * pg-copy-streams is not a dependency): the data goes out when the server asks for it; the promise settles
 * when the server is ready again.
 */
function copyIn(client: import('pg').Client, sql: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    let error: unknown = null
    const noop = () => undefined
    const submittable = {
      submit: (connection: { query(text: string): void }) => { connection.query(sql) },
      handleCopyInResponse: (connection: { sendCopyFromChunk(b: Buffer): void; endCopyFrom(): void }) => {
        for (let at = 0; at < data.length; at += 1 << 20) connection.sendCopyFromChunk(data.subarray(at, at + (1 << 20)))
        connection.endCopyFrom()
      },
      handleError: (e: unknown) => { error = e },
      handleReadyForQuery: () => (error ? reject(error) : resolve()),
      handleCommandComplete: noop, handleRowDescription: noop, handleDataRow: noop, handlePortalSuspended: noop, handleEmptyQuery: noop, handleCopyData: noop,
    }
    ;(client as unknown as { query(q: object): void }).query(submittable)
  })
}

/**
 * A PostgreSQL store of n events in `schema` (created through openPostgres; must hold no events yet).
 * One transaction: the loaded tables are emptied (TRUNCATE) and their indexes and primary keys dropped, the
 * rows go in by COPY … FREEZE (already frozen and marked all-visible, as VACUUM would leave them: index-only
 * scans work at once, and autovacuum, which may be off, has nothing to catch up on), 10,000 rows a statement,
 * the next batch made while the server stores the last; then the keys and indexes are built again from their
 * definitions, read back from the catalogue, and the tables analysed.
 */
export async function seedPostgres(url: string, schema: string, n: number, log: (s: string) => void = () => undefined, make: MakeRecord = realisticRecord): Promise<void> {
  const { openPostgres } = await import('../store/postgres/index.js')
  await (await openPostgres(url, { schema })).close()
  const { default: pg } = await import('pg')
  const u = new URL(url)
  u.searchParams.set('options', `-c search_path=${schema}`)
  const c = new pg.Client({ connectionString: u.toString() })
  await c.connect()
  try {
    if (Number((await c.query('SELECT count(*) AS n FROM events')).rows[0].n)) throw new Error(`schema ${schema} holds events already`)
    await c.query('BEGIN')
    // Every index, primary keys included, as the migrations and openPostgres made them.
    const keys = (await c.query(`SELECT k.conname AS name, t.relname AS tbl, pg_get_constraintdef(k.oid) AS def FROM pg_constraint k
      JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace s ON s.oid = t.relnamespace
      WHERE s.nspname = $1 AND t.relname = ANY($2) AND k.contype IN ('p', 'u')`, [schema, LOADED])).rows as { name: string; tbl: string; def: string }[]
    const defs = (await c.query(`SELECT i.indexname AS name, i.indexdef AS sql FROM pg_indexes i
      WHERE i.schemaname = $1 AND i.tablename = ANY($2) AND NOT EXISTS (SELECT 1 FROM pg_constraint k
      JOIN pg_namespace s ON s.oid = k.connamespace WHERE s.nspname = $1 AND k.conname = i.indexname)`, [schema, LOADED])).rows as { name: string; sql: string }[]
    await c.query(`TRUNCATE ${LOADED.join(', ')}`)
    for (const k of keys) await c.query(`ALTER TABLE ${k.tbl} DROP CONSTRAINT ${k.name}`)
    for (const d of defs) await c.query(`DROP INDEX ${d.name}`)
    const tables = [['events', EVENT_COLUMNS, 'events'], ['articles', ARTICLE_COLUMNS, 'articles'], ['event_sources', SOURCE_COLUMNS, 'sources']] as const
    const rand = rng(11)
    const at = now()
    const t0 = performance.now()
    const BATCH = 10_000
    const batch = (b: number) => {
      const r = rows(b, Math.min(BATCH, n - b), rand, at, make)
      return tables.map(([table, cols, key]) => ({
        sql: `COPY ${table} (${cols.join(', ')}) FROM STDIN (FREEZE)`,
        data: Buffer.from(r[key].map((row) => row.map(copyField).join('\t')).join('\n') + '\n'),
      }))
    }
    let next = batch(0)
    for (let b = 0; b < n; b += BATCH) {
      const copies = next
      const done = (async () => { for (const x of copies) await copyIn(c, x.sql, x.data) })()
      done.catch(() => undefined)
      if (b + BATCH < n) next = batch(b + BATCH)
      await done
      if ((b + BATCH) % 100_000 === 0 || b + BATCH >= n) log(`rows ${Math.min(n, b + BATCH)} ${Math.round(performance.now() - t0)} ms`)
    }
    await c.query('SET LOCAL maintenance_work_mem = \'1GB\'')
    for (const k of keys) { await c.query(`ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.name} ${k.def}`); log(`key ${k.name} ${Math.round(performance.now() - t0)} ms`) }
    for (const d of defs) { await c.query(d.sql); log(`index ${d.name} ${Math.round(performance.now() - t0)} ms`) }
    await c.query('COMMIT')
    // What autovacuum does soon after any large load: statistics for the planner.
    await c.query('ANALYZE events'); await c.query('ANALYZE articles'); await c.query('ANALYZE event_sources')
    log(`analyze ${Math.round(performance.now() - t0)} ms`)
  } catch (error) {
    await c.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    await c.end()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { events: { type: 'string' }, sqlite: { type: 'string' }, schema: { type: 'string' } } })
  const n = Number(values.events ?? 1_000_000)
  const log = (s: string) => process.stderr.write(s + '\n')
  const t0 = performance.now()
  if (values.sqlite) await seedSqlite(values.sqlite, n, log)
  if (values.schema) await seedPostgres(process.env.SITREP_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test', values.schema, n, log)
  console.log(JSON.stringify({ events: n, seconds: Math.round((performance.now() - t0) / 100) / 10 }))
}
