/** @module mentions/places/locate: the place where the event at a trigger happened, with ACLED geo_precision, read against the article's frame. */
import type { Doc, PlaceMention, Span } from '../../doc.js'
import { inRegion, say, sentenceAt, sentenceTokens } from '../../doc.js'
import { atProvinceSeat, atSeat, capitalOf, countryPlace } from '../../frame/country.js'
import { capitalIsMoney, frameKnowledge } from '../../frame/knowledge.js'
import { phraseBeforePlace } from '../../frame/roles.js'
import { placeKnowledge } from './knowledge.js'
import { gazetteer } from './gazetteer.js'
import { placeKey, plain } from './normalize.js'
import { km } from './resolve.js'
import { DISTRICT_NEIGHBOUR_KM, misspeltBefore } from './index.js'

/** Where an event happened, or null with the reason. `via` says which rule chose it. */
export interface EventPlace {
  place: PlaceMention | null
  reason: string
  via: 'sentence' | 'nearby' | 'region' | 'lead' | 'dateline' | 'article' | 'country' | 'none'
}

const aside = ['dateline', 'caption', 'credit'] as const
// "the capital", "the capital's": not "the capital, Bamako" (named after it), nor "the capital of Mali" (a mention of its own).
const BARE_CAPITAL = /\bthe capital(?:['’]s)?(?!\s*,\s*\p{Lu})(?!\s+(?:of|city)\b)(?=[\s,.;'’])/u
/**
 * "... killed 12 people on Wednesday, hours after Hezbollah fired rockets at Safed": a place after the trigger, in a later
 * clause that opens on another act (an opener, then a subject and its verb), is that act's place (rule other-act-clause).
 */
function otherActPlace(doc: Doc, trigger: Span, p: PlaceMention): boolean {
  if (p.span[0] < trigger[1]) return false
  const t = doc.tokens
  const [from, to] = sentenceTokens(doc, sentenceAt(doc, p.span[0]))
  let i = from
  while (i < to && t.start[i] < trigger[1]) i++
  for (; i < to && t.end[i] <= p.span[0]; i++) {
    if (t.value[i] !== ',') continue
    const open = frameKnowledge().otherActClause.find((w) => w.every((x, k) => t.norm[i + 1 + k] === x))
    if (!open) continue
    // A subject of up to four words, then its verb: "hours after Hezbollah fired", not "after an attack on".
    for (let j = i + 1 + open.length, n = 0; j < to && n <= 4 && t.end[j] <= p.span[0]; j++, n++) {
      if (t.pos[j] === 'VERB' && n > 0) {
        say(doc, 'frame', 'other-act-clause', `"${p.text}" is named in a later clause on another act ("${doc.text.slice(t.start[i + 1], t.end[j])}"): not this event's place.`, { span: p.span })
        return true
      }
      if (t.pos[j] === 'ADP' || t.value[j] === ',') break
    }
  }
  return false
}

/**
 * "Israeli warplanes struck the airport in Sanaa on Tuesday, two days after a missile fired by the Houthis landed near
 * Israel's Ben Gurion airport": the trigger stands in a later clause on another act; a place before that clause's opener
 * is the main act's, not its own (rule main-clause-place). Only when the clause names a place of its own.
 */
function mainClausePlace(doc: Doc, trigger: Span, p: PlaceMention): boolean {
  if (p.span[1] > trigger[0]) return false
  const t = doc.tokens
  const [from, to] = sentenceTokens(doc, sentenceAt(doc, trigger[0]))
  let i = from
  while (i < to && t.end[i] <= p.span[1]) i++
  for (; i < to && t.end[i] <= trigger[0]; i++) {
    if (t.value[i] !== ',') continue
    const open = frameKnowledge().otherActClause.find((w) => w.every((x, k) => t.norm[i + 1 + k] === x))
    if (!open) continue
    const start = t.start[i + 1]
    const own = doc.places.some((q) => q !== p && q.span[0] >= start && q.kind !== 'demonym' && sentenceAt(doc, q.span[0]) === sentenceAt(doc, trigger[0]))
    if (own) {
      say(doc, 'frame', 'main-clause-place', `"${p.text}" is named in the main clause, before "${open.join(' ')}" opens the clause of the act: not that act's place.`, { span: p.span })
      return true
    }
  }
  return false
}

/**
 * "The rebels, who already hold Goma, captured Uvira on Sunday": a place in an aside (a relative clause set off by commas)
 * before the act tells who the subject is; with another place named after the act in its sentence, it is not the act's
 * place (rule aside-place).
 */
function asidePlace(doc: Doc, trigger: Span, p: PlaceMention): boolean {
  if (p.span[1] > trigger[0]) return false
  const s = sentenceAt(doc, trigger[0])
  const [from, to] = doc.sentences[s]
  if (!/,\s*(?:who|which)\b[^,;]*$/i.test(doc.text.slice(from, p.span[0])) || !/^[^,;]*,[^,;]*$/.test(doc.text.slice(p.span[1], trigger[0]))) return false
  const own = doc.places.some((q) => q !== p && q.span[0] >= trigger[1] && q.span[1] <= to && q.kind !== 'demonym' && q.kind !== 'country')
  if (own) say(doc, 'frame', 'aside-place', `"${p.text}" is named in an aside on the subject, before the act: not its place.`, { span: p.span })
  return own
}

/** "about 50 kilometres northeast of the capital", "30 km from the capital": the capital is a reference point there. */
function bearingFrom(before: string): boolean {
  const k = frameKnowledge()
  const w = before.trim().toLowerCase().split(/\s+/)
  return (w.at(-1) === 'of' && k.bearing.has(w.at(-2) ?? '')) || (w.at(-1) === 'from' && k.units.has(w.at(-2) ?? ''))
}
const usable = (p: PlaceMention): boolean => p.kind !== 'demonym' && p.latitude !== null

// Cues that make a place the origin of people or things, not where the event happened ("herders from Yola").
const origin = new Set(['from'])

/**
 * Most specific first (town over district over region), then closest to the trigger. A container
 * ("Borgou" in "Nikki, Borgou") never beats the place it holds; a place named only as an origin
 * or inside an organisation's name comes after every other place in the sentence.
 */
// At one precision, a province comes after a town or district of its own: "Hamirpur village near Rapar town (..., Gujarat)"
// is near Rapar (precision 2), not in Gujarat standing in for the village (precision 2 too). A town of another
// province ("on the road to X" after "in Y, Province") does not push the province back.
const SPECIFIC = 2e5
const holdsOther = (list: PlaceMention[], p: PlaceMention): boolean =>
  list.some((q) => q !== p && q.rule !== 'container' && (q.kind === 'place' || q.kind === 'admin2') && q.countryCode === p.countryCode && q.admin1 !== null && q.admin1 === p.admin1)

