/** @module merge/config: data/merge.yaml → the compiled coreference settings, checked loudly at load. */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { dataPath } from '../paths.js'
import { taxonomy } from '../events/taxonomy.js'
import { normName } from './details.js'
import { countries } from '../mentions/countries.js'

export interface MergeConfig {
  threshold: number
  dateWindow: Record<1 | 2 | 3, number>
  distanceKm: Record<1 | 2 | 3, number>
  /** Two area-level reports (both geo_precision 2) coded near two towns further apart than this are two places (data/merge.yaml `area_apart_km`). */
  areaApartKm: number
  weights: { date: number; place: number; type: number; actors: number }
  familyOf: Map<string, string>
  genericPrefixes: string[]
  strict: { samePlaceScore: number }
  /** What shared content is worth: the reports' figures, claimants, named units, actors, publication dates. */
  evidence: { grownToll: number; grownTollMaxRatio: number; toll: number; smallToll: number; smallTollMax: number; closeTollRatio: number; claimant: number; secondFigure: number; assocActor: number; namedActors: number; published: number; publishedWithinDays: number; writtenPlace: number; writtenDetail: number; largeToll: number; largeTollMin: number }
  /** What each difference between two reports costs; shared content must reach the sum for them to merge. */
  costs: { day: number; sub: number; type: number; region: number; areaPlace: number; containedPlace: number; containedToll: number; countryPlace: number; nightDay: number; oneSidedActor: number; guessedActor: number; unnamedSides: number; otherToll: number; crossedSides: number }
  /** Words that name an administrative level, not the area ("province", "oblast"): left out when two area names are compared. */
  adminWords: Set<string>
  /** Sub-event types a town has several of on one day (data/merge.yaml `daily_types`): identical coded fields with no side named need content. */
  dailyTypes: Set<string>
  /** Pairs of sub-event types two outlets plausibly code differently for one incident ("a|b", sorted) → what the difference costs instead of `costs.sub`/`costs.type`. */
  closeTypes: Map<string, number>
  /**
   * Pairs of close sub-event types ("a|b") → what the difference costs when one report's own passage also names the weapon of
   * the other's sub-event type ("missiles and drones": data/merge.yaml close_types `told_both`, `type_words`).
   */
  toldBoth: Map<string, number>
  /** The weapon words of a sub-event type (data/merge.yaml `type_words`), each a phrase of normalised words. */
  typeWords: Map<string, string[][]>
  /** Weapon words either sort of strike fires (data/merge.yaml `shared_weapon_words`: "missile"): they tell neither sub-event type alone. */
  sharedWeaponWords: Set<string>
  /** Places as articles write them (merge/details.ts): cue word sequences, articles between, linking words, non-places. */
  writtenPlaces: { cues: string[][]; articles: Set<string>; links: Set<string>; kinds: Set<string>; notPlaces: Set<string>; night: string[]; targets: Map<string, string[]>; people: Map<string, string[]>; causes: Map<string, string[]> }
}

const FILE = 'data/merge.yaml'
const need = (ok: boolean, what: string) => { if (!ok) throw new Error(`${FILE}: ${what}`) }

function byPrecision(raw: unknown, key: string): Record<1 | 2 | 3, number> {
  const o = raw as Record<string, unknown> | undefined
  need(!!o && typeof o === 'object', `"${key}" must map 1, 2, 3 to numbers`)
  const out = {} as Record<1 | 2 | 3, number>
  for (const p of [1, 2, 3] as const) {
    const v = o![p]
    need(typeof v === 'number' && v >= 0, `"${key}.${p}" must be a number ≥ 0`)
    out[p] = v as number
  }
  return out
}

