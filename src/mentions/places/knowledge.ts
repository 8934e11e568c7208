/** @module mentions/places/knowledge: stoplist and cue words from data/places/*.yaml, compiled once. */
import { readYaml } from '../../yaml-cache.js'
import { dataPath } from '../../paths.js'
import { placeKey, plain } from './normalize.js'

/** Cue words compiled for token lookups. */
export interface PlaceKnowledge {
  stop: Set<string>                      // plain lower-case words and phrases never read as places on their own
  beforeCountry: Set<string>             // words before a country's name that make it a party's or club's ("United Russia"): stoplist.yaml `beforeCountry`
  orgOf: Set<string>                     // country names closing an organisation's name after "of"/"for" ("Bank of America"): stoplist.yaml `orgOf`
  personNames: string[][]               // people's names that begin with a place's ("Aung San Suu Kyi"), word by word (stoplist.yaml `personNames`)
  givenNames: Set<string>                // first names that are also towns' names: before a surname or an initial, a person's (stoplist.yaml `givenNames`)
  before: { words: string[]; phrase: string; precision: 1 | 2; loose: boolean }[]   // longest first; loose: a name after it may be spelled with other vowels
  after: Set<string>
  titles: Set<string>
  jobsBeforeName: Set<string>            // lower-case job words before a full name ("spokesman Lam Paul Gabriel"): cues.yaml `jobsBeforeName`
  orgWords: Set<string>
  modifiers: Set<string>
  units: Set<string>                     // words after a name that say what kind of place it is ("city", "village", "area")
  orgHeads: Set<string>                  // words after a name that make it an organisation's name ("Militia", "Police")
  groupHeads: Set<string>                // such words in any case ("the Sinaloa cartel"): cues.yaml `groupHeads`
  landmarkHeads: Set<string>             // capitalised words before "of" that make the name a landmark's ("the Temple of Bel")
  namePrefixes: Set<string>              // capitalised words right before a name that make it a square's or street's ("Plaza San Martin")
  siteHeads: Set<string>                 // lower-case words after a name that make it a site ("the Torkham border crossing")
  backerAfter: Set<string>               // hyphened after a name: who backs, no vote for where ("Ankara-backed")
  heldBy: Set<string>                    // hyphened after a state's name before an area: the part it holds ("Pakistan-administered Kashmir")
  backerBefore: string[][]               // words right before a name that make it a backer, no vote for where ("backed by Ankara")
  orgSites: Set<string>                  // a building after a town's organisation ("the Monsey police station")
  /** Nouns that make ", a ..." after a name an apposition of a place ("Jammu Tawi, a railway station"), not of a person. */
  placeAppositives: Set<string>
  district: Set<string>                  // cue and unit words that make a name a second-level unit (ACLED precision 2)
  unitPhrases: { words: string[]; unit: string }[]   // several words standing for one unit word ("local government area" → lga), longest first
  settlements: Set<string>               // words after a name that make it a settlement ("village", "villages")
  namedParts: Set<string>                // words after a name that make it a named part of a place ("area", "sector")
  quarters: Set<string>                  // words after a name that make it a quarter of a bigger town ("neighborhood"): no context
  speech: Set<string>                    // verbs of saying after a name that make it a person's ("said", "told")
  kin: Set<string>                       // words after a name that make it a people's, clan's or caste's ("clan", "sub-clan", "tribe", "caste")
  roads: Set<string>                     // words after "A-B" that make it a road between two towns ("road", "highway")
  titledDistrict: Set<string>            // unit words that make a name a second-level unit only capitalised in its formal name ("Minbya Township")
  ruralUnits: Set<string>                // sub-district words of rural units ("upazila", "mandal"): never a quarter of a city
  pairs: Set<string>                     // words before "A and B" / "A to B" naming two ends of a stretch ("between", "connecting"): both near (precision 2)
  nameHeads: Set<string>                 // words beginning a longer local name: a country's name after one is not the country ("Puerto Jordan")
  nameTails: Set<string>                 // words ending a longer local name: the name before one is not that place ("Tennessee Colony")
  adjectiveHeads: Set<string>            // Slavic adjectives beginning a longer village name ("Bila" of "Bila Kamianka"): no place alone before a capitalised word
  nameParticles: Set<string>             // lower-case particles inside one local name ("al" of "Wadi al Nurani"): a small town's name before one heads a longer name
  /** US state abbreviations written as dotted initials in AP style ("D.C.", "S.C."), as written: they stand alone. */
  initials: Set<string>
  /** Names of missions working in one country (data/places/missions.yaml), by placeKey: the mission's full name. */
  missions: Map<string, string>
  /** Mission names (placeKey) → the first-level areas (plain names) its reports are about ("areas" in missions.yaml). */
  missionAreas: Map<string, string[]>
  /** Admin word (singular and plural) → the countries whose first-level areas that word names (cues.yaml `adminWords`). */
  adminWords: Map<string, Set<string>>
  /** State (ISO2) → the territories its forces hold or raid (occupied.yaml): its nationality supports their towns too. */
  occupied: Map<string, string[]>
  /** Phrases after a name that speak of a town's institutions or people (cues.yaml `townUse`), as word lists, longest first. */
  townUse: string[][]
}

