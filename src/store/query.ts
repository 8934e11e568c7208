/** @module store/query: event filters → one SQL condition and its parameters; cursors. */
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import type { Db, Param } from './db.js'
import { LIVE } from './rows.js'
import type { EventFilter } from './types.js'

/**
 * `index`: the SQLite index the page query should walk (`INDEXED BY`), when the filter chose one. `keys`: the
 * condition reads only columns of a covering index (PostgreSQL's walk): the page query finds the page's ids
 * in it first, then reads those rows, so the walk stays an index-only scan.
 */
export interface Where {
  sql: string; params: Param[]; index?: string; keys?: boolean
  /** The page's ids by another query than `SELECT … WHERE sql` (the grid's merged cells): newest first, cursor and limit given. */
  ids?: (cursor: [string, string] | null, limit: number) => { sql: string; params: Param[] }
}

/**
 * The 1° grid cell of an event's point, as each backend computes it (row of latitude × 400 + column of longitude;
 * NULL without a point), and the index events_cell (migrations.ts) leads with. Points in a valid box are ≥ -90 and
 * ≥ -180, so the offsets are never negative and SQLite's CAST truncates as floor does. The exact box test always
 * follows: a cell only says where to look.
 */
export const CELL = {
  sqlite: '(CAST(latitude + 90 AS INTEGER) * 400 + CAST(longitude + 180 AS INTEGER))',
  postgres: '(floor(latitude + 90)::integer * 400 + floor(longitude + 180)::integer)',
} as const

/** The box test on an event's point; its parameters are box[0], box[2], box[1], box[3]. */
const BOX_SQL = 'longitude >= ? AND longitude <= ? AND latitude >= ? AND latitude <= ?'

/** "The event's cell is one of these" on each backend. */
function cellIn(db: Db, cells: readonly number[]): string {
  return `${db.kind === 'postgres' ? CELL.postgres : CELL.sqlite} IN (${cells.map(() => '?').join(', ')})`
}

/** Below an edge of the box, the width of the band that holds every point of the box in the cell past that edge. */
const EDGE = 1e-9

/**
 * The row and column of cells a box touches only on their lower edge (its north edge on a whole degree: the cells
 * above hold its points that lie on that line, and no others), or -1. A point's cell is the floor of the same IEEE
 * sum as the box's edge: one in such a cell lies within a few ulps (≈ 3e-14) of the edge, inside the EDGE band.
 */
export function edgeBands(box: readonly [number, number, number, number]): { row: number; col: number } {
  const r = box[3] + 90, c = box[2] + 180
  return { row: Number.isInteger(r) && r > Math.floor(box[1] + 90) ? r : -1, col: Number.isInteger(c) && c > Math.floor(box[0] + 180) ? c : -1 }
}

/** Cells a box may span for the grid plan (a 20 × 20° box; bigger boxes walk or read the set, as before). */
export const GRID_MAX_CELLS = 400

/**
 * The cells a box spans (none when more than GRID_MAX_CELLS). The same IEEE sums as the SQL's, and rounding and
 * floor are monotone: every point inside the box lies in one of them.
 */
export function cellsOf(box: readonly [number, number, number, number]): number[] {
  const out: number[] = []
  const r0 = Math.floor(box[1] + 90), r1 = Math.floor(box[3] + 90), c0 = Math.floor(box[0] + 180), c1 = Math.floor(box[2] + 180)
  if ((r1 - r0 + 1) * (c1 - c0 + 1) > GRID_MAX_CELLS) return []
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push(r * 400 + c)
  return out
}

/** What the cached counts say about a filter: events matching it, live events in all, and the page size. */
export interface Selectivity { hits: number; live: number; limit: number }

/** A box alone, whatever it matches (exports page without counts): the grid when the box spans few cells. */
export const UNCOUNTED = -1

/** PostgreSQL: a box of at most this many cells merges the cells' newest-first runs (planning grows with the arms). */
const MERGED_CELLS = 16

/**
 * A box alone (and a status list) that spans few cells: its page from events_cell, the box and status tested on
 * each entry (no table row read), then the page's rows. Two ways, by what they cost per entry (measured on a
 * million-event store):
 * - PostgreSQL, a box of up to MERGED_CELLS cells: each cell's entries newest first, merged (Merge Append), so a
 *   page reads about a page of entries per cell plus those of its edge cells outside the box, whatever it holds.
 * - Else the cells' entries in the box, the newest kept as they come (a top-N sort): ≈ hits entries, where a walk
 *   of the newest-first index reads ≈ limit × live / hits. Chosen when hits² < limit × live (SQLite), so a page
 *   reads at most ≈ √(limit × live) entries either way (10,000 of a million-event store, where the walk read
 *   up to 50,000 and the set plan fetched every hit's row); PostgreSQL's sort of text keys costs ≈ 30 walked
 *   entries per row, hence its 30 × hits² there.
 * Merging on SQLite was tried: it nests one merge per cell, slower than reading the cells whole.
 */
