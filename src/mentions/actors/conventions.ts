/** @module mentions/actors/conventions: ACLED's conventions for unnamed and uncertain actors (data/actors/conventions.yaml), compiled once. */
import { dataPath } from '../../paths.js'
import { readYaml } from '../../yaml-cache.js'
import { countries, countryName } from '../countries.js'

interface RawConventions {
  gang: { regions: string[]; countries: string[]; names: Record<string, string>; signs: string[]; victim: { who: string[]; ties: string[]; denied: string[] } }
  backer_cues: string[]
  either: string[]
  same_sides: { events: string[]; names: string[] }
  home_forces?: Record<string, string[]>
  coalition_forces?: Record<string, { forces: string[]; name: string; from: string; to: string }>
  speakers: { verbs: string[]; nouns: string[]; before: string[]; source_before: string[]; co_tellers: string[] }
  officials_of: string[]
  passive_hits: string[]
  defence_verbs: string[]
  communal: { cues: string[]; people: string[]; armed_groups: string[]; sides: string[]; weapons: string[]; deadly: string[] }
  vigilante: { assoc: string; suspects: string[] }
  policing: { events: string[]; crowds: string[]; nouns: string[] }
  standoff_fire: { weapons: string[]; close: string[] }
  fire_returned: { back: string[]; traded: string[] }
}

export interface Conventions {
  /** The first gang hallmark in `text`, or null. */
  gangSign(text: string): string | null
  /** The words in `text` that tie the one hit to organised crime ("the victim had charges against him for drug trafficking"), or null. */
  gangVictim(text: string): string | null
  /** ACLED's name for an unidentified gang in `iso`, or null where the convention does not hold. */
  gangName(iso: string | null): string | null
  /** The backer cue `before` ends with ("supported by"), or null. */
  backerCueAtEnd(before: string): string | null
  /** The backer cue right before the mention starting at `start` in `text`, one word at most between ("supported by local vigilantes"), or null. */
  backerRightBefore(text: string, start: number): string | null
  /** The backer cue before the mention starting at `start` in `text` ("backed by Russian jets and allied militias"), or null. */
  backerCueAt(text: string, start: number): string | null
  /** Whether `between` (the text between two names) is an "or" joiner. */
  either(between: string): boolean
  /** Whether ACLED may code `name` on both sides of a `sub` event. */
  sameSides(sub: string, name: string): boolean
  /** Whether `force`'s state forces count as the state's own (inter 1) in territory `here` that it controls, not as external (8). */
  homeForce(force: string, here: string): boolean
  /** The coalition ACLED names for `force`'s (ISO2) state forces acting in `here` on `day` (US forces in Afghanistan: NATO), or null. */
  coalitionFor(force: string, here: string, day: string | null): string | null
  /** Whether the text right after a mention makes it the teller ("said", "sources said"). */
  speakerAfter(after: string): boolean
  /** Whether the text right before a mention makes it the teller ("according to"). */
  speakerBefore(before: string): boolean
  /** The office right before a mention that names it only as someone's organisation ("secretary-general of the ruling"), or null. */
  officialOf(before: string): string | null
  /** Whether the text right after a mention is a passive verb of being hit ("were killed"). */
  passiveAfter(after: string): boolean
  /** Whether the text right after a mention is a verb of defence ("repulsed their attack"). */
  defendsAfter(after: string): boolean
  /** The first word of a dispute between communities in `text`, or null. */
  communalCue(text: string): string | null
  /** Whether `text` names people of a place acting as a group ("villagers", "youths"). */
  communalPeople(text: string): boolean
  /** The communal group and the weapon or death `text` names ("farmers", "machetes"; "herders", "killed"): a fight between communities under arms, or null. */
  communalArms(text: string): [string, string] | null
  /** Whether an unnamed force called `words` ("security forces") is the police in a `sub` event (arrests, policing a protest). */
  policing(sub: string, words: string): boolean
  /** Whether an unnamed force called `words` is the police meeting a crowd in a `sub` event (a riot, a mob). */
  policingCrowd(sub: string, words: string): boolean
  /** The first word in `text` saying a crowd's victim was taken for a criminal ("thief", "lynched"), or null. */
  vigilanteSign(text: string): string | null
  /** The social group ACLED associates with a crowd doing mob justice ("Vigilante Group"). */
  readonly vigilanteGroup: string
  /** Whether ACLED arms this social group as a communal militia when it attacks (`Farmers (Benin)`). */
  armsGroup(assoc: string): boolean
  /** The heavy weapon `text` tells fire of when it names no small arms and no fighting ("heavy machine guns"): standoff fire, or null. */
  standoffFire(text: string): string | null
  /** The first words in `sentence`, or in `next` (the sentence after), saying fire was returned or, in `sentence` only, traded ("returned fire", "exchanging fire"), or null. */
  fireReturned(sentence: string, next?: string): string | null
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/[ -]+/g, '[\\s-]+')
/** Literal phrases as one regex alternation, longest first; a space or hyphen matches either. */
export const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escape).join('|')

