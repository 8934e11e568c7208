/** @module frame/knowledge: the cue lists of data/frame/places.yaml, compiled once into token-phrase sets. */
import { readYaml } from '../yaml-cache.js'
import { dataPath } from '../paths.js'

/** Phrases as arrays of lower-case tokens, longest first. */
export type Phrases = readonly (readonly string[])[]

export interface FrameKnowledge {
  sourceBefore: Phrases
  sourceAfter: Phrases
  venueBefore: Phrases
  /** Travel words: a venue unless the sentence tells of violence (`violence`). */
  travelBefore: Phrases
  /** "retreated towards the town of X": where people or forces went after the act, not where it happened. */
  destinationBefore: Phrases
  /** Before a name: where forces were sent (rule sent-place). */
  sentBefore: Phrases
  namingBefore: Phrases
  quotedEventNouns: Set<string>
  namingPlaceNouns: Set<string>
  destinationFillers: Set<string>
  /** "the highway to X": X is where a road leads, a reference point, not where it happened. */
  routeBefore: Phrases
  /** "the Federal Medical Centre in X" in a sentence of treating the wounded: where they were cared for (rule `care-place`). */
  careBefore: Phrases
  careWords: Set<string>
  violence: Set<string>
  originBefore: Phrases
  /** Words of a cause or purpose a few words before "in X" ("in solidarity with Palestinians in Gaza"): X is the cause's place. */
  causeBefore: Phrases
  organisationAfter: Phrases
  organisationBefore: Phrases
  anotherActWords: Set<string>
  tellerAfter: Phrases
  /** A government's answer right after a town as subject (rule capital-speaks). */
  governmentSpeaksAfter: Phrases
  groupAreaBefore: Phrases
  countryAdjective: Phrases
  possessivePlace: Phrases
  /** After a country's possessive, a capitalised name then one of these ("Iraq's Gara region"): a place in that country. */
  possessiveAreaHeads: Set<string>
  /** Words opening a sentence's clause of speech ("Speaking to troops at a base in X,"): its places are where the speaker spoke. */
  speechOpeners: Set<string>
  hyphenAfter: Set<string>
  saints: Set<string>
  buildings: Set<string>
  namedAfter: Set<string>
  /** The street words of `namedAfter`: a street named after a town is not in that town. */
  streets: Set<string>
  bearing: Set<string>
  units: Set<string>
  fillers: Set<string>
  notNamePart: Set<string>
  capitalBefore: Phrases
  capitalAfter: Phrases
  /** After a capital's possessive: what its government has ("Washington's campaign"). */
  capitalPossessive: Phrases
  locative: Set<string>
  agentBefore: Phrases
  /** After a country that strikes as a state ("The United States carried out an air strike"). */
  agentAfter: Phrases
  /** Words between a country that opens its clause and a strike verb that make the country say it struck ("India said on Wednesday it had"). */
  selfTold: Set<string>
  /** What may stand right before such a striking country: its clause's opening. */
  strikerOpeners: Set<string>
  /** "The strike", "The deadly attack": a sentence opening that points back at the event. */
  anaphorOpen: Phrases
  anaphorHeads: Phrases
  /** Words after "capital" that make it money or law, not a city ("capital markets", "capital punishment"). */
  capitalMoney: Set<string>
  /** Words of a journey before "from A to B": B is where it was going (rule `journey-destination`). */
  journeyBefore: Set<string>
  /** "the city's X district": X is a quarter of the town named before (rule `city-quarter`). */
  cityNouns: Set<string>
  /** "X, a suburb above Y": nouns that open an apposition describing the place before it (rule `apposition-reference`). */
  appositionNouns: Set<string>
  /** Words that open a later clause of another act ("..., hours after X fired at Y"): Y is that act's place. */
  otherActClause: Phrases
  /** Words of an outlet's name that make it report the world, not the country it names (rule outlet-country). */
  outletAbroad: Phrases
  /** "X Y, a conflict monitor": nouns of an apposition that make the name before it an organisation's (rule organisation-apposition). */
  organisationApposition: Set<string>
}

const FILE = 'data/frame/places.yaml'
const LISTS = ['source_before', 'source_after', 'venue_before', 'travel_before', 'route_before', 'violence_words', 'origin_before', 'organisation_after', 'organisation_before', 'another_act_words', 'teller_after', 'government_speaks_after', 'group_area_before', 'country_adjective',
  'possessive_place', 'hyphen_after', 'saint_words', 'buildings', 'named_after', 'street_words', 'bearing', 'distance_units', 'reference_fillers', 'name_part_exceptions', 'capital_before', 'capital_after', 'capital_possessive', 'locative_before', 'country_agent_before', 'country_agent_after', 'country_self_told', 'country_striker_openers', 'anaphor_determiners', 'anaphor_heads', 'capital_money', 'destination_before', 'destination_fillers', 'cause_before', 'journey_before', 'city_nouns', 'possessive_area_heads', 'speech_openers', 'apposition_nouns', 'other_act_clause', 'care_before', 'care_words', 'sent_before', 'naming_before', 'naming_place_nouns', 'quoted_event_nouns', 'outlet_abroad', 'organisation_apposition'] as const
