/** @module frame/roles: what each place-name mention is in its sentence: an event place, or a dateline, a source's base, a nationality, a modifier, an organisation, a reference point. */
import type { Doc, PlaceMention, PlaceRoleNote, Tokens } from '../doc.js'
import { inRegion } from '../doc.js'
import type { FrameKnowledge, Phrases } from './knowledge.js'

/** First token starting at or after `at` (tokens are sorted by start). */
function tokenAt(t: Tokens, at: number): number {
  let lo = 0, hi = t.count
  while (lo < hi) { const mid = (lo + hi) >> 1; if (t.start[mid] < at) lo = mid + 1; else hi = mid }
  return lo
}

/** The longest phrase that ends right before token `i` (same sentence), or null. */
/** How far a village may lie from the town it is told from ("30 km north of Beni") for that town to stand for it (ACLED: the nearest known town, precision 2). */
const BEARING_REACH_KM = 50
/** At most this many words ("the district town of") between a destination phrase and the name. */
const DESTINATION_FILLERS = 4
const JOURNEY_GAP = 3   // "was travelling from", "on its way from"

function endsBefore(t: Tokens, i: number, list: Phrases): string | null {
  for (const words of list) {
    const n = words.length
    if (i - n < 0 || t.sentence[i - n] !== t.sentence[i]) continue
    let ok = true
    for (let k = 0; k < n && ok; k++) ok = t.norm[i - n + k] === words[k]
    if (ok) return words.join(' ')
  }
  return null
}

/** The phrase of `list` that ends right before place `p`, destination fillers ("the town of") between allowed, or null. */
export function phraseBeforePlace(doc: Doc, p: PlaceMention, list: Phrases, k: FrameKnowledge): string | null {
  const t = doc.tokens
  const i = tokenAt(t, p.span[0])
  if (i >= t.count) return null
  let d = i
  while (d > 0 && i - d < DESTINATION_FILLERS && t.sentence[d - 1] === t.sentence[i] && k.destinationFillers.has(t.norm[d - 1])) d--
  return endsBefore(t, d, list) ?? (d !== i ? endsBefore(t, i, list) : null)
}

/** The longest phrase that starts at token `i` (same sentence as token `i - 1`), or null. */
function startsAt(t: Tokens, i: number, list: Phrases): string | null {
  if (i >= t.count || i === 0 || t.sentence[i] !== t.sentence[i - 1]) return null
  for (const words of list) {
    const n = words.length
    if (i + n > t.count) continue
    let ok = true
    for (let k = 0; k < n && ok; k++) ok = t.norm[i + k] === words[k]
    if (ok) return words.join(' ')
  }
  return null
}

