/** @module api/revision: revisions as ETags (`"r<N>"`) and the revision a write says it saw (If-Match or body). */
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'

export const etag = (revision: number): string => `"r${revision}"`

export function withEtag(reply: FastifyReply, revision: number): void {
  reply.header('etag', etag(revision))
}

/**
 * The revision the client saw: `"revision"` in the body, else If-Match `"r<N>"` (weak or strong; `*` means any).
 * Both given and different → 400; a malformed If-Match → 400.
 */
export function expectedRevision(request: FastifyRequest, body?: { revision?: number }): Result<number | undefined> {
  const header = request.headers['if-match']
  let fromHeader: number | undefined
  if (header !== undefined && header.trim() !== '*') {
    const m = /^\s*(?:W\/)?"r(\d{1,10})"\s*$/.exec(header)
    if (!m) return fail('bad-query', 'If-Match must be an ETag this server gave out, such as "r3"')
    fromHeader = Number(m[1])
  }
  const fromBody = body?.revision
  if (fromHeader !== undefined && fromBody !== undefined && fromHeader !== fromBody) {
    return fail('bad-query', `If-Match (r${fromHeader}) and "revision" (${fromBody}) disagree`)
  }
  return ok(fromBody ?? fromHeader)
}
