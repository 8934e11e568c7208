/** @module store/calendar: is a YYYY-MM-DD string a real day? (No imports: the CLI's flag checks load it at start-up.) */

/** A real day of the Gregorian calendar written YYYY-MM-DD (2016-02-30 and 2016-13-45 are not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d
}
