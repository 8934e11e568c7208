/** @module mentions/places: the places stage (gazetteer lookup, context scoring) and the event locator. */
import type { Doc, PlaceMention, Span } from '../../doc.js'
import { capitalOf, outletCountry, outletHome } from '../../frame/country.js'
import { capitalIsMoney, frameKnowledge } from '../../frame/knowledge.js'
import { inRegion, say } from '../../doc.js'
import type { Stage } from '../../stage.js'
import { countryName, withheldFrom } from '../countries.js'
import { gazetteer, type Gazetteer } from './gazetteer.js'
import { Flag, NO_TOWN } from './gazetteer-types.js'
import { placeKnowledge } from './knowledge.js'
import { placeKey } from './normalize.js'
import { F } from './ranker.js'
import { recognize, type Found, type TokenView } from './recognize.js'
import { CITY_REACH_KM, NAMED_AS_TOWN, cityPosts, containerEntities, contains, districtLevel, km, quarter, resolveAll, type Resolved, type Scored } from './resolve.js'

export { locateEvent } from './locate.js'

/** Split a headline into the token columns the scan reads (one sentence, no POS beyond proper/other). */
export function titleTokens(title: string): TokenView {
  const value: string[] = [], start: number[] = [], end: number[] = []
  for (const m of title.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’]*|[,\-]/gu)) {
    const word = m[0].replace(/\.$/, (d) => (/^(?:\p{Lu}\.)+$/u.test(m[0]) || m[0].length <= 4 ? d : ''))
    // "Bangladesh's Gopalganj": the possessive is a token of its own, as the text's tokenizer makes it, so the name is found.
    const own = /^(.+?)(['’]s)$/u.exec(word)
    for (const [w, at] of own ? [[own[1], m.index!], [own[2], m.index! + own[1].length]] as const : [[word, m.index!]] as const) { value.push(w); start.push(at); end.push(at + w.length) }
  }
  return { count: value.length, value, start, end, pos: value.map((v) => (/^\p{Lu}/u.test(v) ? 'PROPN' : 'X')), sentence: value.map(() => 0) }
}

/** `gazetteer`: another index than the installed one (a test's, compiled from fixtures). */
export interface PlacesOptions { gazetteer?: Gazetteer }

export function places(options: PlacesOptions = {}): Stage {
  const gaz = options.gazetteer ?? gazetteer()
  const k = placeKnowledge()
  return function places(doc: Doc) {
    const found = recognize(doc.tokens, doc.text, gaz, k)
    const title = doc.article.title
    const head = title ? recognize(titleTokens(title), title, gaz, k) : []
    const resolved = resolveAll(gaz, found, head, undefined, doc.article.published, outletHome(outletCountry(doc.article.source)))
    oneSensePerName(resolved, gaz, doc.text)
    // "Mexico's Sinaloa state ... killed in Sinaloa since September": a name the text marks once as an area, and reads as
    // one there, stays that area where it stands bare: no town that bears the name only as another name of its own
    // (Sinaloa de Leyva, a municipal seat in Sinaloa state) takes a province over (rule area-named-once). A town under the
    // name itself still does ("Idlib"), and so do the province's capital and a district's town under another name
    // ("Cooch Behar district" ... "Cooch Behar", Koch Bihar).
    // Not a name the text also marks as a town ("the Marib governorate ... Marib city", "Russia's Belgorod region ... the city
    // of Belgorod"): there the bare name may be either.
    const townNamed = new Set(resolved.filter((r) => (r.found.unit !== null && SETTLEMENT_CUE.test(r.found.unit)) || (r.found.cue !== null && SETTLEMENT_CUE.test(r.found.cue)))
      .map((r) => placeKey(r.found.text)))
    const areaNamed = new Set(resolved.filter((r) => r.found.adminCue && r.ranked[0] !== undefined && !townNamed.has(placeKey(r.found.text))
      && (gaz.g.kind[r.ranked[0].entity] === 'admin1' || gaz.g.kind[r.ranked[0].entity] === 'admin2')).map((r) => placeKey(r.found.text)))
    for (const r of resolved) { preferTownOverArea(gaz, r, areaNamed.has(placeKey(r.found.text))); preferCapital(gaz, r); preferRegion(gaz, r, doc.text) }
    const kept = new Set<Found>()
    const byFound = new Map(resolved.map((r) => [r.found, r]))
    // Names dropped as namesakes abroad of a big city's neighbourhood ("Eastleigh, Nairobi").
    const neighbourhoods = new Set<Found>()
    const heads = headsOfHeld(found, doc.text)
    for (const r of resolved) if (r.ranked[0] && keep(gaz, r, r.ranked[0]) && fitsContainer(gaz, r, byFound, neighbourhoods) && headFits(gaz, r, heads)) kept.add(r.found)
    for (const r of farFromContext(gaz, resolved.filter((x) => kept.has(x.found)), (f) => inRegion(doc, f.span, ['dateline']))) {
      kept.delete(r.found)
      say(doc, 'places', 'namesake-far-from-context', `"${r.found.text}" dropped: the only ${r.found.text} known is ${label(gaz, r.ranked[0].entity)}, far from the areas the text names.`, { span: r.found.span })
    }
    for (const r of resolved) {
      if (!kept.has(r.found) || !namesOrganisation(doc, r.found)) continue
      kept.delete(r.found)
      say(doc, 'places', 'organisation-apposition', `"${r.found.text}" dropped: it starts a longer name that an apposition calls an organisation, not a place.`, { span: r.found.span })
    }
    for (const r of quarterAbroad(gaz, resolved.filter((x) => kept.has(x.found)), doc.text)) {
      kept.delete(r.found)
      say(doc, 'places', 'quarter-abroad', `"${r.found.text}" dropped: named as a quarter of a town, but the only ${r.found.text} known is ${label(gaz, r.ranked[0].entity)}, away from the places around it.`, { span: r.found.span })
    }
    // A container whose inner name was not kept stands in for it ("Tantega (Materi, Atacora)").
    // A container whose inner name was not kept stands in for it; a namesake dropped there was a village, not a neighbourhood.
    // Under a big city's name ("Eastleigh, Nairobi") it was a neighbourhood, which ACLED codes at the city (precision 1).
    for (const f of found) {
      if (!f.contains || kept.has(f.contains) || f.contains.weak) continue
      // "the X area of Kabul city": a quarter of that city, whatever the gazetteer knows as X.
      // Nor after a quarter word ("the Albarika neighborhood in Parakou (...)"): a quarter of the city, coded at the city.
      // A name with no candidate left (every namesake ruled out: a village of another province or country the text does
      // not support, "Kibera, Nairobi" with only villages of that name elsewhere) says no more than a name the gazetteer
      // lacks: under a big city's name it is a quarter of that city, coded at the city (precision 1), not a village. Not when
      // the text calls it one ("Kibera village, Nairobi": a settlement word after it, cues.yaml `settlements`), nor in a
      // note's "V (District, Province)" ("Gbegourou (Kandi, Alibori)": a village of the district the city is the seat of).
      const settlement = f.contains.unit !== null && placeKnowledge().settlements.has(f.contains.unit)
      const noted = f.container !== null && /\(\s*$/.test(doc.text.slice(Math.max(0, f.span[0] - 3), f.span[0]))
      const unplaced = !byFound.get(f.contains)?.ranked.length && !settlement && !noted
      f.standIn = true; f.village = !neighbourhoods.has(f.contains) && f.unit !== 'city' && !quarter(f.contains) && !unplaced
    }
    for (const r of resolved) if (kept.has(r.found)) namedInFull(gaz, r, resolved.filter((x) => kept.has(x.found)))
    for (const r of resolved) {
      const best = r.ranked[0]
      if (!best || !kept.has(r.found)) continue
      let mention = toMention(gaz, r, best, kept)
      // "Pakistani shelling in Poonch": a state's fire told in a town of its own country, when the story names another
      // country that has a namesake of the town, is fire across the border, into that namesake (rule fire-across).
      const firer = [...doc.places].reverse().find((d) => (d.kind === 'demonym' || d.kind === 'country') && d.span[1] < mention.span[0]
        && FIRE_ACROSS.test(doc.text.slice(d.span[1], mention.span[0])))
      if (firer && firer.countryCode === mention.countryCode && mention.kind !== 'country' && mention.kind !== 'demonym') {
        const named = new Set(doc.places.filter((d) => d !== firer && (d.kind === 'country' || d.kind === 'demonym') && d.countryCode && d.countryCode !== firer.countryCode).map((d) => d.countryCode!))
        const across = r.ranked.find((x) => x.entity !== best.entity && named.has(gaz.g.cc[x.entity]) && gaz.g.kind[x.entity] !== 'country' && x.flag !== Flag.Demonym)
        if (across) {
          mention = toMention(gaz, r, across, kept)
          say(doc, 'places', 'fire-across', `"${doc.text.slice(firer.span[0], mention.span[1])}": ${firer.country}'s fire in a town of its own name, in a story that names ${mention.country}: the namesake there, ${label(gaz, across.entity)} (rule fire-across).`, { span: mention.span, actual: label(gaz, across.entity) })
        }
      }
      doc.places.push(mention)
      const second = r.ranked.find((s) => s.entity !== best.entity && (gaz.g.name[s.entity] !== gaz.g.name[best.entity] || gaz.g.cc[s.entity] !== gaz.g.cc[best.entity]))
      if (second && best.score - second.score < 0.6 && !inRegion(doc, mention.span, ['dateline', 'caption', 'credit'])) {
        say(doc, 'places', 'ambiguous-toponym', `"${mention.text}" read as ${label(gaz, best.entity)} (${best.score.toFixed(2)}) over ${label(gaz, second.entity)} (${second.score.toFixed(2)}).`, { span: mention.span, actual: label(gaz, best.entity), expected: [label(gaz, second.entity)] })
      }
    }
    capitals(doc, gaz)
    seatAsProvince(doc)
  }
}

// Between a state's demonym and a town: its fire there ("Pakistani shelling in", "Indian artillery fire on").
const FIRE_ACROSS = /^\s+(?:army\s+|military\s+|troops['’]?\s+)?(?:artillery\s+|mortar\s+|rocket\s+|missile\s+|drone\s+|cross-border\s+)?(?:shelling|shells|fire|firing|bombardment)\s+(?:in|on|at|into)\s+(?:the\s+)?$/i

/**
 * "near Rafah in southern Gaza": a province's seat named right after "in" (and direction words) behind another town of that
 * province, which it does not hold, names the province holding the town, not the seat (rule container): "Gaza" is the
 * Strip there, not Gaza City, and the town before it is the place.
 */
/**
 * "Cabo Ligado, a conflict monitor, said": the name goes on past the place's words with capitalised words that start no
 * place of their own, and an apposition right after calls the whole an organisation (data/frame/places.yaml
 * organisation_apposition): no place is named.
 */
function namesOrganisation(doc: Doc, f: Found): boolean {
  if (f.org) return false
  const t = doc.tokens, s = t.sentence[f.first], j = f.last + 1
  if (j >= t.count || t.sentence[j] !== s || !/^\p{Lu}/u.test(t.value[j])) return false
  let c = j
  while (c < j + 3 && c < t.count && t.sentence[c] === s && /^\p{Lu}/u.test(t.value[c])) c++
  if (t.value[c] !== ',' || !['a', 'an', 'the'].includes(t.norm[c + 1] ?? '')) return false
  const nouns = frameKnowledge().organisationApposition
  for (let m = c + 2; m < c + 6 && m < t.count && t.sentence[m] === s && t.value[m] !== ','; m++) if (nouns.has(t.norm[m])) return true
  return false
}

function seatAsProvince(doc: Doc): void {
  const k = placeKnowledge()
  for (let i = 1; i < doc.places.length; i++) {
    const p = doc.places[i - 1], q = doc.places[i]
    if (p.kind !== 'place' || q.kind !== 'place' || q.featureCode !== 'PPLA' || p.countryCode !== q.countryCode || !p.admin1 || p.admin1 !== q.admin1 || p.admin2 === q.admin2) continue
    const words = doc.text.slice(p.span[1], q.span[0]).trim().toLowerCase().split(/\s+/)
    if (words[0] !== 'in' || !words.every((w) => k.modifiers.has(w))) continue
    doc.places[i] = { ...q, rule: 'container', why: `${q.why} Named after "${p.text} in": the province of ${q.admin1} that holds ${p.text}, not the town.` }
  }
}

// An unknown name written right before an area, with its kind-of-place word: "Bahrak district, Badakhshan", "X (D, P)".
const BEFORE_AREA = /(?:^|[\s(])((?:\p{Lu}[\p{Ll}'’]+[ -]){0,2}\p{Lu}[\p{Ll}'’]+)(?: (town|city|village|district|municipality|county|locality))?\s*[(,]\s*$/u
const MISSPELT_UNITS = new Set(['district', 'municipality', 'county'])
const NEAR_CUE = /\b(?:near|outside|around|close to|vicinity of)\s+(?:the\s+)?$/i

// Letters romanisations and typists put for one another: vowels, and consonants of one sound ("Talokan" for Taloqan).
const KIN_LETTERS = ['aeiouy', 'ckqg', 'dt', 'bp', 'sz', 'jy', 'vw']

/** Every spelling one edit away: a letter dropped, added or swapped with its neighbour, or changed for a kin letter. */
function oneEdit(key: string): Set<string> {
  const out = new Set<string>(), letters = 'abcdefghijklmnopqrstuvwxyz'
  // The first letter stays: "Gbaoussi" is no misspelt "Baoussi".
  for (let i = 1; i <= key.length; i++) {
    if (i < key.length) out.add(key.slice(0, i) + key.slice(i + 1))
    if (i + 1 < key.length) out.add(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2))
    for (const c of letters) {
      if (i < key.length && c !== key[i] && KIN_LETTERS.some((kin) => kin.includes(c) && kin.includes(key[i]))) out.add(key.slice(0, i) + c + key.slice(i + 1))
      out.add(key.slice(0, i) + c + key.slice(i))
    }
  }
  out.delete(key)
  return out
}

/**
 * "Bahrak district, Badakhshan", "Segovai municipality, Antioquia": a name the gazetteer does not know, written with the province
 * or district it lies in, one letter off (dropped, added, swapped, or changed for a kin letter) the name of exactly one
 * town or district of that area, is that place misspelt (ACLED codes the place). Names of five letters or more; the area
 * must hold it. Asked only of an area chosen as an event's place (the search costs some 250 lookups).
 */
export function misspeltBefore(doc: Doc, area: PlaceMention, gaz: Gazetteer = gazetteer()): PlaceMention | null {
  const g = gaz.g
  if ((area.kind !== 'admin1' && area.kind !== 'admin2') || !area.countryCode) return null
  const m = BEFORE_AREA.exec(doc.text.slice(Math.max(0, area.span[0] - 60), area.span[0]))
  if (!m) return null
  const start = area.span[0] - (m[0].length - m[0].indexOf(m[1])), end = start + m[1].length
  if (doc.places.some((p) => p.span[0] < end && start < p.span[1])) return null
  const key = placeKey(m[1])
  if (key.replace(/ /g, '').length < 5 || gaz.lookup(key)) return null
  // In a district: coded in it, or coded in no district and near its point.
  const inside = (e: number): boolean => g.cc[e] === area.countryCode && g.a1[e] === area.admin1 && (area.kind !== 'admin2' || g.a2[e] === area.admin2 || g.name[e] === area.name
    || (!g.a2[e] && area.latitude !== null && area.longitude !== null && km(g.lat[e], g.lon[e], area.latitude, area.longitude) <= 50))
  // "A village (Misspelt-district, State)": a name opening brackets before an area is a district's place, the container of the name before it.
  const slot = /\(\s*$/.test(doc.text.slice(Math.max(0, start - 2), start))
  let found: number[] = []
  for (const v of oneEdit(key)) for (const post of gaz.lookup(v) ?? []) {
    const e = post >> 2
    if ((post & 3) !== Flag.Demonym && (g.kind[e] === 'place' || g.kind[e] === 'admin2') && inside(e) && !found.includes(e)) found.push(e)
  }
  // A district and its seat town of one name: the unit word after the name says which ("X municipality" the district).
  const unit = m[2] ?? null
  if (found.length > 1) { const kind = (unit && MISSPELT_UNITS.has(unit)) || slot ? 'admin2' : 'place'; const some = found.filter((e) => g.kind[e] === kind); if (some.length) found = some }
  if (found.length > 1 && new Set(found.map((e) => g.name[e])).size === 1 && found.some((e) => g.kind[e] === 'place')) found = [found.filter((e) => g.kind[e] === 'place').sort((a, b) => g.pop[b] - g.pop[a])[0]]
  if (found.length !== 1) return null
  const e = found[0], kind = g.kind[e] as 'place' | 'admin2'
  const near = NEAR_CUE.exec(doc.text.slice(Math.max(0, start - 20), start))
  const precision: 1 | 2 = kind === 'admin2' || near || slot ? 2 : 1
  return {
    span: [start, end], text: m[1], score: 0.6, rule: 'name-with-container',
    geonameid: g.id[e] || null, name: g.name[e], kind, countryCode: g.cc[e] || null, country: countryName(g.cc[e]),
    admin1: g.a1[e] || null, admin2: g.a2[e] || null, latitude: g.lat[e], longitude: g.lon[e], featureCode: g.code[e],
    population: g.pop[e], precision, cue: near ? 'near' : null,
    why: `"${m[1]}" is unknown, but one letter off ${g.name[e]}, the only ${kind === 'place' ? 'town' : 'district'} of such a name in ${area.name ?? area.text}, named after it.`,
  }
}

const label = (gaz: Gazetteer, e: number): string => [gaz.g.name[e], gaz.g.a1[e] && gaz.g.a1[e] !== gaz.g.name[e] ? gaz.g.a1[e] : '', gaz.g.cc[e]].filter(Boolean).join(', ')

/**
 * "Ontario province", "the Province of Ontario": the admin word (cues.yaml `after`) the text marks the name as an area with,
 * after it in lower case or before "of"; null when there is none. A capitalised word after the name is part of a longer
 * name ("San Diego State University", "the Woodstock District Chamber of Commerce"), no mark; nor is a plural.
 */
function adminMark(f: Found, text: string): string | null {
  // A plural is no mark: "Indiana counties" are the counties of Indiana, "Borno and Yobe states" a list.
  if (f.adminCue?.endsWith('s')) return null
  if (f.adminCue && !f.adminCueBefore) return /^\s*\p{Ll}/u.test(text.slice(f.span[1], f.span[1] + 3)) ? f.adminCue : null
  const m = f.cue === null ? null : /(\S+) of$/.exec(f.cue)
  return f.adminCue ?? (m !== null && placeKnowledge().after.has(m[1]) ? m[1] : null)
}

/** The same name means the same place throughout an article, unless a pattern ("X, Y") says otherwise. */
function oneSensePerName(all: Resolved[], gaz: Gazetteer, text: string): void {
  const g = gaz.g
  const groups = new Map<string, Resolved[]>()
  for (const r of all) if (!r.found.container) { const key = placeKey(r.found.text); groups.set(key, [...(groups.get(key) ?? []), r]) }
  for (const group of groups.values()) {
    if (group.length < 2) continue
    // Read before the scores are summed: the marked mention's own reading.
    const marks = group.map((r) => adminMark(r.found, text))
    const m = marks.findIndex((x) => x !== null), marked = group[m]
    // The area of the level the word says: a district's word a second-level area, any other a first-level one.
    const level = m >= 0 && districtLevel().has(marks[m]!) ? 'admin2' : 'admin1'
    const area = marked?.ranked.find((s) => g.kind[s.entity] === level)?.entity
    const total = new Map<number, number>()
    for (const r of group) for (const s of r.ranked) total.set(s.entity, (total.get(s.entity) ?? 0) + s.score)
    for (const r of group) r.ranked.sort((a, b) => (total.get(b.entity) ?? 0) - (total.get(a.entity) ?? 0))
    // "the Province of Ontario ... the Ontario budget": a name the text once marks as an area with an admin word, and reads
    // as that area there, is that area where it stands bare, not a town of its name outside it (Ontario, California) (rule
    // area-named-elsewhere). A town inside the area keeps its place ("Idlib province ... Idlib"), and a name the text also
    // calls a town ("the city of X") is left as it was.
    if (!marked || area === undefined || group.some((r) => (r.found.unit !== null && SETTLEMENT_CUE.test(r.found.unit)) || (r.found.cue !== null && SETTLEMENT_CUE.test(r.found.cue)))) continue
    for (const r of group) {
      const top = r.ranked[0]?.entity
      if ((r !== marked && r.found.adminCue) || top === undefined || top === area || contains(g, area, top)) continue
      const i = r.ranked.findIndex((s) => s.entity === area)
      if (i > 0) { const [s] = r.ranked.splice(i, 1); r.ranked.unshift({ ...s, why: [...s.why, `the text calls ${marked.found.text} an area`] }) }
    }
  }
}

/**
 * "Bouka (Nikki, Borgou)" with no Bouka inside Borgou: the Bouka the gazetteer knows is a
 * namesake elsewhere, so the mention is dropped. Only for explicit containers (brackets, "X
 * district, Y") or an area or country after the comma: "Kabul, Herat" may be a list.
 */
function fitsContainer(gaz: Gazetteer, r: Resolved, byFound: Map<Found, Resolved>, neighbourhoods: Set<Found>): boolean {
  const c = r.found.container, best = r.ranked[0]
  if (!c || c.weak) return true
  const g = gaz.g, cb = byFound.get(c)?.ranked[0]
  // A container found only by a loose spelling and read abroad ("Want Waigal" for a Chinese hamlet) does not drop the
  // district before it (a town before it, "Tilak Nagar area of Chembur suburb", is still checked).
  if (c.loose && (!cb || cb.foreign) && g.kind[best.entity] === 'admin2') return true
  // "Kumbo town (Bui, Nord-Ouest)": a district the gazetteer knows only outside the province written after it tells
  // nothing about the town; the town is checked against that province instead.
  if (c.container && !c.container.weak && unknownInside(g, byFound.get(c), c.container) && containerEntities(g, c.container).some((x) => (g.kind[x] === 'admin1' || g.kind[x] === 'country') && contains(g, x, best.entity))) return true
  // "Colorado, Idaho" and "Luxembourg, Belgium" are lists: only a town or district is checked against its container.
  // A province of one country before another country's province ("Bay, Eastern Cape") is a cut name, not a list.
  if (g.kind[best.entity] === 'admin1' && cb && g.kind[cb.entity] === 'admin1' && g.cc[cb.entity] !== g.cc[best.entity]) return false
  if (g.kind[best.entity] !== 'place' && g.kind[best.entity] !== 'admin2') return true
  if (containerEntities(g, c).some((x) => contains(g, x, best.entity)) || best.why.includes(`"${r.found.text}, ${c.text}"`)) return true
  // "Eastleigh, Nairobi" with no Eastleigh in or near Nairobi: a neighbourhood the gazetteer lacks, not the English town;
  // the city stands in for it (ACLED codes a neighbourhood at its city).
  if (cb !== undefined && g.kind[cb.entity] === 'place' && cityPosts(g, c).includes(cb.entity) && g.cc[cb.entity] !== g.cc[best.entity] && g.pop[best.entity] < 1e5) { neighbourhoods.add(r.found); return false }
  // "Bangoula (Dessa, Tillaberi)": a small town, or one found by an alternate name, that the rest of the text calls foreign,
  // outside its container, is a namesake of a place the gazetteer lacks ("Moscow, Kiev, Minsk" is a list of big cities).
  if (best.foreign && (g.pop[best.entity] < 1e5 || best.flag === Flag.Alternate)) return false
  const area = cb !== undefined && (g.kind[cb.entity] === 'admin1' || g.kind[cb.entity] === 'country' || g.kind[cb.entity] === 'admin2')
  // "Bahawalpur city (Multan, Punjab)", "Bembereke (N'dali, Borgou)": the seat of a district of its own name, under its own
  // name, in the province the brackets name, with no namesake inside the district they name, is the place: the note
  // misnamed its district (ACLED codes the town). Not a named part of a city ("the Palanpur area of Surat city"), nor a
  // town of another province ("Tudun Wada (Kaduna North LGA, Kaduna)" is a quarter of Kaduna, not Kano's Tudun Wada).
  const e = best.entity
  const seat = (g.pop[e] >= NOTABLE_TOWN || g.code[e] === 'PPLA' || g.code[e] === 'PPLA2') && r.ranked.some((s) => g.kind[s.entity] === 'admin2' && s.flag === Flag.Primary && contains(g, s.entity, e))
  const province = [c, c.container].some((y) => y && y !== c.contains && byFound.get(y)?.ranked[0] !== undefined && g.kind[byFound.get(y)!.ranked[0].entity] === 'admin1' && contains(g, byFound.get(y)!.ranked[0].entity, e))
  if (seat && province && g.kind[e] === 'place' && best.flag === Flag.Primary && !best.foreign && !r.found.namedPart && !(r.found.unit && placeKnowledge().namedParts.has(r.found.unit))
    && !r.ranked.some((s) => containerEntities(g, c).some((x) => contains(g, x, s.entity)))) return true
  // "Puerto Natales (Los Lagos)": a notable town, the only place of its name in its country, named with a province of that
  // country that does not hold it: the note misnamed the province, not the town (ACLED codes the town). A village so named
  // is still read as a village the gazetteer lacks, which the province stands in for.
  if (area && misnamedProvince(gaz, r, c)) return true
  // "Talhar town (Badin, Sindh)": a town under its own name, the only one of its name in the province the note names, a
  // short way from the district's seat, though GeoNames files it under a neighbouring district (districts split or redrawn
  // since): the town is the place, not a village the gazetteer lacks (ACLED codes the town).
  if (c.container && neighbourOfDistrict(gaz, r, c, byFound)) return true
  if (r.found.strictContainer || area) return false
  // "Kalyanpur, Roorkee" with the only Kalyanpur known an alternate name of a town of another province, far off: a village
  // near that town the gazetteer lacks; the town stands in (a list of towns, "Kabul, Herat", names them by their own names).
  if (cb !== undefined && g.kind[cb.entity] === 'place' && g.cc[cb.entity] === g.cc[best.entity] && g.kind[best.entity] === 'place' && g.a1code[cb.entity] !== g.a1code[best.entity]
    && (best.flag === Flag.Alternate || g.pop[best.entity] < 500) && km(g.lat[cb.entity], g.lon[cb.entity], g.lat[best.entity], g.lon[best.entity]) > 100) return false
  // "Kamianka, Donetsk" with the only Kamianka known far off in Cherkasy: a village under a province's name is
  // read inside that province, so the namesake goes and the province stands in (a list "Kabul, Herat" names big places).
  return !(g.kind[best.entity] === 'place' && g.pop[best.entity] < 1e5 && c.posts.some((p) => (g.kind[p >> 2] === 'admin1' || g.kind[p >> 2] === 'admin2') && g.cc[p >> 2] === g.cc[best.entity]))
}

/** How far from a district's point a town filed under a neighbouring district may lie and still be read as the note's (km). */
export const DISTRICT_NEIGHBOUR_KM = 30

/**
 * "X town (District, Province)" with X known only in a district next door: X is a town under its own name (not an
 * alternate or loose spelling, not foreign), in the province written after the district, the only place of its name in
 * that province, and within DISTRICT_NEIGHBOUR_KM of the district's point (its seat). The district's borders moved, not the town.
 */
function neighbourOfDistrict(gaz: Gazetteer, r: Resolved, c: Found, byFound: Map<Found, Resolved>): boolean {
  const g = gaz.g, best = r.ranked[0], e = best.entity
  if (g.kind[e] !== 'place' || best.flag !== Flag.Primary || best.foreign || r.found.loose || r.found.namedPart) return false
  const province = byFound.get(c.container!)?.ranked[0]
  if (!province || g.kind[province.entity] !== 'admin1' || !contains(g, province.entity, e)) return false
  if (r.ranked.some((s) => s.entity !== e && g.kind[s.entity] === 'place' && g.a1code[s.entity] === g.a1code[e])) return false
  const district = byFound.get(c)?.ranked[0]
  const points = [...(district && (g.kind[district.entity] === 'admin2' || g.kind[district.entity] === 'place') ? [district.entity] : []),
    ...containerEntities(g, c).filter((x) => g.kind[x] === 'admin2' && g.code[x] !== NO_TOWN)].filter((x) => g.a1code[x] === g.a1code[e])
  return points.some((x) => km(g.lat[x], g.lon[x], g.lat[e], g.lon[e]) <= DISTRICT_NEIGHBOUR_KM)
}

/** No reading of a container name lies in the area named after it: the gazetteer lacks that district there. */
function unknownInside(g: Gazetteer['g'], r: Resolved | undefined, outer: Found): boolean {
  const areas = containerEntities(g, outer)
  return areas.length > 0 && !(r?.ranked ?? []).some((s) => areas.some((x) => contains(g, x, s.entity)))
}

/** A town under its own name, of NOTABLE_TOWN people or more, unique in its country, and a container naming only areas of that country. */
function misnamedProvince(gaz: Gazetteer, r: Resolved, c: Found): boolean {
  const g = gaz.g, e = r.ranked[0].entity
  // "Darqad district, Nangarhar": a district named with its district word is as sure a name as a notable town's.
  const district = g.kind[e] === 'admin2' && r.found.adminCue !== null && districtLevel().has(r.found.adminCue)
  if ((g.kind[e] !== 'place' || g.pop[e] < NOTABLE_TOWN) && !district) return false
  if (r.ranked[0].flag !== Flag.Primary || r.ranked[0].foreign || r.found.loose) return false
  // Its namesakes of the country, if any, lie in the same province ("Sahiwal" the district and its seat, both in Punjab).
  if (r.ranked.some((s) => s.entity !== e && g.cc[s.entity] === g.cc[e] && g.a1code[s.entity] !== g.a1code[e])) return false
  const areas = containerEntities(g, c)
  return areas.length > 0 && areas.every((x) => g.cc[x] === g.cc[e] && (g.kind[x] === 'admin1' || g.kind[x] === 'admin2'))
}

/**
 * "Krishna Ghati sector (Poonch district, J&K)": a name written right before another name (one space between) that has
 * a container in brackets or with its admin word is the head of one longer local name; the container holds that name too.
 * Per such head, the container of the name after it.
 */
function headsOfHeld(found: Found[], text: string): Map<Found, Found> {
  const out = new Map<Found, Found>()
  for (let i = 0; i + 1 < found.length; i++) {
    const f = found[i], n = found[i + 1]
    // A weak word after the head ("Mundri East county") is a part of its name, not a place of its own.
    if (f.container || n.weak || !n.container || !n.strictContainer || n.container.weak || n.span[0] !== f.span[1] + 1 || text[f.span[1]] !== ' ') continue
    out.set(f, n.container)
  }
  return out
}

/** A head of a longer name (headsOfHeld) whose reading lies outside the container named for the whole name is a namesake. */
function headFits(gaz: Gazetteer, r: Resolved, heads: Map<Found, Found>): boolean {
  const c = heads.get(r.found), g = gaz.g, best = r.ranked[0]
  if (!c || (g.kind[best.entity] !== 'place' && g.kind[best.entity] !== 'admin2') || !g.a1code[best.entity]) return true
  const within = containerEntities(g, c)
  return !within.length || within.some((x) => contains(g, x, best.entity))
}

const TOWN_OVER_AREA = 'the town, not the area named after it'
/** How far from a district's point (its seat) a town of its name with no admin2 code may lie and still be its seat. */
const SEAT_REACH_KM = 30
/** The population from which a town named outside the container the text gives is still that town, not a namesake. */
const NOTABLE_TOWN = 15_000
/** Outside the US a bare "Homs" or "Idlib" means the town more often than the governorate named after it. */
export function preferTownOverArea(gaz: Gazetteer, r: Resolved, areaNamed = false): void {
  const g = gaz.g, best = r.ranked[0]
  if (!best || r.found.adminCue || r.found.standIn || best.why.some((w) => w.startsWith('holds ')) || (g.kind[best.entity] !== 'admin1' && g.kind[best.entity] !== 'admin2') || g.cc[best.entity] === 'US') return
  // The seat may be reached only through an alternate name ("Mogilev" for Mahilyow); in "Durango, Durango" the first
  // name is the town, whatever its feature code ("Victoria de Durango").
  const twice = r.found.container !== null && placeKey(r.found.container.text) === placeKey(r.found.text)
  // A district's town lies in it: a village of its name elsewhere in the province ("Lazaro Cardenas, Michoacan" is the
  // municipality's seat, not a hamlet of Jungapeo) is a namesake. Towns often lack their admin2: then near the district's point (its seat).
  const inArea = (s: Scored): boolean => g.kind[best.entity] !== 'admin2' || g.code[best.entity] === NO_TOWN || (g.a2[s.entity] ? g.a2[s.entity] === g.name[best.entity]
    : km(g.lat[s.entity], g.lon[s.entity], g.lat[best.entity], g.lon[best.entity]) <= SEAT_REACH_KM)
  const i = r.ranked.findIndex((s) => g.kind[s.entity] === 'place' && g.a1code[s.entity] === g.a1code[best.entity] && inArea(s) && (s.flag === Flag.Primary || (s.flag === Flag.Alternate && (!areaNamed || g.kind[best.entity] !== 'admin1' || g.code[s.entity] === 'PPLA') && (twice || g.code[s.entity].startsWith('PPLA') || (g.kind[best.entity] === 'admin2' && g.pop[s.entity] >= 10000)))))
  if (i > 0) { const [town] = r.ranked.splice(i, 1); town.why.push(TOWN_OVER_AREA); r.ranked.unshift(town) }
}

/**
 * "Washington" beside "Boston" is the capital, not the Massachusetts village of 500 that the shared state
 * pulls up: a national capital beats a village of its own country under the same name unless a pattern
 * ("Washington, Mass.") pins the village.
 */
function preferCapital(gaz: Gazetteer, r: Resolved): void {
  const g = gaz.g, best = r.ranked[0]
  if (!best || r.found.container || r.found.contains || g.kind[best.entity] !== 'place' || g.pop[best.entity] >= 1e4) return
  const i = r.ranked.findIndex((s) => s.flag === Flag.Primary && g.code[s.entity] === 'PPLC' && g.cc[s.entity] === g.cc[best.entity])
  if (i > 0) { const [capital] = r.ranked.splice(i, 1); capital.why.push(`the capital, not a village of ${g.cc[best.entity]} of that name`); r.ranked.unshift(capital) }
}

/**
 * "Kashmir", "Darfur", "Sinai": a region news names (data/places/regions.yaml) beats a village that bears its name
 * ("Kashmir" in Punjab, Pakistan) unless a pattern pins the village ("the village of Kashmir", "Kashmir, Punjab").
 */
function preferRegion(gaz: Gazetteer, r: Resolved, text: string): void {
  const g = gaz.g, best = r.ranked[0]
  // "militants have pushed south from the Sahel": "the" and the bare name, no "region" after it, is the region that spans
  // borders, not the province of one country under that name (Burkina Faso's Sahel region).
  if (best && g.kind[best.entity] === 'admin1' && !r.found.adminCue && !r.found.container && /\bthe $/i.test(text.slice(Math.max(0, r.found.span[0] - 4), r.found.span[0]))) {
    const i = r.ranked.findIndex((s) => s.flag === Flag.Primary && g.kind[s.entity] === 'region' && !g.cc[s.entity] && placeKey(g.name[s.entity]) === placeKey(r.found.text))
    if (i > 0) { const [region] = r.ranked.splice(i, 1); region.why.push('"the" and the bare name: the region across borders, not the province of that name'); r.ranked.unshift(region) }
    return
  }
  // A town below 100,000 ("Asia" in Iloilo, 23,000) does not outweigh the continent or region news means by the name.
  if (!best || r.found.container || r.found.contains || (r.found.cue && SETTLEMENT_CUE.test(r.found.cue)) || g.kind[best.entity] !== 'place' || g.pop[best.entity] >= 1e5) return
  // Not the head of a longer name ("Kurdistan Workers Party"): what a region's name begins is no place at all.
  if (/^ \p{Lu}/u.test(text.slice(r.found.span[1], r.found.span[1] + 2))) return
  const i = r.ranked.findIndex((s) => s.flag === Flag.Primary && (g.kind[s.entity] === 'region' || g.kind[s.entity] === 'feature') && placeKey(g.name[s.entity]) === placeKey(r.found.text))
  if (i > 0) { const [region] = r.ranked.splice(i, 1); region.why.push('the region news names so, not a village of that name'); r.ranked.unshift(region) }
}

/**
 * "the Republic of Congo ... the government of Congo": a short country name the data gives to one country (countries.yaml
 * notNames withholds "Congo" from the Republic of the Congo) names the other country that bears it when the text names
 * that one in full and never names the first by another name.
 */
function namedInFull(gaz: Gazetteer, r: Resolved, kept: Resolved[]): void {
  const g = gaz.g, best = r.ranked[0]
  if (!best || g.kind[best.entity] !== 'country') return
  const owners = withheldFrom(r.found.text), key = placeKey(r.found.text)
  if (!owners.length) return
  const countries = kept.filter((x) => x !== r && x.ranked[0] && g.kind[x.ranked[0].entity] === 'country' && placeKey(x.found.text) !== key)
  const full = countries.find((x) => owners.includes(g.cc[x.ranked[0].entity]))
  if (!full || countries.some((x) => g.cc[x.ranked[0].entity] === g.cc[best.entity])) return
  r.ranked.unshift({ ...full.ranked[0], why: [...full.ranked[0].why, `the text names ${g.name[full.ranked[0].entity]} in full, and not ${g.name[best.entity]}`] })
}

const SETTLEMENT_CUE = /\b(?:village|villages|town|towns|city|hamlet|settlement|locality)\b/i

/** How often a text names a place it is about: such a name is no passing namesake (farFromContext). */
export const SUBJECT_MENTIONS = 3

/**
 * A small town outside every area the text pins down (a place with its container, an admin area
 * named) and far from every other place named: a namesake of a village or neighbourhood the
 * gazetteer lacks ("Renascença" in Paraná for a neighbourhood of Teresina, Piauí), unless the text names it SUBJECT_MENTIONS times.
 */
function farFromContext(gaz: Gazetteer, kept: Resolved[], dateline: (f: Found) => boolean): Resolved[] {
  const g = gaz.g
  // A dateline ("BAMAKO, Mali (AP) —") says where the report was filed, not which area the story is about: "Rebels seized
  // the town of Niono" is not a namesake far from Bamako.
  const anchors = kept.filter((r) => {
    const e = r.ranked[0].entity
    // Not a province that shares its name with a wider region news names ("the Sahel", Burkina Faso's Sahel region):
    // "JNIM, active in the Sahel" pins no area of a country down (rule region-namesake-anchor).
    const alsoRegion = r.found.posts.some((p) => g.kind[p >> 2] === 'region')
    return !r.found.weak && !dateline(r.found) && !alsoRegion && (g.kind[e] === 'admin1' || g.kind[e] === 'admin2' || (r.found.container !== null && r.ranked[0].why.some((w) => w.startsWith('"'))))
  })
  if (!anchors.length) return []
  // A name the text repeats (SUBJECT_MENTIONS times or more), the only town of its name in its country, is the place the
  // article is about, not a passing namesake of a village the gazetteer lacks: "in Laconia ... a Laconia man ... Laconia
  // police" beside a man's old home in Alaska.
  const mentions = new Map<string, number>()
  for (const r of kept) { const k = placeKey(r.found.text); mentions.set(k, (mentions.get(k) ?? 0) + 1) }
  const out: Resolved[] = []
  for (const r of kept) {
    const e = r.ranked[0].entity
    if (g.kind[e] !== 'place' || g.pop[e] >= 1e5 || r.found.container || r.found.contains || anchors.includes(r)) continue
    const same = anchors.filter((a) => g.cc[a.ranked[0].entity] === g.cc[e])
    if (!same.length || same.some((a) => contains(g, a.ranked[0].entity, e) || g.a1code[a.ranked[0].entity] === g.a1code[e])) continue
    const near = kept.some((o) => o !== r && placeKey(o.found.text) !== placeKey(r.found.text) && g.kind[o.ranked[0].entity] !== 'country' && g.kind[o.ranked[0].entity] !== 'region'
      && km(g.lat[e], g.lon[e], g.lat[o.ranked[0].entity], g.lon[o.ranked[0].entity]) < 250)
    if (near) continue
    // Only where the country has no other town of the name: among namesakes, one outside every area named is the wrong one.
    const namesakes = r.found.posts.filter((p) => (p & 3) === Flag.Primary && g.kind[p >> 2] === 'place' && g.cc[p >> 2] === g.cc[e]).length
    if (mentions.get(placeKey(r.found.text))! < SUBJECT_MENTIONS || namesakes > 1) out.push(r)
  }
  return out
}

// "Colonia del Valle", "colonia Lomas de San Miguel", "Barrio San Juan": a Latin American town's quarter named with its word in front.
const QUARTER_HEAD = /^(?:colonia|barrio|fraccionamiento)\s/i
const QUARTER_BEFORE = /\b(?:colonia|barrio|fraccionamiento)\s+(?:\p{L}+\s+){0,3}$/iu
const quarterNamed = (f: Found, text: string): boolean => quarter(f) || QUARTER_HEAD.test(f.text) || QUARTER_BEFORE.test(text.slice(Math.max(0, f.span[0] - 48), f.span[0]))

/**
 * "the El Angel neighborhood", "Colonia del Valle" in a text whose other places all lie elsewhere (another country, or
 * none of them a town within a city's reach of it nor an area holding it): a quarter of one of their towns the gazetteer
 * lacks, not a town far off of that name (a quarter's name gives the text no country: resolve.ts).
 */
function quarterAbroad(gaz: Gazetteer, kept: Resolved[], text: string): Resolved[] {
  const g = gaz.g
  const others = kept.filter((r) => !quarterNamed(r.found, text) && !r.found.weak && r.ranked[0].flag !== Flag.Demonym).map((r) => r.ranked[0].entity)
  const near = (e: number, o: number): boolean => g.cc[o] === g.cc[e] && (g.kind[o] === 'country' || contains(g, o, e) || (g.kind[o] === 'place' && km(g.lat[o], g.lon[o], g.lat[e], g.lon[e]) <= CITY_REACH_KM))
  return kept.filter((r) => {
    const e = r.ranked[0].entity
    if (!quarterNamed(r.found, text) || g.kind[e] !== 'place' || !others.length) return false
    // Another country only: abroad. Its own country's towns or areas named: one of them must hold it or lie near it.
    if (!others.some((o) => g.cc[o] === g.cc[e])) return true
    const local = others.filter((o) => g.cc[o] === g.cc[e] && g.kind[o] !== 'country')
    return local.length > 0 && !local.some((o) => near(e, o))
  })
}

/** Weak words and tiny places with no support in the text are dropped. */
function keep(gaz: Gazetteer, r: Resolved, best: Scored): boolean {
  const f = r.found
  if (f.weak) return f.container !== null
  // The head or tail of a longer local name the gazetteer lacks ("Wadi" of "Wadi al Nurani"): that place only where the
  // text's areas, districts or neighbours point to it ("Wadi al Nurani in Karnataka" is Wādi).
  const kind0 = gaz.g.kind[best.entity]
  if (f.partOf && kind0 !== 'country' && kind0 !== 'admin1' && !(best.x[F.admin_share] > 0 || best.x[F.near] >= 0.7 || best.x[F.named_district] === 1 || best.x[F.container_fits] === 1)) return false
  // Found only by a loose spelling: the rest of the text must point to the candidate's country.
  if (f.loose && (best.support ?? 0) < 0.5 && !(f.container && best.why.some((w) => w.startsWith('"')))) return false
  // A small town needs the text's support: a pattern, a cue word, its admin area or a neighbour named.
  // An area named with the admin word of its level ("the Hiran region") is supported too.
  // So is a name holding another ("Aïbak" in "Kush Tut area of Aïbak"), or after an unknown village's name ("Qiyamaddinli, Aghjabadi"):
  // the pattern names it as what holds the village.
  const supported = f.container !== null || f.contains !== null || f.holdsUnknown === true || f.cuePrecision !== null || (f.unit !== null && districtLevel().has(f.unit)) || best.why.some((w) => w.startsWith('in ') || w.startsWith('near '))
    || best.x[F.cue_fits] === 1 || best.why.includes(NAMED_AS_TOWN)
    // "the Bandiagara region", "the Koro circle": a unit the gazetteer lacks, named with its admin word after a town of its
    // name (its own name, not an alternate or a loose spelling) in the country the rest of the text points to: the town
    // stands for the unit it heads (precision 2 for a district's word, 3 for a province's).
    || (f.adminCue !== null && !f.adminCueBefore && !f.loose && gaz.g.kind[best.entity] === 'place' && best.flag === Flag.Primary && !best.foreign && (best.support ?? 0) > 0)
  const kind = gaz.g.kind[best.entity]
  if (kind === 'place' && gaz.g.pop[best.entity] < 10000 && f.first === f.last && !supported) return false
  // A district with no known town ("Carbon", "Prince", "Rosemary" in Canada): a one-word name needs the same support, or its admin word.
  // Its support must come from the words around it: "in Alberta, named in the article" may itself come from such names.
  if (gaz.g.code[best.entity] === NO_TOWN && f.first === f.last && f.container === null && f.contains === null && f.cuePrecision === null && f.adminCue === null && !(f.unit !== null && districtLevel().has(f.unit))) return false
  // Only an alternate name ("Ramadan" for Turabah, "INC" for Yinchuan): needs the text's support too. The seat of a
  // district of that very name ("Jenin", Janīn's district) has it: preferTownOverArea put the town before its area.
  if (best.flag === Flag.Alternate && f.first === f.last && !supported && !best.why.includes(TOWN_OVER_AREA)) return false
  // An alternate name of a place abroad while the text points to another country ("Shah" of "Shah Wali Kot" is no Shanghai).
  if (best.flag === Flag.Alternate && best.foreign && f.container === null && kind === 'place') return false
  // "JUBA — ... outside Nasir": a small town known under that name only as another name, in a country nothing else in the
  // text names, while the text names another: a namesake ("Nasir", an old name of Turkey's Demirci), even after a cue. A word after it calling it a town ("Reasi city") or a unit still pins it.
  if (best.flag === Flag.Alternate && best.elsewhere && f.container === null && f.unit === null && f.adminCue === null && kind === 'place' && gaz.g.pop[best.entity] < 1e5 && !best.why.includes(TOWN_OVER_AREA)) return false
  // A town abroad when everything else in the text points to one country: a namesake, unless a pattern pins it.
  // A naming cue ("the town of", "near the city of") keeps it: news of foreign forces striking abroad names both countries.
  // A container that is itself only a weak word ("Nelson" of "New Brighton (Nelson Mandela Bay, ...)") pins nothing.
  if (best.foreign && (kind === 'place' || kind === 'admin2') && gaz.g.pop[best.entity] < 1e5 && (f.container === null || f.container.weak) && !(f.cue && f.cue.includes(' '))) return false
  // A small area abroad under one bare word ("Flores" in a US article is no department of Uruguay, "Nadia" in a
  // story about Iran no district of India): a person's name or a common word. Its admin word, a cue or a pattern keeps it.
  if (best.foreign && (kind === 'admin1' || kind === 'admin2') && gaz.g.pop[best.entity] < 1e6 && f.first === f.last && f.cue === null && !f.areaSlot && !f.standIn
    && f.adminCue === null && f.unit === null && f.container === null && f.contains === null) return false
  return true
}

// A town named with the word for its district stands for the district (ACLED precision 2); with a province's word, 3.
const SEAT_UNITS = new Set(['city', 'town'])
const districtWords = { has: (w: string): boolean => districtLevel().has(w) }

export function precisionOf(kind: string, f: Found, pop: number, code = ''): 1 | 2 | 3 {
  // A name standing in for a smaller place the text names but the gazetteer lacks: ACLED codes such a
  // village at the nearest known unit with precision 2, whatever that unit's level.
  // A city standing in for a neighbourhood ("the Soba area of Khartoum", "Abu Salim (Tripoli)") is coded at the city: 1.
  if (f.standIn && !f.village && kind === 'place' && pop >= 1e5) return 1
  // "the Shahr-e Kohna area of Qalat city", "Ndaba quarter, Kolofata town": a named part of a place the text calls a city
  // or town is a quarter of it, coded at the town (precision 1) however small; "the X area of Y" alone may be land around Y.
  if (f.standIn && !f.village && kind === 'place' && f.unit !== null && SEAT_UNITS.has(f.unit) && f.contains !== null
    && (f.contains.namedPart || quarter(f.contains))) return 1
  if (f.standIn && kind !== 'country') return 2
  if (kind === 'admin1' || kind === 'country' || kind === 'region' || kind === 'feature') return 3
  // "Sangareddy city" with only the district of that name known: the district's point is its seat town, the city named.
  // "outside of Qadis district center": near the seat, 2.
  // A district with no known town (NO_TOWN) lies at its province's point: never the town itself.
  // "in Zangnanado (Zangnanado, Zou)": the seat town named with its district in brackets, 1 (not for a district with no known town).
  if (kind === 'admin2') return (f.seatNamed || ((f.seatByName || (f.unit !== null && SEAT_UNITS.has(f.unit))) && !f.standIn && code !== NO_TOWN)) && f.cuePrecision !== 2 ? 1 : 2
  if (f.adminCue) return districtWords.has(f.adminCue) ? 2 : 3
  // "the Chowni area of Gardez district": a known place named as a part of its district is coded at itself.
  if (f.namedPart && kind === 'place' && f.cuePrecision !== 2) return 1
  if (f.unit && (districtWords.has(f.unit) || f.titledDistrict)) return 2
  return f.cuePrecision === 2 ? 2 : 1
}

function toMention(gaz: Gazetteer, r: Resolved, best: Scored, kept: Set<Found>): PlaceMention {
  const g = gaz.g, e = best.entity, f = r.found
  const demonym = best.flag === Flag.Demonym
  const mission = demonym ? placeKnowledge().missions.get(placeKey(f.text)) : undefined
  const kind = demonym ? 'demonym' : g.kind[e]
  const precision = precisionOf(kind, f, g.pop[e], g.code[e])
  const seat = demonym ? e : districtSeat(gaz, r, e)
  // A container that really holds the kept name before it (not the next item of a list).
  const holds = f.contains !== null && kept.has(f.contains) && best.why.some((w) => w.startsWith('holds '))
  const second = r.ranked[1]
  const margin = second ? Math.max(0, best.score - second.score) : 3
  return {
    span: f.span, text: f.text, score: Math.round((1 - 0.5 * Math.exp(-margin)) * 100) / 100,
    rule: mission ? 'mission-name' : demonym ? 'demonym' : f.org ? 'organisation-name' : holds ? 'container' : f.standIn ? 'stand-in' : f.container ? 'name-with-container' : f.cue ? 'name-after-cue' : 'gazetteer-name',
    geonameid: g.id[e] || null, name: g.name[e], kind, countryCode: g.cc[e] || null, country: g.cc[e] ? countryName(g.cc[e]) : null,
    admin1: g.a1[e] || null, admin2: g.a2[e] || null, latitude: g.lat[seat], longitude: g.lon[seat], featureCode: g.code[e],
    population: g.pop[e], precision, cue: f.cue ?? f.adminCue,
    why: mission ? `the ${mission} works only in ${countryName(g.cc[e])}: the article is about that country.` : `${best.why.join('; ')}${second ? `; beat ${label(gaz, second.entity)}` : ''}${seat !== e ? `; ${DISTRICT_AT_SEAT} (${label(gaz, seat)})` : ''}.`,
  }
}

const DISTRICT_AT_SEAT = 'coded at the point of its seat town, which bears its name'

/**
 * "Sangrur district", "Chak-e Wardak district", "V village (Barwani, ...)": ACLED codes a district at its seat town
 * (precision 2), not at the district's own point, which GeoNames often puts at its middle, tens of km away (rule
 * district-at-seat). The seat is the town of the district's own name (a primary name, not an alternate) in the same
 * province and district; of several, the most populous. The mention stays the district (kind, precision, names): only its point moves.
 */
function districtSeat(gaz: Gazetteer, r: Resolved, e: number): number {
  const g = gaz.g
  if (g.kind[e] !== 'admin2' || g.code[e] === NO_TOWN) return e
  let seat = e
  for (const p of r.found.posts) {
    const t = p >> 2
    if ((p & 3) !== Flag.Primary || g.kind[t] !== 'place' || g.cc[t] !== g.cc[e] || !g.a1code[t] || g.a1code[t] !== g.a1code[e]) continue
    if (g.a2[e] && g.a2[t] !== g.a2[e]) continue
    if (seat === e || g.pop[t] > g.pop[seat]) seat = t
  }
  return seat
}

// "the Somali capital", "Sudan's capital": the nationality or country and the word; not "the capital, Mogadishu" (named after it).
const CAPITAL_AFTER = /^(?:['’]s)?\s+capital\b(?!\s*,\s*\p{Lu})(?!\s+(?:city|of)\b)/u
// "the capital of Mali".
const CAPITAL_BEFORE = /\bthe\s+capital\s+(?:city\s+)?of\s+$/i

/**
 * A nationality or country naming a capital ("in the Somali capital", "Sudan's capital", "the capital of Mali") is the
 * capital town at precision 1 (frame/country capitalOf), spanned on the whole phrase; the mention it came from goes.
 */
function capitals(doc: Doc, gaz: Gazetteer): void {
  for (let i = 0; i < doc.places.length; i++) {
    const p = doc.places[i]
    if ((p.kind !== 'demonym' && p.kind !== 'country') || !p.countryCode) continue
    const after = CAPITAL_AFTER.exec(doc.text.slice(p.span[1], p.span[1] + 40))
    // Not "the capital of Mexico's Sinaloa state": a possessive country owns the region whose capital it is.
    const before = !after && p.kind === 'country' && !/^['’]s\b/.test(doc.text.slice(p.span[1], p.span[1] + 3))
      ? CAPITAL_BEFORE.exec(doc.text.slice(Math.max(0, p.span[0] - 30), p.span[0])) : null
    if (!after && !before) continue
    // "the Somali capital", not "Chinese capital flowed in"; "Sudan's capital", not "Sudan's capital markets".
    if (after && p.kind === 'demonym' && !/\bthe\s+$/i.test(doc.text.slice(Math.max(0, p.span[0] - 5), p.span[0]))) continue
    if (after && capitalIsMoney(doc.text.slice(p.span[1] + after[0].length, p.span[1] + after[0].length + 20))) continue
    const span: Span = after ? [p.span[0], p.span[1] + after[0].length] : [p.span[0] - before![0].length, p.span[1]]
    const town = capitalOf(p.countryCode, span, doc.text.slice(span[0], span[1]), gaz)
    if (!town) continue
    doc.places[i] = town
    say(doc, 'places', 'capital-of', town.why, { span, actual: town.name ?? town.text })
  }
}
