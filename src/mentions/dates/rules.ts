/** @module mentions/dates/rules: the date phrases chrono misreads or ignores: ranges, parts of months, named weeks, durations, "overnight", "the day before". */
import type { DateConfig } from './config.js'
import { addMonths, daysInMonth, easterOf, middle, mondayOf, nearestWeekday, parts, WEEKDAY_NAMES, ymd } from './calendar.js'

/** A date phrase found in the text, resolved to day numbers (null when it needs a publication date we lack). */
export interface Found {
  start: number
  end: number
  rule: string
  day: number | null
  precision: 1 | 2 | 3
  relative: boolean
  startDay: number | null
  endDay: number | null
  score: number
  /** Resolve against the previous date in the text ("the day before"), by this many days. */
  fromPrevious?: number
  /** Resolve to the year this many years before the previous date's ("the year before"), or publication's. */
  yearsBefore?: number
  /** Counted only from a date right after it ("two days after Sunday's vote", "on the eve of the 3 May poll"); else dropped. */
  needsAnchor?: boolean
}

const WD = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)'
const wdIndex = (name: string) => WEEKDAY_NAMES.indexOf(name.toLowerCase())
const WEEKDAY = new RegExp(WD)

/** A year as ACLED has no precision for it: mid-year, time precision 3, the whole year as the period. */
export function wholeYear(y: number, extra: Pick<Found, 'rule' | 'relative' | 'score'>): Omit<Found, 'start' | 'end'> {
  return { ...extra, day: ymd(y, 7, 1), precision: 3, startDay: ymd(y, 1, 1), endDay: ymd(y, 12, 31) }
}

type Unknown = (rule: string) => Omit<Found, 'start' | 'end'>

/**
 * Weekday phrases chrono misreads: "the night of Saturday to Sunday" (the evening's day, as ACLED codes
 * a night), "between Monday and Wednesday", "on Monday and Tuesday", "from Friday to Sunday" (a period:
 * its middle, time precision 2). A past period ends on the most recent such day on or before publication.
 */
function weekdayRules(text: string, ref: number | null, futureAt: (at: number) => boolean, add: Add, unknown: Unknown): void {
  // Each pattern below names a weekday as written (capitalised): without one, none can match.
  if (!WEEKDAY.test(text)) return
  for (const m of text.matchAll(NIGHT_OF)) {
    if (ref === null) { add(m, unknown('night-of')); continue }
    const future = futureAt(m.index!)
    const day = nearestWeekday(ref, wdIndex(m[1]), future ? 'future' : 'past')
    add(m, { rule: 'night-of', day, precision: 1, relative: true, startDay: null, endDay: null, score: 0.85 })
  }
  // "overnight into Sunday", "during the night to Sunday": the night before that day, on the evening's date.
  for (const m of text.matchAll(NIGHT_INTO)) {
    if (ref === null) { add(m, unknown('night-of')); continue }
    const future = futureAt(m.index!)
    const day = nearestWeekday(ref, wdIndex(m[1]), future ? 'future' : 'past') - 1
    add(m, { rule: 'night-of', day, precision: 1, relative: true, startDay: null, endDay: null, score: 0.85 })
  }
  for (const m of text.matchAll(WEEKDAY_RANGE)) {
    const [a, b] = (m[1] ? [m[1], m[2]] : m[3] ? [m[3], m[4]] : [m[5], m[6]]).map(wdIndex)
    const span = (b - a + 7) % 7
    if (span === 0) continue
    if (ref === null) { add(m, unknown('weekday-range')); continue }
    const future = futureAt(m.index!)
    const start = future ? nearestWeekday(ref, a, 'future') : nearestWeekday(ref, b, 'past') - span
    add(m, period(start, start + span, { rule: 'weekday-range', relative: true, score: 0.85 }))
  }
  // "on a busy Saturday afternoon in September 2013", "one Friday in 2019": a weekday of a month or year told
  // right after it, not the last such weekday before publication. The day itself is unknown: the month (or year).
  for (const m of text.matchAll(WEEKDAY_IN_MONTH)) {
    const y = +m[3]
    if (y < 1900 || y > 2100) continue
    if (!m[2]) { add(m, wholeYear(y, { rule: 'weekday-of-month', relative: false, score: 0.9 })); continue }
    const month = monthIndex(m[2])
    add(m, period(ymd(y, month, 1), ymd(y, month, daysInMonth(y, month)), { rule: 'weekday-of-month', relative: false, score: 0.9 }))
  }
}

