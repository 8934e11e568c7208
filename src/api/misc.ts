/** @module api/misc: health, territorial control and exports. */
import { PassThrough } from 'node:stream'
import type { FastifyPluginAsync } from 'fastify'
import { contentType, createWriter, extension } from '../export/index.js'
import type { Format } from '../export/index.js'
import type { ApiOptions } from './options.js'
import { sendFailure } from './errors.js'
import { apiFilter } from './filters.js'
import { controlByName, noControlMessage } from '../names.js'
import { isCalendarDate } from '../store/validate.js'
import { ControlQuery, ErrorBody, ExportQuery } from './schemas.js'

export const miscRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get('/api/health', { schema: { summary: 'Liveness and store status', response: { 503: ErrorBody } } }, async (_request, reply) => {
    try {
      return { ok: true, store: await store.health() }
    } catch {
      return sendFailure(reply, { code: 'store-unavailable', message: 'the store does not answer' })
    }
  })

  app.get<{ Querystring: ControlQuery }>('/api/control', {
    schema: {
      summary: 'Who held a place when: periods with holder, from, to, event_ids, conflict flags. The place as people write it (Palmyra finds Tadmur); '
        + '`location` answers the stored name read; with no territory events under any of its names, `suggestions` lists close names that have some; '
        + '`unknown` is true when no place or country of the gazetteer has the name (then `suggestions` are its close spellings)',
      querystring: ControlQuery, response: { 400: ErrorBody },
    },
  }, async (request, reply) => {
    const { location, at } = request.query
    if (at !== undefined && !isCalendarDate(at)) return sendFailure(reply, { code: 'bad-query', message: `"at" is not a real calendar date: ${JSON.stringify(at.slice(0, 20))}` })
    const found = await controlByName(store, location, at)
    if (found.known) return { location: found.location, ...(at ? { at } : {}), periods: found.periods }
    return { location: found.location, ...(at ? { at } : {}), periods: [], suggestions: found.suggestions, unknown: found.unknown, message: noControlMessage(location, found) }
  })

  app.get<{ Querystring: ExportQuery }>('/api/export', {
    schema: { summary: 'Every matching event in an export format, streamed (same filters as /api/events)', querystring: ExportQuery, response: { 400: ErrorBody } },
  }, async (request, reply) => {
    const { format, ...query } = request.query
    const filter = apiFilter(query)
    if (!filter.ok) return sendFailure(reply, filter.error)
    const stream = new PassThrough()
    const writer = createWriter(format as Format, (chunk) => { stream.write(chunk) })
    void (async () => {
      try {
        for await (const record of store.scanEvents(filter.value)) {
          writer.write(record)
          // Let a slow client slow the scan down instead of the export piling up in memory.
          if (stream.writableNeedDrain) await new Promise((resolve) => stream.once('drain', resolve))
        }
        writer.end()
        stream.end()
      } catch (error) {
        stream.destroy(error as Error)
      }
    })()
    return reply.type(contentType(format as Format))
      .header('content-disposition', `attachment; filename="sitrep.${extension(format as Format)}"`).send(stream)
  })
}
