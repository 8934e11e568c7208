/** @module events/second-act: a second, violent act told in a clause of a sentence whose own act is another kind. */
import type { Doc, Span } from '../doc.js'
import { inRegion, say } from '../doc.js'
import type { Candidate } from './candidates.js'
import type { Classified } from './classify.js'
import { cueSource, cueWhole } from './cues.js'
import { subType } from './taxonomy.js'
import { clauseOf } from './tolls.js'

/** An opener of the other act's clause, at most four words before its word: "after clashes", "after two rival groups clashed". */
let openerBefore: RegExp | null = null
/** An opener that sets the clause days apart (second-act-distant). */
let distantOpener: RegExp | null = null
/** Days before publication within which the clause's own day is news. */
const RECENT_DAYS = 14

/**
 * "Police arrested 14 people after clashes between two groups on Monday night left 33 injured": the arrest is the
 * sentence's act, and the clash its "after" clause tells is another, violent act that happened too (rule second-act).
 * Returns that clause as a candidate of its own, or null. Precision first: only when the sentence's act is of a
 * non-violent type (second-act-main-types), the clause's word is a strong violent one right after its opener, and the
 * clause has its own recent day or its own casualties (a toll that is neither history nor a series).
 */
export function secondAct(doc: Doc, c: Candidate, typed: Classified): Candidate | null {
  if (!cueWhole('second-act-main-types').test(subType(typed.sub).eventType)) return null
  openerBefore ??= new RegExp(`\\b${cueSource('second-act-openers')}\\s+(?:[\\w'’-]+\\s+){0,4}$`, 'i')
  const trigger = typed.trigger.span
  const text = doc.text
  for (const h of c.hits) {
    if (h.span[0] < trigger[1] || h.weight <= 1 || !cueWhole('second-act-families').test(h.family)) continue
    const before = text.slice(trigger[1], h.span[0])
    const m = openerBefore.exec(before.slice(-60))
    if (!m) continue
    const start = h.span[0] - (Math.min(before.length, 60) - m.index)
    const clause: Span = [start, clauseOf(text, c.span, h.span)[1]]
    const inside = <T extends { span: Span }>(x: T) => x.span[0] >= clause[0] && x.span[1] <= clause[1]
    const dates = doc.dates.filter((d) => inside(d) && !inRegion(doc, d.span, ['dateline']))
    const published = doc.article.published ? Date.parse(doc.article.published) : null
    const recentDay = (day: string | null) => !!day && published !== null && published - Date.parse(day) <= RECENT_DAYS * 86400000 && Date.parse(day) <= published
    const ownDay = dates.length > 0 && dates.every((d) => recentDay(d.day))
    const tolls = c.numbers.filter((n) => inside(n) && (n.measure === 'killed' || n.measure === 'injured'))
    // A toll alone dates the clause by the sentence's day: not when the sentence names an older one.
    const sentenceDays = doc.dates.filter((d) => d.span[0] >= c.span[0] && d.span[1] <= c.span[1] && !inRegion(doc, d.span, ['dateline']))
    // "..., days after an Israeli strike killed ...": the clause lies days before the sentence's day, which cannot date it.
    distantOpener ??= new RegExp(`^${cueSource('second-act-distant')}\\b`, 'i')
    const distant = distantOpener.test(m[0].trim())
    if (!ownDay && (distant || !(tolls.length && !dates.length && sentenceDays.every((d) => recentDay(d.day))))) continue
    // Its doer named in the clause ("after gunmen killed three farmers"), or a fight or a riot that names its sides by
    // its word ("after clashes between two groups"): a clause whose doer is only "he" would take the sentence's force.
    const actors = c.actors.filter(inside)
    if (!actors.length && h.family !== 'battle' && h.family !== 'riot') continue
    // The clause's violent words only: "a strike" beside "killed" is no labour strike of the second act.
    const hits = c.hits.filter((x) => inside(x) && cueWhole('second-act-families').test(x.family))
    say(doc, 'events', 'second-act', `"${m[0].trim().split(/\s+/)[0]} … ${h.phrase}" tells another act beside the ${typed.sub} event ("${typed.trigger.phrase}"): a ${h.sub} event of its own.`, { span: clause })
    return {
      sentence: c.sentence, span: clause, hits, offtopic: c.offtopic,
      cues: c.cues.filter(inside), actors, numbers: c.numbers.filter(inside),
      strength: hits.reduce((s, x) => s + x.weight, 0),
    }
  }
  return null
}

/** ", and troops who arrived later shot dead three villagers": the boundary, the determiners before the second doer. */
const OTHER_DOER_JOIN = /(?:\s*[,;]\s*(?:and|while|but)\s+|\s*;\s*)(?:(?:the|some|other|several|a|an)\s+)?$/i

/**
 * "Settlers torched homes in the village on Tuesday, and troops who arrived later shot dead three villagers": two acts
 * by two doers, joined by a comma and "and" (or a semicolon), are two candidates, the second from its own subject on
 * (rule other-doer-clause). Only when each side of the join has an armed doer before a strong violent word of its own,
 * and the doers are not one force under two names. Returns the two halves, or null.
 */
