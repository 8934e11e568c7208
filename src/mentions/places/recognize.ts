/** @module mentions/places/recognize: find place-name mentions over tokens, with cues, "X, Y" containers and name/organisation filters. */
import type { Span } from '../../doc.js'
import type { Gazetteer } from './gazetteer.js'
import { Flag } from './gazetteer-types.js'
import type { PlaceKnowledge } from './knowledge.js'
import { FOLD, JOINED, aspirateFold, foldDoubles, placeKey, plain, skeleton } from './normalize.js'
import { SLAVIC, slavicCountry, slavicKey, slavicNear } from './slavic.js'

// A compass area's name run together: "northwest", "south east" (the gazetteer writes "North-West", "South East").
const COMPASS_JOINED = /^(north|south)(east|west)$/

/** The token columns the scan needs (doc.tokens, or a headline split by titleTokens()). */
export interface TokenView {
  readonly count: number
  readonly value: readonly string[]
  readonly pos: readonly string[]
  readonly start: Int32Array | readonly number[]
  readonly end: Int32Array | readonly number[]
  readonly sentence: Int32Array | readonly number[]
}

/** A recognised mention before disambiguation. */
export interface Found {
  first: number; last: number           // token indices
  span: Span
  text: string
  posts: number[]                       // gazetteer postings: entity * 4 + flag
  cue: string | null                    // the words before it ("near", "in", "north of")
  cuePrecision: 1 | 2 | null
  adminCue: string | null               // the word after it ("province", "county"), or before "of" ("the state of X")
  /** The admin word came before the name ("the state of X"), not after it. */
  adminCueBefore?: boolean
  unit: string | null                   // a kind-of-place word after it ("city", "area", "village")
  org: boolean                          // heads an organisation's name ("Donbass People's Militia")
  weak: boolean                         // stoplisted or sentence-initial common word: needs a pattern to count
  /** Joined by a hyphen to a word of backing or origin ("Ankara-backed", "Iran-aligned", "Britain-based"): who stands behind, no vote for where. */
  backer?: boolean
  container: Found | null               // "X, Y" / "X in Y province" / "X (Y, Z)": Y
  /** Set on Y when Y is some mention's container. */
  contains: Found | null
  /** "Tantega (Materi, Atacora)" with Tantega unknown: Y stands in for a smaller place the text names. */
  standIn: boolean
  /** The link to the container is explicit (brackets, "X district, Y"), not a bare comma that may be a list. */
  strictContainer: boolean
  /** Stands in for a village the gazetteer lacks or knows only elsewhere (precision 2 even for a city). */
  village?: boolean
  /** A stand-in named in brackets after the unknown name ("Abu Salim (Tripoli)"). */
  bracket?: boolean
  /** Found only through the loose index (other vowels or spacing than the gazetteer's). */
  loose?: boolean
  /** Written where an area's name goes: after "the" ("in the Bekaa Valley"), a comma or a bracket ("district, Kunar"). */
  areaSlot?: boolean
  /** After an unknown capitalised name and a comma, closing the clause ("near Qiyamaddinli, Aghjabadi."): the area holding that village. */
  holdsUnknown?: boolean
  /** The head or tail of a longer local name the gazetteer lacks ("Wadi" of "Wadi al Nurani", "Cali" of "Garabey-Cali"). */
  partOf?: boolean
  /** Followed by words of a town's institutions or people ("the Jordan middle school", "a Lebanon woman"; cues.yaml `townUse`). */
  townUse?: boolean
  /** "X district center": the district's seat town, coded at the seat with precision 1. */
  seatNamed?: boolean
  /** "X (X, Province)": a name with its own district in brackets, the district's seat town (precision 1 where the gazetteer knows the seat). */
  seatByName?: boolean
  /** "Minbya Township": a unit word of `titledDistrict`, capitalised, after the name: a second-level unit (precision 2). */
  titledDistrict?: boolean
  /** "the X area of Y district", "X locality in Y": a named part of its container, which ACLED codes at X itself when X is known (precision 1). */
  namedPart?: boolean
  /** An item of a list of cities ("in Washington, New York and Boston"): each item is a city, a major one before small namesakes. */
  listed?: boolean
  /** An item of a list of countries ("where Chad, Cameroon, Niger and Nigeria meet"): the country, not a state of its name. */
  countryListed?: boolean
  /** Named in the text's first sentence (the lead). */
  lead?: boolean
}

const connectors = new Set(['of', 'de', 'del', 'la', 'le', 'al', 'el', 'ez', 'ad', 'ed', 'ar', 'as', 'az', 'an', 'es', 'ash', 'upon',
  'on', 'the', 'du', 'des', 'da', 'do', 'dos', 'das', 'di', 'y', 'los', 'las', '-', "'", '’', "'s", '’s', 'sur', 'am', 'im', 'bin', 'ibn', 'abu', 'bou', 'ben', 'and'])
const article = /^(al|el|as|ad|ar|an|az|ash|ed|es|ez)$/i
const upper = /^\p{Lu}/u
// Persian izafe and Arabic article forms written after a hyphen, in lower case.
const hyphenJoiners = new Set(['e', 'i', 'ye', 'yi', 'ul', 'ol', 'al', 'el', 'ud', 'ad', 'ar', 'as', 'ash', 'az'])
// Persian izafe and "wa" (and) written as words inside a name: "Qala i Naw", "Keran wa Menjan".
const izafe = new Set(['i', 'e', 'ye', 'wa'])
// Lower-case words written inside a longer name between its capitalised words (izafe, "wa", Spanish "a", Romanian "sub").
const inName = new Set([...izafe, 'a', 'sub'])
const closed = new Set(['ADP', 'DET', 'ADV', 'SCONJ', 'CCONJ', 'PRON', 'VERB', 'AUX', 'PART', 'NUM', 'ADJ'])
const MAX_TOKENS = 9
// The possessive ending as the tokenizer splits it off ("Russia's" → Russia 's).
const POSSESSIVE = new Set(["'s", '’s'])

