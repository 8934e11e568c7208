/** @module mentions/dates/resolve: chrono-node's findings turned into ACLED dates: past weekdays, yearless dates, months at the 15th, ranges at their middle. */
import * as chrono from 'chrono-node/en'
import type { Found } from './rules.js'
import { YEAR_WORD_AFTER, yearAfter, yearFor } from './rules.js'
import { daysInMonth, middle, nearestWeekday, weekdayOf, ymd } from './calendar.js'
import { dateConfig } from './config.js'

const weekdayName = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i
const monthBefore = /\b(in|since|during|of|until|till|through|throughout|by|last|this|next|early|late|mid|end|beginning|start|from|before|after|and|or|to)\s*$/i
// Chrono's reference when there is no publication date: far from any news, so a date that needs it is visible.
const NO_REF = new Date(Date.UTC(1900, 0, 1, 12))

export interface Resolved extends Found {
  /** chrono's forward reading of a weekday when we chose the past one (for the message). */
  chronoDay?: number
}

// Only sentences with something chrono could make a date of, and that we keep, are handed to it (chrono is the slow part).
const dateish = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tonight|yesterday|tomorrow)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i
// `dateish` also lets in "market", "marched", "declared", "junta": of such a sentence, resolveOne keeps only a
// chrono date with a digit, a month word or a weekday (or a "... months ago" reading), so without any it is skipped too.
const keepable = /\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mo|mon|mos|months?)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tonight|yesterday|tomorrow)\b/i

const PART_OF_DAY = /^(?:on\s+)?(?:the\s+)?(?:night|morning|evening|afternoon|early\s+hours|small\s+hours)\s+of\s+(?=\S)/i

/** chrono's dates in `text`, outside `taken` spans, resolved against `ref` (publication day number or null). */
export function chronoDates(text: string, ref: number | null, taken: readonly Found[], futureAt: (at: number) => boolean,
  sentences: readonly (readonly [number, number])[] = [[0, text.length]]): Resolved[] {
  const instant = ref === null ? NO_REF : new Date(ref * 86_400_000 + 12 * 3_600_000)
  const out: Resolved[] = []
  const results: { index: number; text: string; r: chrono.ParsedResult }[] = []
  const parse = (part: string, at: number) => {
    for (const r of chrono.parse(part, { instant, timezone: 0 }, { forwardDate: false })) {
      // "two days after Sunday": chrono reads the whole, our rule took "two days after"; the day after it is read alone.
      const tail = taken.find((t) => t.start <= at + r.index && t.end > at + r.index && t.end < at + r.index + r.text.length)
      // "on the night of Dec. 24", "the morning of 3 May": chrono reads a time of day with the day uncertain; the date
      // after "of" is read alone (the part of the day is that day's).
      const partOfDay = tail ? null : PART_OF_DAY.exec(r.text)
      if (tail) parse(text.slice(tail.end, at + r.index + r.text.length), tail.end)
      else if (partOfDay) parse(text.slice(at + r.index + partOfDay[0].length, at + r.index + r.text.length), at + r.index + partOfDay[0].length)
      else results.push({ index: at + r.index, text: r.text, r })
    }
  }
  for (const [a, b] of sentences) {
    const part = text.slice(a, b)
    if (!dateish.test(part) || !keepable.test(part)) continue
    parse(part, a)
  }
  for (const { index, text: found, r } of results) {
    // Trim the preposition chrono keeps ("on Sunday" → "Sunday") so evidence points at the date words.
    const lead = /^(?:on|in|at|by|from|since|during|of|the)\s+/i.exec(found)?.[0].length ?? 0
    const start = index + lead, end = index + found.replace(/[\s,.;:]+$/, '').length
    if (taken.some((t) => start < t.end && t.start < end)) continue
    const words = text.slice(start, end)
    const f = resolveOne(r, words, text, start, ref, futureAt)
    // "April 15 last year": the year words belong to the date.
    const yearWords = f && f.relative && f.day !== null && (f.rule === 'chrono-relative' || f.rule === 'month') ? YEAR_WORD_AFTER.exec(text.slice(end, end + 30)) : null
    if (f) out.push({ ...f, start, end: yearWords ? end + yearWords[0].length : end })
  }
  return out
}