export function otherDoerClause(doc: Doc, c: Candidate): [Candidate, Candidate] | null {
  const text = doc.text
  const strong = (h: Candidate['hits'][number]) => h.weight > 1 && cueWhole('second-act-families').test(h.family)
  const armed = c.actors.filter((a) => a.role === 'armed' && !a.name.startsWith('Government of')).sort((a, b) => a.span[0] - b.span[0])
  for (const b of armed) {
    const before = text.slice(c.span[0], b.span[0])
    const join = OTHER_DOER_JOIN.exec(before.slice(-24))
    if (!join) continue
    const cut = b.span[0] - (Math.min(before.length, 24) - join.index)
    const a = armed.filter((x) => x.span[1] <= cut).pop()
    if (!a || a.name === b.name || (a.countryCode && a.countryCode === b.countryCode && a.inter === 1 && b.inter === 1)) continue
    // Each doer acts in its own half: a strong violent word after it and before the join (or the sentence's end).
    const first = c.hits.filter((h) => h.span[0] >= a.span[1] && h.span[1] <= cut)
    const second = c.hits.filter((h) => h.span[0] >= b.span[1])
    // The first act may be a weak word ("torched") with its named doer before it: the doer makes it an act.
    const act = (h: Candidate['hits'][number]) => cueWhole('second-act-families').test(h.family) || h.sub === 'Looting/property destruction'
    if (!first.some(act) || !second.some(strong)) continue
    const half = (span: Span): Candidate => {
      const inside = <T extends { span: Span }>(x: T) => x.span[0] >= span[0] && x.span[1] <= span[1]
      const hits = c.hits.filter(inside)
      return { sentence: c.sentence, span, hits, offtopic: c.offtopic, cues: c.cues.filter(inside), actors: c.actors.filter(inside), numbers: c.numbers.filter(inside),
        strength: hits.reduce((s, x) => s + x.weight, 0) }
    }
    say(doc, 'events', 'other-doer-clause', `"${a.text}" and "${b.text}" each do an act of their own, joined by "${join[0].trim()}": two events (rule other-doer-clause).`, { span: [b.span[0], c.span[1]] })
    return [half([c.span[0], cut]), half([b.span[0], c.span[1]])]
  }
  return null
}

/** "days after", "weeks after" right before the other act's word (at most four words between). */
let distantBefore: RegExp | null = null

/**
 * "Afghan and Pakistani troops exchanged fire at the border on Monday, days after Pakistani air strikes in Kabul last week
 * killed 10 civilians": a violent act, then one set days apart (second-act-distant) with a day of its own and a doer of its
 * own named in its clause, are two candidates, the second from its opener on (rule distant-act-clause). The clause's
 * place, victims and figures are not the first act's. Returns the two halves, or null.
 */
export function distantActClause(doc: Doc, c: Candidate): [Candidate, Candidate] | null {
  distantBefore ??= new RegExp(`\\b${cueSource('second-act-distant')}\\s+(?:[\\w'’-]+\\s+){0,4}$`, 'i')
  const text = doc.text
  const strong = (h: Candidate['hits'][number]) => h.weight > 1 && cueWhole('second-act-families').test(h.family)
  for (const h of c.hits) {
    if (!strong(h)) continue
    const before = text.slice(c.span[0], h.span[0])
    const m = distantBefore.exec(before.slice(-60))
    if (!m) continue
    const cut = h.span[0] - (Math.min(before.length, 60) - m.index)
    const inFirst = <T extends { span: Span }>(x: T) => x.span[0] >= c.span[0] && x.span[1] <= cut
    const inClause = <T extends { span: Span }>(x: T) => x.span[0] >= cut && x.span[1] <= c.span[1]
    // The sentence's own act first, by a doer named before it; the clause's act with its own day and its own doer.
    if (!c.hits.some((x) => inFirst(x) && strong(x)) || !c.actors.some((a) => inFirst(a) && a.role === 'armed')) continue
    const days = doc.dates.filter((d) => inClause(d) && !inRegion(doc, d.span, ['dateline']) && d.day)
    if (!days.length || !c.actors.some((a) => inClause(a) && a.span[0] <= h.span[0] && a.inter !== 7)) continue
    const half = (span: Span): Candidate => {
      const inside = <T extends { span: Span }>(x: T) => x.span[0] >= span[0] && x.span[1] <= span[1]
      const hits = c.hits.filter(inside)
      return { sentence: c.sentence, span, hits, offtopic: c.offtopic, cues: c.cues.filter(inside), actors: c.actors.filter(inside), numbers: c.numbers.filter(inside),
        strength: hits.reduce((s, x) => s + x.weight, 0) }
    }
    say(doc, 'events', 'distant-act-clause', `"${m[0].trim().split(/\s+/).slice(0, 2).join(' ')} … ${h.phrase}" tells an act days apart, with its own day and doer: an event of its own.`, { span: [cut, c.span[1]] })
    return [half([c.span[0], cut]), half([cut, c.span[1]])]
  }
  return null
}
