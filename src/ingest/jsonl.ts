/** @module ingest/jsonl: one article per line, checked against the same schema the API uses. */
import { Value } from 'typebox/value'
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import { ArticleIn } from '../schema/article.js'
import type { RawArticle } from './article.js'
import { toDay } from './article.js'

export const MAX_LINE = 8 * 1024 * 1024

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
  // A date the line gives that is no day (the API answers 422): said, not silently dropped or passed on.
  const published = checked.ok ? checked.value.published : undefined
  if (typeof published === 'string' && published.trim() && toDay(published) === null) {
    return fail('jsonl-malformed', `field /published: not a real date ${JSON.stringify(published.slice(0, 40))} (give YYYY-MM-DD, or leave it out and use --pub-date)`, input, lineNo)
  }
  return checked
}

/** Validate an article object (a JSONL line or an API body item). */
export function checkArticle(value: unknown, input: string, lineNo?: number): Result<RawArticle> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('jsonl-malformed', 'expected a JSON object with "text" or "html"', input, lineNo)
  }
  if (!Value.Check(ArticleIn, value)) {
    const first = [...Value.Errors(ArticleIn, value)][0] as { instancePath?: string; message?: string } | undefined
    return fail('jsonl-malformed', `field ${first?.instancePath || '(root)'}: ${first?.message ?? 'invalid'}`, input, lineNo)
  }
  return ok(value as RawArticle)
}
