/** @module events/tolls: whose dead a figure counts: this event's, a running total's, or another incident's. */
import type { Doc, EventDraft, FatalityClaim, NumberMention, Span } from '../doc.js'
import { inRegion, say, sentenceAt } from '../doc.js'
import { numberWords } from '../mentions/numbers/index.js'
import type { Candidate } from './candidates.js'
import { cue, cueSource } from './cues.js'
import { attackerDead, groupKey } from './fatalities.js'
import { dateConfig } from '../mentions/dates/config.js'

/** `event`: this event's dead; `total`: a running total or a campaign's toll (kept, not counted); `other`: another incident's. */
export type Scope = 'event' | 'total' | 'other'
export interface TollScope { scope: Scope; why: string }

// Clause edges inside a sentence; a comma between digits ("4,000") is no edge.
const EDGE = /[;:—–()]|,(?!\d)/g

/** [start, end) of the clause of the sentence `sentence` that holds `at`. */
export function clauseOf(text: string, sentence: Span, at: Span): Span {
  let start = sentence[0], end = sentence[1]
  const s = text.slice(sentence[0], sentence[1])
  for (const m of s.matchAll(EDGE)) {
    const i = sentence[0] + m.index!
    if (i < at[0]) start = i + 1
    else if (i >= at[1]) { end = i; break }
  }
  return [start, end]
}

/** A date mention over many days in the clause ("a three-week campaign", "over the past month"). */
function periodIn(doc: Doc, clause: Span): string | null {
  for (const d of doc.dates) {
    if (d.span[0] < clause[0] || d.span[1] > clause[1]) continue
    const from = d.startDay ?? d.day, to = d.endDay
    // Durations only ("a three-week campaign", "over the past month"): "in mid-April" dates one act.
    // Not a truce's agreed term ("breaking a six-month ceasefire"): no period the dead were counted over (rule truce-term).
    if (d.rule === 'campaign' && dateConfig().termAge.test(d.text)) continue
    if ((d.rule === 'campaign' || d.rule === 'past-period') && from && to && Date.parse(to) - Date.parse(from) >= 2 * 86400000) return d.text
  }
  return null
}

