/** @module events/status: reported, claimed, denied, planned or background, from the clause and the date. */
import type { DateMention, Doc, Status } from '../doc.js'
import { say } from '../doc.js'
import { numberWords } from '../mentions/numbers/index.js'
import type { Candidate, Hit } from './candidates.js'
import { cue, cueSource, cueWhole } from './cues.js'
import { clauseOf } from './tolls.js'

/** Days before publication after which a dated event is history, not news. */
const BACKGROUND_DAYS = 45
// Neutral sources: one list for the whole pipeline, data/numbers.yaml `neutral` (who a figure's claimant is).
const NEUTRAL_CLAIMANT = numberWords().neutral
// A future word shortly before the trigger, at most three words between: "will attack", "will continue unleashing similar strikes".
const FUTURE = new RegExp(`\\b${cueSource('future-before')}\\s+(\\w+\\s+){0,3}$`, 'i')
const RESPONSIBILITY = cue('responsibility')
const RECALL = cueWhole('recall-words')
// "investigating the shooting of a journalist", "on trial for the bombing": at most three words between.
const INQUIRY = new RegExp(`\\b${cueSource('inquiry-before')}\\s+(\\S+\\s+){0,3}$`, 'i')
// "get the dog to murder", "paid a man to kill": an act after an intention and "to" has not happened.
const INTENT = new RegExp(`\\b${cueSource('intent-before')}\\s+(\\S+\\s+){0,3}to\\s+$`, 'i')
// A year written out ("in 2001", "March 2019"): periods up to now ("the past three months") and bare numbers ("6/7") are not history.
const YEAR = /\b(?:1[89]|20)\d\d\b/
// "since 2017": the date opens a running period, it does not date this act.
const SINCE_BEFORE = new RegExp(`\\b${cueSource('since')}\\s+(\\S+\\s+){0,2}$`, 'i')

export interface StatusResult { status: Status; why: string }

export function statusOf(doc: Doc, c: Candidate, trigger: Hit, date: DateMention | null): StatusResult {
  const published = doc.article.published
  const days = date?.day && published ? (Date.parse(published) - Date.parse(date.day)) / 86400000 : 0
  if (days > BACKGROUND_DAYS) return { status: 'background', why: `dated ${date!.day}, ${Math.round(days)} days before publication` }
  const clause = clauseAround(doc.text, c.span, trigger.span)
  const inClause = c.cues.filter((q) => q.span[0] >= clause[0] && q.span[1] <= clause[1])
  const has = (cue: string) => inClause.find((q) => q.cue === cue)
  // "An anniversary of the killings on Tuesday": the history is recalled, whatever the day of the recalling.
  const bg = inClause.find((q) => q.cue === 'background' && cueBelongs(doc, c, trigger, q.span))
  if (bg) return { status: 'background', why: `"${doc.text.slice(bg.span[0], bg.span[1])}" marks history` }
  // A year long past in the trigger's own clause ("protested in 2001"), when the event has no recent date of its own.
  if (days <= BACKGROUND_DAYS && published && (!date || date.rule === 'date-from-publication' || date.relative === false)) {
    const own = clauseOf(doc.text, c.span, trigger.span)
    const old = doc.dates.find((d) => d.day && d.span[0] >= own[0] && d.span[1] <= own[1]
      && YEAR.test(d.text) && !(d.endDay && (Date.parse(published) - Date.parse(d.endDay)) / 86400000 <= BACKGROUND_DAYS)
      && (Date.parse(published) - Date.parse(d.day)) / 86400000 > BACKGROUND_DAYS && !SINCE_BEFORE.test(doc.text.slice(own[0], d.span[0])))
    if (old) return { status: 'background', why: `"${old.text}" in the clause of "${trigger.phrase}" dates it long before publication (rule old-date-in-clause)` }
  }
  const before = doc.text.slice(Math.max(c.span[0], trigger.span[0] - 80), trigger.span[0])
  const inquiry = before.match(INQUIRY)
  // An inquiry into a killing of the day is news of that killing: only an act with no date of its own, or none
  // that the publication date shows to be recent, is history.
  if (inquiry && (!date || date.rule === 'date-from-publication' || !published)) return { status: 'background', why: `"${inquiry[0].trim()}" makes "${trigger.phrase}" the object of an inquiry or a trial: history (rule inquiry-object)` }
  if (days < -1) return { status: 'planned', why: `dated ${date!.day}, after publication` }
  const planned = inClause.find((q) => q.cue === 'planned' && q.first < trigger.first)
  const intent = before.match(INTENT)
  if (intent) return { status: 'planned', why: `"${intent[0].trim()} ${trigger.phrase}": an intention, not an act (rule infinitive-intent)` }
  if (planned || FUTURE.test(doc.text.slice(clause[0], trigger.span[0]))) {
    return { status: 'planned', why: planned ? `"${doc.text.slice(planned.span[0], planned.span[1])}" marks a plan or threat` : 'future tense' }
  }
  const denied = c.cues.find((q) => q.cue === 'denied')
  if (denied) return { status: 'denied', why: `"${doc.text.slice(denied.span[0], denied.span[1])}" denies it` }
  const claimed = inClause.find((q) => q.cue === 'claimed')
  const sentence = doc.text.slice(c.span[0], c.span[1])
  if (claimed && !RESPONSIBILITY.test(sentence) && !NEUTRAL_CLAIMANT.test(sentence)) {
    return { status: 'claimed', why: `"${doc.text.slice(claimed.span[0], claimed.span[1])}": a party's claim` }
  }
  return { status: 'reported', why: 'reported as fact' }
}

