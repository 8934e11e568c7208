/**
 * @module merge/details: what an article itself says about where an event happened, beyond the coded place.
 *
 * The gazetteer often resolves a village it does not know, a quarter or an airport to the town or region around
 * it, so two reports of distinct incidents ("near Village A, Donetsk", "near Village B, Donetsk") carry one coded
 * place. The passage a record was read from still names the place as written. Two reports whose passages both
 * name places, none of them the same, describe different incidents: that is a conflict the coded fields cannot see.
 * The cue words that introduce a place ("near", "in the area of", "district of") are data: data/merge.yaml `written_places`.
 */
import type { EventRecord } from '../schema/record.js'
import type { MergeConfig } from './config.js'

/** The sentences of `text` the record's evidence and claims point into (the first `max` characters when none fits). */
export function passageOf(text: string, record: EventRecord, max = 3000): string {
  const spans = [...Object.values(record.evidence ?? {}), ...record.fatality_claims.map((c) => c.span), ...record.other_claims.map((c) => c.span)]
    .filter((s) => Array.isArray(s) && s[0] >= 0 && s[1] > s[0] && s[1] <= text.length)
  if (!spans.length) return text.slice(0, max)
  const bounds = new Map<number, number>()
  for (const [from, to] of spans) {
    let a = from
    while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--
    let b = to
    while (b < text.length && !/[.!?\n]/.test(text[b])) b++
    bounds.set(a, Math.max(bounds.get(a) ?? 0, Math.min(text.length, b + 1)))
  }
  return [...bounds].sort((x, y) => x[0] - y[0]).map(([a, b]) => text.slice(a, b)).join(' ').slice(0, max)
}

