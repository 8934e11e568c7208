/** @module names: what people type for a country or a place → the ISO code and the names the store keeps, with "did you mean" when nothing fits. */
import { countries } from './mentions/countries.js'
import { gazetteer } from './mentions/places/gazetteer.js'
import { placeKey } from './mentions/places/normalize.js'
import type { ControlPeriod, Store } from './store/index.js'
import { periodsAt } from './store/index.js'
import { TERRITORY } from './store/rows.js'

/** A country argument resolved: the ISO2 code the store filters on and the ACLED name. */
export interface CountryMatch { iso: string; name: string }
export type CountryResult = { ok: true; value: CountryMatch } | { ok: false; message: string; suggestions: string[] }

let byName: Map<string, CountryMatch> | null = null

/** Lower case, no accents, single spaces: "Côte d'Ivoire " → "cote d'ivoire". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

function countryIndex(): Map<string, CountryMatch> {
  if (byName) return byName
  const out = new Map<string, CountryMatch>()
  for (const c of countries().values()) {
    const match = { iso: c.iso, name: c.name }
    // Codes first, then names; a name two countries share keeps the first (codes are unique).
    for (const key of [c.iso, c.iso3, c.name, ...c.names, ...c.demonyms].map(fold)) if (key && !out.has(key)) out.set(key, match)
  }
  byName = out
  return out
}

/** "Syria", "syria", "SY", "syr", "Syrian Arab Republic", "Syrian" → SY; anything else → "did you mean". */
export function resolveCountry(input: string): CountryResult {
  const key = fold(input)
  const hit = countryIndex().get(key)
  if (hit) return { ok: true, value: hit }
  const names = [...new Set([...countries().values()].map((c) => c.name))]
  const suggestions = didYouMean(input, names)
  const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''
  return { ok: false, message: `unknown country "${input}" (give a name or an ISO code such as SY)${hint}`, suggestions }
}

/**
 * The names a place may be stored under, most likely first: what was typed, then the GeoNames
 * names of every place, region or country it is a name for ("Palmyra" → Palmyra, Tadmur;
 * "Halab" → Halab, Aleppo). Event records carry the gazetteer's name in `location`.
 */
export function placeNames(input: string): string[] {
  const typed = input.trim()
  const gaz = gazetteer()
  const postings = gaz.lookup(placeKey(typed)) ?? []
  const entities = [...new Set(postings.map((p) => p >> 2))].sort((a, b) => gaz.g.pop[b] - gaz.g.pop[a])
  const out = [typed]
  for (const e of entities) if (!out.some((n) => fold(n) === fold(gaz.g.name[e]))) out.push(gaz.g.name[e])
  return out
}

/** Up to `max` of the `candidates` closest to `input` (edit distance within a third of its length; a name that starts with the input counts as one edit). */
export function didYouMean(input: string, candidates: Iterable<string>, max = 3): string[] {
  const key = fold(input)
  if (!key) return []
  const limit = Math.max(1, Math.floor(key.length / 3))
  const scored: [string, number][] = []
  for (const c of new Set(candidates)) {
    const k = fold(c)
    const d = k.startsWith(key) ? Math.min(1, distance(key, k)) : distance(key, k)
    if (d <= limit) scored.push([c, d])
  }
  const best = Math.min(...scored.map(([, d]) => d))
  return scored.filter(([, d]) => d === best).sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([c]) => c)
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
    }
  }
  return rows[a.length][b.length]
}

/** The territorial-control timeline under the first name of `input` the store knows, or suggestions. */
export interface ControlAnswer {
  location: string            // the stored name the periods are under (the input when none matched)
  known: boolean              // some name of the input has territory events
  periods: ControlPeriod[]
  tried: string[]             // every name looked up, the input first
  suggestions: string[]       // places with territory events whose names are close to the input
}

/** `control` over what people type: "Palmyra" finds the timeline stored under Tadmur. */
export async function controlByName(store: Pick<Store, 'control' | 'scanEvents'>, input: string, at?: string): Promise<ControlAnswer> {
  const tried = placeNames(input)
  for (const name of tried) {
    const periods = await store.control(name)
    if (periods.length) return { location: name, known: true, periods: at ? periodsAt(periods, at) : periods, tried, suggestions: [] }
  }
  const held = new Set<string>()
  for (const sub of TERRITORY) for await (const r of store.scanEvents({ sub_event_type: sub })) if (r.location) held.add(r.location)
  return { location: tried[0], known: false, periods: [], tried, suggestions: didYouMean(input, held) }
}