// "in Huatusco municipality, Veracruz, farmers of Nogales village ...": a small town read in another district of the same
// province, named after a district the text reads as a district (its unit word, a note's brackets), is a namesake of a village of that district the
// gazetteer lacks: the district is the place (precision 2). Not a town a short way from the district's point (GeoNames
// files some towns under the district next door: index.ts neighbourOfDistrict).
const outsideNamedDistrict = (list: PlaceMention[], p: PlaceMention): boolean => p.kind === 'place' && p.population < 1e5 && !!p.admin2 && p.latitude !== null && p.longitude !== null
  && list.some((q) => q !== p && q.kind === 'admin2' && q.precision === 2 && q.rule !== 'container' && q.span[1] <= p.span[0] && q.countryCode === p.countryCode
    && q.admin1 !== null && q.admin1 === p.admin1 && placeKey(q.name ?? '') !== placeKey(p.admin2 ?? '') && placeKey(q.admin2 ?? '') !== placeKey(p.admin2 ?? '')
    && q.latitude !== null && q.longitude !== null && km(q.latitude, q.longitude, p.latitude!, p.longitude!) > DISTRICT_NEIGHBOUR_KM)

function best(list: PlaceMention[], trigger: Span, home: string | null = null, part: (p: PlaceMention) => boolean = () => false): PlaceMention | null {
  let out: PlaceMention | null = null, outKey = Infinity
  for (const p of list) {
    if (p.rule === 'container') continue
    // A town abroad, read over a close namesake, in an article about one country is more often the
    // wrong namesake than the place: it comes after that country's regions ("near Boni in the Mopti region").
    const abroad = home !== null && p.countryCode !== home && p.kind === 'place' && p.score < 0.8 ? 3.5e6 : 0
    const key = abroad + (p.cue && origin.has(p.cue) ? 4e6 : 0) + (p.rule === 'organisation-name' || part(p) ? 4e6 : 0) + p.precision * 1e6 + (p.kind === 'country' ? 5e5 : 0) + (p.kind === 'admin1' && holdsOther(list, p) ? SPECIFIC : 0) + (outsideNamedDistrict(list, p) ? 2e6 : 0) + Math.abs(p.span[0] - trigger[0])
    if (key < outKey) { out = p; outKey = key }
  }
  return out
}

/** The gazetteer knows a populated place of this name in another province too. */
function namesakeElsewhere(p: PlaceMention): boolean {
  const g = gazetteer().g
  return (gazetteer().lookup(placeKey(p.text)) ?? []).some((post) => { const e = post >> 2; return g.kind[e] === 'place' && g.a1[e] !== p.admin1 })
}

/**
 * "in Nigeria's Kebbi state ... in the town of Maga": a small town the gazetteer knows only in another province than the one
 * the event's sentence or the lead names is a namesake, not the place: that province is (precision 3), or a district of it
 * named there (precision 2). Not when a pattern pins the town ("Maga, Kaduna state") or its own province is named there too.
 */
function outsideNamedProvince(doc: Doc, trigger: Span, found: EventPlace): EventPlace {
  const p = found.place
  if (!p || p.kind !== 'place' || p.population >= 1e5 || !p.admin1 || p.rule === 'name-with-container' || p.rule === 'stand-in' || !doc.frame) return found
  // Only a village read among namesakes in other provinces: a seat or a name found once is the gazetteer's own knowledge
  // (a town near a border or a province renamed since the gazetteer was made stays).
  if (/^PPL(?:A|C)/.test(p.featureCode ?? '') || !namesakeElsewhere(p)) return found
  const roles = doc.frame.roles, lead = doc.frame.lead
  const se = sentenceAt(doc, trigger[0]), sp = sentenceAt(doc, p.span[0])
  const event = doc.places.filter((q, i) => q !== p && roles[i]?.role === 'event' && q.countryCode === p.countryCode && q.kind !== 'country')
  const at = (q: PlaceMention): number => sentenceAt(doc, q.span[0])
  const provinces = (list: PlaceMention[]): PlaceMention[] => list.filter((q) => q.kind === 'admin1')
  // The town's own sentence naming another province only ("the village of X in the Kharkiv region") speaks for it; else its
  // own province named from the sentence before the town's or the event's on to the later of the two keeps it.
  const told = provinces(event.filter((q) => at(q) === sp))
  if (told.some((q) => q.admin1 === p.admin1)) return found
  if (!told.length && event.some((q) => q.admin1 === p.admin1 && at(q) >= Math.min(se, sp) - 1 && at(q) <= Math.max(se, sp))) return found
  // The province the event's sentence names, else the town's sentence, else the lead.
  const areas = [provinces(event.filter((q) => at(q) === se)), provinces(event.filter((q) => at(q) === sp)), provinces(event.filter((q) => q.span[1] <= lead[1]))].find((l) => l.length > 0)
  if (!areas || new Set(areas.map((q) => q.admin1)).size !== 1 || areas[0].admin1 === p.admin1) return found
  const area = event.find((q) => q.kind === 'admin2' && q.admin1 === areas[0].admin1 && (at(q) === se || at(q) === sp)) ?? areas[0]
  return { place: area, reason: `"${p.text}" is known only in ${p.admin1}, but the text names "${area.text}" there: the event is placed in ${area.name ?? area.text}, not at a namesake elsewhere.`, via: found.via }
}

/**
 * "killed 12 passengers in the Amhara region. The bus was hit on a road outside the town of X": a province the event's
 * sentence names, and a town in it the next sentence places the act near, is that town (precision 2), as ACLED codes
 * "outside the town of X" (rule town-near-after).
 */
const NEAR_CUE = /^(?:near|outside|on the outskirts of|outskirts of|close to|just outside)\b/i
function townNearAfter(doc: Doc, trigger: Span, found: EventPlace): EventPlace {
  const p = found.place
  if (!p || p.kind !== 'admin1' || found.via !== 'sentence' || !doc.frame) return found
  const roles = doc.frame.roles, se = sentenceAt(doc, trigger[0])
  const town = doc.places.find((q, i) => roles[i]?.role === 'event' && q.kind === 'place' && q.precision === 2 && q.countryCode === p.countryCode
    && q.admin1 === p.admin1 && sentenceAt(doc, q.span[0]) === se + 1 && !!q.cue && NEAR_CUE.test(q.cue))
  // Only the act told again: a next sentence with a day of its own tells another act ("On Monday the group's fighters
  // killed four farmers near the town of Damboa").
  if (!town || doc.dates.some((d) => sentenceAt(doc, d.span[0]) === se + 1)) return found
  return { place: town, reason: `"${town.text}" in ${p.name ?? p.text} is where the next sentence places the act ("near", "outside"): the event is there (rule town-near-after).`, via: found.via }
}