// An ASCII first letter is answered without the regex (its \p{Lu} there is A–Z): this runs on most tokens of every article.
// A Nguni name written with its lower-case class prefix ("eThekwini", "iLembe", "uMgungundlovu") is a capitalised name too.
const CAMEL = /^[a-z]\p{Lu}\p{Ll}/u
const isCap = (v: string): boolean => { const c = v.charCodeAt(0); return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122 && CAMEL.test(v)) : upper.test(v) }
// A French elided article glued to a capitalised word inside a name: "Côte d'Ivoire", "Val-d'Oise".
const ELIDED = /^[dl]['’]\p{Lu}/u
const adjacentTokens = (t: TokenView, a: number, b: number): boolean => t.end[a] === t.start[b]

/**
 * A village of the village layer (data/gazetteer/villages, imports): a GeoNames populated place under 500 people
 * that is no seat (cities500 has none such). Thousands of villages in many countries share a name with a
 * neighbourhood, a farm or a word ("Agricultura", "Kibera"): such a name alone says little about the country.
 */
export const village = (g: Gazetteer['g'], e: number): boolean => g.kind[e] === 'place' && g.id[e] > 0 && g.pop[e] < 500 && !/^PPL[ACG]/.test(g.code[e])
/** A place of under 1,000 people that is no seat of an area. */
const hamlet = (g: Gazetteer['g'], e: number): boolean => g.kind[e] === 'place' && g.pop[e] < 1000 && !/^PPL[ACG]/.test(g.code[e])

/** True when most longer words of each sentence are capitalised: a headline in title case. */
function titleCaseSentences(t: TokenView): Set<number> {
  const caps = new Map<number, [number, number]>()
  // "Ben Reese, Mary Alice Spaulding, Paige Parker and ...": a list of people's names is capitalised too, but a headline
  // seldom holds two commas; such a sentence keeps the person tests.
  const commas = new Map<number, number>()
  for (let i = 0; i < t.count; i++) if (t.value[i] === ',') commas.set(t.sentence[i], (commas.get(t.sentence[i]) ?? 0) + 1)
  for (let i = 0; i < t.count; i++) {
    if ((commas.get(t.sentence[i]) ?? 0) >= 2) continue
    if (t.value[i].length < 4 || !/^\p{L}/u.test(t.value[i])) continue
    const c = caps.get(t.sentence[i]) ?? [0, 0]
    c[0]++; if (isCap(t.value[i])) c[1]++
    caps.set(t.sentence[i], c)
  }
  return new Set([...caps].filter(([, [n, k]]) => n >= 3 && k / n >= 0.7).map(([s]) => s))
}

/** The last words of the place cues, a comma and "and": what may stand before a name the Slavic fold is tried on. Built once. */
const cueEndSets = new WeakMap<PlaceKnowledge, Set<string>>()
function cueEndsOf(k: PlaceKnowledge): Set<string> {
  let ends = cueEndSets.get(k)
  if (!ends) cueEndSets.set(k, (ends = new Set([...k.before.map((c) => c.words[c.words.length - 1]), ',', 'and'])))
  return ends
}

/** Every gazetteer name in the token stream, longest first, left to right. */
export function recognize(t: TokenView, text: string, gaz: Gazetteer, k: PlaceKnowledge): Found[] {
  const out: Found[] = []
  const headline = titleCaseSentences(t)
  const people = new Set<string>()     // words seen in a person's name: a later "Kelly" after "John Kelly"
  const heads = new Set<number>()      // tokens read as the head of a longer local name ("Shewa" of "Shewa Robit"): no given name
  const persons = new Set<string>()    // names the text shows to be a person's ("Roy Jones", "Douglas said"): every bare mention goes
  const adjacent = (a: number, b: number): boolean => t.end[a] === t.start[b]
  // The name ending at `j` stands where an area's name goes: before an admin or kind-of-place word ("Hiran region"),
  // or between commas and brackets ("(Balcad, Middle Shabelle)").
  const areaSlot = (i: number, j: number): boolean => {
    const next = j + 1 < t.count && t.sentence[j + 1] === t.sentence[j] ? t.value[j + 1] : ''
    if (k.after.has(next.toLowerCase()) || k.units.has(next.toLowerCase())) return true
    const prev = i > 0 && t.sentence[i - 1] === t.sentence[i] ? t.value[i - 1] : ''
    return (prev === ',' || prev === '(') && (next === ',' || next === ')' || next === '.' || next === '')
  }
  const cueEnds = cueEndsOf(k)
  for (let i = 0; i < t.count;) {
    const v = t.value[i]
    const hyphenArticle = t.value[i + 1] === '-' && article.test(v) && adjacent(i, i + 1)
    // Both start with a letter: no test for one is left to make.
    if (!(isCap(v) || hyphenArticle)) { i++; continue }
    // "Garabey-Cali", "Jean-Pierre": the tail of a hyphenated name whose head is no known place ("Wisconsin-Milwaukee" has
    // one) may be part of a longer local name; a party's initials ("D-Charleston") are no head.
    const headKnown = (j: number): boolean => (gaz.lookup(placeKey(t.value[j])) ?? []).some((p) => (p & 3) === Flag.Primary && (gaz.g.kind[p >> 2] !== 'place' || gaz.g.pop[p >> 2] >= 1000))
    const tail = i >= 2 && t.value[i - 1] === '-' && adjacent(i - 2, i - 1) && adjacent(i - 1, i) && isCap(t.value[i - 2]) && /\p{Ll}/u.test(t.value[i - 2]) && !headKnown(i - 2)
    // The longest window that can be a name: one sentence, capitalised words joined by connectors and hyphens.
    let maxJ = i
    for (let j = i + 1; j < t.count && j < i + MAX_TOKENS && t.sentence[j] === t.sentence[i]; j++) {
      const w = t.value[j]
      if (isCap(w) || ELIDED.test(w)) { maxJ = j; continue }
      if (connectors.has(w.toLowerCase()) || (w === '-' && adjacent(j - 1, j))) continue
      // "Cocos (Keeling) Islands": a bracketed part of capitalised words inside a name, the name going on after it (rule
      // bracket-inside-name). Only a name the gazetteer has whole is found over it; else the name before the bracket.
      if (w === '(') {
        let m = j + 1
        while (m < t.count && m <= j + 3 && t.sentence[m] === t.sentence[i] && isCap(t.value[m]) && /\p{L}/u.test(t.value[m])) m++
        if (m > j + 1 && m + 1 < t.count && t.value[m] === ')' && t.sentence[m + 1] === t.sentence[i] && isCap(t.value[m + 1]) && /\p{L}/u.test(t.value[m + 1])) { j = m; continue }
      }
      // "J&K", "AJ&K": an ampersand inside one abbreviation.
      if (w === '&' && adjacent(j - 1, j) && j + 1 < t.count && adjacent(j, j + 1)) continue
      // A lower-case izafe or article after a hyphen, a capitalised word next: "Sar-e Pol", "Pul-e Khumri", "Nahr-e Saraj".
      if (hyphenJoiners.has(w) && t.value[j - 1] === '-' && adjacent(j - 1, j) && j + 1 < t.count && t.sentence[j + 1] === t.sentence[i] && isCap(t.value[j + 1])) continue
      // A lower-case word inside a name, a capitalised word next: Persian izafe and "wa" ("Dara i Pech"), Spanish "a"
      // ("Gracias a Dios"), Romanian "sub" ("Poienile de sub Munte"). Only a name the gazetteer has is found over it.
      if (inName.has(w) && j + 1 < t.count && t.sentence[j + 1] === t.sentence[i] && isCap(t.value[j + 1]) && /\p{L}/u.test(t.value[j + 1])) continue
      // "Pakistan-administered Kashmir": a state's hold glued by a hyphen, a capitalised area next (cues.yaml heldBy).
      if (k.heldBy.has(w) && t.value[j - 1] === '-' && adjacent(j - 1, j) && j + 1 < t.count && t.sentence[j + 1] === t.sentence[i] && isCap(t.value[j + 1])) continue
      // A short lower-case word glued by hyphens on both sides: "Port-au-Prince", "Shar-i-Shali".
      if (t.value[j - 1] === '-' && adjacent(j - 1, j) && t.value[j + 1] === '-' && adjacent(j, j + 1) && w.length <= 4) continue
      break
    }
    let hit: Found | null = null
    for (let j = maxJ; j >= i && !hit; j--) {
      if (!isCap(t.value[j]) && !ELIDED.test(t.value[j])) continue
      const surface = text.slice(t.start[i], t.end[j])
      const key = placeKey(surface)
      let posts = gaz.lookup(key)
      // "the Hiran region", "(Balcad, Middle Shabelle)": where an area's name goes, the areas and towns spelled with doubled
      // letters ("Hiiraan", "Middle Shabele") are candidates too, as alternate names, beside any exact namesake (a Hīrān in Iraq).
      if (areaSlot(i, j) && key.length >= 4) {
        const more = gaz.loose(FOLD + foldDoubles(key))?.filter((e) => !posts?.some((p) => p >> 2 === e))
        if (more?.length) posts = [...(posts ?? []), ...more.map((e) => e * 4 + Flag.Alternate)]
        // "Cameroon's Northwest region" for the gazetteer's North-West: a compass name written as one word is that country's
        // two-word area too, beside a namesake spelled as one word (Iceland's Northwest).
        // Only after that country's own possessive ("Cameroon's"): "the so-called Southwest state of Somalia" is no Cameroonian area.
        const compass = COMPASS_JOINED.exec(key)
        const owner = compass && i >= 2 && t.sentence[i - 2] === t.sentence[i] && /^['’]s$/.test(t.value[i - 1])
          ? new Set((gaz.lookup(placeKey(t.value[i - 2])) ?? []).filter((p) => (p & 3) === Flag.Primary && gaz.g.kind[p >> 2] === 'country').map((p) => gaz.g.cc[p >> 2])) : null
        const split = compass && owner?.size ? gaz.lookup(`${compass[1]} ${compass[2]}`)?.filter((p) => (p & 3) === Flag.Primary && gaz.g.kind[p >> 2] !== 'place' && owner.has(gaz.g.cc[p >> 2]) && !posts?.some((q) => q >> 2 === p >> 2)) : undefined
        if (split?.length) posts = [...(posts ?? []), ...split.map((p) => (p >> 2) * 4 + Flag.Alternate)]
      }
      // "Bossaso" for the gazetteer's "Bosaso": the text doubles a letter the gazetteer writes once. Where an area's name
      // goes, or when nothing bears the name as written and a kind-of-place word follows ("Bossaso town"), a town of
      // 1,000 or more (or an area) under the single-letter spelling is a candidate, as an alternate name.
      const single = foldDoubles(key)
      const unitAfter = (): boolean => j + 1 < t.count && t.sentence[j + 1] === t.sentence[j] && (k.units.has(plain(t.value[j + 1])) || k.after.has(plain(t.value[j + 1])))
      if (single !== key && single.length >= 5 && (areaSlot(i, j) || (!posts && unitAfter()))) {
        const more = gaz.lookup(single)?.filter((p) => (p & 3) === Flag.Primary && !posts?.some((q) => q >> 2 === p >> 2) && (gaz.g.kind[p >> 2] !== 'place' || gaz.g.pop[p >> 2] >= 1000 || gaz.g.code[p >> 2].startsWith('PPLA')))
        if (more?.length) posts = [...(posts ?? []), ...more.map((p) => (p >> 2) * 4 + Flag.Alternate)]
      }
      // "Troitskoye", "Petrovskoye", "Trudivski": a Ukrainian village under another romanisation than the gazetteer's
      // (data/places/slavic.yaml) is a candidate too, as an alternate name; found only so, it needs the text's support.
      // A name the exact index already finds as an area or a city of 100,000 or more of such a country ("Donetsk") is
      // spelled as the gazetteer spells it there: no villages of other spellings beside it.
      // Tried for names of one to three words that nothing bears, or that only that region's places bear (the fold costs a lookup).
      // A name nothing bears is tried only after a place cue's last word, a comma or "and" ("near X", "X, Y and Z").
      const fold = j - i > 2 || (posts ? !posts.some((p) => slavicNear(gaz.g.cc[p >> 2])) : !(i > 0 && t.sentence[i - 1] === t.sentence[i] && cueEnds.has(plain(t.value[i - 1]))))
        || posts?.some((p) => slavicCountry(gaz.g.cc[p >> 2]) && (gaz.g.kind[p >> 2] !== 'place' || gaz.g.pop[p >> 2] >= 100_000)) ? '' : slavicKey(key)
      const slavic = fold ? gaz.loose(SLAVIC + fold)?.filter((e) => !posts?.some((p) => p >> 2 === e)) : undefined
      const folded = !posts && !!slavic?.length
      if (slavic?.length) posts = [...(posts ?? []), ...slavic.map((e) => e * 4 + Flag.Alternate)]
      // One word nothing bears as written, of six letters or more: "Kyaukphyu" for the gazetteer's Kyaukpyu (an aspirate
      // written or left out), "Dansadau" for Dan Sadau (a town's two words run together); as an alternate name.
      if (!posts && i === j && key.length >= 6 && isCap(t.value[i]) && surface !== surface.toUpperCase()) {
        const folded = aspirateFold(key)
        const spelled = folded !== key ? gaz.lookup(folded)?.map((p) => (p >> 2) * 4 + Flag.Alternate) : undefined
        posts = spelled?.length ? spelled : gaz.loose(JOINED + key)?.map((e) => e * 4 + Flag.Alternate)
      }
      // "Benins capital", "Malis army": a country's possessive with its apostrophe dropped, inside a sentence and before a
      // lower-case word, is the country (rule possessive-unmarked). Countries only: no town's name is read so.
      if (!posts && i === j && key.length >= 5 && key.endsWith('s') && i > 0 && t.sentence[i - 1] === t.sentence[i] && j + 1 < t.count
        && t.sentence[j + 1] === t.sentence[j] && /^\p{Ll}/u.test(t.value[j + 1]) && surface !== surface.toUpperCase()) {
        const own = gaz.lookup(key.slice(0, -1))?.filter((p) => (p & 3) === Flag.Primary && gaz.g.kind[p >> 2] === 'country')
        if (own?.length) posts = own
      }
      if (!posts) continue
      // Short all-capital tokens are acronyms: only countries, states and big cities, never a small town ("BA", "CIA").
      // Nor a region or sea of ours: none is written as an acronym, so "SWAT team", "GULF" in capitals are another word.
      // A dateline in capitals ("JERUSALEM/GAZA:", "GAZA -") is a name, not an acronym.
      // So is one opening the story before a comma ("BENI, Congo —", "GAO, Mali (AP) —").
      const opening = t.sentence[i] <= 1 && (i === 0 || t.sentence[i - 1] !== t.sentence[i]) && t.value[j + 1] === ','
      const dateline = (j + 1 < t.count && [':', '/', '—', '–', '-'].includes(t.value[j + 1])) || (i > 0 && t.value[i - 1] === '/') || opening
      if (i === j && surface.length <= 4 && surface === surface.toUpperCase() && !dateline) posts = posts.filter((p) => { const kind = gaz.g.kind[p >> 2]; return kind === 'country' || kind === 'admin1' || (kind === 'place' && gaz.g.pop[p >> 2] >= 1e6) })
      // "Kan." with its dot is the state abbreviation, not a town whose alternate name is Kan.
      // Dotted initials that are no state's AP initials ("L.A." is Los Angeles; Louisiana is "La.") are not the abbreviation.
      if (/^(?:\p{Lu}\.){2,}$/u.test(surface) && !k.initials.has(surface)) posts = posts.filter((p) => (p & 3) !== Flag.Abbreviation)
      else if (surface.endsWith('.') && posts.some((p) => (p & 3) === Flag.Abbreviation)) posts = posts.filter((p) => (p & 3) === Flag.Abbreviation)
      if (posts.length) hit = folded ? { ...nameAt(t, i, j, surface, posts), loose: true } : nameAt(t, i, j, surface, posts)
    }
    // "Dera Ismail khan", "Tando allahyar": a name the gazetteer has whole, written with a word of it in lower case. Tried
    // only over lower-case words that are no unit, admin, settlement or cue word ("Kabul city", "Kandahar province").
    for (let j = maxJ + 1, n = 0; j < t.count && n < 2 && t.sentence[j] === t.sentence[i] && /^\p{Ll}{2,}$/u.test(t.value[j]); n++) {
      const w = t.value[j]
      if (k.units.has(w) || k.after.has(w) || k.settlements.has(w) || connectors.has(w) || k.stop.has(w) || k.kin.has(w)) break
      let end = j
      while (end + 1 < t.count && end + 1 <= j + 2 && t.sentence[end + 1] === t.sentence[i] && isCap(t.value[end + 1])) end++
      // Only where a name may end ("Dera Ismail khan,", "Tando allahyar city", "X tek Singh"): most lower-case words after a name
      // ("Police said that") are no part of it, and cost no lookup.
      const after = end + 1 < t.count && t.sentence[end + 1] === t.sentence[i] ? t.value[end + 1] : ''
      const ends = end > j || after === '' || after === ',' || after === '(' || after === ')' || k.units.has(after) || k.after.has(after)
      const surface = text.slice(t.start[i], t.end[end])
      const posts = ends && surface.length >= 8 ? gaz.lookup(placeKey(surface))?.filter((p) => (p & 3) === Flag.Primary && gaz.g.kind[p >> 2] !== 'country') : undefined
      if (posts?.length) { hit = nameAt(t, i, end, surface, posts); break }
      j = end
    }
    // "Mohammad Agha district", "Lashkargah city": a name before a district or kind-of-place word may be
    // spelled with other vowels than the gazetteer's; the loose index finds it (as an alternate name).
    // A shorter name that only villages bear, or towns by an alternate name ("Khas" of "Khas Urozgan district"), gives way to
    // the longer name found so.
    const short = hit !== null && hit.posts.every((p) => village(gaz.g, p >> 2) || ((p & 3) === Flag.Alternate && gaz.g.kind[p >> 2] === 'place')) ? hit : null
    if (short) hit = null
    for (let j = maxJ; j >= i && !hit && (!short || j > short.last); j--) {
      const after = j + 1 < t.count && t.sentence[j + 1] === t.sentence[i] ? t.value[j + 1].toLowerCase() : ''
      // So may one written where an area's name goes ("(Mahabubnagar, TS)" for Mahbūbnagar), with a longer skeleton.
      // And one with its container in brackets after it ("Ar Rajban (Al Jabal Al Gharbi)" for Ar Rujbān): the container must then hold it.
      const held = after === '(' && t.value[j].length >= 3 && j + 2 < t.count && t.sentence[j + 2] === t.sentence[i] && isCap(t.value[j + 2])
      // Only in brackets: a bare list between commas ("Farm Fresh, Shoreland, Lund") holds brand and people's names too.
      const bracketed = (i > 0 && t.value[i - 1] === '(') || after === ')'
      const slot = !(k.after.has(after) || k.units.has(after)) && ((areaSlot(i, j) && bracketed) || held)
      if (!isCap(t.value[j]) || !(k.after.has(after) || k.units.has(after) || slot)) continue
      const surface = text.slice(t.start[i], t.end[j])
      const key = skeleton(placeKey(surface))
      const ents = key.length >= (slot ? 5 : 4) ? gaz.loose(key) : undefined
      if (ents?.length) hit = { ...nameAt(t, i, j, surface, ents.map((e) => e * 4 + Flag.Alternate)), loose: true }
    }
    hit ??= short
    // "Pétion-Ville" for the gazetteer's "Pétionville": a hyphenated name written as one word there.
    for (let j = maxJ; j > i && !hit; j--) {
      if (!isCap(t.value[j])) continue
      const surface = text.slice(t.start[i], t.end[j])
      if (!/\p{L}-\p{L}/u.test(surface)) continue
      const key = placeKey(surface).replace(/ /g, '')
      const posts = key.length >= 6 ? gaz.lookup(key) : undefined
      if (posts?.length) hit = nameAt(t, i, j, surface, posts.map((p) => (p >> 2) * 4 + Flag.Alternate))
    }
    // "near Svitlodarsk" (Svetlodarsk in the gazetteer), "the town of al-Qaryatain" (Al Qaryatayn): after a cue naming a place's
    // surroundings ("near", "outskirts of") or its kind ("the town of"; cues.yaml `loose`) a name may be spelled with other vowels too; the loose index finds it (as an alternate name, which needs support).
    // "the town of Maarat al-Numan": a shorter exact name at its head (a Philippine village "Maarat") yields to the whole
    // name with an article joined by a hyphen, found loosely after a kind-of-place cue (rule longer-loose-name).
    // The cue is looked up once, and only where it can matter: no name found, or one shorter than the capitalised run.
    const cue = !hit || hit.last < maxJ ? looseCueBefore(t, i, k) : undefined
    const headOnly = !!hit && cue?.precision === 1 && /\p{L}-\p{L}/u.test(text.slice(t.start[i], t.end[maxJ]))
    const looseCue = hit && !headOnly ? undefined : cue
    if (headOnly) {
      for (let j = maxJ; j > hit!.last; j--) {
        if (!isCap(t.value[j]) && !/^\p{Ll}{1,3}-\p{Lu}/u.test(t.value[j])) continue
        const surface = text.slice(t.start[i], t.end[j])
        const key = skeleton(placeKey(surface))
        const ents = key.length >= 4 ? gaz.loose(key) : undefined
        if (ents?.length) { hit = { ...nameAt(t, i, j, surface, ents.map((e) => e * 4 + Flag.Alternate)), loose: true }; break }
      }
    }
    if (!hit && looseCue) {
      // A kind-of-place cue says the name is a town, so a shorter skeleton ("qrtn") may do; "near" may stand before anything.
      const least = looseCue.precision === 1 ? 4 : 5
      for (let j = maxJ; j >= i && !hit; j--) {
        if (!isCap(t.value[j])) continue
        const surface = text.slice(t.start[i], t.end[j])
        // "near the town of Bu'ale" for the gazetteer's Bu'aale: a letter the gazetteer doubles, written once, with too few
        // consonants for a skeleton to find it; the FOLD index (doubled letters written once) does (rule cue-fold-doubles).
        const single = foldDoubles(placeKey(surface))
        const fold = single.length >= 5 ? gaz.loose(FOLD + single) : undefined
        const key = skeleton(placeKey(surface))
        const ents = fold?.length ? fold : key.length >= least ? gaz.loose(key) : undefined
        if (ents?.length) hit = { ...nameAt(t, i, j, surface, ents.map((e) => e * 4 + Flag.Alternate)), loose: true }
      }
    }
    // "the Lake province" (Chad's Lac): a name the gazetteer holds only with its admin word (variants.yaml), written with
    // that word in lower case. The areas under the name and its word are the candidates; the word stays its admin cue.
    if (!hit && maxJ + 1 < t.count && t.sentence[maxJ + 1] === t.sentence[i] && k.after.has(t.value[maxJ + 1])) {
      const surface = text.slice(t.start[i], t.end[maxJ])
      const posts = gaz.lookup(placeKey(`${surface} ${t.value[maxJ + 1]}`))?.filter((p) => gaz.g.kind[p >> 2] === 'admin1' || gaz.g.kind[p >> 2] === 'admin2')
      if (posts?.length) hit = nameAt(t, i, maxJ, surface, posts)
    }
    if (!hit) { i++; continue }
    // "Rakh Chikri", "Garas Barey": a name only villages bear, then a capitalised word the gazetteer lacks (or only
    // villages bear, or any word after "the village of": "the village of Tudun Biri"), is the head of a longer local name, not one of those villages (thousands share short names): the
    // whole name is skipped.
    {
      const h = hit.last, n = h + 1
      if (n < t.count && t.sentence[n] === t.sentence[h] && t.start[n] - t.end[h] === 1 && isCap(t.value[n]) && /^\p{L}+$/u.test(t.value[n]) && !k.units.has(plain(t.value[n])) && !k.after.has(plain(t.value[n]))
        // After "the village of" the text says one name follows: a second word is part of it, whatever else it names.
        && ((hit.posts.every((p) => village(gaz.g, p >> 2)) && (!!looseCueBefore(t, i, k, 1) || (gaz.lookup(placeKey(t.value[n])) ?? []).every((p) => village(gaz.g, p >> 2))))
          // "Ras Isa", "Bir Ali": one word only hamlets bear (under 1,000 people), glued to a word that names no country, no
          // province and no town of 1,000 people under its own name, is the head of a longer name just the same.
          || (hit.first === hit.last && !headline.has(t.sentence[h]) && !k.orgWords.has(plain(t.value[n])) && !k.siteHeads.has(plain(t.value[n])) && !k.placeAppositives.has(plain(t.value[n])) && hit.posts.every((p) => hamlet(gaz.g, p >> 2))
            && (gaz.lookup(placeKey(t.value[n])) ?? []).every((p) => gaz.g.kind[p >> 2] !== 'country' && gaz.g.kind[p >> 2] !== 'admin1' && ((p & 3) === Flag.Alternate || gaz.g.pop[p >> 2] < 1000))))) {
        let m = n
        while (m + 1 < t.count && t.sentence[m + 1] === t.sentence[h] && isCap(t.value[m + 1]) && /^\p{L}+$/u.test(t.value[m + 1])) m++
        i = m + 1; continue
      }
    }
    // "Bila Kamianka": a Slavic adjective that begins a village's name (cues.yaml adjectiveHeads), glued to a capitalised word, is
    // the head of a longer name the gazetteer lacks, not a town "Bila" elsewhere: the whole name is skipped.
    {
      const h = hit.last, n = h + 1
      if (hit.first === h && k.adjectiveHeads.has(plain(hit.text)) && n < t.count && t.sentence[n] === t.sentence[h] && t.start[n] - t.end[h] === 1 && isCap(t.value[n]) && /^\p{L}+$/u.test(t.value[n])) { i = n + 1; continue }
    }
    // "Tennessee Colony", "Danube Delta": a word that ends a longer local name (cues.yaml nameTails), capitalised right after
    // a name, makes one name the gazetteer lacks: not the state "Tennessee"; and such a word alone after a capitalised word
    // that is no cue or modifier ("Delta" of "Danube Delta") is not the town "Delta" elsewhere. The whole name is skipped.
    {
      const h = hit.last, n = h + 1, p = hit.first - 1
      const nameWord = (w: string): boolean => isCap(w) && /^\p{L}+$/u.test(w) && !k.modifiers.has(plain(w)) && !connectors.has(plain(w)) && !k.stop.has(plain(w))
      const tailAfter = n < t.count && t.sentence[n] === t.sentence[h] && t.start[n] - t.end[h] === 1 && isCap(t.value[n]) && k.nameTails.has(plain(t.value[n]))
        && nameWord(t.value[h])
      const tailItself = hit.first === h && k.nameTails.has(plain(hit.text)) && p >= 0 && t.sentence[p] === t.sentence[h] && t.start[h] - t.end[p] === 1 && nameWord(t.value[p])
      if (tailAfter) { i = n + 1; continue }
      if (tailItself) { if (out.length && out[out.length - 1].last === p) out.pop(); i = h + 1; continue }
    }
    // The head of a longer hyphenated name the gazetteer lacks ("Nord" of "Nord-Ubangi", "Shakhta" of "Shakhta-6") is not that name.
    // A city or country before a hyphen is kept: "Mogadishu-Hodan" names a city's district, "Turkish-backed" a country.
    const h = hit.last
    // A lower-case joiner after the hyphen ("Nawa-e Barakzayi", "Deh-i Sabz") always makes one longer name.
    if (h + 2 < t.count && t.value[h + 1] === '-' && adjacent(h, h + 1) && adjacent(h + 1, h + 2) && /\p{L}/u.test(t.value[h + 2])
      && (hyphenJoiners.has(t.value[h + 2]) || !hit.posts.some((p) => gaz.g.kind[p >> 2] === 'country' || (gaz.g.kind[p >> 2] === 'place' && gaz.g.pop[p >> 2] >= 1000)))) { i = h + 1; continue }
    // "Wadi al Nurani", "Loma de la Cruz": a name particle, then a capitalised word, after the
    // name make one longer name the gazetteer lacks (a longer one it has was matched whole above): its head is that place
    // only where the text's areas or places point to it (index.ts keep).
    {
      let m = h + 1
      while (m < t.count && t.sentence[m] === t.sentence[h] && (k.nameParticles.has(t.value[m]) || (t.value[m] === '-' && adjacent(m - 1, m)))) m++
      if (m > h + 1 && k.nameParticles.has(t.value[h + 1]) && m < t.count && t.sentence[m] === t.sentence[h] && isCap(t.value[m]) && /\p{L}/u.test(t.value[m])) hit.partOf = true
    }
    if (tail) hit.partOf = true
    // "Qala i Naw", "Dara i Sufi": a Persian izafe joiner written as a word between capitalised words makes one
    // longer name the gazetteer lacks; its head ("Qala", "Dara") is not that place. The whole name is skipped.
    if (h + 2 < t.count && t.sentence[h + 2] === t.sentence[h] && izafe.has(t.value[h + 1]) && isCap(t.value[h + 2]) && /\p{L}/u.test(t.value[h + 2])) {
      let m = h + 2
      while (m + 1 < t.count && t.sentence[m + 1] === t.sentence[h] && isCap(t.value[m + 1]) && /\p{L}/u.test(t.value[m + 1])) m++
      i = m + 1; continue
    }
    // "Puerto Jordan", "Port Lebanon": a country's name after a word that begins a local name is the end of a town's
    // name the gazetteer lacks, not the country.
    if (hit.first > 0 && t.sentence[hit.first - 1] === t.sentence[hit.first] && isCap(t.value[hit.first - 1]) && k.nameHeads.has(plain(t.value[hit.first - 1]))
      && hit.posts.some((p) => gaz.g.kind[p >> 2] === 'country')) {
      // Its head ("Puerto", a hamlet somewhere) is no place either.
      if (out.length && out[out.length - 1].last === hit.first - 1) out.pop()
      i = hit.last + 1; continue
    }
    // A lone "Al", "Abu" or "Ben" is part of a name the gazetteer lacks, never a town of its own.
    if (hit.first === hit.last && connectors.has(plain(hit.text))) { i++; continue }
    if (!people.has(plain(hit.text)) && accept(hit, t, gaz, k, headline, out, people, persons, heads)) out.push(hit)
    i = hit.last + 1
  }
  // A name the text shows to be a person's anywhere ("Roy Jones", "Douglas said") is a person's in its other
  // bare mentions too, before that one as well as after ("Welch went to ... Vasquez stabbed Welch").
  // A pattern ("Jones, Okla.", "Jones County") still pins the place.
  // A cue word ("in Lombard", "near Welch") or a pattern still makes the mention a place.
  const found = persons.size ? out.filter((f) => !(persons.has(plain(f.text)) && !f.cue && !f.container && !f.contains && !f.adminCue && !f.unit && townOnly(f, gaz))) : out
  shareListCue(found, t, k, gaz)
  linkContainers(found, t, k, gaz)
  // "China, Japan", "Mexico, China": two country names joined by a comma are a list, never a town and its country.
  const country = (f: Found): boolean => f.posts.some((p) => (p & 3) === Flag.Primary && gaz.g.kind[p >> 2] === 'country')
  for (const f of found) if (f.container && country(f) && country(f.container)) { f.container.contains = null; f.container = null; f.strictContainer = false }
  linkPossessiveCountry(found, t, gaz)
  markCityLists(found, t, gaz)
  // A state's abbreviation counts alone only in AP style's dotted initials ("S.C.", "D.C."), never a word ("Mass.", "Ind.")
  // nor a person's initials before a surname ("N.C. Wyeth").
  const initials = (f: Found): boolean => k.initials.has(f.text) && !(f.last + 1 < t.count && t.sentence[f.last + 1] === t.sentence[f.last] && isCap(t.value[f.last + 1]) && /\p{L}/u.test(t.value[f.last + 1]))
  // "Nad Ali (Marja) district": the unit's other name in brackets names the unit, not a place of its own.
  const otherNames = found.map((a) => [a.last + 1, otherNameEnd(t, a, k)])
  const otherName = (f: Found): boolean => otherNames.some(([from, to]) => to > 0 && f.first > from && f.last < to)
  // "Nigohan (UP)", "(Nalgunda, TS)": a state's abbreviation closing brackets, after a name the gazetteer lacks, stands in for it.
  const kept = found.filter((f) => (!onlyAbbreviation(f) || found.some((o) => o.container === f) || initials(f) || (f.standIn && t.value[f.last + 1] === ')')) && !otherName(f))
  for (const f of kept) if (t.sentence[f.first] === t.sentence[0]) f.lead = true
  return kept
}

/**
 * A town, a district, or a first-level area of a town's size: the Isle of Man's parish of Douglas (26,000 people) makes
 * "Police Chief Robert Douglas said" no more a place than the towns named Douglas do.
 */
const townLike = (gaz: Gazetteer, e: number): boolean => gaz.g.kind[e] === 'place' || gaz.g.kind[e] === 'admin2' || (gaz.g.kind[e] === 'admin1' && gaz.g.pop[e] < 1e5)

/** Every reading of the name is a town or district (or a town-sized first-level area): no country, big area, region or feature shares it. */
const townOnly = (f: Found, gaz: Gazetteer): boolean => f.posts.every((p) => townLike(gaz, p >> 2))

const onlyAbbreviation = (f: Found): boolean => f.posts.every((p) => (p & 3) === Flag.Abbreviation)

/** The unit phrase ("local government area") starting at token `i`, in `i - 1`'s sentence, with its length in tokens. */
function unitPhraseAt(t: TokenView, i: number, k: PlaceKnowledge): { unit: string; n: number } | null {
  if (i <= 0 || i >= t.count || t.sentence[i] !== t.sentence[i - 1]) return null
  for (const p of k.unitPhrases) {
    const n = p.words.length
    if (i + n > t.count) continue
    let ok = true
    for (let m = 0; m < n && ok; m++) ok = t.sentence[i + m] === t.sentence[i] && plain(t.value[i + m]) === p.words[m]
    if (ok) return { unit: p.unit, n }
  }
  return null
}

/** Reject person names and organisation heads; set cues and the weak flag. */
function accept(f: Found, t: TokenView, gaz: Gazetteer, k: PlaceKnowledge, headline: Set<number>, out: Found[], people: Set<string>, persons: Set<string>, heads: Set<number>): boolean {
  const i = f.first, j = f.last, s = t.sentence[i]
  const prev = i > 0 && t.sentence[i - 1] === s ? t.value[i - 1] : null
  const prevPlain = prev ? plain(prev).replace(/\.$/, '') : null
  if (prevPlain && k.titles.has(prevPlain) && isCap(prev!)) { people.add(plain(f.text)); return false }
  // "SPLA-IO spokesman Lam Paul Gabriel said": a lower-case job word before a name of two or more capitalised words makes
  // its first word a given name (rule job-before-name).
  const nextTok = j + 1 < t.value.length && t.sentence[j + 1] === s ? t.value[j + 1] : null
  if (prevPlain && k.jobsBeforeName.has(prevPlain) && i === j && nextTok && isCap(nextTok) && /^[A-Z][a-z]/.test(nextTok)) { people.add(plain(f.text)); return false }
  // 'Joaquin "El Chapo" Guzman': a name in quotes between a capitalised word and another is a person's nickname (rule
  // quoted-nickname).
  const quoteBefore = i >= 2 && t.sentence[i - 2] === s && /^["“”]$/.test(t.value[i - 1]) && /^\p{Lu}/u.test(t.value[i - 2])
  const quoteAfter = j + 2 < t.count && t.sentence[j + 2] === s && /^["“”]$/.test(t.value[j + 1]) && /^\p{Lu}\p{Ll}/u.test(t.value[j + 2])
  if (quoteBefore && quoteAfter) { people.add(plain(f.text)); return false }
  const single = i === j
  const inHeadline = headline.has(s)
  const pop = Math.max(...f.posts.map((p) => (townLike(gaz, p >> 2) ? gaz.g.pop[p >> 2] : 1e9)))
  // Names reached only through alternate names ("Ashraf" for Behshahr) count as small places for the person tests.
  const primaryPop = Math.max(0, ...f.posts.filter((p) => (p & 3) !== Flag.Alternate).map((p) => (townLike(gaz, p >> 2) ? gaz.g.pop[p >> 2] : 1e9)))
  // "John Kelly": a capitalised word before it that is no place and no modifier makes it the tail of a name.
  if (prev && isCap(prev) && !inHeadline && !heads.has(i - 1) && !k.modifiers.has(prevPlain!) && !closed.has(t.pos[i - 1]) && !(out.at(-1)?.last === i - 1 && !out.at(-1)!.weak) && pop < 1e9) { people.add(plain(f.text)); return false }
  // "Maru Local Government Area": several words standing for one unit word, read as that word.
  const phrase = unitPhraseAt(t, j + 1, k)
  const next = phrase ? phrase.unit : j + 1 < t.count && t.sentence[j + 1] === s ? t.value[j + 1] : null
  const nextPlain = next ? plain(next) : null
  // "the Ayr sub-clan", "the Solangi caste", "Kuki tribesmen": a people's name, whatever village bears it.
  if (nextPlain && k.kin.has(nextPlain)) return false
  // "Douglas said", "Robertson told reporters": a small town's name before a verb of saying is a person's
  // (a country or a capital may speak for its government: "Moscow said", "Kenya says").
  // Not after a lower-case word ("a spokesman for the city of Sevierville said": the town's office speaks).
  if (nextPlain && k.speech.has(nextPlain) && primaryPop < 1e5 && townOnly(f, gaz) && !(prev && /^\p{Ll}+$/u.test(prev))) { people.add(plain(f.text)); persons.add(plain(f.text)); return false }
  // "Roy Jones", "Abraham Lincoln": two one-word town names side by side, with no comma between them, are a
  // given name and a surname (a town and its state or country are written with a comma, or as one longer name).
  const left = out.at(-1)
  // Words that follow a town's name in its own right ("Fargo Mayor", "Athens Police", "Augusta Herald") are no surname.
  const bare = (x: Found): boolean => { const w = plain(x.text); return !x.text.endsWith('.') && !k.modifiers.has(w) && !k.stop.has(w) && !k.titles.has(w) && !k.orgWords.has(w) && !k.orgHeads.has(w) && !k.units.has(w) && !k.after.has(w) }
  // Only where the words after the pair speak of a person: a verb of saying, an age or a relative clause after a comma
  // (", 25,", ", who", ", a Lebanon woman"), a possessive. "Shewa Robit, killing", "Bila Kamianka, Donetsk" and
  // "Pong Hai village" are one local name the gazetteer lacks, not a person.
  const after = (m: number): string => (j + m < t.count && t.sentence[j + m] === s ? plain(t.value[j + m]) : '')
  // ", a railway station in ...", ", an oil town": the apposition describes a place.
  const placeNoun = (): boolean => [3, 4, 5].some((m) => { const w = after(m); return k.placeAppositives.has(w) || k.units.has(w) || k.settlements.has(w) || k.siteHeads.has(w) })
  const personal = (): boolean => k.speech.has(after(1)) || after(1) === "'" || after(1) === '’' || after(1) === "'s" || after(1) === '’s'
    || (after(1) === ',' && (/^\d{1,2}$/.test(after(2)) || ['who', 'whose'].includes(after(2)) || k.speech.has(after(2)) || ((after(2) === 'a' || after(2) === 'an') && !placeNoun())))
  if (single && left && left.last === i - 1 && left.first === left.last && t.end[i - 1] < t.start[i] && !inHeadline && !left.weak && townOnly(left, gaz) && townOnly(f, gaz)
    && !left.container && !left.adminCue && !left.unit && bare(left) && bare(f) && personal() && !(prevPlain && i >= 2 && plain(t.value[i - 2]) === 'the')) {
    out.pop(); for (const x of [left, f]) { people.add(plain(x.text)); persons.add(plain(x.text)) }; return false
  }
  // "Ashley L. Evans", "Sharon Ware", "Brandon Henrich": a first name that towns also bear (stoplist.yaml `givenNames`), right
  // before an initial or a capitalised word that is no kind-of-place or organisation word, is a person's, whatever towns the
  // surname names too ("Ware", "Evans"). Not a big city's name ("Charlotte Observer").
  if (single && next && k.givenNames.has(plain(f.text)) && t.start[j + 1] === t.end[j] + 1 && isCap(next) && /\p{L}/u.test(next) && !inHeadline && primaryPop < 2e5
    && !k.orgWords.has(nextPlain!) && !k.orgHeads.has(nextPlain!) && !k.units.has(nextPlain!) && !k.after.has(nextPlain!) && !k.stop.has(nextPlain!) && !k.modifiers.has(nextPlain!)
    && !(gaz.lookup(placeKey(next)) ?? []).some((p) => gaz.g.kind[p >> 2] === 'country' || gaz.g.kind[p >> 2] === 'admin1')) { people.add(plain(f.text)); return false }
  // "Kelly Smith": a small place's name followed by an unknown capitalised word is a first name ("Materi Commune" is not).
  if (single && next && isCap(next) && /\p{L}/u.test(next) && !inHeadline && !k.orgWords.has(nextPlain!) && !k.units.has(nextPlain!) && !k.after.has(nextPlain!) && primaryPop < 1e5 && !gaz.lookup(placeKey(next))) { people.add(plain(f.text)); return false }
  // "Ayn Zarah": a word known as another town's alternate name, and else only as a hamlet's, glued to a following
  // capitalised word, is the head of a longer name the gazetteer lacks, not that town.
  if (single && next && isCap(next) && /\p{L}/u.test(next) && !inHeadline && t.end[j] + 1 === t.start[j + 1] && f.posts.some((p) => (p & 3) === Flag.Alternate)
    && f.posts.every((p) => (p & 3) === Flag.Alternate || (gaz.g.kind[p >> 2] === 'place' && gaz.g.pop[p >> 2] < 1000))
    && !k.units.has(nextPlain!) && !k.after.has(nextPlain!) && !k.orgWords.has(nextPlain!)) { heads.add(i); return false }
  // "Dutse Maizane villages", "Garin Goje village", "Qom Qishlaq area": the name is the head of a longer settlement's or
  // quarter's name the gazetteer lacks (capitalised words it does not know, then a kind-of-place word), not that town.
  if (!phrase && next && isCap(next) && /\p{L}/u.test(next) && !k.units.has(nextPlain!) && !k.after.has(nextPlain!) && !k.orgWords.has(nextPlain!)) {
    let m = j + 1
    while (m < t.count && m <= j + 3 && t.sentence[m] === s && isCap(t.value[m]) && !k.units.has(plain(t.value[m])) && !gaz.lookup(placeKey(t.value[m]))) m++
    if (m > j + 1 && m < t.count && t.sentence[m] === s && (k.settlements.has(plain(t.value[m])) || k.namedParts.has(plain(t.value[m])))) return false
  }
  // "Aung San Suu Kyi": a place's name at the head of a known person's name (stoplist.yaml personNames) is that person's
  // (rule person-name-head). A rule by shape (a place, then unknown capitalised words) would also take every office named
  // after its county or town ("Marion County Fire Rescue"), so the names are listed.
  if (k.personNames.some((w) => w.length > j - i + 1 && i + w.length <= t.count && w.every((x, m) => t.sentence[i + m] === s && plain(t.value[i + m]) === x))) { people.add(plain(f.text)); return false }
  // "United Russia", "Club America": a country's name after such a word is a party's or a club's name, not the country.
  if (prev && isCap(prev) && k.beforeCountry.has(prevPlain!) && f.posts.some((p) => gaz.g.kind[p >> 2] === 'country')) return false
  // "Corrections Corporation of America", "Teach for America": the organisation's name, not the country.
  if (k.orgOf.has(plain(f.text)) && (prevPlain === 'of' || prevPlain === 'for') && i >= 2 && t.sentence[i - 2] === s && isCap(t.value[i - 2]) && /\p{L}/u.test(t.value[i - 2])) return false
  // "St. Patrick's Day", "St. John's Lutheran School": a saint's name with "'s" before a capitalised word names a feast
  // or an institution, not a town of the saint's name.
  if (/^(?:St\.?|Saint)\s/u.test(f.text) && (nextPlain === "'s" || nextPlain === '’s') && j + 2 < t.count && t.sentence[j + 2] === s && isCap(t.value[j + 2])) return false
  // "Stevens & Wilkinson", "Callison Tighe & Robinson": a small town's name joined by a spaced ampersand to a capitalised
  // word is a partner's name in a firm's ("Trinidad & Tobago" are no small towns; "J&K" is written without spaces).
  const amp = (m: number, n: number): boolean => m >= 0 && n >= 0 && m < t.count && n < t.count && t.sentence[m] === s && t.sentence[n] === s && t.value[m] === '&' && isCap(t.value[n]) && /\p{L}/u.test(t.value[n]) && !adjacentTokens(t, Math.min(m, n), Math.max(m, n))
  if (primaryPop < 1e5 && townOnly(f, gaz) && (amp(j + 1, j + 2) || amp(i - 1, i - 2))) return false
  // "the Temple of Bel", "the Tomb of Cyrus": a name that completes a landmark's is the landmark's, no place of its own.
  if (i >= 2 && t.sentence[i - 2] === s && plain(t.value[i - 1]) === 'of' && isCap(t.value[i - 2]) && k.landmarkHeads.has(plain(t.value[i - 2]))) return false
  // "Plaza San Martin", "Avenida Brasil": a name right after a square's or street's capitalised word is that square's or street's.
  if (i >= 1 && t.sentence[i - 1] === s && isCap(t.value[i - 1]) && k.namePrefixes.has(plain(t.value[i - 1])) && t.start[i] - t.end[i - 1] === 1) return false
  f.weak = k.stop.has(plain(f.text)) || (single && (i === 0 || t.sentence[i - 1] !== s) && t.pos[i] !== 'PROPN' && pop < 1e9)
  if (j + 2 < t.count && t.value[j + 1] === '-' && t.end[j] === t.start[j + 1] && t.end[j + 1] === t.start[j + 2] && k.backerAfter.has(t.value[j + 2].toLowerCase())) f.backer = true
  // "fighters backed by Ankara in Afrin": the same written out, the backer after the words of backing.
  if (k.backerBefore.some((w) => i >= w.length && w.every((x, m) => t.sentence[i - w.length + m] === s && plain(t.value[i - w.length + m]) === x))) f.backer = true
  for (const cue of k.before) {
    const n = cue.words.length
    if (i - n < 0) continue
    let ok = true
    for (let m = 0; m < n && ok; m++) ok = plain(t.value[i - n + m]) === cue.words[m] && t.sentence[i - n + m] === s
    if (ok) {
      f.cue = cue.phrase; f.cuePrecision = cue.precision
      // "the Sabon Gari area of Kano city": a named quarter of the city, not its surroundings; ACLED codes it at the city.
      const before = i - n - 1
      if (cue.precision === 2 && (nextPlain === 'city' || nextPlain === 'town') && k.namedParts.has(cue.words[0]) && before >= 0 && t.sentence[before] === s && isCap(t.value[before]) && /\p{L}/u.test(t.value[before])) f.cuePrecision = 1
      break
    }
  }
  // "on the road between Dori and Gorom-Gorom", "between the cities of Canapi, Alagoas, and Manari", "the road that connects
  // Frontera to Villahermosa": the second end of a stretch is as near a place as the first, whether or not the gazetteer
  // knows the first ("between Hoosingow and Dhobley town").
  if (!f.cue && (prevPlain === 'and' || prevPlain === 'to')) {
    const pair = pairCueBefore(t, i - 1, k)
    if (pair && (pair !== 'between' || prevPlain === 'and')) { f.cue = pair; f.cuePrecision = 2 }
  }
  // "on the Damboa-Maiduguri road", "the Kurukshetra-Yamunanagar road": a town named as an end of a road is where the road
  // leaves it, near the town, not in it (precision 2).
  if (f.cuePrecision !== 2 && roadEndAt(t, f, k)) { f.cue = 'road'; f.cuePrecision = 2 }
  if (nextPlain && k.after.has(nextPlain)) f.adminCue = nextPlain
  // "Andar (Shalgar) district, Ghazni": the unit's other name in brackets between the name and its admin word.
  else if (next === '(') {
    let m = j + 2
    while (m < t.count && m <= j + 5 && t.sentence[m] === s && t.value[m] !== ')' && t.value[m] !== '(') m++
    const word = m + 1 < t.count && t.value[m] === ')' && t.sentence[m + 1] === s ? plain(t.value[m + 1]) : ''
    // Not when the bracket names a district itself ("Marjah (Nad Ali) district": the town, then its district).
    const inner = placeKey(t.value.slice(j + 2, m).join(' '))
    const district = (gaz.lookup(inner) ?? []).some((p) => gaz.g.kind[p >> 2] === 'admin2')
    if (m > j + 2 && k.after.has(word) && k.district.has(word) && !district) f.adminCue = word
  }
  if (phrase && phrase.n >= 2 && ['center', 'centre'].includes(plain(t.value[j + phrase.n]))) f.seatNamed = true
  else if (nextPlain && k.units.has(nextPlain)) { f.unit = nextPlain; if (k.titledDistrict.has(nextPlain) && isCap(next!)) f.titledDistrict = true }
  // "the (central) state of Guanajuato", "the district of X": the admin word before "of" names the area, as "X state" does;
  // "the city of X", "the town of X": the town, not the area of the same name.
  // Only after "the" (or "the" and a lower-case adjective): "the Telecentru district of Chisinau" and "several districts
  // of Bamako" name parts of a city; and only first-level words, lower case: "the Municipality of X" may be its town hall.
  const before = i >= 3 && t.sentence[i - 2] === s && plain(t.value[i - 1]) === 'of' && t.value[i - 2] === t.value[i - 2].toLowerCase() ? plain(t.value[i - 2]) : null
  const the = (j: number): boolean => j >= 0 && t.sentence[j] === s && plain(t.value[j]) === 'the'
  // An adjective is a lower-case word or a nationality ("the central Mexican state of Guanajuato").
  const adjective = (j: number): boolean => j >= 0 && t.sentence[j] === s && /^\p{L}+$/u.test(t.value[j])
    && (t.value[j] === t.value[j].toLowerCase() || (gaz.lookup(placeKey(t.value[j])) ?? []).some((p) => (p & 3) === Flag.Demonym))
  const opened = !!before && (the(i - 3) || (the(i - 4) && adjective(i - 3)) || (the(i - 5) && adjective(i - 4) && adjective(i - 3)))
  // "the northwestern district of Lakki Marwat" names the district too: only plural "districts of" names parts of a city.
  if (before && opened && !f.adminCue && !f.unit && k.after.has(before) && (!k.district.has(before) || k.after.has(`${before}s`))) { f.adminCue = before; f.adminCueBefore = true }
  else if (before && opened && !f.adminCue && !f.unit && (before === 'city' || k.settlements.has(before)) && k.units.has(before)) f.unit = before
  if (nextPlain && next && ((isCap(next) && k.orgHeads.has(nextPlain)) || k.groupHeads.has(nextPlain))) f.org = true
  // "the Jang/Geo Group": a name joined by a slash to another before an organisation's word is part of that name.
  if (next === '/' && j + 3 < t.count && t.sentence[j + 3] === s && isCap(t.value[j + 2]) && isCap(t.value[j + 3]) && k.orgHeads.has(plain(t.value[j + 3]))) f.org = true
  if (prevPlain === 'the' || prev === ',' || prev === '(') f.areaSlot = true
  if (k.townUse.some((words) => words.every((w, m) => j + 1 + m < t.count && t.sentence[j + 1 + m] === s && plain(t.value[j + 1 + m]) === w))) f.townUse = true
  const closing = j + 1 < t.count && t.sentence[j + 1] === s ? t.value[j + 1] : ''
  // So does a name alone in brackets after it: "Qattusa (Sirt)".
  // Not a nickname in brackets inside a person's name ("Mr. (Glen) Morgan").
  const bracketed = prev === '(' && closing === ')' && !k.titles.has(plain(t.value[i - 2] ?? '').replace(/\.$/, '')) && !(j + 2 < t.count && t.sentence[j + 2] === s && isCap(t.value[j + 2]))
  if ((prev === ',' || bracketed) && i >= 2 && t.sentence[i - 2] === s && isCap(t.value[i - 2]) && /\p{Ll}/u.test(t.value[i - 2]) && out.at(-1)?.last !== i - 2 && ['', '.', ')', ',', ';'].includes(closing)) f.holdsUnknown = true
  return true
}

// Words that may stand inside "between A and B" besides the names themselves ("between the cities of A, X, and B").
const PAIR_FILL = new Set([',', '-', '(', ')', 'the', 'of', 'cities', 'city', 'towns', 'town', 'villages', 'village', 'areas', 'area', 'locality', 'localities'])

/**
 * The pair cue ("between", "connecting") opening the stretch whose second end follows the "and"/"to" at token `at`:
 * only capitalised words and the fill words of PAIR_FILL stand between them. Null when none does.
 */
function pairCueBefore(t: TokenView, at: number, k: PlaceKnowledge): string | null {
  const s = t.sentence[at]
  let names = 0
  for (let m = at - 1; m >= 0 && m >= at - 12 && t.sentence[m] === s; m--) {
    const w = plain(t.value[m])
    if (k.pairs.has(w)) return names > 0 ? w : null
    if (isCap(t.value[m]) && /\p{L}/u.test(t.value[m])) { names++; continue }
    if (PAIR_FILL.has(w) || connectors.has(w) && w !== 'and') continue
    return null
  }
  return null
}

/** "Damboa" of "the Damboa-Maiduguri road" or "Yamunanagar" of "the Kurukshetra-Yamunanagar road": an end of a road named by its towns. */
function roadEndAt(t: TokenView, f: Found, k: PlaceKnowledge): boolean {
  const s = t.sentence[f.first]
  const word = (m: number): string => (m >= 0 && m < t.count && t.sentence[m] === s ? t.value[m] : '')
  const roadAt = (m: number): boolean => k.roads.has(plain(word(m))) || (word(m) === 'axis' && k.roads.has(plain(word(m + 1))))
  // The first end: a hyphen, the other town's capitalised words, then a road word.
  if (word(f.last + 1) === '-' && isCap(word(f.last + 2))) {
    for (let m = f.last + 2; m <= f.last + 6; m++) {
      if (roadAt(m)) return true
      if (!(isCap(word(m)) || word(m) === '-' || (connectors.has(plain(word(m))) && plain(word(m)) !== 'and'))) return false
    }
    return false
  }
  // The second end: a capitalised word and a hyphen before it, a road word right after it.
  return word(f.first - 1) === '-' && isCap(word(f.first - 2)) && roadAt(f.last + 1)
}

/** A big city under this name: its own name from 100,000 people, an alternate name ("New York" for New York City) from a million. */
export const bigCity = (gaz: Gazetteer, p: number): boolean => gaz.g.kind[p >> 2] === 'place' && gaz.g.pop[p >> 2] >= ((p & 3) === Flag.Primary ? 1e5 : (p & 3) === Flag.Alternate ? 1e6 : Infinity)

/**
 * "marched in Washington, New York and Boston": three or more names joined by commas and a final
 * "and"/"or" are a list, not "Town, State" containers. When one item can only be a city (a big town
 * under its own name, no state or country of that name), it is a list of cities: every item with a
 * big-city reading is marked `listed`, and the commas between them stop being containment links.
 */
/**
 * "Sokoto and Katsina states", "Herat, Farah and Nimroz provinces": the plural admin word after the last name of a list
 * is every item's: each earlier name is the state (province) too, not a town of its name. The list's items are joined
 * by commas and one "and"/"or"; an item with a word or pattern of its own keeps it.
 */
function shareListCue(found: Found[], t: TokenView, k: PlaceKnowledge, gaz: Gazetteer): void {
  for (let y = found.length - 1; y > 0; y--) {
    const cue = found[y].adminCue
    if (!cue || found[y].adminCueBefore) continue
    const single = cue.endsWith('ies') ? `${cue.slice(0, -3)}y` : cue.slice(0, -1)
    if (!cue.endsWith('s') || !k.after.has(single)) continue
    // Nearest the admin word the "and"; before it, commas only. An item the gazetteer lacks ("Becker, Otter Tail and
    // Clay counties") is one of the list all the same: its capitalised words are passed over, the list goes on.
    const s = t.sentence[found[y].first]
    let j = found[y].first - 1, x = y - 1, and = false, shared = false
    while (j >= 0 && t.sentence[j] === s) {
      const w = t.value[j].toLowerCase()
      if (w === 'and' || w === 'or') { if (and) break; and = true; j--; if (j >= 0 && t.value[j] === ',') j-- }
      else if (w === ',' && and) j--
      else break
      if (j < 0) break
      // A name found there is the item whatever its words ("Sar-e Pol"); else the capitalised words before the separator.
      while (x >= 0 && found[x].first > j) x--
      const a = x >= 0 && found[x].last === j ? found[x] : null
      let from = a ? a.first - 1 : j
      if (!a) while (from >= 0 && t.sentence[from] === s && isCap(t.value[from]) && /\p{L}/u.test(t.value[from])) from--
      if (from === j) break
      if (a) {
        if (a.adminCue || a.unit || a.container || a.contains) break
        a.adminCue = single
        areaUnderWord(a, single, gaz)
        shared = true
      }
      j = from
    }
    if (shared) areaUnderWord(found[y], single, gaz)
  }
}

/**
 * "Barrow, Jackson and Madison counties": an item of a list the plural admin word closes is the area the gazetteer holds
 * under the name and that word ("Barrow County"), which its bare name may not find (a US county is indexed only so):
 * where the name found no area at all, the areas of "<name> <word>" become its candidates instead of its towns.
 */
function areaUnderWord(f: Found, word: string, gaz: Gazetteer): void {
  const area = (p: number): boolean => gaz.g.kind[p >> 2] === 'admin1' || gaz.g.kind[p >> 2] === 'admin2'
  if (f.posts.some(area)) return
  const posts = gaz.lookup(placeKey(`${f.text} ${word}`))?.filter(area)
  if (posts?.length) f.posts = posts
}

function markCityLists(found: Found[], t: TokenView, gaz: Gazetteer): void {
  const gapOf = (a: Found, b: Found): string => {
    const w: string[] = []
    for (let j = a.last + 1; j < b.first; j++) w.push(t.value[j].toLowerCase())
    return w.join(' ')
  }
  for (let x = 0; x < found.length;) {
    let y = x, ended = false
    while (y + 1 < found.length && !ended && t.sentence[found[y].last] === t.sentence[found[y + 1].first]) {
      const gap = gapOf(found[y], found[y + 1])
      if (gap === ',') y++
      else if (gap === 'and' || gap === 'or' || gap === ', and' || gap === ', or') { y++; ended = true }
      else break
    }
    const items = found.slice(x, y + 1)
    const onlyCity = (f: Found): boolean => f.posts.some((p) => bigCity(gaz, p)) && !f.posts.some((p) => gaz.g.kind[p >> 2] === 'country' || gaz.g.kind[p >> 2] === 'admin1')
    // "Barrow, Jackson and Madison counties" is a list of counties; "Sharon, Cornwall and Salisbury" (one big namesake
    // abroad) no list of big cities: at least two items must have big-city readings in one country.
    const countries = items.map((f) => new Set(f.posts.filter((p) => bigCity(gaz, p)).map((p) => gaz.g.cc[p >> 2])))
    const shared = countries.some((c, a) => [...c].some((cc) => countries.some((d, b) => b !== a && d.has(cc))))
    if (ended && items.length >= 3 && items.some(onlyCity) && shared && !items.some((f) => f.adminCue || f.unit)) {
      for (const f of items) f.listed = f.posts.some((p) => bigCity(gaz, p)) && !f.posts.some((p) => (p & 3) === Flag.Primary && gaz.g.kind[p >> 2] === 'country')
      // "Springfield, Illinois, and Dallas" keeps its container: only a comma between two cities is the list's.
      for (const f of items) if (f.listed && f.container?.listed && items.includes(f.container) && !f.strictContainer) { f.container.contains = null; f.container = null }
      for (const f of items) if (!f.listed) delete f.listed
    }
    // "where Chad, Cameroon, Niger and Nigeria meet": names, each a country under its own name, are a list
    // of countries: "Niger" is the country, not Nigeria's Niger State that the list's "Nigeria" pulls in.
    const countryName = (f: Found): boolean => f.posts.some((p) => (p & 3) === Flag.Primary && gaz.g.kind[p >> 2] === 'country')
    // Two are enough ("troops from Niger and Nigeria"): each item is a country under its own name.
    if (ended && items.length >= 2 && items.every(countryName) && !items.some((f) => f.adminCue || f.unit)) {
      for (const f of items) f.countryListed = true
    }
    x = y + 1
  }
}

/**
 * Containment patterns: "Town, State", "Town, County, State", "Town in Y province", "Town (District,
 * Province)", "X district, Y", "X city (X, Y)", "the Rabat area of Y district": the later name
 * contains the earlier one. A name in brackets right after a capitalised word that is no place
 * ("Tantega (Materi, Atacora)") stands in for that smaller place.
 */
/** A name found at tokens i..j with its gazetteer postings, before cues and containers are read. */
function nameAt(t: TokenView, i: number, j: number, surface: string, posts: number[]): Found {
  return { first: i, last: j, span: [t.start[i], t.end[j]], text: surface, posts, cue: null, cuePrecision: null, adminCue: null, unit: null, org: false, weak: false, container: null, contains: null, standIn: false, strictContainer: false }
}

/** The most people any town the name may be has. */
/** The people a place needs for "the X area of <a province>" to be the land around a town, not a village's own area. */
const TOWN_AREA_POP = 10_000

function biggest(gaz: Gazetteer, f: Found): number {
  let n = 0
  for (const p of f.posts) { const e = p >> 2; if (gaz.g.kind[e] === 'place' && gaz.g.pop[e] > n) n = gaz.g.pop[e] }
  return n
}

/**
 * "in Myanmar's Kyauktaw township", "near Mali's Boni": a country's possessive right before a name holds that name, as
 * "Kyauktaw, Myanmar" does (rule possessive-country). Only where the words say a place follows: a place cue before the
 * country ("in", "near") or a kind-of-place or admin word after the name; "Syria's Assad", "Sudan's Burhan" name people.
 */
function linkPossessiveCountry(found: Found[], t: TokenView, gaz: Gazetteer): void {
  for (let x = 0; x + 1 < found.length; x++) {
    const c = found[x], a = found[x + 1]
    if (a.container || a.contains || c.contains || a.first !== c.last + 2 || !POSSESSIVE.has(t.value[c.last + 1])) continue
    if (t.sentence[c.last] !== t.sentence[a.first] || t.end[c.last] !== t.start[c.last + 1]) continue
    if (!c.posts.some((p) => (p & 3) === Flag.Primary && gaz.g.kind[p >> 2] === 'country')) continue
    if (c.cue === null && a.unit === null && a.adminCue === null) continue
    a.container = c; c.contains = a; a.strictContainer = true
  }
}

/** The token of the ")" closing a unit's other name in brackets right after `a` ("Andar (Shalgar) district"), or -1. */
function otherNameEnd(t: TokenView, a: Found, k: PlaceKnowledge): number {
  if (!a.adminCue || a.last + 1 >= t.count || t.value[a.last + 1] !== '(') return -1
  let m = a.last + 2
  while (m < t.count && m <= a.last + 5 && t.value[m] !== ')' && t.value[m] !== '(') m++
  return m + 1 < t.count && t.value[m] === ')' && plain(t.value[m + 1]) === a.adminCue ? m : -1
}

/** The words between a place and the area holding it that say it lies there ("X located in Y"). */
const LOCATED = new Set(['located in', 'situated in'])

function linkContainers(found: Found[], t: TokenView, k: PlaceKnowledge, gaz?: Gazetteer): void {
  for (let x = 0; x + 1 < found.length; x++) {
    const a = found[x]
    // "Andar (Shalgar) district, Ghazni": the unit's other name in brackets is skipped, with any place read in it.
    const shut = otherNameEnd(t, a, k)
    const b = shut < 0 ? found[x + 1] : found.find((o) => o.first > shut)
    if (!b) continue
    // "In Kharkiv, Russian shelling killed two": a nationality after the comma says who acted, not where Kharkiv lies.
    if (b.posts.length > 0 && b.posts.every((p) => (p & 3) === Flag.Demonym)) continue
    // "in the Donetsk region, Russia's Defense Ministry claimed": a possessive after the comma opens a new phrase (whose
    // ministry, army or president), it names no area holding the place before it.
    if (POSSESSIVE.has(t.value[b.last + 1] ?? '') && t.sentence[b.last + 1] === t.sentence[b.last]) continue
    const end = shut < 0 ? a.last : shut
    const gap: string[] = []
    // A unit phrase right after the name counts as its one word ("Maru local government area of Zamfara").
    const phrase = unitPhraseAt(t, end + 1, k)
    if (phrase) gap.push(phrase.unit)
    for (let j = end + 1 + (phrase?.n ?? 0); j < b.first && gap.length < 3; j++) gap.push(t.value[j].toLowerCase())
    if (b.first - end - 1 - (phrase ? phrase.n - 1 : 0) !== gap.length || t.sentence[a.last] !== t.sentence[b.first]) continue
    const unit = (w: string | undefined): boolean => w !== undefined && (k.after.has(w) || k.units.has(w))
    // "X sector area (D district, S)": two kind-of-place words before the bracket count as one.
    const units = unit(gap[0]) ? (gap.length === 3 && unit(gap[1]) && (gap[2] === ',' || gap[2] === '(') ? 2 : 1) : 0
    const link = (gap.length === 1 && (gap[0] === ',' || gap[0] === '(' || (gap[0] === 'in' && b.adminCue !== null)))
      || (gap.length === 2 && units === 1 && (gap[1] === ',' || gap[1] === '(' || gap[1] === 'of' || gap[1] === 'in'))
      || (gap.length === 3 && units === 2)
      // "Kirmizi Heights (Terter district), Terter": a bracketed area with its unit word, then a comma and the area again.
      || (gap.length === 3 && units === 1 && gap[1] === ')' && gap[2] === ',')
      // "Crawford County located in Pennsylvania", "a farm in Lake County, situated in Ohio": the place, then where it lies.
      || (LOCATED.has(gap.filter((w) => w !== ',').join(' ')) && gap.indexOf(',') <= 0)
    // "the Port-au-Prince suburb of Pétion-Ville": a city, a quarter word, "of", then a smaller town: the town is in the city
    // (not "the Karrada neighbourhood of Baghdad", where the city comes last).
    if (link && gaz && gap.length === 2 && gap[1] === 'of' && k.quarters.has(gap[0]) && a.contains === null && biggest(gaz, a) > 2 * biggest(gaz, b) && biggest(gaz, a) >= 100_000) {
      b.container = a; a.contains = b; b.strictContainer = true
      continue
    }
    if (link && b.contains === null) {
      a.container = b; b.contains = a; a.strictContainer = gap.includes('(') || gap.length >= 2
      // "in Zangnanado (Zangnanado, Zou)", "Ceel Buur town (Ceel Buur, Galgaduud)": a name with its own district in brackets
      // is that district's seat town (precision 1), not the district; a district word ("Busoni commune (Busoni, ...)") or a
      // cue of surroundings ("the area of X (X, ...)") still makes it the district.
      if (gap[gap.length - 1] === '(' && (gap.length === 1 || (gap.length === 2 && (gap[0] === 'town' || gap[0] === 'city'))) && skeleton(placeKey(a.text)) === skeleton(placeKey(b.text))) a.seatByName = true
      // "the Chowni area of Gardez district", "the Sabon Gari area of Kano city": a named part of a district or a city.
      // Not a town's area in its province ("the Jilib area of Middle Juba region"): the land around the town, as ACLED
      // codes "the X area (Province)" at precision 2. A village's area in its province is the village ("the Chin Zai area
      // in Takhar"): a town is a place of TOWN_AREA_POP people or more, or the seat of a district of its name.
      const province = (b.adminCue !== null && !k.district.has(b.adminCue)) || (b.adminCue === null && b.unit === null && !!gaz && b.posts.length > 0 && b.posts.every((p) => gaz.g.kind[p >> 2] === 'admin1'))
      const town = !!gaz && (biggest(gaz, a) >= TOWN_AREA_POP || a.posts.some((p) => gaz.g.kind[p >> 2] === 'admin2'))
      if (gap.length === 2 && k.namedParts.has(gap[0]) && (gap[1] === 'of' || gap[1] === 'in') && !(province && town)) a.namedPart = true
    }
  }
  // "Tantega (Materi, ...)", "(Gueskerou, Diffa)", "Holubivske, Luhansk", "Ishkamish district, Takhar":
  // a capitalised word the gazetteer lacks, then a bracket or comma, then the name.
  for (const f of found) {
    if (f.contains) continue
    let j = f.first - 1
    if (j < 1 || (t.value[j] !== '(' && t.value[j] !== ',')) continue
    j--
    // "Rupganj Upazila (Narayanganj)": an unknown rural unit, not a quarter, even under a big city's name (precision 2).
    let unitWord = false
    // "Hathauri police station limits (Muzaffarpur, Bihar)": a unit phrase before the bracket counts as its one unit word.
    for (const p of k.unitPhrases) {
      const n = p.words.length
      if (j - n + 1 >= 1 && p.words.every((w, m) => t.sentence[j - n + 1 + m] === t.sentence[f.first] && plain(t.value[j - n + 1 + m]) === w)) { unitWord = k.ruralUnits.has(p.unit); j -= n; break }
    }
    for (let n = 0; n < 2 && j >= 1 && (k.units.has(t.value[j].toLowerCase()) || k.after.has(t.value[j].toLowerCase())); n++) { unitWord ||= k.ruralUnits.has(t.value[j].toLowerCase()); j-- }
    // "Spin Boldak (Takhta Pul) district, Kandahar": a name's other spelling in brackets before its unit word.
    const word = t.value[j + 1]?.toLowerCase() ?? ''
    if (t.value[j] === ')' && (k.units.has(word) || k.after.has(word))) {
      let m = j - 1
      while (m > j - 6 && m >= 1 && t.value[m] !== '(' && t.value[m] !== ')' && t.sentence[m] === t.sentence[j]) m--
      if (t.value[m] === '(' && m > j - 6) j = m - 1
    }
    const w = t.value[j]
    if (t.sentence[j] !== t.sentence[f.first] || j === 0 || t.sentence[j - 1] !== t.sentence[j]) continue
    if (isCap(w) && /\p{L}/u.test(w) && !k.stop.has(plain(w)) && !found.some((o) => o.first <= j && j <= o.last)) { f.standIn = true; f.bracket = t.value[f.first - 1] === '('; if (unitWord) f.village = true }
  }
  // A stand-in's own container ("Atacora" after "Materi,") is a container, not a stand-in.
  for (const f of found) if (f.standIn && f.container) f.container.standIn = false
}

/** The longest cue marked `loose` (cues.yaml), of the precision asked if any, ending right before token i in its sentence: "near", "the village of" (precision 1: a kind of place). */
function looseCueBefore(t: TokenView, i: number, k: PlaceKnowledge, precision?: 1 | 2): PlaceKnowledge['before'][number] | undefined {
  // Asked at each capitalised word with no name found: only the loose cues ending in the word before it can match.
  if (i < 1) return undefined
  return looseByLastWord(k.before).get(plain(t.value[i - 1]))?.find((c) => (precision === undefined || c.precision === precision) && c.words.length <= i
    && c.words.every((w, m) => t.sentence[i - c.words.length + m] === t.sentence[i] && plain(t.value[i - c.words.length + m]) === w))
}

/**
 * The loose cues of `before` (cues.yaml), by their last word, each list in the order of `before` (longest first): the
 * cues a word can end. Every cue has a word, so a cue ends right before token i only if its last word is token i - 1's.
 */
export function looseByLastWord(before: PlaceKnowledge['before']): ReadonlyMap<string, PlaceKnowledge['before']> {
  let index = looseIndex.get(before)
  if (!index) {
    const built = new Map<string, PlaceKnowledge['before'][number][]>()
    for (const c of before) if (c.loose) {
      const last = c.words[c.words.length - 1]
      const list = built.get(last)
      if (list) list.push(c); else built.set(last, [c])
    }
    looseIndex.set(before, (index = built))
  }
  return index
}
const looseIndex = new WeakMap<PlaceKnowledge['before'], ReadonlyMap<string, PlaceKnowledge['before']>>()
