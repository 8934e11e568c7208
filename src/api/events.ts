/** @module api/events: list, read and review events; merge two. Writes need a reviewer's token and may name the revision they saw. */
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import type { Failure } from '../errors.js'
import type { ApiOptions } from './options.js'
import { sendFailure } from './errors.js'
import { apiFilter } from './filters.js'
import { expectedRevision, withEtag } from './revision.js'
import { pickFields } from './summary.js'
import { ConflictBody, ErrorBody, EventsQuery, IdParams, MergeBody, ReviewBody } from './schemas.js'
import type { ReviewInput, Store } from '../store/index.js'

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ConflictBody, 422: ErrorBody }

/** A 409 carries the event as it is now, so the client can redo its change on the fresh record. */
export async function sendConflict(reply: FastifyReply, store: Store, f: Failure, id: string): Promise<FastifyReply> {
  if (f.code !== 'conflict') return sendFailure(reply, f)
  const current = await store.getEvent(id)
  if (current) withEtag(reply, current.revision)
  return sendFailure(reply, f, { current })
}

/** The JSON of a page by `fields`, kept as long as the page object lives (the store's page cache holds it). */
const bodies = new WeakMap<object, Map<string, string>>()

export const eventRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get<{ Querystring: EventsQuery }>('/api/events', {
    schema: { summary: 'Events matching the filters, newest first, one page at a time; summary fields unless `fields` asks for more', querystring: EventsQuery, response: errors },
  }, async (request, reply) => {
    const { limit = 100, cursor, fields, ...query } = request.query
    const pick = pickFields(fields)
    if (!pick.ok) return sendFailure(reply, pick.error)
    const filter = apiFilter(query)
    if (!filter.ok) return sendFailure(reply, filter.error)
    const page = await store.listEvents(filter.value, { limit, ...(cursor ? { cursor } : {}) }, { summary: fields === undefined })
    if (!page.ok) return sendFailure(reply, page.error)
    // A cached page is one object for every reader while it stays valid: its JSON is made once per `fields`.
    let byFields = bodies.get(page.value)
    let body = byFields?.get(fields ?? '')
    if (body === undefined) {
      body = JSON.stringify({ ...page.value, events: page.value.events.map(pick.value) })
      if (!byFields) bodies.set(page.value, (byFields = new Map()))
      if (byFields.size < 8) byFields.set(fields ?? '', body)
    }
    return reply.type('application/json; charset=utf-8').send(body)
  })

  app.get<{ Params: IdParams }>('/api/events/:id', {
    schema: { summary: 'One event with sources, claims, evidence and history; an absorbed id gives the survivor; ETag "r<revision>"', params: IdParams, response: errors },
  }, async (request, reply) => {
    const event = await store.getEvent(request.params.id)
    if (!event) return sendFailure(reply, { code: 'not-found', message: `no event "${request.params.id}"` })
    withEtag(reply, event.revision)
    return { event }
  })

  app.post<{ Params: IdParams; Body: ReviewBody }>('/api/events/:id/review', {
    config: { role: 'reviewer' },
    schema: {
      summary: 'Review an event (reviewer): accept, edit a field (field, value), mark not-an-event, or split sources out (articles); If-Match or "revision" guards against lost updates',
      params: IdParams, body: ReviewBody, response: errors,
    },
  }, async (request, reply) => {
    const revision = expectedRevision(request, request.body)
    if (!revision.ok) return sendFailure(reply, revision.error)
    const { author: _ignored, revision: _r, ...body } = request.body
    const input: ReviewInput = { ...body, action: body.action as ReviewInput['action'], author: request.user!.name, ...(revision.value !== undefined ? { revision: revision.value } : {}) }
    const result = await store.review(request.params.id, input)
    if (!result.ok) return sendConflict(reply, store, result.error, request.params.id)
    withEtag(reply, result.value.revision)
    return { event: result.value }
  })

  app.post<{ Params: IdParams; Body: MergeBody }>('/api/events/:id/merge', {
    config: { role: 'reviewer' },
    schema: { summary: 'Merge another event into this one (reviewer; the smaller id survives); undo with POST /api/merges/{id}/undo', params: IdParams, body: MergeBody, response: errors },
  }, async (request, reply) => {
    const revision = expectedRevision(request, request.body)
    if (!revision.ok) return sendFailure(reply, revision.error)
    const merged = await store.merge(request.params.id, request.body.other, request.user!.name, request.body.reason, revision.value)
    if (!merged.ok) return sendConflict(reply, store, merged.error, request.params.id)
    const event = await store.getEvent(merged.value.survivor)
    if (event) withEtag(reply, event.revision)
    return { merge: merged.value, event }
  })
}
