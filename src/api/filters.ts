/** @module api/filters: the shared query parameters → the store's EventFilter. */
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import type { EventFilter } from '../store/index.js'
import { isCalendarDate } from '../store/calendar.js'
import { DEFAULT_STATUSES, statuses, statusesOf } from '../export/index.js'
import { fold, resolveCountry } from '../names.js'
import { taxonomy } from '../events/taxonomy.js'
import { didYouMean } from '../suggest.js'

/**
 * An ACLED event or sub-event type as typed (any case) → its own spelling; a name that is none is refused with the closest
 * names, not answered with 0 events ("Battle", "armed clashes").
 */
function typeOf(key: 'event_type' | 'sub_event_type', typed: string): Result<string> {
  const t = taxonomy()
  const names = key === 'event_type' ? t.eventTypes : t.subtypes.map((s) => s.sub)
  const hit = names.find((n) => fold(n) === fold(typed))
  if (hit) return ok(hit)
  const close = didYouMean(typed, names)
  const what = key === 'event_type' ? 'event type' : 'sub-event type'
  return fail('bad-query', `"${key}": ${JSON.stringify(typed.slice(0, 60))} is no ACLED ${what}${close.length ? `; did you mean ${close.join(' or ')}?` : key === 'event_type' ? `; one of ${names.join(', ')}` : ''}`)
}

type Query = Omit<EventFilter, 'bbox' | 'includeRejected' | 'location' | 'status'> & { bbox?: string; status?: string }

/**
 * The HTTP routes' filter (/api/events, /api/export, the dashboard's): as toFilter, with `status`
 * reported and claimed unless the query gives one (`all` or a comma list).
 */
export function apiFilter(q: Query): Result<EventFilter> {
  return toFilter({ ...q, status: q.status ?? DEFAULT_STATUSES.join(',') })
}

/**
 * Query parameters → the store's filter (also the library's `eventFilter`). `country` is what people
 * type (Syria, syr, SY, Syrian); `status` one, `all` or a comma list (background,planned); no status, no condition.
 */
export function toFilter(q: Query): Result<EventFilter> {
  const { bbox, status, ...rest } = q
  const filter: EventFilter = { ...rest }
  if (q.country !== undefined) {
    const country = resolveCountry(q.country)
    if (!country.ok) return fail('bad-query', `"country": ${country.message}`)
    filter.country = country.value.iso
  }
  for (const k of ['event_type', 'sub_event_type'] as const) {
    const v = q[k]
    if (v === undefined || v === '') continue
    const name = typeOf(k, v)
    if (!name.ok) return name
    filter[k] = name.value
  }
  const keep = status === undefined ? { ok: true as const, value: null } : statusesOf(status)
  if (!keep.ok) return fail('bad-query', `"status" takes "all" or a comma list of ${statuses.join(', ')}; got ${JSON.stringify(status!.slice(0, 40))}`)
  // In the canonical order, so equal sets give equal SQL (and cached counts).
  if (keep.value) filter.status = statuses.filter((s) => keep.value!.has(s))
  for (const k of ['from', 'to'] as const) {
    const v = q[k]
    if (v !== undefined && !isCalendarDate(v)) return fail('bad-query', `"${k}" is not a real calendar date: ${JSON.stringify(v.slice(0, 20))}`)
  }
  if (q.from && q.to && q.from > q.to) return fail('bad-query', `"from" (${q.from}) is after "to" (${q.to})`)
  if (bbox !== undefined) {
    const n = bbox.split(',').map((s) => (s.trim() === '' ? NaN : Number(s)))
    if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) return fail('bad-query', '"bbox" must be four numbers: minLon,minLat,maxLon,maxLat')
    const [minLon, minLat, maxLon, maxLat] = n
    if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon > maxLon || minLat > maxLat) {
      return fail('bad-query', '"bbox" must satisfy -180 ≤ minLon ≤ maxLon ≤ 180 and -90 ≤ minLat ≤ maxLat ≤ 90')
    }
    filter.bbox = [minLon, minLat, maxLon, maxLat]
  }
  return ok(filter)
}
