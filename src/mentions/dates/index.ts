/** @module mentions/dates: dates resolved against the publication date with ACLED time precision, and the date of an event at a trigger. */
import type { DateMention, Doc, Span } from '../../doc.js'
import { inRegion, say, sentenceAt } from '../../doc.js'
import type { Stage } from '../../stage.js'
import { dayNumber, dayString, daysInMonth, parts, ymd } from './calendar.js'
import { dateConfig } from './config.js'
import type { DateConfig } from './config.js'
import { chronoDates, weekdayLabel } from './resolve.js'
import type { Resolved } from './resolve.js'
import { findRuleDates, wholeYear } from './rules.js'
import type { Found } from './rules.js'

const notStory = ['caption', 'credit', 'byline', 'dateline', 'boilerplate'] as const

export function dates(): Stage {
  const cfg = dateConfig()
  return function dates(doc: Doc) {
    const published = doc.article.published
    const ref = published ? dayNumber(published) : null
    if (published && ref === null) say(doc, 'dates', 'bad-publication-date', `The publication date "${published}" is not a real day; relative dates stay unknown.`, { level: 'warning' })
    const futureAt = (at: number) => isFuture(doc, at, cfg)
    const sentences = doc.sentences.length ? doc.sentences : [[0, doc.text.length] as const]
    const resolveAll = (day: number | null): Resolved[] => {
      const own = firstOfOverlapping(findRuleDates(doc.text, day, cfg, futureAt))
      return [...own, ...chronoDates(doc.text, day, own, futureAt, sentences)].sort((a, b) => a.start - b.start)
    }
    let all = resolveAll(ref)
    // "KABUL, March 3 (Reuters) -": the dateline's day is the day the report was filed. Its "today",
    // "on Monday" and "last week" count from that day, which may be a day or more before the page's date.
    const filed = ref === null ? null : datelineDay(doc, all, ref)
    if (filed !== null) {
      say(doc, 'dates', 'dateline-day', `The dateline gives the day of the report, ${dayString(filed)}: relative dates count from it, not from the publication date ${published}.`,
        { span: doc.regions.find((r) => r.kind === 'dateline')!.span })
      all = resolveAll(filed)
    }
    let previous: number | null = null
    let previousYear: number | null = null         // the year of the last date told, whatever its precision
    let yearTold: { year: number; sentence: number } | null = null   // the last date told, when it wrote its year out
    const counted = new Set<Resolved>()            // days that "two days after" counts from: no dates of their own
    for (const [i, f] of all.entries()) {
      if (counted.has(f)) continue
      // "yesterday (24 July)": the day written out in brackets says which day the word meant.
      const next = all[i + 1]
      if (next && !/\d/.test(doc.text.slice(f.start, f.end)) && /\d/.test(doc.text.slice(next.start, next.end)) && next.precision === 1
        && /^\s*\(\s*$/.test(doc.text.slice(f.end, next.start)) && /^\s*\)/.test(doc.text.slice(next.end, next.end + 3))) continue
      // "two days after Sunday's election", "on the eve of the 3 May vote": counted from the day right after it.
      if (f.fromPrevious !== undefined && next && next.day !== null && next.precision === 1 && next.endDay === null
        && ANCHOR_GAP.test(doc.text.slice(f.end, next.start))) {
        say(doc, 'dates', 'counted-from-day', `"${doc.text.slice(f.start, next.end)}": counted from "${doc.text.slice(next.start, next.end)}", the day named right after it.`, { span: [f.start, next.end] })
        Object.assign(f, { day: next.day + f.fromPrevious, relative: next.relative, end: next.end, fromPrevious: undefined })
        counted.add(next)
      } else if (f.needsAnchor) continue
      if (f.fromPrevious !== undefined) {
        // With no day told before it, "the day before" counts from the report's day; "two days after the election"
        // would fall after it, on no day the text gives: it is no date.
        if (previous === null && f.fromPrevious > 0) {
          say(doc, 'dates', 'counted-from-nothing', `"${doc.text.slice(f.start, f.end)}" follows no day told before it: no date.`, { span: [f.start, f.end] })
          continue
        }
        const base: number | null = previous ?? ref
        if (base !== null) f.day = base + f.fromPrevious
      }
      if (f.yearsBefore !== undefined) {
        const base = previousYear ?? (ref === null ? null : parts(ref).year)
        if (base !== null) Object.assign(f, wholeYear(base - f.yearsBefore, { rule: f.rule, relative: true, score: f.score }))
      }
      // "in 1945 ... Three days later ..., and Japan surrendered on August 15": the year told just before carries on.
      const carried = carriedYear(doc, f, cfg, yearTold)
      if (carried !== null) {
        say(doc, 'dates', 'year-carried', `"${doc.text.slice(f.start, f.end)}" has no year and carries on a story told in ${parts(carried).year}: that year's day, not the publication year's.`, { span: [f.start, f.end] })
        f.day = carried
      }
      const span: Span = [f.start, f.end]
      if (metadataLine(doc.text, f, cfg)) {
        say(doc, 'dates', 'metadata-date', `"${doc.text.slice(f.start, f.end)}" stands on a line of its own after a photo or scan label: when the picture was taken, not a day of the story.`, { span })
        continue
      }
      let precision = f.precision
      if (f.day !== null && precision < 3 && cfg.monthAfter.test(doc.text.slice(f.end, f.end + 30))) {
        precision = 3
        say(doc, 'dates', 'month-of-date', `"${doc.text.slice(f.start, f.end)}" is given for its month only: time precision 3.`, { span })
      } else if (f.day !== null && precision === 1 && approximate(doc.text, f, cfg)) {
        precision = 2
        say(doc, 'dates', 'approximate-date', `"${doc.text.slice(f.start, f.end)}" is given as approximate: time precision 2.`, { span })
      }
      const aside = inRegion(doc, span, notStory)
      const mention: DateMention = {
        span, text: doc.text.slice(f.start, f.end), score: aside ? f.score * 0.3 : f.score, rule: f.rule,
        day: f.day === null ? null : dayString(f.day), precision, relative: f.relative,
        endDay: f.endDay === null ? null : dayString(f.endDay),
        ...(f.startDay !== null ? { startDay: dayString(f.startDay) } : {}),
      }
      doc.dates.push(mention)
      if (f.day === null) {
        say(doc, 'dates', 'date-unknown', `"${mention.text}" needs a publication date to be placed, and the article has none.`, { span })
      } else if (f.chronoDay !== undefined && f.chronoDay !== f.day && f.rule === 'weekday') {
        say(doc, 'dates', 'weekday-before-publication',
          `Past-tense "${mention.text}" read as the ${weekdayLabel(f.day)} on or before publication.`, { span, expected: [mention.day!] })
      }
      if (f.day !== null && precision === 1 && !aside) previous = f.day
      if (f.day !== null && !aside) previousYear = parts(f.day).year
      // A day counted from another ("three days later") keeps the year told before it.
      if (f.day !== null && !aside && f.fromPrevious === undefined) yearTold = YEAR_WRITTEN.test(doc.text.slice(f.start, f.end)) ? { year: parts(f.day).year, sentence: sentenceAt(doc, f.start) } : null
    }
    anchorOvernight(doc)
  }
}

