/** @module api/web-dashboard: the dashboard's aggregate routes (map clusters, daily counts, filter facets, review queue). */
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import Type from 'typebox'
import type { ApiOptions } from './options.js'
import { sendFailure } from './errors.js'
import { apiFilter } from './filters.js'
import { ErrorBody, EventsQuery, IdParams } from './schemas.js'
import type { EventFilter } from '../store/index.js'

// The same filters as /api/events, so a dashboard view and an API query always agree.
const { limit: _limit, cursor: _cursor, fields: _fields, ...filterProps } = EventsQuery.properties
const Opt = Type.Optional

const ClustersQuery = Type.Object({
  ...filterProps,
  cell: Type.Number({ exclusiveMinimum: 0, maximum: 90, description: 'grid cell size in degrees' }),
  expand: Opt(Type.Integer({ minimum: 0, maximum: 2000, default: 0, description: 'return every event singly when at most this many match' })),
}, { additionalProperties: false })
const DaysQuery = Type.Object({ ...filterProps }, { additionalProperties: false })
const QueueQuery = Type.Object({
  ...filterProps,
  limit: Opt(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Opt(Type.Integer({ minimum: 0, default: 0 })),
}, { additionalProperties: false })

type Filters = Parameters<typeof apiFilter>[0]
const errors = { 400: ErrorBody, 503: ErrorBody }

export const webRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  // The aggregates' index is started when the server starts, not inside the first map request. Not awaited: on a
  // large store it takes longer than fastify's start-up timeout (SQLite builds it in the write thread, and other
  // routes need not wait); a map request waits for it.
  app.addHook('onReady', async () => {
    store.dashboard?.prepare().catch((error: unknown) => app.log.error({ err: error }, 'the dashboard index could not be built'))
  })
  const queries = (reply: FastifyReply) => {
    if (store.dashboard) return store.dashboard
    sendFailure(reply, { code: 'store-unavailable', message: 'this store has no dashboard aggregates' })
    return null
  }
  const filterOf = (reply: FastifyReply, q: Filters): EventFilter | null => {
    const f = apiFilter(q)
    if (f.ok) return f.value
    sendFailure(reply, f.error)
    return null
  }

  app.get<{ Querystring: Filters & { cell: number; expand?: number } }>('/api/web/clusters', {
    schema: { summary: 'Events with coordinates grouped into square cells of `cell` degrees (the map at low zoom)', querystring: ClustersQuery, response: errors },
  }, async (request, reply) => {
    const { cell, expand = 0, ...q } = request.query
    const d = queries(reply)
    const filter = d && filterOf(reply, q)
    if (!d || !filter) return reply
    return d.clusters(filter, cell, expand)
  })

  app.get<{ Querystring: Filters }>('/api/web/days', {
    schema: { summary: 'Events and fatalities per day and event type (the timeline)', querystring: DaysQuery, response: errors },
  }, async (request, reply) => {
    const d = queries(reply)
    const filter = d && filterOf(reply, request.query)
    if (!d || !filter) return reply
    return { days: await d.days(filter) }
  })

  app.get('/api/web/facets', {
    schema: { summary: 'Countries, event types, sub-event types and statuses present in the store, with counts', response: errors },
  }, async (_request, reply) => {
    const d = queries(reply)
    if (!d) return reply
    return d.facets()
  })

  app.get<{ Params: { id: string } }>('/api/web/events/:id/sources', {
    schema: { summary: "Each source's own record of an event, as extracted from that article before combining", params: IdParams, response: { ...errors, 404: ErrorBody } },
  }, async (request, reply) => {
    const d = queries(reply)
    if (!d) return reply
    const event = await store.getEvent(request.params.id)
    if (!event) return sendFailure(reply, { code: 'not-found', message: `no event "${request.params.id}"` })
    return { event_id: event.id, records: await d.sources(event.id) }
  })

  app.get<{ Querystring: Filters & { limit?: number; offset?: number } }>('/api/web/queue', {
    schema: { summary: 'The review queue: unreviewed events first, then the least confident', querystring: QueueQuery, response: errors },
  }, async (request, reply) => {
    const { limit = 50, offset = 0, ...q } = request.query
    const d = queries(reply)
    const filter = d && filterOf(reply, q)
    if (!d || !filter) return reply
    return { items: await d.queue(filter, limit, offset) }
  })
}
