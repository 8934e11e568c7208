/** @module store/reader: events, pages, articles and histories read back from either backend. */
import type { Result } from '../errors.js'
import { ok } from '../errors.js'
import type { EventRecord } from '../schema/record.js'
import type { Db, Param, Row, Sql } from './db.js'
import { mergeInfo } from './merges.js'
import { parse } from './rows.js'
import { UNCOUNTED, decodeCursor, encodeCursor, whereOf } from './query.js'
import type { EventFilter, EventPage, HistoryEntry, Page, StoredArticle, StoredEvent } from './types.js'

/**
 * The clocks of the store (`counts` moves with writes that can change a count, `writes` with every write of
 * events, `text` with writes that change only searched text) and the ends of the write log, in one query.
 */
async function clocks(db: Db): Promise<{ counts: number; writes: number; text: number; lo: number; hi: number }> {
  const row = await db.get(`SELECT (SELECT n FROM count_clock WHERE id = 1) AS c1, (SELECT n FROM count_clock WHERE id = 2) AS c2,
    (SELECT n FROM count_clock WHERE id = 3) AS c3, (SELECT min(seq) FROM write_log) AS lo, (SELECT max(seq) FROM write_log) AS hi`)
  const of = (v: unknown) => (v === null || v === undefined ? -1 : Number(v))
  return { counts: of(row?.c1), writes: of(row?.c2), text: of(row?.c3), lo: Number(row?.lo ?? 0), hi: Number(row?.hi ?? 0) }
}

/**
 * Pages by query. A page stays valid while the count clock of its filter stands still (no write changed what
 * any filter matches or how events sort) and no write touched an event on it (write_log): readers asking for
 * the same page share one query, and writers reviewing events elsewhere in the store leave it cached.
 */
interface CachedPage { counts: string; pending: Promise<Result<EventPage>>; ids: Set<string> | null }
/**
 * The page cache, and the rows of pages found by a walk (by id, as a page shows them): kept, as pages are, until
 * a write touches the event (write_log). `seq`: the write log read so far; rows are kept only when no write was
 * taken in while they were read (one that was may or may not show in them).
 */
interface PageCache { seq: number; byQuery: Map<string, CachedPage>; rows: Map<string, Row> }
const pages = new WeakMap<Db, PageCache>()
/** Rows kept at most (≈ 0.5 KB each for a summary page); all are dropped past it. */
const ROWS_KEPT = 50_000

/**
 * Drop the pages the writes since the last look touched; all of them when the log has moved on too far.
 * Sound because writers that touch any event take turns (one SQLite writer; PostgreSQL's exclusive advisory
 * lock until commit): a seq never becomes visible after a larger one. PostgreSQL writers scoped by country run
 * at once, so theirs can; each such write moves the count clock as well, which drops every cached page.
 */
async function syncPages(db: Db, lo: number, hi: number): Promise<PageCache> {
  let cache = pages.get(db)
  if (!cache || hi < cache.seq || (cache.seq < lo - 1 && hi > cache.seq)) {
    pages.set(db, (cache = { seq: hi, byQuery: new Map(), rows: new Map() }))
    return cache
  }
  if (hi === cache.seq) return cache
  const rows = await db.all('SELECT event_id FROM write_log WHERE seq > ? AND seq <= ?', [cache.seq, hi])
  const touched = new Set(rows.map((r) => String(r.event_id)))
  for (const [key, page] of cache.byQuery) {
    // A page still being read when the write came may or may not show it: dropped too.
    if (!page.ids || [...touched].some((id) => page.ids!.has(id))) cache.byQuery.delete(key)
  }
  for (const id of touched) { cache.rows.delete(`s${id}`); cache.rows.delete(`r${id}`) }
  cache.seq = hi
  return cache
}

/** What a list read needs to know of the store: its clocks, and the page cache brought up to date with the write log. */
interface View { clock: { counts: number; writes: number; text: number }; cache: PageCache }

