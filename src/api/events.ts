/** @module api/events: list, read and review events; merge two. */
import type { FastifyPluginAsync } from 'fastify'
import type { ApiOptions } from './options.js'
import { sendFailure } from './errors.js'
import { toFilter } from './filters.js'
import { ErrorBody, EventsQuery, IdParams, MergeBody, ReviewBody } from './schemas.js'
import type { ReviewInput } from '../store/index.js'

const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody }

export const eventRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get<{ Querystring: EventsQuery }>('/api/events', {
    schema: { summary: 'Events matching the filters, newest first, one page at a time', querystring: EventsQuery, response: errors },
  }, async (request, reply) => {
    const { limit = 100, cursor, ...query } = request.query
    const filter = toFilter(query)
    if (!filter.ok) return sendFailure(reply, filter.error)
    const page = await store.listEvents(filter.value, { limit, ...(cursor ? { cursor } : {}) })
    if (!page.ok) return sendFailure(reply, page.error)
    return page.value
  })

  app.get<{ Params: IdParams }>('/api/events/:id', {
    schema: { summary: 'One event with sources, claims, evidence and history; an absorbed id gives the survivor', params: IdParams, response: errors },
  }, async (request, reply) => {
    const event = await store.getEvent(request.params.id)
    if (!event) return sendFailure(reply, { code: 'not-found', message: `no event "${request.params.id}"` })
    return { event }
  })

  app.post<{ Params: IdParams; Body: ReviewBody }>('/api/events/:id/review', {
    schema: {
      summary: 'Review an event: accept, edit a field (field, value), mark not-an-event, or split sources out (articles)',
      params: IdParams, body: ReviewBody, response: errors,
    },
  }, async (request, reply) => {
    const result = await store.review(request.params.id, request.body as ReviewInput)
    if (!result.ok) return sendFailure(reply, result.error)
    return { event: result.value }
  })

  app.post<{ Params: IdParams; Body: MergeBody }>('/api/events/:id/merge', {
    schema: { summary: 'Merge another event into this one (the smaller id survives); undo with POST /api/merges/{id}/undo', params: IdParams, body: MergeBody, response: errors },
  }, async (request, reply) => {
    const { other, author, reason } = request.body
    const merged = await store.merge(request.params.id, other, author, reason)
    if (!merged.ok) return sendFailure(reply, merged.error)
    return { merge: merged.value, event: await store.getEvent(merged.value.survivor) }
  })
}