/** "the city's Abu Shouk camp", "the town's main market": a place the text says belongs to a town told before. */
const CITY_OWNS = /\bthe\s+(?:city|town)['’]s\s+(?=[A-Z])/

/** "near the village of X in the Y region": the words between a town and the province said to hold it. */
const IN_PROVINCE = /^,?\s+(?:(?:district|village|town|area|commune|county)\s+)?(?:in|of)\s+(?:the\s+|its\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$/i

/**
 * "a patrol near the village of X in the Tillaberi region": a small town the gazetteer knows only in another country than
 * the province the text says holds it is a namesake abroad; the province is the place (precision 3). Not a seat.
 */
function outsideNamedCountry(doc: Doc, found: EventPlace): EventPlace {
  const p = found.place
  if (!p || p.kind !== 'place' || p.population >= 1e5 || p.rule === 'name-with-container' || /^PPL(?:A|C)/.test(p.featureCode ?? '')) return found
  const area = doc.places.find((q) => q.kind === 'admin1' && q.span[0] > p.span[1] && q.countryCode !== p.countryCode && IN_PROVINCE.test(doc.text.slice(p.span[1], q.span[0])))
  if (!area) return found
  return { place: area, reason: `"${p.text}" is known only in ${p.countryCode}, but the text places it in "${area.text}" (${area.countryCode}): the event is placed there, not at a namesake abroad.`, via: found.via }
}

/**
 * The event's own sentence first, then the sentences just before and after, then the place of the
 * article's main incident (headline and lead), then the dateline city, then the place the article
 * names most, then its country. Only mentions the frame reads as event places count: never a
 * dateline inside the story's sentences, a nationality, a source's base, a modifier ("the US
 * dollar"), an organisation's or saint's name, or the reference point of a bearing.
 */
export function locateEvent(doc: Doc, trigger: Span): EventPlace {
  const chosen = choose(doc, trigger)
  // An area chosen with an unknown name right before it that is one letter off a place inside it: that place, misspelt.
  const spelt = chosen.place ? misspeltBefore(doc, chosen.place) : null
  const found = townNearAfter(doc, trigger, outsideNamedCountry(doc, outsideNamedProvince(doc, trigger, spelt ? { place: spelt, reason: spelt.why, via: chosen.via } : chosen)))
  const where = found.place?.kind === 'country' ? { ...found, place: atSeat(found.place, doc.places) }
    : found.place?.kind === 'admin1' ? { ...found, place: atProvinceSeat(found.place, doc.places) } : found
  if (where.place) say(doc, 'frame', `event-place-${where.via}`, where.reason, { span: where.place.span, actual: where.place.name ?? where.place.text })
  return where
}

function choose(doc: Doc, trigger: Span): EventPlace {
  const frame = doc.frame
  const isEvent = (p: PlaceMention, i: number): boolean => (frame ? frame.roles[i]?.role === 'event' : !inRegion(doc, p.span, aside))
  const home = frame && frame.share >= 0.75 ? frame.country : null
  const story = doc.places.filter((p, i) => usable(p) && isEvent(p, i) && !strayNamesake(doc, p, frame && frame.share >= 0.6 ? frame.country : null, home))
  const s = sentenceAt(doc, trigger[0])
  const inSentence = (d: number): PlaceMention[] => story.filter((p) => sentenceAt(doc, p.span[0]) === s + d)
  // A neighbour sentence's place where forces were sent ("Security forces had been deployed to Gwoza") is where they went,
  // not a finer point of this event (frame places.yaml sent_before, rule sent-place).
  const fk = frameKnowledge()
  const neighbour = (d: number): PlaceMention[] => inSentence(d).filter((p) => phraseBeforePlace(doc, p, fk.sentBefore, fk) === null)
  const country = frame?.country ?? null
  // The sentence names the article's country in some role ("the Benin army", "Lebanese troops"):
  // a bare foreign country in or near it is where something else happened, not this event.
  const inThis = (span: Span): boolean => sentenceAt(doc, span[0]) === s
  const ownCountry = country !== null && !story.some((p) => p.countryCode === country && inThis(p.span))
    && (doc.places.some((p, i) => p.countryCode === country && inThis(p.span) && ['modifier', 'organisation', 'nationality'].includes(frame!.roles[i]?.role ?? ''))
      || doc.actors.some((a) => a.countryCode === country && !a.generic && inThis(a.span)))
  // A street's, quarter's or building's name yields only to another town of its sentence ("Uitenhage Provincial
  // Hospital (Nelson Mandela Bay, ...)" is still in Uitenhage).
  // The far end of a road between two towns ("the Uruapan-Patzcuaro road") yields to the first end and the sentence's other towns.
  // "in Uruapan, Michoacan, two bodies were left in a ranch community": a name given with its container is how the
  // report pins the event; a bare name of its sentence outside that place ("El Fuerte", 50 km off; "the Gafsa Phosphate
  // Company") yields to it. A place inside it (a village of the municipality named) does not.
  // Nor does a name right before the brackets or comma that hold the pinned place ("Biguina (Bassila, Donga)"): that is its container.
  const heldBy = (p: PlaceMention, q: PlaceMention): boolean => q.span[0] > p.span[1] && OWN_CONTAINER.test(doc.text.slice(p.span[1], q.span[0]))
  // Nor the first end of "between A and B (C, D)": a stretch is coded at its first end as much as at its second.
  const yields = (p: PlaceMention): boolean => BARE.has(p.rule) && !(p.cue !== null && placeKnowledge().pairs.has(p.cue.split(' ')[0])) && story.some((q) => q !== p && pinned(doc, q) && sentenceAt(doc, q.span[0]) === sentenceAt(doc, p.span[0]) && !liesIn(p, q) && !heldBy(p, q))
  // "in Caracas, people from La Ceiba": a bare town of another country than the place its sentence sets the event in
  // ("in X", "at X", or an area in brackets standing for the spot) is a namesake or the people's origin, not the event's place.
  const abroadOfAnchor = (p: PlaceMention): boolean => BARE.has(p.rule) && p.kind === 'place' && (p.cue === null || origin.has(p.cue)) && p.countryCode !== null
    && story.some((q) => q !== p && q.countryCode !== null && q.countryCode !== p.countryCode && q.kind !== 'country' && sentenceAt(doc, q.span[0]) === sentenceAt(doc, p.span[0]) && anchored(doc, q)
      // Not the anchor's own container ("in Valencia, Sangre Grande", "in As Sabaa (Tripoli)"): it tells where the anchor lies.
      && !heldBy(q, p) && !heldBy(p, q))
  // "a landmine exploded in Imam Sahib district ..., the spokesman of Kunduz police said": a town named as an organisation's
  // ("Kunduz police", "Kabul authorities") yields to the place its sentence sets the event in (rule org-town-yields).
  // Not a building or post named after its town ("the Monsey police station", "Ramgarh police station"): that is in the town.
  const orgTown = (p: PlaceMention): boolean => BARE.has(p.rule) && p.kind === 'place' && placeKnowledge().orgHeads.has(nextWord(doc, p)) && !placeKnowledge().orgSites.has(nextWord(doc, p, 1))
    && story.some((q) => q !== p && q.countryCode === p.countryCode && q.kind !== 'country' && sentenceAt(doc, q.span[0]) === sentenceAt(doc, p.span[0]) && anchored(doc, q) && !placeKnowledge().orgHeads.has(nextWord(doc, q)))
  const part = (p: PlaceMention): boolean => abroadOfAnchor(p) || orgTown(p) || ((namePart(doc, p) !== null || roadEnd(doc, p))
    && story.some((q) => q !== p && q.kind === 'place' && q.rule !== 'container' && sentenceAt(doc, q.span[0]) === sentenceAt(doc, p.span[0]) && namePart(doc, q) === null && !roadEnd(doc, q)))
    || yields(p)
  const here = best(inSentence(0).filter((p) => !otherActPlace(doc, trigger, p) && !mainClausePlace(doc, trigger, p) && !asidePlace(doc, trigger, p)), trigger, home, part)
  // Unless the foreign country is told as geography ("in northern Iraq's Gara region", "in northern Iraq"): that is where.
  const told = here ? geographyTold(doc, here) : false
  if (here && ownCountry && here.kind === 'country' && here.countryCode !== country && !told) {
    const whole = countryPlace(doc, country)
    // "near the border with Venezuela ... The raid, in the municipality of Tibu, ...": a place inside the article's
    // country named in the next sentence, when that sentence opens on the event, is finer than the country.
    const inner = whole && opensOnEvent(doc, s + 1) ? within(whole, [neighbour(1)], trigger, home, part) : null
    if (inner) return { place: inner, reason: `The sentence names ${country}, the article's country, beside "${here.text}"; "${inner.text}", named ${sentenceAt(doc, inner.span[0]) > s ? 'after' : 'before'} it, lies in it: the event is placed there.`, via: 'nearby' }
    if (whole) return { place: whole, reason: `The sentence names ${country}, the article's country, beside "${here.text}": the event is placed in ${whole.country ?? country} at precision 3.`, via: 'country' }
  }
  // "killed in an airstrike in Somalia. ... the strike hit a base near Shebeeley in the central Hiran region": the event's
  // sentence names only the country; the next (or previous) sentence's place inside it tells where (ACLED codes the
  // smallest unit the report names).
  // Also two sentences on, when that sentence opens on the event ("... killing nine. The Taliban claimed it. The attack
  // happened in the Bannu district").
  const later = opensOnEvent(doc, s + 2) ? [neighbour(2)] : []
  const inside = here && here.kind === 'country' && here.countryCode ? within(here, [neighbour(1), neighbour(-1), ...later], trigger, home, part) : null
  if (inside && here) return { place: inside, reason: `"${here.text}" in the event's sentence names only the country; "${inside.text}", named ${sentenceAt(doc, inside.span[0]) > s ? 'after' : 'before'} it, lies in it: the event is placed there.`, via: 'nearby' }
  // "In Providencia, Metropolitana, residents marched ... They demanded jobs for Chilean workers. Police forces of Chile
  // dispersed the march": the sentence names only the country, its neighbours nothing inside it; the main incident's place
  // in the headline and lead, when it lies in that country, is where the story happened (not the country's capital).
  const lead = frame?.focus && here && here.kind === 'country' && !inside && usable(frame.focus) && frame.focus.kind !== 'country' && frame.focus.kind !== 'region'
    && frame.focus.countryCode === here.countryCode && story.includes(frame.focus) ? frame.focus : null
  if (lead && here) return { place: lead, reason: `"${here.text}" in the event's sentence names only the country; "${lead.text}", the main incident's place in the lead, lies in it: the event is placed there.`, via: 'lead' }
  // "stormed a village in Maru local government area ... The attackers arrived in Dan Sadau": the village the next
  // or previous sentence names inside the district is the event's place (ACLED codes the village, precision 1).
  const village = here && here.precision === 2 && !here.cue?.match(/^(near|outside|around|close to|vicinity)/) ? villageIn(here, [...neighbour(-1), ...neighbour(1)]) : null
  if (village && here) return { place: village, reason: `"${here.text}" in the event's sentence is a district; "${village.text}", named beside it, lies in it: the event is placed at the village.`, via: 'nearby' }
  // "An air strike hit a truck in Saada province ... The strike hit it near the Al Talh market in Sahar district": the
  // next sentence points back at the event and names a smaller place inside the province or district the event's
  // sentence gave; ACLED codes that smaller place.
  const wide = here && here.precision >= 2 && here.kind !== 'country' && here.kind !== 'region' && here.countryCode && here.admin1 && opensOnEvent(doc, s + 1) ? here : null
  const district = wide ? (wide.kind === 'admin2' ? wide.name : wide.admin2) : null
  const smaller = wide ? best(inSentence(1).filter((p) => p.countryCode === wide.countryCode && p.admin1 === wide.admin1 && p.precision < wide.precision
    && (wide.precision === 3 || (district !== null && p.admin2 === district)) && p.kind !== 'country' && !(p.cue && origin.has(p.cue))), trigger, home, part) : null
  if (smaller && wide) return { place: smaller, reason: `"${wide.text}" in the event's sentence is a province or district; the next sentence points back at the event and names "${smaller.text}" inside it: the event is placed there.`, via: 'nearby' }
  // "kidnapped 20 passengers on the Abuja-Kaduna highway ... The attackers blocked the road near Katari": a road named
  // after its two ends says only which road; the next sentence, pointing back at the event, names the spot on it
  // (rule road-spot). The road's first end stays the place when no such sentence follows.
  const spot = here && roadStart(doc, here) && opensOnEvent(doc, s + 1)
    ? best(neighbour(1).filter((p) => p.kind === 'place' && p.countryCode === here.countryCode && p.geonameid !== here.geonameid && !roadEnd(doc, p) && !roadStart(doc, p)), trigger, home, part) : null
  if (spot && here) return { place: spot, reason: `"${here.text}" in the event's sentence names one end of a road; the next sentence points back at the event and names "${spot.text}" on it: the event is placed there (rule road-spot).`, via: 'nearby' }
  // "cars were firebombed in Carlton Road": a street named after a town, with no other town in its sentence, is
  // in the story's city, not that town: the nearby sentences, the lead, the dateline or the article's main place
  // place it; the street's town only when nothing else does.
  const street = here && frameKnowledge().streets.has(namePart(doc, here)?.toLowerCase() ?? '') ? here : null
  const note = (r: EventPlace): EventPlace => street && r.place ? { ...r, reason: `"${street.text} ${namePart(doc, street)}" in the event's sentence names a street, not the town ${street.name ?? street.text}: ${r.reason}` } : r
  if (here && !street) {
    const passed = inSentence(0).filter((p) => p !== here && part(p))
    // Why the other place of the sentence gave way: a street's or building's name, a road's far end, or a bare name beside
    // the one the sentence pins ("in Jilib, ... in southern Somalia": a wider or other place).
    const other = passed[0], named = other ? namePart(doc, other) : null
    const also = !other ? '' : named ? ` ("${other.text} ${named}" names a street, quarter or building in it)`
      : roadEnd(doc, other) ? ` ("${other.text}" is the far end of a road named after two towns)` : ` (over "${other.text}", a wider or other place named beside it)`
    return { place: here, reason: `"${here.text}" is named in the event's sentence${here.cue ? ` after "${here.cue}"` : ''}${also}.`, via: 'sentence' }
  }
  // "recaptured the capital's presidential palace", "protesters marched in the capital": the event's sentence names no place
  // but the capital, in an article about one country: that country's capital town (precision 1).
  if (!here && !street && home) {
    const sentenceText = doc.text.slice(doc.sentences[s][0], doc.sentences[s][1])
    const m = BARE_CAPITAL.exec(sentenceText)
    if (m && !capitalIsMoney(sentenceText.slice(m.index + m[0].length)) && !bearingFrom(sentenceText.slice(0, m.index))) {
      const at: Span = [doc.sentences[s][0] + m.index, doc.sentences[s][0] + m.index + m[0].length]
      const town = capitalOf(home, at, doc.text.slice(at[0], at[1]))
      if (town) return { place: town, reason: `The event's sentence names only "${doc.text.slice(at[0], at[1])}", in an article about ${town.country}: its capital, ${town.name}.`, via: 'sentence' }
    }
  }
  // "in Machava village, in Nangade district" with neither in the gazetteer: the sentence names its
  // own place, so no other sentence's town is this event's place; the article's region or country is.
  const unknown = street ? null : unknownPlace(doc, s)
  const owner = unknown ? ownerOf(doc, unknown) : null
  const ownerWhole = owner?.countryCode ? countryPlace(doc, owner.countryCode) : null
  // "RSF shelling of the city's Abu Shouk camp": an unknown place the text calls the city's lies in the town named last before
  // it (precision 2: inside or beside that town, not at its centre). A city named as where an act was near ("on the outskirts
  // of Culiacan") is that city all the same (rule city-owns-near).
  if (unknown) {
    const sentenceText = doc.text.slice(doc.sentences[s][0], doc.sentences[s][1])
    const m = CITY_OWNS.exec(sentenceText)
    const at = m ? doc.sentences[s][0] + m.index : -1
    const roles = doc.frame?.roles
    const last = m ? [...doc.places.keys()].reverse().find((i) => { const q = doc.places[i]; return q.span[1] <= at && q.kind === 'place' && q.precision <= 2 && usable(q)
      && (!roles || roles[i]?.role === 'event')
      // a city: one the text calls so, or a town of 100,000 or more (not a village named on the way)
      && (q.population >= 1e5 || /\b(?:city|town)\s+of\s+$/i.test(doc.text.slice(Math.max(0, q.span[0] - 12), q.span[0])))
      && !inRegion(doc, q.span, ['dateline', 'caption', 'credit', 'byline']) && (!country || q.countryCode === country) }) : undefined
    const town = last === undefined ? undefined : doc.places[last]
    if (town) return { place: { ...town, precision: 2 }, reason: `The event's sentence names "${unknown}", which the gazetteer does not know, as "${m![0].trim()}": a place of ${town.text}, named before; the event is placed there at precision 2.`, via: 'nearby' }
  }
  if (unknown && ownerWhole) return { place: ownerWhole, reason: `The event's sentence names "${unknown}", which the gazetteer does not know and the article calls ${owner!.text}'s: the event is placed in ${ownerWhole.name ?? ownerWhole.text}, at precision 3.`, via: 'region' }
  if (unknown && country && supported(doc, country)) {
    const region = frame?.admin1 ? story.find((p) => p.kind === 'admin1' && p.admin1 === frame.admin1 && p.countryCode === country) : undefined
    const whole = region ?? countryPlace(doc, country)
    if (whole) return { place: whole, reason: `The event's sentence names "${unknown}", which the gazetteer does not know: the event is placed in ${whole.name ?? whole.text}, the area the article is about, at precision 3.`, via: 'region' }
  }
  // "Islamic State fighters seized the town last May", naming no place: in a story whose headline and lead are about one
  // town, "the town" is that town, not a place a neighbour sentence names on the way ("the road towards Deir ez-Zor").
  const focusTown = frame?.focus && usable(frame.focus) && frame.focus.kind === 'place' && frame.focus.precision === 1 ? frame.focus : null
  if (focusTown && !street && THE_TOWN.test(doc.text.slice(doc.sentences[s][0], doc.sentences[s][1]))) {
    return { place: focusTown, reason: `The event's sentence names its place only as "the town" or "the city": "${focusTown.text}", the main incident's town in the headline and lead.`, via: 'lead' }
  }
  for (const d of [-1, 1, -2, 2]) {
    // A neighbour sentence that names its place only as "the town" speaks of the main incident's town too.
    const near = doc.sentences[s + d]
    if (focusTown && !street && near && !inSentence(d).length && THE_TOWN.test(doc.text.slice(near[0], near[1]))) {
      return { place: focusTown, reason: `The event's sentence names no place; ${Math.abs(d)} sentence${Math.abs(d) > 1 ? 's' : ''} ${d < 0 ? 'before' : 'after'} it, "the town" is "${focusTown.text}", the main incident's town.`, via: 'nearby' }
    }
    // A neighbour sentence's foreign country ("a rocket fired from Syria") is another story's place in an article about one country.
    // Nor a street a neighbour sentence names after a town ("near the Abancay avenue"): it lies in the story's city.
    // Nor a place of the next sentence that tells one more act ("Demonstrations also took place in Mombasa"): that act's place.
    const another = (q: PlaceMention) => d > 0 && doc.text.slice(near[0], q.span[0]).toLowerCase().split(/[^\p{L}]+/u).some((w) => frameKnowledge().anotherActWords.has(w))
    const p = best(neighbour(d).filter((q) => !another(q) && (!ownCountry || q.countryCode === country) && !(home && q.kind === 'country' && q.countryCode !== home) && !(street && namePart(doc, q) !== null)
      && !frameKnowledge().streets.has(namePart(doc, q)?.toLowerCase() ?? '')), trigger, home, part)
    if (p) return note({ place: p, reason: `"${p.text}" is named ${Math.abs(d)} sentence${Math.abs(d) > 1 ? 's' : ''} ${d < 0 ? 'before' : 'after'} the event.`, via: 'nearby' })
  }
  if (frame?.focus && usable(frame.focus) && frame.focus !== street) return note({ place: frame.focus, reason: `The event's sentences name no place; "${frame.focus.text}" is the place of the main incident in the headline and lead.`, via: 'lead' })
  const dateline = frame ? frame.dateline : doc.places.find((p) => usable(p) && inRegion(doc, p.span, ['dateline'])) ?? null
  // "attacked the soldiers near the town of Tabatol", a town the gazetteer lacks: the text says where, and it is not where
  // the report was filed: the article's region or country, never the dateline (rule unknown-town-not-dateline).
  const unknownTown = dateline ? unknownOfPlace(doc, s) : null
  if (unknownTown && country && supported(doc, country)) {
    const region = frame?.admin1 ? story.find((p) => p.kind === 'admin1' && p.admin1 === frame.admin1 && p.countryCode === country) : undefined
    const whole = region ?? countryPlace(doc, country)
    if (whole) return { place: whole, reason: `The event's sentence names "${unknownTown}", which the gazetteer does not know, and no other place: the event is placed in ${whole.name ?? whole.text}, at precision 3, not at the dateline.`, via: 'region' }
  }
  if (dateline && usable(dateline) && (!country || dateline.countryCode === country)) {
    return note({ place: dateline, reason: `Neither the event's sentences nor the lead name a place: the dateline "${dateline.text}" is taken as the event's place.`, via: 'dateline' })
  }
  const dominant = dominantPlace(story.filter((p) => (!country || p.countryCode === country) && !(street && namePart(doc, p) !== null)))
  if (dominant) return note({ place: dominant, reason: `"${dominant.text}" is the place the article names most${country ? ` in ${country}` : ''}.`, via: 'article' })
  if (street) return { place: street, reason: `"${street.text} ${namePart(doc, street)}" names a street; nothing else in the article places the event, so it is placed at ${street.name ?? street.text}.`, via: 'sentence' }
  const whole = country && supported(doc, country) ? countryPlace(doc, country) : null
  if (whole) return { place: whole, reason: `The text names no event place; the event is placed in the article's country, ${whole.country ?? country}, at precision 3.`, via: 'country' }
  return { place: null, reason: doc.places.length ? 'The text names only nationalities, datelines or places in captions, not where the event happened.' : 'The text names no place the gazetteer knows.', via: 'none' }
}

/** Mentions named alone, with no container of their own. */
const BARE = new Set(['gazetteer-name', 'name-after-cue'])
/** Within this many km of a pinned town, a bare name may be a place in or beside it (a village of the municipality named); of a pinned district, twice that. */
const BESIDE_KM = 25

/**
 * A mention the text pins with its container: "X, State" or "X (District, Province)" with the container read as holding
 * it, or a town or district standing in for an unknown village so named ("Kamonyi village (Uvira, Sud-Kivu)"). Not a
 * province standing in: a province is no pin among its towns.
 */
function pinned(doc: Doc, q: PlaceMention): boolean {
  if (q.rule === 'stand-in' && q.kind === 'admin2') return true
  if (q.rule !== 'name-with-container' && !(q.rule === 'stand-in' && q.kind === 'place')) return false
  return doc.places.some((c) => c.rule === 'container' && c.span[0] > q.span[1] && c.span[0] - q.span[1] <= CONTAINER_GAP && !/[.;]/.test(doc.text.slice(q.span[1], c.span[0])))
}
/** The lower-case word right after a mention ("police" of "Kunduz police"), or the one `skip` words on ("station" of
 * "Monsey police station"), or "". */
function nextWord(doc: Doc, p: PlaceMention, skip = 0): string {
  const m = (skip ? /^\s+[\p{L}'’]+\s+(\p{L}+)/u : /^\s+([\p{L}'’]+)/u).exec(doc.text.slice(p.span[1], p.span[1] + 40))
  return m?.[1].toLowerCase() ?? ''
}
/** A place the text sets the event in: pinned by its container, after "in"/"at", or an area standing for an unknown spot. */
function anchored(doc: Doc, q: PlaceMention): boolean {
  return pinned(doc, q) || q.rule === 'stand-in' || ((q.rule === 'name-after-cue' || q.rule === 'name-with-container') && (q.cue === 'in' || q.cue === 'at'))
}
/** What lies between a name and its own container: "X (", "X, ", "X town (", "X 3 (", "X [other spelling] (". */
// Also the items of one list before it ("in Arghandab and Panjwai districts, Kandahar": both share the container).
const OWN_CONTAINER = /^\s*(?:(?:[\p{Ll}\d]+\s*|\[[^\]]{1,40}\]\s*)?[(,]|,?\s*(?:and|or|&))\s*$/u
/** The most characters between a name and its container ("X town (", "X, Y district, "). */
const CONTAINER_GAP = 30

/** `p` lies in or beside the place `q` names: near its point, in its district or province, or a district holding it. */
function liesIn(p: PlaceMention, q: PlaceMention): boolean {
  if (!p.countryCode || p.countryCode !== q.countryCode) return false
  const reach = q.kind === 'place' && q.precision === 1 ? BESIDE_KM : 2 * BESIDE_KM
  if (p.latitude !== null && q.latitude !== null && p.longitude !== null && q.longitude !== null && km(p.latitude, p.longitude, q.latitude, q.longitude) <= reach) return true
  if (q.kind === 'admin1') return p.admin1 === q.admin1
  if (q.kind === 'admin2') return p.admin1 === q.admin1 && (p.admin2 === q.name || p.admin2 === null)
  if (q.kind === 'country') return true
  // A town standing for its district ("X (Y, Z)" with X unknown: Y at precision 2): a place of that district.
  return q.precision === 2 && q.admin2 !== null && p.admin2 === q.admin2
}

/**
 * A town abroad in an article about one country that nothing else supports is a namesake, not the
 * event's place: a word cut from a longer local name ("Ain" of "Ain Zara", "Bab" of "Bab al-Tabbaneh"),
 * or a town of a country the article names nowhere else. It never becomes an event place.
 */
function strayNamesake(doc: Doc, p: PlaceMention, focus: string | null, home: string | null): boolean {
  if (!focus || p.kind === 'country' || p.kind === 'demonym' || p.kind === 'region' || !p.countryCode || p.countryCode === focus) return false
  const cut = CUT_NAME.test(doc.text.slice(p.span[1], p.span[1] + 20))
  const roles = doc.frame?.roles
  const alone = !doc.places.some((q, i) => q !== p && q.countryCode === p.countryCode && roles?.[i]?.role !== 'nationality' && roles?.[i]?.role !== 'caption')
    && !doc.actors.some((a) => a.countryCode === p.countryCode && !a.generic)
  // A lone foreign name counts as a namesake only in an article clearly about one country (home, ≥ 75 %).
  if (!cut && !(alone && home === focus && p.kind !== 'admin1')) return false
  if (!doc.messages.some((m) => m.rule === 'stray-namesake' && m.span?.[0] === p.span[0])) say(doc, 'frame', 'stray-namesake', `"${doc.text.slice(p.span[0], p.span[1])}" read as ${p.name ?? p.text}, ${p.countryCode}: ${cut ? 'only part of a longer name' : `nothing else in the article points to ${p.countryCode}`}, in an article about ${focus}; not an event place.`, { span: p.span, actual: p.name ?? p.text })
  return true
}
// "the town", "the city" with no name after it ("the town of X" names its own).
const THE_TOWN = /\bthe (?:town|city)\b(?! of \p{Lu})/u
// The rest of a longer proper name right after a match: "Ain| Zara", "Bab| al-Tabbaneh".
const CUT_NAME = /^ (?:(?:al|el|ad|ar|as|at|an|az)-\p{Lu}|\p{Lu}\p{Ll})/u

/** More than nationalities point to the country ("a Canadian tourist" says who, not where). */
function supported(doc: Doc, country: string): boolean {
  const roles = doc.frame?.roles
  return doc.places.some((p, i) => p.countryCode === country && roles?.[i]?.role !== 'nationality' && roles?.[i]?.role !== 'caption')
    || doc.actors.some((a) => a.countryCode === country && !a.generic)
    || doc.frame?.outlet === country
}

/** The article's most named place, specific places counting more than countries. */
function dominantPlace(list: PlaceMention[]): PlaceMention | null {
  const weight = new Map<string, { p: PlaceMention; w: number }>()
  for (const p of list) {
    const key = `${p.name}|${p.countryCode}`
    const w = (weight.get(key)?.w ?? 0) + (4 - p.precision)
    weight.set(key, { p: weight.get(key)?.p ?? p, w })
  }
  let out: { p: PlaceMention; w: number } | null = null
  for (const v of weight.values()) if (!out || v.w > out.w) out = v
  return out?.p ?? null
}

/**
 * A place the sentence names that the gazetteer does not know: capitalised words right before a
 * kind-of-place or administrative word ("Machava village", "Nangade district"), none of them a
 * place mention. Returns its words, or null.
 */
function unknownPlace(doc: Doc, s: number): string | null {
  const t = doc.tokens, k = placeKnowledge()
  if (s < 0) return null
  const [from, to] = sentenceTokens(doc, s)
  for (let i = Math.max(1, from); i < to; i++) {
    // The kind word in lower case: "Machava village", not "Islamic State".
    if (t.value[i] !== t.norm[i] || !(k.units.has(t.norm[i]) || k.after.has(t.norm[i]) || k.siteHeads.has(t.norm[i]))) continue
    const j = i - 1
    if (t.sentence[j] !== s || !/^\p{Lu}\p{Ll}/u.test(t.value[j]) || k.stop.has(t.norm[j])) continue
    // The word before the name is no sentence start and the name is no known place.
    if (j === 0 || t.sentence[j - 1] !== s || doc.places.some((p) => p.span[0] <= t.start[j] && t.end[j] <= p.span[1])) continue
    if (doc.actors.some((a) => a.span[0] <= t.start[j] && t.end[j] <= a.span[1])) continue
    if (inRegion(doc, [t.start[j], t.end[i]], aside)) continue
    return `${t.value[j]} ${t.value[i]}`
  }
  // "overran an army base in Moqokori on Tuesday": a capitalised word after "in", "at" or "near" that is no known place,
  // date, group or common word names a place all the same.
  for (let i = from + 1; i < to; i++) {
    if (!UNKNOWN_AFTER.has(t.norm[i - 1]) || !/^\p{Lu}\p{Ll}{2,}$/u.test(t.value[i]) || k.stop.has(t.norm[i])) continue
    if (i + 1 < t.count && t.sentence[i + 1] === s && /^\p{Lu}/u.test(t.value[i + 1])) {
      // "near Ben Gurion": a name of a few capitalised words, unknown as a whole, counts only when the article calls it a
      // country's ("Israel's Ben Gurion airport", rule owned-unknown).
      let j = i
      while (j + 1 < to && j - i < 2 && /^\p{Lu}\p{Ll}+$/u.test(t.value[j + 1])) j++
      const name = doc.text.slice(t.start[i], t.end[j])
      if (Array.from({ length: j - i + 1 }, (_, n) => i + n).every((x) => unread(doc, x)) && ownerOf(doc, name)) return name
      continue
    }
    if (unread(doc, i)) return t.value[i]
  }
  return null
}

/** The country the article names as the owner of an unknown name ("Israel's Ben Gurion airport"), or null. */
function ownerOf(doc: Doc, name: string): PlaceMention | null {
  const owned = new RegExp(`^['’]s\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\b`)
  return doc.places.find((p) => p.kind === 'country' && owned.test(doc.text.slice(p.span[1], p.span[1] + name.length + 8))) ?? null
}
/** "near the town of Tabatol": a kind word and "of", then a capitalised word that is no known place, group or date. */
function unknownOfPlace(doc: Doc, s: number): string | null {
  const t = doc.tokens, k = placeKnowledge()
  if (s < 0) return null
  const [from, to] = sentenceTokens(doc, s)
  for (let i = from + 1; i + 2 < to; i++) {
    if (t.norm[i + 1] !== 'of' || !k.units.has(t.norm[i]) || t.value[i] !== t.norm[i] || t.sentence[i + 2] !== s) continue
    const n = i + 2
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(t.value[n]) || k.stop.has(t.norm[n])) continue
    if (unread(doc, n)) return `${t.value[i]} of ${t.value[n]}`
  }
  return null
}
/** Token `i` is read as no place, group or date, and stands in the story (not a dateline, caption or credit). */
function unread(doc: Doc, i: number): boolean {
  const t = doc.tokens
  const at = [t.start[i], t.end[i]] as const
  const covered = (span: readonly [number, number]) => span[0] <= at[0] && at[1] <= span[1]
  return !doc.places.some((p) => covered(p.span)) && !doc.actors.some((a) => covered(a.span)) && !doc.dates.some((d) => covered(d.span))
    && !inRegion(doc, [at[0], at[1]], aside)
}
// Prepositions after which a capitalised word names where something happened.
const UNKNOWN_AFTER = new Set(['in', 'at', 'near'])