/**
 * Looks at the clocks and the write log, shared by concurrent readers. A reader joins the next look to start,
 * never one already running (that one may have read before a write this reader must see committed). With
 * a backend that tells when anything committed (Db.generation), a reader skips the look altogether while
 * nothing has committed since the last one began: 20 readers of cached pages then run no SQL at all.
 */
interface Looks { queued: Promise<View> | null; running: Promise<View> | null; last: View | null; lastGeneration: number | null }
const looks = new WeakMap<Db, Looks>()

function view(db: Db): Promise<View> {
  let s = looks.get(db)
  if (!s) looks.set(db, (s = { queued: null, running: null, last: null, lastGeneration: null }))
  const state = s
  const generation = db.generation()
  if (generation !== null && state.last && state.lastGeneration === generation) return Promise.resolve(state.last)
  if (state.queued) return state.queued
  const before = state.running
  const next: Promise<View> = Promise.resolve(before?.catch(() => undefined)).then(async () => {
    state.queued = null
    state.running = next
    // Read before the queries: a commit after this is seen by them or by the next look, never missed.
    const g = db.generation()
    try {
      const clock = await clocks(db)
      const cache = await syncPages(db, clock.lo, clock.hi)
      const v: View = { clock, cache }
      state.last = v
      state.lastGeneration = g
      return v
    } catch (error) {
      state.last = null
      throw error
    } finally {
      if (state.running === next) state.running = null
    }
  })
  state.queued = next
  return next
}

/** One page, newest first; `withTotal` false skips the count (exports page through everything anyway). */
export async function listEvents(db: Db, filter: EventFilter, page: Page, withTotal = true, summary = false): Promise<Result<EventPage>> {
  const v = withTotal ? await view(db) : null
  const clock = v?.clock ?? null
  // Without a clock (an export's scan, or a store whose clock row is missing) nothing is cached.
  // Counts of the text filters also go stale when only the searched text changed (the text clock).
  const countClock = !clock || clock.writes < 0 || clock.text < 0 ? -1 : filter.q || filter.actor ? `${clock.counts}.${clock.text}` : String(clock.counts)
  if (!v || countClock === -1) return readPage(db, filter, page, withTotal, summary, -1, null)
  const cache = v.cache
  const key = JSON.stringify([filter, page, summary])
  const hit = cache.byQuery.get(key)
  if (hit && hit.counts === countClock) return hit.pending
  if (cache.byQuery.size >= 200) cache.byQuery.delete(cache.byQuery.keys().next().value!)
  const pending = readPage(db, filter, page, true, summary, countClock, cache)
  const entry: CachedPage = { counts: countClock, pending, ids: null }
  cache.byQuery.set(key, entry)
  pending.then((r) => { if (r.ok) entry.ids = new Set(r.value.events.map((e) => e.id)); else cache.byQuery.delete(key) }, () => cache.byQuery.delete(key))
  return pending
}

