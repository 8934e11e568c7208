/**
 * @module api: buildServer(store) → the fastify app, unstarted; `sitrep serve` listens, tests inject.
 *
 * Routes (schemas and summaries also in GET /api/openapi.json):
 *   GET  /api/health                      liveness and store counts
 *   GET  /api/events                      filters from,to,event_type,sub_event_type,country,actor,bbox,q,status; limit 1–1000; cursor
 *   GET  /api/events/{id}                 {event}: record, sources, claims, evidence, review state, history
 *   POST /api/events/{id}/review          {action: accept|edit|not-an-event|split, field?, value?, articles?, author, reason}
 *   POST /api/events/{id}/merge           {other, author, reason} → {merge, event}; the smaller id survives
 *   GET  /api/merges/{id}                 one merge from the audit log
 *   POST /api/merges/{id}/undo            {author, reason} → {merge, events}; 409 when already undone
 *   GET  /api/articles/{id}               {article, events}
 *   POST /api/articles                    one article or a list → {articles: [{id, status, event_ids}]}; 422 without text
 *   GET  /api/control?location=&at=       {location, periods: [{holder, from, to, event_ids, conflict, contested_by}]}
 *   GET  /api/export?format=&filters      the export formats, streamed
 * Every error is {"error": {"code", "message"}} with the status of its code in src/errors.ts.
 */
import Fastify from 'fastify'
import type { FastifyInstance } from 'fastify'
import type { Store } from '../store/index.js'
import type { Deriver } from '../store/ingest.js'
import { articleRoutes } from './articles.js'
import { installErrorHandlers } from './errors.js'
import { eventRoutes } from './events.js'
import { mergeRoutes } from './merges.js'
import { miscRoutes } from './misc.js'
import { openapi } from './openapi.js'
import { root } from './root.js'
import { webRoutes } from './web-dashboard.js'

export interface ServerOptions {
  derive?: Deriver          // article → records for POST /api/articles (default: the pipeline)
  logger?: boolean          // fastify's request log (off by default: `serve` turns it on)
  webRoot?: string          // dashboard folder (default dist/web of the package)
}

/** Request bodies above this get 413. */
export const BODY_LIMIT = 1024 * 1024

export async function buildServer(store: Store, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Unknown query parameters must be refused, not silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  })
  installErrorHandlers(app)
  openapi(app)
  const opts = { store, ...(options.derive ? { derive: options.derive } : {}) }
  await app.register(miscRoutes, opts)
  await app.register(eventRoutes, opts)
  await app.register(mergeRoutes, opts)
  await app.register(articleRoutes, opts)
  await app.register(webRoutes, opts)
  await root(app, options.webRoot)
  return app
}
