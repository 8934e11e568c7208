/** @module store/calendar: is a YYYY-MM-DD string a real day? (No imports: the CLI's flag checks load it at start-up.) */

/** A real day of the Gregorian calendar written YYYY-MM-DD (2016-02-30 and 2016-13-45 are not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}

/** The earliest day sitrep stores for an event or an article. */
export const EARLIEST_DAY = '1900-01-01'

/**
 * Why a real day cannot be a stored event's or article's date, or null: before 1900, or after tomorrow in UTC (a
 * writer in a time zone ahead of UTC may already be there). A typo such as 2999-01-01 would otherwise be stored and
 * stretch every timeline.
 */
export function implausibleDay(day: string, now: Date = new Date()): string | null {
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10)
  if (day < EARLIEST_DAY) return `${day} is before ${EARLIEST_DAY}`
  if (day > tomorrow) return `${day} is in the future (the latest day taken is tomorrow, ${tomorrow})`
  return null
}