// One to three capitalised words (a person's name) right after a title: "governor Oleh Kiper", "spokesman Col. Ali Said".
const PERSON_NAME = /^\s+(?:(?:[A-Z][a-z'’-]+|[A-Z][a-z]?\.)\s+){1,3}/
let cached: Conventions | null = null
export function conventions(): Conventions {
  if (cached) return cached
  const file = 'data/actors/conventions.yaml'
  const raw = readYaml(dataPath('actors', 'conventions.yaml')) as RawConventions
  for (const iso of [...Object.keys(raw.gang.names), ...raw.gang.countries]) if (!countries().has(iso)) throw new Error(`${file}: gang.names has unknown country ${iso}`)
  const regions = new Set(raw.gang.regions)
  const sign = new RegExp(`\\b(?:${alternation(raw.gang.signs)})\\b`, 'i')
  // The victim as the subject of had/was/is, then up to 80 characters of the same clause, then the tie; no word of denial between.
  const victimWho = new RegExp(`\\b(?:${alternation(raw.gang.victim.who)})\\s+(?:had|has|have|was|were|is|are)\\b([^.;]{0,80}?)\\b(?:${alternation(raw.gang.victim.ties)})\\b`, 'gi')
  const victimDenied = new RegExp(`\\b(?:${alternation(raw.gang.victim.denied)})\\b`, 'i')
  const backer = new RegExp(`\\b(${alternation(raw.backer_cues)})\\s*$`, 'i')
  // A few words after the cue, or a coordinated list ("backed by Russian air strikes and allied militias").
  // "along with the helicopters of the private military group, Dyck Advisory Group": an apposition may name the backer.
  // A word may be an initialism with its dots ("backed by U.S. air strikes and clan militias"; rule backer-initialism).
  const W = `(?:[\\w'-]+|(?:[A-Z]\\.){2,})`
  const backerNear = new RegExp(`\\b(${alternation(raw.backer_cues)})\\s+(?:the\\s+|an?\\s+)?(?:(?:${W}\\s+){0,2}|(?:${W}\\s+){1,3}(?:and|as well as)\\s+(?:the\\s+)?(?:${W}\\s+){0,2}|(?:${W}\\s+){1,6}${W},\\s+)$`, 'i')
  const either = new RegExp(`^\\s*(?:${alternation(raw.either)})\\s*$`, 'i')
  const sameEvents = new Set(raw.same_sides.events)
  const communalCue = new RegExp(`\\b(?:${alternation(raw.communal.cues)})\\b`, 'i')
  const communalPeople = new RegExp(`\\b(?:${alternation(raw.communal.people)}|members of the \\w+ community)\\b`, 'i')
  const armedGroups = new Set(raw.communal.armed_groups)
  const communalSides = new RegExp(`\\b(?:${alternation(raw.communal.sides)})\\b`, 'i')
  const communalWeapons = new RegExp(`\\b(?:${alternation([...raw.communal.weapons, ...raw.communal.deadly])})\\b`, 'i')
  const standoff = new RegExp(`\\b(?:${alternation(raw.standoff_fire.weapons)})\\b`, 'i')
  const close = new RegExp(`\\b(?:${alternation(raw.standoff_fire.close)})\\b`, 'i')
  const back = new RegExp(`\\b(?:${alternation(raw.fire_returned.back)})\\b`, 'i')
  const traded = new RegExp(`\\b(?:${alternation([...raw.fire_returned.back, ...raw.fire_returned.traded])})\\b`, 'i')
  const policingEvents = new Set(raw.policing.events)
  const policingCrowds = new Set(raw.policing.crowds)
  const policingNouns = new RegExp(`(?:^|\\s)(?:${alternation(raw.policing.nouns)})$`, 'i')
  const vigilante = new RegExp(`\\b(?:${alternation(raw.vigilante.suspects)})\\b`, 'i')
  const defence = new RegExp(`^\\W{0,3}\\s*(?:(?:have|has|had|successfully|reportedly)\\s+)?(?:${alternation(raw.defence_verbs)})\\b`, 'i')
  // "claimed to" and "said to" report what others did: the mention is then not a speaker.
  // "Thai police here said", "police on Monday said": a word of place or day may stand before the verb.
  const speakerAfter = new RegExp(`^\\W{0,3}\\s*((?:${alternation(raw.speakers.co_tellers)})\\s+(?:(?!(?:was|were|is|are|has|have|had|been|be|being)\\b)[a-z][\\w'-]*\\s+){1,4}?)?(?:(?:${alternation(raw.speakers.nouns)})\\s+)?(?:(?:here|there|today|yesterday|(?:on|last)\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\s+)?(?:${alternation(raw.speakers.verbs)})\\b(?!\\s+to\\b)`, 'i')
  const speakerBefore = new RegExp(`\\b(?:${alternation(raw.speakers.before)})\\s+(?:the\\s+|an?\\s+)?$`, 'i')
  // "according to a local aid worker", "cited by two senior officials": a source's describing words may stand between.
  const sourceBefore = new RegExp(`\\b(?:${alternation(raw.speakers.source_before)})\\s+(?:the\\s+|an?\\s+|two\\s+|three\\s+)?(?:[a-z][a-z-]*\\s+){0,2}$`)
  const officialOf = new RegExp(`\\b(${alternation(raw.officials_of)})\\s+(?:the\\s+)?(?:(?:ruling|main|opposition|governing)\\s+)*$`, 'i')
  const passive = new RegExp(`^\\W{0,3}\\s*(?:were|was|have been|has been|had been|got|being)\\s+(?:\\w+ly\\s+)?(?:${alternation(raw.passive_hits)})\\b`, 'i')
  cached = {
    gangSign: (text) => sign.exec(text)?.[0] ?? null,
    gangVictim: (text) => {
      for (const m of text.matchAll(victimWho)) if (!victimDenied.test(m[1])) return m[0]
      return null
    },
    gangName: (iso) => {
      if (!iso) return null
      if (raw.gang.names[iso]) return raw.gang.names[iso]
      const region = countries().get(iso)?.region
      return (region && regions.has(region)) || raw.gang.countries.includes(iso) ? `Unidentified Gang (${countryName(iso)})` : null
    },
    backerCueAtEnd: (before) => backer.exec(before)?.[1] ?? null,
    backerRightBefore: (text, start) => {
      const before = text.slice(Math.max(0, start - 50), start)
      return backer.exec(before)?.[1] ?? backer.exec(before.replace(/\s(?:(?:the|an?)\s+)?[\w'’-]+\s*$/i, ' '))?.[1] ?? null
    },
    backerCueAt: (text, start) => backerNear.exec(text.slice(Math.max(0, start - 70), start))?.[1] ?? null,
    either: (between) => either.test(between),
    // "regional governor Oleh Kiper said": a person's name may stand between the title and the verb (names are capitalised).
    // A co-teller is a common noun ("and a rights group said"); a named side ("and the Houthi movement said") is a party.
    speakerAfter: (after) => [after, after.replace(PERSON_NAME, ' ')].some((t) => { const m = speakerAfter.exec(t); return !!m && !(m[1] && /[A-Z]/.test(m[1])) }),
    speakerBefore: (before) => speakerBefore.test(before) || sourceBefore.test(before),
    officialOf: (before) => officialOf.exec(before)?.[1] ?? null,
    passiveAfter: (after) => passive.test(after),
    defendsAfter: (after) => defence.test(after),
    communalCue: (text) => communalCue.exec(text)?.[0] ?? null,
    communalPeople: (text) => communalPeople.test(text),
    communalArms: (text) => {
      const who = communalSides.exec(text)?.[0]
      const arms = who ? communalWeapons.exec(text)?.[0] : undefined
      return who && arms ? [who, arms] : null
    },
    policing: (sub, words) => policingEvents.has(sub) && policingNouns.test(words),
    policingCrowd: (sub, words) => policingCrowds.has(sub) && policingNouns.test(words),
    vigilanteSign: (text) => vigilante.exec(text)?.[0] ?? null,
    vigilanteGroup: raw.vigilante.assoc,
    fireReturned: (sentence, next = '') => traded.exec(sentence)?.[0] ?? back.exec(next)?.[0] ?? null,
    standoffFire: (text) => (close.test(text) ? null : standoff.exec(text)?.[0] ?? null),
    armsGroup: (assoc) => armedGroups.has(assoc.replace(/ \([^()]*\)$/, '')),
    homeForce: (force, here) => raw.home_forces?.[here]?.includes(force) ?? false,
    coalitionFor: (force, here, day) => {
      const c = raw.coalition_forces?.[here]
      if (!c || !c.forces.includes(force) || (day && (day < String(c.from) || day >= String(c.to)))) return null
      return c.name
    },
    sameSides: (sub, name) => sameEvents.has(sub) && raw.same_sides.names.some((p) => name.startsWith(p)),
  }
  return cached
}