interface RawCues {
  before: Record<string, { precision: number; loose?: boolean }>; after: string[]; titles: string[]; jobsBeforeName?: string[]; orgWords: string[]; modifiers: string[]; units: string[]; orgHeads: string[]; groupHeads?: string[]; landmarkHeads?: string[]; namePrefixes?: string[]; siteHeads?: string[]; placeAppositives?: string[]; backerAfter?: string[]; backerBefore?: string[]; heldBy?: string[]; orgSites?: string[]
  district: string[]; unitPhrases: Record<string, string>; settlements: string[]; namedParts?: string[]; quarters?: string[]; speech?: string[]; kin?: string[]; roads?: string[]; pairs?: string[]; titledDistrict?: string[]; ruralUnits?: string[]; nameHeads?: string[]; nameTails?: string[]; adjectiveHeads?: string[]; nameParticles?: string[]; adminWords?: Record<string, string[]>; townUse?: string[]
}

function read<T>(file: string): T {
  try { return readYaml(dataPath('places', file)) as T } catch (e) { throw new Error(`data/places/${file}: ${(e as Error).message}`) }
}

let cached: PlaceKnowledge | null = null
export function placeKnowledge(): PlaceKnowledge {
  if (cached) return cached
  const stop = read<{ words: string[]; personNames?: string[]; givenNames?: string[]; beforeCountry?: string[]; orgOf?: string[] }>('stoplist.yaml')
  const cues = read<RawCues>('cues.yaml')
  const before = Object.entries(cues.before).map(([phrase, v]) => {
    if (v.precision !== 1 && v.precision !== 2) throw new Error(`data/places/cues.yaml: "${phrase}" needs precision 1 or 2`)
    return { words: phrase.split(' '), phrase, precision: v.precision as 1 | 2, loose: v.precision === 2 || v.loose === true }
  }).sort((a, b) => b.words.length - a.words.length)
  const set = (xs: string[], file: string): Set<string> => {
    if (!Array.isArray(xs)) throw new Error(`data/places/${file}: expected a list`)
    return new Set(xs.map((x) => plain(String(x))))
  }
  const after = set(cues.after, 'cues.yaml'), units = set(cues.units, 'cues.yaml'), district = set(cues.district, 'cues.yaml')
  const unitPhrases = Object.entries(cues.unitPhrases ?? {}).map(([phrase, unit]) => {
    if (!units.has(plain(unit)) && !after.has(plain(unit))) throw new Error(`data/places/cues.yaml: unitPhrases "${phrase}" stands for "${unit}", which is no unit or admin word`)
    return { words: phrase.split(' ').map(plain), unit: plain(unit) }
  }).sort((a, b) => b.words.length - a.words.length)
  for (const w of district) if (!units.has(w) && !after.has(w)) throw new Error(`data/places/cues.yaml: district word "${w}" is in neither after nor units`)
  const initials = new Set<string>()
  for (const row of Object.values(read<Record<string, { ap?: string[] }>>('us-states.yaml'))) for (const a of row.ap ?? []) if (/^(?:\p{Lu}\.){2,}$/u.test(a)) initials.add(a)
  const missions = new Map<string, string>(), missionAreas = new Map<string, string[]>()
  for (const m of read<{ words: string[]; name: string; areas?: string[] }[]>('missions.yaml')) {
    for (const w of m.words) { missions.set(placeKey(w), m.name); if (m.areas?.length) missionAreas.set(placeKey(w), m.areas.map(placeKey)) }
  }
  const adminWords = new Map<string, Set<string>>()
  for (const [word, ccs] of Object.entries(cues.adminWords ?? {})) {
    const w = plain(word), plural = w.endsWith('y') ? `${w.slice(0, -1)}ies` : `${w}s`
    if (!after.has(w)) throw new Error(`data/places/cues.yaml: adminWords "${word}" is not an admin word of \`after\``)
    const set = new Set(ccs.map((c) => String(c).toUpperCase()))
    adminWords.set(w, set); if (after.has(plural)) adminWords.set(plural, set)
  }
  const occupied = new Map<string, string[]>()
  for (const [cc, list] of Object.entries(read<Record<string, string[]> | null>('occupied.yaml') ?? {})) {
    if (!/^[A-Z]{2}$/.test(cc) || !Array.isArray(list) || !list.every((x) => /^[A-Z]{2}$/.test(String(x)))) throw new Error(`data/places/occupied.yaml: "${cc}" needs a list of ISO2 codes`)
    occupied.set(cc, list.map(String))
  }
  const townUse = (cues.townUse ?? []).map((x) => String(x).split(' ').map(plain)).sort((a, b) => b.length - a.length)
  cached = { townUse, missions, missionAreas, adminWords, occupied, stop: set(stop.words, 'stoplist.yaml'), givenNames: set(stop.givenNames ?? [], 'stoplist.yaml'), personNames: (stop.personNames ?? []).map((n) => String(n).split(/\s+/).map(plain)), beforeCountry: set(stop.beforeCountry ?? [], 'stoplist.yaml'), orgOf: set(stop.orgOf ?? [], 'stoplist.yaml'), before, after, titles: set(cues.titles, 'cues.yaml'), jobsBeforeName: set(cues.jobsBeforeName ?? [], 'cues.yaml'),
    orgWords: set(cues.orgWords, 'cues.yaml'), modifiers: set(cues.modifiers, 'cues.yaml'), units, orgHeads: set(cues.orgHeads, 'cues.yaml'), groupHeads: set(cues.groupHeads ?? [], 'cues.yaml'), landmarkHeads: set(cues.landmarkHeads ?? [], 'cues.yaml'), namePrefixes: set(cues.namePrefixes ?? [], 'cues.yaml'), siteHeads: set(cues.siteHeads ?? [], 'cues.yaml'), backerAfter: set(cues.backerAfter ?? [], 'cues.yaml'), backerBefore: (cues.backerBefore ?? []).map((p) => p.toLowerCase().split(/\s+/)), heldBy: set(cues.heldBy ?? [], 'cues.yaml'), orgSites: set(cues.orgSites ?? [], 'cues.yaml'), placeAppositives: set(cues.placeAppositives ?? [], 'cues.yaml'), district, unitPhrases, settlements: set(cues.settlements, 'cues.yaml'), namedParts: set(cues.namedParts ?? [], 'cues.yaml'), quarters: set(cues.quarters ?? [], 'cues.yaml'), speech: set(cues.speech ?? [], 'cues.yaml'), kin: set(cues.kin ?? [], 'cues.yaml'), roads: set(cues.roads ?? [], 'cues.yaml'), pairs: set(cues.pairs ?? [], 'cues.yaml'), titledDistrict: set(cues.titledDistrict ?? [], 'cues.yaml'), ruralUnits: set(cues.ruralUnits ?? [], 'cues.yaml'), nameHeads: set(cues.nameHeads ?? [], 'cues.yaml'), nameTails: set(cues.nameTails ?? [], 'cues.yaml'), adjectiveHeads: set(cues.adjectiveHeads ?? [], 'cues.yaml'), nameParticles: set(cues.nameParticles ?? [], 'cues.yaml'), initials }
  return cached
}
