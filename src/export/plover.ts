/**
 * @module export/plover: records as PLOVER JSON (draft 0.8 field names, snake_case).
 *
 * The file is one JSON array with one event per line, as the PLOVER gold standard records
 * are: any JSON tool reads it whole, and `--format jsonl` is there for line-by-line use.
 * Field names are the spec's: `source`/`recipient` (lists of actor objects: `code` ISO alpha-3
 * or IGO/NGO, `sector` GOV/MIL/REB/..., `identifier_text` the canonical ACLED name), `event`,
 * `mode`, `context` (a list), `quad_code`, `event_loc` (GeoNames field names), `dead`,
 * `cite_info` (a list: one per source, as sitrep merges reports), `comment`, `coder`.
 * A demonstration with no actor2 has its `protest_target` as the recipient.
 * sitrep adds `acled_sub_event_type` and `status`. Absent optional fields are left out, as
 * in PLOVER files; `date` and `event` are always there, null when unknown.
 */
import type { EventRecord } from '../schema/record.js'
import { countryOfActor, iso3Of, splitActors } from './actors.js'
import { ploverMap, type PloverMap } from './plover-map.js'
import { framed, jsonArrayFrame, type Out, type RecordWriter } from './writer.js'

export interface PloverActor { code?: string; sector?: string; identifier_text: string }

// ACLED codes actors of the event's country with inter 1–7 and outside forces with 8, so an
// actor whose name carries no country belongs to the event's country unless it is external.
const DOMESTIC_INTER = new Set([1, 2, 3, 4, 5, 6, 7])
const STATE = /^(?:Government|Military Forces|Police Forces) of /

/**
 * An ACLED actor as a PLOVER actor object. `inter` is null for associated actors, whose sector
 * comes from the name alone; `sideInter` (the main actor's inter) says whether they are domestic.
 */
export function ploverActor(name: string, inter: number | null, eventIso: string, map: PloverMap = ploverMap(), sideInter = inter): PloverActor {
  const byName = map.codeByName.find(([re]) => re.test(name))?.[1]
  const iso = countryOfActor(name) ?? (sideInter !== null && DOMESTIC_INTER.has(sideInter) && eventIso ? eventIso : null)
  const code = byName ?? (iso ? iso3Of(iso) : null)
  const sector = map.sectorByName.find(([re]) => re.test(name))?.[1] ?? (inter !== null ? map.sectorByInter.get(inter) : undefined)
  return { ...(code ? { code } : {}), ...(sector ? { sector } : {}), identifier_text: name }
}

function side(main: string | null, inter: number, assoc: string, iso: string, map: PloverMap): PloverActor[] {
  const names = main ? [ploverActor(main, inter, iso, map)] : []
  return [...names, ...splitActors(assoc).map((a) => ploverActor(a, null, iso, map, inter))]
}

function eventLoc(r: EventRecord): object | null {
  if (!r.location && !r.iso) return null
  const cc3 = r.iso ? iso3Of(r.iso) : null
  return {
    ...(r.geonameid !== null ? { geonameid: r.geonameid } : {}),
    ...(r.location ? { name: r.location } : {}),
    ...(r.latitude !== null && r.longitude !== null ? { latitude: r.latitude, longitude: r.longitude } : {}),
    ...(r.iso ? { 'country code': r.iso } : {}),
    ...(cc3 ? { cc3 } : {}),
    ...(r.admin1 ? { admin1: r.admin1 } : {}),
    ...(r.admin2 ? { admin2: r.admin2 } : {}),
  }
}

/** One record as a PLOVER event object. */
export function toPlover(r: EventRecord, map: PloverMap = ploverMap()): object {
  const row = map.events.get(r.sub_event_type)
  const event = row?.event ?? null
  const first = side(r.actor1, r.inter1, r.assoc_actor_1, r.iso, map)
  // A demonstration's actor2 is empty as ACLED codes it; whom it was directed at is PLOVER's recipient.
  const second = r.actor2 || !r.protest_target ? side(r.actor2, r.inter2, r.assoc_actor_2, r.iso, map) : [ploverActor(r.protest_target, null, r.iso, map, STATE.test(r.protest_target) ? 1 : null)]
  const source = row?.reciprocal ? [...first, ...second] : first
  const recipient = row?.reciprocal ? [] : second
  const statusContext = map.statusContext.get(r.status)
  const context = [...new Set([...(row?.context ?? []), ...(statusContext ? [statusContext] : [])])]
  const loc = eventLoc(r)
  const cites = r.sources.map((s) => ({
    citation: s.article_id, ...(s.source ? { publication: s.source } : {}), ...(s.url ? { url: s.url } : {}),
  }))
  return {
    id: r.id,
    date: r.event_date,
    source,
    ...(recipient.length ? { recipient } : {}),
    event,
    ...(row?.mode ? { mode: row.mode } : {}),
    ...(context.length ? { context } : {}),
    ...(event ? { quad_code: map.quad.get(event) } : {}),
    ...(loc ? { event_loc: loc } : {}),
    dead: r.fatalities,
    ...(cites.length ? { cite_info: cites } : {}),
    ...(r.notes ? { comment: r.notes } : {}),
    coder: 'sitrep',
    acled_sub_event_type: r.sub_event_type,
    status: r.status,
  }
}

export function ploverWriter(out: Out): RecordWriter {
  const map = ploverMap()   // loaded (and checked) before the first byte goes out
  return framed(out, jsonArrayFrame('[', ']\n'), (r) => JSON.stringify(toPlover(r, map)))
}