function grid(db: Db, f: EventFilter, sel: Selectivity): Where | null {
  if (!f.bbox || f.from || f.to || f.event_type || f.sub_event_type || f.country || f.location || f.q || f.actor || f.includeRejected) return null
  const cells = cellsOf(f.bbox)
  if (!cells.length) return null
  const pg = db.kind === 'postgres'
  const merged = pg && cells.length <= MERGED_CELLS
  if (!merged && sel.hits !== UNCOUNTED && (pg ? 30 : 1) * sel.hits * sel.hits > sel.limit * sel.live) return null
  const st = statusOf(f.status)
  const b = f.bbox
  const order = 'ORDER BY sort_date DESC, id DESC'
  if (merged) {
    // The box in a CASE, so that no arm prefers the (longitude, latitude) index to the cell's (see walk).
    const arm = `(SELECT id, sort_date FROM events WHERE ${CELL.postgres} = ? AND ${LIVE}${st ? ` AND ${st.sql}` : ''}
      AND (CASE WHEN ${BOX_SQL} THEN true ELSE false END)`
    const edges = edgeBands(b)
    return {
      sql: '', params: [],
      ids: (cursor, limit) => {
        const params: Param[] = []
        const arms = cells.map((c) => {
          // A cell the box only touches on its lower edge holds no more than the points on that line: found by the
          // latitude's or longitude's index, not by reading the whole cell.
          const band = [...(Math.floor(c / 400) === edges.row ? [['latitude', b[3]]] : []), ...(c % 400 === edges.col ? [['longitude', b[2]]] : [])] as [string, number][]
          params.push(c, ...(st?.params ?? []), b[0], b[2], b[1], b[3], ...band.flatMap(([, v]) => [v - EDGE, v]), ...(cursor ?? []))
          return `${arm}${band.map(([k]) => ` AND ${k} >= ? AND ${k} <= ?`).join('')}${cursor ? ' AND (sort_date, id) < (?, ?)' : ''} ${order})`
        })
        return { sql: `SELECT id, sort_date FROM (${arms.join(' UNION ALL ')}) AS cells ${order} LIMIT ?`, params: [...params, limit] }
      },
    }
  }
  const cond = `${cellIn(db, cells)} AND ${LIVE}${st ? ` AND ${st.sql}` : ''} AND ${BOX_SQL}`
  const params: Param[] = [...cells, ...(st?.params ?? []), b[0], b[2], b[1], b[3]]
  const from = pg ? 'events' : 'events INDEXED BY events_cell'
  return {
    sql: '', params: [],
    ids: (cursor, limit) => ({
      sql: `SELECT id, sort_date FROM ${from} WHERE ${cond}${cursor ? ' AND (sort_date, id) < (?, ?)' : ''} ${order} LIMIT ?`,
      params: [...params, ...(cursor ?? []), limit],
    }),
  }
}

/** Index entries a page may walk before the set-based plan is cheaper (well under a millisecond each way). */
const WALK_LIMIT = 50_000

/**
 * A box or an actor alone, matched by many events: walk the newest-first covering index and test
 * each entry until the page is full (≈ limit × live / hits entries), instead of collecting every
 * hit from the R*Tree or the full-text index to sort them. A rare one keeps the set-based plan.
 * SQLite is told the index (INDEXED BY). PostgreSQL has no such clause: the filter goes in a CASE, which no
 * index serves and which the planner takes to match half the rows (its default for an opaque condition), so
 * that walking events_walk (postgres/index.ts) backwards, an index-only scan, is its cheapest plan; its own
 * estimate of a box or a substring is far too low in a clustered store, and then it sorts every hit.
 */
function walk(db: Db, f: EventFilter, sel: Selectivity | undefined): Where | null {
  if (!sel || sel.hits <= 0 || sel.limit * sel.live > WALK_LIMIT * sel.hits) return null
  if (f.from || f.to || f.event_type || f.sub_event_type || f.country || f.location || f.q || f.includeRejected) return null
  // The API always sends a status list (reported, claimed by default): tested per entry; `hits` already counts with it.
  const st = statusOf(f.status)
  const live = st ? `${LIVE} AND ${st.sql}` : LIVE
  const sp = st?.params ?? []
  const pg = db.kind === 'postgres'
  if (f.bbox && !f.actor) {
    const b = f.bbox
    const box = 'longitude >= ? AND longitude <= ? AND latitude >= ? AND latitude <= ?'
    const params = [...sp, b[0], b[2], b[1], b[3]]
    return pg ? { sql: `${live} AND (CASE WHEN ${box} THEN true ELSE false END)`, params, keys: true } : { sql: `${live} AND ${box}`, params, index: 'events_list_geo' }
  }
  // actors is stored lower-cased; the full-text index matches substrings (trigrams), as instr does.
  if (f.actor && !f.bbox) {
    if (!pg) return { sql: `${live} AND instr(actors, ?) > 0`, params: [...sp, f.actor.toLowerCase()], index: 'events_list_actors' }
    // The pattern db.text makes (LIKE's escapes), on an expression the trigram index does not hold.
    const pattern = db.text('actors', f.actor).params[0]
    return { sql: `${live} AND (CASE WHEN actors LIKE ? THEN true ELSE false END)`, params: [...sp, pattern], keys: true }
  }
  return null
}