async function readPage(db: Db, filter: EventFilter, page: Page, withTotal: boolean, summary: boolean, countClock: string | -1,
  cache: PageCache | null): Promise<Result<EventPage>> {
  const where = whereOf(db, filter)
  // Counts first (kept until the count clock moves): they tell the page query how selective the filter is.
  const total = withTotal ? await countOf(db, where.sql, where.params, countClock) : -1
  // Nothing matches (as of the same clock as a cached page would be): no page query to run.
  if (total === 0 && !page.cursor) return ok({ events: [], next: null, total })
  const live = withTotal ? await countOf(db, whereOf(db, {}).sql, [], countClock === -1 ? -1 : countClock.split('.')[0]) : -1
  // Without counts (exports) a box alone still pages by the grid when it spans few cells.
  const pageWhere = whereOf(db, filter, withTotal ? { hits: total, live, limit: page.limit } : { hits: UNCOUNTED, live: UNCOUNTED, limit: page.limit })
  let sql = pageWhere.sql
  const params = [...pageWhere.params]
  let cursor: [string, string] | null = null
  if (page.cursor) {
    const c = decodeCursor(page.cursor)
    if (!c.ok) return c
    cursor = c.value
    sql += ' AND (sort_date < ? OR (sort_date = ? AND id < ?))'
    params.push(c.value[0], c.value[0], c.value[1])
  }
  const from = pageWhere.index ? `events INDEXED BY ${pageWhere.index}` : 'events'
  // A summary page reads the small summary column; rows written before it existed fall back to their record.
  const body = summary ? 'coalesce(summary, record) AS record' : 'record'
  const order = 'ORDER BY sort_date DESC, id DESC'
  const ids = pageWhere.ids?.(cursor, page.limit + 1)
  const rows = ids ? (cache ? await keptRows(db, cache, ids.sql, ids.params, body, summary)
    : await db.all(`SELECT id, sort_date, revision, ${body} FROM events WHERE id IN (SELECT id FROM (${ids.sql}) AS page) ${order}`, ids.params))
    : !pageWhere.keys ? await db.all(`SELECT id, sort_date, revision, ${body} FROM ${from} WHERE ${sql} ${order} LIMIT ?`, [...params, page.limit + 1])
    : cache ? await keptRows(db, cache, `SELECT id FROM events WHERE ${sql} ${order} LIMIT ?`, [...params, page.limit + 1], body, summary)
      : await db.all(`SELECT id, sort_date, revision, ${body} FROM events WHERE id IN (SELECT id FROM events WHERE ${sql} ${order} LIMIT ?) ${order}`, [...params, page.limit + 1])
  const more = rows.length > page.limit
  const shown = rows.slice(0, page.limit)
  const last = shown[shown.length - 1]
  return ok({
    events: shown.map((r) => ({ ...parse<EventRecord>(r.record), revision: Number(r.revision) })),
    next: more && last ? encodeCursor(String(last.sort_date), String(last.id)) : null,
    total,
  })
}

/**
 * A walked page: its ids from the covering index alone, then the rows not kept yet, kept for the next page that
 * shows them (the newest events of a busy box or actor are on every page a map client asks for).
 */
async function keptRows(db: Db, cache: PageCache, idSql: string, params: Param[], body: string, summary: boolean): Promise<Row[]> {
  const seq = cache.seq
  const ids = (await db.all(idSql, params)).map((r) => String(r.id))
  const key = (id: string) => (summary ? 's' : 'r') + id
  const missing = ids.filter((id) => !cache.rows.has(key(id)))
  const read = new Map<string, Row>()
  if (missing.length) {
    for (const r of await db.all(`SELECT id, sort_date, revision, ${body} FROM events WHERE id IN (${missing.map(() => '?').join(', ')})`, missing)) read.set(String(r.id), r)
    if (cache.seq === seq) {
      if (cache.rows.size + read.size > ROWS_KEPT) cache.rows.clear()
      for (const [id, r] of read) cache.rows.set(key(id), r)
    }
  }
  // An id gone since the walk (a row deleted in between) is left out, as the joined query would.
  return ids.map((id) => read.get(id) ?? cache.rows.get(key(id))).filter((r): r is Row => r !== undefined)
}

/**
 * Counts by filter, kept until the count clock moves: a count scans an index, a list page does not. The clock
 * moves in the same transaction as any write that can change a count (Writer.countsChanged), from any process,
 * so a cached count is never older than the last such write; concurrent readers share one count query.
 */
const counts = new WeakMap<Db, Map<string, number | Promise<number>>>()