function resolveOne(r: chrono.ParsedResult, words: string, text: string, start: number, ref: number | null,
  futureAt: (at: number) => boolean): Omit<Resolved, 'start' | 'end'> | null {
  const c = r.start
  const certain = (k: 'day' | 'month' | 'year' | 'weekday') => c.isCertain(k)
  const explicitYear = certain('year') && /\d{4}/.test(words)
  const none = { day: null, precision: 1 as const, relative: true, startDay: null, endDay: null, score: 0.5 }
  if (/^now$/i.test(words)) return null
  // A day of the month: "9 May 2020", "May 9", "yesterday".
  if (certain('day') && certain('month')) {
    // "in the evening", "at night": a time of day, not a date; "yesterday", "today" are dates.
    if (!/\d/.test(words) && !/\b(yesterday|today|tonight|tomorrow)\b/i.test(words)) return null
    // "March, 4 percent fewer": the number is a quantity, not the day of the month.
    if (/\d$/.test(words) && dateConfig().quantityAfter.test(text.slice(start + words.length, start + words.length + 24))) return null
    const relative = !explicitYear
    if (relative && ref === null) return { ...none, rule: 'date-unknown' }
    let y = c.get('year')!
    if (!explicitYear && /\d/.test(words) && ref !== null) y = yearAfter(text, start + words.length, ref, c.get('month')!) ?? yearFor(c.get('month')!, c.get('day')!, ref, futureAt(start))
    const day = numericOrder(words, ref, futureAt(start)) ?? ymd(y, c.get('month')!, c.get('day')!)
    if (r.end && r.end.isCertain('day')) {
      const e = r.end
      let endDay = ymd(e.isCertain('year') ? e.get('year')! : y, e.get('month')!, e.get('day')!)
      if (endDay < day) endDay = ymd(y + 1, e.get('month')!, e.get('day')!)
      return { rule: 'chrono-range', day: middle(day, endDay), precision: endDay - day < 7 ? 2 : 3, relative, startDay: day, endDay, score: 0.85 }
    }
    return { rule: relative ? 'chrono-relative' : 'chrono-date', day, precision: 1, relative, startDay: null, endDay: null, score: relative ? 0.85 : 0.95 }
  }
  // A weekday: past tense means the most recent one on or before publication.
  if (certain('weekday') && !certain('day')) {
    if (!weekdayName.test(words)) return null                  // "Sun", "Sat", "Mon": a newspaper, a verb
    if (dateConfig().namedDay.test(text.slice(Math.max(0, start - 20), start + words.length))) return null   // "the Red Wednesday movement"
    if (/^[a-z]+day\b/i.test(words) && dateConfig().indefiniteDay.test(text.slice(Math.max(0, start - 12), start))) return null   // "on a Saturday afternoon"
    if (ref === null) return { ...none, rule: 'date-unknown' }
    const wd = c.get('weekday')!
    const future = /^next\b/i.test(words) || (!/^last\b/i.test(words) && futureAt(start))
    const day = nearestWeekday(ref, wd, future ? 'future' : 'past', /^(next|last)\b/i.test(words))
    const chronoDay = Math.round(Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')!) / 86_400_000)
    if (r.end && r.end.isCertain('weekday')) {
      const span = (r.end.get('weekday')! - wd + 7) % 7
      return { rule: 'weekday-range', day: middle(day, day + span), precision: 2, relative: true, startDay: day, endDay: day + span, score: 0.8 }
    }
    return { rule: future ? 'weekday-future' : 'weekday', day, precision: 1, relative: true, startDay: null, endDay: null, score: 0.85, chronoDay }
  }
  // A month: "in March", "April 2016": ACLED codes the 15th with precision 3.
  if (certain('month') && !certain('day')) {
    const m = /^[A-Z][a-z]+/.exec(words)
    if (!m) return null                                         // "march", "may": verbs
    if (!explicitYear && !monthBefore.test(text.slice(Math.max(0, start - 15), start))) return null
    if (!explicitYear && ref === null) return { ...none, precision: 3, rule: 'date-unknown' }
    const month = c.get('month')!
    const y = explicitYear ? c.get('year')! : yearAfter(text, start + words.length, ref, month) ?? yearFor(month, 1, ref!, futureAt(start))
    const first = ymd(y, month, 1), last = ymd(y, month, daysInMonth(y, month))
    return { rule: 'month', day: ymd(y, month, 15), precision: 3, relative: !explicitYear, startDay: first, endDay: last, score: 0.7 }
  }
  return null                                                   // times alone ("at 5 pm"), years alone
}

/**
 * "05/11/2023": day-month or month-day? chrono reads it as in the US (11 May). When both readings are real days, the one
 * nearest to publication wins among those not after it (a week's grace; before it when future), as news tells the recent past.
 */
function numericOrder(words: string, ref: number | null, future: boolean): number | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(words)
  if (!m || ref === null || +m[1] > 12 || +m[2] > 12 || m[1] === m[2]) return null
  const readings = [ymd(+m[3], +m[1], +m[2]), ymd(+m[3], +m[2], +m[1])]
    .filter((n) => future ? n >= ref - 7 : n <= ref + 7).sort((a, b) => Math.abs(a - ref) - Math.abs(b - ref))
  return readings[0] ?? null
}

/** Weekday name for messages. */
export function weekdayLabel(day: number): string {
  return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][weekdayOf(day)]
}