/** Lower case, no diacritics, no apostrophes, hyphens as spaces: "Mar'yinka" and "Maryinka" are one spelling. */
export const normName = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/['’ʼ`‘]/g, '').replace(/[-‐–]/g, ' ').replace(/\s+/g, ' ').trim()

const WORD = /[\p{L}\p{N}'’ʼ‘-]+|[^\s\p{L}\p{N}]/gu
const capital = (w: string) => /^\p{Lu}/u.test(w)

/**
 * The places a passage names: a capitalised phrase right after a cue word ("near Yasne", "in the Kyivskyi district"
 * gives "Kyivskyi"), up to the next lower-case word or punctuation. Linking words of names (al, de, el) stay inside a
 * phrase. Months, weekdays and the words of `ignore` (the record's country and region) are not places.
 */
export function writtenPlaces(passage: string, cfg: MergeConfig, ignore: readonly string[] = []): string[] {
  const wp = cfg.writtenPlaces
  // "Mosul's": the name, then the possessive as a word of its own (it ends a name and, like an article, opens the next).
  const words = (passage.match(WORD) ?? []).flatMap((w) => (/^.+['’]s$/u.test(w) ? [w.slice(0, -2), "'s"] : [w]))
  const lower = words.map((w) => w.toLowerCase())
  const skip = new Set(ignore.map(normName).filter(Boolean))
  const out = new Set<string>()
  const add = (phrase: string[]) => {
    const name = bare(normName(phrase.join(' ')), wp.links)
    if (name && !wp.notPlaces.has(name) && !skip.has(name)) out.add(name)
  }
  /** The capitalised phrase starting at word `j` (linking words inside it), and where it ends. */
  const phraseAt = (j: number): [string[], number] => {
    const phrase: string[] = []
    // "Maarat al-Numan", "Tell el Hawa": a linking word inside a name, alone or joined to the next word by a hyphen.
    const linked = (k: number) => phrase.length > 0 && ((wp.links.has(lower[k]) && k + 1 < words.length && capital(words[k + 1]))
      || (/^\p{Ll}+[-‐]\p{Lu}/u.test(words[k]) && wp.links.has(lower[k].split(/[-‐]/)[0])))
    while (j < words.length && (capital(words[j]) || linked(j))) {
      phrase.push(words[j])
      j++
    }
    return [phrase, j]
  }
  for (let i = 0; i < words.length; i++) {
    // "near Tell Hamra", "in the area of Tell Hamra"
    const cue = wp.cues.find((c) => c.every((w, k) => lower[i + k] === w))
    if (cue) {
      let j = i + cue.length
      while (j < words.length && wp.articles.has(lower[j])) j++
      const [phrase, end] = phraseAt(j)
      if (phrase.length) add(phrase)
      // "in Baghdad's Sadr City": the place inside the place.
      if (phrase.length && words[end] === "'s" && end + 1 < words.length && capital(words[end + 1])) add(phraseAt(end + 1)[0])
    }
    // "the Souq quarter", "a raid on Tell Hamra village": a capitalised phrase inside a sentence, before a kind of place.
    if ((/^\p{Ll}/u.test(words[i]) || words[i] === "'s") && i + 1 < words.length && capital(words[i + 1])) {
      const [phrase, end] = phraseAt(i + 1)
      if (end < words.length && wp.kinds.has(lower[end])) add(phrase)
    }
  }
  return [...out]
}

/** A name without its leading linking words ("al zuhur" is "zuhur"): outlets write the article or leave it out. */
export function bare(name: string, links: ReadonlySet<string>): string {
  const w = name.split(' ')
  let i = 0
  while (i < w.length - 1 && links.has(w[i])) i++
  return w.slice(i).join(' ')
}

/** One edit (insert, delete, substitute) or none: transliterations of one name ("Marinka", "Maryinka"). */
function nearWord(x: string, y: string): boolean {
  // Doubled letters are one ("Tell", "Tel"; "Yasynuvatta", "Yasynuvata").
  const a = x.replace(/(.)\1+/g, '$1')
  const b = y.replace(/(.)\1+/g, '$1')
  if (a === b) return true
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && a[i] === b[i]) i++
  let j = 0
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++
  return Math.max(a.length, b.length) - i - j <= 1
}

/** Two written names of one place: every word of the shorter has its spelling in the longer ("Donetsk Airport" ⊇ "Donetsk"). */
export function samePlaceName(a: string, b: string): boolean {
  const [s, l] = a.split(' ').length <= b.split(' ').length ? [a, b] : [b, a]
  const lw = l.split(' ')
  return s.split(' ').every((w) => lw.some((x) => nearWord(w, x)))
}

/** One name in two spellings: as many words, each one edit apart at most ("Mar'inka", "Marinka"; not "Donetsk Airport", "Donetsk"). */
export function sameSpelling(a: string, b: string): boolean {
  const x = a.split(' ')
  const y = b.split(' ')
  return x.length === y.length && x.every((w, i) => nearWord(w, y[i]))
}

/** What one side of a pair says in writing: the places its passages name (`named`: with its country and region), and those finer than its coded place. */
export interface Written { places: string[]; finer: string[]; named: string[]; targets: string[]; people: string[]; causes: string[]; night: boolean
  /** The passages' words, normalised (normName), in order: to find a name written without a cue word ("artillery hit Kansafra"). */
  words: string[] }

/** The written places of the passages of one event's reports (a stored event has one passage per source). */
export function writtenOf(passages: readonly string[], record: EventRecord, cfg: MergeConfig): Written {
  // The country and the region the record is coded to are no places of the incident, with or without their level's word
  // ("Sagaing" for "Sagaing Region").
  const level = (s: string) => normName(s).split(' ').filter((w) => !cfg.adminWords.has(w)).join(' ')
  const places = [...new Set(passages.flatMap((p) => writtenPlaces(p, cfg, [record.country, record.admin1, level(record.admin1)])))]
  const coded = bare(normName(record.location), cfg.writtenPlaces.links)
  const named = [...new Set(passages.flatMap((p) => writtenPlaces(p, cfg)))]
  // A shorter name all of whose words the coded town's has ("Acapulco" of "Acapulco de Juárez") is that town, not a finer place.
  const within = (p: string) => record.geo_precision === 1 && p.split(' ').length < coded.split(' ').length && samePlaceName(p, coded)
  return { places, finer: places.filter((p) => !coded || !(sameSpelling(p, coded) || within(p))), named,
    targets: wordsOf(passages, cfg.writtenPlaces.targets), people: wordsOf(passages.map((p) => p.toLowerCase()), cfg.writtenPlaces.people),
    // What a protest was about: only of protests and riots (in a report of fighting, "arrest" or "salaries" say nothing of the event).
    causes: /^(Protests|Riots)$/.test(record.event_type) ? wordsOf(passages.map((p) => p.toLowerCase()), cfg.writtenPlaces.causes) : [],
    // "overnight", "late on Saturday": outlets date a night by the evening or by the morning after.
    night: passages.some((p) => cfg.writtenPlaces.night.some((w) => new RegExp(`(?<![\\p{L}])${w.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'iu').test(p))),
    words: passages.flatMap((p) => normName(p).split(/[^\p{L}\p{N}]+/u).filter(Boolean)) }
}

/** The passages write `name` (normalised): its words in a row, each one edit apart at most ("kansafra" for "kansafrah"). */
export function mentions(w: Written, name: string): boolean {
  const n = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean)
  if (!n.length) return false
  for (let i = 0; i + n.length <= w.words.length; i++) if (n.every((x, k) => nearWord(x, w.words[i + k]))) return true
  return false
}

/** The words of `list` the passages use in lower case (a target in a name, "Secondary School", is no target; people are lowered first): each word's group, sorted. */
function wordsOf(passages: readonly string[], list: ReadonlyMap<string, string[]>): string[] {
  const out = new Set<string>()
  // Phrases first, and their words then read no more: "media workers" are journalists, not workers.
  const phrases = [...list.keys()].filter((k) => k.includes(' ')).sort((x, y) => y.length - x.length)
  for (let p of passages) {
    for (const k of phrases) {
      const re = new RegExp(`(?<![\\p{L}])${k.replace(/ /g, '\\s+')}(?![\\p{L}])`, 'gu')
      if (re.test(p)) { for (const g of list.get(k)!) out.add(g); p = p.replace(re, ' ') }
    }
    for (const w of p.match(/\p{Ll}+/gu) ?? []) {
      for (const g of list.get(w) ?? []) out.add(g)
    }
  }
  return [...out].sort()
}

/** Both sides name places and every one of each is one of the other's: the articles name one place. */
export function samePlaces(a: Written, b: Written): boolean {
  const within = (x: string[], y: string[]) => x.every((p) => y.some((q) => samePlaceName(p, q)))
  return a.places.length > 0 && b.places.length > 0 && within(a.places, b.places) && within(b.places, a.places)
}

/**
 * Both sides name places finer than their coded ones, and every one of them is one the other side names: the articles
 * agree on a village or quarter the gazetteer did not know ("at Zabarmari" and "in Zabarmari, Borno State").
 */
export function sameFinerPlaces(a: Written, b: Written): boolean {
  // One spelling, word for word: "Malgir of Nahri Saraj" is a village in the district "Nahri Saraj", not the district.
  const within = (x: string[], y: string[]) => x.every((p) => y.some((q) => sameSpelling(p, q)))
  return a.finer.length > 0 && b.finer.length > 0 && within(a.finer, b.places) && within(b.finer, a.places)
}

/**
 * A conflict between the written places of two reports. Both name places finer than their coded ones (a village the
 * gazetteer resolved to its town, a quarter, an airport) and none is the same; or, when their coded places differ,
 * both name places and none is the same. null when they agree or one names none: a report that names only its coded
 * place is vaguer than one naming a quarter of it, not in conflict with it.
 */
export function placeConflict(a: Written, b: Written, sameCoded: boolean): string | null {
  const disjoint = (x: string[], y: string[]) => x.length > 0 && y.length > 0 && !x.some((p) => y.some((q) => samePlaceName(p, q)))
  // Each names a finer place the other does not name at all (a report naming both "Sadr City" and "Baghdad" meets one naming either).
  const finer = a.finer.length > 0 && b.finer.length > 0 && disjoint(a.finer, b.places) && disjoint(b.finer, a.places)
  if (finer || (!sameCoded && disjoint(a.places, b.places))) return `the reports name other places (${a.places.join(', ')}; ${b.places.join(', ')})`
  const none = (x: string[], y: string[]) => x.length > 0 && y.length > 0 && !x.some((w) => y.includes(w))
  if (none(a.targets, b.targets)) return `the reports name other targets (${a.targets.join(', ')}; ${b.targets.join(', ')})`
  if (none(a.people, b.people)) return `the reports name other groups (${a.people.join(', ')}; ${b.people.join(', ')})`
  // Two protests both saying what they were about, and no demand shared (salaries; power cuts): two protests.
  if (none(a.causes, b.causes)) return `the reports name other demands (${a.causes.join(', ')}; ${b.causes.join(', ')})`
  return null
}
