/** @module store/dashboard: the aggregates a map and timeline need at 100k events, computed in SQL rather than shipped as records. */
import type { EventRecord } from '../schema/record.js'
import type { Db, Param } from './db.js'
import { whereOf } from './query.js'
import { parse } from './rows.js'
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
  /**
   * Events with coordinates grouped into square cells of `cell` degrees; single events come whole.
   * When at most `expand` events match, every event comes singly, whatever the cell size.
   */
  clusters(filter: EventFilter, cell: number, expand?: number): Promise<{ clusters: Cluster[]; total: number }>
  /** Events and fatalities per day and event type (undated events are left out). */
  days(filter: EventFilter): Promise<DayCount[]>
  /** The values present in the store for the filter menus, most frequent first. */
  facets(): Promise<Facets>
  /** Unreviewed events first, then the least confident, then the newest. */
  queue(filter: EventFilter, limit: number, offset: number): Promise<QueueItem[]>
}

const num = (v: unknown): number => Number(v ?? 0)

export function dashboardQueries(db: Db): DashboardQueries {
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
    async clusters(filter, cell, expand = 0) {
      const w = whereOf(db, filter)
      const located = `${w.sql} AND latitude IS NOT NULL AND longitude IS NOT NULL`
      if (expand > 0) {
        const rows = await db.all(`SELECT id FROM events WHERE ${located} ORDER BY id LIMIT ?`, [...w.params, expand + 1])
        if (rows.length <= expand) {
          const found = await markers(rows.map((r) => String(r.id)))
          const clusters = [...found.values()].map((event) => ({
            lat: event.latitude, lon: event.longitude, count: 1, fatalities: event.fatalities, types: { [event.event_type]: 1 }, event,
          }))
          return { clusters, total: clusters.length }
        }
      }
      const rows = await db.all(`SELECT ${cellOf('longitude', 180)} AS gx, ${cellOf('latitude', 90)} AS gy, event_type,
          count(*) AS n, sum(fatalities) AS f, sum(latitude) AS slat, sum(longitude) AS slon, min(id) AS id
        FROM events WHERE ${located}
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
      return { clusters, total }
    },

    async days(filter) {
      const w = whereOf(db, filter)
      const rows = await db.all(`SELECT event_date AS d, event_type AS t, count(*) AS n, sum(fatalities) AS f
        FROM events WHERE ${w.sql} AND event_date IS NOT NULL GROUP BY event_date, event_type ORDER BY event_date`, w.params)
      return rows.map((r) => ({ date: String(r.d), event_type: String(r.t), events: num(r.n), fatalities: num(r.f) }))
    },

    async facets() {
      const w = whereOf(db, {})
      return {
        countries: await named(await facet(`SELECT iso AS v, count(*) AS n FROM events WHERE ${w.sql} AND iso <> '' GROUP BY iso ORDER BY n DESC, v`, w.params)),
        event_types: await facet(`SELECT event_type AS v, count(*) AS n FROM events WHERE ${w.sql} GROUP BY event_type ORDER BY n DESC, v`, w.params),
        sub_event_types: await facet(`SELECT sub_event_type AS v, min(event_type) AS l, count(*) AS n FROM events WHERE ${w.sql} GROUP BY sub_event_type ORDER BY n DESC, v`, w.params),
        statuses: await facet(`SELECT status AS v, count(*) AS n FROM events WHERE ${w.sql} GROUP BY status ORDER BY n DESC, v`, w.params),
      }
    },

    async queue(filter, limit, offset) {
      const w = whereOf(db, filter)
      const rows = await db.all(`SELECT record, review FROM events WHERE ${w.sql}
        ORDER BY CASE WHEN review = 'auto' THEN 0 ELSE 1 END, confidence, created_at DESC, id LIMIT ? OFFSET ?`, [...w.params, limit, offset])
      return rows.map((r) => ({ event: parse<EventRecord>(r.record), review: String(r.review) }))
    },
  }
}
