/** @module mentions/places/resolve: pick each mention's gazetteer entry from document context (countries, admin areas, co-mentioned places, patterns). */
import type { Gazetteer } from './gazetteer.js'
import { Flag, NO_TOWN } from './gazetteer-types.js'
import { placeKey, plain, skeleton } from './normalize.js'
import { placeKnowledge } from './knowledge.js'
import { bigCity, village, type Found } from './recognize.js'
import { frontsOn, kmToLine } from './fronts.js'
import { F, features, PRIOR_COUNT, rankerWeights, score as dot, type Weights } from './ranker.js'

/** One scored candidate for a mention. */
export interface Scored {
  entity: number; flag: number; score: number; why: string[]
  /** The candidate's feature vector (ranker.ts FEATURES): `score` is its dot product with the ranker's weights. */
  x: Float64Array
  /** The rest of the text points to another country. */
  foreign?: boolean
  /** How much the rest of the text votes for this candidate's country (0: nothing). */
  support?: number
  /** The rest of the text points to some country, and nothing of it to this candidate's. */
  elsewhere?: boolean
}
/** A mention with its ranked candidates (best first). */
export interface Resolved { found: Found; ranked: Scored[]; context: boolean }

/** Words after a name that make it a second-level unit (ACLED precision 2), not a province: data/places/cues.yaml `district`. */
export const districtLevel = (): Set<string> => placeKnowledge().district

/** "the El Angel neighborhood": a quarter's name says nothing of the article's country or province (a town of that name elsewhere is no evidence). */
export const quarter = (f: Found): boolean => f.unit !== null && placeKnowledge().quarters.has(f.unit)

/** Words after a name that make it a settlement, not the district of the same name. */
const townUnits = new Set(['city', 'town', 'village', 'township', 'settlement', 'hamlet'])

const kindFeature: Record<string, number> = { country: F.kind_country, admin1: F.kind_admin1, region: F.kind_region, feature: F.kind_feature, admin2: F.kind_admin2 }
// A seat of government (PPLG: La Paz, The Hague) weighs as a capital.
const codeFeature: Record<string, number> = { PPLC: F.code_pplc, PPLG: F.code_pplc, PPLA: F.code_ppla, PPLA2: F.code_ppla2 }

/** The reason a town under a country's name gets where the text uses the name for a town: support enough to keep it (index.ts keep). */
export const NAMED_AS_TOWN = 'the text uses its name for a town'

/** Great-circle distance in km. */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180, dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)))
}

/** Naming cues that call the name a town ("the town of Lebanon"): a town's reading then needs no other support. */
const townCue = /\b(?:town|city|village|township) of$/

/**
 * "Mexico", "Egypt", "California": a town or district sharing the name of a country, or of a first-level area of
 * its own country, that it does not lie in is a namesake, read only when a pattern pins it ("Mexico, Mo.", "Lebanon city", "the town of Egypt").
 */
function namesakeTown(g: Gazetteer['g'], e: number, f: Found, areas: readonly number[], townUsed = false, primary = true): boolean {
  // "Mexico" is the country, not the State of Mexico or Mexico City that share its name: the province only with its admin word.
  if (g.kind[e] === 'admin1') return !f.container && !f.adminCue && !f.contains && areas.some((a) => a !== e && g.kind[a] === 'country' && g.cc[a] === g.cc[e])
  if (!areas.length || (g.kind[e] !== 'place' && g.kind[e] !== 'admin2') || g.pop[e] >= 1e5) return false
  if (f.container || f.adminCue || (f.unit && townUnits.has(f.unit)) || (f.cue && townCue.test(f.cue)) || townUsed) return false
  // A country's name counts wherever the town lies; a first-level area's in its own country ("California, Md.") and,
  // abroad, only a populous one ("England", "Moscow"): every Mexican San Juan does not pay for Argentina's province.
  // A province abroad named after its own big city ("Valencia", Spain's province) makes no namesake of a town: the town
  // is the city's namesake, and the city's population and the text's country choose between them. A national capital's
  // province still does ("Cairo", "Moscow"): the world knows the name as the capital's; so does a town found by an old name.
  const cityArea = (a: number): boolean => primary && f.posts.some((p) => (p & 3) === Flag.Primary && g.kind[p >> 2] === 'place' && g.pop[p >> 2] >= 1e5 && g.code[p >> 2] !== 'PPLC' && g.code[p >> 2] !== 'PPLG' && contains(g, a, p >> 2))
    && !f.posts.some((p) => (p & 3) === Flag.Primary && (g.code[p >> 2] === 'PPLC' || g.code[p >> 2] === 'PPLG') && contains(g, a, p >> 2))
  return areas.some((a) => g.kind[a] === 'country' || g.cc[a] === g.cc[e] || (g.pop[a] >= 1e6 && !cityArea(a))) && !areas.some((a) => contains(g, a, e))
}

