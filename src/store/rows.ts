/** @module store/rows: an event record ↔ its row: the indexed columns, hashes and JSON. */
import { createHash } from 'node:crypto'
import type { EventRecord } from '../schema/record.js'
import { controlSubTypes } from '../events/taxonomy.js'
import type { Param, Row } from './db.js'

export const TERRITORY = new Set(controlSubTypes())

/** The text identity of an article: whitespace differences are not a new text. */
export function textHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex')
}

export const now = (): string => new Date().toISOString()

/** The condition of an event that lists show. Partial indexes repeat it word for word, so the planner can use them. */
export const LIVE = "absorbed_into IS NULL AND review NOT IN ('not-an-event', 'retired')"

export function actorsText(r: EventRecord): string {
  return [r.actor1, r.actor2, r.assoc_actor_1, r.assoc_actor_2].filter(Boolean).join(' | ').toLowerCase()
}

/** What `q` searches besides article text: actors, places, notes, publishers. */
export function searchText(r: EventRecord): string {
  return [actorsText(r), r.location, r.admin1, r.admin2, r.country, r.notes, ...r.sources.map((s) => s.source ?? '')]
    .filter(Boolean).join(' | ').toLowerCase()
}

/** Every column of `events`, in one order, for inserts, updates and snapshots. */
export const EVENT_COLUMNS = ['id', 'record', 'sort_date', 'event_date', 'event_type', 'sub_event_type', 'iso', 'location',
  'latitude', 'longitude', 'status', 'confidence', 'actors', 'search', 'fatalities', 'absorbed_into', 'review', 'overrides',
  'revision', 'created_at', 'updated_at', 'summary'] as const

/** The record fields a list page carries by default (revision comes from its column). */
export const SUMMARY_FIELDS = ['id', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2',
  'country', 'iso', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'status', 'confidence'] as const

/** Columns a filter or a count depends on: a write that changes none of them leaves every count as it was. */
export const COUNTED = ['sort_date', 'event_type', 'sub_event_type', 'iso', 'location', 'latitude', 'longitude', 'status',
  'actors', 'search', 'absorbed_into', 'review'] as const
/** Of those, the ones only the text filters (`q`, `actor`) read. */
export const TEXT_COUNTED: readonly string[] = ['actors', 'search']

/** The columns derived from the record itself. */
export function recordColumns(r: EventRecord): Record<string, Param> {
  return {
    record: JSON.stringify(r), sort_date: r.event_date ?? '', event_date: r.event_date, event_type: r.event_type,
    sub_event_type: r.sub_event_type, iso: r.iso, location: r.location, latitude: r.latitude, longitude: r.longitude,
    status: r.status, confidence: r.confidence, actors: actorsText(r), search: searchText(r), fatalities: r.fatalities,
    summary: JSON.stringify(Object.fromEntries(SUMMARY_FIELDS.map((k) => [k, r[k]]))),
  }
}

/** A row read back, with numbers as numbers whatever the driver returned. */
export function eventRow(row: Row): Record<string, Param> {
  const out: Record<string, Param> = {}
  for (const c of EVENT_COLUMNS) {
    const v = row[c]
    out[c] = v === undefined ? null : (typeof v === 'bigint' ? Number(v) : (v as Param))
  }
  for (const c of ['latitude', 'longitude', 'confidence', 'fatalities', 'revision'] as const) if (out[c] !== null) out[c] = Number(out[c])
  return out
}

export const parse = <T>(v: unknown): T => JSON.parse(String(v)) as T
