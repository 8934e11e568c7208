/** @module export/sources: what several formats derive from a record's sources. */
import type { EventRecord } from '../schema/record.js'

/** Distinct source names in first-seen order. */
export function sourceNames(record: EventRecord): string[] {
  return [...new Set(record.sources.map((s) => s.source?.trim() ?? '').filter(Boolean))]
}

/**
 * Unix seconds of the newest source's publication date, 0 when none is known. Exports use this,
 * not the clock, where a format wants a timestamp: the same records must give the same file.
 */
export function newestPublished(record: EventRecord): number {
  let newest = 0
  for (const s of record.sources) {
    const ms = s.published ? Date.parse(asUtc(s.published)) : NaN
    if (Number.isFinite(ms) && ms > newest * 1000) newest = Math.floor(ms / 1000)
  }
  return newest
}

// A date or date-time without a zone would parse in the machine's local time: read it as UTC.
function asUtc(when: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) return when + 'T00:00:00Z'
  return /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(when) ? when + 'Z' : when
}

/** The year of a `YYYY-MM-DD` date as a number, or null. */
export function yearOf(date: string | null): number | null {
  return date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null
}