function prior(g: Gazetteer['g'], e: number, flag: number, f: Found, strongPrimary: boolean, w: Weights, areas: readonly number[] = [], seatPrimary = false, townUsed = false): Scored {
  const kind = g.kind[e], x = features()
  let tie = 0
  if (kind === 'place') { x[F.population] = Math.log10(g.pop[e] + 10) / 3.2; if (codeFeature[g.code[e]] !== undefined) x[codeFeature[g.code[e]]] = 1 }
  else if (kindFeature[kind] !== undefined) x[kindFeature[kind]] = 1
  const why = [kind === 'place' ? `population ${g.pop[e]}` : kind]
  // An alternate name loses more to a well-known place under its own name ("Islamabad" is also Anantnag's alternate name).
  // So does a town of under 100,000 to a district or province seat under its own name ("Ariha", Idlib's, is Jericho's
  // Arabic name too): a translation of a small town's name says less than a seat's own name.
  if (flag === Flag.Alternate) { x[strongPrimary || (seatPrimary && g.pop[e] < 1e5) ? F.alternate_strong : F.alternate_weak] = 1; why.push('alternate name') }
  // "Balkh district" is the district (or its seat town), not the province of the same name; "Balkh province" the reverse.
  if (f.adminCue) {
    const districtCue = districtLevel().has(f.adminCue)
    // "Bolivar state": Venezuela's state, not Colombia's department of that name (cues.yaml adminWords).
    const users = placeKnowledge().adminWords.get(f.adminCue)
    const wordFits = !users || kind !== 'admin1' || users.has(g.cc[e])
    const cueFits = (districtCue ? kind === 'admin2' : kind === 'admin1') && wordFits
    if (!wordFits) why.push(`${g.cc[e]} has no "${f.adminCue}"`)
    if (cueFits) { x[F.cue_fits] = 1; why.push(f.adminCueBefore ? `"${f.adminCue} of" precedes` : `"${f.adminCue}" follows`) }
    else if (kind === 'admin1' || kind === 'admin2') x[F.cue_area] = 1
    else if (kind === 'place' && !(districtCue && g.code[e].startsWith('PPLA'))) x[F.cue_town] = 1
  }
  // A name standing in for an unknown village before it ("X, Luhansk") is the area, not its town.
  // "Abu Salim (Tripoli)" alone in brackets: a neighbourhood of the city, which ACLED codes at the city.
  if (f.standIn && f.bracket && !f.container && kind === 'place' && g.pop[e] >= 1e5) x[F.standin_city] = 1
  else if (f.standIn && (kind === 'admin1' || kind === 'admin2')) x[F.standin_area] = 1
  // "Reasi city", "Cooch Behar (Cooch Behar district, ...)": the town, not the district named after it.
  if (kind === 'place' && ((f.unit && townUnits.has(f.unit)) || (f.container && placeKey(f.container.text) === placeKey(f.text)))) { x[F.town_itself] = 1; why.push('the town itself') }
  const c = f.container
  if (c) {
    // "Eastleigh, Nairobi": a neighbourhood of a city lies in its area or within a city's reach of it.
    const fits = containerEntities(g, c).some((y) => contains(g, y, e)) || (kind === 'place' && cityPosts(g, c).some((y) => y !== e && g.cc[y] === g.cc[e] && km(g.lat[y], g.lon[y], g.lat[e], g.lon[e]) <= CITY_REACH_KM))
      || districtNamed(g, e, f, c)
    x[fits ? F.container_fits : F.container_misfit] = 1
    if (fits) why.push(`"${f.text}, ${c.text}"`)
    // "Alafiarou (Tchaourou, Borgou)": of several villages of the name that fit a district or town, the one nearest its point
    // (a tie-breaker only: a millionth of a point per km).
    if (fits && kind === 'place') {
      const near = Math.min(...containerEntities(g, c).filter((y) => g.kind[y] === 'admin2' || g.kind[y] === 'place').map((y) => km(g.lat[y], g.lon[y], g.lat[e], g.lon[e])))
      if (Number.isFinite(near)) tie = near * 1e-6
    }
  }
  // The container's side: an area holding one of the inner name's candidates ("Donetsk" after "Vesele,").
  const inner = f.contains
  if (inner) {
    if (inner.posts.some((p) => contains(g, e, p >> 2))) { x[kind === 'place' ? F.holds_town : F.holds_area] = 1; why.push(`holds ${inner.text}`) }
  }
  // "the village of Kisunga near Beni": Beni the city (DR Congo), not the Bolivian department of that name.
  if (f.cuePrecision === 2 && kind === 'admin1' && !f.adminCue) { x[F.near_area] = 1; why.push(`"${f.cue}" names a town's surroundings`) }
  if (namesakeTown(g, e, f, areas, townUsed, flag === Flag.Primary)) { x[F.namesake_town] = 1; why.push(`a namesake of ${g.name[areas[0]]}`) }
  // "the Jordan middle school", "a Lebanon woman": a country has no middle school or townsfolk; the text means a town.
  if (townUsed && kind === 'country') { x[F.town_use] = 1; why.push('the text uses the name for a town') }
  else if (townUsed && (kind === 'place' || kind === 'admin2') && areas.some((a) => g.kind[a] === 'country')) why.push(NAMED_AS_TOWN)
  return { entity: e, flag, score: dot(w, x, 0, 0, PRIOR_COUNT) - tie, why, x }
}

/**
 * "Goniri (Gujiba LGA, Borno)": the container names the town's own district, in another spelling, whatever province the
 * note gives after it (Goniri of Gujba lies in Yobe): the town fits its container.
 */
function districtNamed(g: Gazetteer['g'], e: number, f: Found, c: Found): boolean {
  // Not a province's word after it ("Merida, Merida state"), nor the town's own name again ("X, X").
  if (g.kind[e] !== 'place' || !g.a2[e] || (c.adminCue && !districtLevel().has(c.adminCue))) return false
  const own = skeleton(placeKey(plain(g.a2[e]).replace(adminTail, ''))), named = skeleton(placeKey(c.text))
  return own.length >= 3 && own === named && named !== skeleton(placeKey(f.text))
}

/** The entities a container name may stand for: its areas when it names any ("Khairpur" the district, not the town), else its towns. */
export function containerEntities(g: Gazetteer['g'], c: Found): number[] {
  const all = c.posts.map((p) => p >> 2)
  const areas = all.filter((e) => g.kind[e] === 'admin1' || g.kind[e] === 'admin2' || g.kind[e] === 'country')
  // "Merida, Merida state": the container's admin word says its level: the state, not a municipality of that name abroad.
  let out = areas.length ? areas : all
  if (c.adminCue && areas.length) {
    const level = districtLevel().has(c.adminCue) ? 'admin2' : 'admin1'
    const fit = areas.filter((e) => g.kind[e] === level)
    if (fit.length) out = fit
  }
  // "Shahpur sector (Poonch district, J&K)": a container inside a container of its own is one of its namesakes there
  // (India's Poonch, not Pakistan's Poonch District), unless none is.
  const outer = c.container
  if (!outer || outer === c) return out
  const held = out.filter((y) => outer.posts.some((p) => contains(g, p >> 2, y)))
  if (held.length) return held
  // "Rafah (Rafah, North Sinai)": no area of the name lies in the outer container (Gaza's Rafah governorate does not), but
  // a town of the name does: the town stands for its district there.
  const towns = all.filter((y) => g.kind[y] === 'place' && outer.posts.some((p) => contains(g, p >> 2, y)))
  return towns.length ? towns : out
}

/** Of namesakes near a line of contact, how many km farther from it than the nearest one a candidate may lie and still count as at the front. */
export const FRONT_BAND = 3
/** A town under its own name wins over one reached through another name when it has this many people and OWN_NAME_RATIO times as many. */
const OWN_NAME_POP = 10_000
const OWN_NAME_RATIO = 4