/**
 * The word that makes a town's name the start of a street's, quarter's or building's name: "Murree
 * Road", "Grande Vitoria neighborhood", "San Pedro Claver hospital" (up to three capitalised words
 * between). Returns that word, or null.
 */
function namePart(doc: Doc, p: PlaceMention): string | null {
  if (p.kind !== 'place') return null
  const t = doc.tokens, k = frameKnowledge()
  let j = 0, hi = t.count
  while (j < hi) { const mid = (j + hi) >> 1; if (t.start[mid] < p.span[1]) j = mid + 1; else hi = mid }
  const s = j < t.count ? t.sentence[j] : -1
  // "the Kurukshetra-Yamunanagar road": a road between two towns is coded at one of them.
  if (doc.text[p.span[0] - 1] === '-') return null
  for (let n = 0; j < t.count && t.sentence[j] === s && n <= 3; j++, n++) {
    if (k.namedAfter.has(t.norm[j]) || k.buildings.has(t.norm[j])) return t.value[j]
    if (!/^\p{Lu}\p{Ll}/u.test(t.value[j])) return null
  }
  return null
}

/** "Patzcuaro" of "the Uruapan-Patzcuaro road": a town after a hyphen, with a road word after it. */
function roadEnd(doc: Doc, p: PlaceMention): boolean {
  if (doc.text[p.span[0] - 1] !== '-' || !/\p{L}/u.test(doc.text[p.span[0] - 2] ?? '')) return false
  const next = /^\s+(\p{L}+)/u.exec(doc.text.slice(p.span[1], p.span[1] + 24))
  return next !== null && placeKnowledge().roads.has(plain(next[1]))
}

