/** @module frame/country: a country as a place (ACLED geo_precision 3), when the article names no place inside it. */
import type { Doc, PlaceMention, Span } from '../doc.js'
import { countries, countryName } from '../mentions/countries.js'
import { frameKnowledge } from './knowledge.js'
import { gazetteer, type Gazetteer } from '../mentions/places/gazetteer.js'
import { placeKey } from '../mentions/places/normalize.js'
import { km } from '../mentions/places/resolve.js'
import { dataPath } from '../paths.js'
import { readYaml } from '../yaml-cache.js'

/**
 * The country `cc` as an event place: a mention of the country itself when the text has one
 * (whatever its role: "Lebanon's prime minister" still names Lebanon), else the gazetteer's entry
 * for it, spanned on the first mention that points to the country. Null when neither exists.
 */
export function countryPlace(doc: Doc, cc: string): PlaceMention | null {
  const told = (i: number): boolean => doc.frame?.roles[i]?.role !== 'caption'
  const own = doc.places.find((p, i) => p.countryCode === cc && (p.kind === 'country' || p.kind === 'demonym') && p.latitude !== null && told(i))
  if (own) return own.kind === 'country' ? { ...own, precision: 3 } : { ...own, kind: 'country', precision: 3, why: `${own.why} The country of "${own.text}".` }
  const g = gazetteer()
  const e = (g.lookup(placeKey(countryName(cc))) ?? []).map((post) => post >> 2).find((x) => g.g.kind[x] === 'country' && g.g.cc[x] === cc)
  // The outlet's country (rule outlet-country) has no mention in the text: the place spans nothing.
  const anchor = doc.places.find((p, i) => p.countryCode === cc && told(i)) ?? doc.actors.find((a) => a.countryCode === cc)
    ?? (doc.frame?.outlet === cc ? { span: [0, 0] as Span, text: '' } : undefined)
  if (e === undefined || !anchor) return null
  return {
    span: anchor.span, text: anchor.text, score: 0.5, rule: 'frame-country', geonameid: g.g.id[e] || null, name: g.g.name[e], kind: 'country',
    countryCode: cc, country: countryName(cc), admin1: null, admin2: null, latitude: g.g.lat[e], longitude: g.g.lon[e],
    featureCode: g.g.code[e], population: g.g.pop[e], precision: 3, cue: null, why: anchor.text ? `The article's country, ${countryName(cc)}.` : `The country of the outlet, ${countryName(cc)}; the text names none.`,
  }
}

let outletNames: Map<string, string> | null = null
/** Every country's names and demonyms of more than three letters, in lower case, by words. */
function outletNameMap(): Map<string, string> {
  if (outletNames) return outletNames
  outletNames = new Map()
  for (const c of countries().values()) {
    for (const n of [...c.names, ...c.demonyms]) if (n.length > 3) outletNames.set(n.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' '), c.iso)
  }
  return outletNames
}

/**
 * The country an outlet's name names ("Agence Benin Press", "Daily Trust (Nigeria)", "OSCE SMM-Ukraine"), or null: none,
 * two different ones, or an outlet that reports the world from its home ("Radio France Internationale"; data/frame/places.yaml
 * outlet_abroad) without a country in brackets. Sources joined by ";" are read each.
 */
export function outletCountry(source: string | null): string | null {
  if (!source) return null
  const names = outletNameMap(), abroad = frameKnowledge().outletAbroad
  const found = new Set<string>()
  for (const part of source.split(';')) {
    const inBrackets = /\(([^)]*)\)/.exec(part)?.[1] ?? ''
    const words = part.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)
    const world = abroad.some((a) => words.some((_, i) => a.every((w, j) => words[i + j] === w)))
    for (let i = 0; i < words.length; i++) {
      // The longest name at each word: "South Sudan" before "Sudan".
      for (let n = Math.min(4, words.length - i); n >= 1; n--) {
        const cc = names.get(words.slice(i, i + n).join(' '))
        if (!cc) continue
        if (!world || names.get(inBrackets.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ')) === cc) found.add(cc)
        i += n - 1
        break
      }
    }
  }
  // A national outlet whose name names no country ("To Vima", "La Jornada"): the country it reports from (data/frame/outlets.yaml,
  // rule outlet-home). Only when the name names no country at all, and only the whole source, never a word of it.
  if (!found.size) for (const part of source.split(';')) { const cc = outletHomes().get(outletKey(part)); if (cc) found.add(cc) }
  return found.size === 1 ? [...found][0] : null
}