/** How much a candidate reached only through the key's spelling folds loses to one spelled as the text spells it. */
export const FOLD_PENALTY = 0.5
// The admin word a first-level area's name may carry ("Kayah State"): left out when comparing spellings.
const adminTail = / (?:state|region|province|governorate|department|district|county|oblast|prefecture)$/

// Same ending as the text: the fold did not join them ("Kayah" and "Kaya" differ in it; "Al Fallujah" and "Fallujah" do not).
const spelled = (g: Gazetteer['g'], e: number, text: string): boolean => plain(g.name[e]).replace(adminTail, '').trim().slice(-2) === plain(text).trim().slice(-2)

/**
 * "Kaya" (a town of Burkina Faso) is also the key of "Kayah" (Myanmar) through the -ah → -a fold: when some
 * candidate is spelled exactly as the text spells it, a candidate reached only through the folds starts lower,
 * so only the article's context (its country, its areas, places near it) can carry it.
 */
function foldedOnly(g: Gazetteer['g'], text: string, s: Scored, anySpelled: () => boolean): Scored {
  if (s.flag !== Flag.Primary || spelled(g, s.entity, text) || !anySpelled()) return s
  if (placeKey(g.name[s.entity].replace(adminTail, '')) !== placeKey(text) && placeKey(g.name[s.entity]) !== placeKey(text)) return s
  return { ...s, score: s.score - FOLD_PENALTY, why: [...s.why, `spelled "${g.name[s.entity]}", not "${text}"`] }
}

/** How far from a city's point a place named with the city after a comma may lie and still be in it ("Eastleigh, Nairobi"). */
export const CITY_REACH_KM = 30

/** The big cities (≥ 100,000 people, or a capital) a container name may stand for, under their own names. */
export function cityPosts(g: Gazetteer['g'], c: Found): number[] {
  return c.posts.filter((p) => (p & 3) === Flag.Primary && g.kind[p >> 2] === 'place' && (g.pop[p >> 2] >= 1e5 || g.code[p >> 2] === 'PPLC')).map((p) => p >> 2)
}

/** True when area `x` (country, admin1, admin2, or a town standing for its district) holds entity `e`. */
export function contains(g: Gazetteer['g'], x: number, e: number): boolean {
  if (g.cc[x] !== g.cc[e]) return false
  if (x === e) return g.kind[x] !== 'country'   // "Parakou (Parakou, Borgou)": the town within its own commune
  if (g.kind[x] === 'country') return true
  if (g.kind[e] === 'country' || g.kind[x] === 'region' || g.kind[x] === 'feature') return false
  if (g.kind[x] === 'admin1') return g.a1code[x] !== '' && g.a1code[x] === g.a1code[e]
  // A village of an old cut coded in the neighbouring province (Benin's 2015 codes) is still in a district whose seat lies
  // right beside it: "Hollibolo (Ketou, Plateau)", Hollibolo coded in Zou 20 km from Kétou.
  if (g.kind[x] === 'admin2' && g.a1code[x] !== g.a1code[e] && g.kind[e] === 'place' && !g.a2[e] && village(g, e) && g.code[x] !== NO_TOWN
    && km(g.lat[x], g.lon[x], g.lat[e], g.lon[e]) <= VILLAGE_ACROSS_KM) return true
  if (g.a1code[x] === '' || g.a1code[x] !== g.a1code[e] || g.kind[e] === 'admin1') return false
  // An admin2 area holds what lies in it ("Khairpur (Khairpur, Sindh)": the Khairpur of Khairpur district, not Ghotki's);
  // a town stands for its district, and towns often lack their admin2 code: then nearness to its point.
  if (g.kind[x] !== 'admin2') return true
  if (g.a2[e]) return g.a2[e] === g.a2[x]
  // A town with no admin2 code is in the district when near its point (a district's point is its seat), unless the district
  // has no known town (its point is the province's): "Sujawal (Sujawal, Sindh)" is the seat, not a Sujawal 300 km north.
  return g.code[x] === NO_TOWN || km(g.lat[x], g.lon[x], g.lat[e], g.lon[e]) <= DISTRICT_REACH_KM
}

/** How far from a district's point (its seat) a town with no admin2 code may lie and still count as in the district. */
export const DISTRICT_REACH_KM = 200
/** How near a district's seat a village coded in another province must lie to count as in the district. */
export const VILLAGE_ACROSS_KM = 30

/** A town a nationality alone cannot make a namesake abroad: a capital, a first- or second-level seat, or a big town. */
const notable = (g: Gazetteer['g'], e: number): boolean => g.kind[e] === 'place' && (g.code[e] === 'PPLC' || g.code[e] === 'PPLA' || g.code[e] === 'PPLA2' || g.pop[e] >= 50_000)

/** A city the world knows by its name: a capital or a town of 100,000 people or more. */
const famousCity = (g: Gazetteer['g'], e: number): boolean => g.kind[e] === 'place' && (g.code[e] === 'PPLC' || g.pop[e] >= 1e5)

/**
 * Each mention's vote for the countries its candidates lie in: a country name or demonym votes
 * fully for its country; an admin area or town name votes less, and the more countries share the
 * name the less it says about any of them ("Kalale" is only in Benin; "Union" is everywhere).
 */
function countryVotes(g: Gazetteer['g'], f: Found, demonyms = true, countries = true, villages = true): Map<string, number> {
  const best = new Map<string, number>(), named = new Set<string>()
  for (const p of f.posts) {
    const e = p >> 2, flag = p & 3, kind = g.kind[e]
    // "migrants (mostly from Afghanistan)": a country named as where people come from says who they are, as a nationality does.
    if (!g.cc[e] || flag === Flag.Abbreviation || (!demonyms && (flag === Flag.Demonym || (kind === 'country' && f.cue === 'from'))) || (!countries && kind === 'country') || (!villages && village(g, e))) continue
    if (kind === 'country') named.add(g.cc[e])
    // A district no known town lies in (NO_TOWN) is thin evidence, like an alternate name.
    const w = kind === 'country' ? (flag === Flag.Demonym ? 1.5 : 3) : kind === 'admin1' ? 1.5 : kind === 'admin2' ? (g.code[e] === NO_TOWN ? 0.3 : 1.2) : kind === 'place' ? (village(g, e) ? VILLAGE_VOTE : flag === Flag.Alternate ? 0.3 : 0.8) : 1
    if (w > (best.get(g.cc[e]) ?? 0)) best.set(g.cc[e], w)
    // "Israeli forces raided Jenin": the nationality of an occupying state supports the occupied territory's towns as well.
    if (flag === Flag.Demonym && kind === 'country') for (const t of placeKnowledge().occupied.get(g.cc[e]) ?? []) { named.add(t); if (w > (best.get(t) ?? 0)) best.set(t, w) }
  }
  // A name that is also a region of several countries ("Sahel", Burkina Faso's Sahel region too) says that much less of one.
  const n = best.size + (f.posts.some((p) => !g.cc[p >> 2] && (g.kind[p >> 2] === 'region' || g.kind[p >> 2] === 'feature')) ? 1 : 0)
  for (const [cc, w] of best) best.set(cc, named.has(cc) ? w : w / n)
  return f.weak || f.backer || quarter(f) ? new Map() : best
}

