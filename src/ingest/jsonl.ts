/** @module ingest/jsonl: one article per line, checked against the same schema the API uses. */
// typebox/schema's Check and Errors are what typebox/value's wrap, without the rest of Value (≈ 130 ms of CPU to load).
import { Check, Errors } from 'typebox/schema'
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import { ArticleIn } from '../schema/article.js'
import type { RawArticle } from './article.js'
import { toDay } from './article.js'
import { hasControl } from '../store/validate.js'
import { implausibleDay } from '../store/calendar.js'

export const MAX_LINE = 8 * 1024 * 1024
/** The longest article id: the API reads an article back by an id of at most this length. */
export const MAX_ID = 200
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Why an article id cannot be stored, or null. The same rule for a JSON Lines file and the API, so that every stored
 * article can be read back: 1–200 characters, no control characters, and no lone surrogate ("\ud800" in JSON is no
 * character; the store writes it as U+FFFD, so the id answered would not be the id stored).
 */
export function idProblem(id: unknown): string | null {
  if (id === undefined) return null
  const s = String(id)
  if (s.length === 0 || s.length > MAX_ID || hasControl(s)) return `"id" must be 1–${MAX_ID} characters without control characters`
  if (LONE_SURROGATE.test(s)) return '"id" must be well-formed Unicode (it holds a lone surrogate, such as \\ud800)'
  return null
}

/** Parse one line; `null` for a blank line. */
export function parseLine(line: string, input: string, lineNo: number): Result<RawArticle> | null {
  if (!line.trim()) return null
  if (line.length > MAX_LINE) return fail('input-too-large', `the line is ${line.length} characters, over the ${MAX_LINE} limit`, input, lineNo)
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return fail('jsonl-malformed', `not valid JSON (${(error as Error).message})`, input, lineNo)
  }
  const checked = checkArticle(value, input, lineNo)
  // A blank id falls back to the text's hash (toInput); any other must be one the API can read back.
  const id = checked.ok ? checked.value.id : undefined
  const badId = id !== undefined && String(id).trim() ? idProblem(id) : null
  if (badId) return fail('jsonl-malformed', `field /id: ${badId}`, input, lineNo)
  // A date the line gives that is no day (the API answers 422): said, not silently dropped or passed on.
  const published = checked.ok ? checked.value.published : undefined
  if (typeof published === 'string' && published.trim() && toDay(published) === null) {
    return fail('jsonl-malformed', `field /published: not a real date ${JSON.stringify(published.slice(0, 40))} (give YYYY-MM-DD, or leave it out and use --pub-date)`, input, lineNo)
  }
  const far = typeof published === 'string' && published.trim() ? implausibleDay(toDay(published)!) : null
  if (far) return fail('jsonl-malformed', `field /published: ${far} (give a day from 1900-01-01 to tomorrow, or leave it out and use --pub-date)`, input, lineNo)
  return checked
}

/** Validate an article object (a JSONL line or an API body item). */
export function checkArticle(value: unknown, input: string, lineNo?: number): Result<RawArticle> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('jsonl-malformed', 'expected a JSON object with "text" or "html"', input, lineNo)
  }
  if (!Check({}, ArticleIn, value)) {
    const first = Errors({}, ArticleIn, value)[1][0] as { instancePath?: string; message?: string } | undefined
    return fail('jsonl-malformed', `field ${first?.instancePath || '(root)'}: ${first?.message ?? 'invalid'}`, input, lineNo)
  }
  return ok(value as RawArticle)
}
