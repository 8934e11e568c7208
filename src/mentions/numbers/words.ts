/** @module mentions/numbers/words: data/numbers.yaml compiled into phrase sets and number-word parsing. */
import { readYaml } from '../../yaml-cache.js'
import type { NumberMention, Qualifier } from '../../doc.js'
import { dataPath } from '../../paths.js'

export type Measure = Exclude<NumberMention['measure'], null>
export type CountMeasure = 'killed' | 'injured' | 'arrested' | 'abducted'
const countMeasures: readonly CountMeasure[] = ['killed', 'injured', 'arrested', 'abducted']
const qualifierNames: readonly Qualifier[] = ['exact', 'at-least', 'more-than', 'about', 'up-to', 'less-than', 'vague']

/** A set of phrases (lower case, one space between words), with the longest length in words. */
export interface PhraseSet {
  readonly has: (phrase: string) => boolean
  readonly longest: number
  readonly list: readonly string[]
  readonly starts: ReadonlySet<string>   // first words: a cheap test before building phrases
  readonly ends: ReadonlySet<string>     // last words
  readonly prefixes: ReadonlySet<string> // every phrase's first 1..n words: a longer phrase is only worth building from one of these
  readonly suffixes: ReadonlySet<string> // every phrase's last 1..n words
}

export interface NumberWords {
  units: Map<string, number>
  tens: Map<string, number>
  scales: Map<string, number>
  exact: Map<string, number>
  vague: Map<string, number>
  qualifiers: Map<string, Qualifier>
  after: Map<CountMeasure, PhraseSet>
  before: Map<CountMeasure, PhraseSet>
  people: PhraseSet
  singular: PhraseSet
  onePronouns: PhraseSet
  things: PhraseSet
  lostPeople: PhraseSet    // "lost": a death only before a count of people ("lost three of our men")
  mournerLost: PhraseSet   // "a trader who lost two of his workers": a mourner's own dead, part of a toll
  ownSide: PhraseSet       // "On the friendly side, the toll is three dead": a communiqué's words for its own forces
  secondActs: PhraseSet    // "beat to death and set on fire four men": a second act between a killing and its object
  measurementUnits: PhraseSet
  labelBefore: PhraseSet
  ageBefore: PhraseSet     // "aged between 6 and 12": an age even with a range word before the number
  speechVerbs: PhraseSet
  partisanVerbs: PhraseSet
  party: RegExp
  neutral: RegExp
  qualifierSet: PhraseSet
  exactSet: PhraseSet
  vagueSet: PhraseSet
  beforeAny: PhraseSet     // every "before" cue of every measure
  deadNouns: PhraseSet     // "two of the dead": a part of a toll already given
  kin: PhraseSet           // "my neighbour", "his son": who a dead person was to someone, not a kind of dead
  additive: PhraseSet      // "also", "another": the words tell of dead besides those counted
  collective: PhraseSet    // "a group", "a mob": who acted, never one dead
  allegedCrime: RegExp     // tested against the words before a count: "suspected of killing " (an earlier crime's victims)
  allegedRelative: RegExp  // the same in a reduced relative after a noun: "men believed to have murdered "
  succession: RegExp       // tested against the words before a count: "on the death of " (a reign's turn, no dead of an event)
}

const FILE = 'data/numbers.yaml'
let cached: NumberWords | null = null