/**
 * A village of the village layer (data/gazetteer/villages, imports): a GeoNames populated place under 500 people
 * that is no seat (cities500 has none such). Thousands of villages in many countries share a name with a
 * neighbourhood, a farm or a word ("Agricultura", "Kibera"): such a name alone says little about the country.
 */
export { village }
/** The weight a village's mention gives its country (a town's is 0.8): see `village`. */
const VILLAGE_VOTE = 0.2
/** The weight of the outlet's home country in a text that names no country (rule outlet-prior): a nationality's. */
const OUTLET_VOTE = 1.5
/**
 * The country votes the rest of the text must give a village before it can win (an area or a town of its country, or the
 * country), and at least this share of the votes of the country the text points to most.
 */
const VILLAGE_SUPPORT = 0.5
const VILLAGE_SHARE = 0.5

/**
 * The first-level areas a one-country mission's reports are about (missions.yaml `areas`): "the OSCE SMM observed
 * shelling near Troitske" is about the contact line in Donetsk and Luhansk, not a Troitske elsewhere in Ukraine.
 * Per mention, the `CC.A1` codes of those areas, empty for any other mention.
 */
function missionAreaCodes(gaz: Gazetteer, all: Resolved[]): string[][] {
  const g = gaz.g, k = placeKnowledge().missionAreas
  if (!k.size) return all.map(() => [])
  return all.map((r) => {
    const areas = k.get(placeKey(r.found.text))
    if (!areas) return []
    const ccs = new Set(r.found.posts.map((p) => g.cc[p >> 2]))
    return areas.flatMap((a) => (gaz.lookup(a) ?? []).filter((p) => (p & 3) === Flag.Primary && g.kind[p >> 2] === 'admin1' && ccs.has(g.cc[p >> 2])).map((p) => g.a1code[p >> 2]))
  })
}

/** Weights of countries and admin1 areas the document names or implies, from the current best candidates (and the areas of a mission it names). */
function contextOf(g: Gazetteer['g'], all: Resolved[], missionAreas: readonly string[][] = []): { cc: Map<string, number>; a1: Map<string, number>; total: number; own: number[] } {
  const cc = new Map<string, number>(), a1 = new Map<string, number>()
  let total = 0
  // Each of a mission's areas weighs as a named province would: either may hold the event.
  missionAreas.forEach((codes) => { for (const c of codes) a1.set(c, (a1.get(c) ?? 0) + 1) })
  // An area the lead names weighs as a headline's does, when the text goes on past the lead: "fighting in the Donetsk
  // region" in the first sentence says where a village the story names later lies, more than a province of a later paragraph.
  const pastLead = all.some((r) => !r.context && !r.found.lead)
  const own = all.map((r) => {
    const best = r.ranked[0]
    if (!best || r.found.weak || quarter(r.found)) return 0
    const e = best.entity
    const leadArea = pastLead && r.found.lead === true && (g.kind[e] === 'admin1' || g.kind[e] === 'admin2')
    const w = (r.context || leadArea ? 1.5 : 1) * (g.kind[e] === 'place' ? 0.6 : g.code[e] === NO_TOWN ? 0.3 : 1)
    cc.set(g.cc[e], (cc.get(g.cc[e]) ?? 0) + w); total += w
    if (g.a1code[e]) a1.set(g.a1code[e], (a1.get(g.a1code[e]) ?? 0) + w)
    return w
  })
  return { cc, a1, total, own }
}

/**
 * Rank every mention's candidates: prior (kind, population, feature code, alternate name, cues,
 * "X, Y" pattern), then twice more with the document's countries and admin areas and the
 * distance to the other mentions' current winners, so co-mentioned places pull each other in.
 */
/** How many context rounds the last resolveAll ran (1 to 3: it stops when a round changes no winner). */
export const contextRounds = (): number => rounds
let rounds = 0