type Raw = Record<(typeof LISTS)[number], unknown>

/** Split a phrase the way wink splits text: hyphens and possessives are tokens of their own. */
function tokensOf(phrase: string): string[] {
  return phrase.toLowerCase().replace(/(\w)-(\w)/g, '$1 - $2').replace(/(\w)(['’]s)\b/g, '$1 $2').trim().split(/\s+/)
}

function phrases(raw: Raw, key: (typeof LISTS)[number]): Phrases {
  const list = raw[key] as unknown[]
  const seen = new Set<string>()
  const out = list.map((x) => {
    const words = tokensOf(String(x))
    const k = words.join(' ')
    if (seen.has(k)) throw new Error(`${FILE}: "${x}" twice in ${key}`)
    seen.add(k)
    return words
  })
  return out.sort((a, b) => b.length - a.length)
}

let cached: FrameKnowledge | null = null
export function frameKnowledge(): FrameKnowledge {
  if (cached) return cached
  const raw = readYaml(dataPath('frame', 'places.yaml')) as Raw
  for (const key of LISTS) if (!Array.isArray(raw[key])) throw new Error(`${FILE}: ${key} must be a list`)
  const set = (key: (typeof LISTS)[number]): Set<string> => new Set((raw[key] as unknown[]).map((x) => String(x).toLowerCase()))
  cached = {
    sourceBefore: phrases(raw, 'source_before'), sourceAfter: phrases(raw, 'source_after'), venueBefore: phrases(raw, 'venue_before'), travelBefore: phrases(raw, 'travel_before'), routeBefore: phrases(raw, 'route_before'), careBefore: phrases(raw, 'care_before'), careWords: set('care_words'), violence: set('violence_words'),
    destinationBefore: phrases(raw, 'destination_before'), sentBefore: phrases(raw, 'sent_before'), namingBefore: phrases(raw, 'naming_before'), namingPlaceNouns: set('naming_place_nouns'), quotedEventNouns: set('quoted_event_nouns'), destinationFillers: set('destination_fillers'), journeyBefore: set('journey_before'), cityNouns: set('city_nouns'), appositionNouns: set('apposition_nouns'),
    originBefore: phrases(raw, 'origin_before'), causeBefore: phrases(raw, 'cause_before'), organisationAfter: phrases(raw, 'organisation_after'), organisationBefore: phrases(raw, 'organisation_before'), anotherActWords: set('another_act_words'), tellerAfter: phrases(raw, 'teller_after'), governmentSpeaksAfter: phrases(raw, 'government_speaks_after'), groupAreaBefore: phrases(raw, 'group_area_before'), organisationApposition: set('organisation_apposition'),
    countryAdjective: phrases(raw, 'country_adjective'), possessivePlace: phrases(raw, 'possessive_place'), possessiveAreaHeads: set('possessive_area_heads'), speechOpeners: set('speech_openers'),
    hyphenAfter: set('hyphen_after'), saints: set('saint_words'), buildings: set('buildings'), namedAfter: set('named_after'), streets: set('street_words'), bearing: set('bearing'),
    units: set('distance_units'), fillers: set('reference_fillers'), notNamePart: set('name_part_exceptions'),
    capitalBefore: phrases(raw, 'capital_before'), capitalAfter: phrases(raw, 'capital_after'), capitalPossessive: phrases(raw, 'capital_possessive'), locative: set('locative_before'), agentBefore: phrases(raw, 'country_agent_before'), agentAfter: phrases(raw, 'country_agent_after'), selfTold: set('country_self_told'), strikerOpeners: set('country_striker_openers'),
    anaphorOpen: phrases(raw, 'anaphor_determiners'), anaphorHeads: phrases(raw, 'anaphor_heads'), capitalMoney: set('capital_money'), otherActClause: phrases(raw, 'other_act_clause'), outletAbroad: phrases(raw, 'outlet_abroad'),
  }
  return cached
}

/** The words after "capital" make it money or law ("capital markets", "capital punishment"), not a city. */
export function capitalIsMoney(after: string): boolean {
  const next = /^\s*([a-z]+)/.exec(after)
  return next !== null && frameKnowledge().capitalMoney.has(next[1])
}
