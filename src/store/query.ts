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
export interface Where { sql: string; params: Param[]; index?: string; keys?: boolean }

/** What the cached counts say about a filter: events matching it, live events in all, and the page size. */
export interface Selectivity { hits: number; live: number; limit: number }

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
  if (!sel || sel.hits === 0 || sel.limit * sel.live > WALK_LIMIT * sel.hits) return null
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

/** The condition of a filter; with `sel` (the counts known), possibly a cheaper plan for the page. */
export function whereOf(db: Db, f: EventFilter, sel?: Selectivity): Where {
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
  if (st) add(db.kind === 'sqlite' && f.bbox && !narrowed ? `+${st.sql}` : st.sql, ...st.params)
  if (f.location) add('lower(location) = ?', f.location.toLowerCase())
  if (f.actor) {
    const t = db.text('actors', f.actor)
    add(t.sql, ...t.params)
  }
  if (f.bbox) {
    // Known rare (the counts say so, and the walk above was not worth it): the spatial index, however big the box.
    const few = !!sel && sel.limit * sel.live > WALK_LIMIT * sel.hits
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