/** Load and check data/numbers.yaml once; throws naming the entry when the data is broken. */
export function numberWords(): NumberWords {
  if (cached) return cached
  const raw = readYaml(dataPath('numbers.yaml')) as Record<string, unknown>
  const numMap = (key: string): Map<string, number> => {
    const obj = raw[key]
    if (!obj || typeof obj !== 'object') throw new Error(`${FILE}: "${key}" must be a map`)
    const out = new Map<string, number>()
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${FILE}: ${key}."${k}" must be a number`)
      out.set(norm(k), v)
    }
    return out
  }
  const qualifiers = new Map<string, Qualifier>()
  for (const [k, v] of Object.entries((raw.qualifiers ?? {}) as Record<string, string>)) {
    if (!qualifierNames.includes(v as Qualifier)) throw new Error(`${FILE}: qualifiers."${k}" is "${v}", not one of ${qualifierNames.join(', ')}`)
    qualifiers.set(norm(k), v as Qualifier)
  }
  const measures = (raw.measures ?? {}) as Record<string, { after?: string[]; before?: string[] }>
  const after = new Map<CountMeasure, PhraseSet>(), before = new Map<CountMeasure, PhraseSet>()
  for (const m of Object.keys(measures)) if (!countMeasures.includes(m as CountMeasure)) throw new Error(`${FILE}: unknown measure "${m}"`)
  for (const m of countMeasures) {
    after.set(m, phraseSet(measures[m]?.after, `measures.${m}.after`))
    before.set(m, phraseSet(measures[m]?.before, `measures.${m}.before`))
  }
  const list = (key: string): string[] => {
    const v = raw[key]
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !x.trim())) throw new Error(`${FILE}: "${key}" must be a list of phrases`)
    return v as string[]
  }
  const exact = numMap('exact'), vague = numMap('vague')
  cached = {
    units: numMap('units'), tens: numMap('tens'), scales: numMap('scales'), exact, vague,
    qualifierSet: phraseSet([...qualifiers.keys()], 'qualifiers'),
    exactSet: phraseSet([...exact.keys()], 'exact'),
    vagueSet: phraseSet([...vague.keys()], 'vague'),
    beforeAny: phraseSet([...before.values()].flatMap((set) => set.list), 'measures.*.before'),
    qualifiers, after, before,
    // Every singular noun is a people noun too: "a man", "1 child".
    people: phraseSet([...list('people'), ...list('singular')], 'people'),
    singular: phraseSet(list('singular'), 'singular'),
    onePronouns: phraseSet(list('one-pronouns'), 'one-pronouns'),
    things: phraseSet(list('things'), 'things'),
    lostPeople: phraseSet(list('lost-people'), 'lost-people'),
    mournerLost: phraseSet(list('mourner-lost'), 'mourner-lost'),
    ownSide: phraseSet(list('own-side'), 'own-side'),
    secondActs: phraseSet(list('second-acts'), 'second-acts'),
    measurementUnits: phraseSet(list('measurement-units'), 'measurement-units'),
    labelBefore: phraseSet(list('label-before'), 'label-before'),
    ageBefore: phraseSet(list('age-before'), 'age-before'),
    speechVerbs: phraseSet(list('speech-verbs'), 'speech-verbs'),
    partisanVerbs: phraseSet(list('partisan-verbs'), 'partisan-verbs'),
    deadNouns: phraseSet(list('dead-nouns'), 'dead-nouns'),
    kin: phraseSet(list('kin'), 'kin'),
    additive: phraseSet(list('additive'), 'additive'),
    collective: phraseSet(list('collective'), 'collective'),
    // The phrase, then at most two words: the verb and an adverb ("suspected of brutally killing ").
    allegedCrime: new RegExp(`${cueRegExp(list('alleged-crime-before')).source}\\s+(?:[\\w'’-]+\\s+){1,2}$`),
    // After a noun, not after a verb of being ("the attackers are believed to have killed").
    allegedRelative: new RegExp(`(?<!\\b(?:[Ww]ere|[Aa]re|[Ii]s|[Ww]as|[Bb]e|[Bb]een|[Bb]eing)\\s+)${cueRegExp(list('alleged-crime-relative')).source}\\s+(?:[\\w'’-]+\\s+){1,2}$`),
    succession: new RegExp(`${cueRegExp(list('succession-before')).source}\\s*$`),
    party: cueRegExp(list('party')),
    neutral: cueRegExp(list('neutral')),
  }
  return cached
}

/** Lower case, one space between words. */
export function norm(phrase: string): string {
  return phrase.toLowerCase().trim().replace(/\s+/g, ' ')
}

function phraseSet(items: readonly string[] | undefined, where: string): PhraseSet {
  if (!items?.length) throw new Error(`${FILE}: "${where}" is empty`)
  const set = new Set<string>()
  for (const item of items) {
    const p = norm(String(item))
    if (!p) throw new Error(`${FILE}: empty phrase in ${where}`)
    set.add(p)
  }
  const listed = [...set].sort((a, b) => b.length - a.length)
  const starts = new Set(listed.map((p) => p.split(' ')[0]))
  const ends = new Set(listed.map((p) => p.split(' ').at(-1)!))
  const prefixes = new Set<string>(), suffixes = new Set<string>()
  for (const p of listed) {
    const ws = p.split(' ')
    for (let k = 1; k <= ws.length; k++) { prefixes.add(ws.slice(0, k).join(' ')); suffixes.add(ws.slice(ws.length - k).join(' ')) }
  }
  return { has: (p) => set.has(p), longest: Math.max(...listed.map((p) => p.split(' ').length)), list: listed, starts, ends, prefixes, suffixes }
}

/** Whole-word cues; entries written with capitals match only as written ("IS" is not "is"). */
function cueRegExp(items: readonly string[]): RegExp {
  // Escape each word, fold letters of lower-case entries to [xX], then join words with \s+ (after the
  // folding, so the "s" of \s is not folded into a letter class).
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const fold = (s: string) => s.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)
  const pattern = (item: string) => item.trim().split(/\s+/).map((w) => item === item.toLowerCase() ? fold(esc(w)) : esc(w)).join('\\s+')
  return new RegExp(`(?<![\\w-])(?:${items.map(pattern).join('|')})(?![\\w-])`)
}

/** Value of a run of number words ("four hundred", "twenty-three", "a thousand"), with how many words it used. */
export function parseNumberWords(words: readonly string[], w: NumberWords): { value: number; used: number } | null {
  let total = 0, current = 0, used = 0, last: 'unit' | 'ten' | 'scale' | 'and' | null = null
  for (let i = 0; i < words.length; i++) {
    const word = words[i].toLowerCase()
    if (word === 'a' && i === 0 && w.scales.has(words[1]?.toLowerCase() ?? '')) { current = 1; last = 'unit'; used = 1; continue }
    if (word === 'and' && last === 'scale') { last = 'and'; continue }
    const unit = w.units.get(word), ten = w.tens.get(word), scale = w.scales.get(word)
    if (unit !== undefined && (last === null || last === 'ten' || last === 'scale' || last === 'and')) {
      if (last === 'ten' && unit >= 10) break
      current += unit; last = 'unit'
    } else if (ten !== undefined && (last === null || last === 'scale' || last === 'and')) {
      current += ten; last = 'ten'
    } else if (scale !== undefined && (last === 'unit' || last === 'ten' || (last === 'scale' && scale > 100))) {
      if (scale === 100) current = (current || 1) * 100
      else { total += (current || 1) * scale; current = 0 }
      last = 'scale'
    } else break
    used = i + 1
  }
  if (!used) return null
  return { value: total + current, used }
}