export function resolveAll(gaz: Gazetteer, found: Found[], headline: Found[], w: Weights = rankerWeights(), date: string | null = null, outlet: readonly string[] = []): Resolved[] {
  const g = gaz.g
  const lines = frontsOn(date)
  const all: Resolved[] = [...found.map((f) => ({ found: f, ranked: [] as Scored[], context: false })), ...headline.map((f) => ({ found: f, ranked: [] as Scored[], context: true }))]
  // A name the text once uses for a town ("the Jordan middle school") is that town in its other mentions too (one sense per text).
  const townKeys = new Set(all.filter((r) => r.found.townUse).map((r) => placeKey(r.found.text)))
  const townUsed = all.map((r) => townKeys.size > 0 && townKeys.has(placeKey(r.found.text)))
  const base = all.map((r, i) => {
    const posts = r.found.posts
    // A country's own name is never a town's alternate name ("Turkey", "Mexico").
    const country = posts.some((p) => (p & 3) === Flag.Primary && g.kind[p >> 2] === 'country')
    const strong = posts.some((p) => (p & 3) === Flag.Primary && (g.kind[p >> 2] === 'admin1' || g.pop[p >> 2] >= 1e5 || g.code[p >> 2] === 'PPLC'))
    const seat = posts.some((p) => (p & 3) === Flag.Primary && g.kind[p >> 2] === 'place' && (g.code[p >> 2] === 'PPLA' || g.code[p >> 2] === 'PPLA2'))
    // An item of a list of cities ("in Washington, New York and Boston") is a major city under its own name,
    // not a state or a small namesake the other items' state pulls in (recognize.ts markCityLists).
    const listed = r.found.listed && !r.found.container
    // The countries and first-level areas under this very name (not a demonym, abbreviation or alternate name).
    const areas = posts.filter((p) => (p & 3) === Flag.Primary && (g.kind[p >> 2] === 'country' || g.kind[p >> 2] === 'admin1')).map((p) => p >> 2)
    // Whether some candidate is spelled as the text spells it: asked by each candidate, answered once per mention.
    let spelledPrimary: boolean | undefined
    // Whether every posting is an abbreviation: asked by each abbreviation, answered once per mention.
    let allAbbreviations: boolean | undefined
    return posts.filter((p) => ((p & 3) !== Flag.Abbreviation || (allAbbreviations ??= posts.every((q) => (q & 3) === Flag.Abbreviation))) && !(country && (p & 3) === Flag.Alternate))
      .filter((p) => !listed || bigCity(gaz, p))
      .filter((p) => !r.found.countryListed || ((p & 3) === Flag.Primary && g.kind[p >> 2] === 'country'))
      .map((p) => { const s = prior(g, p >> 2, p & 3, r.found, strong, w, areas, seat, townUsed[i]); if (listed) s.why.push('one of a list of cities'); return s })
      .map((s, _, list) => foldedOnly(g, r.found.text, s, () => (spelledPrimary ??= list.some((o) => o.flag === Flag.Primary && spelled(g, o.entity, r.found.text)))))
  })
  all.forEach((r, i) => { r.ranked = [...base[i]].sort((a, b) => b.score - a.score) })
  // A name used for a town votes as a town, not as the country of its name.
  const votes = all.map((r, i) => countryVotes(g, r.found, true, !townUsed[i]))
  // The countries the rest of the text points to, per mention (its own name and its repeats left out).
  const keys = all.map((r) => placeKey(r.found.text))
  const total = new Map<string, number>(), byKey = new Map<string, Map<string, number>>()
  all.forEach((_, j) => {
    const mine = byKey.get(keys[j]) ?? byKey.set(keys[j], new Map()).get(keys[j])!
    for (const [cc, w] of votes[j]) { total.set(cc, (total.get(cc) ?? 0) + w); mine.set(cc, (mine.get(cc) ?? 0) + w) }
  })
  // "Mal (Mal)" in a note from a Mauritanian paper: when the text names no country, nationality or province of one country
  // (no vote of OUTLET_VOTE or more), the outlet's home country (frame/country.ts outletCountry) backs its own towns as a
  // nationality would, against small namesakes abroad (rule outlet-prior). Not a notable town abroad (strong votes leave it out).
  // Its overseas territories weigh as it does: a French outlet writes of Guadeloupe as home.
  if (outlet.length && !votes.some((v) => [...v.values()].some((x) => x >= OUTLET_VOTE))) for (const cc of outlet) total.set(cc, (total.get(cc) ?? 0) + OUTLET_VOTE)
  const others = keys.map((key) => {
    const sum = new Map<string, number>(), own = byKey.get(key)!
    for (const [cc, w] of total) { const v = w - (own.get(cc) ?? 0); if (v > 1e-9) sum.set(cc, v) }
    return sum
  })
  // The same without nationalities: "Russian missiles hit Zaporizhzhia" names who fired, not where; a demonym
  // supports its own country's towns and still drops a small namesake abroad ("Komsomolets"), but never makes
  // a notable town of the other side of a war (a seat or a big town) a namesake abroad.
  const strongVotes = all.map((r, i) => countryVotes(g, r.found, false, !townUsed[i]))
  const strongTotal = new Map<string, number>(), strongByKey = new Map<string, Map<string, number>>()
  all.forEach((_, j) => {
    const mine = strongByKey.get(keys[j]) ?? strongByKey.set(keys[j], new Map()).get(keys[j])!
    for (const [cc, w] of strongVotes[j]) { strongTotal.set(cc, (strongTotal.get(cc) ?? 0) + w); mine.set(cc, (mine.get(cc) ?? 0) + w) }
  })
  const strongTop = keys.map((key) => {
    let top = 0
    const own = strongByKey.get(key)!
    for (const [cc, w] of strongTotal) top = Math.max(top, w - (own.get(cc) ?? 0))
    return top
  })
  // The same from areas and towns alone: "Geneva" beside "the United States" has no American area or town to
  // back a small American Geneva, while "Geneva" beside "Kane County" has.
  const localVotes = all.map((r) => countryVotes(g, r.found, false, false))
  const localTotal = new Map<string, number>(), localByKey = new Map<string, Map<string, number>>()
  all.forEach((_, j) => {
    const mine = localByKey.get(keys[j]) ?? localByKey.set(keys[j], new Map()).get(keys[j])!
    for (const [cc, w] of localVotes[j]) { localTotal.set(cc, (localTotal.get(cc) ?? 0) + w); mine.set(cc, (mine.get(cc) ?? 0) + w) }
  })
  const local = (i: number, cc: string): number => (localTotal.get(cc) ?? 0) - (localByKey.get(keys[i])!.get(cc) ?? 0)
  // The same without villages' votes: a village's name says little of its country ("Kibera" is also a village of the DRC).
  const firmVotes = all.map((r, i) => countryVotes(g, r.found, true, !townUsed[i], false))
  const firmTotal = new Map<string, number>(), firmByKey = new Map<string, Map<string, number>>()
  all.forEach((_, j) => {
    const mine = firmByKey.get(keys[j]) ?? firmByKey.set(keys[j], new Map()).get(keys[j])!
    for (const [cc, w] of firmVotes[j]) { firmTotal.set(cc, (firmTotal.get(cc) ?? 0) + w); mine.set(cc, (mine.get(cc) ?? 0) + w) }
  })
  const firm = (i: number, cc: string): number => (firmTotal.get(cc) ?? 0) - (firmByKey.get(keys[i])!.get(cc) ?? 0)
  // Per mention, the countries where its name is a famous city's own name (≥ 100,000 people, or a capital), or an
  // alternate name it shares with its own area ("Geneva" the canton and Genève). "Twickenham", an old name of Huntsville, is not.
  const famous = all.map((r) => {
    const posts = r.found.posts
    // The first-level codes of the areas under this very name, gathered once per mention when first asked (a name
    // with many namesakes asked it of each famous one in turn: quadratic in its postings).
    let areaCodes: Set<string> | undefined
    const areaOwn = (e: number): boolean => (areaCodes ??= new Set(posts.filter((q) => (q & 3) === Flag.Primary
      && (g.kind[q >> 2] === 'admin1' || g.kind[q >> 2] === 'admin2')).map((q) => g.a1code[q >> 2]))).has(g.a1code[e])
    return new Set(posts.filter((p) => famousCity(g, p >> 2) && ((p & 3) === Flag.Primary || ((p & 3) === Flag.Alternate && areaOwn(p >> 2)))).map((p) => g.cc[p >> 2]))
  })
  const lower = all.map((r) => r.found.text.toLowerCase())
  // The second-level areas the mentions may name under their own names, any namesake ("Boone County" lies in several states),
  // and the towns they may name: a town inside one of those areas is favoured, and so is the area holding one of those towns,
  // whichever namesake the other mention ends up with.
  const districts = new Map<string, number[]>(), towns = new Map<string, number[]>(), ownTowns = all.map(() => new Set<string>())
  // Per mention, the countries where its name names an area ("Bulacan" the province); an area abroad ("Alexandria" the
  // governorate) does not keep a US Alexandria from the parish that holds it.
  const namesArea = all.map((r) => new Set(r.found.posts.filter((p) => (p & 3) === Flag.Primary && (g.kind[p >> 2] === 'admin1' || g.kind[p >> 2] === 'admin2')).map((p) => g.cc[p >> 2])))
  // Asked per candidate in every round: each entity's key is made once.
  const districtKeys = new Map<number, string | null>()
  const districtKey = (e: number): string | null => {
    let k = districtKeys.get(e)
    if (k === undefined) districtKeys.set(e, (k = g.a2[e] && g.a1code[e] && (g.kind[e] === 'admin2' || g.kind[e] === 'place') ? `${g.cc[e]}|${g.a1code[e]}|${g.a2[e]}` : null))
    return k
  }
  all.forEach((r, j) => {
    if (r.found.weak || quarter(r.found)) return
    for (const p of r.found.posts) {
      const e = p >> 2, k = districtKey(e)
      if ((p & 3) !== Flag.Primary || !k) continue
      if (g.kind[e] === 'place') ownTowns[j].add(k)
      const m = g.kind[e] === 'admin2' ? districts : towns
      const list = m.get(k) ?? m.set(k, []).get(k)!
      if (!list.includes(j)) list.push(j)
    }
  })
  const inDistrict = (i: number, e: number): string | null => {
    const k = districtKey(e)
    // A district under a town's own name ("Rawalpindi") is not favoured over its town by the other towns it holds.
    // Nor is a small town under an area's name ("Bulacan") pulled away from the area by a district holding it.
    if (!k || (g.kind[e] === 'admin2' && ownTowns[i].has(k)) || (g.kind[e] === 'place' && namesArea[i].has(g.cc[e]))) return null
    const j = (g.kind[e] === 'admin2' ? towns : districts).get(k)?.find((j) => j !== i && keys[j] !== keys[i])
    return j === undefined ? null : all[j].found.text
  }
  const missions = missionAreaCodes(gaz, all)
  // Per mention, its candidates near a line of contact that held on the article's date, when a namesake of the same
  // country lies away from it: "shelling near Vodyane" is the Vodyane on the line, not one of the country's twenty others.
  const atFront = base.map((list) => {
    if (!lines.length) return new Set<number>()
    const dist = new Map<number, number>()
    for (const s of list) {
      if (g.kind[s.entity] !== 'place') continue
      for (const l of lines) if (l.cc === g.cc[s.entity]) { const d = kmToLine(g.lat[s.entity], g.lon[s.entity], l.line); if (d <= l.reach) dist.set(s.entity, Math.min(d, dist.get(s.entity) ?? Infinity)) }
    }
    // Of several namesakes within reach, the ones nearest the line (within FRONT_BAND km of the nearest): reports of fire
    // name the villages on it ("Vasylivka" 5 km from the line, not the one 10 km behind it).
    const nearest = Math.min(...dist.values())
    const near = new Set([...dist].filter(([, d]) => d <= nearest + FRONT_BAND).map(([e]) => e))
    return list.some((s) => g.kind[s.entity] === 'place' && !near.has(s.entity) && near.size && g.cc[s.entity] === g.cc[[...near][0]]) ? near : new Set<number>()
  })
  const cluster = clusterOf(g, all, base, keys)
  const clusterBest = cluster.map((m) => Math.max(0, ...[...m.values()].map(clusterValue)))
  // A round reads nothing of the one before but each mention's current winner (ctx, winners, pulls): once a round
  // leaves every winner as it found it, the next would only repeat it, and the rounds end.
  for (let round = 0, winners = all.map((r) => r.ranked[0]?.entity ?? -1); round < 3; round++) {
    const ctx = contextOf(g, all, missions)
    // The first-level areas the text names (as areas, or through a district): a village of their country lies in one of them.
    const namedA1 = new Set<string>(), namedA1Cc = new Set<string>()
    for (const w of winners) if (w >= 0 && (g.kind[w] === 'admin1' || g.kind[w] === 'admin2') && g.a1code[w]) { namedA1.add(g.a1code[w]); namedA1Cc.add(g.cc[w]) }
    // The first-level areas of the towns the text names (no villages): where a village among namesakes may lie.
    const townA1 = new Set<string>()
    for (const w of winners) if (w >= 0 && g.kind[w] === 'place' && !village(g, w) && g.a1code[w]) townA1.add(g.a1code[w])
    // A mission's areas count as named ("the OSCE SMM" reports from Donetsk and Luhansk).
    for (const codes of missions) for (const c of codes) { namedA1.add(c); namedA1Cc.add(c.slice(0, 2)) }
    // Per name: the weight its mentions add to the context, by country and by admin1 of their current winners.
    const byGroup = new Map<string, { own: number; cc: Map<string, number>; a1: Map<string, number> }>()
    all.forEach((_, j) => {
      const grp = byGroup.get(keys[j]) ?? byGroup.set(keys[j], { own: 0, cc: new Map(), a1: new Map() }).get(keys[j])!
      const wj = winners[j], oj = ctx.own[j]
      if (wj < 0 || !oj) return
      grp.own += oj
      grp.cc.set(g.cc[wj], (grp.cc.get(g.cc[wj]) ?? 0) + oj)
      if (g.a1code[wj]) grp.a1.set(g.a1code[wj], (grp.a1.get(g.a1code[wj]) ?? 0) + oj)
    })
    // The other mentions' winners that can pull a candidate (not countries or regions), with their points.
    const pulls: { o: number; key: string; lat: number; lon: number }[] = []
    winners.forEach((w, o) => { if (w >= 0 && g.kind[w] !== 'country' && g.kind[w] !== 'region' && !quarter(all[o].found)) pulls.push({ o, key: lower[o], lat: g.lat[w], lon: g.lon[w] }) })
    all.forEach((r, i) => {
      const key = lower[i]
      // The votes of the country the rest of the text points to most (one figure per mention, for every candidate).
      const top = Math.max(0, ...others[i].values())
      // Per mention, not per candidate: the group of its name, and the country the rest of the text points to most.
      const mineAll = byGroup.get(keys[i])!
      const topCc = top > 0 ? [...others[i]].find(([, n]) => n === top)![0] : ''
      const scored = base[i].map((s) => {
        const e = s.entity
        const x = s.x.slice()
        const why = [...s.why]
        // The mention's own vote and its repeats' are taken out, so a first guess cannot confirm itself
        // ("Alexandria ... Alexandria" is no evidence for either Alexandria's state).
        const own = mineAll.own, ownC = mineAll.cc.get(g.cc[e]) ?? 0, ownA = g.a1code[e] ? mineAll.a1.get(g.a1code[e]) ?? 0 : 0
        const total = ctx.total - own
        const shareC = total > 0 ? ((ctx.cc.get(g.cc[e]) ?? 0) - ownC) / total : 0
        if (shareC > 0) { x[F.country_share] = shareC; if (shareC > 0.2) why.push(`article about ${g.cc[e]}`) }
        // Country evidence from the rest of the text dominates: a namesake abroad needs support of its own.
        const v = others[i], mine = v.get(g.cc[e]) ?? 0
        let foreign = false
        // A country named and nothing of it nearer (no area, no town): a party or a delegation, no pull on a famous city abroad.
        const countryOnly = famous[i].has(g.cc[e]) && topCc !== g.cc[e] && local(i, topCc) === 0
        if (g.cc[e] && top > 0) {
          x[F.country_support] = Math.min(1, mine / 3)
          if (g.kind[e] !== 'country' && top >= 1.5 && (strongTop[i] >= 1.5 || !notable(g, e)) && mine < 0.25 * top && !countryOnly) { x[F.foreign] = 1; foreign = true; why.push(`the text points to ${topCc}`) }
          else if (mine >= 1.5) why.push(`the text names its country (${g.cc[e]})`)
        }
        // Its mirror: a small town backed only by its country's name loses to the famous city of that name abroad.
        if (mine > 0 && g.kind[e] === 'place' && !famousCity(g, e) && local(i, g.cc[e]) === 0 && [...famous[i]].some((cc) => cc !== g.cc[e])) {
          x[F.country_name_only] = 1; why.push(`only its country's name backs it against a famous namesake abroad`)
        }
        const shareA = total > 0 && g.a1code[e] ? ((ctx.a1.get(g.a1code[e]) ?? 0) - ownA) / total : 0
        if (shareA) { x[F.admin_share] = shareA; if (shareA > 0.15) why.push(`in ${g.a1[e]}, named in the article`) }
        let near = 0
        const lat = g.lat[e], lon = g.lon[e]
        for (const p of pulls) {
          if (p.o === i || p.key === key) continue
          const d = km(lat, lon, p.lat, p.lon)
          near = Math.max(near, d < 50 ? 1 : d < 150 ? 0.7 : d < 400 ? 0.3 : 0)
          if (near === 1) break    // nothing scores higher
        }
        if (near && g.kind[e] !== 'country') { x[F.near] = near; if (near >= 0.7) why.push('near other places named') }
        const district = inDistrict(i, e)
        if (district) { x[F.named_district] = 1; why.push(g.kind[e] === 'admin2' ? `holds ${district}, named in the article` : `in ${district}, named in the article`) }
        if (atFront[i].has(e)) { x[F.front] = 1; why.push('near the line of contact') }
        // Only a shortfall counts: a town or district loses what a namesake of its own mention gains over it, so a text with no
        // cluster, or an area or a country, scores as before (one sense per name sums scores over mentions with other candidates).
        if ((g.kind[e] === 'place' || g.kind[e] === 'admin2') && clusterBest[i] > 0) {
          const v = clusterValue(cluster[i].get(e) ?? 0)
          x[F.cluster] = v - clusterBest[i]
          if (v > 0) why.push(`${cluster[i].get(e)} other names have a place near it`)
        }
        return { entity: e, flag: s.flag, score: dot(w, x, s.score, PRIOR_COUNT), why, foreign, support: mine, elsewhere: top > 0 && mine === 0 && g.cc[e] !== '', x }
      })
      r.ranked = scored
        // A village never wins against the area written beside it ("Kibera (Kibra, Nairobi)" is not a Congolese village of
        // that name), and a name that is also a town, or a village in another country, needs the rest of the text on the
        // village's side: its country named, or an area or town of it ("Puno" is the Peruvian city unless Mozambique is named).
        // A name only villages of one country bear is theirs when the rest of the text points to no other country; a
        // text about another country keeps its villages out ("Ain Zara" of Tripoli is no village of Yemen).
        .filter((s) => {
          if (!village(g, s.entity)) return true
          if (s.x[F.container_misfit] > 0) return false
          // "Akobo county" names a county, not a village (of Nigeria) under its name, unless a district of the village's
          // country bears the name and the village stands for it ("Macomia district").
          if (s.x[F.cue_town] > 0 && !base[i].some((o) => g.kind[o.entity] === 'admin2' && g.cc[o.entity] === g.cc[s.entity])) return false
          // "Nawa village in X district of Y province": a Nawa of another province is a namesake; the district stands for it.
          // Unless it fits the district named beside it (a village an old cut codes across the province line, `contains`).
          if (namedA1Cc.has(g.cc[s.entity]) && !namedA1.has(g.a1code[s.entity]) && !(s.x[F.container_fits] > 0)) return false
          // Several villages of one country under the name and no area of it named to choose: a guess, hundreds of km off.
          // A line of contact names the area: the namesakes on the line are the candidates.
          // Unless the towns the text names lie in the province of just one of them ("the town of Masisi", beside Goma and
          // Sake of North Kivu: the Masisi of North Kivu, not Maniema's).
          const namesakes = base[i].filter((o) => o.entity !== s.entity && village(g, o.entity) && g.cc[o.entity] === g.cc[s.entity])
          if (!namedA1Cc.has(g.cc[s.entity]) && !atFront[i].has(s.entity) && namesakes.length
            && !(townA1.has(g.a1code[s.entity]) && !namesakes.some((o) => townA1.has(g.a1code[o.entity])))) return false
          // Not when the text points to another country: "Makhanpur village, Bhagwanpur (Uttarakhand)" is no Pakistani village
          // because Pakistan too has a Bhagwanpur.
          if ((s.x[F.container_fits] > 0 || s.x[F.named_district] > 0) && !s.foreign) return true
          // Another lone village's vote (0.2) is no country the text points to: "from Barei" says nothing against Dangoussar;
          // but villages of one country naming each other back each other ("Barei" of Benin and of Pakistan beside Benin's Dangoussar).
          return s.support >= Math.max(VILLAGE_SUPPORT, VILLAGE_SHARE * top) || ((s.support >= top || top <= VILLAGE_VOTE) && base[i].every((o) => village(g, o.entity) && g.cc[o.entity] === g.cc[s.entity]))
            || (top > 0 && s.support >= top && base[i].every((o) => village(g, o.entity)))
        })
        .sort((a, b) => b.score - a.score)
      // "Myanmar soldiers killed five in Kani township": the villages of the country the text points to were left out as a
      // guess among namesakes; a namesake of a country the text never points to is no better guess (Kani, Japan). None wins.
      const best = r.ranked[0]
      // The country must be pointed to by more than villages' names: "Kibera (Kibra, Nairobi)" with a Congolese village
      // Kibera does not take Nairobi away.
      if (best && top > 0 && best.support === 0 && scored.some((s) => village(g, s.entity) && s.support >= top && firm(i, g.cc[s.entity]) > 1e-9 && !r.ranked.includes(s))) r.ranked = []
      // "Youngstown" beside Morrow County is Youngstown, not Mount Gilead (once called Youngstown): a town reached only
      // through another name yields to a town of its country that bears the name as its own and is several times bigger,
      // unless a pattern ("X, Y"), a province named or a line of contact pins the small one (rule own-name-over-old-name).
      else if (best && best.flag === Flag.Alternate && g.kind[best.entity] === 'place' && !(best.x[F.container_fits] > 0)) {
        const own = r.ranked.find((s) => s.flag === Flag.Primary && g.kind[s.entity] === 'place' && g.cc[s.entity] === g.cc[best.entity]
          && g.pop[s.entity] >= Math.max(OWN_NAME_POP, OWN_NAME_RATIO * g.pop[best.entity]) && !(s.x[F.container_misfit] > 0)
          // Not away from the province the text names for the small one, nor from the line of contact it lies on: "Mikhaylovka"
          // beside Luhansk is the Luhansk village under its Russian spelling, not a bigger Mykhaylivka elsewhere.
          && (g.a1code[s.entity] === g.a1code[best.entity] || !(best.x[F.admin_share] > 0)) && !(best.x[F.front] > 0 && !(s.x[F.front] > 0)))
        // It takes the other's score too, so that re-sorting by score (one sense per name) keeps it first.
        if (own) { own.why.push(`its own name, over ${g.name[best.entity]} under another name`); own.score = Math.max(own.score, best.score); r.ranked = [own, ...r.ranked.filter((s) => s !== own)] }
      }
    })
    rounds = round + 1
    const after = all.map((r) => r.ranked[0]?.entity ?? -1)
    if (after.every((e, i) => e === winners[i])) break
    winners = after
  }
  return all.slice(0, found.length)
}