/** A source as outlets.yaml writes it: no country in brackets, no accents, lower case, words joined by spaces, no leading "the". */
const outletKey = (s: string): string => s.replace(/\([^)]*\)/g, ' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ').replace(/^the /, '')
/** The outlet's country and its overseas territories, which its outlets write of as home (data/frame/outlets.yaml territories). */
export function outletHome(cc: string | null): string[] {
  if (!cc) return []
  outletHomes()
  return [cc, ...(territories!.get(cc) ?? [])]
}
// outlets.yaml, read once per process: outlet name → country, and country → its overseas territories.
let homes: Map<string, string> | null = null
let territories: Map<string, string[]> | null = null
function outletHomes(): Map<string, string> {
  if (homes) return homes
  homes = new Map()
  const raw = readYaml(dataPath('frame', 'outlets.yaml')) as Record<string, unknown>
  territories = new Map(Object.entries((raw?.territories ?? {}) as Record<string, string[]>))
  for (const [cc, list] of Object.entries(raw ?? {})) {
    if (cc === 'territories') continue
    if (!Array.isArray(list)) throw new Error(`data/frame/outlets.yaml: ${cc} must be a list`)
    for (const name of list) {
      const key = outletKey(String(name))
      if (homes.has(key) && homes.get(key) !== cc) throw new Error(`data/frame/outlets.yaml: "${name}" under ${homes.get(key)} and ${cc}`)
      homes.set(key, cc)
    }
  }
  return homes
}

const seatCache = new WeakMap<Gazetteer, Map<string, number>>()
const provinceSeatCache = new WeakMap<Gazetteer, Map<string, number>>()

/** Per key (`keyOf`), the most populous town of feature code `code`. */
function mostPopulous(gaz: Gazetteer, code: string, keyOf: (e: number) => string): Map<string, number> {
  const g = gaz.g, out = new Map<string, number>()
  for (let e = 0; e < g.kind.length; e++) {
    const key = keyOf(e)
    if (g.kind[e] !== 'place' || g.code[e] !== code || !key) continue
    const had = out.get(key)
    if (had === undefined || g.pop[e] > g.pop[had]) out.set(key, e)
  }
  return out
}

/** The text names the seat `e` (or a town beside it) while placing the event only by its area: the event was elsewhere. */
function seatNamed(named: readonly PlaceMention[], gaz: Gazetteer, e: number): boolean {
  const g = gaz.g
  return named.some((m) => m.kind === 'place' && m.latitude !== null && m.longitude !== null && km(m.latitude, m.longitude, g.lat[e], g.lon[e]) < 25)
}

/** Per first-level area (`CC.A1`), its seat: GeoNames' PPLA there, the most populous if several. */
function provinceSeats(gaz: Gazetteer): Map<string, number> {
  let out = provinceSeatCache.get(gaz)
  if (!out) provinceSeatCache.set(gaz, out = mostPopulous(gaz, 'PPLA', (e) => gaz.g.a1code[e]))
  return out
}

/**
 * A province-level event place (a first-level area at precision 3) pointed at the province's seat, where ACLED
 * codes an event it knows only by its province; the name stays the province's. As for a country, an article that
 * names the seat (or a town beside it) and still places the event only by province keeps the area's own point.
 */
