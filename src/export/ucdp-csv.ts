/** @module export/ucdp-csv: records as UCDP GED-style rows (GED column names, in GED's order). */
import { readFileSync } from 'node:fs'
import { parse } from '../yaml-cache.js'
import { countryName } from '../mentions/countries.js'
import { dataPath } from '../paths.js'
import type { EventRecord } from '../schema/record.js'
import { stateOf } from './actors.js'
import { csvRow, type Cell } from './csv.js'
import { yearOf } from './sources.js'
import { framed, type Out, type RecordWriter } from './writer.js'

type SideClass = 'government' | 'group' | 'civilians'
interface UcdpMap {
  counted: Set<string>; countedSub: Set<string>
  actorClass: Map<number, SideClass>; wherePrec: Map<number, number>; datePrec: Map<number, number>
}

/** The GED columns sitrep can fill, in GED's order, then sitrep's ACLED type and status. */
export const ucdpColumns = [
  'id', 'year', 'type_of_violence', 'dyad_name', 'side_a', 'side_b', 'number_of_sources', 'source_article',
  'where_prec', 'where_coordinates', 'adm_1', 'adm_2', 'latitude', 'longitude', 'geom_wkt', 'country',
  'date_prec', 'date_start', 'date_end', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown',
  'best', 'high', 'low', 'event_type', 'sub_event_type', 'status',
] as const

let cached: UcdpMap | null = null
function ucdpMap(): UcdpMap {
  if (cached) return cached
  const raw = parse(readFileSync(dataPath('ucdp-map.yaml'), 'utf8')) as Record<string, unknown> | null
  const fail = (what: string): never => { throw new Error(`data/ucdp-map.yaml: ${what}`) }
  const list = (key: string) => new Set(Array.isArray(raw?.[key]) ? (raw[key] as string[]) : fail(`\`${key}\` must be a list`))
  const intMap = <T>(key: string, ok: (v: unknown) => boolean): Map<number, T> => {
    const m = raw?.[key]
    if (!m || typeof m !== 'object') fail(`missing \`${key}\` map`)
    return new Map(Object.entries(m as object).map(([k, v]) => {
      if (!/^\d+$/.test(k) || !ok(v)) fail(`${key}.${k}: bad value ${String(v)}`)
      return [Number(k), v as T]
    }))
  }
  const isPrec = (v: unknown) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 7
  cached = {
    counted: list('counted_event_types'), countedSub: list('counted_sub_event_types'),
    actorClass: intMap<SideClass>('actor_class', (v) => v === 'government' || v === 'group' || v === 'civilians'),
    wherePrec: intMap<number>('where_prec', isPrec), datePrec: intMap<number>('date_prec', isPrec),
  }
  return cached
}

interface Side { name: string; cls: SideClass | null }

// A state's forces are a government side whatever their inter code (foreign forces are inter 8).
function sideOf(name: string | null, inter: number, map: UcdpMap): Side | null {
  if (!name) return null
  const state = stateOf(name)
  const cls = state ? 'government' : (map.actorClass.get(inter) ?? null)
  return { name, cls }
}

// GED names: "Government of Mali" for a state's forces, "Civilians" for every civilian group.
function gedName(side: Side): string {
  const state = stateOf(side.name)
  if (side.cls === 'government' && state) return `Government of ${countryName(state)}`
  return side.cls === 'civilians' ? 'Civilians' : side.name
}

/**
 * type_of_violence and the two sides. When UCDP would count the event, sides take GED's names
 * and order (government first in state-based, perpetrator first in one-sided); otherwise
 * type is null and the sides are the record's actors as they are.
 */
export function violence(r: EventRecord, map: UcdpMap = ucdpMap()): { type: 1 | 2 | 3 | null; a: string | null; b: string | null } {
  let a = sideOf(r.actor1, r.inter1, map)
  let b = sideOf(r.actor2, r.inter2, map)
  const armed = (s: Side | null) => s?.cls === 'government' || s?.cls === 'group'
  if ((b?.cls === 'government' && a?.cls !== 'government') || (a?.cls === 'civilians' && armed(b))) [a, b] = [b, a]
  let type: 1 | 2 | 3 | null = null
  if (map.counted.has(r.event_type) || map.countedSub.has(r.sub_event_type)) {
    if (a?.cls === 'government' && armed(b)) type = 1
    else if (a?.cls === 'group' && b?.cls === 'group') type = 2
    else if (armed(a) && b?.cls === 'civilians') type = 3
  }
  if (type === null || !a || !b) return { type: null, a: r.actor1, b: r.actor2 }
  return { type, a: gedName(a), b: gedName(b) }
}

function wherePrec(r: EventRecord, map: UcdpMap): number | null {
  if (r.latitude === null || r.longitude === null) return r.iso ? 6 : null
  const p = map.wherePrec.get(r.geo_precision) ?? null
  return p === 4 && !r.admin1 ? 6 : p
}

/** One record as the cells of one GED-style row, in column order. */
export function ucdpRow(r: EventRecord, map: UcdpMap = ucdpMap()): Cell[] {
  const { type, a, b } = violence(r, map)
  const placed = r.latitude !== null && r.longitude !== null
  const best = r.fatalities
  const sources = r.sources.map((s) => [s.source, s.published, s.url].filter(Boolean).join(','))
  return [
    r.id, yearOf(r.event_date), type, type ? `${a} - ${b}` : '', a, b,
    r.sources.length, sources.join(';'),
    wherePrec(r, map), r.location, r.admin1, r.admin2, r.latitude, r.longitude,
    placed ? `POINT (${r.longitude} ${r.latitude})` : '', r.country,
    r.event_date ? (map.datePrec.get(r.time_precision) ?? null) : null, r.event_date, r.event_date,
    // GED splits deaths by side; the record does not, except that one-sided violence kills civilians.
    0, 0, type === 3 ? best : 0, type === 3 ? 0 : best,
    best, Math.max(r.fatalities_high, best), Math.min(r.fatalities_low, best),
    r.event_type, r.sub_event_type, r.status,
  ]
}

export function ucdpCsvWriter(out: Out): RecordWriter {
  const map = ucdpMap()
  return framed(out, { open: csvRow([...ucdpColumns]), before: () => '', close: () => '' }, (r) => csvRow(ucdpRow(r, map)))
}
