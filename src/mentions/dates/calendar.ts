/** @module mentions/dates/calendar: whole days in UTC as `YYYY-MM-DD`, and the arithmetic ACLED's conventions need. */

/** Days since 1970-01-01 for a `YYYY-MM-DD` string, or null when it is not a real day. */
export function dayNumber(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return null
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3])
  const d = new Date(t)
  if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null
  return Math.round(t / 86_400_000)
}

/** `YYYY-MM-DD` for a day number. */
export function dayString(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10)
}

export function ymd(year: number, month: number, date: number): number {
  return Math.round(Date.UTC(year, month - 1, date) / 86_400_000)
}

/** The weekdays' names in lower case, indexed as `weekdayOf` numbers them. */
export const WEEKDAY_NAMES: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7              // 1970-01-01 was a Thursday
}

export function parts(n: number): { year: number; month: number; date: number } {
  const d = new Date(n * 86_400_000)
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() }
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** ACLED codes a period known only roughly at its middle; for an even length, the earlier middle day. */
export function middle(start: number, end: number): number {
  return start + Math.floor((end - start) / 2)
}

/** The most recent `weekday` on or before `ref` (strictly before when `strict`), or the next one on or after it. */
export function nearestWeekday(ref: number, weekday: number, direction: 'past' | 'future', strict = false): number {
  if (direction === 'past') {
    let back = (weekdayOf(ref) - weekday + 7) % 7
    if (strict && back === 0) back = 7
    return ref - back
  }
  let ahead = (weekday - weekdayOf(ref) + 7) % 7
  if (strict && ahead === 0) ahead = 7
  return ref + ahead
}

/** Monday of the week holding `n` (ISO weeks, as news writes "last week"). */
export function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7)
}

export function addMonths(n: number, months: number): { year: number; month: number } {
  const { year, month } = parts(n)
  const total = year * 12 + (month - 1) + months
  return { year: Math.floor(total / 12), month: (total % 12) + 1 }
}

/** Western Easter Sunday of `year` (the anonymous Gregorian computus), as a day number. */
export function easterOf(year: number): number {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31), date = ((h + l - 7 * m + 114) % 31) + 1
  return ymd(year, month, date)
}