/** The clause holding the trigger: between the nearest ; or , + conjunction, or sentence edges. */
function clauseAround(text: string, sentence: readonly [number, number], at: readonly [number, number]): [number, number] {
  const s = text.slice(sentence[0], sentence[1])
  const rel = at[0] - sentence[0]
  const left = Math.max(s.lastIndexOf(';', rel), s.lastIndexOf(', but', rel), s.lastIndexOf(' but ', rel), s.lastIndexOf(', while', rel))
  const rightCandidates = [s.indexOf(';', rel), s.indexOf(', but', rel), s.indexOf(' but ', rel)].filter((i) => i >= 0)
  const right = rightCandidates.length ? Math.min(...rightCandidates) : s.length
  return [sentence[0] + (left >= 0 ? left : 0), sentence[0] + right]
}

/**
 * Whether a background cue speaks of this trigger (rule cue-own-clause): a word that recalls history ("anniversary",
 * "memorial") makes background what it names, after it, not the act that marks it before it; and a cue in
 * another comma clause that holds an event word of its own belongs to that event, not to this one.
 */
function cueBelongs(doc: Doc, c: Candidate, trigger: Hit, cue: readonly [number, number]): boolean {
  const words = doc.text.slice(cue[0], cue[1])
  if (RECALL.test(words) && trigger.span[0] < cue[0]) {
    say(doc, 'events', 'cue-own-clause', `"${words}" recalls what follows it, not "${trigger.phrase}" before it.`, { span: cue })
    return false
  }
  // "the anniversary of the 2004 siege, in which militants took hostages": what follows a recall word is history.
  if (RECALL.test(words)) return true
  const cueClause = clauseOf(doc.text, c.span, cue)
  const own = clauseOf(doc.text, c.span, trigger.span)
  if (cueClause[0] === own[0]) return true
  const other = c.hits.find((h) => h !== trigger && h.span[0] >= cueClause[0] && h.span[1] <= cueClause[1] && (h.span[0] < own[0] || h.span[0] >= own[1]))
  if (other) {
    say(doc, 'events', 'cue-own-clause', `"${words}" belongs to "${other.phrase}" in its own clause, not to "${trigger.phrase}".`, { span: cue })
    return false
  }
  return true
}
