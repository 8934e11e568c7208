/** @module export: every output format over event records, as streaming writers. */
import type { EventRecord } from '../schema/record.js'
import { acledCsvWriter } from './acled-csv.js'
import { geojsonWriter } from './geojson.js'
import { jsonlWriter } from './jsonl.js'
import { ploverWriter } from './plover.js'
import { ucdpCsvWriter } from './ucdp-csv.js'
import type { Out, RecordWriter } from './writer.js'

export type { Out, RecordWriter } from './writer.js'

export type Format = 'jsonl' | 'acled-csv' | 'geojson' | 'plover' | 'ucdp-csv'

/** The format list; its `includes` takes any string and narrows it, so flag values check in one call. */
export interface FormatList extends ReadonlyArray<Format> {
  includes(name: string): name is Format
}

/** Every format, the default first. */
// Array.prototype.includes already accepts any value; only its declared type is narrower.
export const formats = ['jsonl', 'acled-csv', 'geojson', 'plover', 'ucdp-csv'] as readonly Format[] as FormatList

interface FormatInfo { contentType: string; extension: string; create: (out: Out) => RecordWriter }
const table: Record<Format, FormatInfo> = {
  'jsonl': { contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl', create: jsonlWriter },
  'acled-csv': { contentType: 'text/csv; charset=utf-8; header=present', extension: 'csv', create: acledCsvWriter },
  'geojson': { contentType: 'application/geo+json; charset=utf-8', extension: 'geojson', create: geojsonWriter },
  'plover': { contentType: 'application/json; charset=utf-8', extension: 'json', create: ploverWriter },
  'ucdp-csv': { contentType: 'text/csv; charset=utf-8; header=present', extension: 'csv', create: ucdpCsvWriter },
}

export function isFormat(name: string): name is Format {
  return formats.includes(name)
}

/** The HTTP Content-Type of a format. */
export function contentType(format: Format): string {
  return table[format].contentType
}

/** The usual file extension of a format, without the dot (for Content-Disposition file names). */
export function extension(format: Format): string {
  return table[format].extension
}

/** A writer that streams records in `format` to `out`; `end()` closes the document. */
export function createWriter(format: Format, out: Out): RecordWriter {
  return table[format].create(out)
}

/** Every status a record may have; exports hold the first two unless asked for `all`. */
export const statuses = ['reported', 'claimed', 'denied', 'planned', 'background'] as const
export const DEFAULT_STATUSES: readonly string[] = ['reported', 'claimed']

/**
 * The statuses a `--status` value keeps: a list (`reported,denied`), `all`, or by default the
 * events that happened as told (reported, claimed): background history, plans and denied claims
 * are not rows of an event dataset. An unknown status is a usage error, as a message.
 */
export function statusesOf(value: string | undefined): { ok: true; value: ReadonlySet<string> | null } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, value: new Set(DEFAULT_STATUSES) }
  if (value.trim().toLowerCase() === 'all') return { ok: true, value: null }
  const asked = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)
  const unknown = asked.filter((s) => !(statuses as readonly string[]).includes(s))
  if (unknown.length || !asked.length) return { ok: false, message: `--status takes all or a list of ${statuses.join(', ')}; got "${value}"` }
  return { ok: true, value: new Set(asked) }
}

/** A writer that passes on only the records whose status is in `keep` (null: every record). */
export function keepStatuses(writer: RecordWriter, keep: ReadonlySet<string> | null): RecordWriter & { kept: () => number; dropped: () => number } {
  let kept = 0
  let dropped = 0
  return {
    write(record) {
      if (keep && !keep.has(record.status)) { dropped++; return }
      kept++
      writer.write(record)
    },
    end: () => writer.end(),
    kept: () => kept,
    dropped: () => dropped,
  }
}

/** A whole export as one string: for tests and small exports. */
export function writeAll(format: Format, records: Iterable<EventRecord>): string {
  const chunks: string[] = []
  const writer = createWriter(format, (c) => chunks.push(c))
  for (const r of records) writer.write(r)
  writer.end()
  return chunks.join('')
}
