/** @module eval/compare: one prediction against one gold row, field by field (pure: no files, no pipeline). */
import type { EventRecord } from '../schema/record.js'
import { actorNames, haversineKm, nameRecall, normName, samePair, withinRelative } from './metrics.js'

/** The gold record of one ACLED row (fields as in shared/eval/README.md). */
export interface AcledGold {
  event_date: string; time_precision: number; disorder_type: string; event_type: string; sub_event_type: string
  actor1: string; assoc_actor_1: string; inter1: number; actor2: string; assoc_actor_2: string; inter2: number
  interaction: number; country: string; iso: string; admin1: string; admin2: string; location: string
  latitude: number; longitude: number; geo_precision: number; fatalities: number
}
export interface AcledRow { id: string; text: string; published?: string | null; source?: string | null; gold: AcledGold }

/** Per-row figures, in table order. Every one but coverage counts a row with no prediction as a miss. */
export const ACLED_ROW_METRICS = [
  ['coverage', 'coverage (an event predicted)'],
  ['event_type', 'event type accuracy'],
  ['sub_event_type', 'sub-event type accuracy'],
  ['disorder_type', 'disorder type accuracy'],
  ['event_date', 'date exact'],
  ['time_precision', 'time_precision equal'],
  ['fatalities', 'fatalities exact'],
  ['fatalities_20pct', 'fatalities within ±20 %'],
  ['place_25km', 'place within 25 km'],
  ['place_100km', 'place within 100 km'],
  ['iso', 'country (iso) match'],
  ['admin1', 'admin1 match'],
  ['geo_precision', 'geo_precision equal'],
  ['actor_pair', 'actor-type pair {inter1, inter2}'],
  ['actor1', 'actor1 name exact'],
  ['actor_names', 'actor names match (share of gold)'],
  ['interaction', 'interaction equal'],
] as const
type RowKey = (typeof ACLED_ROW_METRICS)[number][0]

/** Which figures of one predicted record agree with gold; `km` is the distance when both have a point. */
export function compareAcled(p: EventRecord | null, g: AcledGold): Record<RowKey, boolean | number> & { km: number | null } {
  const km = p && p.latitude !== null && p.longitude !== null
    ? haversineKm(p.latitude, p.longitude, g.latitude, g.longitude) : null
  if (!p) {
    const miss = Object.fromEntries(ACLED_ROW_METRICS.map(([k]) => [k, false])) as Record<RowKey, boolean>
    return { ...miss, actor_names: 0, km: null }
  }
  return {
    coverage: true,
    event_type: p.event_type === g.event_type,
    sub_event_type: p.sub_event_type === g.sub_event_type,
    disorder_type: p.disorder_type === g.disorder_type,
    event_date: p.event_date === g.event_date,
    time_precision: p.time_precision === g.time_precision,
    fatalities: p.fatalities === g.fatalities,
    fatalities_20pct: withinRelative(p.fatalities, g.fatalities, 0.2),
    place_25km: km !== null && km <= 25,
    place_100km: km !== null && km <= 100,
    iso: !!p.iso && p.iso.toUpperCase() === g.iso.toUpperCase(),
    admin1: normName(p.admin1) === normName(g.admin1),
    geo_precision: p.geo_precision === g.geo_precision,
    actor_pair: samePair(p.inter1, p.inter2, g.inter1, g.inter2),
    actor1: normName(p.actor1) === normName(g.actor1),
    actor_names: nameRecall(
      actorNames(p.actor1, p.actor2, p.assoc_actor_1, p.assoc_actor_2),
      actorNames(g.actor1, g.actor2, g.assoc_actor_1, g.assoc_actor_2)),
    interaction: p.interaction === g.interaction,
    km,
  }
}

export interface CaseGold { label: string; sub_event_type: string | null; event_type: string | null }
/** Counts behind the CASE figures; kept apart from I/O so the definitions can be tested. */
export interface CaseCounts {
  rows: number
  acled: number            // rows whose gold is an ACLED sub-type
  other: number            // rows of the unseen, non-ACLED topics
  correct: number          // predicted sub-type = gold, or nothing predicted for a non-ACLED row
  subCorrect: number       // ACLED rows: sub-type right
  typeCorrect: number      // ACLED rows: event type right
  covered: number          // ACLED rows: some event predicted
  falseAlarms: number      // non-ACLED rows: some event predicted
}

export interface CasePrediction { subEventType: string | null; eventType: string | null; any: boolean }

export function countCase(items: readonly { gold: CaseGold; predicted: CasePrediction }[]): CaseCounts {
  const c: CaseCounts = { rows: 0, acled: 0, other: 0, correct: 0, subCorrect: 0, typeCorrect: 0, covered: 0, falseAlarms: 0 }
  for (const { gold, predicted } of items) {
    c.rows++
    if (gold.sub_event_type === null) {
      c.other++
      if (predicted.any) c.falseAlarms++
      else c.correct++
      continue
    }
    c.acled++
    if (predicted.any) c.covered++
    if (predicted.subEventType === gold.sub_event_type) { c.subCorrect++; c.correct++ }
    if (predicted.eventType === gold.event_type) c.typeCorrect++
  }
  return c
}