/** `p` is the first end of a road named after two towns ("Abuja" in "the Abuja-Kaduna highway"). */
function roadStart(doc: Doc, p: PlaceMention): boolean {
  const m = /^-\p{L}[\p{L}'’ -]{0,30}?\s+(\p{L}+)/u.exec(doc.text.slice(p.span[1], p.span[1] + 40))
  return m !== null && placeKnowledge().roads.has(plain(m[1]))
}

/** The one town of `list` inside the district `d` (a second-level area, or a town standing for its district), or null. */
function villageIn(d: PlaceMention, list: PlaceMention[]): PlaceMention | null {
  const district = d.kind === 'admin2' ? d.name : d.kind === 'place' ? d.admin2 : null
  if (!district || !d.countryCode) return null
  const inside = list.filter((p) => p.kind === 'place' && p.precision === 1 && p.countryCode === d.countryCode && p.admin1 === d.admin1 && p.admin2 === district && p.name !== d.name)
  return new Set(inside.map((p) => p.name)).size === 1 ? inside[0] : null
}

/** Sentence `s` opens by pointing back at an event: "The strike ...", "The deadly attack ...", "This raid ...". */
export function opensOnEvent(doc: Doc, s: number): boolean {
  const t = doc.tokens, k = frameKnowledge()
  let i = 0
  while (i < t.count && (t.sentence[i] < s || (t.sentence[i] === s && !t.value[i].trim()))) i++
  if (i >= t.count || t.sentence[i] !== s) return false
  const at = (j: number, words: readonly string[]): boolean => words.every((w, n) => j + n < t.count && t.sentence[j + n] === s && t.norm[j + n] === w)
  const open = k.anaphorOpen.find((w) => at(i, w))
  if (!open) return false
  const j = i + open.length
  return k.anaphorHeads.some((h) => at(j, h))
}

/** The most specific place of the first of `groups` (sentences) that names one inside the country `c`, not a country itself. */
function within(c: PlaceMention, groups: PlaceMention[][], trigger: Span, home: string | null, part: (p: PlaceMention) => boolean): PlaceMention | null {
  for (const list of groups) {
    const p = best(list.filter((q) => q.countryCode === c.countryCode && q.kind !== 'country' && q.kind !== 'region' && !(q.cue && origin.has(q.cue))), trigger, home, part)
    if (p) return p
  }
  return null
}

/** A country's name told as geography: right after a direction word ("northern Iraq") or before a possessive area ("Iraq's Gara region"). */
function geographyTold(doc: Doc, p: PlaceMention): boolean {
  const k = frameKnowledge()
  const before = doc.text.slice(Math.max(0, p.span[0] - 20), p.span[0]).toLowerCase().match(/([a-z]+)\s+$/)
  if (before && k.possessivePlace.some((ph) => ph.length === 1 && ph[0] === before[1])) return true
  const after = /^['’]s\s+((?:\p{Lu}[\p{L}'’-]*\s+){1,3})(\p{Ll}+)/u.exec(doc.text.slice(p.span[1], p.span[1] + 60))
  return !!after && k.possessiveAreaHeads.has(after[2])
}
