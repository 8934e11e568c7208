/** @module errors: the one list of failure codes, shared by CLI messages and API bodies. */
export const httpStatus = {
  'input-unreadable': 400,
  'input-binary': 400,
  'input-empty': 400,
  'input-too-large': 413,
  'input-unknown-format': 400,
  'html-unusable': 422,
  'feed-malformed': 400,
  'jsonl-malformed': 400,
  'article-empty': 422,
  'not-found': 404,
  'method-not-allowed': 405,
  'bad-query': 400,
  'unauthorized': 401,
  'forbidden': 403,
  'conflict': 409,
  'uri-too-long': 414,
  'unsupported-media-type': 415,
  'invalid-value': 422,
  'store-unavailable': 503,
  'internal': 500,
} as const

export type Code = keyof typeof httpStatus
export interface Failure { code: Code; message: string; input?: string; line?: number }
export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = <T = never>(code: Code, message: string, input?: string, line?: number): Result<T> =>
  ({ ok: false, error: { code, message, ...(input !== undefined ? { input } : {}), ...(line !== undefined ? { line } : {}) } })

/** `feed.jsonl:17: jsonl-malformed: Unexpected token` — one line for stderr. */
export function formatFailure(f: Failure): string {
  const where = f.input ? `${f.input}${f.line !== undefined ? `:${f.line}` : ''}: ` : ''
  return `${where}${f.code}: ${f.message}`
}
