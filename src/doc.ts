/** @module doc: the one document that flows through every stage, and the messages it carries. */

/** [start, end) in UTF-16 code units of `doc.text`: `text.slice(start, end)`. */
export type Span = readonly [start: number, end: number]

export type StageName =
  | 'ingest' | 'text' | 'places' | 'actors' | 'numbers' | 'dates' | 'frame' | 'events' | 'merge' | 'store' | 'output'

/** An input article after ingest: identity and metadata; `text` lives on the Doc. */
export interface Article {
  readonly id: string                  // as given, or `sha256:` content hash when none was given
  readonly title: string | null        // headline
  readonly section: string | null      // section label ("World", "Middle East") when the input had one
  readonly byline: string | null
  readonly source: string | null       // publisher
  readonly url: string | null
  readonly published: string | null    // YYYY-MM-DD
  readonly input: string               // where it came from: `file`, `file:line`, `feed.xml#3`, `-`
}

/** Parts of the text that are not the story itself; later stages skip or down-weight them. */
export type RegionKind = 'caption' | 'credit' | 'byline' | 'dateline' | 'headline-repeat' | 'boilerplate' | 'heading'
export interface Region { readonly kind: RegionKind; readonly span: Span }

/** Token columns, as wink-nlp packs tokens: one entry per token, offsets in characters. */
export interface Tokens {
  readonly count: number
  readonly value: readonly string[]     // the token as written
  readonly norm: readonly string[]      // lower case, diacritics kept
  readonly pos: readonly string[]       // Universal POS tag from wink (NOUN, PROPN, VERB, ...)
  readonly kind: readonly string[]      // wink token type: word, number, punctuation, ...
  readonly start: Int32Array
  readonly end: Int32Array
  readonly sentence: Int32Array         // index into doc.sentences
}

interface Mention {
  readonly span: Span
  readonly text: string
  score: number          // 0–1: how sure the stage is
  readonly rule: string  // which rule found it (kebab-case)
}

/** A place mention resolved (or not) against the gazetteer. */
export interface PlaceMention extends Mention {
  geonameid: number | null
  name: string | null               // the gazetteer's name for the place
  kind: 'place' | 'admin1' | 'admin2' | 'country' | 'region' | 'demonym' | 'feature'
  countryCode: string | null        // ISO2
  country: string | null            // ACLED-style country name
  admin1: string | null
  admin2: string | null
  latitude: number | null
  longitude: number | null
  featureCode: string | null
  population: number
  precision: 1 | 2 | 3              // ACLED geo_precision if this place were the event location
  /** Words around the mention that shift precision or role ("near", "outside", "province of"). */
  cue: string | null
  why: string                       // one sentence: why this candidate won
}

/** An actor mention mapped to an ACLED actor (named or generic). */
export interface ActorMention extends Mention {
  name: string             // ACLED name, e.g. `Military Forces of Syria (2000-)`
  inter: number            // ACLED inter code 1–8
  countryCode: string | null
  /** What the mention says about its side: the group fighting, a victim group, a claimant only. */
  role: 'armed' | 'civilian' | 'protester' | 'rioter' | 'external' | 'other'
  generic: boolean         // a generic actor (Unidentified Armed Group, Civilians, ...)
  /** A social or ethnic group the words also name, for ACLED's assoc_actor: `Farmers (Benin)` beside `Civilians (Benin)`. */
  assoc?: string
}

export type Qualifier = 'exact' | 'at-least' | 'more-than' | 'about' | 'up-to' | 'less-than' | 'vague'

/** A quantity in the text: digits, number words or vague words. */
export interface NumberMention extends Mention {
  value: number                // ACLED conventional value for vague words (dozens → 12)
  high: number | null          // upper end of a range ("20 to 30")
  qualifier: Qualifier
  vague: string | null         // the vague word when qualifier is `vague`
  /** What is counted, when the text says so: killed, injured, arrested, protesters, ... */
  measure: 'killed' | 'injured' | 'arrested' | 'abducted' | 'people' | 'other' | null
  claimant: string | null      // "the monitor", "state TV", ...
  group: string | null         // whose dead: "fighters", "civilians", "soldiers", ...
  /** The claimant is a party to the fighting speaking of its enemy ("the group claimed"): kept, but a neutral figure wins. */
  partisan?: boolean
}