/**
 * "last year", "two years ago", "the year before": a year recalled only roughly. Such a date keeps history off
 * the day of the news, but it is too vague to be the date of a record of its own.
 */
export function roughYear(d: DateMention | null): boolean {
  return !!d && (d.rule === 'last-year' || d.rule === 'years-ago' || d.rule === 'year-before')
}

/** Between "two days after" and the day it counts from: a few words of the act, no punctuation ("the disputed election on "). */
const ANCHOR_GAP = /^\s+(?:[\w'’-]+\s+){0,4}?(?:(?:on|of)\s+)?$/

/**
 * The day a statement was made, not an act's: "the army said on Tuesday", or "On Tuesday, the army said ..." opening
 * its sentence. Events use it to tell a statement's day from an act's own.
 */
/** Whether `d` is the day of a statement by the words right before it ("residents said Thursday"), from the text alone. */
export function statementDay(text: string, d: DateMention): boolean {
  return d.span[1] > d.span[0] && dateConfig().statementDay.test(text.slice(Math.max(0, d.span[0] - 80), d.span[0]))
}

export function saidOn(doc: Doc, d: DateMention): boolean {
  const si = sentenceAt(doc, d.span[0])
  const start = si >= 0 ? doc.sentences[si][0] : 0
  return dateConfig().statementDay.test(doc.text.slice(Math.max(start, d.span[0] - 80), d.span[0]))
    || (/^\s*(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(doc.text.slice(start, d.span[0])) && saidAfter(doc.text.slice(d.span[1], d.span[1] + 80)))
}

// A clause edge, then a relative pronoun and its clause (no further edge) up to the date.
const RELATIVE_AFTER = /[,;:—–][^,;:—–]*\b(?:that|which|who|whom)\s+[^,;:—–]*$/i
// A day counted back from the story's own ("two days earlier", "a week before").
const FLASHBACK = /\b(?:days?|weeks?|months?|hours?)\s+(?:earlier|before)$/i

/** How many days before publication a dated dateline may be and still be the report's day. */
const DATELINE_DAYS = 7

/** The day of a dateline's date ("KABUL, March 3 (Reuters) -") when it differs from and shortly precedes publication. */
function datelineDay(doc: Doc, found: readonly Resolved[], ref: number): number | null {
  const d = found.find((f) => f.day !== null && f.precision === 1 && f.endDay === null && inRegion(doc, [f.start, f.end], ['dateline']))
  if (!d || d.day === ref || d.day! > ref || ref - d.day! > DATELINE_DAYS) return null
  return d.day
}

/** The day the report was made: a dateline's date ("KABUL, March 3 (Reuters) -"), else the publication date. */
export function reportDay(doc: Doc): string | null {
  const published = doc.article.published
  if (!published) return null
  const d = doc.dates.find((x) => x.day && x.precision === 1 && x.endDay === null && x.day <= published && inRegion(doc, x.span, ['dateline']))
  return d && (Date.parse(published) - Date.parse(d.day!)) / 86_400_000 <= DATELINE_DAYS ? d.day : published
}

/** A date that is all its line holds after a metadata label ("SCAN DATE: 3/20/2009"), but for a time or a full stop. */
function metadataLine(text: string, f: Resolved, cfg: DateConfig): boolean {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1
  const lineEnd = text.indexOf('\n', f.end)
  const after = text.slice(f.end, lineEnd < 0 ? text.length : lineEnd)
  return cfg.metadataLabel.test(text.slice(lineStart, f.start)) && /^[ \t]*(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?[ \t.]*$/i.test(after)
}

const SAID_BEFORE = /\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|reported|confirmed|stated)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i
/** The day before YYYY-MM-DD. */
function dayBefore(day: string): string | null {
  const t = Date.parse(day + 'T00:00:00Z')
  return Number.isNaN(t) ? null : new Date(t - 86400000).toISOString().slice(0, 10)
}

/**
 * "On 10 November 2022, overnight, gunmen attacked ...": "overnight" after a stated day in its
 * sentence is the night of that day, not the night before publication.
 */
function anchorOvernight(doc: Doc): void {
  for (const [i, d] of doc.dates.entries()) {
    if (d.rule !== 'overnight') continue
    const si = sentenceAt(doc, d.span[0])
    const stated = doc.dates.filter((e) => e !== d && e.relative === false && e.day && e.endDay === null && e.span[1] <= d.span[0] && sentenceAt(doc, e.span[0]) === si).pop()
    if (!stated) {
      // "killed 14 in an overnight attack ..., officials said on Wednesday": the night before the day they spoke.
      const spoke = doc.dates.find((e) => e !== d && e.day && e.precision === 1 && e.endDay == null && e.span[0] >= d.span[1] && sentenceAt(doc, e.span[0]) === si
        && SAID_BEFORE.test(doc.text.slice(Math.max(0, e.span[0] - 40), e.span[0])))
      const night = spoke ? dayBefore(spoke.day!) : null
      if (night && night !== d.day) {
        doc.dates[i] = { ...d, day: night }
        say(doc, 'dates', 'overnight-of-telling', `"${d.text}" is told by a source speaking "${spoke!.text}": the night before ${spoke!.day}, not the night before publication.`, { span: d.span })
      }
      continue
    }
    if (stated.day === d.day) continue
    // "Around 10 November, overnight": the night of a day given as approximate is approximate too.
    doc.dates[i] = { ...d, day: stated.day, relative: false, precision: Math.max(d.precision, stated.precision) as 1 | 2 | 3 }
    say(doc, 'dates', 'overnight-of-stated-day', `"${d.text}" follows "${stated.text}" in its sentence: the night of ${stated.day}, not the night before publication.`, { span: d.span })
  }
}

/**
 * The date of the event at `trigger`: a date in the same sentence (the nearest), else the nearest
 * date before it in the same paragraph, else the publication date with time precision 2 (news
 * reports an event on the day of publication or the day before; ACLED codes that uncertainty as
 * precision 2), else none. Dates in captions, credits, bylines and datelines are not used.
 */
export function eventDate(doc: Doc, trigger: Span): { date: DateMention | null; reason: string } {
  const found = pickDate(doc, trigger)
  const si = sentenceAt(doc, trigger[0])
  const sentence = si >= 0 ? doc.text.slice(...doc.sentences[si]) : doc.text.slice(trigger[0], trigger[1])
  if (found.date && found.date.precision === 1 && dateConfig().discovery.some((re) => re.test(sentence))) {
    const reason = `${found.reason} A body found: the killing may predate the discovery, so time precision 2.`
    noteOnce(doc, 'date-of-discovery', reason, trigger)
    return { date: { ...found.date, precision: 2 }, reason }
  }
  return found
}

/**
 * "Gunmen killed two farmers on Friday, a militia leader said on Saturday. <next sentence>" (rule statement-day-stays):
 * the day of saying, in an earlier sentence that also gives the act's day, dates no act told after it; Friday carries on.
 */
function toldBesideAct(doc: Doc, usable: readonly DateMention[], d: DateMention, si: number): boolean {
  const at = sentenceAt(doc, d.span[0])
  if (at < 0 || at === si) return false
  const start = doc.sentences[at][0]
  const said = (x: DateMention) => dateConfig().statementDay.test(doc.text.slice(Math.max(start, x.span[0] - 30), x.span[0]))
  return said(d) && usable.some((x) => x !== d && sentenceAt(doc, x.span[0]) === at && !said(x))
}

function pickDate(doc: Doc, trigger: Span): { date: DateMention | null; reason: string } {
  const usable = doc.dates.filter((d) => d.day !== null && !inRegion(doc, d.span, notStory))
  const si = sentenceAt(doc, trigger[0])
  const sentence = si >= 0 ? doc.sentences[si] : null
  const distance = (d: DateMention) => d.span[1] <= trigger[0] ? trigger[0] - d.span[1] : Math.max(0, d.span[0] - trigger[1])
  if (sentence) {
    // "Police stayed on Wednesday after riots swept the town": Wednesday is not the riots' day.
    const opener = dateConfig().clauseOpener
    // "Forces have recaptured the town, ending a three-week campaign": the campaign's length is not the day of the act.
    const justNow = dateConfig().justNow.test(doc.text.slice(sentence[0], trigger[0]).slice(-40))
    const same = usable.filter((d) => d.span[0] >= sentence[0] && d.span[1] <= sentence[1]
      && !(d.span[1] <= trigger[0] && (opener.test(doc.text.slice(d.span[1], trigger[0])) || afterActOpener(doc, d, sentence[0])))
      && !(d.span[0] >= trigger[1] && otherActBetween(doc.text.slice(trigger[1], d.span[0])))
      && !periodStart(doc, d, sentence[0])
      && !commemorated(doc, d)
      && !countedFrom(doc, d, trigger)
      && !(d.rule === 'campaign' && dateConfig().warAge.test(d.text))
      // "attacked army posts ..., breaking a six-month ceasefire": the truce's term dates no other act (rule truce-term).
      && !(d.rule === 'campaign' && dateConfig().termAge.test(d.text) && !(d.span[0] <= trigger[0] && trigger[1] <= d.span[1]))
      && !(d.span[1] <= trigger[0] && inRelativeBefore(doc, d, sentence[0], trigger[0]))
      // "Rioters barricaded the road to demand fair elections in April": a past act is not dated by a day still to come.
      && !(d.span[0] >= trigger[1] && !!doc.article.published && d.day! > doc.article.published && pastBefore(doc, sentence[0], d.span[0]))
      && !(justNow && (d.rule === 'campaign' || d.rule === 'past-period')))
    // "In March, gunmen killed 44 worshippers during Friday prayers": a weekday that names a weekly rite yields to any other
    // date of the sentence (rule weekly-rite-day).
    const rite = (d: DateMention) => /^[a-z]+day$/i.test(d.text.trim()) && dateConfig().weeklyRite.test(doc.text.slice(d.span[1], d.span[1] + 20))
    // Only a month or a written date, never another weekday nor the day a statement was made ("..., the ministry said on Monday").
    const dated = (d: DateMention) => !rite(d) && !/^(?:on\s+)?[a-z]+day$/i.test(d.text.trim()) && (d.precision > 1 || /\d/.test(d.text))
    if (same.some(rite) && same.some(dated)) same.splice(0, same.length, ...same.filter((d) => !rite(d)))
    // "Militants attacked a post a week earlier, the army said on Tuesday": the statement's day yields to the act's.
    // "The death toll from the blast rose to 14 from 9 on Tuesday": the day of the update is told as a statement's is (rule toll-update-day).
    const statement = (d: DateMention) => dateConfig().statementDay.test(doc.text.slice(Math.max(sentence[0], d.span[0] - 30), d.span[0]))
      || (/^\s*(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(doc.text.slice(sentence[0], d.span[0])) && saidAfter(doc.text.slice(d.span[1], trigger[0])))
      || dateConfig().tollUpdate.test(doc.text.slice(sentence[0], d.span[0]))
    // "after two aides were shot dead in Maputo last month, has called for protests starting next Monday": a date in the
    // act's own clause, right after it, dates it; a date beyond a clause edge after it belongs to another verb (rule own-clause-date).
    const edge = (d: DateMention) => d.span[0] >= trigger[1] && /[,;:—–]/.test(doc.text.slice(trigger[1], d.span[0]).replace(/(\d),(\d)/g, '$1$2'))
    if (same.some((d) => d.span[0] >= trigger[1] && !edge(d))) same.splice(0, same.length, ...same.filter((d) => !edge(d)))
    // "recaptured the town from the TNLA, an armed group that seized it last year": a date past a clause edge, inside a
    // relative clause there, is the day of that clause's own verb, never the act's (rule relative-after-date).
    // Not a relative clause right after a noun act's edge: "a ceasefire brokered by Russia, which took effect on Feb. 27"
    // tells of the act itself. A clause of "who" tells of a person, never of the act: "demanding the resignation of the
    // president, who took office last week" dates his taking office.
    const verbAct = /(?:ed|en|ook|ew|ot|ught|ung)$/i.test(doc.text.slice(trigger[0], trigger[1]))
    const relativeAfter = (d: DateMention) => edge(d) && RELATIVE_AFTER.test(doc.text.slice(trigger[1], d.span[0]))
      && (verbAct || !/[,;:—–]\s*(?:that|which)\b/i.test(doc.text.slice(trigger[1], d.span[0])))
    if (same.some(relativeAfter)) same.splice(0, same.length, ...same.filter((d) => !relativeAfter(d)))
    if (same.some((d) => !statement(d))) same.splice(0, same.length, ...same.filter((d) => !statement(d)))
    // Only the day a statement was made: a later sentence that tells when the act took place ("The attack
    // took place on Sunday night") gives the act's own day.
    else if (same.length) {
      const told = occurrenceAfter(doc, usable, si, true)
      if (told) {
        const reason = `"${same[0].text}" is the day of the statement; "${told.text}" (${told.day}) in a later sentence tells when the act took place.`
        noteOnce(doc, 'date-of-occurrence', reason, trigger)
        return { date: told, reason }
      }
    }
    // "released six soldiers it had kidnapped earlier this month, handing them over on Saturday": a date right after a
    // pluperfect act and its object, in the same clause, is that act's own day, not the main clause's (rule pluperfect-own-date).
    const pluperfect = /\bhad\s+(?:(?:been|\w+ly)\s+)?$/i.test(doc.text.slice(Math.max(sentence[0], trigger[0] - 25), trigger[0]))
      ? same.find((d) => d.span[0] >= trigger[1] && d.span[0] - trigger[1] <= 40 && !/[,;:]|\band\b/i.test(doc.text.slice(trigger[1], d.span[0])))
      : undefined
    if (pluperfect) return { date: pluperfect, reason: `"${pluperfect.text}" right after the act told in the pluperfect is its own day.` }
    // "the 1995 Srebrenica massacre", "Monday's attack": a date inside the trigger's own noun phrase is its date.
    const own = same.find((d) => d.span[1] <= trigger[0] && trigger[0] - d.span[1] <= 25
      && /^(?:'s)?(?:\s+[A-Z][\w'-]*)*\s*$/.test(doc.text.slice(d.span[1], trigger[0]))
      && (/^'s/.test(doc.text.slice(d.span[1], trigger[0])) || /\b(?:the|its|their|this|last|a)\s+$/i.test(doc.text.slice(Math.max(0, d.span[0] - 8), d.span[0]))))
    if (own) return { date: own, reason: `"${own.text}" names the day of the event in its own words.` }
    // "A court on Wednesday released 12 activists who were arrested in June during protests": a date in the relative clause
    // that holds the act dates it, whatever day the main clause gives (rule relative-clause-date).
    const inClause = same.filter((d) => d.span[1] <= trigger[0] && inRelativeWith(doc, d, sentence[0], trigger[0]))
    if (inClause.length && inClause.length < same.length) same.splice(0, same.length, ...inClause)
    if (same.length) {
      const best = same.reduce((a, b) => (rank(doc, b) - rank(doc, a) || distance(b) - distance(a)) < 0 ? b : a)
      return { date: best, reason: `"${best.text}" in the same sentence as the event.` }
    }
    // "clashes around Babanusa since 1 June have displaced ...": with no other day in its sentence, acts going on since a
    // recent day right after them began that day; it dates them better than a day told of another act before (rule
    // since-day-start). Within a few words of the act and in its clause; the days since make it time precision 2.
    const start = usable.find((d) => d.precision === 1 && d.endDay === null && d.span[0] >= trigger[1] && d.span[1] <= sentence[1]
      && d.span[0] - trigger[1] <= SINCE_REACH && !/[,;:—–]/.test(doc.text.slice(trigger[1], d.span[0])) && periodStart(doc, d, sentence[0])
      && recentDay(doc, d))
    if (start) {
      const reason = `"${start.text}" right after the act opens the period it has gone on for: its first day (rule since-day-start).`
      noteOnce(doc, 'since-day-start', reason, trigger)
      return { date: { ...start, precision: 2 }, reason }
    }
  }
  const paraStart = doc.text.lastIndexOf('\n', Math.max(0, trigger[0] - 1)) + 1
  // Not the day of an act another sentence only recalls ("in retaliation for a raid on Sunday").
  const before = usable.filter((d) => d.span[0] >= paraStart && d.span[1] <= trigger[0] && !commemorated(doc, d) && !countedFrom(doc, d, trigger)
    && !afterActOpener(doc, d, sentenceStart(doc, d), sentenceAt(doc, d.span[0]) !== si) && !toldBesideAct(doc, usable, d, si)
    && !(sentence && d.span[0] >= sentence[0] && inRelativeBefore(doc, d, sentence[0], trigger[0]))
    && !personsOwnDay(doc, d, si)
    // A sentence before whose "a day after the group threatened ..." dates that other act (rule day-after-no-carry).
    && !(sentenceAt(doc, d.span[0]) !== si && datesOtherAct(d))
    && !(FLASHBACK.test(d.text) && !!sentence && d.span[1] <= sentence[0] && /\blater\b/i.test(doc.text.slice(sentence[0], trigger[0]))))
  if (before.length) {
    const best = before[before.length - 1]
    const eve = sentenceAt(doc, best.span[0]) < si ? eveBefore(doc, best, si, sentence, trigger) : null
    return eve ?? { date: best, reason: `"${best.text}" is the last date before the event in its paragraph.` }
  }
  // One sentence a paragraph is common in wire copy: the previous sentence's day carries on
  // ("Residents fired at police on Tuesday. Police fired rubber bullets in return.").
  if (si > 0) {
    const prev = doc.sentences[si - 1]
    // Only a day already past carries: a plan's day ("will be buried on Tuesday") dates no act told after it.
    const published = doc.article.published
    const carried = usable.filter((d) => d.precision === 1 && d.span[0] >= prev[0] && d.span[1] <= prev[1] && (!published || d.day! <= published) && !commemorated(doc, d)
      && !afterActOpener(doc, d, sentenceStart(doc, d), true) && !toldBesideAct(doc, usable, d, si)
      && !personsOwnDay(doc, d, si)
      // "JNIM claimed the attack in a statement on Friday. The army said its air force had struck a column of attackers as
      // they fled": the day a statement was made in the sentence before dates no act told next (rule statement-no-carry).
      && !saidOn(doc, d)
      // "fired mortar shells at the airport on Tuesday, a day after the group threatened to ...": the day of what "a day
      // after" is followed by dates that other act, not the story the next sentence carries on (rule day-after-no-carry).
      && !datesOtherAct(d)
      // "Its residents had fled two days earlier. Gunmen later shot dead a shopkeeper": "later" moves on from the story's
      // own day, past the flashback (rule flashback-no-carry).
      && !(FLASHBACK.test(d.text) && !!sentence && /\blater\b/i.test(doc.text.slice(sentence[0], trigger[0])))).pop()
    if (carried) return eveBefore(doc, carried, si, sentence, trigger) ?? { date: carried, reason: `"${carried.text}" in the sentence before carries on to the event.` }
  }
  // "The attack took place last week", in the next sentences: the time told of the act, before any lead or narrative day.
  const occurred = si >= 0 ? occurrenceAfter(doc, usable, si, false) : null
  if (occurred) {
    const reason = `No date near the event: "${occurred.text}" (${occurred.day}) in a later sentence tells when the act took place.`
    noteOnce(doc, 'date-of-occurrence', reason, trigger)
    return { date: occurred, reason }
  }
  // A headline or deck before any dated sentence sums up the lead: the lead's day is its day
  // ("Thousands march to protest killings" over "Thousands marched on Saturday ...").
  if (si >= 0 && !usable.some((d) => d.span[1] <= trigger[0])) {
    // Only later sentences: a date in the event's own sentence was weighed above (and maybe set aside).
    // Not "two days after militants ambushed a convoy": a day counted from another act dates that act, not the lead.
    const lead = usable.find((d) => sentenceAt(doc, d.span[0]) > si && sentenceAt(doc, d.span[0]) - si <= LEAD_SENTENCES && carries(doc, d) && !datesOtherAct(d))
    if (lead) {
      const reason = `No date before the event, which opens the article: the lead's "${lead.text}" (${lead.day}).`
      noteOnce(doc, 'date-from-lead', reason, trigger)
      return { date: lead, reason }
    }
  }
  // The day of the report: a dateline's date, else the publication date.
  const published = reportDay(doc)
  const which = published === doc.article.published ? 'the publication date' : 'the dateline\'s day'
  if (published && dayNumber(published) !== null && sentence && dateConfig().justNow.test(doc.text.slice(sentence[0], trigger[0]).slice(-40))) {
    const reason = `No date near the event, which "has just happened": ${which} ${published}, time precision 1.`
    noteOnce(doc, 'date-just-happened', reason, trigger)
    const date: DateMention = { span: [0, 0], text: '', score: 0.5, rule: 'date-from-publication', day: published, precision: 1, relative: true, endDay: null }
    return { date, reason }
  }
  // The story goes on from the last day it named ("The fighting began on Tuesday. ... In response,
  // gunmen fired rockets. Further strikes killed eight."): that day, a few sentences back, not the day of publication.
  if (si > 0) {
    // "... the Soweto uprising on June 16, 1976. Thousands had marched that day. Police opened fire, killing ...": an old
    // day told after the lead's, pointed back to ("that day") before the act, is the day the story goes on from (rule same-day).
    const last = usable.filter((d) => d.span[1] <= trigger[0] && si - sentenceAt(doc, d.span[0]) <= NARRATIVE_SENTENCES && d.day && d.precision === 1).pop()
    if (last && !carries(doc, last) && published && last.day! < published && dateConfig().sameDay.test(doc.text.slice(last.span[1], trigger[0]))) {
      const reason = `No date near the event: the story goes on from "${last.text}" (${last.day}), pointed back to ("that day") before it.`
      noteOnce(doc, 'date-same-day', reason, trigger)
      return { date: last, reason }
    }
    // "... near Sousse in June 2015. The attacker was shot dead by police on the day.": the pointer in the act's own
    // sentence, after the act too, points back to the last day or month told, when that is older than the report.
    const back = sentence ? usable.filter((d) => d.span[1] <= trigger[0] && si - sentenceAt(doc, d.span[0]) <= NARRATIVE_SENTENCES && d.day).pop() : undefined
    if (back && sentence && !carries(doc, back) && published && back.day! < published && dateConfig().sameDay.test(doc.text.slice(trigger[1], sentence[1]))) {
      const reason = `No date near the event: the story goes on from "${back.text}" (${back.day}), pointed back to ("${dateConfig().sameDay.exec(doc.text.slice(trigger[1], sentence[1]))![0].trim()}") in its sentence.`
      noteOnce(doc, 'date-same-day', reason, trigger)
      return { date: back, reason }
    }
    // Not a flashback counted back from the story's own day ("Its residents had fled two days earlier"): the story
    // returns to its day after it, the flashback's day does not carry on (rule flashback-no-carry).
    const told = usable.filter((d) => d.span[1] <= trigger[0] && si - sentenceAt(doc, d.span[0]) <= NARRATIVE_SENTENCES && carries(doc, d)
      && !(si > sentenceAt(doc, d.span[0]) && FLASHBACK.test(d.text)) && !personsOwnDay(doc, d, si)).pop()
    if (told) {
      const eve = eveBefore(doc, told, si, sentence, trigger)
      if (eve) return eve
      const reason = `No date near the event: the story goes on from "${told.text}" (${told.day}) ${si - sentenceAt(doc, told.span[0])} sentences before.`
      noteOnce(doc, 'date-from-narrative', reason, trigger)
      return { date: told, reason }
    }
    // "Police fired on protesters in the capital on Monday ... In the western town of X, protesters looted shops": the
    // lead's day is the story's day; an act told further on, with no other day, month or year as a time told between,
    // happened that day too, not on the day of the report (rule lead-day-carries).
    const lead = leadDay(doc, usable, si, trigger)
    if (lead) {
      const reason = `No date near the event: the lead's "${lead.text}" (${lead.day}) is the story's day, and no other time is told before the event.`
      noteOnce(doc, 'lead-day-carries', reason, trigger)
      return { date: lead, reason }
    }
  }
  if (published && dayNumber(published) !== null) {
    const reason = `No date near the event: ${which} ${published} is used, with time precision 2.`
    noteOnce(doc, 'date-from-publication', reason, trigger)
    const date: DateMention = { span: [0, 0], text: '', score: 0.4, rule: 'date-from-publication', day: published, precision: 2, relative: true, endDay: null }
    return { date, reason }
  }
  const reason = 'No date near the event and no publication date: the event date is left empty.'
  noteOnce(doc, 'date-unknown', reason, trigger)
  return { date: null, reason }
}

/** Per document, the day an "hours before" sentence moved to the evening before, and from which sentence (rule hours-before-early). */
const eveOf = new WeakMap<Doc, { told: DateMention; eve: DateMention; sentence: number }>()
/**
 * "Hours before the ceasefire began, air strikes pounded the suburbs", after "took effect early on Wednesday": a few hours
 * before the small hours of a day are the evening before it (rule hours-before-early); the story told on from there stays
 * on that evening. Null when the rule does not apply to the day `told` carried from an earlier sentence.
 */
function eveBefore(doc: Doc, told: DateMention, si: number, sentence: Span | null | undefined, trigger: Span): { date: DateMention; reason: string } | null {
  const before = eveOf.get(doc)
  if (before && before.told === told && before.sentence < si) {
    const reason = `No date near the event: the story goes on from the evening before "${told.text}" (${before.eve.day}), told from sentence ${before.sentence + 1}.`
    noteOnce(doc, 'hours-before-early', reason, trigger)
    return { date: before.eve, reason }
  }
  if (told.precision !== 1 || !told.day || !sentence || !HOURS_BEFORE.test(doc.text.slice(sentence[0], trigger[0]))) return null
  if (!EARLY_BEFORE.test(doc.text.slice(Math.max(0, told.span[0] - 30), told.span[0]))) return null
  const n = dayNumber(told.day)
  if (n === null) return null
  const eve: DateMention = { ...told, day: dayString(n - 1), rule: 'hours-before-early' }
  eveOf.set(doc, { told, eve, sentence: si })
  const reason = `No date near the event: "hours before" what happened early on "${told.text}" (${told.day}), ${si - sentenceAt(doc, told.span[0])} sentence(s) before: the evening before, ${eve.day}.`
  noteOnce(doc, 'hours-before-early', reason, trigger)
  return { date: eve, reason }
}

/** A sentence opening a few hours before another act: "Hours before the ceasefire began, ...". */
const HOURS_BEFORE = /^\W*(?:(?:just|only|a\s+few|several|some)\s+)?(?:hours|minutes)\s+before\b/i
/** Right before a day: "early on", "early", "in the early hours of", "before dawn on". */
const EARLY_BEFORE = /\b(?:early\s+(?:on\s+)?|in\s+the\s+early\s+hours\s+of\s+|before\s+dawn\s+(?:on\s+)?)$/i

/** A past-tense verb and no future word between the sentence's start and `at`: "Rioters barricaded a road ... in April". */
function pastBefore(doc: Doc, from: number, at: number): boolean {
  const words = doc.text.slice(from, at)
  return /\b[a-z]{3,}ed\b/.test(words) && !dateConfig().future.test(words)
}
/** Sentences after the lead's day within which it stays the story's day when no other time is told (rule lead-day-carries). */
const STORY_SENTENCES = 8

/**
 * In wire copy opened by a dateline, the lead paragraph's last day that carries, when it is the last time told before the act at sentence `si`: every date
 * between it and the act is a year told as a noun's modifier ("the 2024 protests"), not "in 2024" (rule lead-day-carries).
 */
function leadDay(doc: Doc, usable: readonly DateMention[], si: number, trigger: Span): DateMention | null {
  const opening = doc.text.search(/\S/)
  if (opening < 0) return null
  const leadEnd = doc.text.indexOf('\n', opening)
  if (leadEnd < 0 || trigger[0] <= leadEnd) return null
  // Wire copy only: a lead that opens on a dateline ("NAIROBI, July 8 (Reuters) -") tells the story's day first.
  if (!doc.regions.some((r) => r.kind === 'dateline' && r.span[0] <= opening + 1 && r.span[1] <= leadEnd)) return null
  const lead = usable.filter((d) => d.span[1] <= leadEnd && carries(doc, d) && !datesOtherAct(d) && !personsOwnDay(doc, d, si)).pop()
  if (!lead || si - sentenceAt(doc, lead.span[0]) > STORY_SENTENCES) return null
  const modifier = (d: DateMention) => d.precision === 3 && /^\d{4}(?:\s*[-–]\s*\d{2,4})?$/.test(d.text.trim())
    && /^\s+[a-z]/.test(doc.text.slice(d.span[1], d.span[1] + 3))
    && !dateConfig().yearTimeBefore.test(doc.text.slice(Math.max(0, d.span[0] - 30), d.span[0]))
  const between = doc.dates.filter((d) => d !== lead && d.span[0] >= lead.span[1] && d.span[1] <= trigger[0] && !inRegion(doc, d.span, notStory))
  return between.every(modifier) ? lead : null
}

/** Sentences after an undated headline within which the lead's day is looked for. */
const LEAD_SENTENCES = 6
/** Sentences back within which the story's last named day carries on to an undated event. */
const NARRATIVE_SENTENCES = 4
/** Days before publication within which a named day is the story's news, not its history. */
const NEWS_DAYS = 7

/**
 * Whether a date may carry to an undated event: one day, already past and recent, said of an act
 * (not the day a statement was made: "said on Tuesday"), not the start of a period ("since Friday").
 */
/** "a day after the group threatened ...": a count from an act the phrase itself names, whose day it gives, not the story's. */
function datesOtherAct(d: DateMention): boolean {
  return d.rule === 'day-before-after' && /\b(?:after|before)$/i.test(d.text)
}

function carries(doc: Doc, d: DateMention): boolean {
  const published = doc.article.published
  if (d.precision !== 1 || d.endDay !== null || d.rule === 'date-from-publication' || !d.day || !published) return false
  const age = (Date.parse(published) - Date.parse(d.day)) / 86400000
  if (!(age >= 0 && age <= NEWS_DAYS)) return false
  const si = sentenceAt(doc, d.span[0])
  const from = si >= 0 ? doc.sentences[si][0] : 0
  return !dateConfig().statementDay.test(doc.text.slice(Math.max(from, d.span[0] - 30), d.span[0])) && !periodStart(doc, d, from)
    && !afterActOpener(doc, d, from, true)
}

function sentenceStart(doc: Doc, d: DateMention): number {
  const si = sentenceAt(doc, d.span[0])
  return si >= 0 ? doc.sentences[si][0] : 0
}

/**
 * "in retaliation for preventing them from voting on Sunday": the date of the act the opener names, not of the
 * sentence's own. Told in another sentence than the event's, a date after any clause opener ("after a speech on
 * Sunday") is that of the earlier act or circumstance too: it does not carry on to the event.
 */
function afterActOpener(doc: Doc, d: DateMention, sentenceStart: number, otherSentence = false): boolean {
  const before = doc.text.slice(sentenceStart, d.span[0])
  return dateConfig().actOpener.test(before) || (otherSentence && dateConfig().clauseOpener.test(before))
}

/** Sentences after the event's within which "The attack took place on Sunday" gives its day. */
const OCCURRENCE_SENTENCES = 2

/**
 * A recent day, or a recent week or weekend ("The attack took place last week"), told with a verb of occurring
 * ("took place", "happened") in the next sentences of the event's. A new paragraph may open that sentence.
 */
function occurrenceAfter(doc: Doc, usable: readonly DateMention[], si: number, onset: boolean): DateMention | null {
  for (const d of usable) {
    const at = sentenceAt(doc, d.span[0])
    if (at <= si || at - si > OCCURRENCE_SENTENCES || !(carries(doc, d) || recentPeriod(doc, d))) continue
    const opening = doc.text.slice(doc.sentences[at][0], d.span[0]).trimStart()
    // An aside set off by commas ("The gunmen stormed Bafut, 20 km north of Bamenda, on Monday") is no other clause: it is
    // left out before the recall test (which allows no comma, so an opening with none is tested as it stands).
    const recalled = (): boolean => dateConfig().recall.test(opening.replace(/,[^,]{1,80},\s*/g, ' '))
    if (dateConfig().occurrence.test(opening) || (onset && (dateConfig().onset.test(opening) || recalled() || dateConfig().retold.test(opening)))) return d
  }
  return null
}

/** A period of at most a week, ended by publication and within the news days ("last week", "over the weekend"). */
function recentPeriod(doc: Doc, d: DateMention): boolean {
  const published = doc.article.published
  if (d.precision !== 2 || !d.endDay || !d.day || !published || d.rule === 'date-from-publication') return false
  const age = (Date.parse(published) - Date.parse(d.endDay)) / 86400000
  return age >= 0 && age <= NEWS_DAYS
}

/**
 * "On Wednesday, the army said it had ...": opening the sentence, a date with a reporting verb a few words after it,
 * before the act, is the statement's day. ("Between 6pm on Monday and 1am on Wednesday, police said ..." is no such day.)
 */
function saidAfter(gap: string): boolean {
  const m = dateConfig().saidAfter.exec(gap)
  return !!m
}

/**
 * "The junta, which seized power in September 2022, has vowed to retake ...": a date in a relative clause set off by
 * commas between the subject and the act dates the clause's own act, not the one after it.
 */
function inRelativeBefore(doc: Doc, d: DateMention, sentenceStart: number, trigger: number): boolean {
  return /,\s*(?:which|who|whose)\b[^,;]*$/i.test(doc.text.slice(sentenceStart, d.span[0])) && /^[^,;]*,/.test(doc.text.slice(d.span[1], trigger))
}

/**
 * `d` closes a relative clause about someone in an earlier sentence ("the death of a driver who was arrested on Saturday"):
 * the day of that person's own past, which carries to no act told after it (rule relative-day-no-carry).
 */
function personsOwnDay(doc: Doc, d: DateMention, si: number): boolean {
  const at = sentenceAt(doc, d.span[0])
  if (at < 0 || at >= si) return false
  const head = doc.text.slice(doc.sentences[at][0], d.span[0])
  // "demanding the resignation of the president, who took office last week after ...": a day in a clause about a person set
  // off by a comma, still open, is that person's too (rule person-clause-day).
  return (RELATIVE_PASSIVE.test(head) && /^\W*$/.test(doc.text.slice(d.span[1], doc.sentences[at][1]))) || WHO_CLAUSE.test(head)
}
// A clause about a person, still open: ", who took office" (not closed by a comma).
const WHO_CLAUSE = /,\s*(?:who|whom|whose)\s+[^,;:—–]*$/i
const RELATIVE_PASSIVE = /\b(?:who|whom)\s+(?:was|were|had been|has been|have been)\s+[a-z]+ed\b(?:\s+[a-z]+){0,3}\s*$/i

/** `d` stands in a relative clause ("who were arrested in June during ...") that runs on, with no comma, to the trigger. */
function inRelativeWith(doc: Doc, d: DateMention, sentenceStart: number, trigger: number): boolean {
  return /\b(?:who|which|that)\s+(?:were|was|had been|have been|has been)\b[^,;]*$/i.test(doc.text.slice(sentenceStart, d.span[0])) && !/[,;]/.test(doc.text.slice(d.span[1], trigger))
}

/** Characters after an act within which "since <day>" gives the day it began (rule since-day-start). */
const SINCE_REACH = 100

/** A day already past and within the news days of publication. */
function recentDay(doc: Doc, d: DateMention): boolean {
  const published = doc.article.published
  if (!d.day || !published) return false
  const age = (Date.parse(published) - Date.parse(d.day)) / 86400000
  return age >= 0 && age <= NEWS_DAYS
}

/** "since Friday": the date opens a period, it is not the day of an act. */
function periodStart(doc: Doc, d: DateMention, sentenceStart: number): boolean {
  return dateConfig().periodStart.test(doc.text.slice(Math.max(sentenceStart, d.span[0] - 60), d.span[0]))
}

/**
 * "The clashes began after eight people were killed Friday": between the trigger and a date after
 * it, a clause opener followed by a verb of its own makes the date another act's. "after Friday
 * prayers", "after midnight on Friday" have no verb: the date stays the trigger's.
 */
/** "Four days after the Bannu siege, the army said ...": the act the count starts from is not dated by it. */
function countedFrom(doc: Doc, d: DateMention, trigger: Span): boolean {
  return d.rule === 'day-before-after' && d.span[1] <= trigger[0] && /^\s+(?:the\s+)?(?:\p{Lu}[\w'’-]*\s+){0,2}$/u.test(doc.text.slice(d.span[1], trigger[0]))
}

/** "to mark the anniversary of their declaration of independence on Oct. 1, 2017": the day of a remembered act. */
function commemorated(doc: Doc, d: DateMention): boolean {
  const si = sentenceAt(doc, d.span[0])
  const from = si >= 0 ? doc.sentences[si][0] : Math.max(0, d.span[0] - 120)
  return dateConfig().commemorated.test(doc.text.slice(Math.max(from, d.span[0] - 120), d.span[0]))
}

function otherActBetween(gap: string): boolean {
  if (dateConfig().actOpener.test(gap)) return true
  // "fighting has continued despite a truce brokered by the United Nations in April 2022": the agreement's date.
  if (dateConfig().agreementAct.test(gap)) return true
  // "to demand the release of a man who disappeared on August 17": a relative clause about a person, with a past verb
  // of its own. ("Boko Haram, which seized 270 schoolgirls in 2014" may tell the very act: "which" is left alone.)
  // ("dispersed people who marched in Lome on Thursday": the crowd's own gathering is the act met, rule crowd-relative.)
  if (/\b(?:who|whom)\s+(?:had\s+|has\s+|have\s+)?(?:been\s+|was\s+|were\s+)?[a-z]{3,}ed\b/i.test(gap) && !dateConfig().crowdRelative.test(gap)) return true
  // "regained control of Goma, which M23 rebels seized in March": a relative clause with a subject of its own tells
  // another act, and its date is that act's. ("which was razed on Monday", "which killed five" are left alone.)
  if (/,\s*which\s+(?!(?:was|were|had|has|have|is|are)\b)(?:[\w'’-]+\s+){1,4}?(?:had\s+)?(?:[a-z]{3,}ed|took|fell|lost|overran|won|began|struck|shot)\b/i.test(gap)) return true
  // "said the rebels had carried out the kidnapping and that security forces had freed 11 of them on Monday": a second
  // reported clause with a subject and a past verb of its own tells another act, and its date is that act's (rule and-that-clause).
  // Not a toll of the act told ("caught in the fighting and that three of them had been killed over the weekend").
  const second = /\band\s+that\s+(?:[\w'’-]+\s+){1,4}?(?:had\s+|has\s+|have\s+)?(?:been\s+)?([a-z]{3,}ed|took|fought|shot|seized|overran)\b/i.exec(gap)
  if (second && !/^(?:killed|wounded|injured|hurt|died|murdered|slain)$/i.test(second[1])) return true
  const m = gap.match(dateConfig().clauseOpener)
  if (!m) return false
  return /\b[a-z]{3,}ed\b/i.test(gap.slice(m.index! + m[0].length))
}

/**
 * Which date in a sentence names the event's own day: a stated day first ("On 9 May 2020"), then
 * a stated day needing the publication year, then periods and ranges, then durations and
 * "N days after" (they usually recall something else: "eight days after being told").
 */
function rank(doc: Doc, d: DateMention): number {
  // "had struck the camps three days earlier, killing 30": said alone (not "three days after the vote"), it dates the act.
  if (d.rule === 'day-before-after' && /^\s*(?:[,.;:)]|$|when\b|and\b)/.test(doc.text.slice(d.span[1], d.span[1] + 8))) return 1
  if (d.rule === 'campaign' || d.rule === 'past-period' || d.rule === 'day-before-after') return 3
  if (d.endDay !== null) return 2
  return d.relative ? 1 : 0
}

function noteOnce(doc: Doc, rule: string, reason: string, span: Span): void {
  if (!doc.messages.some((m) => m.rule === rule && m.span?.[0] === span[0] && m.span?.[1] === span[1])) say(doc, 'dates', rule, reason, { span })
}

/** Future tense in the words before `at`, within its sentence ("will meet on Friday"). */
function isFuture(doc: Doc, at: number, cfg: DateConfig): boolean {
  const si = sentenceAt(doc, at)
  const from = Math.max(si >= 0 ? doc.sentences[si][0] : 0, at - 60)
  let before = doc.text.slice(from, at)
  // "will punish students who gathered on Monday": a relative clause in the past between the cue and the date is its day.
  const relative = [...before.matchAll(PAST_RELATIVE)].pop()
  if (relative) before = before.slice(relative.index! + relative[0].length)
  // "Ruto, who has said he will run next year, did not comment on Monday's clashes": the main clause taken up again after
  // an aside; the aside's future cue does not reach the day (rule resumed-clause).
  const resumed = [...before.matchAll(cfg.resumedClause)].pop()
  if (resumed) before = before.slice(resumed.index! + resumed[0].length)
  // "was calm until gangs attacked it in late January": "until" opens a clause told in the past, no deadline.
  const clause = cfg.pastClause.exec(before)
  if (clause) before = before.slice(clause.index + clause[0].length)
  // "fired on residents until the early hours of Monday": a past act ran on into the night just past (rule night-run-on).
  // Not "the curfew imposed on Friday will run until the early hours of Monday": a future word after the past verb.
  const run = cfg.nightRunOn.exec(before)
  if (run && !cfg.future.test(run[0].slice(0, run[0].toLowerCase().lastIndexOf('until')))) return false
  return cfg.future.test(before) || (cfg.futureInPast.test(before) && !cfg.habitBefore.test(before))
}
const PAST_RELATIVE = /\b(?:who|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?[a-z]+ed\b/gi

/** "Around 9 May", "As reported on 2 May", "9 May (as reported)", "5 April (or around)". */
const YEAR_WRITTEN = /\b(?:1[89]|20)\d\d\b/
const MONTH_DAY = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)$/i

/**
 * "The bomb killed 140,000 by the end of 1945. Three days later ..., and Japan surrendered on August 15": a day and month
 * with no year, after a word that carries the story on (data/dates.yaml year-continuers), in the sentence of a date that
 * wrote out an earlier year or the one after it, is that year's day. Returns the day, or null.
 */
function carriedYear(doc: Doc, f: Found, cfg: DateConfig, told: { year: number; sentence: number } | null): number | null {
  if (!told || f.day === null || f.precision !== 1 || f.fromPrevious !== undefined || !MONTH_DAY.test(doc.text.slice(f.start, f.end).trim())) return null
  const { year, month, date } = parts(f.day)
  const si = sentenceAt(doc, f.start)
  if (told.year >= year || si < 0 || si - told.sentence > 1 || si < told.sentence) return null
  if (!cfg.yearContinuer.test(doc.text.slice(doc.sentences[si][0], f.start))) return null
  return date <= daysInMonth(told.year, month) ? ymd(told.year, month, date) : null
}

function approximate(text: string, f: Found, cfg: DateConfig): boolean {
  // "at about 11pm on Sunday": the word rounds the hour the date opens with; the day is exact.
  const before = !cfg.clockOpening.test(text.slice(f.start, f.end)) && cfg.approxBefore.test(text.slice(Math.max(0, f.start - 30), f.start))
  return before || cfg.approxAfter.test(text.slice(f.end, f.end + 30))
}

/** Rule matches can overlap ("between 2 and 8 May" and "8 May"): keep the earliest, then the longest. */
function firstOfOverlapping(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Found[] = []
  for (const f of sorted) if (!out.some((o) => f.start < o.end && o.start < f.end)) out.push(f)
  return out
}
