/** @module events: trigger sentences → typed ACLED events with actors, place, date, claims, status and evidence. */
import type { ActorMention, DateMention, Doc, EventDraft, FatalityClaim, NumberMention, PlaceMention, Span } from '../doc.js'
import { inRegion, quotedAt, say, sentenceAt } from '../doc.js'
import { eventDate, roughYear, statementDay } from '../mentions/dates/index.js'
import { dayNumber, dayString } from '../mentions/dates/calendar.js'
import { conventions, documentCountry, genericActor, withCountry, stateOnDay } from '../mentions/actors/index.js'
import { locateEvent } from '../mentions/places/index.js'
import { km } from '../mentions/places/resolve.js'
import { opensOnEvent } from '../mentions/places/locate.js'
import type { Stage } from '../stage.js'
import type { Candidate } from './candidates.js'
import { findCandidates } from './candidates.js'
import { classify, crowdBefore } from './classify.js'
import { eventKnowledge } from './knowledge.js'
import type { EventKnowledge } from './knowledge.js'
import { cue, cueSource, cueWhole } from './cues.js'
import { rankOf, subType, TAKINGS } from './taxonomy.js'
import { absorb, armedTargetTold, retype, typeOf, datelineTwins, clauseTwins, headlineSentence, headlineTwins, kindOf, namesOtherSide, outside, runsOn, sameEvent } from './group.js'
import { confidenceOf, notesOf } from './notes.js'
import { relevance } from './relevance.js'
import { gateKnowledge } from './gate/index.js'
import { frameKnowledge } from '../frame/knowledge.js'
import { assignRoles, BLAMED_BEFORE, withModifiers } from './roles.js'
import { roleCues } from './role-cues.js'
import { admitsIn, contrastBefore, denials, latestDay, unverifiedClaims, statusOf } from './status.js'
import { clauseOf, risingToll, TOLD_ON, tollOnly, tollScope } from './tolls.js'
import { distantActClause, otherDoerClause, secondAct } from './second-act.js'
import { protestTarget } from './protest-target.js'

const outranksType = (a: string, b: string) => subType(a).kind === subType(b).kind && rankOf(a) < rankOf(b)
const UNCLAIMED = cue('unclaimed')
/** Sentences back within which "Sunday's attack" still names the event of that Sunday. */
const DAY_REACH = 6
/** Sentences after an event's last report beyond which a sentence with no day of its own no longer retypes it. */
const FAR_FOLD = 3
const RETROSPECTIVE = cue('retrospective')
/** A date that opens a period ("since 2006"), right before the date's words. */
const SINCE_BEFORE = /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i
/** A "since" phrase running up to a date, no clause break between (at most eight words): "since the invasion began in ". */
const SINCE_PHRASE = new RegExp(`\\b${cueSource('since')}\\s+(?:[^\\s,;.:]+\\s+){0,8}$`, 'i')
/** A count of repetitions: the clause counts a series of acts ("more than 150 times"). */
const REPEATED = cue('repeated-count')
/** Before an act: it is told as one more act than those before ("had also launched drones at ..."). */
const ANOTHER_ACT = cue('another-act')
/** The word that opens the pair of sides of a fight ("between", "pitted"), and how far after it (characters) a side may stand. */
const TWO_SIDES_WORD = new RegExp(`\\b${cueSource('two-sides')}\\b`, 'i')
const PAIR_REACH = 80
const NEGATION = cue('negation')
/** An ordinal right before the act (at most two words between): "the 53rd exchange", "the third attack". */
const ORDINAL_BEFORE = new RegExp(`\\b${cueSource('series-ordinal')}\\s+(?:\\S+\\s+){0,2}$`, 'i')
/** A series named right before the act (at most two words between): "after a series of attacks on soldiers". */
const SERIES_BEFORE = new RegExp(`\\b${cueSource('series-before')}\\s+(?:\\S+\\s+){0,2}$`, 'i')
const SERIES_DESCRIBED = new RegExp(`\\b${cueSource('series-described-by')}\\s+${cueSource('series-before')}\\s+(?:\\S+\\s+){0,2}$`, 'i')
/** The opening read for a retrospective story's cue, with the title: about the first two sentences. */
const LEAD_CHARS = 400
const DEFINITE = new RegExp(`\\b${cueSource('definite-before')}\\s+$`, 'i')
const RETOLD = new RegExp(`\\b${cueSource('retold-before')}\\s+$`, 'i')
/** Right after the act: who began the fight just told ("had opened fire first"). */
const STARTED_FIRST = new RegExp(`^\\s+${cueSource('started-first-after')}\\b`, 'i')
/** Territory taken by force: a withdrawal from the same place told beside it is the same change of hands. */
/** A denial, then within a few words the speaker's own telling: "denied targeting civilians and said ...". */
const DENIAL_THEN_SAYS_AT = new RegExp(`^[^.;]{0,40}?\\b${cueSource('denial-then-says')}\\b`, 'i')
/** A context word between a non-violent act and a toll: "arrested 40 people after clashes left five dead". */
const CONTEXT_WORD = new RegExp(`\\b${cueSource('context-before')}\\b`, 'i')
/** "Another attack", "in a separate incident" anywhere in a sentence: it says it tells a second act. */
const SEPARATE_ANYWHERE = new RegExp(`\\b(?:${cueSource('separate-incident')})\\b`, 'i')

/**
 * Whether `a` is an armed side acting in the candidate's sentence, so that an accident or crime word there
 * does not make it off-topic. The side named only as the source of the report ("..., police said",
 * "according to police", "police told reporters") is not acting in it: "A fire broke out ..., killing four
 * workers, police said" stays an accident. Armed men named by a word of their own ("gunmen", "militants")
 * act whatever the place when they leave dead, wounded or abducted ("gunmen killed four workers at a factory").
 */
function actingArmed(doc: Doc, c: Candidate, a: ActorMention): boolean {
  if (a.role !== 'armed' || a.name.startsWith('Government of')) return false
  const tells = conventions().speakerBefore(doc.text.slice(Math.max(0, a.span[0] - 30), a.span[0])) ||
    conventions().speakerAfter(doc.text.slice(a.span[1], a.span[1] + 60))
  // "The Houthis said they fired missiles at ...": a side telling its own act acts in it.
  if (tells && !roleCues().selfTold(doc.text.slice(a.span[1], Math.min(c.span[1], a.span[1] + 40)))) return false
  if (!a.generic) return true
  // Unnamed armed men act only with a toll of their own in the sentence: without one, the accident word wins.
  return a.rule === 'generic-armed' && c.numbers.some((n) => n.measure === 'killed' || n.measure === 'injured' || n.measure === 'abducted')
}