export function atProvinceSeat(p: PlaceMention, named: readonly PlaceMention[] = [], gaz: Gazetteer = gazetteer()): PlaceMention {
  if (p.kind !== 'admin1' || p.precision !== 3 || !p.countryCode || p.latitude === null) return p
  const g = gaz.g
  // The area's code: the first-level area of the mention's country at the mention's point.
  const area = (gaz.lookup(placeKey(p.name ?? p.text)) ?? []).map((q) => q >> 2)
    .find((e) => g.kind[e] === 'admin1' && g.cc[e] === p.countryCode && Math.abs(g.lat[e] - p.latitude!) < 1e-3 && Math.abs(g.lon[e] - p.longitude!) < 1e-3)
  const e = area === undefined ? undefined : provinceSeats(gaz).get(g.a1code[area])
  if (e === undefined) return p
  if (seatNamed(named, gaz, e)) return p
  return { ...p, latitude: g.lat[e], longitude: g.lon[e], why: `${p.why} Known only by its province: its point is ${g.name[e]}'s, the province's seat, at precision 3.` }
}

/**
 * Per country, the town ACLED codes a country-level event at: the seat of government, which is the
 * national capital (GeoNames PPLC, the most populous if several) unless data/frame/seats.yaml names another.
 */
function seats(gaz: Gazetteer): Map<string, number> {
  const hit = seatCache.get(gaz)
  if (hit) return hit
  const g = gaz.g, out = mostPopulous(gaz, 'PPLC', (e) => g.cc[e])
  const listed = (readYaml(dataPath('frame', 'seats.yaml')) ?? {}) as Record<string, string>
  for (const [cc, name] of Object.entries(listed)) {
    const towns = (gaz.lookup(placeKey(name)) ?? []).map((p) => p >> 2).filter((e) => g.kind[e] === 'place' && g.cc[e] === cc)
    if (!towns.length) throw new Error(`data/frame/seats.yaml: no town "${name}" in ${cc}`)
    out.set(cc, towns.reduce((a, b) => (g.pop[b] > g.pop[a] ? b : a)))
  }
  seatCache.set(gaz, out)
  return out
}

/**
 * A country-level event place pointed at its country's seat of government: ACLED codes an event it knows
 * only by country at the capital with geo_precision 3, as it codes a province's at the province's seat.
 * Any other place, or a country whose seat the gazetteer lacks, is returned as it is.
 */
export function atSeat(p: PlaceMention, named: readonly PlaceMention[] = [], gaz: Gazetteer = gazetteer()): PlaceMention {
  if (p.kind !== 'country' || !p.countryCode) return p
  const e = seats(gaz).get(p.countryCode)
  if (e === undefined) return p
  const g = gaz.g
  // An article that names the capital (or a town beside it) and still places its event only by country says the event
  // was elsewhere ("west of Tripoli"): the capital's point would put it where the text says it was not.
  if (seatNamed(named, gaz, e)) return p
  return {
    // The name stays the country's: the text names no town, and the notes must not say it did.
    ...p, latitude: g.lat[e], longitude: g.lon[e], precision: 3,
    why: `${p.why} Known only by its country: its point is ${g.name[e]}'s, the seat of government, at precision 3.`,
  }
}

/**
 * "the Somali capital", "Sudan's capital", "the capital of Mali": the country's seat of government as a town
 * (precision 1), spanned on those words. Null when the gazetteer knows no seat for the country.
 */
export function capitalOf(cc: string, span: Span, text: string, gaz: Gazetteer = gazetteer()): PlaceMention | null {
  const e = seats(gaz).get(cc)
  if (e === undefined) return null
  const g = gaz.g
  return {
    span, text, score: 0.9, rule: 'capital-of', geonameid: g.id[e] || null, name: g.name[e], kind: 'place', countryCode: cc, country: countryName(cc),
    admin1: g.a1[e] || null, admin2: g.a2[e] || null, latitude: g.lat[e], longitude: g.lon[e], featureCode: g.code[e], population: g.pop[e], precision: 1, cue: null,
    why: `"${text}" names ${countryName(cc)}'s capital, ${g.name[e]}.`,
  }
}
