/** @module events/status: reported, claimed, denied, planned or background, from the clause and the date. */
import type { DateMention, Doc, Status } from '../doc.js'
import { numberWords } from '../mentions/numbers/index.js'
import type { Candidate, Hit } from './candidates.js'
import { cue, cueSource } from './cues.js'

/** Days before publication after which a dated event is history, not news. */
const BACKGROUND_DAYS = 45
// Neutral sources: one list for the whole pipeline, data/numbers.yaml `neutral` (who a figure's claimant is).
const NEUTRAL_CLAIMANT = numberWords().neutral
// A future word shortly before the trigger, at most three words between: "will attack", "will continue unleashing similar strikes".
const FUTURE = new RegExp(`\\b${cueSource('future-before')}\\s+(\\w+\\s+){0,3}$`, 'i')
const RESPONSIBILITY = cue('responsibility')

export interface StatusResult { status: Status; why: string }

export function statusOf(doc: Doc, c: Candidate, trigger: Hit, date: DateMention | null): StatusResult {
  const published = doc.article.published
  const days = date?.day && published ? (Date.parse(published) - Date.parse(date.day)) / 86400000 : 0
  if (days > BACKGROUND_DAYS) return { status: 'background', why: `dated ${date!.day}, ${Math.round(days)} days before publication` }
  const clause = clauseAround(doc.text, c.span, trigger.span)
  const inClause = c.cues.filter((q) => q.span[0] >= clause[0] && q.span[1] <= clause[1])
  const has = (cue: string) => inClause.find((q) => q.cue === cue)
  // "An anniversary of the killings on Tuesday": the history is recalled, whatever the day of the recalling.
  const bg = has('background')
  if (bg) return { status: 'background', why: `"${doc.text.slice(bg.span[0], bg.span[1])}" marks history` }
  if (days < -1) return { status: 'planned', why: `dated ${date!.day}, after publication` }
  const planned = inClause.find((q) => q.cue === 'planned' && q.first < trigger.first)
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