/** A date expression resolved against the publication date. */
export interface DateMention extends Mention {
  day: string | null           // YYYY-MM-DD, null when it cannot be placed
  precision: 1 | 2 | 3         // ACLED time_precision
  relative: boolean            // needed the publication date ("on Sunday", "last week")
  endDay: string | null        // for a period ("a three-week campaign"): its last day
  /** For a period: its first day (`day` is ACLED's coded day: the middle of a week, the 15th of a month). */
  startDay?: string | null
}

export type Status = 'reported' | 'claimed' | 'denied' | 'planned' | 'background'

export interface FatalityClaim {
  value: number | null
  qualifier: Qualifier
  claimant: string | null
  group: string | null
  span: Span
  /** From a party about its enemy's dead: kept in the range, not chosen when a neutral figure exists. */
  partisan?: boolean
  /** The figure's upper end when the text gives a range ("20 to 30"). */
  high?: number | null
  /** A running total or a campaign's toll over many days ("400 in three weeks", "4,000 since 2017"): kept, never this day's figure. */
  total?: boolean
}

/** One event as the events stage builds it, before it becomes a record. */
export interface EventDraft {
  eventType: string
  subEventType: string
  disorderType: string
  actor1: ActorMention | null
  actor2: ActorMention | null
  assoc1: string[]
  assoc2: string[]
  place: PlaceMention | null
  /** The place is the dateline's, taken only because nothing in or near the event's sentences names one. */
  placeFromDateline?: boolean
  date: DateMention | null
  claims: FatalityClaim[]
  otherClaims: (FatalityClaim & { measure: string })[]   // injured, arrested: kept, never counted as deaths
  status: Status
  confidence: number
  trigger: Span
  /** How strongly the trigger word alone signals the type (data/events/triggers.yaml weight). */
  weight?: number
  sentence: number
  /** The crowd's own violence, named in the event's sentence, made the force's word a riot (classify rule violent-crowd-met). */
  crowdViolence?: boolean
  evidence: Record<string, Span>
  notes: string
  /** Whom a demonstration is directed at (events/protest-target.ts); the actor fields stay ACLED's. */
  protestTarget?: { name: string; span: Span; rule: string; reason: string } | null
}

/**
 * What a place mention is in the article (frame stage). Only `event` mentions can be where an
 * event happened; the others still tell the article's country (a dateline, a nationality) or
 * name something else (a currency, a government, an organisation, a saint).
 */
export type PlaceRole =
  | 'event'          // may be where an event happened
  | 'dateline'       // where the report was filed
  | 'caption'        // in a photo caption or credit: another day or place
  | 'nationality'    // a demonym or nationality ("a Canadian tourist")
  | 'source'         // where a source or reporter is ("a monitor based in Britain", "told reporters in Geneva")
  | 'venue'          // where talks, visits or travel happen ("on his way to Cairo")
  | 'modifier'       // a name inside another phrase ("the US dollar", "Lebanon's prime minister", "Iran-backed")
  | 'organisation'   // a name inside an organisation's, building's or saint's name ("the Kenya Red Cross", "St Mary's church")
  | 'reference'      // a reference point of a bearing ("150 km north of Mogadishu")
  | 'origin'         // where people or things come from ("herders from Yola")

export interface PlaceRoleNote {
  readonly role: PlaceRole
  readonly rule: string        // kebab-case rule id, also on the frame message
  readonly reason: string
}

