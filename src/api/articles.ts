/** @module api/articles: read a stored article with its events; post new articles (editor) to extract, merge and store. */
import type { FastifyPluginAsync } from 'fastify'
import type { Failure, Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import { checkArticle, toInput } from '../ingest/index.js'
import { idProblem } from '../ingest/jsonl.js'
import type { Input } from '../pipeline.js'
import { ingestInput, recordsOf } from '../store/ingest.js'
import { isCalendarDate } from '../store/validate.js'
import { implausibleDay } from '../store/calendar.js'
import type { ApiOptions } from './options.js'
import { sendFailure } from './errors.js'
import { expectedRevision, withEtag } from './revision.js'
import { ArticlesBody, ConflictBody, ErrorBody, IdParams } from './schemas.js'

/** What the ingest schema leaves open: id length and characters, a real publication date, no NUL in any text. */
function checkDomain(item: Record<string, unknown>): Result<null> {
  const badId = idProblem(item.id)
  if (badId) return fail('invalid-value', badId)
  const p = item.published
  if (typeof p === 'string' && p !== '') {
    const day = /^\d{4}-\d{2}-\d{2}/.exec(p)?.[0]
    if (!day || !isCalendarDate(day) || (p.length > 10 && Number.isNaN(Date.parse(p)))) return fail('invalid-value', `"published" is not a real date: ${JSON.stringify(p.slice(0, 40))}`)
    const far = implausibleDay(day)
    if (far) return fail('invalid-value', `"published" must be a day from 1900-01-01 to tomorrow: ${far}`)
  }
  for (const [k, v] of Object.entries(item)) {
    if (typeof v === 'string' && v.includes('\u0000')) return fail('invalid-value', `"${k.slice(0, 40)}" holds a NUL character`)
  }
  return ok(null)
}

export const articleRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store, derive = recordsOf }) => {
  app.get<{ Params: IdParams }>('/api/articles/:id', {
    schema: { summary: 'A stored article (its text is what evidence offsets point into) and its current events; ETag "r<revision>"', params: IdParams, response: { 404: ErrorBody } },
  }, async (request, reply) => {
    const found = await store.getArticle(request.params.id)
    if (!found) return sendFailure(reply, { code: 'not-found', message: `no article "${request.params.id}"` })
    withEtag(reply, found.article.revision)
    return found
  })

  app.post<{ Body: unknown }>('/api/articles', {
    config: { role: 'editor' },
    schema: {
      summary: 'Extract, merge and store one article or a list (editor; the JSON Lines article format); 422 when an article has no text; ' +
        'a new text under a stored id needs that article\'s current "revision" (409 otherwise)',
      body: ArticlesBody, response: { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 409: ConflictBody, 413: ErrorBody, 422: ErrorBody },
    },
  }, async (request, reply) => {
    const list = Array.isArray(request.body)
    const items = (list ? request.body : [request.body]) as Record<string, unknown>[]
    const inputs: { input: Input; revision: number | undefined }[] = []
    for (const [i, raw] of items.entries()) {
      const where = list ? `article ${i}` : 'article'
      const { revision: rev, ...item } = raw
      if (rev !== undefined && !(Number.isSafeInteger(rev) && (rev as number) >= 0)) return sendFailure(reply, { code: 'bad-query', message: `${where}: "revision" must be a whole number` })
      const revision = expectedRevision(request, { ...(rev !== undefined ? { revision: rev as number } : {}) })
      if (!revision.ok) return sendFailure(reply, revision.error)
      const checked = checkArticle(item, where)
      if (!checked.ok) return sendFailure(reply, { code: 'bad-query', message: `${where}: ${checked.error.message}` })
      const domain = checkDomain(item)
      if (!domain.ok) return sendFailure(reply, { ...domain.error, message: `${where}: ${domain.error.message}` })
      const input = toInput(checked.value, where)
      if (!input.ok) return sendFailure(reply, { ...input.error, message: `${where}: ${input.error.message}` })
      inputs.push({ input: input.value, revision: list ? (rev as number | undefined) : revision.value })
    }
    const articles = []
    for (const { input, revision } of inputs) {
      // Revising a stored text needs the revision it replaces: re-posting an id must not silently retire its events.
      const state = await store.articleState(input.article.id, input.text)
      if (state === 'changed') {
        const current = (await store.getArticle(input.article.id))!.article
        if (revision !== current.revision) return sendArticleConflict(reply, input.article.id, current, revision, articles)
      }
      const out = await ingestInput(store, input, derive, state === 'changed' ? revision : undefined)
      if (out.conflict !== undefined) {
        const current = (await store.getArticle(input.article.id))!.article
        return sendArticleConflict(reply, input.article.id, current, revision, articles)
      }
      articles.push({ id: out.id, status: out.status, event_ids: out.event_ids })
    }
    return { articles }
  })

  function sendArticleConflict(reply: import('fastify').FastifyReply, id: string, current: { revision: number }, seen: number | undefined, stored: unknown[]) {
    const f: Failure = {
      code: 'conflict',
      message: seen === undefined
        ? `article "${id}" is stored with another text (revision ${current.revision}); send "revision": ${current.revision} to revise it`
        : `article "${id}" is at revision ${current.revision}, not ${seen}: someone revised it since`,
    }
    withEtag(reply, current.revision)
    return sendFailure(reply, f, { current, stored })
  }
}
