/** @module store/dashboard: the aggregates a map and timeline need at 100k events, computed in SQL rather than shipped as records. */
import type { EventRecord } from '../schema/record.js'
import type { Db, Param } from './db.js'
import { whereOf } from './query.js'
import { LIVE, parse } from './rows.js'
import type { EventFilter } from './types.js'

/** What a single event's marker needs: enough for its colour, size, shape and hover line. */
export interface MarkerEvent {
  id: string
  event_type: string
  sub_event_type: string
  fatalities: number
  geo_precision: number
  location: string
  event_date: string | null
  latitude: number
  longitude: number
}

/** One grid cell with events in it: a cluster, or (count 1) the event itself. */
export interface Cluster {
  lat: number                       // mean position of the events in the cell
  lon: number
  count: number
  fatalities: number
  types: Record<string, number>     // events per event type
  event?: MarkerEvent               // only when count is 1
}

export interface DayCount { date: string; event_type: string; events: number; fatalities: number }
export interface Facet { value: string; label: string; count: number }
export interface Facets { countries: Facet[]; event_types: Facet[]; sub_event_types: Facet[]; statuses: Facet[] }
export interface QueueItem { event: EventRecord; review: string }

export interface DashboardQueries {
  /** Build the covering index the aggregates read (once; later calls are instant). */
  prepare(): Promise<void>
  /**
   * Events with coordinates grouped into square cells of `cell` degrees; single events come whole.
   * When at most `expand` events match, every event comes singly, whatever the cell size.
   */
  clusters(filter: EventFilter, cell: number, expand?: number): Promise<{ clusters: Cluster[]; total: number }>
  /** Events and fatalities per day and event type (undated events are left out). */
  days(filter: EventFilter): Promise<DayCount[]>
  /** The values present in the store for the filter menus, most frequent first. */
  facets(): Promise<Facets>
  /** The record each active source article gave for this event (before combining), in article order. */
  sources(eventId: string): Promise<EventRecord[]>
  /** Unreviewed events first, then the least confident. */
  queue(filter: EventFilter, limit: number, offset: number): Promise<QueueItem[]>
}

const num = (v: unknown): number => Number(v ?? 0)
/** West to east, then south to north: the same answer from either backend, whatever its row order. */
const westToEast = (a: Cluster, b: Cluster) => a.lon - b.lon || a.lat - b.lat || (a.event?.id ?? '').localeCompare(b.event?.id ?? '')

/**
 * One covering index holds every column the aggregates read, so they scan a narrow index rather
 * than the wide rows (records are ~1 KB each). Created on first use, not by a migration: it is a
 * cache for the dashboard, and stores that never serve one never pay for it.
 */
const INDEX = 'events_dashboard_v3'     // a new name whenever the columns change, so IF NOT EXISTS builds it
// Partial on LIVE rather than led by absorbed_into: `absorbed_into IS NULL` matches nearly every row, and a
// leading column the planner can seek on lured `GET /api/events` away from its newest-first index (1 ms → 300 ms at 1M).
const INDEX_SQL = `CREATE INDEX IF NOT EXISTS ${INDEX} ON events (event_type, sub_event_type, iso, status,
  sort_date, event_date, latitude, longitude, fatalities, confidence, id) WHERE ${LIVE}`