export function compileMergeConfig(raw: unknown): MergeConfig {
  const o = raw as Record<string, unknown>
  need(!!o && typeof o === 'object', 'expected a mapping')
  need(typeof o.threshold === 'number' && o.threshold > 0 && o.threshold <= 1, '"threshold" must be in (0, 1]')
  const w = o.weights as Record<string, unknown>
  for (const k of ['date', 'place', 'type', 'actors']) need(typeof w?.[k] === 'number', `"weights.${k}" must be a number`)
  const sum = ['date', 'place', 'type', 'actors'].reduce((s, k) => s + (w[k] as number), 0)
  need(Math.abs(sum - 1) < 1e-6, `"weights" must sum to 1, they sum to ${sum}`)
  const familyOf = new Map<string, string>()
  for (const [family, types] of Object.entries((o.type_families ?? {}) as Record<string, unknown>)) {
    need(Array.isArray(types), `"type_families.${family}" must be a list`)
    for (const t of types as string[]) {
      need(!familyOf.has(t), `"${t}" is in two type families`)
      familyOf.set(t, family)
    }
  }
  const generic = o.generic_actor_prefixes ?? []
  need(Array.isArray(generic), '"generic_actor_prefixes" must be a list')
  return {
    threshold: o.threshold as number,
    dateWindow: byPrecision(o.date_window_days, 'date_window_days'),
    distanceKm: byPrecision(o.distance_km, 'distance_km'),
    areaApartKm: areaApartOf(o.area_apart_km),
    weights: w as MergeConfig['weights'],
    familyOf,
    genericPrefixes: generic as string[],
    strict: strictOf(o.strict),
    evidence: numbers(o.evidence, 'evidence', { grownToll: 'grown_toll', grownTollMaxRatio: 'grown_toll_max_ratio', toll: 'toll', smallToll: 'small_toll', smallTollMax: 'small_toll_max', closeTollRatio: 'close_toll_ratio', claimant: 'claimant', secondFigure: 'second_figure', assocActor: 'assoc_actor', namedActors: 'named_actors', published: 'published', publishedWithinDays: 'published_within_days', writtenPlace: 'written_place', writtenDetail: 'written_detail', largeToll: 'large_toll', largeTollMin: 'large_toll_min' }),
    writtenPlaces: writtenPlacesOf(o.written_places),
    closeTypes: closeTypesOf(o.close_types),
    toldBoth: toldBothOf(o.close_types),
    typeWords: typeWordsOf(o.type_words, toldBothOf(o.close_types)),
    sharedWeaponWords: o.shared_weapon_words === undefined ? new Set() : wordsOf(o.shared_weapon_words, 'shared_weapon_words'),
    dailyTypes: subTypesOf(o.daily_types, 'daily_types'),
    adminWords: wordsOf(o.admin_words, 'admin_words'),
    costs: numbers(o.costs, 'costs', { day: 'day', sub: 'sub_event_type', type: 'event_type', region: 'region_place', areaPlace: 'area_place', containedPlace: 'contained_place', containedToll: 'contained_toll', countryPlace: 'country_place', nightDay: 'night_day', oneSidedActor: 'one_sided_actor', guessedActor: 'guessed_actor', unnamedSides: 'unnamed_sides', otherToll: 'other_toll', crossedSides: 'crossed_sides' }),
  }
}

function areaApartOf(raw: unknown): number {
  need(typeof raw === 'number' && raw >= 0, '"area_apart_km" must be a number ≥ 0')
  return raw as number
}

/**
 * Every country's demonyms (lower case): a nationality names no place ("in the Libyan capital", "near a Syrian army post"),
 * so two reports of one town are not kept apart by one writing "Libyan" where the other names its quarters.
 */
function demonyms(): string[] {
  return [...countries().values()].flatMap((c) => c.demonyms.map((d) => normName(d))).filter(Boolean)
}

/** The key of a pair of sub-event types in `closeTypes`: the two names sorted, joined by '|'. */
export const typePair = (a: string, b: string): string => [a, b].sort().join('|')

/** A list of lower-case words. */
function wordsOf(raw: unknown, key: string): Set<string> {
  need(Array.isArray(raw) && raw.every((w) => typeof w === 'string' && w.trim() !== ''), `"${key}" must be a list of words`)
  return new Set((raw as string[]).map((w) => normName(w)))
}

/** A list of ACLED sub-event types, checked against the taxonomy. */
function subTypesOf(raw: unknown, key: string): Set<string> {
  need(raw === undefined || (Array.isArray(raw) && raw.every((x) => typeof x === 'string')), `"${key}" must be a list of sub-event types`)
  for (const x of (raw ?? []) as string[]) need(taxonomy().bySub.has(x), `"${key}": "${x}" is no ACLED sub-event type`)
  return new Set((raw ?? []) as string[])
}

/** `close_types`: a list of `{ types: [A, B], cost }`, A ≠ B, each pair once. */
function closeTypesOf(raw: unknown): Map<string, number> {
  need(raw === undefined || Array.isArray(raw), '"close_types" must be a list')
  const out = new Map<string, number>()
  for (const [n, e] of ((raw ?? []) as Record<string, unknown>[]).entries()) {
    const raw2 = e?.types
    need(Array.isArray(raw2) && raw2.length === 2 && raw2.every((x) => typeof x === 'string' && x.trim() !== '') && raw2[0] !== raw2[1], `"close_types[${n}].types" must be two different sub-event types`)
    const t = raw2 as [string, string]
    need(typeof e.cost === 'number' && e.cost >= 0, `"close_types[${n}].cost" must be a number ≥ 0`)
    for (const x of t) need(taxonomy().bySub.has(x), `"close_types[${n}]": "${x}" is no ACLED sub-event type`)
    const key = typePair(t[0], t[1])
    need(!out.has(key), `"close_types": ${t.join(' / ')} is listed twice`)
    out.set(key, e.cost as number)
  }
  return out
}

