/** @module events/status: reported, claimed, denied, planned or background, from the clause and the date. */
import type { DateMention, Doc, EventDraft, Status } from '../doc.js'
import { inRegion, say, sentenceAt, sentenceTokens } from '../doc.js'
import { numberWords } from '../mentions/numbers/index.js'
import { saidOn } from '../mentions/dates/index.js'
import type { Candidate, Hit } from './candidates.js'
import type { EventKnowledge } from './knowledge.js'
import { cue, cueLiterals, cueSource, cueWhole } from './cues.js'
import { clauseOf } from './tolls.js'
import { TAKINGS } from './taxonomy.js'

/** Days before publication after which a dated event is history, not news. */
// Right before a trigger: a war going on ("has been fighting"); for fighting words the plain perfect too ("has fought").
const PERFECT_BEFORE = /\b(?:has|have|had)\s+(?:been\s+|carried\s+out\s+(?:(?!(?:a|an|the|one)\b)[a-z]+\s+)?)?$/i
const BACKGROUND_DAYS = 45
const SINCE_WAR_BEGAN = new RegExp(`\\b${cueSource('since-war-began')}\\b`, 'i')
const SINCE_WHEN_DAYS = 14
const SINCE_WHEN = /\bsince\s+[^,.;]{2,80},\s+when\s+[^.;]*$/i
/** Days before publication after which an agreement (a ceasefire, a deal) is the setting of the story. */
const AGREEMENT_DAYS = 14
// Neutral sources: one list for the whole pipeline, data/numbers.yaml `neutral` (who a figure's claimant is).
const NEUTRAL_CLAIMANT = numberWords().neutral
// A future word shortly before the trigger, at most three words between: "will attack", "will continue unleashing similar strikes".
// A quotation may open between ("would \"fight to the end\"").
const FUTURE = new RegExp(`\\b${cueSource('future-before')}\\s+(["“']?\\w+\\s+){0,3}["“']?$`, 'i')
// "would march in the city to protest", "will gather at the square to demand": the act is the purpose of a future verb
// (at most six words between, none a past form in -ed: "will punish those who gathered to protest" stays).
const FUTURE_PURPOSE = new RegExp(`\\b${cueSource('future-before')}\\s+(?:(?![\\w'’-]*ed\\s)[\\w'’-]+\\s+){1,6}?to\\s+$`, 'i')
// A time to come right after the trigger in its clause: "the protests next month" (at most three words between).
const FUTURE_AFTER = new RegExp(`^\\s*(?:[^\\s.,;:]+\\s+){0,3}?${cueSource('future-after')}\\b`, 'i')
const RESPONSIBILITY = cue('responsibility')
// "No group has claimed the abduction": the sentence says no one claims the act, it is no party's claim of it.
const UNCLAIMED = cue('unclaimed')
const RECALL = cueWhole('recall-words')
// "investigating the shooting of a journalist", "on trial for the bombing": at most three words between.
const INQUIRY = new RegExp(`\\b${cueSource('inquiry-before')}\\s+(\\S+\\s+){0,3}$`, 'i')
// "get the dog to murder", "paid a man to kill": an act after an intention and "to" has not happened.
const INTENT = new RegExp(`\\b${cueSource('intent-before')}\\s+(\\S+\\s+){0,5}to\\s+$`, 'i')
// A year written out ("in 2001", "March 2019"): periods up to now ("the past three months") and bare numbers ("6/7") are not history.
const YEAR = /\b(?:1[89]|20)\d\d\b/
// "since 2017": the date opens a running period, it does not date this act.
const SINCE_BEFORE = new RegExp(`\\b${cueSource('since')}\\s+(\\S+\\s+){0,2}$`, 'i')
// "has been fighting on several fronts since it overthrew the elected government in February 2021": the date of what a
// running war is counted from, told in a clause after "since" (at most twelve words, no clause break).
const SINCE_CLAUSE = new RegExp(`\\b${cueSource('since')}\\s+(?:[^\\s.;:]+\\s+){1,12}in\\s+$`, 'i')

// "the three-week offensive": a length of time right before the act (at most two words between).
const DURATION = new RegExp(`\\b${cueSource('duration-before')}\\s+(?:\\S+\\s+){0,2}$`, 'i')
// Tried at every position back from the end, DURATION costs much on each trigger; its words' letters gate it.
const DURATION_WORDS = cueLiterals('duration-before')
// "had protested", "had been attacked", "had repeatedly clashed": the pluperfect right before the act.
const SPEECH = cue('reported-speech')
const SPEECH_BEFORE = new RegExp(`\\b${cueSource('reported-speech')}\\s+$`, 'i')
// "said its troops had taken control of the village": a side's pluperfect about its own men, in reported speech, is the
// backshift of the telling, not history.
const SHARED_SUBJECT = new RegExp(`^[,\\s]*but\\s+${cueSource('shared-subject-also')}\\s+(?:[\\w'’-]+\\s+)?$`, 'i')
const RECENT_SPAN = /^\s+(?:\d+|few|two|three|four|five|several|day|days|week|weeks|month|months|year|hours?)\b/i
// Only a side telling of its own men ("its troops", "their fighters", or bare "troops", "police") or of itself ("said on
// Monday it had carried out an air strike"): "Judges said Al Hassan had taken part in torture" is history.
// The telling's day may stand between ("said on Tuesday its forces had killed").
const SAID_HAD = new RegExp(`\\b${cueSource('reported-speech')}\\s+(?:(?:late\\s+|early\\s+)?on\\s+\\w+day\\s+|\\w+day\\s+)?(?:that\\s+)?(?:(?:its|their|our)\\s+(?:[\\w'’-]+\\s+){1,2}|(?:it|they|we)\\s+|(?:the\\s+)?(?:${cueSource('security-forces')})\\s+)$`, 'i')
// A place may stand between ("Protests broke out in Jakarta this week"): a capitalised name or two after "in" or "across".
const WAVE_ONSET = new RegExp(`^[^.;]{0,120}?\\b${cueSource('wave-onset')}\\s+(?:(?:in|across)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?\\s+)?(?:in\\s+|on\\s+|during\\s+)?(?:early\\s+|late\\s+|mid-?\\s*)?$`, 'u')
const PLUPERFECT = /\bhad\s+(?:been\s+)?(?:\w+ly\s+)?$/i
const SAME_PLACE_BACK = new RegExp(`^\\s*${cueSource('same-place-back')}\\b`, 'i')