/** Words from a cause's cue to the "in" of its place ("accountability for the collapse of a station canopy in X"). */
const CAUSE_REACH = 10
const event = (reason: string): PlaceRoleNote => ({ role: 'event', rule: 'event-place', reason })
const isPossessive = (w: string | undefined): boolean => w === "'s" || w === '’s' || w === "'" || w === '’'
// Quotation marks around a name ("the \"Saba Saba\" protests"; straight or curly).
const QUOTE_OPEN = /["“‘']\s*$/, QUOTE_CLOSE = /^["”’']$/

/**
 * A bearing before the mention: "150 km north of X", "north of the capital, X". With a distance of
 * more than ten kilometres, or words between the bearing and the name, X is only a reference point.
 * Returns the bearing's words, or null.
 */
function bearingBefore(doc: Doc, i: number, k: FrameKnowledge): { words: string; km: number | null; filler: boolean } | null {
  const t = doc.tokens
  // Words between the bearing and the name: "the", "capital", a nationality ("the Somali capital, X").
  const skip = (j: number): boolean => k.fillers.has(t.norm[j]) || doc.places.some((q) => q.kind === 'demonym' && q.span[0] <= t.start[j] && t.end[j] <= q.span[1])
  let j = i - 1, filler = false
  while (j >= 0 && i - j <= 5 && t.sentence[j] === t.sentence[i] && skip(j) && !(t.norm[j] === 'of' && k.bearing.has(t.norm[j - 1] ?? ''))) { j--; filler = true }
  if (j < 1 || t.norm[j] !== 'of' || !k.bearing.has(t.norm[j - 1]) || t.sentence[j - 1] !== t.sentence[i]) return null
  const b = j - 1
  // A distance before the compass word: "150 km", "about 80 kilometres", "20km".
  let km: number | null = null
  for (let d = b - 1; d >= Math.max(0, b - 4) && t.sentence[d] === t.sentence[i]; d--) {
    if (!k.units.has(t.norm[d])) continue
    const n = Number((t.norm[d - 1] ?? '').replace(/,/g, ''))
    if (Number.isFinite(n) && n > 0) km = /^mi/.test(t.norm[d]) ? n * 1.609 : n
    break
  }
  // "to the west of X" points away from X ("in the west of X" lies inside it).
  const away = b >= 2 && t.norm[b - 1] === 'the' && t.norm[b - 2] === 'to' && t.sentence[b - 2] === t.sentence[i]
  return { words: `${away ? 'to the ' : ''}${km !== null ? `${km} km ` : ''}${t.norm[b]} of`, km, filler: filler || away }
}

/** Tokens back from a place to the comma that opens an apposition ("X, a suburb in the hills above Y"). */
const APPOSITION_REACH = 9

/** The place an apposition describes when the mention at token `i` is inside it: "X, a suburb [...] Y" (X a town or village). */
function appositionHead(doc: Doc, t: Tokens, i: number, k: FrameKnowledge): PlaceMention | null {
  const m = commaBefore(t, i, 2)
  // The comma must open "a/an <noun>", and the noun must come two words before the mention at least (not "X, a Y" itself).
  if (m < 0 || !['a', 'an'].includes(t.norm[m + 1] ?? '') || !k.appositionNouns.has(t.norm[m + 2] ?? '') || m + 2 >= i - 1) return null
  return townBefore(doc, t, m)
}

/** The town named right before the comma that opens the bearing ending at token `i` ("Bafut, about 20 km north of ... Bamenda"). */
function bearingHead(doc: Doc, t: Tokens, i: number): PlaceMention | null {
  const m = commaBefore(t, i, 1)
  return m < 0 ? null : townBefore(doc, t, m)
}

/** The nearest comma before token `i` in its sentence, within APPOSITION_REACH and no farther back than token `first`; -1 past a ';' or '.'. */
function commaBefore(t: Tokens, i: number, first: number): number {
  for (let m = i - 1; m >= first && i - m <= APPOSITION_REACH && t.sentence[m] === t.sentence[i]; m--) {
    if (t.value[m] === ';' || t.value[m] === '.') return -1
    if (t.value[m] === ',') return m
  }
  return -1
}

/** The town whose name ends right before the comma at token `m` (not a dateline's, a caption's or a credit's). */
function townBefore(doc: Doc, t: Tokens, m: number): PlaceMention | null {
  return doc.places.find((q) => q.kind === 'place' && tokenAt(t, q.span[1]) === m && t.end[m - 1] === q.span[1]
    && !inRegion(doc, q.span, ['dateline', 'caption', 'credit'])) ?? null
}

// A teller's noun, then "in the ... capital", right before a place: "an official in the provincial capital X".
// Only a capital: a teller in the capital is away from the event; "police in Gusau said" may well be where it happened.
const TELLER_IN = /\b(?:officials?|officers?|spokes(?:man|woman|person)|sources?|commanders?|police|governor|administrator)\s+in\s+the\s+(?:(?:state|provincial|regional|district|national)\s+)?capital\s+(?:city\s+of\s+|of\s+)?$/i
const TELLER_SAID = /^\s*,?\s+(?:said|says|told|added|confirmed)\b/i

/** The role of one place mention, with the rule that decided it. */
export function roleOf(doc: Doc, p: PlaceMention, k: FrameKnowledge): PlaceRoleNote {
  const t = doc.tokens
  if (inRegion(doc, p.span, ['caption', 'credit'])) return { role: 'caption', rule: 'caption-place', reason: `"${p.text}" is in a photo caption or credit, about another day or place.` }
  if (inRegion(doc, p.span, ['dateline'])) return { role: 'dateline', rule: 'dateline-place', reason: `"${p.text}" is the dateline: where the report was filed.` }
  // "the OSCE SMM observed ...": a mission working in one country says which country, not where.
  if (p.rule === 'mission-name') return { role: 'organisation', rule: 'mission-country', reason: `"${p.text}" names a mission that works only in ${p.country ?? p.countryCode}: it tells the article's country, not where anything happened.` }
  if (p.kind === 'demonym') return { role: 'nationality', rule: 'nationality', reason: `"${p.text}" is a nationality: it says who people are, not where anything happened.` }
  const i = tokenAt(t, p.span[0])
  const j = tokenAt(t, p.span[1]) // first token after the mention
  if (i >= t.count) return event(`"${p.text}" is named in the story.`)
  const src = endsBefore(t, i, k.sourceBefore)
  if (src) return { role: 'source', rule: 'source-based', reason: `"${p.text}" after "${src}" is where a source or reporter is, not the event.` }
  const srcAfter = startsAt(t, j, k.sourceAfter)
  if (srcAfter && t.start[j] === p.span[1]) return { role: 'source', rule: 'source-based', reason: `"${p.text}-based" is where a source sits, not the event.` }
  const groupArea = endsBefore(t, i, k.groupAreaBefore)
  if (groupArea) return { role: 'reference', rule: 'group-area', reason: `"${groupArea} ${p.text}" describes where a group works, not where the act told happened.` }
  const office = startsAt(t, j, k.tellerAfter)
  if (office) return { role: 'source', rule: 'teller-office', reason: `"${p.text} ${office}" names who tells of it, not where it happened.` }
  // "a charge Islamabad denied" where the name was read as a namesake town (Anantnag's old name): a town named as the subject
  // of a government's answer stands for a government (national capitals themselves: capital-as-government below).
  const answer = p.kind === 'place' && p.featureCode !== 'PPLC' && t.norm[i - 1] !== undefined && !/^(?:in|at|near|from|to|into|outside|around|of|on)$/.test(t.norm[i - 1]) && t.start[j] === p.span[1] + 1
    ? startsAt(t, j, k.governmentSpeaksAfter) : null
  if (answer) return { role: 'source', rule: 'capital-speaks', reason: `"${p.text} ${answer}": the town stands for a government answering, not where anything happened.` }
  // "a senior police officer in the state capital Imphal said": the place of a teller named right before its speech verb.
  if (TELLER_IN.test(doc.text.slice(Math.max(0, p.span[0] - 60), p.span[0])) && TELLER_SAID.test(doc.text.slice(p.span[1], p.span[1] + 20))) {
    return { role: 'source', rule: 'teller-place', reason: `"${p.text}" is where the one who tells of it is, right before the verb of telling: not the event.` }
  }
  // Also "talks in the Saudi city of Jeddah": the words for a town and a country's adjective between (rule venue).
  let vd = i
  while (vd > 0 && i - vd < DESTINATION_FILLERS && t.sentence[vd - 1] === t.sentence[i] && /^(?:the|city|town|capital|port|resort|coastal|of)$/.test(t.norm[vd - 1])
    || (vd > 1 && i - vd < DESTINATION_FILLERS && t.sentence[vd - 1] === t.sentence[i] && /^[A-Z][a-z]+$/.test(t.value[vd - 1]) && t.norm[vd - 2] === 'the')) vd--
  const venue = endsBefore(t, i, k.venueBefore) ?? (vd !== i && t.norm[i - 1] === 'of' ? endsBefore(t, vd, k.venueBefore) : null)
  if (venue) return { role: 'venue', rule: 'venue', reason: `"${p.text}" after "${venue}" is where talks, visits or travel happen, not violence.` }
  // "Speaking to troops at a base in Port Sudan, Burhan vowed to fight": a place in an opening clause of speech is where
  // the speaker spoke (places.yaml speech_openers).
  const opener = speechOpener(doc, t, i, k)
  if (opener) return { role: 'venue', rule: 'speech-venue', reason: `"${p.text}" in the clause opened by "${opener}" is where a speaker spoke, not an event place.` }
  // "officers retreated towards the town of Hinche", "the wounded were flown to Bucaramanga": where they went, after the act.
  let d = i
  while (d > 0 && i - d < DESTINATION_FILLERS && t.sentence[d - 1] === t.sentence[i] && k.destinationFillers.has(t.norm[d - 1])) d--
  const went = endsBefore(t, d, k.destinationBefore) ?? (d !== i ? endsBefore(t, i, k.destinationBefore) : null)
  // Not where the sentence goes on to tell violence there ("fled toward Beni, where the army fought rebels").
  let after = false
  for (let m = j; m < t.count && t.sentence[m] === t.sentence[i] && !after; m++) after = k.violence.has(t.norm[m])
  if (went && !after) return { role: 'venue', rule: 'destination', reason: `"${p.text}" after "${went}" is where people or forces went, not where the act happened.` }
  // "Nurses at the Federal Medical Centre in Gusau worked to treat villagers wounded when gunmen attacked their village":
  // the hospital's town, where the wounded were cared for; not when violence comes before the hospital (its target).
  const care = endsBefore(t, i, k.careBefore)
  if (care) {
    const from = i - care.split(' ').length
    let treated = false, hit = false, told = false
    for (let m = from - 1; m >= 0 && t.sentence[m] === t.sentence[i] && !hit; m--) hit = k.violence.has(t.norm[m])
    for (let m = from - 1; m >= 0 && t.sentence[m] === t.sentence[i] && !treated; m--) treated = k.careWords.has(t.norm[m])
    for (let m = j; m < t.count && t.sentence[m] === t.sentence[i]; m++) {
      if (k.careWords.has(t.norm[m])) treated = true
      else if (k.violence.has(t.norm[m])) told = true
    }
    if (treated && told && !hit) return { role: 'venue', rule: 'care-place', reason: `"${p.text}" after "${care}" is where the wounded were cared for, not where the act happened.` }
  }
  const travel = endsBefore(t, i, k.travelBefore)
  if (travel) {
    let violent = -1
    for (let m = i - 1; m >= 0 && t.sentence[m] === t.sentence[i] && violent < 0; m--) if (k.violence.has(t.norm[m])) violent = m
    for (let m = i + 1; m < t.count && t.sentence[m] === t.sentence[i] && violent < 0; m++) if (k.violence.has(t.norm[m])) violent = m
    if (violent < 0) return { role: 'venue', rule: 'venue', reason: `"${p.text}" after "${travel}" is where travel ends, not violence.` }
    return event(`"${p.text}" after "${travel}": the sentence tells of violence ("${t.value[violent]}"), so the place is where it happened.`)
  }
  // "on the highway to Nairobi near Narok": where the road leads yields to another place of its sentence; alone ("on
  // the road to Parakou, Benin") it is the event's place, near it (data/places/cues.yaml gives it precision 2).
  const route = endsBefore(t, i, k.routeBefore)
  if (route && doc.places.some((q) => q !== p && ['place', 'admin1', 'admin2', 'feature'].includes(q.kind) && t.sentence[tokenAt(t, q.span[0])] === t.sentence[i]
    && !endsBefore(t, tokenAt(t, q.span[0]), k.routeBefore))) {
    return { role: 'reference', rule: 'route-reference', reason: `"${route} ${p.text}" names where a road leads, and the sentence names another place: a reference point, not the event place.` }
  }
  // "in solidarity with Palestinians in Gaza": the cause's place, a few words after its cue and right after "in".
  // Also "in the northern city of X": the "in" a few words of the town's own phrase before it.
  let inAt = i - 1
  while (inAt > 0 && i - inAt <= 4 && t.norm[inAt] !== 'in' && t.sentence[inAt] === t.sentence[i] && /^(?:the|a|northern|southern|eastern|western|central|city|town|village|of|nearby|port)$/.test(t.norm[inAt])) inAt--
  if (inAt > 0 && t.norm[inAt] === 'in') {
    for (let m = inAt; m > 0 && inAt - m <= CAUSE_REACH && t.sentence[m - 1] === t.sentence[i] && t.value[m - 1] !== ','; m--) {
      const cause = endsBefore(t, m, k.causeBefore)
      if (cause) return { role: 'reference', rule: 'cause-place', reason: `"${cause} ... in ${p.text}": the place of the cause, not of the act told.` }
    }
  }
  // "in the city's Dniprovskyi district" after "the city of Kherson": a quarter of that town; a namesake of another province
  // (Kyiv's Dniprovskyi) is not where it happened.
  if (i >= 2 && isPossessive(t.norm[i - 1]) && k.cityNouns.has(t.norm[i - 2]) && t.sentence[i - 2] === t.sentence[i]) {
    const town = [...doc.places].reverse().find((q) => q.span[1] <= t.start[i - 2] && q.kind === 'place' && q.precision === 1
      && !inRegion(doc, q.span, ['dateline', 'caption', 'credit']))
    if (town && town.admin1 && p.admin1 && town.admin1 !== p.admin1) {
      return { role: 'reference', rule: 'city-quarter', reason: `"the ${t.norm[i - 2]}'s ${p.text}" is a quarter of ${town.text}, not ${p.name ?? p.text} in ${p.admin1}.` }
    }
  }
  // "Residents of Petion-Ville, a suburb in the hills above Haiti's capital, lynched ...": a place in an apposition that
  // describes the place named right before it tells where that place lies, a reference point (rule apposition-reference).
  const described = appositionHead(doc, t, i, k)
  if (described) return { role: 'reference', rule: 'apposition-reference', reason: `"${p.text}" is in an apposition describing ${described.text} ("${described.text}, a ..."): where that place lies, not the event place.` }
  // "was travelling from Gao to Ansongo when it was hit": where the journey was going, not where it was hit.
  if (t.norm[i - 1] === 'to' && t.sentence[i - 1] === t.sentence[i]) {
    const start = doc.places.find((q) => q !== p && tokenAt(t, q.span[1]) === i - 1 && t.sentence[tokenAt(t, q.span[0])] === t.sentence[i])
    const from = start ? tokenAt(t, start.span[0]) - 1 : -1
    let journey = false
    for (let m = from - 1; from > 0 && m >= Math.max(0, from - JOURNEY_GAP) && t.sentence[m] === t.sentence[i] && !journey; m--) journey = k.journeyBefore.has(t.norm[m])
    if (start && t.norm[from] === 'from' && journey) {
      return { role: 'reference', rule: 'journey-destination', reason: `"from ${start.text} to ${p.text}": where a journey was going, a reference point, not the event place.` }
    }
  }
  const origin = endsBefore(t, i, k.originBefore)
  if (origin) return { role: 'origin', rule: 'origin', reason: `"${p.text}" after "${origin}" is where people come from.` }
  // "The protests, known as Saba Saba, mark ...": the name given to what was told, not a place (rule naming).
  const naming = endsBefore(t, i, k.namingBefore)
  if (naming) {
    let w = i - naming.split(' ').length - 1
    if (w >= 0 && t.value[w] === ',') w--
    const named = w >= 0 && t.sentence[w] === t.sentence[i] ? t.norm[w] : ''
    if (!k.namingPlaceNouns.has(named) && !k.cityNouns.has(named) && !k.appositionNouns.has(named)) {
      return { role: 'organisation', rule: 'naming', reason: `"${naming} ${p.text}" gives a name to what was told, not a place.` }
    }
  }
  // 'during the "Saba Saba" protests': a quoted name right before an event noun names the event, not its place.
  if (QUOTE_OPEN.test(doc.text.slice(Math.max(0, p.span[0] - 2), p.span[0])) && QUOTE_CLOSE.test(t.value[j] ?? '') && t.sentence[j] === t.sentence[i]
    && k.quotedEventNouns.has(t.norm[j + 1] ?? '')) {
    return { role: 'organisation', rule: 'quoted-event-name', reason: `"${p.text}" in quotation marks before "${t.value[j + 1]}" names the event, not a place.` }
  }
  // Saints: "St Mary's church", "Saint Paul's Cathedral", or a gazetteer name that starts with the saint's word.
  const first = p.text.split(/\s+/)[0].toLowerCase()
  const prev = i > 0 && t.sentence[i - 1] === t.sentence[i] ? t.norm[i - 1] : ''
  const afterPoss = isPossessive(t.norm[j]) ? j + 1 : j
  if (k.saints.has(prev) || (k.saints.has(first) && k.buildings.has(t.norm[afterPoss] ?? ''))) {
    return { role: 'organisation', rule: 'saint-name', reason: `"${p.text}" is part of a saint's name${k.buildings.has(t.norm[afterPoss] ?? '') ? ` ("${t.norm[afterPoss]}")` : ''}, not a place.` }
  }
  // "according to Amnesty International Kenya": a country's name closing an organisation's name names its branch.
  const branch = p.kind === 'country' ? endsBefore(t, i, k.organisationBefore) : null
  if (branch) return { role: 'organisation', rule: 'organisation-branch', reason: `"${branch} ${p.text}" is an organisation's branch in the country, not a place where something happened.` }
  // "Fano fighters", "a Fano spokesman": a town of another country bearing the name of an armed group of the story's
  // country is the group's name, not a place (rule group-name-abroad).
  const group = doc.actors.find((a) => !a.generic && [2, 3, 4].includes(a.inter) && a.countryCode && p.countryCode && a.countryCode !== p.countryCode
    && a.span[0] <= p.span[0] && p.span[1] <= a.span[1]
    // told as a group somewhere with a noun of its own ("Fano fighters"), not only by the bare name a town bears
    && doc.actors.some((b) => b.name === a.name && b.span[1] - b.span[0] > p.span[1] - p.span[0]))
  if (group && p.kind === 'place') return { role: 'organisation', rule: 'group-name-abroad', reason: `"${p.text}" is part of "${group.text}" (${group.name}), a group of ${group.countryCode}: its name, not the town in ${p.country ?? p.countryCode}.` }
  const org = startsAt(t, j, k.organisationAfter)
  if (org && /^\p{Lu}/u.test(t.value[j])) return { role: 'organisation', rule: 'organisation-name', reason: `"${p.text}" is part of an organisation's name ("${p.text} ${t.value[j]}...").` }
  // "Iran-backed", "Saudi-led": a country joined to a participle.
  if (t.value[j] === '-' && t.start[j] === p.span[1] && k.hyphenAfter.has(t.norm[j + 1] ?? '')) {
    return { role: 'modifier', rule: 'compound-modifier', reason: `"${p.text}-${t.norm[j + 1]}" describes who stands behind something, not where it happened.` }
  }
  // "Lebanon's prime minister": a possessive of something that is not part of the place.
  if (isPossessive(t.norm[j]) && t.sentence[j] === t.sentence[i]) {
    const next = j + 1
    const placeNext = doc.places.some((q) => q !== p && q.span[0] === t.start[next])
    let named = next
    while (named < next + 3 && named < t.count && t.sentence[named] === t.sentence[i] && /^\p{Lu}/u.test(t.value[named])) named++
    const area = startsAt(t, next, k.possessivePlace) || (named > next && named < t.count && t.sentence[named] === t.sentence[i] && k.possessiveAreaHeads.has(t.norm[named]))
    if (!placeNext && !area && p.kind === 'country') return { role: 'modifier', rule: 'possessive', reason: `"${p.text}'s ${t.value[next] ?? ''}" names the country's ${t.value[next] ?? 'thing'}, not a place where something happened.` }
  }
  // "the US dollar", "US officials", "a US drone": a country's name as an adjective.
  if (p.kind === 'country') {
    const agent = endsBefore(t, t.norm[i - 1] === 'the' ? i - 1 : i, k.agentBefore)
    if (agent) return { role: 'modifier', rule: 'country-as-agent', reason: `"${agent} ${p.text}": the country acts as a government here, it is not a place.` }
    // "The United States carried out an air strike ... in Somalia": the striker, not where it struck.
    // Only a country that opens its clause: "the missiles Russia launched overnight" names what was shot down elsewhere.
    const opener = (w: number) => w < 0 || t.sentence[w] !== t.sentence[i] || k.strikerOpeners.has(t.norm[w])
    const opens = opener(t.norm[i - 1] === 'the' ? i - 2 : i - 1)
    const acts = opens && t.sentence[j] === t.sentence[i] ? startsAt(t, j, k.agentAfter) : null
    if (acts) return { role: 'modifier', rule: 'country-as-striker', reason: `"${p.text} ${acts}": the country strikes as a state here, it is not the place struck.` }
    // "India said on Wednesday it had fired missiles at targets in Pakistan": the country tells it struck (rule country-said-it-struck).
    if (opens && /^(?:said|says|announced|confirmed|claimed|stated)$/.test(t.norm[j] ?? '')) {
      let w = j + 1
      while (w < t.count && w - j < 8 && t.sentence[w] === t.sentence[i] && k.selfTold.has(t.norm[w])) w++
      const told = w > j + 1 && t.norm.slice(j + 1, w).some((x) => x === 'it' || x === 'its') ? startsAt(t, w, k.agentAfter) : null
      if (told) return { role: 'modifier', rule: 'country-said-it-struck', reason: `"${p.text} ${t.value.slice(j, w).join(' ')} ${told}": the country tells it struck, it is not the place struck.` }
    }
    const adj = startsAt(t, j, k.countryAdjective)
    if (adj) return { role: 'modifier', rule: 'country-adjective', reason: `"${p.text} ${adj}" uses the country's name as an adjective, not as a place.` }
    // "the US Africa Command": a country's name before a capitalised word that is no place.
    const w = t.value[j]
    if (j < t.count && t.sentence[j] === t.sentence[i] && t.start[j] === p.span[1] + 1 && /^\p{Lu}\p{Ll}/u.test(w) && !k.notNamePart.has(t.norm[j])
      && !doc.places.some((q) => q.span[0] === t.start[j])) {
      return { role: 'organisation', rule: 'name-part', reason: `"${p.text} ${w}" is the start of a name, not a place.` }
    }
  }
  // "between Washington and Islamabad", "Moscow denied": a national capital standing for its government.
  if (p.featureCode === 'PPLC') {
    const cb = endsBefore(t, i, k.capitalBefore)
    // As the subject of an active verb ("Washington also resumed drone strikes"), the capital acts: it is the government.
    const verb = j < t.count && t.sentence[j] === t.sentence[i] && !k.locative.has(prev) ? (t.pos[j] === 'VERB' ? j : t.pos[j] === 'ADV' && t.pos[j + 1] === 'VERB' ? j + 1 : -1) : -1
    const ca = startsAt(t, j, k.capitalAfter) ?? (isPossessive(t.norm[j]) && j + 1 < t.count && t.sentence[j + 1] === t.sentence[i] && startsAt(t, j + 1, k.capitalPossessive) ? `${t.value[j]} ${startsAt(t, j + 1, k.capitalPossessive)}` : null) ?? (verb >= 0 && /ed$/.test(t.norm[verb]) ? t.value.slice(j, verb + 1).join(' ') : null)
    if (cb || ca) return { role: 'modifier', rule: 'capital-as-government', reason: `"${cb ? `${cb} ` : ''}${p.text}${ca ? ` ${ca}` : ''}": the capital stands for its government, not for a place where something happened.` }
  }
  const b = bearingBefore(doc, i, k)
  // "stormed Bafut, about 20 km north of the regional capital Bamenda, on Monday": a bearing set off by a comma right after
  // a town tells where that town lies, however near (rule bearing-apposition).
  const placed = b ? bearingHead(doc, t, i) : null
  if (placed) return { role: 'reference', rule: 'bearing-apposition', reason: `"${placed.text}, ${b!.words} ${p.text}": the bearing tells where ${placed.text} lies, a reference point, not the event place.` }
  if (b && ((b.km !== null && b.km > BEARING_REACH_KM) || (b.km === null && b.filler))) {
    return { role: 'reference', rule: 'bearing-reference', reason: `"${b.words} ${p.text}" gives a bearing from "${p.text}": it is a reference point, not the event place.` }
  }
  // "at Sabiid in the Lower Shabelle region, about 45 km west of Mogadishu": a town near enough to stand for the spot does not,
  // when the sentence has already named the province or district the spot lies in and the town lies outside it.
  const area = b ? doc.places.find((q) => q !== p && q.span[1] <= t.start[i] && t.sentence[tokenAt(t, q.span[0])] === t.sentence[i]
    && (q.kind === 'admin1' || q.kind === 'admin2') && q.countryCode === p.countryCode && (q.kind === 'admin1' ? q.admin1 !== p.admin1 : q.admin2 !== p.admin2)) : undefined
  if (b && area) {
    return { role: 'reference', rule: 'bearing-reference', reason: `"${b.words} ${p.text}" gives a bearing from "${p.text}", which lies outside ${area.text}, named before it as where the event was: a reference point, not the event place.` }
  }
  return event(`"${p.text}" is named in the story.`)
}


/** The speech verb opening the sentence of token `i` ("Speaking to troops at a base in X, ...") when no comma stands between it and `i`. */
function speechOpener(doc: Doc, t: Doc['tokens'], i: number, k: FrameKnowledge): string | null {
  let s = i
  while (s > 0 && t.sentence[s - 1] === t.sentence[i]) s--
  // Past a paragraph's opening quote marks or line breaks.
  while (s < i && !/\p{L}/u.test(t.value[s])) s++
  if (!k.speechOpeners.has(t.norm[s])) return null
  for (let m = s + 1; m < i; m++) if (t.value[m] === ',' || t.value[m] === ';') return null
  return t.value[s]
}