/** The article as a coder first reads it: its focus country and region, its dateline and the place of its main incident. */
export interface Frame {
  /** ISO2 of the country the article is about, or null when it names none. */
  country: string | null
  /** The country's share (0–1) of all the weight the article's mentions give to countries. */
  share: number
  /** The first-level area the article centres on inside that country, when one stands out. */
  admin1: string | null
  /** The place of the dateline ("BEIRUT (Reuters) -"), when the text opens with one the gazetteer knows. */
  dateline: PlaceMention | null
  /** The place of the main incident: the most specific event place in the headline and lead. */
  focus: PlaceMention | null
  /** The lead: character span of the headline and first sentences of the story. */
  lead: Span
  /** One note per `doc.places` entry, same index. */
  roles: PlaceRoleNote[]
  /** The country the outlet's name names, taken as `country` only when nothing in the text points to one (rule outlet-country). */
  outlet?: string | null
}

export interface Message {
  readonly stage: StageName
  readonly rule: string                   // stable kebab-case id ('ambiguous-toponym')
  readonly level: 'fatal' | 'warning' | 'info'
  readonly reason: string                 // one plain sentence for a person
  readonly span?: Span
  readonly actual?: string
  readonly expected?: string[]
}

export interface Doc {
  readonly article: Article
  readonly text: string
  tokens: Tokens
  sentences: Span[]
  regions: Region[]
  places: PlaceMention[]
  actors: ActorMention[]
  numbers: NumberMention[]
  dates: DateMention[]
  /** Set by the frame stage, after the mentions and before the events. */
  frame: Frame | null
  events: EventDraft[]
  messages: Message[]
}

const noTokens: Tokens = {
  count: 0, value: [], norm: [], pos: [], kind: [],
  start: new Int32Array(0), end: new Int32Array(0), sentence: new Int32Array(0),
}

export function createDoc(article: Article, text: string): Doc {
  return {
    article, text, tokens: noTokens, sentences: [], regions: [],
    places: [], actors: [], numbers: [], dates: [], frame: null, events: [], messages: [],
  }
}

/** Push one message (level `info` unless told) and return it. */
export function say(
  doc: Doc, stage: StageName, rule: string, reason: string,
  more: Partial<Pick<Message, 'level' | 'span' | 'actual' | 'expected'>> = {},
): Message {
  const message: Message = { stage, rule, level: more.level ?? 'info', reason, ...more }
  doc.messages.push(message)
  return message
}

/** True when a fatal message stopped this article. */
export function isFailed(doc: Doc): boolean {
  return doc.messages.some((m) => m.level === 'fatal')
}

/** The span's text, for messages and tests. */
export function slice(doc: Doc, span: Span): string {
  return doc.text.slice(span[0], span[1])
}

/** Whether character `at` stands inside a direct quotation opened after `from` (its sentence's start): an odd number of quotation marks between. */
export function quotedAt(doc: Doc, from: number, at: number): boolean {
  return (doc.text.slice(from, at).match(/[“”"]/g) ?? []).length % 2 === 1
}

/** Index of the sentence containing character `at`, or -1. */
export function sentenceAt(doc: Doc, at: number): number {
  let lo = 0, hi = doc.sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [s, e] = doc.sentences[mid]
    if (at < s) hi = mid - 1
    else if (at >= e) lo = mid + 1
    else return mid
  }
  return -1
}

/** True when the span lies inside a region of one of the given kinds. */
/** Token indices [from, to) of sentence `si`: tokens are in text order, so two binary searches. */
export function sentenceTokens(doc: Doc, si: number): [number, number] {
  const t = doc.tokens
  const first = (x: number): number => {
    let lo = 0, hi = t.count
    while (lo < hi) { const mid = (lo + hi) >> 1; if (t.sentence[mid] < x) lo = mid + 1; else hi = mid }
    return lo
  }
  return [first(si), first(si + 1)]
}

export function inRegion(doc: Doc, span: Span, kinds: readonly RegionKind[]): boolean {
  // A sentence's span may open on the blank line before it ("\n\nPhoto: ..."): its words are what must lie inside.
  let from = span[0], to = span[1]
  while (from < to && doc.text.charCodeAt(from) <= 32) from++
  while (to > from && doc.text.charCodeAt(to - 1) <= 32) to--
  return doc.regions.some((r) => kinds.includes(r.kind) && from >= r.span[0] && to <= r.span[1])
}