export function events(): Stage {
  const k = eventKnowledge()
  return function events(doc: Doc) {
    const gate = relevance(doc, k)
    if (!gate.relevant) { say(doc, 'events', 'not-relevant', gate.why); return }
    const candidates = findCandidates(doc, k)
    if (!candidates.length) { say(doc, 'events', 'no-trigger', 'No sentence describes a violent act, protest or strategic development.'); return }
    const iso = documentCountry(doc)
    const opening = `${doc.article.title ?? ''}\n${doc.text.slice(0, LEAD_CHARS)}`
    // Only as the opening of a sentence ("A year after the battle, ..."), not inside one ("more than a year after it fell
    // to the RSF", which tells how long a town was held).
    const retro = RETROSPECTIVE.exec(opening)
    const retrospective = retro && /(?:^|[.!?\n]|[-—–]|\(\w+\))\s*$/.test(opening.slice(Math.max(0, retro.index - 20), retro.index)) ? retro[0] : undefined
    // A story that remembers ("marks 30 years since the genocide", an anniversary, a memorial): its recountings are history.
    const remembers = !!retrospective || RECALLS.test(opening)
    // Where places are named: a territory word needs one taken (classify).
    const placeSpans = doc.places.filter((p) => p.kind !== 'demonym').map((p) => p.span)
    const drafts: EventDraft[] = []
    const lastSentence = new Map<EventDraft, number>()   // the latest sentence that added to each draft
    const tollsAfter = new Map<EventDraft, TollAfter>()     // the toll sentences that counted dead of a burning or looting told before
    const farContext = new Map<EventDraft, { far: number; before: number }>()   // a far context sentence folded in, and the last before it
    const absorbed = new Map<EventDraft, EventDraft[]>()  // the reports of the same incident each draft took in
    const besides = new Set<Candidate>()                   // second acts told in another act's clause (second-act.ts)
    // Two doers' acts joined in one sentence ("settlers torched homes, and troops shot three villagers"): two candidates.
    for (let i = 0; i < candidates.length; i++) {
      const split = otherDoerClause(doc, candidates[i]) ?? distantActClause(doc, candidates[i])
      if (split) { candidates.splice(i, 1, ...split); besides.add(split[1]); i++ }
    }
    for (const c of candidates) {
      // A second act told in another act's clause is never that act's report: it folds only into events of other sentences.
      const foldable = besides.has(c) ? drafts.filter((d) => d.sentence !== c.sentence) : drafts
      // Crime words do not cancel a killing: ACLED codes gang violence; they cancel thefts, smuggling, fraud.
      // Nor does a crowd's beating or lynching of a suspect ("residents beat to death a man accused of robbery"): mob justice.
      const violent = c.hits.some((h) => h.weight > 1 && (h.family === 'civilian' || h.family === 'battle' || h.family === 'remote'
        || (h.sub === 'Mob violence' && crowdBefore(doc.text.slice(c.span[0], h.span[0]), doc.text.slice(h.span[1], c.span[1])))))
      // Nor do disaster words cancel communities fighting under arms ("villagers armed with machetes clashed over land
      // left by receding floodwaters"): the flood is what they fought over (rule communal-fight-not-disaster).
      const sentence = doc.text.slice(c.span[0], c.span[1])
      const communal = c.offtopic.includes('disaster') && c.hits.some((h) => h.weight > 1 && h.family === 'battle' && roleCues().mutualRiot(h.phrase))
        && conventions().communalArms(sentence)
      const offtopic = c.offtopic.filter((t) => (t !== 'crime' || !violent) && (t !== 'disaster' || !communal))
      if (communal) say(doc, 'events', 'communal-fight-not-disaster', `"${communal[0]}" fought each other with "${communal[1]}": the disaster words tell what they fought over.`, { span: c.span })
      // A weapon of war (a car bomb, a grenade) makes the sentence political whatever accident or crime word stands by it.
      const weapon = c.hits.some((h) => h.weight > 1 && cueWhole('offtopic-overruled').test(h.sub))
      // "Police arrested ten men and recovered counterfeit notes": the police arresting for an ordinary offence is policing.
      const policing = c.hits.every((h) => h.sub === 'Arrests')
      const lifts = (a: ActorMention) => actingArmed(doc, c, a) && !(policing && a.name.startsWith('Police Forces'))
      if (offtopic.length && !weapon && !c.actors.some(lifts) && !c.hits.some((h) => h.family === 'protest')) {
        say(doc, 'events', 'not-political', `The sentence is about ${offtopic.join(' and ')}, with no armed group acting.`, { span: c.span })
        continue
      }
      const typed = classify(c, doc.text, placeSpans)
      if (!typed) {
        say(doc, 'events', 'weak-trigger', `Only weak words (${c.hits.map((h) => `"${h.phrase}"`).join(', ')}) with no actor or casualty.`, { span: c.span })
        continue
      }
      // "Police arrested 14 people after clashes ... left 33 injured": the clause's violent act is coded on its own, next.
      const second = secondAct(doc, c, typed)
      if (second) { besides.add(second); candidates.splice(candidates.indexOf(c) + 1, 0, second) }
      // "Settlers set fire to homes ... Troops and police dispersed the crowds with tear gas": in a story with no word of a
      // protest, the crowd forces break up after an attack told before is that attack's, not a demonstration (rule crowd-of-attack).
      if (typed.sub === 'Protest with intervention' && !roleCues().protestStory(`${doc.article.title ?? ''}\n${doc.text}`)) {
        const attack = drafts.find((d) => d.sentence < c.sentence && subType(d.subEventType).eventType !== 'Protests' && subType(d.subEventType).eventType !== 'Riots'
          && !!d.actor1 && d.actor1.role !== 'protester' && d.actor1.role !== 'rioter')
        if (attack) {
          say(doc, 'events', 'crowd-of-attack', `"${typed.trigger.phrase}" breaks up a crowd in a story that tells no protest, after the ${attack.subEventType} event by ${attack.actor1!.name} in sentence ${attack.sentence + 1}: that attack's crowd, not a demonstration.`, { span: typed.trigger.span })
          continue
        }
      }
      const draft = buildDraft(doc, c, typed.sub, typed.trigger.span, iso)
      sameActDay(doc, c, typed.trigger, draft)
      // A type read off the victims is weaker evidence than a word for it: it never retypes an event.
      draft.weight = typed.derived ? 1 : typed.trigger.weight
      if (typed.crowdViolence) draft.crowdViolence = true
      let status = statusOf(doc, c, typed.trigger, draft.date)
      // "A year after the battle for Lashio, ...": in a story that looks back, an act with no day of its own is the past.
      // (A day taken from another sentence, a later one as the lead's or an earlier one, is no day of its own either:
      // "Seventy years ago on Tuesday, French troops surrendered. Vietnamese forces had shelled the garrison ...")
      const undated = !draft.date || draft.date.rule === 'date-from-publication' || draft.date.span[0] >= c.span[1] || draft.date.span[0] < c.span[0]
      if (status.status === 'reported' && retrospective && undated && subType(typed.sub).eventType !== 'Protests') {
        status = { ...status, status: 'background', why: `the story looks back ("${retrospective}") and the act has no day of its own` }
      }
      // "Rwanda marks 30 years since the genocide ... Survivors recounted how militias went from house to house": in a
      // story framed as remembrance, violence told as a recounting, with no day of its own in its sentence, is the history.
      if ((status.status === 'reported' || status.status === 'claimed') && VIOLENCE.has(subType(typed.sub).eventType)
        && RECOUNT.test(doc.text.slice(c.span[0], typed.trigger.span[0])) && remembers
        && !(draft.date && draft.date.rule !== 'date-from-publication' && draft.date.span[0] >= c.span[0] && draft.date.span[1] <= c.span[1])) {
        status = { ...status, status: 'background', why: 'a telling of what happened then ("recounted how") in a story that remembers history, with no day of its own (rule remembrance-frame)' }
      }
      // "The government suspended talks with the ELN after a series of attacks on soldiers": acts named as a series, with
      // no day of their own, sum up many incidents and tell none (rule series-summary).
      // "the military would crush armed gangs behind a wave of kidnappings": a series that says what a group is known for
      // is no incident whatever day its sentence names.
      const seriesLead = doc.text.slice(Math.max(c.span[0], typed.trigger.span[0] - 60), typed.trigger.span[0])
      if (((undated && !doc.dates.some((d) => d.span[0] >= c.span[0] && d.span[1] <= c.span[1] && !inRegion(doc, d.span, ['dateline'])))
        || SERIES_DESCRIBED.test(seriesLead)) && SERIES_BEFORE.test(seriesLead)) {
        say(doc, 'events', 'series-summary', `"${typed.trigger.phrase}" is named as a series of acts with no day of its own: it sums up many incidents and tells none.`, { span: typed.trigger.span, actual: typed.sub })
        continue
      }
      draft.status = status.status
      // History recalled beside today's news ("mourners gathered on Tuesday for the anniversary of the 1995 massacre")
      // keeps its own, older date; today's date is the reporting's, not the history's.
      // Not the point a period is counted from ("since the fall of the president in December, when factions seized the
      // city"): that date is the act's own, weeks old (rule since-when).
      if (status.status === 'background' && draft.date && recent(doc, draft.date.day) && !status.ownDate) {
        const own = olderDateIn(doc, c.span, typed.trigger.span)
        if (own) {
          say(doc, 'events', 'background-own-date', `Background: dated by "${own.text}", not by the day of the report.`, { span: own.span })
          draft.date = own
          draft.evidence.event_date = own.span; draft.evidence.time_precision = own.span
        } else draft.date = null
      }
      // History recalled with no date of its own is context, not a record: it never takes the publication day.
      // Nor does history dated only by "last year" or "the year before" (dates roughYear).
      // Nor history dated only by the start of a period ("60 mayors have been killed since 2006"): a running count, no act.
      // (A war fought since then, "has been fighting since 2015", stays: the running war's background record.)
      const sinceDate = !!draft.date && draft.date.rule !== 'date-from-publication' && SINCE_BEFORE.test(doc.text.slice(Math.max(0, draft.date.span[0] - 12), draft.date.span[0]))
      // A series counted from a start is no act of that start either (rule since-series): "have been attacked more than 150
      // times since mid-October", "the 53rd exchange of prisoners since the invasion began in February 2022" (the date
      // may sit deeper in the "since" phrase). A war that runs ("has fought since 2014") is not counted and stays.
      const sinceAfter = !!draft.date && draft.date.rule !== 'date-from-publication' && draft.date.span[0] >= typed.trigger.span[1]
        && SINCE_PHRASE.test(doc.text.slice(typed.trigger.span[1], draft.date.span[0]))
      const actClause = clauseOf(doc.text, c.span, typed.trigger.span)
      const series = REPEATED.test(doc.text.slice(actClause[0], actClause[1])) || ORDINAL_BEFORE.test(doc.text.slice(Math.max(actClause[0], typed.trigger.span[0] - 30), typed.trigger.span[0]))
      // And a "since" date told before the act opens another verb's period: "has faced an insurgency since October 2017,
      // with attacks claimed by the group since 2019" (rule since-other-period). Not the act at its "when": "since March
      // 2018, when insurgents attacked police posts" dates that attack.
      const otherPeriod = sinceDate && draft.date!.span[1] <= typed.trigger.span[0] && !/^\s*,?\s*when\b/i.test(doc.text.slice(draft.date!.span[1], draft.date!.span[1] + 8))
      const sinceOnly = (sinceDate && (draft.claims.length > 0 || typed.trigger.family !== 'battle')) || ((sinceDate || sinceAfter) && series) || otherPeriod
      if (status.status === 'background' && (!draft.date || draft.date.rule === 'date-from-publication' || roughYear(draft.date) || sinceOnly)) {
        // "Al-Shabaab said in a statement that its fighters had killed 30 soldiers", right after the attack it speaks of: a
        // side's figures on the act just told, kept as its word (other claims), never that event's toll.
        const told = draft.claims.length && /^had\s/i.test(status.cue ?? '') && SAID.test(doc.text.slice(c.span[0], typed.trigger.span[0]))
          ? foldable.filter((d) => (d.status === 'reported' || d.status === 'claimed') && c.sentence - (lastSentence.get(d) ?? d.sentence) <= CLAIM_REACH).pop() : undefined
        if (told) {
          for (const x of draft.claims) if (!told.otherClaims.some((y) => y.span[0] === x.span[0])) told.otherClaims.push(Object.assign({}, x, { measure: 'killed' }))
          say(doc, 'events', 'side-figures-of-told', `"${typed.trigger.phrase}" in reported speech gives a side's figures on the ${told.subEventType} event told in sentence ${told.sentence + 1}: kept as that side's claim, not counted.`, { span: typed.trigger.span })
        }
        say(doc, 'events', 'background-undated', `${typed.why}; background (${status.why}) with no date of its own: not coded.`, { span: typed.trigger.span, actual: typed.sub })
        continue
      }
      // "The junta has vowed to retake territory from the jihadists": a plan with no day and no place of its own is a
      // policy or a vow, not a planned incident anyone could watch for.
      // A day of its own: a date in its sentence that is not long past ("which seized power in 2022" dates another clause).
      const published = doc.article.published ? Date.parse(doc.article.published) : null
      const planDay = (d: DateMention) => !d.day || published === null || Date.parse(d.endDay ?? d.day) >= published - 2 * 86400000
      if (status.status === 'planned' && !doc.dates.some((d) => d.span[0] >= c.span[0] && d.span[1] <= c.span[1] && !inRegion(doc, d.span, ['dateline']) && planDay(d))
        // Where the side spoke ("Speaking to troops at a base in Port Sudan, he vowed to fight") is no place of the plan.
        && !doc.places.some((p, i) => p.kind !== 'country' && p.span[0] >= c.span[0] && p.span[1] <= c.span[1] && !inRegion(doc, p.span, ['dateline'])
          && !['venue', 'source'].includes(doc.frame?.roles[i]?.role ?? ''))) {
        say(doc, 'events', 'vague-plan', `${typed.why}; planned (${status.why}), with no day and no place of its own: a vow or a policy, not coded.`, { span: typed.trigger.span, actual: typed.sub })
        continue
      }
      say(doc, 'events', 'event-typed', `${typed.why}; status ${status.status} (${status.why}).`, { span: typed.trigger.span, actual: typed.sub })
      // "The insurgency has killed 4,000 since 2017": a running total is no incident of its own. Its figures
      // stay as claims (never counted) of the event the text was telling just before, if any.
      // Not a crowd's march: "thousands marched to the port to mark four years since the blast killed 220" is a protest of the
      // day whose sentence only recalls a toll.
      // Nor a taking of ground ("retook the town ... after two days of fighting in which 12 were killed"): the taking is the
      // day's act whatever its figures count.
      if (draft.claims.length && draft.claims.every((x) => x.total) && subType(typed.sub).eventType !== 'Protests' && !(typed.trigger.family === 'territory' && (typed.trigger.weight ?? 2) > 1)) {
        const told = foldable.filter((d) => c.sentence - (lastSentence.get(d) ?? d.sentence) <= 2 && d.status !== 'planned').pop()
        if (told) for (const x of draft.claims) if (!told.claims.some((y) => y.span[0] === x.span[0])) told.claims.push(x)
        say(doc, 'events', 'cumulative-toll', `"${typed.trigger.phrase}" only counts a running total: no incident of its own${told ? `; its figures stay claims of the ${told.subEventType} event` : ''}.`, { span: typed.trigger.span })
        continue
      }
      // "Settlers torched homes in Jit ... Troops dispersed the Israelis and arrested one of them": a force that broke up the
      // doers of a violent act just told, with no protest word of the crowd's own (only "dispersed", "arrested"), ended that
      // act; it is no protest (rule force-after-violence). Its figures, if any, are the act's.
      const ended = typed.sub === 'Protest with intervention' && !c.hits.some((h) => h.family === 'protest' && h.weight > 1)
        ? foldable.filter((d) => c.sentence - (lastSentence.get(d) ?? d.sentence) <= 2 && VIOLENCE.has(d.eventType) && d.status !== 'background' && d.status !== 'planned').pop() : undefined
      if (ended && (!draft.place || !ended.place || draft.place.geonameid === ended.place.geonameid || draft.place.kind === 'country')) {
        absorb(ended, asReport(draft, ended))
        lastSentence.set(ended, c.sentence)
        say(doc, 'events', 'force-after-violence', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") tells a force ending the ${ended.subEventType} event told in sentence ${ended.sentence + 1}, with no protest word: no protest of its own.`, { span: c.span })
        continue
      }
      // "The Kremlin denied targeting civilians and said the building was hit by a Ukrainian air defence missile": after a
      // denial, a party's own account of the act just told, in the same place, is that act's other version, not a second
      // act; the sides stay those the report gave (rule counter-account).
      const denial = c.cues.find((q) => q.cue === 'denied' && q.span[1] <= typed.trigger.span[0])
      const counter = denial && DENIAL_THEN_SAYS_AT.test(doc.text.slice(denial.span[1], typed.trigger.span[0]))
        ? foldable.filter((d) => (d.status === 'reported' || d.status === 'claimed') && kindOf(d) === kindOf(draft)
          && c.sentence - (lastSentence.get(d) ?? d.sentence) <= 4 && (!draft.place || (!!d.place && (draft.place.geonameid === d.place.geonameid || draft.place.kind === 'country')))
          && !!d.actor1 && !!draft.actor1 && d.actor1.name !== draft.actor1.name).pop()
        : undefined
      if (counter) {
        absorb(counter, { ...asReport(draft, counter), claims: [] })
        lastSentence.set(counter, c.sentence)
        say(doc, 'events', 'counter-account', `After "${doc.text.slice(denial!.span[0], denial!.span[1])}", "${typed.trigger.phrase}" is a party's own account of the ${counter.subEventType} event told in sentence ${counter.sentence + 1}: not a second act; its sides stay as reported.`, { span: typed.trigger.span })
        continue
      }
      // "Al Shabaab said its fighters had withdrawn from the town" after "troops recaptured the town": the side that lost a
      // place telling of its leaving is the same change of hands, not a second, peaceful one (rule withdrawal-retold).
      const taken = typed.sub === 'Non-violent transfer of territory' && draft.status !== 'planned'
        ? foldable.filter((d) => TAKINGS.has(d.subEventType) && (d.status === 'reported' || d.status === 'claimed') && c.sentence - (lastSentence.get(d) ?? d.sentence) <= 6
          && (!draft.place || (!!d.place && draft.place.geonameid === d.place.geonameid))
          && (!draft.date || draft.date.rule === 'date-from-publication' || !d.date?.day || Math.abs(Date.parse(draft.date.day!) - Date.parse(d.date.day)) <= 2 * 86400000)).pop()
        : undefined
      if (taken) {
        absorb(taken, asReport(draft, taken))
        lastSentence.set(taken, c.sentence)
        say(doc, 'events', 'withdrawal-retold', `"${typed.trigger.phrase}" tells the leaving of the place the ${taken.subEventType} event of sentence ${taken.sentence + 1} changed hands: the same change, not a second one.`, { span: typed.trigger.span })
        continue
      }
      // "Gang members attacked the town's police station ... Police officers who were outnumbered withdrew from the town": the
      // state force an armed group attacked leaving the place is the group's taking of it by force, not a peaceful handover
      // (rule withdrawal-after-attack).
      const beaten = typed.sub === 'Non-violent transfer of territory' && draft.status !== 'planned' && draft.actor1 && isForce(draft.actor1)
        ? foldable.filter((d) => d.subEventType === 'Armed clash' && (d.status === 'reported' || d.status === 'claimed') && c.sentence - (lastSentence.get(d) ?? d.sentence) <= 4
          && d.actor2?.name === draft.actor1!.name && !!d.actor1 && !d.actor1.generic && d.actor1.inter >= 2 && d.actor1.inter <= 4
          && !!d.place && (!draft.place || draft.place.geonameid === d.place.geonameid)
          && (!draft.date || draft.date.rule === 'date-from-publication' || d.date?.day === draft.date.day)).pop()
        : undefined
      if (beaten) {
        absorb(beaten, { ...asReport(draft, beaten), actor1: beaten.actor1, actor2: beaten.actor2 })
        retype(beaten, 'Non-state actor overtakes territory', { why: { doc, rule: 'withdrawal-after-attack', reason: `"${typed.trigger.phrase}": the ${beaten.actor2!.name} left the place ${beaten.actor1!.name} attacked in sentence ${beaten.sentence + 1}; the group took it by force.`, span: typed.trigger.span } })
        lastSentence.set(beaten, c.sentence)
        continue
      }
      // "Police confirmed the attack": a definite mention, with no day of its own, of the incident just told.
      // The event it names: one whose town or day the sentence gives ("Sunday's attack ... around Djibo"), else the last told.
      // In a story that tells no news of violence, only history (a trial, an anniversary), the definite mention names the
      // act recalled: "Al-Shabaab said at the time it had carried out the attack" is the 2019 attack again, not an act of today.
      const news = foldable.filter((d) => d.status === 'reported' || d.status === 'claimed')
      const coded = news.length ? news : foldable.filter((d) => d.status === 'background')
      const named = coded.filter((d) => (d.place && doc.places.some((p) => p.geonameid === d.place!.geonameid && sentenceAt(doc, p.span[0]) === c.sentence))
        || (d.date?.precision === 1 && draft.date?.precision === 1 && draft.date.rule !== 'date-from-publication' && d.date.day === draft.date.day))
      // "A police spokesman said two of the dead had been killed by looters": who killed some of the dead already counted
      // (numbers part-of-dead) is a word on the last violent act told, not a second act (rule part-of-dead-retold).
      const partOfDead = VIOLENCE.has(draft.eventType) && doc.messages.some((m) => m.rule === 'part-of-dead' && !!m.span && m.span[0] >= c.span[0] && m.span[1] <= c.span[1])
      const deadTold = partOfDead ? [...news].reverse().find((d) => d.eventType !== 'Strategic developments' && c.sentence - (lastSentence.get(d) ?? d.sentence) <= 6) : undefined
      const told = deadTold ?? named.pop() ?? coded.pop()
      // "the Bannu siege": the told event's town written between the article and the word is still a definite mention of it.
      const townBefore = told?.place ? doc.places.find((p) => p.geonameid === told.place!.geonameid && p.span[1] <= typed.trigger.span[0] && /^\s?$/.test(doc.text.slice(p.span[1], typed.trigger.span[0]))) : undefined
      const lead = doc.text.slice(Math.max(0, (townBefore?.span[0] ?? typed.trigger.span[0]) - 12), townBefore?.span[0] ?? typed.trigger.span[0])
      // Not with a day of its own, told before it, other than the told event's: "The previous night, militants had killed
      // five" is another act. (A day after it may be another thing's: "had been detained over a speech on Saturday".)
      const otherDay = !!draft.date && draft.date.rule !== 'date-from-publication' && draft.date.precision === 1 && draft.date.span[1] <= typed.trigger.span[0]
        && !!told?.date?.day && draft.date.day !== told.date.day
      // Quoted and bare: the same kind of act again, inside a quotation, in a sentence that gives it no town, no day and no
      // figure of its own and does not say it is another (the army said the convoy had been "the target of a cowardly attack
      // with explosive devices"): a teller's words on the act just told, not a second act.
      const inItsSentence = (span: Span | undefined) => !!span && sentenceAt(doc, span[0]) === c.sentence
      // Not protests: an article of many towns' rallies quotes each town's police ("to disperse the crowd").
      const bare = quotedAt(doc, c.span[0], typed.trigger.span[0]) && !!told && told.subEventType === draft.subEventType && subType(told.subEventType).kind !== 'protest'
        && !otherDay && !inItsSentence(draft.place?.span) && !(draft.date && draft.date.rule !== 'date-from-publication' && inItsSentence(draft.date.span)) && !draft.claims.length
        && !SEPARATE_ANYWHERE.test(doc.text.slice(c.span[0], c.span[1]))
      // "The Taliban's spokesman said Pakistani troops had opened fire first": a side's word on who began the fight just told.
      const first = !!told && told.subEventType === draft.subEventType && subType(told.subEventType).kind !== 'protest'
        && STARTED_FIRST.test(doc.text.slice(typed.trigger.span[1], typed.trigger.span[1] + 30)) && !inItsSentence(draft.place?.span)
      // Its day may only be the story's ("No date near the event: the story goes on from Thursday"): no day of its own then.
      const dayInSentence = !!draft.date && draft.date.span[0] >= c.span[0] && draft.date.span[1] <= c.span[1]
      // "Hezbollah confirmed the death ... but did not say how he had been killed": a death told in the pluperfect right after a
      // violent act is that act's dead, whatever word the act was told with (rule retold-death).
      const retoldDeath = !!told && draft.subEventType === 'Attack' && VIOLENCE.has(told.eventType) && RETOLD.test(lead) && !otherDay
        && c.sentence - (lastSentence.get(told) ?? told.sentence) <= 3
      const partDead = !!deadTold && !dayInSentence
      // "The attack began on Friday evening when a suicide bomber blew up a car": the act just told, told again from its start,
      // whatever word tells how it began; its day is the act's first (rule began-when).
      // The noun must name the told act's kind: "The fighting began on Tuesday" after an air strike is the wider fight's start.
      const began = BEGAN_WHEN.exec(doc.text.slice(c.span[0], typed.trigger.span[0]))
      const beganWhen = !!told && !!began && VIOLENCE.has(told.eventType) && VIOLENCE.has(draft.eventType) && c.sentence - (lastSentence.get(told) ?? told.sentence) <= 2
        && (told.eventType === 'Battles' || !FIGHT_NOUN.test(began[1]))
      const retold = !!told && ((told.subEventType === draft.subEventType && (RETOLD.test(lead) || bare || first) && (!otherDay || (first && !dayInSentence))) || retoldDeath || partDead || beganWhen)
      // "The protests were peaceful, although police in Bradford arrested 12": an outcome in another town than the
      // protest told is that town's own event (the towns listed with the protest join it below, rule per-town).
      const elsewhere = !!told && !!draft.place && draft.place.kind === 'place' && !!told.place && draft.place.geonameid !== told.place.geonameid
        && subType(told.subEventType).kind === 'protest' && outranksType(draft.subEventType, told.subEventType) && (draft.weight ?? 2) > 1
      // A history told again in a story of the past ("the narrator was a cadet during the Bannu siege"): the act recalled, again.
      const recalledAgain = draft.status === 'background' && told?.status === 'background' && !!townBefore
      // Further on than six sentences only where the story told one act of the day, and the sentence names no place or
      // figure of its own: "Police chief X told reporters that the attack was the work of a desperate few" (rule lone-act-named).
      const lone = !!told && foldable.filter((d) => d.status === 'reported' || d.status === 'claimed').length === 1 && (told.status === 'reported' || told.status === 'claimed') && DEFINITE.test(lead) && !inItsSentence(draft.place?.span) && !draft.claims.length
      // "The sit-in was peaceful" after a drone strike: a protest word never names a strike again; the two share no
      // kind of incident (taxonomy.yaml kinds; rule retold-kind).
      // Only a protest of its own (no riot, whose words may tell the violence) and a strike or blast from afar.
      const otherKind = !!told && draft.eventType === 'Protests' && told.eventType === 'Explosions/Remote violence' && !retold
      if (told && !elsewhere && !otherKind && (draft.status === 'reported' || recalledAgain) && (c.sentence - (lastSentence.get(told) ?? told.sentence) <= 6 || lone)
        && (retold || (DEFINITE.test(lead) && (!draft.date || draft.date.rule === 'date-from-publication' || draft.date.day === told.date?.day || runsOn(told, draft, doc.text)
          // A day carried over from the sentence before ("contacted the charity on Tuesday. ... no group has claimed the
          // abduction") is that sentence's, not one the definite mention gives its act.
          || !inItsSentence(draft.date.span)
          || actBeforeSaying(doc, told, draft))))) {
        // Its sides and a place named before it ("police in Gusau confirmed the attack") are the speaker's;
        // a place after it ("the strike hit the truck near the market") may say more exactly where.
        const after = draft.place && draft.place.span[0] > typed.trigger.span[1] && sentenceAt(doc, draft.place.span[0]) === c.sentence ? draft.place : null
        // "The protest was dispersed with tear gas": a definite mention may add the police's answer to a protest; that
        // outcome retypes it (a weak or derived word never does). Other retellings keep the type first told.
        // Only in the told event's town: "although police in Boston arrested 23" is Boston's outcome, not every town's.
        const escalates = subType(told.subEventType).kind === 'protest' && subType(draft.subEventType).kind === 'protest'
        // "The gunmen, from the X gang, ...": the retelling word is itself the group's unnamed noun, named in apposition; where
        // the event told only an unnamed armed side of its kind, the group names it (rule named-after-retelling). Sides named
        // as a pair after the word ("the fighting between X and Y") are namedOnRetelling's, below.
        const self = (a: EventDraft['actor1']) => !!a && a.span[0] <= typed.trigger.span[0] && a.span[1] >= typed.trigger.span[1]
        const names = (a: EventDraft['actor1'], was: EventDraft['actor1']) => (a && !a.generic && self(a) && a.inter >= 2 && a.inter <= 4
          && was?.generic && was.inter >= 2 && was.inter <= 4 ? a : null)
        // The noun that is the retelling word is the doer told before, whichever side the sentence's roles gave it.
        const named1 = names(draft.actor1, told.actor1) ?? (self(draft.actor2) ? names(draft.actor2, told.actor1) : null)
        const named2 = self(draft.actor2) ? null : names(draft.actor2, told.actor2)
        if (named1 || named2) say(doc, 'events', 'named-after-retelling', `"${[named1, named2].filter(Boolean).map((a) => a!.text).join('", "')}" name the unnamed sides of the ${told.subEventType} event told in sentence ${told.sentence + 1}.`, { span: c.span })
        // The force that answered the protest ("The police intervened to disperse the demonstration") is its second side.
        // "The kidnapping comes a week after gunmen killed 14 farmers in Zamfara": the figures after "comes ... after" are the
        // other, earlier act's, not the event's told again (rule came-after-figures).
        const otherAct = CAME_AFTER.exec(doc.text.slice(typed.trigger.span[1], c.span[1]))
        const cut = otherAct ? typed.trigger.span[1] + otherAct.index : c.span[1]
        if (otherAct) say(doc, 'events', 'came-after-figures', `"${otherAct[0]}" after "${typed.trigger.phrase}": the figures after it are another act's, not the ${told.subEventType} event's.`, { span: c.span })
        absorb(told, { ...draft, status: told.status, weight: escalates || beganWhen ? draft.weight : 1, date: null, place: after, actor1: named1, actor2: escalates ? draft.actor2 : named2, assoc1: [], assoc2: [],
          claims: draft.claims.filter((cl) => cl.span[1] <= cut), otherClaims: draft.otherClaims.filter((cl) => cl.span[1] <= cut) })
        // "An armed group said it had captured the town ... The Ta'ang National Liberation Army said it had taken control":
        // the retelling names the group the first telling left unidentified; it takes that side (rule retold-names-group).
        // Only the doer of the act told again: its subject ("The TNLA said it had taken control") or the agent right after
        // a passive ("The attack was carried out by members of Viv Ansanm"), not a group named in a clause about something
        // else ("the attack came days after threats by two cartels", "clashes between militias affiliated with the MILF"),
        // nor the doer of an earlier act ("Suspected herders had killed a farmer the same day"), unless it is reported speech.
        const namer = draft.actor1
        const trig = typed.trigger.span
        const subject = !!namer && namer.span[1] <= trig[0] && namer.span[0] >= c.span[0]
        // Or the doers' noun as the act's word, the group set beside it ("The attackers, whom residents identified as members
        // of Viv Ansanm, entered ..."): role-cues known_as.
        const agent = !!namer && namer.span[0] >= trig[1] && (RETOLD_AGENT.test(doc.text.slice(trig[1], namer.span[0])) || RETOLD_AS.test(doc.text.slice(trig[1], namer.span[0]))
          || (roleCues().doerNoun(doc.text.slice(trig[0], trig[1])) && (roleCues().knownAs(doc.text.slice(trig[1], namer.span[0])) !== null
            // or the group they are linked to ("The attackers, linked to the Islamic State group, also burned ...")
            || roleCues().branchAfterBetween(doc.text.slice(trig[1], namer.span[0])))))
        const earlier = subject && PLUPERFECT.test(doc.text.slice(namer!.span[1], trig[0])) && !SAID_THAT.test(doc.text.slice(c.span[0], trig[0]))
        if (namer && !namer.generic && namer.inter >= 2 && namer.inter <= 4 && told.actor1?.generic && told.actor1.inter >= 2 && told.actor1.inter <= 4
          && ((subject && !earlier && !saidItSaw(doc.text.slice(namer!.span[1], trig[0])) && told.subEventType === draft.subEventType) || agent)
          && told.actor2?.name !== namer.name && (!told.place?.countryCode || !namer.countryCode || namer.countryCode === told.place.countryCode)) {
          say(doc, 'events', 'retold-names-group', `"${namer.text}" does the ${told.subEventType} told again: the group "${told.actor1.text}" left unnamed, now actor1.`, { span: namer.span })
          told.actor1 = namer
        }
        // Told from the other side ("forces ended a siege by militants ... The siege began when militants of the BLA stormed
        // the train, killing four soldiers"): the group that hit the event's actor1 names its unnamed other side.
        if (namesOtherSide(told, draft) && !UNCLAIMED.test(doc.text.slice(c.span[0], c.span[1]))) {
          say(doc, 'events', 'retold-names-group', `"${draft.actor1!.text}" fought ${told.actor1!.name} in the ${told.subEventType} told again: the side "${told.actor2!.text}" left unnamed, now actor2.`, { span: draft.actor1!.span })
          told.actor2 = draft.actor1
        }
        lastSentence.set(told, c.sentence)
        if (!UNCLAIMED.test(doc.text.slice(c.span[0], c.span[1]))) namedOnRetelling(doc, told, draft, typed.trigger.span, clauseOf(doc.text, c.span, typed.trigger.span))
        // "said on Tuesday they had repelled an attack ... the clash, which began late on Monday": the act's own day.
        if (actBeforeSaying(doc, told, draft)) told.date = draft.date
        if (beganWhen && draft.date?.day && dayInSentence && told.date?.day && Date.parse(draft.date.day) < Date.parse(told.date.day)
          && Date.parse(told.date.day) - Date.parse(draft.date.day) <= 2 * 86400000) {
          say(doc, 'events', 'began-when', `"${draft.date.text}" is the day the ${told.subEventType} event told in sentence ${told.sentence + 1} began: its date.`, { span: draft.date.span })
          told.date = draft.date
        }
        // "The RSF said they had killed 300 soldiers in an assault, a claim the army rejected. The army said its troops had
        // repelled the attack": the other side tells the fight as fact; what it disputes is the claim's figures (rule
        // other-side-confirms).
        const confirms = told.status === 'claimed' && draft.status === 'reported' && told.actor2
          ? doc.actors.find((a) => a.name === told.actor2!.name && a.span[0] >= c.span[0] && a.span[1] <= typed.trigger.span[0]
            && conventions().speakerAfter(doc.text.slice(a.span[1], a.span[1] + 60))) : undefined
        if (confirms) {
          say(doc, 'events', 'other-side-confirms', `"${confirms.text}", the other side, tells the ${told.subEventType} as fact: reported, its figures still claims.`, { span: confirms.span })
          told.status = 'reported'
        }
        say(doc, 'events', 'refers-back', `"${doc.text.slice(typed.trigger.span[0], typed.trigger.span[1])}" names the ${told.subEventType} event told in sentence ${told.sentence + 1} again: its figures are added to it, no new event.`, { span: typed.trigger.span })
        continue
      }
      // A weak word after an event ("they counted 23 bodies") adds its figures to it, whatever its status.
      // The event it adds to: a recent one whose town the sentence names ("the police station in Nottingham was
      // attacked"), else the last one told.
      const inSentence = (d: EventDraft) => !!d.place && d.place.kind === 'place' && doc.places.some((p) => p.geonameid === d.place!.geonameid && sentenceAt(doc, p.span[0]) === c.sentence)
      // "No group has claimed Sunday's attack": a day in the possessive right before the act names the event of that day.
      const possessive = !!draft.date && draft.date.rule !== 'date-from-publication' && /^['’]s\s+$/.test(doc.text.slice(draft.date.span[1], typed.trigger.span[0]))
      const ownDay = possessive && draft.date?.precision === 1 ? draft.date.day : null
      const ofDay = ownDay ? foldable.filter((d) => c.sentence - (lastSentence.get(d) ?? d.sentence) <= DAY_REACH && d.date?.precision === 1 && d.date.day === ownDay
        && d.date.rule !== 'date-from-publication').pop() : undefined
      // "The TTP claimed the attack on the police station in Bannu", told after the station's bombing and the army's later
      // operation: the side the weak word says was hit names which of the recent events it tells (rule target-names-event).
      const hit = draft.actor2 && !draft.actor2.generic && draft.actor2.inter === 1 && draft.actor2.span[0] >= typed.trigger.span[1] ? draft.actor2 : null
      const last = foldable[foldable.length - 1]
      const ofTarget = hit && !ofDay && last && last.actor2?.name !== hit.name
        ? foldable.filter((d) => c.sentence - (lastSentence.get(d) ?? d.sentence) <= 3 && d.actor2?.name === hit.name).pop() : undefined
      if (ofTarget) say(doc, 'events', 'target-names-event', `"${hit!.text}", the side "${typed.trigger.phrase}" says was hit, is the side hit in the ${ofTarget.subEventType} event told in sentence ${ofTarget.sentence + 1}: it tells that event.`, { span: hit!.span })
      const previous = ofDay ?? ofTarget ?? foldable.filter((d) => c.sentence - (lastSentence.get(d) ?? d.sentence) <= 3 && inSentence(d)).pop() ?? last
      // A weak word in a sentence that names a town and a day of its own, both other than the event's
      // ("On Friday, two bodies were found in Bama"), tells of another incident: its figures are not that event's.
      const town = doc.places.find((p) => p.kind === 'place' && p.geonameid != null && sentenceAt(doc, p.span[0]) === c.sentence)
      const elsewhen = !!previous && previous !== ofDay && previous !== ofTarget && !!town && !!previous.place && previous.place.geonameid !== town.geonameid && !inSentence(previous)
        && !!draft.date?.day && draft.date.rule !== 'date-from-publication' && !!previous.date?.day && previous.date.day !== draft.date.day
      // "The rally came a week after jihadists killed dozens of soldiers in an attack on Djibo": the sentence sets the event
      // before after another act (rule came-after); that act is not the event's, and a weak word is too little to code it alone.
      const cameAfter = (typed.trigger.weight ?? 2) <= 1 ? CAME_AFTER.exec(doc.text.slice(c.span[0], typed.trigger.span[0])) : null
      if (cameAfter) {
        say(doc, 'events', 'came-after', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") tells what the event before "${cameAfter[0]}": another, earlier incident, not folded into it, and too weak to code alone.`, { span: c.span })
        continue
      }
      // "The ELN launched an offensive in Catatumbo last month ..., leaving 80 dead" after Sunday's raid: a weak word with a
      // period of its own in its sentence that does not hold the event's day tells another incident (rule weak-other-period).
      const ownPeriod = !!previous && !!draft.date && draft.date.rule !== 'date-from-publication' && draft.date.span[0] >= c.span[0] && draft.date.span[1] <= c.span[1]
        && previous.date?.rule !== 'date-from-publication' && outside(previous, draft)
        && previous.status !== 'background' && previous.status !== 'planned' && draft.status !== 'background' && draft.status !== 'planned'
      if (ownPeriod && (typed.trigger.weight ?? 2) <= 1) {
        say(doc, 'events', 'weak-other-period', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") names a period of its own ("${draft.date!.text}") that does not hold the ${previous!.subEventType} event's day: not folded into it, and too weak to code alone.`, { span: c.span })
        continue
      }
      // Its weak word is too little to code that incident on its own: it is left out (precision first).
      if (elsewhen && (typed.trigger.weight ?? 2) <= 1) {
        say(doc, 'events', 'weak-elsewhere', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") names its own town and day: not folded into the ${previous!.subEventType} event, and too weak to code alone.`, { span: c.span })
        continue
      }
      // "The group said it had also launched drones at the Israeli city of Eilat", after a ship hit in the Red Sea: an act
      // told as one more ("also"), aimed at a place in another country, is another incident, not this one's figures
      // (rule also-abroad). Like a weak word elsewhere, too little to code that incident on its own: left out.
      const homeOf = previous?.place ? previous.place.countryCode ?? iso : null
      const alsoAbroad = !!previous && !!homeOf && !!draft.place?.countryCode && homeOf !== draft.place.countryCode && draft.place.kind !== 'country'
        && (typed.trigger.weight ?? 2) <= 1 && (ANOTHER_ACT.test(doc.text.slice(Math.max(c.span[0], typed.trigger.span[0] - 60), typed.trigger.span[0]))
          // or placed abroad by its own sentence ("destroyed 40 Ukrainian drones ... over the Bryansk region" after a strike on Sumy)
          || (draft.place.span[0] >= typed.trigger.span[1] && draft.place.span[0] - typed.trigger.span[1] <= 100 && OVER_PLACE.test(doc.text.slice(typed.trigger.span[1], draft.place.span[0]))))
      if (alsoAbroad) {
        say(doc, 'events', 'also-abroad', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") tells one more act, in ${draft.place!.name}, another country than the ${previous!.subEventType} event's: not folded into it, and too weak to code alone.`, { span: c.span })
        continue
      }
      // "In the capital Dhaka, thousands of students marched": a sentence that opens on a town of its own, other than the
      // event's (which it does not name), tells what happened there (rule opens-elsewhere): not the event's figures.
      const openTown = town && TOWN_OPENER.test(doc.text.slice(c.span[0], town.span[0])) && town.span[1] <= typed.trigger.span[0] ? town : undefined
      const opensElsewhere = !!previous && !!openTown && !!previous.place && previous.place.kind === 'place' && previous.place.geonameid !== openTown.geonameid && !inSentence(previous)
        && !!draft.place && draft.place.geonameid === openTown.geonameid
      if (opensElsewhere) say(doc, 'events', 'opens-elsewhere', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") opens on "${doc.text.slice(openTown!.span[0], openTown!.span[1])}", a town other than the ${previous!.subEventType} event's: what happened there, not folded into it.`, { span: c.span })
      // "Thailand later sent F-16 jets to strike two Cambodian military targets": a side's answer told later is another
      // incident (cues.yaml separate-later), not the figures of the one before (rule later-answer).
      const laterAnswer = SEPARATE_LATER.exec(doc.text.slice(c.span[0], typed.trigger.span[1]))
      // "Hours earlier, soldiers were attacked in the next town": a sentence that opens on an earlier time adds nothing to this one
      // (cues.yaml separate-earlier).
      const apart = SEPARATE_EARLIER.test(doc.text.slice(c.span[0], typed.trigger.span[0]))
      if (previous && !opensElsewhere && !laterAnswer && !apart && (typed.trigger.weight ?? 2) <= 1 && c.sentence - (lastSentence.get(previous) ?? previous.sentence) <= (previous === ofDay ? DAY_REACH : 3)
        && previous.status !== 'background' && previous.status !== 'planned' && draft.status !== 'background' && draft.status !== 'planned') {
        // It brings figures, not a date: "Attacks have fallen since 2021" does not date the event before it.
        // Nor sides guessed from the sentences around it: only an actor it names itself.
        // Not from a sentence that says the act is unclaimed ("No group has claimed the attack, but JNIM is active there"):
        // a group named there is a suspect at most (cues.yaml `unclaimed`).
        const unclaimed = UNCLAIMED.test(doc.text.slice(c.span[0], c.span[1]))
        if (unclaimed) say(doc, 'events', 'unclaimed', 'The sentence says no one has claimed the act: the groups it names are not taken as its sides.', { span: c.span })
        const own = (a: EventDraft['actor1']) => (a && !unclaimed && a.span[0] >= c.span[0] && a.span[1] <= c.span[1] ? a : null)
        // "JNIM said on Friday it had seen the attack": a witness, not the act's doer (rule said-it-saw).
        const witness = !!draft.actor1 && draft.actor1.span[1] <= typed.trigger.span[0] && saidItSaw(doc.text.slice(draft.actor1.span[1], typed.trigger.span[0]))
        if (witness) say(doc, 'events', 'said-it-saw', `"${draft.actor1!.text}" speaks of the ${previous.subEventType} told in sentence ${previous.sentence + 1} without a verb of doing: not its doer.`, { span: draft.actor1!.span })
        // A photo caption ("soldiers man a checkpoint in the province in a file photo") shows another day or place: no place from it.
        const caption = doc.regions.some((r) => (r.kind === 'caption' || r.kind === 'credit') && r.span[0] <= typed.trigger.span[0] && typed.trigger.span[1] <= r.span[1])
        // What witnesses heard ("residents of a nearby village heard gunfire") says where they were, not where the act was.
        const heardOnly = typed.trigger.heard === true
        // Nor does a weak word's place move the event into another country ("also launched drones at the Israeli city of
        // Eilat" after a ship hit in the Red Sea): its country is another incident's, not a finer point of this one.
        const home = previous.place ? previous.place.countryCode ?? iso : null
        const abroad = !!home && !!draft.place?.countryCode && home !== draft.place.countryCode
        // "They were dispersed by police" after a peaceful protest: a weak word whose own sentence names the force that
        // acted on the crowd is the intervention the protest met; it retypes the protest (rule dispersed-by-force).
        const met = previous.subEventType === 'Peaceful protest' && draft.subEventType === 'Protest with intervention'
          && [own(draft.actor1), own(draft.actor2)].some((a) => a?.inter === 1)
        if (met) say(doc, 'events', 'dispersed-by-force', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") names the force that acted on the crowd of the protest told in sentence ${previous.sentence + 1}: a protest with intervention.`, { span: typed.trigger.span })
        // "Security forces had been deployed to Gwoza" after an attack told: where forces were sent, a strategic word's place,
        // is no finer point of a violent act's (rule sent-elsewhere).
        const sent = subType(draft.subEventType).eventType === 'Strategic developments' && subType(previous.subEventType).eventType !== 'Strategic developments'
          && !!draft.place && draft.place.geonameid !== previous.place?.geonameid
        if (sent) say(doc, 'events', 'sent-elsewhere', `"${typed.trigger.phrase}" tells forces or people sent to ${draft.place!.name}: not the place of the ${previous.subEventType} event told in sentence ${previous.sentence + 1}.`, { span: c.span })
        // "Gunmen attacked the town's police station" after a storming of the town that counted and named no victim: the weak
        // word's own sentence names the state force hit; the storming was that fight (group.ts armed-target-told).
        const targetHit = armedTargetTold(previous, { ...draft, actor2: own(draft.actor2) })
        // A day the sentence does not name, carried from the story before it ("Under the deal, both sides agreed to ..."
        // after "signed on Monday"), is no day of the event it folds into (rule fold-own-day).
        // (A later sentence that tells when the act took place still dates it.)
        const carried = !!draft.date && draft.date.rule !== 'date-from-publication' && draft.date.span[1] <= doc.sentences[c.sentence][0]
        absorb(previous, { ...draft, status: previous.status, weight: met || targetHit ? 2 : 1, date: draft.date?.precision === 1 && !caption && !heardOnly && !carried ? draft.date : null, place: caption || heardOnly || abroad || sent ? null : draft.place, actor1: witness ? null : own(draft.actor1), actor2: own(draft.actor2) }, doc.text)
        absorbed.set(previous, [...(absorbed.get(previous) ?? []), draft])
        lastSentence.set(previous, c.sentence)
        say(doc, 'events', 'same-event', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") adds its figures to the ${previous.subEventType} event told in sentence ${previous.sentence + 1}.`, { span: c.span })
        continue
      }
      // "1 killed, 7 injured." right after an event: its toll, not an incident of its own (tolls.ts tollOnly).
      const before = foldable[foldable.length - 1]
      if (before && draft.status === 'reported' && (before.status === 'reported' || before.status === 'claimed') && tollOnly(doc, c, before.place?.geonameid ?? null)
        && c.sentence - (lastSentence.get(before) ?? before.sentence) <= 2
        && (!draft.date || draft.date.rule === 'date-from-publication' || draft.date.day === before.date?.day)) {
        // An armed side's burning or looting whose toll follows ("... setting fire to homes. At least 10 people were killed")
        // killed people: an attack (rule looting-that-killed, once every sentence is read: what the article tells later
        // still folds into the destruction first).
        const killed = before.subEventType === 'Looting/property destruction' && !!before.actor1 && before.actor1.inter >= 2 && before.actor1.inter <= 4
          && draft.subEventType === 'Attack' && draft.claims.some((cl) => (cl.value ?? 0) > 0)
        absorb(before, asReport(draft, before))
        if (killed) tollsAfter.set(before, { draft, sentence: c.sentence })
        lastSentence.set(before, c.sentence)
        say(doc, 'events', 'toll-only', `Sentence ${c.sentence + 1} only counts the dead, naming no side or place: its figures are the ${before.subEventType} event's.`, { span: c.span })
        continue
      }
      // "Hundreds demonstrated outside the ministry. Clashes with the police broke out when officers tried to clear the road":
      // a clash in which only the police or troops are named, right after a protest told, is the protest turned violent
      // (rule protest-then-clash), not a battle with an armed group no one named.
      const turned = clashOfProtest(doc, c, typed.trigger, draft, drafts, lastSentence)
      if (turned) {
        absorb(turned, { ...draft, ...typeOf('Violent demonstration'), status: turned.status, date: null, place: null, actor1: null,
          actor2: draft.actor1 && /^(?:Police|Military) Forces of /.test(draft.actor1.name) ? draft.actor1 : draft.actor2 })
        // Its crowd becomes rioters, as the new type requires.
        if (turned.actor1?.role === 'protester' && turned.actor1.generic) {
          const g = genericActor('rioters', turned.actor1.countryCode ?? iso, turned.date?.day ?? doc.article.published)
          turned.actor1 = { ...turned.actor1, name: g.name, inter: g.inter, role: 'rioter' }
        }
        absorbed.set(turned, [...(absorbed.get(turned) ?? []), draft])
        lastSentence.set(turned, c.sentence)
        say(doc, 'events', 'protest-then-clash', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") names only the forces as a side, right after the ${turned.subEventType} event told in sentence ${turned.sentence + 1}: the protest turned violent.`, { span: c.span })
        continue
      }
      // "Amnesty said eight people had been killed on Wednesday, most of them shot by police", told after a protest the police
      // met that day in that town: the people the force killed were the protest's, its excessive force (rule killed-at-protest).
      const met = killedAtProtest(doc, c, typed.trigger, draft, foldable, lastSentence)
      if (met) {
        absorb(met, { ...draft, ...typeOf('Excessive force against protesters'), status: met.status, date: null, place: null,
          actor2: met.actor1?.role === 'protester' ? met.actor1 : draft.actor2 })
        absorbed.set(met, [...(absorbed.get(met) ?? []), draft])
        lastSentence.set(met, c.sentence)
        say(doc, 'events', 'killed-at-protest', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}"): people killed by ${draft.actor1!.name} on the day and in the town of the ${met.subEventType} event told in sentence ${met.sentence + 1} were its protesters: excessive force, one event.`, { span: c.span })
        continue
      }
      // "... when police opened fire on workers demanding unpaid wages. Thousands of workers had blocked the highway and thrown
      // stones": the people a force shot, told next as a crowd doing violence, were rioting; the shooting is the force's side
      // of that violent demonstration, one event (rule shot-crowd-rioted).
      const shot = shotCrowd(c, draft, foldable, lastSentence)
      if (shot) {
        const [force, hitAssoc] = [shot.actor1, shot.assoc2]
        retype(shot, 'Violent demonstration', { from: draft })
        shot.actor1 = draft.actor1; shot.assoc1 = [...new Set([...draft.assoc1, ...hitAssoc])]; shot.actor2 = force; shot.assoc2 = []
        if (draft.evidence.actor1) shot.evidence.actor1 = draft.evidence.actor1
        absorb(shot, { ...draft, status: shot.status, weight: 1, date: null, place: null, actor1: null, actor2: null, assoc1: [], assoc2: [] })
        absorbed.set(shot, [...(absorbed.get(shot) ?? []), draft])
        lastSentence.set(shot, c.sentence)
        say(doc, 'events', 'shot-crowd-rioted', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") tells the violence of the crowd ${force!.name} fired on in sentence ${shot.sentence + 1}: one violent demonstration, the force its other side.`, { span: c.span })
        continue
      }
      // "The crowd later set fire to a police post": the crowd of the protest just told, named again and acting on, is
      // that incident turned violent, wherever the sentence's nearest town lies, unless it names a town or a day of its own.
      const crowd = crowdAgain(doc, c, typed.trigger, draft, drafts, lastSentence)
      if (crowd) {
        absorb(crowd, { ...draft, status: crowd.status, date: null, place: null })
        absorbed.set(crowd, [...(absorbed.get(crowd) ?? []), draft])
        lastSentence.set(crowd, c.sentence)
        say(doc, 'events', 'crowd-again', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") is done by the crowd of the ${crowd.subEventType} event told in sentence ${crowd.sentence + 1}: the same incident.`, { span: c.span })
        continue
      }
      // "Later on Friday, another group attacked ...", "In a separate attack, ...": the sentence says it tells another incident.
      const head = doc.text.slice(c.span[0], typed.trigger.span[0])
      const opener = SEPARATE.exec(head) ?? SEPARATE_LATER.exec(doc.text.slice(c.span[0], typed.trigger.span[1])) ?? SEPARATE_LATER_KILLS.exec(doc.text.slice(c.span[0], typed.trigger.span[1]))
      const separate = opener !== null
      if (opener) say(doc, 'events', 'separate-incident', `Sentence ${c.sentence + 1} opens as another incident ("${opener[0].trim()}"): not merged with the events before.`, { span: c.span })
      const same = separate ? undefined : foldable.find((d) => sameEvent(d, draft, doc))
      if (same) {
        // A sentence far after the event's last report, with no day of its own ("The government has launched military
        // operations, including air strikes on their camps"), is context at most: it adds figures, never its type or sides.
        const far = c.sentence - (lastSentence.get(same) ?? same.sentence) > FAR_FOLD
        // The day a statement was made is no day of the act ("the envoy said in a statement on Sunday that the bombing
        // must stop", long after the story of Friday's strike): such a sentence stays context (rule long40 far-statement).
        const ownDay = !!draft.date && draft.date.rule !== 'date-from-publication' && draft.date.span[0] >= c.span[0] && draft.date.span[1] <= c.span[1]
          && !statementDay(doc.text, draft.date)
        const report = far && !ownDay ? { ...draft, weight: 1, actor1: null, actor2: null, assoc1: [], assoc2: [] } : attackOnProtest(doc, same, draft, typed.trigger) ?? draft
        absorb(same, report, doc.text)
        absorbed.set(same, [...(absorbed.get(same) ?? []), report])
        // Context far on does not carry the story's figures on: the ones told between it and the event are not the event's
        // (rule long40 far-context; attachFollowingCounts reads the sentence before it).
        if (far && !ownDay) farContext.set(same, { far: c.sentence, before: lastSentence.get(same) ?? same.sentence })
        lastSentence.set(same, c.sentence)
        say(doc, 'events', 'same-event', `Sentence ${c.sentence + 1} adds to the ${same.subEventType} event told in sentence ${same.sentence + 1}.`, { span: c.span })
        continue
      }
      // "The RSF denied shelling the market", "the army said it had repelled the rebels": a side's denial or claim about
      // an act already told as fact (same day, place and kind) is that event's other version, not a second event
      // (rule denial-of-told). Its figures stay that side's word (other claims), never the event's toll.
      const deniedOf = draft.status === 'denied' || draft.status === 'claimed'
        ? foldable.find((d) => (d.status === 'reported' || (d.status === 'claimed' && draft.status === 'denied')) && sameEvent(d, { ...draft, status: d.status }, doc)) : undefined
      if (deniedOf) {
        // "One protester was shot dead, a rights group said, although police denied ...": the dead told before the
        // contrast are the reporter's figure, the event's own claim.
        const denial = c.cues.find((q) => q.cue === 'denied')
        const cut = draft.status === 'denied' && denial ? contrastBefore(doc.text, c.span[0], denial.span[0]) : -1
        const reported = draft.claims.filter((cl) => cl.span[1] <= cut)
        // "The army said on Tuesday it had repelled an attack ... The RSF said it had stormed the base on Monday": the other
        // side's day for the act stands before the day the first side spoke (group.ts actBeforeStatement); no other day
        // of the claim's is taken (rule claim-names-the-day).
        const day = deniedOf.date && draft.date?.precision === 1 && draft.date.rule !== 'date-from-publication' ? draft.date : null
        absorb(deniedOf, { ...asReport(draft, deniedOf), date: day && deniedOf.date?.precision === 1 ? day : null, claims: reported,
          otherClaims: [...draft.otherClaims, ...draft.claims.filter((cl) => !reported.includes(cl)).map((c) => ({ ...c, measure: 'killed' }))] }, doc.text)
        absorbed.set(deniedOf, [...(absorbed.get(deniedOf) ?? []), draft])
        lastSentence.set(deniedOf, c.sentence)
        say(doc, 'events', 'denial-of-told', `Sentence ${c.sentence + 1} ("${typed.trigger.phrase}") is a side's ${draft.status === 'denied' ? 'denial' : 'claim'} of the ${deniedOf.subEventType} event told in sentence ${deniedOf.sentence + 1}: one event, not a second.`, { span: c.span })
        continue
      }
      drafts.push(draft)
      lastSentence.set(draft, c.sentence)
    }
    lootingThatKilled(doc, drafts, tollsAfter)
    headlineDays(doc, drafts)
    perTown(doc, drafts, absorbed)
    datelineTwins(doc, drafts)
    clauseTwins(doc, drafts)
    headlineTwins(doc, drafts, absorbed)
    pastCarriedOn(doc, drafts, lastSentence)
    followUpArrests(doc, drafts, lastSentence)
    claimedAfter(doc, drafts, lastSentence)
    sameStriker(doc, drafts)
    interceptedAttack(doc, drafts)
    membersNamed(doc, drafts, lastSentence)
    metByForce(doc, drafts)
    notHeld(doc, drafts, lastSentence)
    foreignTaker(doc, drafts)
    denials(doc, drafts, k)
    unverifiedClaims(doc, drafts, lastSentence)
    // Figures follow the story as told up to a far context sentence folded in last, not up to it (rule long40 far-context).
    for (const [d, f] of farContext) if (lastSentence.get(d) === f.far) lastSentence.set(d, f.before)
    attachFollowingCounts(doc, drafts, candidates, lastSentence)
    risingToll(doc, drafts)
    tollPartHere(doc, drafts)
    hostagesKilled(doc, drafts)
    diedAtProtest(doc, drafts)
    for (const d of drafts) {
      // State forces are named for the event's own day (regime periods), not the publication's.
      if (d.date?.day && d.date.day !== doc.article.published?.slice(0, 10)) {
        const day = d.date.day
        if (d.actor1) d.actor1 = { ...d.actor1, name: stateOnDay(d.actor1.name, day) }
        if (d.actor2) d.actor2 = { ...d.actor2, name: stateOnDay(d.actor2.name, day) }
        d.assoc1 = d.assoc1.map((a) => stateOnDay(a, day))
        d.assoc2 = d.assoc2.map((a) => stateOnDay(a, day))
      }
      d.confidence = confidenceOf(d)
      d.notes = notesOf(d)
      d.protestTarget = protestTarget(doc, d)
      doc.events.push(d)
    }
    if (!doc.events.length) say(doc, 'events', 'no-event', 'Trigger words were found but none added up to an event.')
  }
}

/**
 * "In 2019, gunmen attacked the town.\n\nTwenty people were killed and dozens of homes burned.": an act with no day of
 * its own, told in the sentence right after a past act recalled (background) of its kind and place, goes on telling that
 * act; it is no news of the publication day (rule past-carried-on).
 */
function pastCarriedOn(doc: Doc, drafts: EventDraft[], lastSentence: Map<EventDraft, number>): void {
  for (const d of [...drafts]) {
    if (d.status !== 'reported' || (d.date && d.date.rule !== 'date-from-publication')) continue
    const past = drafts.find((b) => b !== d && b.status === 'background' && (lastSentence.get(b) ?? b.sentence) === d.sentence - 1
      && kindOf(b) === kindOf(d) && (!d.place || !b.place || d.place.geonameid === b.place.geonameid))
    if (!past) continue
    absorb(past, asReport(d, past), doc.text)
    lastSentence.set(past, d.sentence)
    drafts.splice(drafts.indexOf(d), 1)
    say(doc, 'events', 'past-carried-on', `Sentence ${d.sentence + 1} has no day of its own and goes on telling the ${past.subEventType} event recalled in sentence ${past.sentence + 1}: history, not news of the publication day.`, { span: d.trigger })
  }
}

/** `draft` told again of the event `into`: its figures and evidence only, with `into`'s status and no date, place or sides. */
function asReport(draft: EventDraft, into: EventDraft): EventDraft {
  return { ...draft, status: into.status, weight: 1, date: null, place: null, actor1: null, actor2: null, assoc1: [], assoc2: [] }
}

/**
 * "The Islamic Jihad militant group said the two men were members of its armed wing": a named armed group that says the
 * dead of an event told just before were its own names that event's unidentified armed side (rule members-named).
 */
function membersNamed(doc: Doc, drafts: EventDraft[], lastSentence: Map<EventDraft, number>): void {
  for (const d of drafts) {
    if (!d.actor2?.generic || d.actor2.inter !== 3 || (d.status !== 'reported' && d.status !== 'claimed')) continue
    const last = Math.min(doc.sentences.length - 1, (lastSentence.get(d) ?? d.sentence) + 2)
    for (let si = d.sentence; si <= last; si++) {
      const [from, to] = doc.sentences[si]
      // Or the teller says whose the dead were: "It said the commander belonged to JNIM" (rule members-of-named).
      const said = MEMBERS_OF.test(doc.text.slice(from, to))
      const group = doc.actors.find((a) => a.span[0] >= from && a.span[1] <= to && !a.generic && a.inter >= 2 && a.inter <= 4
        && (said ? GROUP_SAID.test(doc.text.slice(a.span[1], a.span[1] + 40)) : si > d.sentence && BELONGED_TO.test(doc.text.slice(from, a.span[0]))))
      if (!group || group.name === d.actor1?.name) continue
      say(doc, 'events', 'members-named', `${said ? `"${group.text}" says the dead were its members` : `the dead are told as "${group.text}"'s own (rule members-of-named)`}: the unidentified armed side of the ${d.subEventType} event told in sentence ${d.sentence + 1} is "${group.name}".`, { span: group.span })
      d.actor2 = group
      break
    }
  }
}
// "the two men were members of its armed wing", "were its fighters": the dead claimed as a group's own.
const MEMBERS_OF = /\b(?:were|was)\s+(?:(?:members|fighters|commanders|a\s+member|a\s+fighter|a\s+commander)\s+of\s+(?:its|their)|(?:its|their)\s+(?:members|fighters))\b/i
// Right before a named group, in a sentence after the event's: whose the dead were ("the commander belonged to the
// al-Qaeda-linked JNIM", "the men were members of the ADF").
const BELONGED_TO = /\b(?:the|its|their|the\s+dead|those\s+killed|they|he)\b[^.;]{0,40}?\b(?:belonged\s+to|belong\s+to|(?:was|were)\s+(?:a\s+)?(?:members?|fighters?|commanders?|leaders?)\s+of)\s+(?:the\s+)?(?:[\w'’-]+-(?:linked|affiliated|allied|backed)\s+)?$/i
// The group as the teller, a word or two after its name: "Islamic Jihad militant group said".
const GROUP_SAID = /^(?:\s+[\w'’-]+){0,2}\s+(?:said|says|confirmed|announced|stated)\b/i

/** Before a day, a speech verb: the day the source spoke ("said on Tuesday"), not the day of the act. */
const SAID_ON = /\b(?:said|says|announced|reported|stated|confirmed|vowed|pledged|promised|warned|condemned|told\s+(?:\w+\s+){0,3}?)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i
/**
 * The told event is dated by the day its source spoke, and the definite retelling ("killed in the clash, which
 * began late on Monday") names a day one or two days earlier: that is the act's day (rule refers-back).
 */
function actBeforeSaying(doc: Doc, told: EventDraft, draft: EventDraft): boolean {
  if (!told.date?.day || !draft.date?.day || draft.date.precision !== 1 || draft.date.rule === 'date-from-publication') return false
  const gap = (Date.parse(told.date.day) - Date.parse(draft.date.day)) / 86400000
  return gap >= 1 && gap <= 2 && SAID_ON.test(doc.text.slice(Math.max(0, told.date.span[0] - 40), told.date.span[0]))
}


/**
 * "... beheaded five people in an attack on a village last week. The attack took place on Wednesday, the official said":
 * the next sentence points back at the event and names a day inside the week or month it was dated by; ACLED codes that
 * day (rule retold-day). Not a day of telling ("said on Monday").
 */
function retoldDay(doc: Doc, trigger: Span, when: ReturnType<typeof eventDate>): ReturnType<typeof eventDate> {
  const t = when.date
  if (!t?.day || t.precision === 1 || t.rule === 'date-from-publication') return when
  const s = sentenceAt(doc, trigger[0])
  if (s < 0 || s + 1 >= doc.sentences.length || !opensOnEvent(doc, s + 1)) return when
  const [from, to] = t.startDay && t.endDay ? [t.startDay, t.endDay] : t.precision === 2 ? [shiftDay(t.day, -3), shiftDay(t.day, 3)] : [`${t.day.slice(0, 7)}-01`, `${t.day.slice(0, 7)}-31`]
  const [s0, s1] = doc.sentences[s + 1]
  const day = doc.dates.find((d) => d.day && d.precision === 1 && d.span[0] >= s0 && d.span[1] <= s1 && d.day >= from && d.day <= to
    && !TOLD_ON.test(doc.text.slice(Math.max(s0, d.span[0] - 30), d.span[0])))
  if (!day) return when
  const reason = `"${day.text}" in the next sentence, which points back at the event, names its day within "${t.text}" (rule retold-day).`
  say(doc, 'dates', 'retold-day', reason, { span: day.span })
  return { date: day, reason }
}
const shiftDay = (day: string, n: number): string => dayString(dayNumber(day)! + n)

function buildDraft(doc: Doc, c: Candidate, sub: string, trigger: readonly [number, number], docIso: string | null): EventDraft {
  const where = locateEvent(doc, trigger)
  const when = retoldDay(doc, trigger, eventDate(doc, trigger))
  if (!where.place) say(doc, 'events', 'no-place', `No usable place for the event: ${where.reason}.`, { span: trigger })
  if (!when.date) say(doc, 'events', 'date-unknown', `No date for the event: ${when.reason}.`, { span: trigger })
  const iso = where.place?.countryCode ?? docIso
  const context = doc.actors.filter((a) => a.span[1] <= c.span[0] && c.span[0] - a.span[1] < 400)
  const roles = assignRoles(doc, c, sub, trigger, iso, context, when.date?.day ?? null, where.place)
  // The sides may make the event another sub-type than its words ("the victim was a gang member": a clash).
  sub = roles.sub ?? sub
  const types = subType(sub)
  const claims: FatalityClaim[] = []
  const otherClaims: EventDraft['otherClaims'] = []
  for (const n of c.numbers) {
    if (!n.measure || n.measure === 'people' || n.measure === 'other') continue
    const claim = claimOf(n, doc)
    if (n.measure === 'killed') {
      const scope = tollScope(doc, n, c.span, trigger, types.eventType === 'Protests' || types.eventType === 'Riots')
      if (scope.scope === 'other') { say(doc, 'events', 'other-incident-toll', `${scope.why}: not a claim of this event.`, { span: n.span }); continue }
      // "Police arrested 40 people after clashes left five dead": the dead of the act an arrest or another non-violent move
      // follows are that act's, never the arrest's (rule after-act-toll).
      const follows = types.eventType === 'Strategic developments' && sub !== 'Looting/property destruction' && trigger[1] <= n.span[0]
        ? doc.text.slice(trigger[1], n.span[0]).match(CONTEXT_WORD) : null
      if (follows) { say(doc, 'events', 'other-incident-toll', `"${follows[0]}" opens the act the ${sub} event follows: "${n.text}" are that act's dead, not this event's (rule after-act-toll).`, { span: n.span }); continue }
      const contrast = whileClauseAct(doc, c, trigger, n.span)
      if (contrast) { say(doc, 'events', 'other-incident-toll', `"${contrast}" opens a clause of another act before "${n.text}": not a claim of this event (rule while-other-act).`, { span: n.span }); continue }
      if (scope.scope === 'total') { claim.total = true; say(doc, 'events', 'running-total', `${scope.why}: kept as a claim, not as this event's fatalities.`, { span: n.span }) }
      claims.push(claim)
    } else otherClaims.push(Object.assign({}, claim, { measure: n.measure }))   // not a spread: V8's clone of claims of many shapes is slow
  }
  const evidence: EventDraft['evidence'] = { event_type: trigger, sub_event_type: trigger, disorder_type: trigger }
  // The words of each side with their modifiers ("radical separatist demonstrators"): who they are, not the bare noun.
  if (roles.actor1?.text) evidence.actor1 = withModifiers(doc, roles.actor1.span)
  if (roles.actor2?.text) evidence.actor2 = withModifiers(doc, roles.actor2.span)
  if (where.place) { evidence.location = where.place.span; evidence.latitude = where.place.span; evidence.longitude = where.place.span; evidence.country = where.place.span; evidence.admin1 = where.place.span }
  // A date taken from the publication day has no words in the text: no evidence span for it.
  if (when.date && when.date.span[1] > when.date.span[0]) { evidence.event_date = when.date.span; evidence.time_precision = when.date.span }
  const counted = claims.find((x) => !x.total)
  if (counted) evidence.fatalities = counted.span
  return {
    eventType: types.eventType, subEventType: sub, disorderType: types.disorder,
    actor1: roles.actor1, actor2: roles.actor2, assoc1: roles.assoc1, assoc2: roles.assoc2,
    place: where.place, ...(where.via === 'dateline' ? { placeFromDateline: true } : {}), date: when.date, claims, otherClaims, status: 'reported', confidence: 0,
    trigger, sentence: c.sentence, evidence, notes: '',
  }
}

/**
 * "Riot police were attacked after rioters hurled missiles on Tuesday night": a day told after "after … <verb>" is
 * another act's (mentions/dates), but when a word of the event's own kind names that act ("rioters"), the act is
 * this incident, and its day is the event's. Only for an event that has no day of its own in the text.
 */
function sameActDay(doc: Doc, c: Candidate, trigger: Candidate['hits'][number], draft: EventDraft): void {
  if (draft.date && draft.date.rule !== 'date-from-publication') return
  for (const h of c.hits) {
    if (h === trigger || h.family !== trigger.family || h.span[0] <= trigger.span[1]) continue
    const own = eventDate(doc, h.span).date
    if (!own || own.rule === 'date-from-publication' || own.span[0] < c.span[0] || own.span[1] > c.span[1]) continue
    draft.date = own
    draft.evidence.event_date = own.span; draft.evidence.time_precision = own.span
    say(doc, 'events', 'same-act-day', `"${doc.text.slice(h.span[0], h.span[1])}" after "${doc.text.slice(trigger.span[0], trigger.span[1])}" names the same incident: it takes that act's day, "${own.text}".`, { span: own.span })
    return
  }
}

// "The attack was carried out by (members of) X", "was claimed by X": X did the act told again (rule retold-names-group).
const RETOLD_AGENT = /^\s+(?:(?:on|last|early\s+on|late\s+on)\s+[\w'’]+\s+|in\s+[\w'’]+\s+)?(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:carried\s+out|claimed|perpetrated|committed|staged|launched|led)\s+by\s+(?:(?:members|fighters|militants|gunmen)\s+of\s+)?(?:the\s+)?$/i
// "Suspected herders had killed a farmer": an act before the one told; "said (that) ... had" is reported speech.
const BEGAN_WHEN = new RegExp(`^\\W*(?:the|this|that)\\s+(?:[\\w'’-]+\\s+){0,2}?(${cueSource('retold-nouns')})\\s+(?:${cueSource('retold-began')})\\b[^.;]{0,60}?\\b(?:as|when)\\s+[^.;]*$`, 'i')
// Right after a weak word, where it happened, in one clause: "drones over several Russian regions ..., including 15 over the Bryansk region".
const OVER_PLACE = /^[^.;:]*\b(?:over|in|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i
// Of the nouns BEGAN_WHEN takes (its group 1), those that name a fight between sides, not one side's act.
const FIGHT_NOUN = /^(?:fighting|clashes|clash|gunfight|battle|offensive)$/i
const RETOLD_AS = new RegExp(`^\\s+(?:${cueSource('retold-began')})\\b[^.;,]{0,40}?\\b(?:as|when)\\s+(?:the\\s+)?$`, 'i')
const PLUPERFECT = /^\s*(?:[\w'’-]+\s+){0,3}?had\s+(?:\w+ly\s+)?$/i
const SAID_THAT = /\b(?:said|says|claimed|announced|stated|reported)\b/i
// "JNIM said on Friday it had seen the attack": the side speaks of the act told, but only a verb of doing ("said it had carried
// out the attack", cues.yaml claims-it-verbs) makes it its doer; one of seeing or hearing makes it a witness (rule said-it-saw).
// Tested on the text between the side and the act's word.
const saidItHead = `\\b${cueSource('reported-speech')}\\b[^.;]*?\\b${cueSource('said-it-subjects')}\\s+(?:(?:had|has|have)\\s+)?`
const saidItTail = '\\s+(?:(?:the|an|a|this|that|its|their)\\s+)?$'
const SAID_IT_DID = new RegExp(`${saidItHead}${cueSource('claims-it-verbs')}${saidItTail}`, 'i')
// The verb itself, not an auxiliary ("said it had taken control": the act's own word comes next).
const SAID_IT_VERB = new RegExp(`${saidItHead}(?!(?:had|has|have|was|were|is|are|be|been|being|would|will|could|did|does|do)\\b)[a-z]+(?:\\s+(?:out|off|up|behind))?${saidItTail}`, 'i')
/** The side named before an act's word says it saw, heard or met the act, not that it did it (rule said-it-saw). */
function saidItSaw(between: string): boolean {
  return SAID_IT_VERB.test(between) && !SAID_IT_DID.test(between)
}

/**
 * ", while", "; meanwhile" or ", and" between an act and a later figure ("captured the town, while junta air strikes killed 12
 * villagers", "had taken the town, and residents said an air strike hours later killed nine"); the clause must hold a strong
 * word of another kind of act (whileClauseAct).
 */
const WHILE_CLAUSE = /(?:,|;|—)\s*(?:while|whereas|meanwhile|and)\s/gi

/**
 * The contrast word, when a clause it opens after the event's act holds a strong act of another kind before the figure:
 * the figure is that act's toll ("rebels said they had captured the town, while junta air strikes killed at least 12
 * villagers"). Null when the clause only goes on with the same act ("clashed with militants, while three civilians died"), or its
 * act is a killing or fighting word, which may tell the same act's toll ("repelled the militants, while Al Shabaab claimed to
 * have killed four soldiers in the attack").
 */
function whileClauseAct(doc: Doc, c: Candidate, trigger: Span, at: Span): string | null {
  if (trigger[1] > at[0]) return null
  const own = c.hits.find((h) => h.span[0] === trigger[0])
  for (const m of doc.text.slice(trigger[1], at[0]).matchAll(WHILE_CLAUSE)) {
    const from = trigger[1] + m.index!
    if (c.hits.some((h) => h.span[0] > from && h.span[1] <= at[0] && h.weight > 1 && h.family !== own?.family && h.family !== 'civilian' && h.family !== 'battle')) return m[0].replace(/^[,;—]\s*/, '').trim()
  }
  return null
}

/** A speech verb before an act ("said in a statement that its fighters had killed"). */
const SAID = cue('reported-speech')
/** Sentences after an event's last within which a side's pluperfect figures still speak of it. */
const CLAIM_REACH = 2

/** At the head of a sentence, before its act: it tells an incident apart from those before (cues.yaml `separate-incident`). */
const CAME_AFTER = cue('came-after')
/** From a sentence's start to its first town: "In the capital Dhaka, ...", "In the town of X, ...", "In nearby X, ...". */
const TOWN_OPENER = /^\W*(?:Meanwhile,?\s+|Elsewhere,?\s+)?In\s+(?:the\s+)?(?:(?:capital|city|town|village|port|northern|southern|eastern|western|central|nearby|neighbouring|neighboring)\s+(?:city\s+|town\s+)?(?:of\s+)?)?$/
const SEPARATE = new RegExp(`^\\W*${cueSource('separate-incident')}\\b`, 'i')
const SEPARATE_EARLIER = new RegExp(`^\\W*${cueSource('separate-earlier')}\\b`, 'i')
/** "Police backed by the mission later pushed the gangs back": a subject, then an answer told later (cues.yaml `separate-later`). */
const SEPARATE_LATER = new RegExp(`^[^,;:.]{0,100}?\\b${cueSource('separate-later')}\\s+${cueSource('separate-later-acts')}\\b`, 'i')
/** "Security forces later killed eight militants": the forces, the subject, kill in an answer told later (cues `separate-later-kills`). */
const SEPARATE_LATER_KILLS = new RegExp(`^\\W*(?:[\\w'’-]+\\s+){0,2}?(?:${cueSource('security-forces')})\\s+${cueSource('separate-later')}\\s+${cueSource('separate-later-kills')}\\b`, 'i')

/** Sentences after a protest or riot within which "the crowd" still names its crowd. */
const CROWD_REACH = 2
const STATE_FORCE = /^(?:Police|Military) Forces of /

/** The reported protest or riot told in the last CROWD_REACH sentences before the candidate's, if any. */
function lastProtest(c: Candidate, drafts: EventDraft[], last: Map<EventDraft, number>): EventDraft | undefined {
  return drafts.filter((d) => subType(d.subEventType).kind === 'protest' && d.status === 'reported' && c.sentence - (last.get(d) ?? d.sentence) <= CROWD_REACH).pop()
}

/**
 * The protest a clash sentence continues (rule protest-then-clash): an Armed clash whose only sides named in the sentence
 * are state forces (the other side is the word "clashes" itself), told within two sentences of a reported protest, with
 * no town or day of its own other than the protest's.
 */
function clashOfProtest(doc: Doc, c: Candidate, trigger: Candidate['hits'][number], draft: EventDraft, drafts: EventDraft[], last: Map<EventDraft, number>): EventDraft | null {
  if (draft.subEventType !== 'Armed clash' || draft.status !== 'reported' || !MUTUAL_CLASH.test(trigger.phrase)) return null
  const others = c.actors.filter((a) => !(a.span[0] >= trigger.span[0] && a.span[1] <= trigger.span[1]))
  if (!others.length || !others.every((a) => STATE_FORCE.test(a.name))) return null
  const told = lastProtest(c, drafts, last)
  if (!told || told !== drafts[drafts.length - 1]) return null
  const town = doc.places.find((p) => p.kind === 'place' && sentenceAt(doc, p.span[0]) === c.sentence && p.geonameid !== told.place?.geonameid)
  if (town) return null
  if (draft.date && draft.date.rule !== 'date-from-publication' && told.date?.day && draft.date.day !== told.date.day) return null
  return told
}
/**
 * "Late in the evening, a group of masked men threw bottles at students": a riot word whose target is the crowd of the
 * peaceful protest it folds into, done by others than that crowd, is force used on the protest, not the protest turned
 * violent: a protest with intervention, its doers the second side (rule attack-on-protest; cues.yaml protest-crowds).
 */
function attackOnProtest(doc: Doc, told: EventDraft, draft: EventDraft, trigger: Candidate['hits'][number]): EventDraft | null {
  if (told.subEventType !== 'Peaceful protest' || subType(draft.subEventType).eventType !== 'Riots') return null
  const si = sentenceAt(doc, trigger.span[0])
  const start = si >= 0 ? doc.sentences[si][0] : trigger.span[0]
  if (!AT_CROWD.test(doc.text.slice(trigger.span[1], trigger.span[1] + 40)) || CROWD_SUBJECT.test(doc.text.slice(start, trigger.span[0]))) return null
  const others = genericActor('rioters', told.actor1?.countryCode ?? null, told.date?.day ?? doc.article.published)
  say(doc, 'events', 'attack-on-protest', `"${trigger.phrase}" is done to the protest's crowd by others: force used on the protest told in sentence ${told.sentence + 1}, not its crowd's violence.`, { span: trigger.span })
  return { ...draft, ...typeOf('Protest with intervention'), weight: 2, actor1: null, assoc1: [], assoc2: [],
    actor2: { span: trigger.span, text: '', score: 0.4, rule: 'attack-on-protest', name: others.name, inter: others.inter, countryCode: others.countryCode, role: 'rioter', generic: true } }
}
const AT_CROWD = new RegExp(`^[^.;]{0,20}?\\b(?:at|on|against)\\s+(?:the\\s+|a\\s+group\\s+of\\s+)?${cueSource('protest-crowds')}\\b`, 'i')
const CROWD_SUBJECT = new RegExp(`\\b${cueSource('protest-crowds')}\\b`, 'i')

/**
 * The reported attack by a state force on civilians, told in the last two sentences, whose victims the crowd of a violent
 * demonstration names again (the same noun: "workers" shot, "workers" who threw stones), on its day and in its town.
 */
function shotCrowd(c: Candidate, draft: EventDraft, drafts: EventDraft[], last: Map<EventDraft, number>): EventDraft | null {
  if (draft.subEventType !== 'Violent demonstration' || draft.status !== 'reported' || draft.actor1?.role !== 'rioter' || !draft.actor1.text) return null
  const told = [...drafts].reverse().find((d) => d.subEventType === 'Attack' && d.status === 'reported' && !!d.actor1 && STATE_FORCE.test(d.actor1.name)
    && !!d.actor2?.name.startsWith('Civilians') && c.sentence - (last.get(d) ?? d.sentence) <= 2)
  if (!told?.actor2?.text) return null
  if (draft.place && told.place && draft.place.geonameid !== told.place.geonameid) return null
  if (draft.date?.day && told.date?.day && draft.date.rule !== 'date-from-publication' && draft.date.day !== told.date.day) return null
  const head = (text: string) => (text.toLowerCase().match(/[a-z]+/g) ?? []).pop()?.replace(/s$/, '') ?? ''
  return head(told.actor2.text) === head(draft.actor1.text) && head(draft.actor1.text) !== '' ? told : null
}

/** The reported protest met by a force, told in the last sentences, whose day and town a killing by that force shares. */
function killedAtProtest(doc: Doc, c: Candidate, trigger: Candidate['hits'][number], draft: EventDraft, drafts: EventDraft[], last: Map<EventDraft, number>): EventDraft | null {
  if (draft.subEventType !== 'Attack' || draft.status !== 'reported' || !draft.actor1) return null
  if (!draft.actor2?.generic || !draft.actor2.name.startsWith('Civilians')) return null
  const told = lastProtest(c, drafts, last)
  if (!told) return null
  // "Police fired live rounds at protesters ... A rights group said 10 people had been shot dead in the capital and in
  // Matola": people shot with no shooter named, on the day of a protest a force fired on, in its town or one beside it,
  // were shot by that force (unless the sentence opens as another incident).
  const unnamed = draft.actor1.generic && draft.actor1.inter === 3 && SHOT.test(trigger.phrase)
    && [told.actor1, told.actor2].some((a) => a && STATE_FORCE.test(a.name)) && !SEPARATE.test(doc.text.slice(c.span[0], trigger.span[0]))
  if (!unnamed && (!STATE_FORCE.test(draft.actor1.name) || (told.actor2?.name !== draft.actor1.name && told.actor1?.name !== draft.actor1.name))) return null
  if (draft.place && told.place && draft.place.geonameid !== told.place.geonameid && !(unnamed && nextTo(draft.place, told.place))) return null
  if (draft.date?.day && told.date?.day && draft.date.day !== told.date.day) return null
  return told
}
const SHOT = /^shot\b/i
/** Two towns a neighbouring city's width apart (Maputo and Matola), as one day's unrest spreads. */
function nextTo(a: PlaceMention, b: PlaceMention): boolean {
  return a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null && km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEXT_TOWN_KM
}
const NEXT_TOWN_KM = 25
const MUTUAL_CLASH = /^(?:clash|confrontation|scuffle|skirmish)/i
const CROWD_AGAIN = new RegExp(`(?:^|[^\\w])${cueSource('crowd-again')}\\b[^.;:]{0,60}$`, 'i')

/**
 * The protest or riot whose crowd the candidate's sentence names again as the doer of its act ("The protesters then
 * stormed the governor's office"): told in the last two sentences, in the town the sentence names if it names one,
 * on the day it names if it names one.
 */
function crowdAgain(doc: Doc, c: Candidate, trigger: Candidate['hits'][number], draft: EventDraft, drafts: EventDraft[], last: Map<EventDraft, number>): EventDraft | null {
  const kind = subType(draft.subEventType).kind
  if (kind !== 'protest' || draft.status !== 'reported') return null
  if (!CROWD_AGAIN.test(doc.text.slice(c.span[0], trigger.span[0]))) return null
  const told = lastProtest(c, drafts, last)
  if (!told) return null
  // Not where a road leads ("blocked the highway to Nairobi"): that town is no place of another incident.
  const route = frameKnowledge().routeBefore.map((r) => r.join(' '))
  const town = doc.places.find((p) => p.kind === 'place' && sentenceAt(doc, p.span[0]) === c.sentence && p.geonameid !== told.place?.geonameid
    && !(p.cue && route.includes(p.cue.toLowerCase())))
  if (town) return null
  if (draft.date && draft.date.rule !== 'date-from-publication' && told.date?.day && draft.date.day !== told.date.day) return null
  return told
}

/** The sentence names a non-human cause of death ("the flu outbreak, which caused 89 deaths") and no weapon (gate.yaml `causes`, `weapons`). */
function causeOfDeath(doc: Doc, si: number): boolean {
  const g = gateKnowledge()
  const t = doc.tokens
  let from = 0
  while (from < t.count && t.sentence[from] < si) from++
  let to = from
  while (to < t.count && t.sentence[to] === si) to++
  return g.causes.scan(t, from, to).length > 0 && g.weapons.scan(t, from, to).length === 0 && g.armedAgents.scan(t, from, to).length === 0
}

/** Gate rules (gate/sentence.ts) that say a sentence tells another act than the news: its figures are that act's. */
const NOT_THIS_ACT = new Set(['court-proceeding', 'attribution', 'history', 'funeral', 'topic', 'hypothetical', 'protection', 'founding-purpose', 'agreement-in-force', 'lone-surrender', 'feared', 'war-end', 'threat', 'conditional-threat', 'campaign-start', 'agreement-frame', 'unknown-count',
  'non-human-cause', 'animal-victim', 'figurative', 'false-friend', 'naming', 'background-undated', 'vague-plan',
  // a report's or a recap's summary ("Here is a summary: drones killed one person in Kharkiv"), a total over a period
  // ("11 people had been killed in Israeli strikes during the month"): its figures are those of the acts it sums up, not
  // more of the event told just before (rule long40 recap)
  'report-summary', 'period-total'])

/** Gate rules that read a trigger as no act at all, leaving its sentence's figures to the event told before. */
const SET_ASIDE = new Set(['displacement-total', 'weak-alone', 'no-firing'])

/**
 * Figures often come a sentence or two after the act, in sentences with no trigger of their own
 * ("It put the losses on the government side at 180 soldiers."): they belong to the event before.
 */
/** A sentence that opens with a quotation mark: a speaker's words. */
const QUOTE_OPENS = /^\s*["“]/

function attachFollowingCounts(doc: Doc, drafts: EventDraft[], candidates: Candidate[], last: Map<EventDraft, number>): void {
  const owned = new Set<number>()
  for (const d of drafts) for (const c of [...d.claims, ...d.otherClaims]) owned.add(c.span[0])
  const candidateSentences = new Set(candidates.map((c) => c.sentence))
  // Sentences that open with a quotation mark: a speaker's words (rule quote-in-story, below).
  const quoted = doc.sentences.map(([a, b]) => QUOTE_OPENS.test(doc.text.slice(a, b)))
  // A sentence whose act the gate read as a court case, history, a cause of death or a figure of speech ("sentenced
  // for the killing of 35 villagers in 2017") counts that act's dead, not the dead of the event before it.
  const elsewhere = new Set(doc.messages.filter((m) => m.stage === 'events' && m.span && NOT_THIS_ACT.has(m.rule)).map((m) => sentenceAt(doc, m.span![0])))
  // A sentence whose only event words were set aside as no act at all ("three dead and five wounded, who have been
  // evacuated": a displacement word that tells how many left) keeps no figures of its own: they follow the event before
  // as a sentence with no trigger would (rule count-beside-set-aside).
  const bySentence = new Map<number, string[]>()
  for (const m of doc.messages) if (m.stage === 'events' && m.span) bySentence.set(sentenceAt(doc, m.span[0]), [...(bySentence.get(sentenceAt(doc, m.span[0])) ?? []), m.rule])
  const setAside = new Set([...bySentence].filter(([si, rules]) => !drafts.some((d) => d.sentence === si) && rules.every((r) => SET_ASIDE.has(r))).map(([si]) => si))
  for (const n of doc.numbers) {
    if (owned.has(n.span[0]) || !n.measure || n.measure === 'people' || n.measure === 'other') continue
    const si = sentenceAt(doc, n.span[0])
    if (candidateSentences.has(si) && !setAside.has(si)) continue
    if (n.measure === 'killed' && causeOfDeath(doc, si)) { say(doc, 'events', 'count-elsewhere', `"${n.text}" counts the dead of a disease, an accident or a disaster its sentence names, with no weapon: not a claim of the event before.`, { span: n.span }); continue }
    if (elsewhere.has(si)) { say(doc, 'events', 'count-elsewhere', `"${n.text}" counts the act its sentence tells as a court case, history or no violence at all: not a claim of the event before.`, { span: n.span }); continue }
    // "Separately, two men were killed in a dispute over land ...": a sentence that opens as another incident counts its own
    // dead, not the event's before it (rule count-separate).
    const open = SEPARATE.exec(doc.text.slice(doc.sentences[si][0], n.span[0]))
    if (open) { say(doc, 'events', 'count-elsewhere', `"${n.text}" is counted in a sentence that opens as another incident ("${open[0].trim()}"): not a claim of the event before (rule count-separate).`, { span: n.span }); continue }
    // A witness's quoted words between the event and the figure ("My brother was shot in the back," said ...) go on
    // about it: they do not count in the reach (rule quote-in-story).
    const reach = (d: EventDraft) => { const from = last.get(d) ?? d.sentence; let n = si - from; for (let x = from + 1; x < si; x++) if (quoted[x]) n--; return n }
    const owner = drafts.filter((d) => d.sentence < si && reach(d) <= 2 && d.status !== 'planned')
      .sort((a, b) => (last.get(a) ?? a.sentence) - (last.get(b) ?? b.sentence)).pop()
    if (!owner) continue
    const claim = claimOf(n, doc)
    if (n.measure === 'killed') {
      const scope = tollScope(doc, n, doc.sentences[si], null, owner.eventType === 'Protests' || owner.eventType === 'Riots')
      // "It put the losses on the other side at 180": a figure right after a running total continues it.
      const previous = [...owner.claims].reverse().find((x) => x.span[1] <= n.span[0])
      const continues = previous?.total === true && sentenceAt(doc, previous.span[0]) === si - 1
      if (scope.scope === 'other') { say(doc, 'events', 'other-incident-toll', `${scope.why}: not a claim of this event.`, { span: n.span }); continue }
      if (scope.scope === 'total' || continues) {
        claim.total = true
        say(doc, 'events', 'running-total', `${scope.scope === 'total' ? scope.why : `"${n.text}" continues the running total before it`}: kept as a claim, not as this event's fatalities.`, { span: n.span })
      }
      owner.claims.push(claim)
      if (!claim.total) owner.evidence.fatalities ??= n.span
    } else owner.otherClaims.push({ ...claim, measure: n.measure })
    // The story of the event goes on through its figures: the next sentence's figures may follow these ones.
    if (si > (last.get(owner) ?? owner.sentence)) last.set(owner, si)
    say(doc, 'events', 'count-follows', `"${n.text}" (${n.measure}) follows the ${owner.subEventType} event and is kept as its claim.`, { span: n.span })
  }
}

/** Days before publication within which a date is news, not history (as status.ts decides). */
const RECENT_DAYS = 45
const VIOLENCE = new Set(['Battles', 'Violence against civilians', 'Explosions/Remote violence'])
const RECALLS = cue('recall-words')
const RECOUNT = cue('recount-before')

function recent(doc: Doc, day: string | null): boolean {
  // With no publication date, the latest day the article names in full stands for it (status.ts before-latest-date).
  const published = doc.article.published ?? latestDay(doc)
  if (!day || !published) return !!day
  return Date.parse(published) - Date.parse(day) <= RECENT_DAYS * 86400000
}

/** The oldest date in the sentence that lies before the news window: the date of the history it recalls. */
/**
 * "Four were killed in clashes between two armed groups ... The fighting broke out between the Rada force and another
 * armed group": a retelling that names a side of the fight after its word gives the told event's unnamed side of that
 * kind its name (rule named-on-retelling). Only in the word's own clause: sides named before the word are the speaker's
 * ("police in Gusau confirmed the attack"), a side that only tells ("..., the army said") is no side, and a sentence that
 * says no one claimed the act names a suspect at most ("No group claimed the attack, but JNIM fighters are active").
 */
function namedOnRetelling(doc: Doc, told: EventDraft, draft: EventDraft, trigger: Span, clause: Span): void {
  // Named as the pair that fought ("between X and Y", "pitted X against Y"), not as a suspect or a setting ("the attack
  // may have been revenge for a cartel boss's capture", "in a region where the ELN is present").
  // The pair word stands in the act's own clause; its second side may follow an aside ("pitted the Special Deterrence
  // Force, known as Rada, against the Stability Support Apparatus"), in the same sentence.
  // Not a pair denied ("the clashes were not due to a conflict between the MILF and the MNLF").
  const pair = TWO_SIDES_WORD.exec(doc.text.slice(trigger[1], clause[1]))
  if (!pair || NEGATION.test(doc.text.slice(trigger[1], trigger[1] + pair.index))) return
  const from = trigger[1] + pair.index
  const sentence = sentenceAt(doc, trigger[0])
  // The named armed groups of the pair, also where the roles gave the sentence's other people a slot ("pitted X against
  // fighters of Y, ..., adding that six people were killed"); an aside about a side does not count towards the reach.
  const pairSides = doc.actors.filter((a) => !a.generic && a.role === 'armed' && a.span[0] >= from && sentenceAt(doc, a.span[0]) === sentence)
  const sides = [draft.actor1, draft.actor2, ...pairSides].filter((a, i, all) => a && all.findIndex((b) => b?.name === a.name) === i)
  for (const side of sides) {
    if (!side || side.generic || side.role !== 'armed' || side.span[0] < from || sentenceAt(doc, side.span[0]) !== sentence
      || doc.text.slice(from, side.span[0]).replace(/,[^,.;]{1,80},/g, ',').length > PAIR_REACH) continue
    if (told.actor1?.name === side.name || told.actor2?.name === side.name) continue
    if (conventions().speakerAfter(doc.text.slice(side.span[1], side.span[1] + 60))) continue
    const unnamed = (a: ActorMention | null) => !!a && a.generic && a.role === 'armed' && (a.inter === side.inter || (a.name.startsWith('Unidentified Armed Group') && side.inter >= 2 && side.inter <= 4))
    const slot = unnamed(told.actor1) ? 'actor1' : unnamed(told.actor2) ? 'actor2' : null
    if (!slot) continue
    say(doc, 'events', 'named-on-retelling', `"${side.text}" is named as a side where the ${told.subEventType} event told in sentence ${told.sentence + 1} is retold: it takes the place of "${told[slot]!.name}".`, { span: side.span })
    told[slot] = side
  }
}

// ... or by its verb of saying: "ISWAP, which split from Boko Haram in 2016, said ... its fighters had killed 25 soldiers".
const AUX_AFTER_ASIDE = /^,\s+(?:have|has|had|are|is|were|was|said|says|told|claimed|announced|added|stated)\b/i
function olderDateIn(doc: Doc, sentence: Span, trigger?: Span): DateMention | null {
  // Not a campaign's length ("the nine-month battle to retake Mosul"): counted back from publication, it dates a campaign
  // still going on, never history (rule length-no-history).
  // Nor a date inside a ", who ... ," aside closed before the act: "troops, who were sent in 2022 to help the army, have
  // driven the rebels out of the main towns" dates the sending, not the act (rule aside-date).
  const aside = (d: DateMention): boolean => {
    if (!trigger || d.span[1] > trigger[0]) return false
    const open = doc.text.lastIndexOf(',', d.span[0])
    if (open < sentence[0] || !/^,\s+(?:who|which|whose)\b/i.test(doc.text.slice(open, open + 10))) return false
    // closed by the main clause's own auxiliary: ", killing 69 people" goes on inside the aside
    const close = doc.text.indexOf(',', d.span[1])
    return close >= 0 && close < trigger[0] && AUX_AFTER_ASIDE.test(doc.text.slice(close, trigger[0]))
  }
  const old = doc.dates.filter((d) => d.day && d.span[0] >= sentence[0] && d.span[1] <= sentence[1] && !recent(doc, d.day) && d.rule !== 'campaign' && !aside(d))
  return old.sort((a, b) => a.day!.localeCompare(b.day!))[0] ?? null
}

/**
 * "Police arrested 37 people" after a protest, a riot or an attack told just before, in the same place:
 * the arrests are the security forces' response to that event (a protest with intervention already
 * says it), not a strategic development of their own; a local truce the next morning is its end.
 * Which sub-types: data/events/cues.yaml `follow-up-subtypes`. Their figures stay with the event they follow.
 */
function followUpArrests(doc: Doc, drafts: EventDraft[], last: Map<EventDraft, number>): void {
  for (const d of [...drafts]) {
    // A state's own word on its response to a riot or a protest ("the government said it had arrested 25 people") follows
    // it all the same (rule follow-up-claimed): the crowd's arrests are part of the demonstration event. (Not after an
    // attack: "the military said it had detained an Israeli civilian" after settlers' raid is its own claimed Arrests.)
    const stateClaim = d.status === 'claimed' && d.actor1?.inter === 1
    if (!cueWhole('follow-up-subtypes').test(d.subEventType) || (d.status !== 'reported' && !stateClaim)) continue
    const at = sentenceAt(doc, d.trigger[0])
    // Within six sentences of the last one that told the event (a long battle story reaches its arrests late).
    const before = drafts.filter((e) => e !== d && e.sentence < at && at - Math.max(e.sentence, Math.min(at - 1, last.get(e) ?? e.sentence)) <= 6 && (e.status === 'reported' || e.status === 'claimed')
      && e.eventType !== 'Strategic developments' && (samePlace(e, d) || placeBorrowedNearby(doc, d, e, at) || NATIONWIDE.test(doc.text.slice(doc.sentences[at][0], doc.sentences[at][1])))).pop()
    if (!before || (d.status !== 'reported' && before.eventType !== 'Riots' && before.eventType !== 'Protests')) continue
    // "Police dispersed them and arrested 60 of them" right after a protest: the force that arrests is the protest's
    // second side (metByForce then retypes it). Only the next sentences of the same day: later arrests are another act.
    const force = d.actor1 && isForce(d.actor1) ? d.actor1 : null
    // Not when the protest is about an arrest ("protested against the arrest of their editor. He was arrested in ...").
    const about = roleCues().detention(doc.text.slice(doc.sentences[before.sentence][0], doc.sentences[before.sentence][1]))
    // A done arrest ("arrested", "arrests were made"), not a threat of one ("can expect immediate arrest").
    const done = /(?:ed|s)$/i.test(doc.text.slice(d.trigger[0], d.trigger[1]))
    if (force && done && !about && before.subEventType === 'Peaceful protest' && !before.actor2 && d.subEventType === 'Arrests' && at - before.sentence <= 2
      && (!d.date || d.date.rule === 'date-from-publication' || d.date.day === before.date?.day)) {
      before.actor2 = force
      say(doc, 'events', 'arrests-at-protest', `"${doc.text.slice(d.trigger[0], d.trigger[1])}" (sentence ${at + 1}): ${force.name} arrested people of the protest told just before, its second side.`, { span: d.trigger })
    }
    for (const x of d.otherClaims) if (!before.otherClaims.some((y) => y.span[0] === x.span[0])) before.otherClaims.push(x)
    drafts.splice(drafts.indexOf(d), 1)
    say(doc, 'events', 'follow-up', `The ${d.subEventType} (sentence ${at + 1}) follows the ${before.subEventType} event told in sentence ${before.sentence + 1}, in the same place: the response to it or its end, not an event of its own.`, { span: d.trigger })
  }
}

// A named group's claim of the act just told: "JNIM claimed the attack", "al-Shabaab, in a statement, said it carried out the bombing".
// The group's short name in brackets may stand between it and the claim: "the Balochistan Liberation Army (BLA) claimed responsibility".
// Or the name closes an apposition opened before it ("The group's affiliate, known as Islamic State Khorasan Province, claimed").
const CLAIMS_ACT = new RegExp(`^(?:\\s+${cueSource('claims-act-heads')})?\\s*(?:\\)\\s*)?(?:\\([^()]{1,30}\\)\\s*)?(?:,[^,.;]{0,40},\\s*|,\\s*)?${cueSource('claims-act')}\\s+${cueSource('claims-act-object')}\\b`, 'i')
// A group that said, and where and when: "al Shabaab said (on Tuesday) (in a statement) (on one of its websites) (that)";
// `outlets` are the words before where it said it.
const saidWhere = (outlets: string): string => `^(?:\\s+${cueSource('claims-act-heads')})?\\s*(?:\\)\\s*)?(?:\\([^()]{1,30}\\)\\s*)?said(?:\\s+(?:on|late on|early on)\\s+[A-Z]\\w+)?(?:\\s+in\\s+a\\s+statement)?(?:\\s+(?:on|posted on|published on|carried by|sent to)\\s+(?:${outlets})\\s+(?:[\\w'’-]+\\s+){0,2}?[\\w'’-]+)?(?:\\s+that)?`
// "The Baloch Liberation Army (BLA) said on Tuesday its fighters had blown up the track": a group telling what its own
// fighters did claims the act (cues.yaml claims-own-fighters). Where it said it may stand between ("said in a statement
// on its radio station that its fighters had fired").
const OWN_FIGHTERS = new RegExp(`${saidWhere('its|their|the|a')}\\s+(?:its|their)\\s+${cueSource('claims-own-fighters')}\\s+had\\s+(?:\\w+ly\\s+)?[a-z]{3,}(?:ed|en|wn|ck|ot|ok|ught)\\b`)
// "al Shabaab said in a statement on one of its websites that it had carried out the attack": where it said it may stand
// between, as for its fighters (cues.yaml claims-it-verbs).
const CLAIMS_IT = new RegExp(`${saidWhere('its|their|the|a|one\\s+of\\s+its')}\\s+it\\s+(?:had\\s+)?${cueSource('claims-it-verbs')}\\s+${cueSource('claims-act-object')}\\b`, 'i')
// "It blamed the Carlos Patino front": a group the report or a side blames for the act just told (roles.ts BLAMED_BEFORE).
// "blaming the federal army": a state force's name may follow a lower-case word or two the mention leaves out.
const BLAMED_FORCE = new RegExp(`\\b${cueSource('blame-before')}\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[a-z-]+\\s+){0,2}$`)
// "The federal army was blamed for the strike": the side named before a passive blame.
const BLAMED_AFTER = /^\s+(?:was|were|is|are|has been|have been|had been)\s+(?:widely\s+|largely\s+)?blamed\b/i

/**
 * "Gunmen killed 12 worshippers on Friday. ... JNIM claimed the attack on Saturday" ("The army blamed JNIM"): a named armed
 * group claiming the act, or blamed for it, in the (up to three) sentences right after it is its actor1 when the report named no side
 * (ACLED codes a claimed or attributed act to that group).
 * Not after a sentence saying no one claimed it, nor across another event's sentence.
 */
function claimedAfter(doc: Doc, drafts: EventDraft[], last: Map<EventDraft, number>): void {
  for (const d of drafts) {
    if (d.status !== 'reported' && d.status !== 'claimed') continue
    // The unnamed armed side: the doer, or the one a state force fought ("forces ended a siege by militants ... The BLA
    // said its fighters had stopped the train": the group that says its fighters did the act is that side).
    const unnamed = (a: EventDraft['actor1']) => !!a?.generic && a.inter >= 2 && a.inter <= 4
    const slot = unnamed(d.actor1) ? 'actor1' : d.eventType === 'Battles' && d.actor1 && isForce(d.actor1) && unnamed(d.actor2) ? 'actor2' : null
    if (!slot) continue
    // Three sentences on: a story of a bombing tells the damage and the dead before the side blamed ("The army blamed the ELN").
    // A claim of responsibility in its own words reaches two sentences further (a quote and a toll may stand between: rule claim-reach).
    const near = (last.get(d) ?? d.sentence) + 3
    const upTo = near + 2
    // The event's own sentence too, for a side blamed in it ("killed 12 passengers, residents said, blaming the federal
    // army"): a state's forces blamed as well as a group (rule blamed-in-sentence).
    for (let si = d.sentence; si <= upTo && si < doc.sentences.length; si++) {
      const own = si === d.sentence
      if (!own && drafts.some((e) => e !== d && e.sentence === si)) break
      const [s0, s1] = doc.sentences[si]
      if (UNCLAIMED.test(doc.text.slice(s0, s1))) break
      // "A spokesman said the military had targeted a gathering of extremists": a state's force its side says struck (rule denial-then-admits).
      const admitted = own ? null : admitsIn(doc, si)
      const blamed = (a: ActorMention) => BLAMED_BEFORE.test(doc.text.slice(Math.max(s0, a.span[0] - 40), a.span[0]))
        || (!!admitted && a.inter === 1 && a.span[0] >= admitted.span[0] && a.span[1] <= admitted.span[1])
        || (a.inter === 1 && BLAMED_FORCE.test(doc.text.slice(Math.max(s0, a.span[0] - 50), a.span[0])))
        || BLAMED_AFTER.test(doc.text.slice(a.span[1], Math.min(s1, a.span[1] + 40)))
      const claims = (a: ActorMention) => CLAIMS_ACT.test(doc.text.slice(a.span[1], Math.min(s1, a.span[1] + 120))) || CLAIMS_IT.test(doc.text.slice(a.span[1], Math.min(s1, a.span[1] + 160)))
      const group = doc.actors.find((a) => a.span[0] >= s0 && a.span[1] <= s1 && !a.generic && (si > near ? a.inter >= 2 && a.inter <= 4 && claims(a) : own
        ? a.inter >= 1 && a.inter <= 4 && a.role === 'armed' && blamed(a)
        : a.inter === 1 ? a.role === 'armed' && blamed(a)
        : a.inter >= 2 && a.inter <= 4
          && (CLAIMS_ACT.test(doc.text.slice(a.span[1], Math.min(s1, a.span[1] + 120))) || CLAIMS_IT.test(doc.text.slice(a.span[1], Math.min(s1, a.span[1] + 160))) || OWN_FIGHTERS.test(doc.text.slice(a.span[1], Math.min(s1, a.span[1] + 120)))
            || blamed(a))))
        // "He blamed Fulani herders": a people blamed for the act is its ethnic militia, as ACLED names it (rule blamed-people).
        ?? (own || si > near ? undefined : blamedPeople(doc, s0, s1))
      if (!group || group.name === d.actor1?.name) continue
      if (group.name === d.actor2?.name) {
        // "Drones struck a fuel depot in Port Sudan, the army said, blaming the RSF": the group blamed in the act's own
        // sentence, already taken as what the drones hit by the article's reading of its sides (roles.ts blamed-not-target
        // keeps it from being the side hit only within the act's own reading), is the doer; the strike hit no side.
        if (!(own && slot === 'actor1' && d.eventType !== 'Battles' && blamed(group))) continue
        delete d.evidence.actor2
        d.actor2 = null
      }
      d[slot] = withCountry(group, d.place?.countryCode ?? null, d.date?.day ?? null)
      d.evidence[slot] = group.span
      say(doc, 'actors', 'claimed-after', `"${group.text}" claims or is blamed for the ${d.subEventType} event told in sentence ${d.sentence + 1}: it is its ${slot}.`, { span: group.span })
      break
    }
  }
}

/**
 * "Russian missiles and drones struck energy facilities across Ukraine overnight ... At least five people were killed,
 * including two in Zaporizhzhia, where a missile hit a residential building": remote violence with no doer named, told
 * within two sentences of a state's strikes of that day on the same country, is that state's (rule same-striker).
 */
function sameStriker(doc: Doc, drafts: EventDraft[]): void {
  for (const d of drafts) {
    if (d.eventType !== 'Explosions/Remote violence' || d.status !== 'reported' || !d.actor1?.generic || d.actor1.inter !== 3 || !d.place?.countryCode) continue
    const p = drafts.filter((e) => e !== d && e.sentence < d.sentence && d.sentence - e.sentence <= 2 && e.eventType === 'Explosions/Remote violence' && e.status === 'reported'
      && !!e.actor1 && !e.actor1.generic && (e.actor1.inter === 1 || e.actor1.inter === 8) && e.place?.countryCode === d.place!.countryCode
      && e.actor1.countryCode !== d.place!.countryCode && !!e.date?.day && e.date.day === d.date?.day).pop()
    if (!p) continue
    say(doc, 'actors', 'same-striker', `The ${d.subEventType} in ${d.place.name ?? d.place.text} names no doer; ${p.actor1!.name} struck ${d.place.countryCode} that day (sentence ${p.sentence + 1}): its strike.`, { span: d.trigger })
    d.actor1 = p.actor1
  }
}

/**
 * "At least five people were killed in the attacks, including two in Zaporizhzhia, where a missile hit a building": the
 * part of a toll told "including N in PLACE" is the toll of the event placed there; the rest were killed elsewhere
 * (rule toll-part-here). An event placed anywhere else keeps the whole figure.
 */
function tollPartHere(doc: Doc, drafts: readonly EventDraft[]): void {
  for (const d of drafts) {
    const id = d.place?.geonameid
    if (!id) continue
    for (const [i, c] of d.claims.entries()) {
      if (c.total || c.value === null) continue
      const si = sentenceAt(doc, c.span[0])
      if (si < 0) continue
      const end = doc.sentences[si][1]
      const part = doc.numbers.find((n) => n.span[0] > c.span[1] && n.span[1] <= end && n.value !== null && n.value < c.value!
        && PART_BEFORE.test(doc.text.slice(c.span[1], n.span[0])))
      if (!part) continue
      const at = PART_AT.exec(doc.text.slice(part.span[1], end))
      if (!at) continue
      const from = part.span[1] + at[0].length
      const place = doc.places.find((p) => p.span[0] === from)
      if (!place || place.geonameid !== id) continue
      d.claims[i] = { ...c, value: part.value, qualifier: part.qualifier, high: part.high, span: part.span }
      d.evidence.fatalities = part.span
      say(doc, 'events', 'toll-part-here', `"${doc.text.slice(c.span[0], c.span[1])}" counts the dead of several places, "${doc.text.slice(part.span[0], from + place.span[1] - place.span[0])}" those of ${place.name ?? place.text}, where the ${d.subEventType} event is placed: its toll is ${part.value} (rule toll-part-here).`, { span: part.span })
    }
  }
}
// Between a toll and its part: the rest of the toll's clause, then "including" (no sentence end, no other figure's clause).
const PART_BEFORE = /^[^.;:]{0,80},\s+(?:including|among\s+them)\s+$/i
// Right after the part's figure: where those were killed ("including two in Zaporizhzhia").
const PART_AT = /^\s+(?:(?:people|persons|civilians|of\s+them)\s+)?(?:in|at)\s+(?:the\s+(?:city|town|village|region|province)\s+of\s+)?/i

/**
 * "The Houthis said they fired a ballistic missile at an air base ... The Israeli military said it intercepted a missile
 * launched from Yemen": the interception of a missile, rocket or drone told within two sentences of that day's launch of
 * it by another side is the same act seen from its target, not a second event. ACLED codes the launch (a shelling or a
 * strike by the side that fired it), where it was aimed or came down (rule intercepted-attack).
 */
function interceptedAttack(doc: Doc, drafts: EventDraft[]): void {
  for (const d of [...drafts]) {
    if (d.subEventType !== 'Disrupted weapons use' || (d.status !== 'reported' && d.status !== 'claimed')) continue
    const [s0, s1] = doc.sentences[d.sentence] ?? [0, 0]
    if (!INTERCEPTS.test(doc.text.slice(s0, s1)) || !FIRED_WEAPON.test(doc.text.slice(d.trigger[0], d.trigger[1]))) continue
    const day = (e: EventDraft) => e.date?.day ?? null
    const launch = drafts.find((e) => e !== d && LAUNCHES.has(e.subEventType) && Math.abs(e.sentence - d.sentence) <= 2 && (e.status === 'reported' || e.status === 'claimed')
      && !!e.actor1 && !e.actor1.generic && e.actor1.name !== d.actor1?.name && (!day(e) || !day(d) || day(e) === day(d))
      && (!e.place?.countryCode || !d.place?.countryCode || e.place.countryCode === d.place.countryCode)
      // Not a shoot-down over a place of its own ("30 of them over the Kyiv region"): ACLED codes those apart.
      && (!d.place || !!d.placeFromDateline || d.place.kind === 'country' || d.place.geonameid === e.place?.geonameid))
    if (!launch) continue
    launch.claims.push(...d.claims)
    launch.otherClaims.push(...d.otherClaims)
    // An interception told as fact confirms a launch told only on the launching side's word.
    if (launch.status === 'claimed' && d.status === 'reported') launch.status = 'reported'
    drafts.splice(drafts.indexOf(d), 1)
    say(doc, 'events', 'intercepted-attack', `The interception told in sentence ${d.sentence + 1} is of the ${launch.subEventType} by ${launch.actor1!.name} told in sentence ${launch.sentence + 1}: one event, the launch (rule intercepted-attack).`, { span: d.trigger })
  }
}
const INTERCEPTS = new RegExp(`\\b(?:${cueSource('intercepts')})\\b`, 'i')
const FIRED_WEAPON = /missile|rocket|drone|projectile|uav/i
const LAUNCHES = new Set(['Shelling/artillery/missile attack', 'Air/drone strike'])

/** An ethnic group named as the one blamed ("blamed Fulani herders"), as its militia: `Fulani Ethnic Militia (Nigeria)`. */
function blamedPeople(doc: Doc, s0: number, s1: number): ActorMention | undefined {
  const people = doc.actors.find((a) => a.span[0] >= s0 && a.span[1] <= s1 && a.rule === 'ethnic-group' && !!a.assoc && / Ethnic Group \(/.test(a.assoc)
    && BLAMED_BEFORE.test(doc.text.slice(Math.max(s0, a.span[0] - 40), a.span[0])))
  if (!people) return undefined
  const [group, ...rest] = people.assoc!.split('; ')
  const name = group.replace(' Ethnic Group (', ' Ethnic Militia (')
  say(doc, 'actors', 'blamed-people', `"${people.text}" is blamed for the act: the people's militia, "${name}".`, { span: people.span })
  return { ...people, name, inter: 4, role: 'armed', generic: false, rule: 'blamed-people', ...(rest.length ? { assoc: rest.join('; ') } : { assoc: undefined }) }
}

/** A state force as ACLED names it (Police or Military Forces of X). */
const isForce = (a: NonNullable<EventDraft['actor1']>) => a.inter === 1 && /^(Military|Police) Forces of /.test(a.name)

/**
 * A peaceful protest whose second side is a state force ("Police dispersed the crowd", told in the sentence after
 * the protest, or "arrested 20 of them") was met by that force: ACLED codes it a protest with intervention.
 * A peaceful protest has no armed second side of its own (roles.ts gives it none, or counter-protesters).
 */
function metByForce(doc: Doc, drafts: EventDraft[]): void {
  for (const d of drafts) {
    if (d.subEventType !== 'Peaceful protest' || !d.actor2 || !isForce(d.actor2)) continue
    retype(d, 'Protest with intervention', { why: { doc, rule: 'met-by-force', reason: `${d.actor2.name} met the protest ("${doc.text.slice(d.actor2.span[0], d.actor2.span[1])}"): a protest with intervention.`, span: d.actor2.span } })
  }
}

/** A toll-only sentence (rule toll-only) that counted people killed in an armed side's burning or looting told before it. */
interface TollAfter { draft: EventDraft; sentence: number }

/**
 * "Gang members attacked the town, looting shops and setting fire to homes ... at least nine residents were killed": looting
 * or burning by an armed side that also killed people is coded as the violence against them (codebook: property destruction
 * is the event only where no one is hurt), an Attack, with its dead (rule looting-that-killed). Its dead are counted with it,
 * the people whose property it was its side hit; or by a toll sentence that follows ("... setting fire to homes. At least 10
 * people were killed"), whose attack names the side hit.
 */
function lootingThatKilled(doc: Doc, drafts: EventDraft[], tollsAfter: ReadonlyMap<EventDraft, TollAfter>): void {
  for (const d of drafts) {
    if (d.subEventType !== 'Looting/property destruction') continue
    const toll = tollsAfter.get(d)
    if (toll) {
      const { draft, sentence } = toll
      retype(d, 'Attack', { from: draft })
      d.actor2 = draft.actor2; d.assoc2 = []
      if (draft.evidence.actor2) d.evidence.actor2 = draft.evidence.actor2; else delete d.evidence.actor2
      say(doc, 'events', 'looting-that-killed', `Sentence ${sentence + 1} counts people killed in the ${d.actor1!.name}'s destruction told in sentence ${d.sentence + 1}: an attack, not property destruction alone.`, { span: doc.sentences[sentence] })
      continue
    }
    if (d.status !== 'reported' && d.status !== 'claimed') continue
    if (!d.actor1 || d.actor1.inter < 1 || d.actor1.inter > 4 || !d.actor2 || d.actor2.inter !== 7) continue
    const dead = d.claims.find((c) => (c.value ?? 0) > 0 && !c.total)
    if (!dead) continue
    retype(d, 'Attack', { why: { doc, rule: 'looting-that-killed', reason: `"${doc.text.slice(dead.span[0], dead.span[1])}" dead with the looting or burning by ${d.actor1.name}: the violence against people is the event, an Attack.`, span: d.trigger } })
  }
}

const OWN_DEATH = cue('protest-own-death')
const DIED_IN_PROTEST = new RegExp(`^[^.;]{0,40}?\\b(?:died|killed|dead|lost their lives)\\s+(?:in|during|at)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?${cueSource('unrest-words')}`, 'i')
/**
 * "At least 11 people died in the 2019 protests": people told as dead in the protests, which no force is named to have met,
 * make it a violent demonstration, not a peaceful one (codebook: a peaceful protest is one where no violence occurs), and its crowd
 * rioters; not a death by the protester's own act or by mishap (cues.yaml protest-own-death) (rule died-at-protest).
 */
function diedAtProtest(doc: Doc, drafts: EventDraft[]): void {
  for (const d of drafts) {
    if (d.subEventType !== 'Peaceful protest' || d.actor2) continue
    const dead = d.claims.find((c) => (c.value ?? 0) > 0 && !c.total)
    if (!dead) continue
    const si = sentenceAt(doc, dead.span[0])
    if (si < 0 || OWN_DEATH.test(doc.text.slice(doc.sentences[si][0], doc.sentences[si][1]))) continue
    // Only dead told as fallen in the protests ("died in the 2019 protests", "killed during the demonstrations"), not a
    // death the protest is about ("a vigil for the journalist who was killed").
    if (!DIED_IN_PROTEST.test(doc.text.slice(dead.span[1], doc.sentences[si][1]))) continue
    const t = subType('Violent demonstration')
    d.subEventType = t.sub; d.eventType = t.eventType; d.disorderType = t.disorder
    if (d.actor1?.role === 'protester' && d.actor1.generic) {
      const g = genericActor('rioters', d.actor1.countryCode ?? documentCountry(doc), d.date?.day ?? doc.article.published)
      d.actor1 = { ...d.actor1, name: g.name, inter: g.inter, role: 'rioter' }
    }
    say(doc, 'events', 'died-at-protest', `"${doc.text.slice(dead.span[0], dead.span[1])}" dead at the protest, with no force named to have met it: a violent demonstration.`, { span: dead.span })
  }
}

const WITHDREW = cue('withdrew-after')
/**
 * "Al-Shabaab militants overran an army base ... The militants seized weapons and vehicles before withdrawing": a taking
 * the taker did not hold is a raid; ACLED codes the fight (an armed clash), not a change of control.
 */
function notHeld(doc: Doc, drafts: EventDraft[], last: Map<EventDraft, number>): void {
  for (const d of drafts) {
    if (d.subEventType !== 'Non-state actor overtakes territory' && d.subEventType !== 'Government regains territory') continue
    // Its sentences and the one after them, unless that one tells another event.
    const told = last.get(d) ?? d.sentence
    const next = drafts.some((e) => e !== d && e.sentence === told + 1) ? told : told + 1
    const end = doc.sentences[Math.min(doc.sentences.length - 1, next)][1]
    const m = WITHDREW.exec(doc.text.slice(d.trigger[1], end))
    if (!m) continue
    retype(d, 'Armed clash', { why: { doc, rule: 'not-held', reason: `"${m[0]}" after "${doc.text.slice(d.trigger[0], d.trigger[1])}": the place was not held, so the taking is a raid, an armed clash.`, span: d.trigger } })
  }
}

/**
 * "Russia's Defence Ministry said its forces had captured the village of Kotlyne" in Ukraine: a state's forces taking a place
 * in another country regain nothing of their own; the codebook names a foreign state's taking a non-state overtaking.
 * Roles (roles.ts, rule foreign-taker) already retype it, with its sides, where the event's country is known; this pass
 * catches the takings whose place is settled only after roles, on the final place's country.
 */
function foreignTaker(doc: Doc, drafts: EventDraft[]): void {
  for (const d of drafts) {
    if (d.subEventType !== 'Government regains territory' || !d.actor1 || !STATE_FORCE.test(d.actor1.name)) continue
    const home = d.actor1.countryCode, there = d.place?.countryCode
    if (!home || !there || home === there) continue
    retype(d, 'Non-state actor overtakes territory', { why: { doc, rule: 'foreign-taker', reason: `${d.actor1.name} took a place in another country (${there}): a foreign state's taking, not a government regaining its own.`, span: d.trigger } })
  }
}

// "1,133 people had been detained across the country since Wednesday": a nationwide count is the unrest's, no place's own.
const NATIONWIDE = new RegExp(`\\b${cueSource('nationwide')}\\b`, 'i')
/** The follow-up's place comes from another sentence and lies beside the event's town: its own sentence names none. */
const placeBorrowedNearby = (doc: Doc, d: EventDraft, e: EventDraft, at: number): boolean =>
  !!d.place && !!e.place && sentenceAt(doc, d.place.span[0]) !== at && nextTo(d.place, e.place)
const samePlace = (a: EventDraft, b: EventDraft): boolean => !a.place || !b.place || a.place.geonameid === b.place.geonameid
  || a.place.precision === 3 || b.place.precision === 3

/**
 * A headline ("Thousands march in three cities") tells the incident the body then dates ("on Saturday"): an event
 * known only from the headline, dated by the publication day, takes the day the body gives events of its kind,
 * when the body gives them all one day written in the text.
 */
function headlineDays(doc: Doc, drafts: EventDraft[]): void {
  // A headline: a first line with no closing stop, ended by a line break.
  if (headlineSentence(doc) === null) return
  for (const d of drafts) {
    if (d.sentence !== 0 || d.date?.rule !== 'date-from-publication') continue
    const kind = subType(d.subEventType).kind
    const days = new Set(drafts.filter((e) => e !== d && e.sentence > 0 && subType(e.subEventType).kind === kind && (e.status === 'reported' || e.status === 'claimed')
      && e.date?.precision === 1 && e.date.rule !== 'date-from-publication').map((e) => e.date!.day))
    const body = drafts.find((e) => e.sentence > 0 && subType(e.subEventType).kind === kind && e.date?.precision === 1 && e.date.rule !== 'date-from-publication')
    if (days.size !== 1 || !body?.date) continue
    d.date = body.date
    d.evidence.event_date = body.date.span; d.evidence.time_precision = body.date.span
    say(doc, 'events', 'headline-day', `The headline's ${d.subEventType} event has no day of its own: the body dates its ${kind} events "${doc.text.slice(body.date.span[0], body.date.span[1])}".`, { span: d.trigger })
  }
}

/**
 * "Smaller demonstrations were reported in Kisumu and Mombasa": one protest or riot per town the
 * trigger's sentence lists with "and" or commas, each with the event's type, sides and day; a town
 * that already has one of the same kind that day adds to it. Which types: cues.yaml `per-town-types`.
 */
function perTown(doc: Doc, drafts: EventDraft[], absorbed: Map<EventDraft, EventDraft[]>): void {
  for (const d of [...drafts]) {
    // The lists of the event's own sentence and of every report of it taken in later ("Thousands marched in
    // Washington, New York and Boston on Saturday" after a headline about Boston), each with that report's type and day.
    for (const src of [d, ...(absorbed.get(d) ?? [])]) perTownOf(doc, drafts, d, src === d ? d : { ...src, status: d.status })
  }
}
function perTownOf(doc: Doc, drafts: EventDraft[], owner: EventDraft, d: EventDraft): void {
  const roles = doc.frame?.roles
  {
    if (!d.place || d.place.kind !== 'place' || !cueWhole('per-town-types').test(d.eventType) || (d.status !== 'reported' && d.status !== 'claimed')) return
    const s = sentenceAt(doc, d.trigger[0])
    // The list is read over every event place of the sentence ("Washington, New York and Boston", where New York may
    // have been read as the state); only towns get an event of their own.
    const towns = doc.places.filter((p, i) => p.countryCode === d.place!.countryCode && sentenceAt(doc, p.span[0]) === s && (!roles || roles[i]?.role === 'event'))
      .sort((a, b) => a.span[0] - b.span[0])
    const at = towns.findIndex((p) => p.span[0] === d.place!.span[0])
    if (at < 0) return
    const joined = (a: PlaceMention, b: PlaceMention) => LIST_JOIN.test(doc.text.slice(a.span[1], b.span[0]))
    let from = at, to = at
    while (from > 0 && joined(towns[from - 1], towns[from])) from--
    while (to < towns.length - 1 && joined(towns[to], towns[to + 1])) to++
    for (const p of towns.slice(from, to + 1)) {
      if (p === d.place || p.geonameid === d.place.geonameid || p.geonameid === owner.place?.geonameid || p.kind !== 'place') continue
      // A force told meeting the protest in one town ("Protest in Cotonou was dispersed by police") met only that one.
      const actor2 = d.subEventType === 'Peaceful protest' && d.actor2 && isForce(d.actor2) ? null : d.actor2
      const copy: EventDraft = { ...d, actor2, place: p, claims: [], otherClaims: [], assoc1: [...d.assoc1], assoc2: [...d.assoc2], evidence: { ...d.evidence, location: p.span, latitude: p.span, longitude: p.span, country: p.span, admin1: p.span } }
      const there = drafts.find((e) => e !== owner && sameEvent(e, copy) && e.place?.geonameid === p.geonameid)
      if (there) absorb(there, copy)
      else drafts.push(copy)
      say(doc, 'events', 'per-town', `"${doc.text.slice(p.span[0], p.span[1])}" is listed with "${doc.text.slice(d.place.span[0], d.place.span[1])}" in the event's sentence: a ${d.subEventType} event of its own${there ? ', added to the one already found there' : ''}.`, { span: p.span })
    }
  }
}
const LIST_JOIN = /^\s*(?:,|and|, and)\s*$/

/**
 * "Militants who hijacked a train killed 21 hostages before security forces ended the siege ... All 33 militants and four
 * soldiers were killed": hostages their captors killed are the captors' attack on civilians, an event of its own; the
 * clash of the rescue keeps the fighters' dead (rule hostages-killed). Only where the armed group named before the figure
 * does the killing ("killed 21 hostages"): hostages who died in the fight's crossfire stay its toll.
 */
function hostagesKilled(doc: Doc, drafts: EventDraft[]): void {
  captorKill ??= new RegExp(`\\b${cueSource('captor-kill-verbs')}\\s+(?:at\\s+least\\s+|more\\s+than\\s+|some\\s+|about\\s+)?$`, 'i')
  for (const d of [...drafts]) {
    if (d.eventType !== 'Battles' || !d.actor1 || !d.actor2) continue
    const captor = [d.actor1, d.actor2].find((a) => a.inter >= 2 && a.inter <= 4)
    if (!captor || [d.actor1, d.actor2].every((a) => a.inter >= 2 && a.inter <= 4)) continue
    const captives = d.claims.filter((c) => {
      if (!c.group || !HELD.test(c.group) || !c.value) return false
      const s = doc.sentences[sentenceAt(doc, c.span[0])]
      const doer = doc.actors.find((a) => a.name === captor.name && a.span[0] >= s[0] && a.span[1] <= c.span[0])
      return !!doer && captorKill!.test(doc.text.slice(doer.span[1], c.span[0]))
    })
    if (!captives.length) continue
    const iso = d.place?.countryCode ?? captor.countryCode
    const civ = genericActor('civilians', iso, d.date?.day ?? null)
    const victims: ActorMention = { ...captor, text: captives[0].group!, span: captives[0].span, name: civ.name, inter: civ.inter, countryCode: civ.countryCode, role: 'civilian', generic: true, rule: 'hostages-killed' }
    const attack: EventDraft = { ...d, ...typeOf('Attack'), actor1: captor, actor2: victims, assoc1: [], assoc2: [], claims: captives, otherClaims: [], evidence: { ...d.evidence, fatalities: captives[0].span } }
    d.claims = d.claims.filter((c) => !captives.includes(c))
    drafts.splice(drafts.indexOf(d), 0, attack)
    say(doc, 'events', 'hostages-killed', `The ${captives.map((c) => c.value).join(' + ')} ${captives[0].group} ${captor.name} killed are its attack on the civilians it held, an event apart from the ${d.subEventType}, which keeps the fighters' dead.`, { span: captives[0].span })
  }
}
let captorKill: RegExp | null = null
const HELD = cueWhole('held-captives')

/** A figure as a claim of the event: the number's words, who says so and whose dead. */
function claimOf(n: NumberMention, doc: Doc): FatalityClaim {
  const claim: FatalityClaim = { value: n.value, qualifier: n.qualifier, claimant: n.claimant, group: n.group, span: n.span, partisan: n.partisan ?? false, high: n.high }
  // "they counted 23 bodies of soldiers": the bodies are the soldiers' dead, one group with the other soldier counts.
  if (!n.group || BODY_WHOLE.test(n.group)) {
    const named = doc.text.slice(n.span[1], n.span[1] + 60).match(BODIES_OF)
    const words = named ? named[1].split(/\s+/) : []
    const isGroup = (w: string) => VICTIM_WORD.test(w) || ARMED_WORD.test(w)
    const group = words.length === 2 && isGroup(words[1]) ? named![1] : words.length && isGroup(words[0]) ? words[0] : null
    if (group) {
      claim.group = group
      say(doc, 'events', 'bodies-of-group', `"${n.text}" counts the bodies of ${group}: their dead, not a total over every side.`, { span: n.span })
    }
  }
  // A "claimant" that starts with the figure's own words is the figure's phrase, not a source.
  if (claim.claimant && claim.claimant.startsWith(n.text)) claim.claimant = null
  return claim
}
const BODY_WHOLE = cueWhole('body-nouns')
const BODIES_OF = new RegExp(`^\\s+${cueSource('body-nouns')}\\s+of\\s+(?:the\\s+)?((?:[A-Za-z-]+\\s+)?[A-Za-z-]+)`, 'i')
const VICTIM_WORD = cueWhole('victims')
const ARMED_WORD = cueWhole('armed-victims')