/** One status or a list of them → `status IN (...)`; an empty list matches nothing. */
function statusOf(status: EventFilter['status']): { sql: string; params: string[] } | null {
  if (status === undefined || status === '') return null
  const list = typeof status === 'string' ? [status] : [...status]
  if (!list.length) return { sql: '1 = 0', params: [] }
  return { sql: `status IN (${list.map(() => '?').join(', ')})`, params: list }
}

/** Whether a filter narrows by anything but `but` (and status, dates and a box, which the callers test apart). */
function narrowedBesides(f: EventFilter, but: 'actor'): boolean {
  return !!(f.event_type || f.sub_event_type || f.country || f.q || f.location || (but !== 'actor' && f.actor))
}

/** The condition of a filter; with `sel` (the counts known), possibly a cheaper plan for the page. */
export function whereOf(db: Db, f: EventFilter, sel?: Selectivity): Where {
  const gridded = sel ? grid(db, f, sel) : null
  if (gridded) return gridded
  const walked = walk(db, f, sel)
  if (walked) return walked
  const parts: string[] = [f.includeRejected ? 'absorbed_into IS NULL' : LIVE]
  const params: Param[] = []
  const add = (sql: string, ...p: Param[]) => { parts.push(sql); params.push(...p) }
  // sort_date is event_date, or '' when there is none: it is in every list index, event_date is not.
  if (f.from) add('sort_date >= ?', f.from)
  if (f.to) add("sort_date <= ? AND sort_date <> ''", f.to)
  if (f.event_type) add('event_type = ?', f.event_type)
  if (f.sub_event_type) add('sub_event_type = ?', f.sub_event_type)
  if (f.country) add('iso = ?', f.country.toUpperCase())
  const st = statusOf(f.status)
  // With a box as the only narrowing filter, SQLite must start from the R*Tree: `+` keeps it off the status
  // index (a status list matches nearly every event; from there a sparse box scanned the whole store).
  const narrowed = !!(f.event_type || f.sub_event_type || f.country || f.actor || f.q || f.location)
  // Known rare (the counts say so, and the walk above was not worth it): the same `few` as a rare box's.
  const few = !!sel && sel.hits !== UNCOUNTED && sel.limit * sel.live > WALK_LIMIT * sel.hits
  // An actor alone that few events match starts from its full-text hits, as a rare box from the R*Tree: `+` keeps
  // SQLite off the status index (from there a rare actor's every page scanned all live events, then sorted the hits).
  // (Under three characters the full-text index cannot answer: such an actor keeps the plan it had.)
  const fewActor = few && !!f.actor && f.actor.toLowerCase().length >= 3 && !f.bbox && !narrowedBesides(f, 'actor') && !f.from && !f.to
  if (st) add(db.kind === 'sqlite' && ((f.bbox && !narrowed) || fewActor) ? `+${st.sql}` : st.sql, ...st.params)
  if (f.location) add('lower(location) = ?', f.location.toLowerCase())
  if (f.actor) {
    const t = db.text('actors', f.actor, fewActor)
    add(t.sql, ...t.params)
  }
  const cells = f.bbox && !narrowed && !f.from && !f.to && !f.includeRejected ? cellsOf(f.bbox) : []
  if (f.bbox && cells.length) {
    // A box alone spanning few cells (its count, the first read of a box): the box's cells of events_cell.
    add(cellIn(db, cells), ...cells)
    add(BOX_SQL, f.bbox[0], f.bbox[2], f.bbox[1], f.bbox[3])
  } else if (f.bbox) {
    // Known rare: the spatial index, however big the box.
    const box = db.inBox(f.bbox, narrowed, few)
    add(box.sql, ...box.params)
  }
  if (f.q) {
    const t = db.text('q', f.q)
    add(t.sql, ...t.params)
  }
  return { sql: parts.join(' AND '), params }
}

/** A cursor is the (date, id) of the last event on the page, opaque to clients. */
export function encodeCursor(sortDate: string, id: string): string {
  return Buffer.from(JSON.stringify([sortDate, id])).toString('base64url')
}

export function decodeCursor(cursor: string): Result<[string, string]> {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return ok([v[0], v[1]])
  } catch { /* falls through to the failure below */ }
  return fail('bad-query', `"cursor" is not one this server gave out: ${JSON.stringify(cursor.slice(0, 40))}`)
}