// After a claim word: the claim's content follows ("claimed to have killed", "claimed that", "claimed responsibility").
const CLAIM_OPENS = /^\s+(?:to|that|responsibility|credit)\b/i

/** `cue`: the history words that made it background ("had killed"), when a context cue did. */
/** `ownDate`: the act's date is its own, told as the point a period is counted from, however recent (rule since-when). */
export interface StatusResult { status: Status; why: string; cue?: string; ownDate?: boolean }

const SUPERLATIVE_BEFORE = /\b(?:\w{3,}est|most\s+\w+)\b[^.;:]{0,50}\bin\s+(?:[\w'’]+\s+){0,3}$/i

export function statusOf(doc: Doc, c: Candidate, trigger: Hit, date: DateMention | null): StatusResult {
  const published = doc.article.published
  const days = date?.day && published ? (Date.parse(published) - Date.parse(date.day)) / 86400000 : 0
  if (days > BACKGROUND_DAYS) return { status: 'background', why: `dated ${date!.day}, ${Math.round(days)} days before publication` }
  // "A ceasefire, which took effect on Feb. 27, ...": an agreement weeks old is the story's setting, not its news.
  if (trigger.sub === 'Agreement' && days > AGREEMENT_DAYS) return { status: 'background', why: `an agreement dated ${date!.day}, ${Math.round(days)} days before publication: the story's setting (rule old-agreement)` }
  // No publication date: the article appeared no earlier than the latest day it names in full ("March 20, 2009"), so an
  // act dated long before that day is history all the same (rule before-latest-date).
  const latest = !published && date?.day ? latestDay(doc) : null
  const behind = latest ? (Date.parse(latest) - Date.parse(date!.day!)) / 86400000 : 0
  if (behind > BACKGROUND_DAYS) return { status: 'background', why: `dated ${date!.day}, ${Math.round(behind)} days before ${latest}, the latest day the article names, and no publication date (rule before-latest-date)` }
  const named = yearNamed(doc, c, trigger)
  if (named) return { status: 'background', why: `"${named.text}" before "${trigger.phrase}" names an act of that year: history, not an incident of the day (rule year-adjective)` }
  const clause = clauseAround(doc.text, c.span, trigger.span)
  const inClause = c.cues.filter((q) => q.span[0] >= clause[0] && q.span[1] <= clause[1])
  const has = (cue: string) => inClause.find((q) => q.cue === cue)
  // "An anniversary of the killings on Tuesday": the history is recalled, whatever the day of the recalling.
  // "residents said at the time": a background word right after a speech verb dates the telling, not the act.
  const bg = inClause.find((q) => q.cue === 'background' && !SPEECH_BEFORE.test(doc.text.slice(Math.max(c.span[0], q.span[0] - 20), q.span[0]))
    && !(/^had\s/i.test(doc.text.slice(q.span[0], q.span[1])) && SAID_HAD.test(doc.text.slice(Math.max(c.span[0], q.span[0] - 50), q.span[0])))
    // "in the past day", "in the past 24 hours": a span of recent time, news.
    && !(/^in the past$/i.test(doc.text.slice(q.span[0], q.span[1])) && RECENT_SPAN.test(doc.text.slice(q.span[1], q.span[1] + 12)))
    && !toldRecent(doc, c, q.span, date, days, trigger.family === 'territory') && cueBelongs(doc, c, trigger, q.span)
    // "one of the largest protests in Serbia's recent history": a superlative measured against history, not history told.
    && !(/^history$/i.test(doc.text.slice(q.span[0], q.span[1])) && SUPERLATIVE_BEFORE.test(doc.text.slice(Math.max(c.span[0], q.span[0] - 60), q.span[0]))))
  if (bg) {
    const words = doc.text.slice(bg.span[0], bg.span[1])
    return { status: 'background', why: `"${words}" marks history`, cue: words }
  }
  // "has protested against the raids in the past but has also banned the group": a clause after "but" with no subject of
  // its own, "also" joining it to the first, shares that clause's subject and its time: history there is history here
  // (rule shared-subject-past).
  const opener = doc.text.slice(clause[0], trigger.span[0])
  if (clause[0] > c.span[0] && SHARED_SUBJECT.test(opener)) {
    const first = clauseAround(doc.text, c.span, [clause[0] - 1, clause[0] - 1])
    const past = c.cues.find((q) => q.cue === 'background' && q.span[0] >= first[0] && q.span[1] <= clause[0]
      && !(/^in the past$/i.test(doc.text.slice(q.span[0], q.span[1])) && RECENT_SPAN.test(doc.text.slice(q.span[1], q.span[1] + 12))))
    if (past) {
      const words = doc.text.slice(past.span[0], past.span[1])
      return { status: 'background', why: `"${opener.replace(/^[,\s]+/, '').trim()} ${trigger.phrase}" shares the subject and the time of the clause before it, which "${words}" marks as history (rule shared-subject-past)`, cue: words }
    }
  }
  // "In the same region last month, a drone attack hit a power station": a back-reference to the story's place, dated
  // only by an earlier month than the publication's, recalls an earlier act (rule same-place-earlier-month).
  if (date?.day && date.precision === 3 && published && date.day.slice(0, 7) < published.slice(0, 7)) {
    const si = sentenceAt(doc, trigger.span[0])
    if (si >= 0 && SAME_PLACE_BACK.test(doc.text.slice(doc.sentences[si][0], trigger.span[0]))) {
      return { status: 'background', why: `a sentence opening "in the same ..." tells an act of ${date.day.slice(0, 7)}, an earlier month than the publication's (rule same-place-earlier-month)` }
    }
  }
  // "The coalition, which has been fighting the Houthis since March 2015", "the group has fought the government since
  // 2014": a war running for years, not an incident of the day.
  const own = clauseOf(doc.text, c.span, trigger.span)
  // Any act in the perfect since a day long past ("gangs have kidnapped hundreds of pupils in the northwest since 2020") is
  // a record kept over years, no incident of the day either.
  // (Not a toll counted since then, "has killed more than 4,000 people since 2017": a running total, kept as a claim.)
  const tollSince = trigger.family !== 'battle' && c.numbers.some((n) => n.measure === 'killed' && n.span[0] >= own[0] && n.span[1] <= own[1])
  const running = published && !tollSince && PERFECT_BEFORE.test(doc.text.slice(Math.max(own[0], trigger.span[0] - 40), trigger.span[0]))
  const daysBefore = (day: string) => (Date.parse(published!) - Date.parse(day)) / 86400000
  const since = running && doc.dates.find((d) => d.day && d.span[0] >= trigger.span[1] && d.span[1] <= own[1] && SINCE_BEFORE.test(doc.text.slice(own[0], d.span[0]))
    && daysBefore(d.day) > BACKGROUND_DAYS)
    || (running && doc.dates.find((d) => d.day && d.span[0] >= trigger.span[1] && d.span[1] <= (doc.sentences[sentenceAt(doc, trigger.span[0])]?.[1] ?? own[1])
      && SINCE_CLAUSE.test(doc.text.slice(trigger.span[1], d.span[0])) && daysBefore(d.day) > BACKGROUND_DAYS))
  if (since) return { status: 'background', why: `"${trigger.phrase}" has been going on since "${since.text}": a running war, not an incident of the day (rule running-since)` }
  const sinceWar = running ? SINCE_WAR_BEGAN.exec(doc.text.slice(trigger.span[1], own[1])) : null
  if (sinceWar) return { status: 'background', why: `"${trigger.phrase}" counted "${sinceWar[0]}": a record kept over a war, not an incident of the day (rule running-since)` }
  // A year long past in the trigger's own clause ("protested in 2001"), when the event has no recent date of its own.
  if (days <= BACKGROUND_DAYS && published && (!date || date.rule === 'date-from-publication' || date.relative === false)) {
    const old = doc.dates.find((d) => d.day && d.span[0] >= own[0] && d.span[1] <= own[1]
      && YEAR.test(d.text) && !(d.endDay && daysBefore(d.endDay) <= BACKGROUND_DAYS)
      && daysBefore(d.day) > BACKGROUND_DAYS && !SINCE_BEFORE.test(doc.text.slice(own[0], d.span[0])))
    if (old) return { status: 'background', why: `"${old.text}" in the clause of "${trigger.phrase}" dates it long before publication (rule old-date-in-clause)` }
  }
  // "The protests, led largely by students, began last month": a wave's start known only by its month (rule wave-onset).
  // "Protests broke out in the capital this week against ...": a protest wave's start known only by its week, with no day
  // of its own, is the story's setting too (rule wave-onset-week; protests only: a clash that "broke out last week" is one).
  const waveWeek = date?.precision === 2 && trigger.family === 'protest'
  if (date && (date.precision === 3 || waveWeek) && date.rule !== 'date-from-publication' && date.span[0] >= trigger.span[1] && days > 0
    && WAVE_ONSET.test(doc.text.slice(trigger.span[1], date.span[0]))) {
    return { status: 'background', why: `"${trigger.phrase}" began "${date.text}": the start of a wave known only by its ${waveWeek ? 'week' : 'month'}, the story's past (rule wave-onset)` }
  }
  const before = doc.text.slice(Math.max(c.span[0], trigger.span[0] - 80), trigger.span[0])
  const inquiry = before.match(INQUIRY)
  // An inquiry into a killing of the day is news of that killing: only an act with no date of its own, or none
  // that the publication date shows to be recent, is history.
  if (inquiry && (!date || date.rule === 'date-from-publication' || !published)) return { status: 'background', why: `"${inquiry[0].trim()}" makes "${trigger.phrase}" the object of an inquiry or a trial: history (rule inquiry-object)` }
  if (days < -1) return { status: 'planned', why: `dated ${date!.day}, after publication` }
  // "Hezbollah has not fired since early December, when it launched two mortar rounds": an act told as the reference
  // point of a "since ..., when" clause, weeks old, is the story's past, not its news (rule since-when). A recent one
  // ("closed since Monday, when gunmen attacked the village") stays news.
  // The "since" phrase may name its point at length ("since the fall of President X in December"): the clause is read from
  // the candidate's start, not only the words right before the act.
  if (days > SINCE_WHEN_DAYS && SINCE_WHEN.test(doc.text.slice(Math.max(c.span[0], trigger.span[0] - 160), trigger.span[0]))) return { status: 'background', why: `"since ..., when" makes "${trigger.phrase}" the reference point of a state that followed, ${Math.round(days)} days before publication (rule since-when)`, ownDate: true }
  const undated = !date || date.rule === 'date-from-publication'
  // "Israel's three-week offensive": a campaign summed up by its length, with no day of its own, is background.
  const lasted = DURATION_WORDS.test(before) ? before.match(DURATION) : null
  // Its length may have been read as its date ("three-week" → three weeks before): that is no day of its own either.
  const lastedFrom = lasted ? trigger.span[0] - before.length + lasted.index! : -1
  if (lasted && (undated || (date!.span[0] >= lastedFrom && date!.span[0] < trigger.span[1]))) return { status: 'background', why: `"${lasted[0].trim()}" sums up a campaign by its length: background, not an incident of the day (rule campaign-length)` }
  // "Residents had protested the plans": an act in the pluperfect with no day of its own is the story's past;
  // not in reported speech, where "had" is the tense of the telling ("Pence said the forces had agreed to withdraw").
  const pluperfect = before.match(PLUPERFECT)
  if (pluperfect && undated && !SPEECH.test(doc.text.slice(c.span[0], trigger.span[0]))) return { status: 'background', why: `"${pluperfect[0].trim()} ${trigger.phrase}" with no day of its own: told as the story's past (rule pluperfect-undated)` }
  // "vowed to crush militants responsible for a suicide bombing that killed 26": the act the doers are named for is done;
  // the plan is what will be done to them (rule responsible-for).
  const doneBy = DONE_BY.exec(doc.text.slice(Math.max(c.span[0], trigger.span[0] - 40), trigger.span[0]))
  const planned = doneBy ? undefined : inClause.find((q) => q.cue === 'planned' && q.first < trigger.first)
  const intent = before.match(INTENT)
  if (intent) return { status: 'planned', why: `"${intent[0].trim()} ${trigger.phrase}": an intention, not an act (rule infinitive-intent)` }
  if (planned || (!doneBy && FUTURE.test(doc.text.slice(clause[0], trigger.span[0])))) {
    return { status: 'planned', why: planned ? `"${doc.text.slice(planned.span[0], planned.span[1])}" marks a plan or threat` : 'future tense' }
  }
  const purpose = doc.text.slice(clause[0], trigger.span[0]).match(FUTURE_PURPOSE)
  if (purpose) return { status: 'planned', why: `"${purpose[0].trim()} ${trigger.phrase}": the purpose of an act still to come (rule future-purpose)` }
  const later = doc.text.slice(trigger.span[1], clause[1]).match(FUTURE_AFTER)
  if (later) return { status: 'planned', why: `"${trigger.phrase} ${later[0].trim()}": a time still to come right after the act makes it planned (rule future-after)` }
  const denied = c.cues.find((q) => q.cue === 'denied')
  // "denied the claim and said its men had been attacked by traders": the speaker denies something else, then tells the
  // act as fact (rule denial-then-says): the denial does not reach it.
  const saysAfter = denied && denied.span[1] <= trigger.span[0] && DENIAL_THEN_SAYS.test(doc.text.slice(denied.span[1], trigger.span[0]))
  // "killed 15 civilians, residents said, an account the government denied. ... A spokesman said the military had targeted
  // extremists": the denier owns the strike in the next sentences and disputes its victims (rule denial-then-admits).
  const admits = denied && !saysAfter ? admitsLater(doc, c.sentence) : null
  if (admits) say(doc, 'events', 'denial-then-admits', `"${admits.text}": the side that denied says its forces struck; it disputes the victims, not the act.`, { span: admits.span })
  if (denied && !saysAfter && !admits && !INTENT_AFTER.test(doc.text.slice(denied.span[1], denied.span[1] + 40))) return { status: 'denied', why: `"${doc.text.slice(denied.span[0], denied.span[1])}" denies it` }
  // "After heavy gunfire, the militants claimed to have killed two soldiers": a claim that opens after the
  // trigger claims what follows it (the toll), not the act already told (rule claim-covers-what-follows).
  // Nor the claim a denial names as its object ("denied the claim and said ..."): that claim is another's, denied.
  // Nor a teller's "said they had" after the act, joined by "and", which opens a claim of its own ("protesters looted shops,
  // and police said they had arrested 269 people"): the claim is the arrests', not the looting's (rule claim-of-next-act).
  const claimed = inClause.find((q) => q.cue === 'claimed' && !(q.span[0] >= trigger.span[1] && CLAIM_OPENS.test(doc.text.slice(q.span[1], q.span[1] + 20)))
    && !(q.span[0] >= trigger.span[1] && /^said\s/i.test(doc.text.slice(q.span[0], q.span[1])) && /,?\s+and\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+$/i.test(doc.text.slice(trigger.span[1], q.span[0])))
    && !(saysAfter && denied && q.span[0] >= denied.span[1] && q.span[0] - denied.span[1] <= 6))
  const sentence = doc.text.slice(c.span[0], c.span[1])
  if (claimed && !RESPONSIBILITY.test(sentence) && !NEUTRAL_CLAIMANT.test(sentence) && !UNCLAIMED.test(sentence)) {
    return { status: 'claimed', why: `"${doc.text.slice(claimed.span[0], claimed.span[1])}": a party's claim` }
  }
  // "said they had captured the town ..., a claim the government dismissed as false": the report is called a disputed claim.
  const apposition = CLAIM_APPOSITION.exec(doc.text.slice(trigger.span[1], c.span[1]))
  if (apposition) return { status: 'claimed', why: `"${apposition[0].replace(/^[,\s]+/, '')}": the report is called a claim the other side disputes (rule claim-apposition)` }
  // "said its forces had captured the village, but the Ukrainian military said the village remained under its control": a
  // taking the side said to have lost disputes in the same sentence is one side's claim (rule taking-contested).
  const contested = trigger.family === 'territory' ? CONTESTED.exec(doc.text.slice(trigger.span[1], c.span[1])) : null
  if (contested) return { status: 'claimed', why: `"${contested[0].replace(/^[,;\s]+/, '').slice(0, 80)}": the other side disputes the taking (rule taking-contested)` }
  // "The RSF said on Tuesday it had captured two villages": a side's own word of its taking, the telling's day between
  // "said" and "it had", is its claim (rule taking-said).
  TAKING_SAID ??= new RegExp(`\\b${cueSource('taking-said')}\\s+(?:[\\w'’-]+\\s+){0,2}$`, 'i')
  // (Not control told: "said on Monday they had taken control of Goma" is a state that holds when told, rule controlTold.)
  const takingSaid = trigger.family === 'territory' && trigger.sub === 'Non-state actor overtakes territory' && !cueWhole('control-told').test(trigger.phrase) ? TAKING_SAID.exec(doc.text.slice(clause[0], trigger.span[0])) : null
  if (takingSaid && !NEUTRAL_CLAIMANT.test(sentence) && !UNCLAIMED.test(sentence)) return { status: 'claimed', why: `"${takingSaid[0].trim()} ${trigger.phrase}": a side's own word of its taking (rule taking-said)` }
  return { status: 'reported', why: 'reported as fact' }
}
let TAKING_SAID: RegExp | null = null
const CONTESTED = new RegExp(`[,;]?\\s+(?:but|while|although|though|however)\\s+[^.;]{0,80}?\\b(?:said|says|insisted|maintained)\\b[^.;]{0,100}?\\b${cueSource('taking-contested')}\\b`, 'i')
const DONE_BY = new RegExp(`\\b${cueSource('done-by')}\\s+(?:the\\s+|a\\s+|an\\s+|last\\s+\\w+['’]s\\s+|\\w+['’]s\\s+)?(?:[\\w-]+\\s+){0,2}$`, 'i')
const CLAIM_APPOSITION = new RegExp(`,\\s+(?:a|the)\\s+claims?\\s+(?:that\\s+|which\\s+)?(?:[\\w'’-]+\\s+){0,5}?${cueSource('claim-apposition-verbs')}\\b`, 'i')

/**
 * "The army said on Wednesday it had killed 30 militants in raids last week" (rule reported-recent-pluperfect): "had"
 * after a speech verb is the tense of the telling; with a recent time word of its own after it, the act is news.
 * With no time word of its own, or an old one ("had killed ... in 2015"), the cue keeps it history.
 */
function toldRecent(doc: Doc, c: Candidate, cue: readonly [number, number], date: DateMention | null, days: number, control = false): boolean {
  if (!/^had\s/i.test(doc.text.slice(cue[0], cue[1]))) return false
  if (control && controlTold(doc, c, cue, date)) return true
  if (!date || date.rule === 'date-from-publication' || days < 0 || days > BACKGROUND_DAYS || roughYearText(date.text)) return false
  // "The previous night, militants had killed five farmers": a recent day of the act's own (not a statement's, not
  // a week's) in its sentence makes "had" the order of the telling, unless a relative clause only recalls the act.
  if (date.precision === 1 && date.span[0] >= c.span[0] && date.span[1] <= c.span[1] && !saidOn(doc, date)
    && !RELATIVE.test(doc.text.slice(c.span[0], cue[0]))) return true
  if (date.span[0] < cue[1] || date.span[1] > c.span[1]) return false
  // Only the said act itself: "they will free the men, whom they had taken hostage two weeks ago" recalls it in a relative clause.
  return saidPlainly(doc, c.span[0], cue[0])
}

/**
 * "M23 said on Monday they had taken control of Goma", "BANGKOK, Jan 8 — rebels said Monday they had captured the town":
 * control is a state that holds when told; with the act's only day (the dateline's aside) that of a recent telling,
 * whether or not the date stage took it as the act's, "had" is the telling's tense. Not with any other date in the
 * sentence ("had taken control of Goma in 2012"). A raid ("said on Monday it had killed 30 militants") stays the story's past.
 */
function controlTold(doc: Doc, c: Candidate, cue: readonly [number, number], date: DateMention | null): boolean {
  const published = doc.article.published
  const inSentence = doc.dates.filter((d) => d.span[0] >= c.span[0] && d.span[1] <= c.span[1] && !inRegion(doc, d.span, ['dateline']))
  const said = date && date.rule !== 'date-from-publication' ? date : inSentence.length === 1 ? inSentence[0] : null
  if (!published || !said?.day || said.precision !== 1 || !saidOn(doc, said) || said.span[0] < c.span[0] || said.span[1] > cue[0]) return false
  if (inSentence.some((d) => d !== said)) return false
  const gap = (Date.parse(published) - Date.parse(said.day)) / 86400000
  return gap >= 0 && gap <= SAID_RECENT_DAYS && saidPlainly(doc, c.span[0], cue[0])
}

const RELATIVE = /\b(?:whom|which|who|whose)\b/i
/** A speech verb between `from` and `to`, and no relative pronoun after it: the act is what was said, not recalled in a clause. */
function saidPlainly(doc: Doc, from: number, to: number): boolean {
  const said = doc.text.slice(from, to).match(SPEECH)
  return !!said && !RELATIVE.test(doc.text.slice(from + said.index!, to))
}
/** Days before publication within which a telling's day makes its "had" the tense of the telling. */
const SAID_RECENT_DAYS = 3
// "last year" is no recent time word, whatever day it resolves to.
const roughYearText = (text: string) => /\byear\b/i.test(text)

// "the 2017 village massacre", "a 2019 bombing": a bare year after a determiner, at most two words before the act's noun.
const YEAR_ALONE = /^(?:1[89]|20)\d\d$/
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that)\s+$/i
const NOUN_WORDS_BETWEEN = /^\s+(?:[\w-]+\s+){0,2}$/

/** A year used as an adjective of the trigger's noun ("the 2017 village massacre"): that act is history (rule year-adjective). */
function yearNamed(doc: Doc, c: Candidate, trigger: Hit): DateMention | undefined {
  return doc.dates.find((d) => d.span[0] >= c.span[0] && d.span[1] <= trigger.span[0] && YEAR_ALONE.test(d.text)
    && NOUN_WORDS_BETWEEN.test(doc.text.slice(d.span[1], trigger.span[0]))
    && DETERMINER_BEFORE.test(doc.text.slice(Math.max(c.span[0], d.span[0] - 12), d.span[0])))
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
/** Between an act and a history word: the teller's words and the comma after them ("..., the military said, one of the ..."). */
const AFTER_TELLER = /,\s*(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}(?:said|says|reported|announced)\s*,\s*(?:one|the|a|an)\b/i

function cueBelongs(doc: Doc, c: Candidate, trigger: Hit, cue: readonly [number, number]): boolean {
  const words = doc.text.slice(cue[0], cue[1])
  if (RECALL.test(words) && trigger.span[0] < cue[0]) {
    say(doc, 'events', 'cue-own-clause', `"${words}" recalls what follows it, not "${trigger.phrase}" before it.`, { span: cue })
    return false
  }
  // "the anniversary of the 2004 siege, in which militants took hostages": what follows a recall word is history.
  if (RECALL.test(words)) return true
  // "students marched against the refusal to negotiate with teachers who have been on strike since January", "held a
  // sit-in, denouncing the stoppage of classes since the start of the outbreak": a history word in a relative or a
  // participle clause after the act tells the grievance or the people named, not the act (rule cue-relative-clause).
  // Protests only: their grievance is told in such clauses; after violence the same clause may be a survivor's memory
  // ("said one survivor, who was 11 at the time") that keeps a recounted killing history.
  const between = doc.text.slice(trigger.span[1], cue[0])
  // "killed 23 villagers who had taken shelter there": a pluperfect right after a relative pronoun, after the act, tells
  // what the people named had done before; it is no history of the act (rule cue-relative-clause).
  // Counted from the act word nearest before the cue: "An air strike on a monastery ... killed 18 people, including children,
  // who had taken shelter there" is the killing's relative clause, however far the strike word opened the sentence.
  const near = Math.max(trigger.span[1], ...c.hits.filter((h) => h.span[1] <= cue[0]).map((h) => h.span[1]))
  if (cue[0] >= trigger.span[1] && /^had\b/i.test(words) && !/[.;]/.test(between) && /\b(?:who|whom|which|that)\s+$/i.test(between) && cue[0] - near <= 80) {
    say(doc, 'events', 'cue-own-clause', `"${words}" opens a relative clause on the people or things named after "${trigger.phrase}", not the act's history.`, { span: cue })
    return false
  }
  // "killed two militants in a clash on Tuesday, the military said, one of the last holdouts of the group blamed for years of
  // kidnappings": a history word in the aside after the teller's words describes the group, not the act (rule cue-after-teller).
  if (cue[0] >= trigger.span[1] && !/[.;]/.test(between) && AFTER_TELLER.test(between)) {
    say(doc, 'events', 'cue-own-clause', `"${words}" is in an aside after the teller's words, not the history of "${trigger.phrase}".`, { span: cue })
    return false
  }
  if (trigger.family === 'protest' && cue[0] >= trigger.span[1] && !/[.;]/.test(between) && RELATIVE_BETWEEN.test(between)) {
    say(doc, 'events', 'cue-own-clause', `"${words}" belongs to the clause after "${trigger.phrase}" that describes its cause or its people, not to the act.`, { span: cue })
    return false
  }
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

// A relative pronoun, or a comma and a participle ("..., denouncing", "..., demanding"), between the act and a later word.
// Also a comparison with the protesters' habit: "rallied on Saturday night, as they have every week since the war began".
const RELATIVE_BETWEEN = /\b(?:who|whom|whose|which)\b|,\s+(?:\w+ing)\b|,\s+as\s+\w+\s+(?:have|has|had|do|does|did)\b/i

/** Sentences after an event's own within which a denial that names it still speaks of it. */
const DENIAL_SENTENCES = 3

/**
 * "Somalia's armed forces denied the claim": a denial (context.yaml `status.denied`) after an event
 * marks it denied. The next sentence may refer back with a pronoun ("denied it"); up to three
 * sentences on, the denial must name what it denies: "the claim"/"the report" (cues.yaml
 * `denial-refers` after a determiner), the event's place, its trigger words or a named side. A
 * sentence that tells another event ends the search: a denial after it is that event's.
 */
export function denials(doc: Doc, drafts: readonly EventDraft[], k: EventKnowledge): void {
  const own = new Set(drafts.map((d) => d.sentence))
  for (const d of drafts) {
    if (d.status !== 'claimed' && d.status !== 'reported') continue
    for (let si = d.sentence + 1; si <= d.sentence + DENIAL_SENTENCES && si < doc.sentences.length; si++) {
      if (own.has(si)) break
      const [from, to] = sentenceTokens(doc, si)
      const cues = k.cues.scan(doc.tokens, from, to)
      const denial = cues.find((m) => m.value === 'denied')
      if (!denial) continue
      // "M23 said it had taken two hills, a claim the army denied": the denial answers the claim told in its own
      // sentence, not the event before it.
      if (cues.some((m) => m.value === 'claimed' && m.last < denial.first)) continue
      // "Pakistan accuses Afghanistan's Taliban government of sheltering TTP fighters, a charge Kabul denies": the denial
      // answers the accusation told before it in its sentence, not the event (cues.yaml `denial-answers`).
      if (ANSWERS.test(doc.text.slice(doc.sentences[si][0], doc.tokens.start[denial.first]))) {
        say(doc, 'events', 'denial-of-accusation', `Sentence ${si + 1} denies an accusation told before it in the sentence, not the act: the ${d.subEventType} event stays ${d.status}.`, { span: doc.sentences[si] })
        continue
      }
      // "The group did not comment. It has denied in the past that it uses drones against civilians": a denial told as the
      // side's habit or past answers earlier charges, not the act just told (rule denial-habit).
      if (HABIT_BEFORE.test(doc.text.slice(doc.sentences[si][0], doc.tokens.start[denial.first]))
        || HABIT_AFTER.test(doc.text.slice(doc.tokens.end[denial.last], doc.sentences[si][1]))) {
        say(doc, 'events', 'denial-habit', `Sentence ${si + 1} tells a denial as the side's habit or past, not a denial of the ${d.subEventType} event: it stays ${d.status}.`, { span: doc.sentences[si] })
        continue
      }
      // "denied targeting civilians and said troops had fired on rebel positions": the side disputes its aim, not the act.
      if (INTENT_AFTER.test(doc.text.slice(doc.tokens.end[denial.last], doc.tokens.end[denial.last] + 40))) {
        say(doc, 'events', 'denial-of-intent', `Sentence ${si + 1} denies an aim or a target, not the act: the ${d.subEventType} event stays ${d.status}.`, { span: doc.sentences[si] })
        break
      }
      // "denied that the air force had hit any hospital, saying it had struck a terrorist base": the side owns the strike and
      // disputes only its target (rule denial-of-target).
      if (DENIAL_ADMITS.test(doc.text.slice(doc.tokens.end[denial.last], doc.sentences[si][1]))) {
        say(doc, 'events', 'denial-of-target', `Sentence ${si + 1} denies a target while the side says it struck: the ${d.subEventType} event stays ${d.status}.`, { span: doc.sentences[si] })
        break
      }
      // "One protester was shot dead, a rights group said, although police denied using live ammunition": the sentence
      // tells the act as fact before the contrast; the side denies a detail of it, not the event.
      if (contrastBefore(doc.text, doc.sentences[si][0], doc.tokens.start[denial.first]) > doc.sentences[si][0]) {
        say(doc, 'events', 'denial-after-contrast', `Sentence ${si + 1} tells the act as fact before its denial ("although", "but"): the ${d.subEventType} event stays ${d.status}.`, { span: doc.sentences[si] })
        break
      }
      // "M23 rebels took control of the town on Tuesday, residents and a local official said. ... The army denied that the
      // town had fallen": an act told as fact on witnesses' word is not undone by the denial of the side it was done to
      // (rule denial-outweighed). The doer's own denial still counts ("the military denied shelling the school").
      const told = doc.text.slice(doc.sentences[d.sentence][0], doc.sentences[d.sentence][1])
      if (d.status === 'reported' && WITNESSES_SAID.test(told) && deniedByTarget(doc, d, si)) {
        say(doc, 'events', 'denial-outweighed', `Sentence ${si + 1} is the denial of the side the ${d.subEventType} event was done to, and sentence ${d.sentence + 1} tells it on the word of witnesses who are no side of it: it stays reported.`, { span: doc.sentences[si] })
        break
      }
      const words = doc.text.slice(doc.sentences[si][0], doc.sentences[si][1])
      // "Hamas denied that its fighters used the building": a "that" opening a clause is no pronoun for the act.
      const names = si === d.sentence + 1 && REFERS.test(words.replace(THAT_CLAUSE, ' ')) ? 'refers back to it' : namesEvent(doc, d, words)
      if (!names) continue
      // "The army said it had recaptured the town ... A Fano spokesman denied the town had fallen": a taking the side that
      // held the place denies is one side's claim against the other's, not an act its doer disowns (rule taking-contested).
      if (TAKINGS.has(d.subEventType) && deniedByTarget(doc, d, si)) {
        d.status = 'claimed'
        say(doc, 'events', 'taking-contested', `Sentence ${si + 1} is the denial of the side that held the place the ${d.subEventType} event told in sentence ${d.sentence + 1}: one side's claim, disputed.`, { span: doc.sentences[si] })
        break
      }
      d.status = 'denied'
      say(doc, 'events', 'denied', `Sentence ${si + 1} denies the ${d.subEventType} event told in sentence ${d.sentence + 1}: it ${names}.`, { span: doc.sentences[si] })
      break
    }
  }
}
/** The denial in sentence `si` names the event's actor2 (the side it was done to) and not its actor1. */
function deniedByTarget(doc: Doc, d: EventDraft, si: number): boolean {
  const [from, to] = doc.sentences[si]
  const base = (name: string) => name.replace(/\s*\(\d{4}-\)$/, '')
  const named = doc.actors.filter((a) => a.span[0] >= from && a.span[1] <= to).map((a) => base(a.name))
  return !!d.actor2 && named.includes(base(d.actor2.name)) && !(d.actor1 && named.includes(base(d.actor1.name)))
}
const REFERS = cue('denial-refers')
/** Witnesses as the source of a sentence: "residents and a local official said". */
const WITNESSES_SAID = new RegExp(`(?<![\\w])${cueSource('witness-sources')}(?![\\w])(?:\\s+(?:and|or)\\s+[^,.;]{1,40}?)?\\s+(?:said|say|says|told|reported)(?![\\w])`, 'i')
const ANSWERS = cue('denial-answers')
/** Right before a denial word: "has long", "has repeatedly" (rule denial-habit). */
const HABIT_BEFORE = new RegExp(`\\b${cueSource('denial-habit-before')}\\s+$`, 'i')
/** Right after a denial word: "in the past", "previously" (rule denial-habit). */
const HABIT_AFTER = new RegExp(`^\\s+${cueSource('denial-habit-after')}\\b`, 'i')
/** "that" before more words of its clause: a conjunction ("denied that its fighters..."), not "denied that." */
const THAT_CLAUSE = /\bthat\b(?!\s*(?:[.,;:!?"”)]|$))/gi
const UNVERIFIED = cue('claim-unverified')

/**
 * "The Sudanese military said its aircraft had struck RSF positions, killing dozens. The claim could not be independently
 * verified.": an act told on a side's word, and called an unverified claim in the next sentence, is that side's claim.
 */
export function unverifiedClaims(doc: Doc, drafts: readonly EventDraft[], last: ReadonlyMap<EventDraft, number>): void {
  const own = new Set(drafts.map((d) => d.sentence))
  for (const d of drafts) {
    if (d.status !== 'reported') continue
    const si = (last.get(d) ?? d.sentence) + 1
    if (si >= doc.sentences.length || own.has(si)) continue
    const words = doc.text.slice(doc.sentences[si][0], doc.sentences[si][1])
    if (!UNVERIFIED.test(words)) continue
    // "Somalia's army clashed with al Shabaab near Jowhar on Monday[, killing six people, residents said]. The army said
    // it killed 40 militants. The claim could not be independently verified.": the act told as fact, or on witnesses'
    // word, stays reported; only the side's claim told after it is unverified (its figure a partisan claim, rule
    // claim-unverified-part). An act told on a side's word ("The army said it killed 40 militants") is that side's claim.
    const lead = doc.text.slice(doc.sentences[d.sentence][0], doc.sentences[d.sentence][1])
    if (si - 1 > d.sentence && (!SPEECH.test(lead) || WITNESSES_SAID.test(lead))) {
      say(doc, 'events', 'claim-unverified-part', `Sentence ${si + 1} calls a claim told after the ${d.subEventType} event unverified; the event itself, told in sentence ${d.sentence + 1} ${SPEECH.test(lead) ? 'on witnesses\' word' : 'as fact'}, stays reported.`, { span: doc.sentences[si] })
      continue
    }
    d.status = 'claimed'
    say(doc, 'events', 'claim-unverified', `Sentence ${si + 1} calls the ${d.subEventType} event told in sentence ${d.sentence + 1} an unverified claim: its status is claimed.`, { span: doc.sentences[si] })
  }
}
const CONTRAST = new RegExp(`[,;]?\\s+${cueSource('denial-contrast')}\\s`, 'gi')

/** Where a contrast word opens the clause of a denial at `denial` ("..., although police denied"), from `from`; or -1. */
export function contrastBefore(text: string, from: number, denial: number): number {
  let at = -1
  for (const m of text.slice(from, denial).matchAll(CONTRAST)) at = from + m.index!
  return at
}
// "denied that the military had targeted civilians": a clause of its own with a short subject and a helper verb.
const DENIAL_ADMITS = new RegExp(`\\b${cueSource('denial-admits')}\\b`, 'i')
const ADMITS_LATER = new RegExp(`\\b${cueSource('admits-later')}\\b`, 'i')
/** The denier's word, in the three sentences after the act's, that its forces struck (cues.yaml admits-later). */
export function admitsLater(doc: Doc, sentence: number): { text: string; span: [number, number] } | null {
  for (let si = sentence + 1; si <= sentence + 3 && si < doc.sentences.length; si++) {
    const found = admitsIn(doc, si)
    if (found) return found
  }
  return null
}
/** The words of sentence `si` in which a side says its forces struck, if any (cues.yaml admits-later). */
export function admitsIn(doc: Doc, si: number): { text: string; span: [number, number] } | null {
  const [s0, s1] = doc.sentences[si]
  const m = ADMITS_LATER.exec(doc.text.slice(s0, s1))
  return m ? { text: m[0], span: [s0 + m.index, s0 + m.index + m[0].length] } : null
}
const DENIAL_THEN_SAYS = new RegExp(`\\b${cueSource('denial-then-says')}\\b`, 'i')
const INTENT_AFTER = new RegExp(`^\\s+(?:that\\s+(?:[\\w'’-]+\\s+){1,4}?(?:had|has|have|was|were|is|are)\\s+(?:been\\s+)?|(?:that|any|having|it\\s+was|they\\s+were)\\s+)?${cueSource('denial-of-intent')}\\b`, 'i')
const TAKING_LOSS = new RegExp(`\\bthat\\s+the\\s+${cueSource('taking-denied-place')}\\s+${cueSource('taking-denied-fate')}\\b`, 'i')
const NAMED_CLAIM = new RegExp(`\\b(?:the|these|those|such|this|that|its|their|any)\\s+${cueSource('denial-refers')}\\b`, 'i')

/** How a denial sentence names the event: its claim, place, trigger words or a named side; null when it does not. */
function namesEvent(doc: Doc, d: EventDraft, words: string): string | null {
  const claim = words.match(NAMED_CLAIM)
  if (claim) return `names "${claim[0]}"`
  // "Ukraine's military denied that the village had been lost": the fate of a place told after "that the" names a taking
  // (cues.yaml taking-denied-place, taking-denied-fate; rule taking-loss-denied).
  const loss = TAKINGS.has(d.subEventType) ? words.match(TAKING_LOSS) : null
  if (loss) return `names its place's fate "${loss[0]}"`
  const has = (t: string | undefined | null) => !!t && t.length > 3 && new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(words)
  const place = d.place?.text
  if (has(place)) return `names its place "${place}"`
  const trigger = doc.text.slice(d.trigger[0], d.trigger[1])
  if (has(trigger)) return `names its act "${trigger}"`
  for (const a of [d.actor1, d.actor2]) if (a && !a.generic && a.text && has(a.text)) return `names its side "${a.text}"`
  // "A Fano spokesman denied ...": the side named by the core of its name ("Fano Militia", told as "Fano militiamen").
  for (const a of [d.actor1, d.actor2]) {
    const core = a && !a.generic ? a.name.replace(/\s*\([^()]*\)$/, '').replace(/\s+(?:Militia|Ethnic Militia|Communal Militia|Rebels|Forces)$/, '') : ''
    if (core && core !== a!.name && !/\s/.test(core) && has(core)) return `names its side "${core}"`
  }
  return null
}

/** The latest day the text names in full (day precision, read without the publication date), or null. */
export function latestDay(doc: Doc): string | null {
  let best: string | null = null
  for (const d of doc.dates) if (d.day && d.precision === 1 && !d.relative && (!best || d.day > best)) best = d.day
  return best
}