async function countOf(db: Db, sql: string, params: readonly Param[], generation: string | -1): Promise<number> {
  if (generation === -1) return Number((await db.get(`SELECT count(*) AS n FROM events WHERE ${sql}`, params))?.n ?? 0)
  // Keyed by clock and query: an entry of an older clock is never hit again, and the map is dropped when it grows.
  const key = generation + '\u0000' + sql + '\u0000' + JSON.stringify(params)
  let cache = counts.get(db)
  if (!cache || cache.size >= 2000) counts.set(db, (cache = new Map()))
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const pending = db.get(`SELECT count(*) AS n FROM events WHERE ${sql}`, params).then((row) => Number(row?.n ?? 0))
  cache.set(key, pending)
  pending.catch(() => cache!.delete(key))
  return pending
}

export async function* scanEvents(db: Db, filter: EventFilter): AsyncIterable<EventRecord> {
  let cursor: string | undefined
  for (;;) {
    const page = await listEvents(db, filter, { limit: 1000, ...(cursor ? { cursor } : {}) }, false)
    if (!page.ok) return
    // Exports carry the contract's record: the store's revision stays out of them.
    for (const e of page.value.events) { const { revision: _r, ...record } = e as EventRecord & { revision?: number }; yield record }
    if (!page.value.next) return
    cursor = page.value.next
  }
}

async function history(sql: Sql, id: string): Promise<HistoryEntry[]> {
  const out: HistoryEntry[] = []
  // Both at once (on PostgreSQL's pool, two connections: one round trip's wait instead of two).
  const [reviews, merges] = await Promise.all([sql.all('SELECT * FROM reviews WHERE event_id = ? ORDER BY id', [id]),
    sql.all('SELECT * FROM merges WHERE survivor = ? OR absorbed = ? ORDER BY id', [id, id])])
  for (const r of reviews) {
    out.push({
      kind: r.kind as HistoryEntry['kind'], at: String(r.at), author: String(r.author), reason: String(r.reason),
      ...(r.action ? { action: String(r.action) } : {}), ...(r.field ? { field: String(r.field) } : {}),
      ...(r.before_value !== null ? { before: parse(r.before_value) } : {}), ...(r.after_value !== null ? { after: parse(r.after_value) } : {}),
      ...(r.other ? { other: String(r.other) } : {}), ...(r.merge_id !== null ? { merge_id: Number(r.merge_id) } : {}),
    })
  }
  for (const r of merges) {
    const m = mergeInfo(r)
    out.push({ kind: 'merge', at: m.at, author: m.by, reason: m.reason, merge_id: m.id, auto: m.auto,
      other: m.survivor === id ? m.absorbed : m.survivor, ...(m.score !== null ? { score: m.score } : {}), after: { reasons: m.reasons, undone: m.undone } })
  }
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
}

/** The event with its history; an absorbed id answers with the surviving event. */
export async function getEvent(sql: Sql, id: string): Promise<StoredEvent | null> {
  let row: Row | undefined = await sql.get('SELECT id, record, absorbed_into, review, revision FROM events WHERE id = ?', [id])
  for (let hops = 0; row && row.absorbed_into && hops < 20; hops++) {
    row = await sql.get('SELECT id, record, absorbed_into, review, revision FROM events WHERE id = ?', [String(row.absorbed_into)])
  }
  if (!row) return null
  return { ...parse<EventRecord>(row.record), review: row.review as StoredEvent['review'], revision: Number(row.revision), history: await history(sql, String(row.id)) }
}

export async function getArticle(sql: Sql, id: string): Promise<{ article: StoredArticle; events: EventRecord[] } | null> {
  const a = await sql.get('SELECT id, title, source, url, published, text, revision FROM articles WHERE id = ?', [id])
  if (!a) return null
  const rows = await sql.all(`SELECT e.record FROM events e WHERE e.id IN
    (SELECT DISTINCT event_id FROM event_sources WHERE article_id = ? AND active = 1) ORDER BY e.id`, [id])
  const str = (v: unknown) => (v === null || v === undefined ? null : String(v))
  return {
    article: { id: String(a.id), title: str(a.title), source: str(a.source), url: str(a.url), published: str(a.published), text: String(a.text), revision: Number(a.revision) },
    events: rows.map((r) => parse<EventRecord>(r.record)),
  }
}
