/** @module api/summary: the fields a list page carries: a map client's summary by default, more on request (`fields=`). */
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import { EventRecord } from '../schema/record.js'
import { SUMMARY_FIELDS as STORED_SUMMARY } from '../store/rows.js'

/** Enough to draw, filter and list an event; the full record is one GET /api/events/{id} away. */
export const SUMMARY_FIELDS = [...STORED_SUMMARY, 'revision'] as const

const KNOWN = new Set([...Object.keys(EventRecord.properties), 'revision'])

type Pick = (record: object) => object

/** `fields` → a function that keeps the summary fields and the asked ones; "all" keeps the whole record. */
export function pickFields(fields: string | undefined): Result<Pick> {
  if (fields === 'all') return ok((r) => r)
  const extra = fields === undefined ? [] : fields.split(',').map((f) => f.trim()).filter(Boolean)
  const unknown = extra.filter((f) => !KNOWN.has(f))
  if (unknown.length) return fail('bad-query', `"fields" names unknown record fields: ${unknown.slice(0, 5).map((f) => JSON.stringify(f.slice(0, 40))).join(', ')}`)
  const keep = [...new Set([...SUMMARY_FIELDS, ...extra])]
  return ok((r) => {
    const src = r as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const k of keep) if (k in src) out[k] = src[k]
    return out
  })
}