/** `close_types` entries with a `told_both` cost (at most their `cost`): the pair's key → that cost. */
function toldBothOf(raw: unknown): Map<string, number> {
  const out = new Map<string, number>()
  for (const [n, e] of ((raw ?? []) as Record<string, unknown>[]).entries()) {
    if (e.told_both === undefined) continue
    need(typeof e.told_both === 'number' && e.told_both >= 0 && e.told_both <= (e.cost as number), `"close_types[${n}].told_both" must be a number from 0 to its cost`)
    const [x, y] = e.types as [string, string]
    out.set(typePair(x, y), e.told_both as number)
  }
  return out
}

/** `type_words`: sub-event type → its weapon words (phrases allowed), normalised and split into words. */
function typeWordsOf(raw: unknown, toldBoth: Map<string, number>): Map<string, string[][]> {
  const o = (raw ?? {}) as Record<string, unknown>
  need(typeof o === 'object' && !Array.isArray(o), '"type_words" must map sub-event types to lists of words')
  const out = new Map<string, string[][]>()
  for (const [sub, words] of Object.entries(o)) {
    need(taxonomy().bySub.has(sub), `"type_words": "${sub}" is no ACLED sub-event type`)
    need(Array.isArray(words) && words.every((w) => typeof w === 'string' && w.trim() !== ''), `"type_words.${sub}" must be a list of words`)
    out.set(sub, (words as string[]).map((w) => normName(w).split(' ')))
  }
  for (const key of toldBoth.keys()) for (const sub of key.split('|')) need(out.has(sub), `"close_types": told_both for ${key.replace('|', ' / ')} needs "type_words" of ${sub}`)
  return out
}

/** A mapping of named numbers ≥ 0, every key present: `keys` maps the field to its YAML key. */
function numbers<K extends string>(raw: unknown, section: string, keys: Record<K, string>): Record<K, number> {
  const o = raw as Record<string, unknown> | undefined
  need(!!o && typeof o === 'object', `"${section}" must be a mapping`)
  const out = {} as Record<K, number>
  for (const [k, y] of Object.entries(keys) as [K, string][]) {
    const v = o![y]
    need(typeof v === 'number' && v >= 0, `"${section}.${y}" must be a number ≥ 0`)
    out[k] = v as number
  }
  return out
}

function writtenPlacesOf(raw: unknown): MergeConfig['writtenPlaces'] {
  const o = raw as Record<string, unknown> | undefined
  need(!!o && typeof o === 'object', '"written_places" must be a mapping')
  const list = (k: string): string[] => {
    const v = o![k]
    need(Array.isArray(v) && v.every((x) => typeof x === 'string' && x.trim() !== ''), `"written_places.${k}" must be a list of words`)
    return (v as string[]).map((x) => x.trim().toLowerCase())
  }
  // Longer cues first: "area of" before "of"-less ones that start the same way.
  const cues = list('cues').map((c) => c.split(/\s+/)).sort((a, b) => b.length - a.length)
  return { cues, articles: new Set(list('articles')), links: new Set(list('links')), kinds: new Set(list('kinds')), notPlaces: new Set([...list('not_places'), ...demonyms()]), night: list('night'),
    targets: groups(o!.targets, 'written_places.targets'), people: groups(o!.people, 'written_places.people'), causes: groups(o!.causes, 'written_places.causes') }
}

/**
 * Groups of words that say one thing ("hospital", "clinic"): each word → the first words of its groups. A word may stand in
 * two groups when it says either thing ("post": an army post is a base, a police post a checkpoint).
 */
function groups(raw: unknown, key: string): Map<string, string[]> {
  need(Array.isArray(raw) && raw.every((g) => Array.isArray(g) && g.length > 0 && g.every((w) => typeof w === 'string' && /^\p{Ll}+( \p{Ll}+)*$/u.test(w))),
    `"${key}" must be a list of lists of lower-case words or phrases`)
  const out = new Map<string, string[]>()
  for (const g of raw as string[][]) for (const w of g) {
    need(!out.get(w)?.includes(g[0]), `"${key}": "${w}" is twice in the group of "${g[0]}"`)
    out.set(w, [...(out.get(w) ?? []), g[0]])
  }
  return out
}

function strictOf(raw: unknown): MergeConfig['strict'] {
  const o = (raw ?? {}) as Record<string, unknown>
  const v = o.same_place_score ?? 0.9
  need(typeof v === 'number' && v > 0 && v <= 1, '"strict.same_place_score" must be in (0, 1]')
  return { samePlaceScore: v as number }
}

let cached: MergeConfig | null = null
export function mergeConfig(): MergeConfig {
  cached ??= compileMergeConfig(parse(readFileSync(dataPath('merge.yaml'), 'utf8')))
  return cached
}