// "since Friday", "since yesterday": a day within the week, not a month or a war's start.
// The opening clause of a sentence that begins with "Since" (its rest in group 1), up to the comma before the figure's clause.
const SINCE_FRONTED = /^\s*["“]?(?:Ever\s+)?[Ss]ince\b(?!\s+(?:then|that)\b)((?:[^;:—–(),]|,(?=\s*\d))*),\s*$/
const SINCE_DAYS = /^\s+(?:(?:last\s+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|yesterday|the weekend|last night)\b(?!\s*,?\s*(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))/

let compound: RegExp | null = null
/** "insurgency-hit", "war-torn": a word and the second half of a compound adjective describing a place by its trouble. */
function placeCompound(): RegExp {
  compound ??= new RegExp(`[\\w-]+-${cueSource('place-compound-after')}(?![\\w-])`, 'gi')
  return compound
}

const SPREAD = new RegExp(`\\b${cueSource('spread-over')}\\s+(?:(?:the|much\\s+of\\s+the|all\\s+of\\s+the)\\s+)?(?:(?:whole|entire)\\s+)?`, 'gi')
const SPREAD_ALONE = cue('spread-whole')
/** After `from` in the clause: "across|throughout (the) <country, province or region>" or "nationwide"; the words found. */
function spreadOver(doc: Doc, clause: Span, from: number): string | null {
  const words = doc.text.slice(from, clause[1])
  const alone = words.match(SPREAD_ALONE)
  if (alone) return alone[0]
  for (const m of words.matchAll(SPREAD)) {
    const at = from + m.index! + m[0].length
    const p = doc.places.find((q) => q.span[0] === at && (q.kind === 'country' || q.kind === 'admin1' || q.kind === 'region'))
    if (p) return doc.text.slice(from + m.index!, p.span[1])
  }
  return null
}

/** "this month", "this year", "this week": a running-total cue only when nothing before it dates a part of the period. */
const THIS_PERIOD = /^this\s+(?:week|month|year)$/i
const DATED_PERIOD_BEFORE = new RegExp(`\\b${cueSource('dated-period-before')}\\s+$`, 'i')

/**
 * The scope of a death figure in the sentence `sentence` of an event whose trigger is `trigger`
 * (null: the figure follows the event in a sentence of its own). `protest`: the event is a protest
 * or a riot, whose own dead are never the deaths that moved the crowd.
 */
let DISEASE_KILLED: RegExp | null = null
// A figure then its perfect or past-perfect killing verb a few words on: "178 fighters had been killed" (rule battle-carried).
const PERFECT_AFTER_FIGURE = /^\s+(?:[\w-]+\s+){0,3}?(?:have|has|had)\s+(?:been\s+)?(?:killed|died|perished)\b/i
let FIGHT_LASTED: RegExp | null = null

export function tollScope(doc: Doc, n: NumberMention, sentence: Span, trigger: Span | null, protest = false): TollScope {
  const text = doc.text
  // "Cholera has killed 40 people", "a cholera outbreak killed at least 40": a disease named as what killed, right before
  // the figure, made those dead; no act did (rule disease-toll).
  DISEASE_KILLED ??= new RegExp(`\\b${cueSource('disease-causes')}\\s+(?:outbreak\\s+|epidemic\\s+)?(?:has\\s+|have\\s+|had\\s+)?(?:killed|claimed)\\s+(?:(?:at\\s+least|more\\s+than|nearly|about|some|over|almost|the\\s+lives\\s+of)\\s+)?$`, 'i')
  if (DISEASE_KILLED.test(text.slice(Math.max(0, n.span[0] - 80), n.span[0]))) return { scope: 'other', why: `"${n.text}" were killed by a disease named right before the figure (rule disease-toll)` }
  // "struck government forces in Sweida, where clashes between the forces and Druze fighters have killed more than 250":
  // the dead of the fighting a place's relative clause tells, after the act, are that fighting's (rule where-setting).
  if (trigger && n.span[0] >= trigger[1] && WHERE_FIGHT.test(text.slice(trigger[1], n.span[0]))) return { scope: 'other', why: `"${n.text}" are the dead of the fighting the place's "where" clause tells, not this act's (rule where-setting)` }
  const clause = clauseOf(text, sentence, n.span)
  const words = text.slice(clause[0], clause[1])
  // "in Thailand's insurgency-hit south", "the war-torn region": a compound that describes a place names no period.
  const total = words.replace(placeCompound(), (m) => ' '.repeat(m.length)).match(cue('running-total'))
  // "killed 30 people in raids since Friday": a few days' spree, told as one, is an incident's toll, not a war's
  // running total (rule since-weekday).
  const sinceDays = total && /^since$/i.test(total[0]) && SINCE_DAYS.test(words.slice(total.index! + total[0].length))
  // "killed 23 villagers in an attack earlier this month": the part of the month dates one act, no running total
  // (rule dated-this-period).
  const datedPeriod = total && THIS_PERIOD.test(total[0]) && DATED_PERIOD_BEFORE.test(words.slice(0, total.index!))
  if (total && !sinceDays && !datedPeriod) return { scope: 'total', why: `"${total[0]}" makes "${n.text}" a running total` }
  // "Since the war began in October 2023, more than 850 people have been killed": a period fronted in a clause of its own
  // right before the figure's clause runs over the whole count (rule since-fronted). Not a few days ("Since Friday, ...")
  // nor "since then", which carries on the incident just told.
  const fronted = text.slice(sentence[0], clause[0]).match(SINCE_FRONTED)
  if (fronted && !SINCE_DAYS.test(fronted[1])) return { scope: 'total', why: `"${fronted[0].trim().replace(/,$/, '')}", fronted, makes "${n.text}" a running total (rule since-fronted)` }
  // "killed at least 45 Palestinians across the Gaza Strip": dead counted over a whole country or province are the
  // sum of many acts, not one event's toll (rule spread-toll).
  const spread = spreadOver(doc, clause, n.span[1])
  if (spread) return { scope: 'total', why: `"${spread}" makes "${n.text}" a toll summed over a whole area (rule spread-toll)` }
  // One attack rarely kills a thousand; a figure in the thousands is a war's toll in news copy.
  if (n.value >= LARGE) return { scope: 'total', why: `"${n.text}" (${n.value}) is a war's toll, not one event's` }
  // "600 are believed to have been killed in post-election violence": a perfect-tense toll over a period.
  const perfect = words.match(PERFECT_PERIOD)
  if (perfect && !doc.dates.some((d) => d.precision === 1 && d.span[0] >= clause[0] && d.span[1] <= clause[1])) return { scope: 'total', why: `"${perfect[0]}" makes "${n.text}" a toll over a period (rule perfect-period-toll)` }
  const period = periodIn(doc, clause)
  if (period) return { scope: 'total', why: `"${period}" makes "${n.text}" a toll over many days` }
  // "... torn by ethnic violence since May 2023. More than 250 people have been killed": a perfect-tense toll with no day
  // of its own, right after a sentence that runs "since" a month or a year, counts over that period (rule since-carried).
  if (PERFECT_RIGHT_AFTER.test(text.slice(n.span[1], clause[1])) && !doc.dates.some((d) => d.precision === 1 && d.span[0] >= sentence[0] && d.span[1] <= sentence[1])) {
    const k = sentenceAt(doc, sentence[0])
    const prior = k > 0 ? text.slice(doc.sentences[k - 1][0], doc.sentences[k - 1][1]) : ''
    const since = prior.match(SINCE_PERIOD)
    if (since) return { scope: 'total', why: `"${since[0]}", told in the sentence before, makes the perfect-tense "${n.text}" a toll over that period (rule since-carried)` }
  }
  // "... had entered Nasir on Monday after a battle that began on Aug. 1. He said 178 fighters had been killed": a toll
  // with no day of its own, right after a sentence that tells a fight lasting days ("a battle that began on", "three weeks
  // of fighting"), counts over the whole fight, not the day the town fell (rule battle-carried; cues.yaml fight-lasted).
  FIGHT_LASTED ??= new RegExp(`\\b${cueSource('fight-lasted')}\\b`, 'i')
  if (PERFECT_AFTER_FIGURE.test(text.slice(n.span[1], clause[1])) && !doc.dates.some((d) => d.precision === 1 && d.span[0] >= sentence[0] && d.span[1] <= sentence[1])) {
    const k = sentenceAt(doc, sentence[0])
    const prior = k > 0 ? text.slice(doc.sentences[k - 1][0], doc.sentences[k - 1][1]) : ''
    const lasted = prior.match(FIGHT_LASTED)
    if (lasted) return { scope: 'total', why: `"${lasted[0]}", told in the sentence before, makes "${n.text}" a toll over the whole fight (rule battle-carried)` }
  }
  // "troops neutralised 23 terrorists, arrested 41 suspects and rescued 17 hostages in three states over the past week":
  // a period closing a list of acts spans them all, when the sentence names no single day (rule period-list).
  const rest: Span = [clause[0], strongEnd(text, sentence, n.span[1])]
  const dayIn = doc.dates.some((d) => d.precision === 1 && d.span[0] >= sentence[0] && d.span[1] <= sentence[1] && !inRegion(doc, d.span, ['dateline']))
  const listPeriod = rest[1] > clause[1] && !dayIn ? periodIn(doc, rest) : null
  if (listPeriod) return { scope: 'total', why: `"${listPeriod}" closes the sentence's list of acts: "${n.text}" is a toll over many days (rule period-list)` }
  // "Residents marched after police shot dead a boy": what moved the crowd, not the protest's dead.
  // Not "after four people were killed when supporters attacked a rally": the dead of the act the trigger tells (rule killed-when).
  const killedWhen = !!trigger && trigger[0] >= n.span[1] && KILLED_WHEN.test(text.slice(n.span[1], trigger[0]))
  if (protest && trigger && sparkedProtest(text, n.span, trigger)) return { scope: 'other', why: `"${n.text}" is the death that set off the protest (rule protest-sparked), not its own toll` }
  if (protest && !killedWhen) {
    const cause = lastMatch(text.slice(trigger && trigger[1] <= n.span[0] ? trigger[1] : clause[0], n.span[0]), PROTEST_CAUSE)
    if (cause && !EDGE_BEFORE.test(cause.rest)) return { scope: 'other', why: `"${cause.text}" makes "${n.text}" the deaths the protest is about, not its own (rule protest-cause)` }
  }
  // "after" alone opens another incident's clause only when that clause has a date of its own: up to the
  // sentence's end, so "began after eight people, including six children, were killed Friday" finds it.
  const sentenceEnd = strongEnd(text, sentence, n.span[1])
  const opener = (s: string, at: number): RegExpMatchArray | null => {
    const strong = s.match(cue('other-incident'))
    if (strong) return strong
    const weak0 = s.match(cue('other-incident-weak'))
    // "after Friday prayers, killing six", "after dawn": a time, not another act (cues.yaml time-after).
    const weak = weak0 && TIME_AFTER.test(s.slice(weak0.index! + weak0[0].length)) ? null : weak0
    // A day right after a speech verb ("..., the prison service said on Monday") is the day of the telling, no day of the
    // clause's own (rule told-day).
    return weak && doc.dates.some((d) => d.day && d.span[0] >= at + weak.index! && d.span[1] <= sentenceEnd
      && !TOLD_ON.test(text.slice(Math.max(0, d.span[0] - 30), d.span[0]))) ? weak : null
  }
  if (trigger && trigger[1] <= n.span[0]) {
    // "The latest strike comes after a similar one killed 52": the figure is in a clause about another incident.
    const gap = text.slice(trigger[1], n.span[0])
    const between = opener(gap, trigger[1])
    // "..., hours after a helicopter was shot down in Antioquia, killing 13 officers": the participle after the clause's
    // comma tells that clause's own act, as its toll (rule clause-participle-toll).
    if (between && !EDGE_BEFORE.test(gap.slice(between.index! + between[0].length).replace(PARTICIPLE_TAIL, ''))) {
      return { scope: 'other', why: `"${between[0]}" puts "${n.text}" in another incident` }
    }
  } else {
    // "After gunmen killed 8 on Friday, the army raided ...": the figure belongs to the clause that opens with the cue.
    const lead = opener(text.slice(clause[0], n.span[0]), clause[0])
    // "after eight people, including six children, were killed Friday in a rocket attack": the dead are the trigger's own.
    const killedBy = !!trigger && trigger[0] >= n.span[1] && KILLED_IN.test(text.slice(n.span[1], trigger[0]))
    const triggerOutside = !trigger || trigger[0] >= clause[1] || trigger[1] <= clause[0]
    if (lead && triggerOutside && !killedBy) return { scope: 'other', why: `"${lead[0]}" puts "${n.text}" in another incident` }
  }
  // "protests began after a canopy collapsed, killing 16": the killing word the gate read as done by a thing, not a person
  // (rule non-human-cause), a few words before the figure, made those dead; no act did (rule cause-toll). Read last: a
  // toll over a period ("has killed 580 people since August") stays a running total.
  const thing = doc.messages.find((m) => m.stage === 'events' && m.rule === 'non-human-cause' && m.span && m.span[1] <= n.span[0] && m.span[0] >= sentence[0]
    && /^[\s,]*(?:(?:at\s+least|more\s+than|nearly|about|some|over|almost|the\s+lives\s+of)\s+)?$/i.test(text.slice(m.span[1], n.span[0])))
  if (thing) return { scope: 'other', why: `"${n.text}" were killed by what "${text.slice(thing.span![0], thing.span![1])}" follows, no act (rule cause-toll)` }
  return { scope: 'event', why: '' }
}
/** Right before a date: a speech verb ("said on Monday"), so the date is the day of the telling. */
export const TOLD_ON = new RegExp(`\\b${cueSource('reported-speech')}\\s+(?:on\\s+)?$`, 'i')
const LARGE = 1000
// A perfect passive of killing, then a period noun a few words on: "have been killed in the unrest", "has died in the war".
const PERFECT_PERIOD = new RegExp(`\\b(?:have|has|had)\\s+(?:been\\s+)?(?:killed|died|perished|slain)\\s+(?:in|during|since)\\s+(?:[\\w-]+\\s+){0,3}?${cueSource('period-nouns')}\\b`, 'i')
const EDGE_BEFORE = /[;:—–()]|,(?!\d)/
// Right after a figure: "people have been killed", "have died" (rule since-carried).
const PERFECT_RIGHT_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:have|has)\s+(?:been\s+)?(?:killed|died|perished)\b/i
// "since May 2023", "since 2017", "since the 1990s": a period that runs up to now, not a weekday.
const SINCE_PERIOD = /\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:(?:the\s+)?(?:1[89]|20)\d\ds?)\b/i
const TIME_AFTER = new RegExp(`^\\s+(?:the\\s+)?${cueSource('time-after')}\\b`, 'i')
const PARTICIPLE_TAIL = /,\s*(?:killing|leaving)\s+(?:(?:at least|more than|some|about|nearly|around)\s+)?$/i
// The figure's own verb and then the trigger: "were killed Friday in a rocket attack", "died in the blast".
// The figure's own verb, then "when" or "as" opening the trigger's clause: "were killed when supporters attacked a rally".
const KILLED_WHEN = /\b(?:killed|died|dead|slain)\b[^.;:,]{0,20}?\b(?:when|as)\s+[^.;:,]{0,60}$/i
const KILLED_IN = /\b(?:killed|died|dead|slain|perished)\b[^.;:]{0,40}\b(?:in|by|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i

/** The end of the sentence, or of its part up to the first ; : or dash after `from`. */
function strongEnd(text: string, sentence: Span, from: number): number {
  const m = text.slice(from, sentence[1]).match(/[;:—–]/)
  return m ? from + m.index! : sentence[1]
}

/** "the death of a blogger in a police cell sparked nationwide protests": the dead right after `death-of`, a verb of
 * `sparked-verbs` between them and the protest word (rule protest-sparked). */
export function sparkedProtest(text: string, dead: Span, trigger: Span): boolean {
  return trigger[0] >= dead[1] && DEATH_OF_BEFORE.test(text.slice(Math.max(0, dead[0] - 30), dead[0]))
    && SPARKED_BETWEEN.test(text.slice(dead[1], trigger[0]))
}
const DEATH_OF_BEFORE = new RegExp(`\\b${cueSource('death-of')}\\s+(?:the\\s+|a\\s+|an\\s+)?$`, 'i')
const SPARKED_BETWEEN = new RegExp(`^[^.;]*\\b${cueSource('sparked-verbs')}\\b[^.;]*$`, 'i')

// ", where clashes between ... have killed": a place's relative clause whose subject is fighting (cues.yaml where-fights).
const WHERE_FIGHT = new RegExp(`,\\s*where\\s+(?:[\\w'’-]+\\s+){0,2}?${cueSource('where-fights')}\\b[^.;]*$`, 'i')
// As cue('protest-cause'), global, for lastMatch: compiled once, not per number.
const PROTEST_CAUSE = new RegExp(cue('protest-cause').source, 'gi')

/** The last match of the global `re` in `s`, with the words after it. */
function lastMatch(s: string, re: RegExp): { text: string; rest: string } | null {
  const all = [...s.matchAll(re)]
  const m = all.pop()
  return m ? { text: m[0], rest: s.slice(m.index! + m[0].length) } : null
}

/**
 * "1 killed, 7 injured." / "A fourth person died later.": a sentence whose only event words are
 * the casualty words of its counts (data/numbers.yaml `measures`), that names no side acting and
 * no place, only counts the dead of the event told before it: a toll, not an incident of its own.
 */
export function tollOnly(doc: Doc, c: Candidate, toldPlace: number | null = null): boolean {
  if (!c.numbers.some((n) => n.measure === 'killed')) return false
  const nw = numberWords()
  const casualty = (phrase: string) => {
    const p = phrase.toLowerCase().replace(/\s+/g, ' ')
    for (const m of ['killed', 'injured'] as const) if (nw.after.get(m)!.has(p) || nw.before.get(m)!.has(p)) return true
    return false
  }
  if (!c.hits.length || !c.hits.every((h) => casualty(h.phrase))) return false
  // An armed side told as part of the dead ("were killed, including two police officers") is no doer.
  const amongDead = (a: Candidate['actors'][number]) => a.role === 'armed' && DEAD_AMONG().test(doc.text.slice(c.span[0], a.span[0]))
  if (c.actors.some((a) => (a.role === 'armed' && !amongDead(a)) || a.role === 'protester' || a.role === 'rioter')) return false
  // A place of the told event's own town ("a doctor at Nakuru hospital said") names no other incident.
  return !doc.places.some((p) => sentenceAt(doc, p.span[0]) === c.sentence && !(toldPlace !== null && p.geonameid === toldPlace))
}

/**
 * A toll that rises through the story (rule toll-rose): "killing at least 12 ... the death toll had risen to 27 ... By
 * evening, the minister said 34 people had been killed". A count of all the dead told as the toll's new value (`toll-rose`
 * after a toll noun), or told in a sentence that opens on a later time (`toll-later`), that is larger than every count of
 * the draft told before it replaces them: they were the same dead counted earlier, not other sources' counts (the lowest)
 * nor other groups (a sum). The replaced counts stay on the draft as claims of measure `earlier-count`. A count of the
 * attackers' own dead is no part of the victims' toll and stays.
 */
export function risingToll(doc: Doc, drafts: readonly EventDraft[]): void {
  for (const d of drafts) {
    const claims = [...d.claims].filter((c) => c.value !== null && !c.total).sort((a, b) => a.span[0] - b.span[0])
    let update: FatalityClaim | null = null
    for (const c of claims) if (groupKey(c.group) === '' && isUpdate(doc, c)) update = c
    if (!update) continue
    const before = claims.filter((c) => c.span[0] < update!.span[0] && !attackerDead(groupKey(c.group)))
    if (!before.length || before.some((c) => c.value! >= update!.value!)) continue
    d.claims = d.claims.filter((c) => !before.includes(c))
    for (const c of before) d.otherClaims.push(Object.assign({}, c, { measure: 'earlier-count' }))
    say(doc, 'events', 'toll-rose', `"${doc.text.slice(update.span[0], update.span[1])}" is the toll told later, larger than the ${before.length} count(s) before it: those counted the same dead earlier.`, { span: update.span })
  }
}
// The toll's nouns and rising verbs are the dates stage's (data/dates.yaml toll-update-*); compiled on first use.
let tollRose: RegExp | null = null
const TOLL_ROSE = () => (tollRose ??= new RegExp(`\\b(?:${dateConfig().tollNounsAlt})\\b[^.;:]{0,60}?\\b(?:${dateConfig().tollVerbsAlt})\\s+(?:to\\s+)?(?:[\\w-]+\\s+){0,2}$`, 'i'))
let deadAmong: RegExp | null = null
const DEAD_AMONG = () => (deadAmong ??= new RegExp(`\\b${cueSource('dead-among')}\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\w-]+\\s+){0,3}$`, 'i'))
const LATER_OPENER = new RegExp(`^\\W*${cueSource('toll-later')}\\b`, 'i')

/** Whether the claim `c` is told as the toll's new value or as a later count. */
function isUpdate(doc: Doc, c: FatalityClaim): boolean {
  const sentence = doc.sentences[sentenceAt(doc, c.span[0])]
  if (!sentence) return false
  const told = doc.text.slice(sentence[0], c.span[0])
  // "The toll of the clashes since Friday rose to six": a toll over a longer period than the day's, no new count of its dead.
  if (RUNNING.test(told)) return false
  if (TOLL_ROSE().test(told)) return true
  return LATER_OPENER.test(doc.text.slice(sentence[0], sentence[1]))
}
const RUNNING = cue('running-total')
