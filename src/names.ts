/** @module names: what people type for a country or a place → the ISO code and the names the store keeps, with "did you mean" when nothing fits. */
import { countries } from './mentions/countries.js'
import { gazetteer } from './mentions/places/gazetteer.js'
import { placeKey } from './mentions/places/normalize.js'
import { didYouMean, fold, nearest } from './suggest.js'
import type { ControlPeriod, Store } from './store/index.js'
import { periodsAt } from './store/index.js'
import { TERRITORY } from './store/rows.js'

/** A country argument resolved: the ISO2 code the store filters on and the ACLED name. */
export interface CountryMatch { iso: string; name: string }
export type CountryResult = { ok: true; value: CountryMatch } | { ok: false; message: string; suggestions: string[] }

export { didYouMean, fold } from './suggest.js'

let byName: Map<string, CountryMatch> | null = null

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

/** The territorial-control timeline under the first name of `input` the store knows, or suggestions. */
export interface ControlAnswer {
  location: string            // the stored name the periods are under (the input when none matched)
  known: boolean              // some name of the input has territory events
  periods: ControlPeriod[]
  tried: string[]             // every name looked up, the input first
  suggestions: string[]       // places with territory events whose names are close to the input; for an unknown name, else the gazetteer's and countries' closest names
  unknown: boolean            // no place, region or country of the gazetteer has this name, and the store has no territory events under it
}

/** `control` over what people type: "Palmyra" finds the timeline stored under Tadmur. */
export async function controlByName(store: Pick<Store, 'control' | 'scanEvents'>, input: string, at?: string): Promise<ControlAnswer> {
  const tried = placeNames(input)
  for (const name of tried) {
    const periods = await store.control(name)
    if (periods.length) return { location: name, known: true, periods: at ? periodsAt(periods, at) : periods, tried, suggestions: [], unknown: false }
  }
  const held = new Set<string>()
  for (const sub of TERRITORY) for await (const r of store.scanEvents({ sub_event_type: sub })) if (r.location) held.add(r.location)
  const close = didYouMean(input, held)
  const heldClose = close.length ? close : heldByMisspelledName(input, held)
  const unknown = !gazetteer().lookup(placeKey(input.trim())) && !resolveCountry(input).ok
  const suggestions = heldClose.length || !unknown ? heldClose : namedClose(input)
  return { location: tried[0], known: false, periods: [], tried, suggestions, unknown }
}

/** What `control` says when nothing is stored under any name of the input (CLI and API alike). */
export function noControlMessage(input: string, found: Pick<ControlAnswer, 'unknown' | 'suggestions'>, where?: string): string {
  const hint = found.suggestions.length ? `; did you mean ${found.suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''
  const store = where ? ` in ${where}` : ''
  return found.unknown
    ? `unknown place "${input}": no place, region or country of the gazetteer has this name, and no territory events are stored under it${store}${hint}`
    : `no territory events for "${input}"${store}${hint}`
}

/**
 * For a name nothing knows: the countries within a few edits (didYouMean), then the gazetteer's places one edit away,
 * most populous first ("Narnia" → Narni); at most three. These have no territory events: they say how the name may be spelt.
 */
function namedClose(input: string): string[] {
  const key = placeKey(input.trim())
  const names: string[] = []
  if (key.length >= 4) {
    const gaz = gazetteer()
    const entities = new Set<number>()
    for (const v of oneEditAway(key)) for (const posting of gaz.lookup(v) ?? []) entities.add(posting >> 2)
    for (const e of [...entities].sort((a, b) => gaz.g.pop[b] - gaz.g.pop[a] || (gaz.g.name[a] < gaz.g.name[b] ? -1 : 1))) names.push(gaz.g.name[e])
  }
  // Countries, then places by population; a place reached only by an alternate spelling ("Damascus" of a town in
  // Arkansas) is offered under its own name only when no name is itself close.
  const close = nearest(input, [...[...countries().values()].map((c) => c.name), ...names])
  return close.length ? close : [...new Set(names)].slice(0, 3)
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Held places one edit away from the input under any of their gazetteer names ("Palmra" → Tadmur, by
 * Palmyra), which a suggestion over the stored names alone cannot see. Each spelling one letter
 * dropped, added, changed or swapped is looked up (a few hundred index lookups); inputs under four
 * letters are left alone, where one edit reaches too many names.
 */
function heldByMisspelledName(input: string, held: ReadonlySet<string>): string[] {
  const key = placeKey(input.trim())
  if (key.length < 4 || !held.size) return []
  const gaz = gazetteer()
  const out = new Set<string>()
  for (const v of oneEditAway(key)) {
    for (const posting of gaz.lookup(v) ?? []) {
      const name = gaz.g.name[posting >> 2]
      if (held.has(name)) out.add(name)
    }
  }
  return [...out].sort().slice(0, 3)
}

/** Every spelling one letter dropped, added, changed or swapped away from `key`. */
function oneEditAway(key: string): Set<string> {
  const variants = new Set<string>()
  for (let i = 0; i <= key.length; i++) {
    if (i < key.length) variants.add(key.slice(0, i) + key.slice(i + 1))
    if (i + 1 < key.length) variants.add(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2))
    for (const c of LETTERS) {
      variants.add(key.slice(0, i) + c + key.slice(i))
      if (i < key.length) variants.add(key.slice(0, i) + c + key.slice(i + 1))
    }
  }
  variants.delete(key)
  return variants
}
