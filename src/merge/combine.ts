/** @module merge/combine: the records every source gave → one event record, fields from the best reports. */
import type { FatalityClaim } from '../doc.js'
import type { EventRecord, FatalityClaimRecord, SourceRef } from '../schema/record.js'
import { fatalitiesFrom } from '../events/fatalities.js'
import { interactionCode } from '../events/records.js'

/** Sources in a fixed order (published, article, record id) so the same set always combines the same way. */
export function orderSources(records: readonly EventRecord[]): EventRecord[] {
  const key = (r: EventRecord) => `${r.sources[0]?.published ?? '9999'}\u0000${r.article_id}\u0000${r.id}`
  return [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
}

/**
 * The record supported by most sources for `key`; ties go to the more precise, then the more
 * confident, then the earlier source.
 */
function best(records: readonly EventRecord[], key: (r: EventRecord) => string, precision: (r: EventRecord) => number): EventRecord {
  const votes = new Map<string, number>()
  for (const r of records) votes.set(key(r), (votes.get(key(r)) ?? 0) + 1)
  let top = records[0]
  for (const r of records.slice(1)) {
    const dv = votes.get(key(r))! - votes.get(key(top))!
    const dp = precision(top) - precision(r)
    if (dv > 0 || (dv === 0 && (dp > 0 || (dp === 0 && r.confidence > top.confidence)))) top = r
  }
  return top
}

/** Precision first, then agreement: the most precise report wins; among equals, the majority. */
function mostPrecise(records: readonly EventRecord[], precision: (r: EventRecord) => number, key: (r: EventRecord) => string): EventRecord {
  const p = Math.min(...records.map(precision))
  return best(records.filter((r) => precision(r) === p), key, precision)
}

const withArticle = (r: EventRecord) => (c: FatalityClaimRecord): FatalityClaimRecord => ({ ...c, article_id: c.article_id ?? r.article_id })

/** Combine the active source records of event `id` (at least one) into its current record. */
export function combine(id: string, records: readonly EventRecord[]): EventRecord {
  if (!records.length) throw new Error(`combine: event ${id} has no source`)
  const all = orderSources(records)
  const dated = all.filter((r) => r.event_date)
  const placed = all.filter((r) => r.location || r.latitude !== null)
  const when = dated.length ? mostPrecise(dated, (r) => r.time_precision, (r) => r.event_date!) : all[0]
  const where = placed.length ? mostPrecise(placed, (r) => r.geo_precision, (r) => String(r.geonameid ?? r.location)) : all[0]
  const what = best(all, (r) => r.sub_event_type, () => 0)
  const who = best(all, (r) => `${r.actor1}|${r.actor2}`, (r) => (r.actor1 ? 0 : 1) + (r.actor2 ? 0 : 1))
  const how = best(all, (r) => r.status, () => 0)
  const primary = best(all, () => '', (r) => -r.confidence)
  const claims = all.flatMap((r) => r.fatality_claims.map(withArticle(r)))
  const f = fatalitiesFrom(claims as unknown as FatalityClaim[])
  // Whom a demonstration was directed at: the actors' report's, else any report's that names one (older records have no field).
  const target = who.protest_target ?? all.find((r) => r.protest_target)?.protest_target ?? (all.some((r) => 'protest_target' in r) ? null : undefined)
  const sources: SourceRef[] = []
  for (const r of all) for (const s of r.sources) if (!sources.some((x) => x.article_id === s.article_id)) sources.push(s)
  return {
    ...primary,
    id,
    event_date: when.event_date,
    time_precision: when.time_precision,
    disorder_type: what.disorder_type,
    event_type: what.event_type,
    sub_event_type: what.sub_event_type,
    actor1: who.actor1, assoc_actor_1: who.assoc_actor_1, inter1: who.inter1,
    actor2: who.actor2, assoc_actor_2: who.assoc_actor_2, inter2: who.inter2,
    interaction: interactionCode(who.inter1, who.inter2),
    country: where.country, iso: where.iso, admin1: where.admin1, admin2: where.admin2,
    location: where.location, latitude: where.latitude, longitude: where.longitude,
    geo_precision: where.geo_precision, geonameid: where.geonameid,
    fatalities: f.fatalities, fatalities_low: f.low, fatalities_high: f.high,
    fatality_claims: claims,
    other_claims: all.flatMap((r) => r.other_claims.map(withArticle(r))),
    status: how.status,
    confidence: Math.max(...all.map((r) => r.confidence)),
    sources,
    ...(target !== undefined ? { protest_target: target } : {}),
  }
}