export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec'
// The patterns of the rules below, made once: built per article they cost a string of some kilobytes and a
// compilation-cache lookup each, and a compile whenever a full garbage collection has aged the cache (matchAll copies
// them, so none of them carries a lastIndex between uses).
const NIGHT_OF = new RegExp(`\\b(?:the\\s+)?night\\s+(?:of|from|between)\\s+${WD}(?:\\s*(?:to|into|and|-|–)\\s*${WD})?\\b`, 'g')
const NIGHT_INTO = new RegExp(`\\b(?:overnight|(?:during\\s+|in\\s+)?the\\s+night)\\s+(?:into|to)\\s+${WD}\\b`, 'g')
const WEEKDAY_RANGE = new RegExp(`\\b(?:between\\s+${WD}\\s+and\\s+${WD}|from\\s+${WD}\\s+(?:to|until|till|through|into)\\s+${WD}|${WD}\\s+(?:and|to|through|-|–)\\s+${WD})\\b(?!\\s*,?\\s*(?:\\d|${MONTHS}))`, 'g')
const WEEKDAY_IN_MONTH = new RegExp(`\\b${WD}(?:\\s+(?:morning|afternoon|evening|night))?,?\\s+in\\s+(?:(?:late|early|mid)[\\s-]+)?(?:(${MONTHS})\\.?\\s+)?(\\d{4})\\b`, 'g')
const DAY_RANGE = new RegExp(`\\b(?:(?:between|from)\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\.?(?:,?\\s+(\\d{4}))?\\b`, 'gi')
const DAY_RANGE_US = new RegExp(`\\b(?:(?:between|from)\\s+)?(${MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:and|to|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:${MONTHS}|:|\\.\\d|%|people|persons|soldiers|civilians))(?:,?\\s+(\\d{4}))?`, 'g')
const CROSS_RANGE = new RegExp(`\\b(?:between|from)\\s+(\\d{1,2})\\s+(${MONTHS})\\.?\\s*(?:and|to|-|–)\\s*(\\d{1,2})\\s+(${MONTHS})\\.?(?:,?\\s+(\\d{4}))?\\b`, 'gi')
const NAMED_MONTH = new RegExp(`\\b(last|this past|in|during|since|early in|late in)?\\s*(${MONTHS})(?!\\s+\\d{1,2}\\b)(?:,?\\s+(\\d{4}))?\\b`, 'gi')
/** The rules' patterns that read the date configuration's word lists: made once per configuration. */
const cfgPatterns = new WeakMap<DateConfig, ReturnType<typeof makeCfgPatterns>>()
function makeCfgPatterns(cfg: DateConfig) {
  return {
    part: new RegExp(`\\b(?:the\\s+)?(${cfg.monthPartAlt})[\\s-]+(${MONTHS})\\.?(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    yearBack: new RegExp(`\\b(?:the\\s+(?:year\\s+before(?!\\s+last)|previous\\s+year|preceding\\s+year)|(a|${cfg.countAlt}|\\d+)\\s+years?\\s+(?:earlier|before)(?!\\s+(?:the|a|an|his|her|their|its)\\b))`, 'gi'),
    // "the following morning", "the previous evening": a part of the day after or before counts as that day.
    ana: new RegExp(`\\b(?:the\\s+(?:day|night)\\s+(before|after)|the\\s+(previous|following|next)\\s+(?:day|night|morning|afternoon|evening)|(a|${cfg.countAlt}|\\d+)\\s+(?:days?|weeks?)\\s+(later|earlier|before|after)|(the\\s+same\\s+day)|(?:the\\s+)?(eve)\\s+of)\\b`, 'gi'),
    // "in early 2019", "in mid-2019", "by the end of 2019": a part of a year alone is history too (as "in 2019").
    // "between 2008 and 2011", "from 2014 to 2017": a span of years is history from its first year (rule year-span);
    // not "between 2000 and 3000 people", a count.
    year: new RegExp(`\\b(?:in|since|during|by|until|of|the|its|their|his|her|a|(?:between|from)(?=\\s+(?:19|20)\\d{2}\\s+(?:and|to|until|through)\\s+(?:19|20)\\d{2}\\b(?!\\s*(?:people|persons|men|women|children|soldiers|fighters|troops|civilians|protesters|%|percent))))\\s+(?:(?:the\\s+)?(?:${cfg.monthPartAlt})[\\s-]+)?((?:19|20)\\d{2})\\b(?![-–\\/]\\d)(?!\\s*(?:people|persons|men|women|children|soldiers|fighters|troops|civilians|protesters|%|percent))`, 'gi'),
    partOf: new RegExp(`\\b(?:the\\s+)?(${cfg.monthPartAlt})[\\s-]+(last|this)\\s+month\\b`, 'gi'),
    ago: new RegExp(`\\b(${cfg.countAlt}|\\d+)\\s+(day|week|month|year)s?\\s+(?:ago|(?<=(?:week|month)s?\\s+)earlier)\\b`, 'gi'),
    yearsAgo: new RegExp(`\\b(a|${cfg.countAlt}|\\d+)\\s+years?\\s+ago\\b`, 'gi'),
    coming: new RegExp(`\\b(?:in|over|during|within)\\s+the\\s+(?:(?:coming|next)\\s+(?:(${cfg.countAlt}|\\d+)\\s+)?(day|week|month)s?|(day|week|month)s\\s+ahead)\\b`, 'gi'),
    campaign: new RegExp(`\\b(${cfg.countAlt}|\\d+)[\\s-](day|week|month|night|fortnight)s?(?:[\\s-]long)?\\s+(?:(?:military|air|ground|army|rebel|government|joint|intense|bombing|aerial|renewed)\\s+)?(?:${cfg.campaignAlt})\\b`, 'gi'),
    past: new RegExp(`\\b(?:over|in|during|for)\\s+the\\s+(?:past|last)\\s+(?:(${cfg.countAlt}|\\d+)\\s+)?(hour|day|week|month|fortnight)s?\\b`, 'gi'),
    holiday: cfg.holidays.size ? new RegExp(`\\b(${cfg.holidayAlt})(?:,?\\s+(\\d{4}))?\\b`, 'gi') : null,
    feast: cfg.feasts.size ? new RegExp(`\\b(${cfg.feastAlt})(?:,?\\s+(\\d{4}))?\\b`, 'gi') : null,
  }
}
function patternsOf(cfg: DateConfig): ReturnType<typeof makeCfgPatterns> {
  let p = cfgPatterns.get(cfg)
  if (!p) cfgPatterns.set(cfg, (p = makeCfgPatterns(cfg)))
  return p
}
// Every month pattern of findRuleDates ends a month's name at a word boundary: a text with no such word skips them all.
const MONTH_WORD = new RegExp(`(?:${MONTHS})\\b`, 'i')
const YEAR_DIGITS = /(?:19|20)\d\d/
const monthIndex = (name: string): number => {
  const i = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase())
  return i + 1
}
const isCapital = (s: string) => /^[A-Z]/.test(s)

/**
 * The year of a yearless month (and day): the one nearest to publication that is not more than
 * a week after it (news reports the past), or not more than a week before it when future.
 */
export function yearFor(month: number, date: number, ref: number, future: boolean): number {
  const y = parts(ref).year
  const cands = [y - 1, y, y + 1].map((year) => ({ year, n: ymd(year, month, Math.min(date, daysInMonth(year, month))) }))
  const ok = cands.filter((c) => (future ? c.n >= ref - 7 : c.n <= ref + 7))
  ok.sort((a, b) => Math.abs(a.n - ref) - Math.abs(b.n - ref))
  return (ok[0] ?? cands[1]).year
}

/**
 * The year told right after a yearless date: "April 15 last year" (publication's year before), "February and March 2022"
 * (a month joined by "and", "or", "to" to a month with a year takes that year; the year before when it comes later in
 * the year: "December and January 2023"). `end` is where the yearless date ends; null when nothing says.
 */
export function yearAfter(text: string, end: number, ref: number | null, month: number): number | null {
  const after = text.slice(end, end + 60)
  const rel = YEAR_WORD_AFTER.exec(after)
  // "in July that year", "in May the same year": the year written last before it ("mass protests in 2022 ... in July that year").
  if (rel && /^(?:that|the same)$/i.test(rel[1])) {
    const years = [...text.slice(Math.max(0, end - 600), end).matchAll(/\b((?:19|20)\d\d)\b/g)]
    return years.length ? +years[years.length - 1][1] : null
  }
  if (rel) return ref === null ? null : parts(ref).year + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[rel[1].toLowerCase()]
  const joined = JOINED_MONTH_YEAR.exec(after)
  if (!joined) return null
  const y = +joined[2]
  return monthIndex(joined[1]) < month ? y - 1 : y
}
/** ", last year", " of last year", " this year", " that year" right after a date. */
export const YEAR_WORD_AFTER = /^,?\s+(?:of\s+)?(last|this|next|that|the same)\s+year\b/i
// " and March 2022", " to 3 March, 2022", " or mid-March 2022": another month, with its year, joined to a yearless one.
const JOINED_MONTH_YEAR = new RegExp(`^\\s*(?:and|or|to|through|until|till|-|–)\\s+(?:(?:early|mid|late)[\\s-]+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(${MONTHS})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+((?:19|20)\\d\\d)\\b`)
// "April 15 last year", "15 April last year", "April last year": the year of that date, not a date of its own.
const MONTH_DATE_BEFORE = new RegExp(`(?:${MONTHS})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(?:of\\s+)?$`)

/** A period known as a span of days: ACLED codes its middle, precision 2 up to a week, 3 beyond. */
function period(start: number, end: number, extra: Pick<Found, 'rule' | 'relative' | 'score'>, precision?: 1 | 2 | 3): Omit<Found, 'start' | 'end'> {
  return { ...extra, day: middle(start, end), precision: precision ?? (end - start < 7 ? 2 : 3), startDay: start, endDay: end }
}

/** Every rule-based date phrase in `text`; `ref` is the publication day number or null; `futureAt` tells tense at an offset. */
export function findRuleDates(text: string, ref: number | null, cfg: DateConfig, futureAt: (at: number) => boolean): Found[] {
  const out: Found[] = []
  const { part, yearBack, ana, holiday, feast } = patternsOf(cfg)
  const add = (m: RegExpMatchArray, f: Omit<Found, 'start' | 'end'> | null) => {
    if (f) out.push({ ...f, start: m.index!, end: m.index! + m[0].length })
  }
  const unknown = (rule: string): Omit<Found, 'start' | 'end'> =>
    ({ rule, day: null, precision: 3, relative: true, startDay: null, endDay: null, score: 0.5 })
  const year = (y: string | undefined, month: number, date: number, at: number, end = -1): number | null =>
    y ? +y : (end >= 0 ? yearAfter(text, end, ref, month) : null) ?? (ref === null ? null : yearFor(month, date, ref, futureAt(at)))

  // "between 2 and 8 May 2020", "from 2 to 8 May", "between 5 - 6 April", "9 and 10 May"
  // One month's day range, whichever order it is written in.
  const dayRange = (m: RegExpMatchArray, month: number, a: number, b: number, yearText: string | undefined): void => {
    if (a >= b || b > 31) return
    const y = year(yearText, month, b, m.index!, m.index! + m[0].length)
    if (y === null) { add(m, unknown('date-range')); return }
    // "the night of 11 to 12 May": one night, coded on the evening's day.
    if (b === a + 1 && /\bnight\s+(?:of|from|between)\s+$/i.test(text.slice(Math.max(0, m.index! - 25), m.index!))) {
      add(m, { rule: 'night-of', day: ymd(y, month, a), precision: 1, relative: !yearText, startDay: null, endDay: null, score: 0.9 })
      return
    }
    add(m, period(ymd(y, month, a), ymd(y, month, Math.min(b, daysInMonth(y, month))), { rule: 'date-range', relative: !yearText, score: 0.9 }))
  }
  // Cheap tests first, each necessary for the patterns it guards (the patterns are run over the whole text).
  const months = MONTH_WORD.test(text), lower = text.toLowerCase()
  if (months) for (const m of text.matchAll(DAY_RANGE)) if (isCapital(m[3])) dayRange(m, monthIndex(m[3]), +m[1], +m[2], m[4])
  // Month first: "November 3 and 4", "between Nov. 3 and 5, 2023", "from May 2 to 8".
  if (months) for (const m of text.matchAll(DAY_RANGE_US)) dayRange(m, monthIndex(m[1]), +m[2], +m[3], m[4])
  // "between 30 April and 2 May 2020"
  for (const m of months ? text.matchAll(CROSS_RANGE) : []) {
    const m1 = monthIndex(m[2]), m2 = monthIndex(m[4])
    const y2 = year(m[5], m2, +m[3], m.index!)
    if (y2 === null) { add(m, unknown('date-range')); continue }
    const y1 = m1 > m2 ? y2 - 1 : y2
    add(m, period(ymd(y1, m1, +m[1]), ymd(y2, m2, +m[3]), { rule: 'date-range', relative: !m[5], score: 0.9 }))
  }
  // "early May", "mid-March 2016", "the end of April"
  for (const m of months ? text.matchAll(part) : []) {
    if (!isCapital(m[2])) continue
    const month = monthIndex(m[2]), [a, b] = cfg.monthParts.get(m[1].toLowerCase().replace(/\s+/g, ' '))!
    const y = year(m[3], month, a, m.index!, m.index! + m[0].length)
    if (y === null) { add(m, unknown('month-part')); continue }
    add(m, period(ymd(y, month, a), ymd(y, month, Math.min(b, daysInMonth(y, month))), { rule: 'month-part', relative: !m[3], score: 0.8 }, 2))
  }
  // A named month without a day: "last May", "in May", "May 2015" → the 15th (ACLED's month middle), precision 3.
  for (const m of months ? text.matchAll(NAMED_MONTH) : []) {
    if (!m[1] && !m[3]) continue                       // a bare "May" is too often the verb or a name
    // "2nd May 2020", "9 May": a day before the month makes it a full date (chrono's), not a month.
    if (/^\d/.test(text.slice(m.index! + m[0].length).trimStart()) || /\d(?:st|nd|rd|th)?\s*(?:of\s+)?$/i.test(text.slice(Math.max(0, m.index! - 8), m.index! + m[0].indexOf(m[2])))) continue
    const month = monthIndex(m[2])
    const isLast = /last|past/i.test(m[1] ?? '')
    let y: number | null = m[3] ? +m[3] : yearAfter(text, m.index! + m[0].length, ref, month)
    if (y === null) {
      if (ref === null) { add(m, unknown('named-month-name')); continue }
      y = yearFor(month, 15, ref, !isLast && futureAt(m.index!))
      if (isLast && ymd(y, month, 1) >= ref - 1) y -= 1
    }
    const first = ymd(y, month, 1), last = ymd(y, month, daysInMonth(y, month))
    // The span keeps "last" (it changes the meaning) but not "in"/"during".
    const start = isLast ? m.index! : m.index! + m[0].indexOf(m[2])
    out.push({ rule: 'month-name', day: ymd(y, month, 15), precision: 3, relative: !m[3], startDay: first, endDay: last, score: 0.7, start, end: m.index! + m[0].length })
  }
  // A year alone ("in 2012", "since 2015"): history, placed at mid-year with the coarsest precision (3),
  // so that the events stage can tell background from news.
  // "the 1995 massacre", "the 2016 attack": a year before a noun also dates history.
  for (const m of YEAR_DIGITS.test(text) ? text.matchAll(patternsOf(cfg).year) : []) {
    if (ref !== null && +m[1] > Math.floor(ref / 365.2425) + 1970 + 1) continue
    const y = +m[1]
    const start = m.index! + m[0].indexOf(m[1])
    out.push({ rule: 'year-only', day: ymd(y, 7, 1), precision: 3, relative: false, startDay: ymd(y, 1, 1), endDay: ymd(y, 12, 31), score: 0.5, start, end: start + 4 })
  }
  // "On Christmas Eve", "on New Year's Day 2023": a day known by name.
  if (cfg.holidays.size) {
    for (const m of text.matchAll(holiday!)) {
      if (!/^\p{Lu}/u.test(m[1])) continue
      const [month, date] = cfg.holidays.get(m[1].toLowerCase().replace(/\s+/g, ' '))!
      const y = year(m[2], month, date, m.index!)
      add(m, y === null ? unknown('holiday') : { rule: 'holiday', day: ymd(y, month, date), precision: 1, relative: !m[2], startDay: null, endDay: null, score: 0.8 })
    }
  }
  // "on Palm Sunday", "on Good Friday 2019": a day counted from Easter, in the year given or the latest on or before
  // publication (the next one when told in the future).
  if (feast && /day\b/i.test(text)) {
    for (const m of text.matchAll(feast)) {
      if (!/^\p{Lu}/u.test(m[1])) continue
      const offset = cfg.feasts.get(m[1].toLowerCase().replace(/\s+/g, ' '))!
      let day: number | null = null
      if (m[2]) day = easterOf(+m[2]) + offset
      else if (ref !== null) {
        const y = parts(ref).year
        const future = futureAt(m.index!)
        day = easterOf(y) + offset
        if (!future && day > ref) day = easterOf(y - 1) + offset
        if (future && day < ref) day = easterOf(y + 1) + offset
      }
      add(m, day === null ? unknown('feast-day') : { rule: 'feast-day', day, precision: 1, relative: !m[2], startDay: null, endDay: null, score: 0.8 })
    }
  }
  weekdayRules(text, ref, futureAt, add, unknown)
  if (ref !== null) relativeRules(text, lower, ref, cfg, futureAt, add)
  else {
    const any = /\b(?:(?:last|this|next|past|previous)\s+(?:week|weekend|month|year)|(?:earlier|later)\s+this\s+(?:week|month)|overnight|last\s+night|today|tonight|yesterday)\b/gi
    for (const m of text.matchAll(any)) add(m, unknown('relative-date'))
  }
  // "the year before", "the previous year", "two years earlier": a year back from the previous date in the text.
  for (const m of lower.includes('year') ? text.matchAll(yearBack) : []) {
    const n = m[1] ? (/^\d+$/.test(m[1]) ? +m[1] : cfg.counts.get(m[1].toLowerCase()) ?? 1) : 1
    if (/few|several|couple/i.test(m[1] ?? '')) continue
    add(m, { rule: 'year-before', day: null, precision: 3, relative: true, startDay: null, endDay: null, score: 0.5, yearsBefore: n })
  }
  // "the day before", "a day later", "two days earlier": from the previous date in the text, or from a date right after
  // the phrase ("two days after Sunday's vote"). "on the eve of" counts only from such a date.
  for (const m of text.matchAll(ana)) {
    // "two days before protests his party had called", "eight days after being told": counted from an act the
    // phrase names itself, not from the previous date; only from a date of that act right after it, if any.
    // "after the attack", "before that" count back to the previous date.
    const named = !!m[6] || (!!m[4] && /^(?:before|after)$/i.test(m[4]) && /^\s+\w/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 3))
      && !/^\s+(?:the|this|that|these|those|it|its)\b/i.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 12)))
    // "a week after", "two weeks earlier": seven days a week, known to the week only (precision 2).
    const weeks = /\bweeks?\b/i.test(m[0])
    const n = (m[3] ? (/^\d+$/.test(m[3]) ? +m[3] : cfg.counts.get(m[3].toLowerCase()) ?? 1) : m[5] ? 0 : 1) * (weeks ? 7 : 1)
    const sign = /before|previous|earlier|eve/i.test(m[1] ?? m[2] ?? m[4] ?? m[6] ?? '') ? -1 : 1
    // "..., a day after the rebels seized the airport": the phrase opens a clause of its own, whose act it dates; that
    // act lies a day before the day told before it, not after (rule clause-day-after).
    const clause = /^(?:before|after)$/i.test(m[1] ?? m[4] ?? '') && cfg.actClause.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 80))
    add(m, { rule: 'day-before-after', day: null, precision: weeks ? 2 : 1, relative: true, startDay: null, endDay: null, score: 0.7, fromPrevious: (clause ? -sign : sign) * n, ...(named && !clause ? { needsAnchor: true } : {}) })
  }
  return out
}

type Add = (m: RegExpMatchArray, f: Omit<Found, 'start' | 'end'> | null) => void

function relativeRules(text: string, lower: string, ref: number, cfg: DateConfig, futureAt: (at: number) => boolean, add: Add): void {
  const { partOf, ago, yearsAgo, coming, campaign, past } = patternsOf(cfg)
  const rel = { relative: true, score: 0.8 }
  // Cheap tests first: a pattern below that needs "week", "month" or "ago" is not run over a text (`lower`: in lower case) without it.
  const weekWord = lower.includes('week'), monthWord = lower.includes('month'), agoWord = lower.includes('ago')
  // Named weeks: "last week" is the previous Monday–Sunday, "this week" runs to publication.
  for (const m of weekWord ? text.matchAll(/\b(last|past|previous|this|earlier\s+this|later\s+this|earlier\s+in\s+the|later\s+in\s+the|next|the\s+past|the\s+previous)\s+week\b(?!-)/gi) : []) {
    const w = m[1].toLowerCase().replace(/\s+/g, ' ').replace(/ in the$/, ' this')     // "earlier in the week": this week's
    const mon = mondayOf(ref)
    if (w === 'last' || w === 'previous' || w === 'the previous') add(m, period(mon - 7, mon - 1, { rule: 'named-week', ...rel }))
    else if (w === 'past' || w === 'the past') add(m, period(ref - 7, ref - 1, { rule: 'named-week', ...rel }))
    else if (w === 'next' || w === 'later this') add(m, period(w === 'next' ? mon + 7 : ref + 1, w === 'next' ? mon + 13 : mon + 6, { rule: 'named-week', ...rel }))
    else add(m, period(mon, w === 'earlier this' ? Math.max(mon, ref - 1) : ref, { rule: 'named-week', ...rel }))
  }
  // "over the weekend", "last weekend": the most recent Saturday–Sunday (the next one when future).
  for (const m of weekWord ? text.matchAll(/\b(?:(?:over|at|during|on)\s+the|last|this(?:\s+past)?|the\s+past|next)\s+weekend\b/gi) : []) {
    const future = /^next/i.test(m[0]) || futureAt(m.index!)
    const sat = future ? nearestWeekday(ref, 6, 'future') : nearestWeekday(/^(?:last\b|this\s+past|the\s+past)/i.test(m[0]) ? ref - 1 : ref, 6, 'past')
    add(m, { rule: 'weekend', day: sat, precision: 2, relative: true, startDay: sat, endDay: sat + 1, score: 0.8 })
  }
  // "late last month", "early this month": a part of a named month, its days' middle with precision 2 as "early May".
  for (const m of monthWord ? text.matchAll(partOf) : []) {
    const { year, month } = addMonths(ref, m[2].toLowerCase() === 'last' ? -1 : 0)
    const [a, b] = cfg.monthParts.get(m[1].toLowerCase().replace(/\s+/g, ' '))!
    const first = ymd(year, month, a), last = Math.min(ymd(year, month, Math.min(b, daysInMonth(year, month))), m[2].toLowerCase() === 'this' ? ref : Infinity)
    if (last < first) continue
    add(m, period(first, last, { rule: 'month-part', ...rel }, 2))
  }
  // Months: "earlier this month" (to publication), "last month" (coded at the 15th, ACLED's middle).
  for (const m of monthWord ? text.matchAll(/\b(?:(earlier|later)\s+)?(this|last|next|the\s+past|the\s+previous|in\s+the)\s+month\b/gi) : []) {
    if (/^in/i.test(m[2]) && !m[1]) continue                 // "in the month" alone names no month
    const which = m[2].toLowerCase().replace(/^in\s+the$/, 'this')     // "earlier in the month": this month's
    const shift = which === 'last' || which.endsWith('previous') ? -1 : which === 'next' ? 1 : 0
    if (which.startsWith('the past')) { add(m, period(ref - 30, ref - 1, { rule: 'named-month', ...rel })); continue }
    const { year, month } = addMonths(ref, shift)
    const first = ymd(year, month, 1), last = ymd(year, month, daysInMonth(year, month))
    const end = shift !== 0 || m[1]?.toLowerCase() === 'later' ? last : Math.max(first, ref - (m[1] ? 1 : 0))
    const mid = ymd(year, month, 15)
    add(m, { rule: 'named-month', day: mid <= end ? mid : middle(first, end), precision: 3, relative: true, startDay: first, endDay: end, score: 0.7 })
  }
  // "three weeks ago", "a few days ago", "two months ago"
  // "a week earlier" and "two months earlier" count back from publication as "ago" does ("two days earlier" is the
  // day-before-after rule: from the previous date in the text).
  for (const m of agoWord || lower.includes('earlier') ? text.matchAll(ago) : []) {
    const word = m[1].toLowerCase(), n = /^\d+$/.test(word) ? +word : cfg.counts.get(word) ?? 1
    const vague = /few|several|couple/.test(word), unit = m[2].toLowerCase()
    if (unit === 'year') continue                       // background, no ACLED precision for a year
    if (unit === 'month') {
      const { year, month } = addMonths(ref, -n)
      add(m, { rule: 'ago', day: ymd(year, month, 15), precision: 3, relative: true, startDay: ymd(year, month, 1), endDay: ymd(year, month, daysInMonth(year, month)), score: 0.7 })
      continue
    }
    const day = ref - n * (unit === 'week' ? 7 : 1)
    add(m, { rule: 'ago', day, precision: unit === 'day' && !vague ? 1 : 2, relative: true, startDay: null, endDay: null, score: 0.8 })
  }
  // "last year", "a year ago", "two years ago": history, at mid-year with time precision 3 ("ago" keeps its month and day).
  for (const m of text.matchAll(/\blast\s+year\b/gi)) if (!MONTH_DATE_BEFORE.test(text.slice(Math.max(0, m.index! - 25), m.index!))) add(m, wholeYear(parts(ref).year - 1, { rule: 'last-year', ...rel }))
  // "earlier this year": some time between New Year and the day before publication, coded at its middle (time precision 3).
  for (const m of text.matchAll(/\bearlier\s+(?:this|in\s+the)\s+year\b/gi)) {
    const first = ymd(parts(ref).year, 1, 1)
    add(m, period(first, Math.max(first, ref - 1), { rule: 'earlier-this-year', ...rel }, 3))
  }
  for (const m of agoWord ? text.matchAll(yearsAgo) : []) {
    const word = m[1].toLowerCase(), n = /^\d+$/.test(word) ? +word : cfg.counts.get(word) ?? 1
    if (/few|several|couple/.test(word)) continue
    const { year, month, date } = parts(ref)
    const day = ymd(year - n, month, Math.min(date, daysInMonth(year - n, month)))
    add(m, { rule: 'years-ago', day, precision: 3, relative: true, startDay: null, endDay: null, score: 0.6 })
  }
  // "overnight", "last night": the night before publication, coded on the evening's date.
  for (const m of text.matchAll(/\b(?:overnight|last\s+night)\b(?!\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|into|to))/gi)) {
    const before = text.slice(Math.max(0, m.index! - 20), m.index!)
    if (/(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*$/i.test(before)) continue
    add(m, { rule: 'overnight', day: ref - 1, precision: 1, relative: true, startDay: null, endDay: null, score: 0.75 })
  }
  for (const m of text.matchAll(/\b(?:(?:earlier|later)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/gi)) {
    add(m, { rule: 'today', day: ref, precision: 1, relative: true, startDay: null, endDay: null, score: 0.8 })
  }
  // "in the coming weeks", "over the next three days", "in the days ahead": a period still to come, from the day after publication.
  for (const m of text.matchAll(coming)) {
    const word = (m[1] ?? (/s\b/i.test(m[0]) ? 'few' : 'one')).toLowerCase()
    const n = /^\d+$/.test(word) ? +word : cfg.counts.get(word) ?? 1
    const days = Math.max(1, Math.round(n * cfg.units.get((m[2] ?? m[3]).toLowerCase())!))
    add(m, period(ref + 1, ref + days, { rule: 'coming-period', ...rel }))
  }
  // Durations: "a three-week campaign", "a two-day offensive", "over the past three days".
  for (const re of [campaign, past]) {
    for (const m of text.matchAll(re)) {
      // "a night raid", "a day patrol": when it happened, not how long; "a week-long siege" says its length.
      if (re === campaign && /^an?$/i.test(m[1]) && !/long/i.test(m[0])) continue
      // "took the town after a two-week offensive": the act ended the period; its first day dates nothing (rule campaign-ended).
      if (re === campaign && cfg.campaignEnded.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue
      const word = (m[1] ?? 'one').toLowerCase()
      const n = /^\d+$/.test(word) ? +word : cfg.counts.get(word) ?? 1
      const days = Math.max(1, Math.round(n * cfg.units.get(m[2].toLowerCase())!))
      const end = ref                     // a campaign or "past N days" runs up to publication
      const start = end - days + 1
      // The period begins at its first day: splitAcrossDays runs from day to endDay.
      add(m, { rule: re === past ? 'past-period' : 'campaign', day: start, precision: days <= 1 ? 1 : days <= 7 ? 2 : 3, relative: true, startDay: start, endDay: end, score: 0.6 })
    }
  }
}
