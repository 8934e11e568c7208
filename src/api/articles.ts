/** @module api/articles: read a stored article with its events; post new articles to extract, merge and store. */
import type { FastifyPluginAsync } from 'fastify'
import { checkArticle, toInput } from '../ingest/index.js'
import type { Input } from '../pipeline.js'
import { ingestInput, recordsOf } from '../store/ingest.js'
import type { ApiOptions } from './options.js'
import { sendFailure } from './errors.js'
import { ArticlesBody, ErrorBody, IdParams } from './schemas.js'

export const articleRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store, derive = recordsOf }) => {
  app.get<{ Params: IdParams }>('/api/articles/:id', {
    schema: { summary: 'A stored article (its text is what evidence offsets point into) and its current events', params: IdParams, response: { 404: ErrorBody } },
  }, async (request, reply) => {
    const found = await store.getArticle(request.params.id)
    if (!found) return sendFailure(reply, { code: 'not-found', message: `no article "${request.params.id}"` })
    const { revision: _r, ...article } = found.article
    return { article, events: found.events }
  })

  app.post<{ Body: unknown }>('/api/articles', {
    schema: {
      summary: 'Extract, merge and store one article or a list (the JSON Lines article format); 422 when an article has no text',
      body: ArticlesBody, response: { 400: ErrorBody, 413: ErrorBody, 422: ErrorBody },
    },
  }, async (request, reply) => {
    const items = Array.isArray(request.body) ? request.body : [request.body]
    const inputs: Input[] = []
    for (const [i, item] of items.entries()) {
      const where = Array.isArray(request.body) ? `article ${i}` : 'article'
      const checked = checkArticle(item, where)
      if (!checked.ok) return sendFailure(reply, { code: 'bad-query', message: `${where}: ${checked.error.message}` })
      const input = toInput(checked.value, where)
      if (!input.ok) return sendFailure(reply, { ...input.error, message: `${where}: ${input.error.message}` })
      inputs.push(input.value)
    }
    const articles = []
    for (const input of inputs) {
      const out = await ingestInput(store, input, derive)
      articles.push({ id: out.id, status: out.status, event_ids: out.event_ids })
    }
    return { articles }
  })
}