/** Two other names near a candidate count half, three or more fully: one namesake nearby is often chance in a land of common names. */
const clusterValue = (names: number): number => (names >= 2 ? Math.min(1, (names - 1) / 2) : 0)

/** How near another name's candidate a town or district must lie for the two to hold each other up (rule cluster). */
export const CLUSTER_KM = 50
const CELL = 1

/**
 * Per mention, its town and district candidates that other names of the text (not its own repeats, not weak mentions
 * or quarters) have a candidate near, with how many such names: "Logan", "Lancaster" and "Athens" each have a namesake
 * in many states, but only in Ohio do all three lie together (rule cluster). Any candidate counts, winner or
 * not, so a first guess by population cannot hold the others away.
 */
function clusterOf(g: Gazetteer['g'], all: readonly Resolved[], base: readonly Scored[][], keys: readonly string[]): Map<number, number>[] {
  const out = all.map(() => new Map<number, number>())
  const local = (e: number): boolean => g.kind[e] === 'place' || g.kind[e] === 'admin2'
  const grid = new Map<string, { key: string; e: number }[]>()
  const cell = (lat: number, lon: number): string => `${Math.floor(lat / CELL)}|${Math.floor(lon / CELL)}`
  const seen = new Set<string>(), named = new Set<string>()
  all.forEach((r, i) => {
    if (r.found.weak || quarter(r.found)) return
    for (const s of base[i]) {
      if (!local(s.entity) || seen.has(`${keys[i]}|${s.entity}`)) continue
      seen.add(`${keys[i]}|${s.entity}`)
      named.add(keys[i])
      const c = cell(g.lat[s.entity], g.lon[s.entity])
      ;(grid.get(c) ?? grid.set(c, []).get(c)!).push({ key: keys[i], e: s.entity })
    }
  })
  if (named.size < 2) return out
  all.forEach((r, i) => {
    for (const s of base[i]) {
      const e = s.entity
      if (!local(e) || out[i].has(e)) continue
      const names = new Set<string>()
      const la = Math.floor(g.lat[e] / CELL), lo = Math.floor(g.lon[e] / CELL)
      for (let a = la - 1; a <= la + 1; a++) for (let b = lo - 1; b <= lo + 1; b++) {
        for (const o of grid.get(`${a}|${b}`) ?? []) {
          if (o.key === keys[i] || names.has(o.key)) continue
          if (km(g.lat[e], g.lon[e], g.lat[o.e], g.lon[o.e]) <= CLUSTER_KM) names.add(o.key)
        }
      }
      if (names.size) out[i].set(e, names.size)
    }
  })
  return out
}