export function dashboardQueries(db: Db): DashboardQueries {
  let indexed: Promise<void> | null = null
  let done = false
  const ready = () => (indexed ??= db.write(async (tx) => { await tx.run('DROP INDEX IF EXISTS events_dashboard_v2'); await tx.run(INDEX_SQL) }).then(() => { done = true }))
  // Once built, no await before the query: an await lets another request's query run first.
  const need = (): Promise<void> | undefined => (done ? undefined : ready())
  // SQLite's planner would otherwise take a one-column index and fetch 100k wide rows through it.
  // Text filters (actor, q) and the R*Tree box have their own indexes: the planner chooses for those.
  const from = (f: EventFilter) => (db.kind === 'sqlite' && !f.q && !f.actor && !f.bbox ? `events INDEXED BY ${INDEX}` : 'events')
  // Truncation towards zero is the floor here because both coordinates are shifted positive first.
  const cellOf = (col: string, shift: number) => db.kind === 'postgres'
    ? `floor((${col} + ${shift}) / CAST(? AS double precision))::int`
    : `CAST((${col} + ${shift}.0) / ? AS INTEGER)`

  async function markers(ids: string[]): Promise<Map<string, MarkerEvent>> {
    const out = new Map<string, MarkerEvent>()
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500)
      const rows = await db.all(`SELECT record FROM events WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk)
      for (const r of rows) {
        const e = parse<EventRecord>(r.record)
        out.set(e.id, {
          id: e.id, event_type: e.event_type, sub_event_type: e.sub_event_type, fatalities: e.fatalities,
          geo_precision: e.geo_precision, location: e.location, event_date: e.event_date,
          latitude: e.latitude ?? 0, longitude: e.longitude ?? 0,
        })
      }
    }
    return out
  }

  async function facet(sql: string, params: Param[]): Promise<Facet[]> {
    const rows = await db.all(sql, params)
    return rows.map((r) => ({ value: String(r.v ?? ''), label: String(r.l ?? r.v ?? ''), count: num(r.n) }))
  }

  // Country names live only in the records: one record per country gives its name.
  async function named(countries: Facet[]): Promise<Facet[]> {
    for (const c of countries) {
      const row = await db.get('SELECT record FROM events WHERE iso = ? LIMIT 1', [c.value])
      if (row) c.label = parse<EventRecord>(row.record).country || c.value
    }
    return countries
  }

  return {
    prepare: ready,

    async clusters(filter, cell, expand = 0) {
      await need()
      // The box as plain ranges on covered columns: the R*Tree helps small boxes, not a map's worth of events.
      const { bbox, ...rest } = filter
      const w = whereOf(db, rest)
      const box = bbox ? ` AND longitude >= ${+bbox[0]} AND longitude <= ${+bbox[2]} AND latitude >= ${+bbox[1]} AND latitude <= ${+bbox[3]}` : ''
      const located = `${w.sql} AND latitude IS NOT NULL AND longitude IS NOT NULL${box}`
      if (expand > 0) {
        // No ORDER BY: the probe stops at expand + 1 rows instead of sorting every match.
        const rows = await db.all(`SELECT id FROM ${from(rest)} WHERE ${located} LIMIT ?`, [...w.params, expand + 1])
        if (rows.length <= expand) {
          const found = await markers(rows.map((r) => String(r.id)).sort())
          const clusters = [...found.values()].map((event) => ({
            lat: event.latitude, lon: event.longitude, count: 1, fatalities: event.fatalities, types: { [event.event_type]: 1 }, event,
          }))
          return { clusters: clusters.sort(westToEast), total: clusters.length }
        }
      }
      const rows = await db.all(`SELECT ${cellOf('longitude', 180)} AS gx, ${cellOf('latitude', 90)} AS gy, event_type,
          count(*) AS n, sum(fatalities) AS f, sum(latitude) AS slat, sum(longitude) AS slon, min(id) AS id
        FROM ${from(rest)} WHERE ${located}
        GROUP BY gx, gy, event_type`, [cell, cell, ...w.params])
      const cells = new Map<string, Cluster & { sumLat: number; sumLon: number; id: string }>()
      let total = 0
      for (const r of rows) {
        const key = `${r.gx}:${r.gy}`
        const n = num(r.n)
        total += n
        let c = cells.get(key)
        if (!c) { c = { lat: 0, lon: 0, count: 0, fatalities: 0, types: {}, sumLat: 0, sumLon: 0, id: String(r.id) }; cells.set(key, c) }
        c.count += n
        c.fatalities += num(r.f)
        c.sumLat += num(r.slat)
        c.sumLon += num(r.slon)
        c.types[String(r.event_type)] = n
      }
      // Single events are drawn as themselves; past a few thousand the view is a cluster map anyway.
      const singles = [...cells.values()].filter((c) => c.count === 1).slice(0, 5000).map((c) => c.id)
      const found = await markers(singles)
      const clusters = [...cells.values()].map(({ sumLat, sumLon, id, ...c }) => {
        const event = c.count === 1 ? found.get(id) : undefined
        return { ...c, lat: sumLat / c.count, lon: sumLon / c.count, ...(event ? { event } : {}) }
      })
      return { clusters: clusters.sort(westToEast), total }
    },

    async days(filter) {
      await need()
      const w = whereOf(db, filter)
      const rows = await db.all(`SELECT event_date AS d, event_type AS t, count(*) AS n, sum(fatalities) AS f
        FROM ${from(filter)} WHERE ${w.sql} AND event_date IS NOT NULL GROUP BY event_date, event_type ORDER BY event_date`, w.params)
      return rows.map((r) => ({ date: String(r.d), event_type: String(r.t), events: num(r.n), fatalities: num(r.f) }))
    },

    async facets() {
      await need()
      const w = whereOf(db, {})
      return {
        countries: await named(await facet(`SELECT iso AS v, count(*) AS n FROM ${from({})} WHERE ${w.sql} AND iso <> '' GROUP BY iso ORDER BY n DESC, v`, w.params)),
        event_types: await facet(`SELECT event_type AS v, count(*) AS n FROM ${from({})} WHERE ${w.sql} GROUP BY event_type ORDER BY n DESC, v`, w.params),
        sub_event_types: await facet(`SELECT sub_event_type AS v, min(event_type) AS l, count(*) AS n FROM ${from({})} WHERE ${w.sql} GROUP BY sub_event_type ORDER BY n DESC, v`, w.params),
        statuses: await facet(`SELECT status AS v, count(*) AS n FROM ${from({})} WHERE ${w.sql} GROUP BY status ORDER BY n DESC, v`, w.params),
      }
    },

    async sources(eventId) {
      const rows = await db.all('SELECT record FROM event_sources WHERE event_id = ? AND active = 1 ORDER BY article_id, record_id', [eventId])
      return rows.map((r) => parse<EventRecord>(r.record))
    },

    async queue(filter, limit, offset) {
      await need()
      const w = whereOf(db, filter)
      // Order on the covering index first, then read only the page's records.
      const ids = await db.all(`SELECT id, review FROM ${from(filter)} WHERE ${w.sql}
        ORDER BY CASE WHEN review = 'auto' THEN 0 ELSE 1 END, confidence, id LIMIT ? OFFSET ?`, [...w.params, limit, offset])
      const records = new Map<string, EventRecord>()
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500).map((r) => String(r.id))
        for (const r of await db.all(`SELECT record FROM events WHERE id IN (${chunk.map(() => '?').join(', ')})`, chunk)) {
          const e = parse<EventRecord>(r.record)
          records.set(e.id, e)
        }
      }
      return ids.flatMap((r) => { const e = records.get(String(r.id)); return e ? [{ event: e, review: String(r.review) }] : [] })
    },
  }
}
