/**
 * @module api: buildServer(store) → the fastify app, unstarted; `sitrep serve` listens, tests inject.
 *
 * Routes (schemas and summaries also in GET /api/openapi.json):
 *   GET  /api/health                      liveness and store counts
 *   GET  /api/events                      filters from,to,event_type,sub_event_type,country,actor,bbox,q,status; limit 1–1000; cursor
 *   GET  /api/events/{id}                 {event}: record, sources, claims, evidence, review state, history
 *   POST /api/events/{id}/review          reviewer: {action: accept|edit|not-an-event|split, field?, value?, articles?, reason, revision?}
 *   POST /api/events/{id}/merge           reviewer: {other, reason, revision?} → {merge, event}; the smaller id survives
 *   GET  /api/merges/{id}                 one merge from the audit log
 *   POST /api/merges/{id}/undo            reviewer: {reason} → {merge, events}; 409 when already undone
 *   GET  /api/articles/{id}               {article, events}
 *   POST /api/articles                    editor: one article or a list → {articles: [{id, status, event_ids}]}; 422 without text;
 *                                         a new text under a stored id needs its current "revision" (else 409)
 *   GET  /api/me                          the token's user; GET /api/audit (admin): the audit log, newest first
 *   GET  /api/control?location=&at=       {location, periods: [{holder, from, to, event_ids, conflict, contested_by}]}
 *   GET  /api/export?format=&filters      the export formats, streamed
 * Writes need `Authorization: Bearer TOKEN` (auth.ts); the author recorded is the token's user, a body "author" is ignored.
 * Events and articles carry `revision`, sent as ETag "r<N>"; If-Match or body "revision" that is stale → 409 with `current`.
 * Every error is {"error": {"code", "message"}} with the status of its code in src/errors.ts; a known path asked with a
 * method it does not take answers 405 with an Allow header, an unknown path 404.
 */
import Fastify from 'fastify'
import type { FastifyInstance } from 'fastify'
import type { Store } from '../store/index.js'
import type { Deriver } from '../store/ingest.js'
import { articleRoutes } from './articles.js'
import { installAuth } from './auth.js'
import { clientError, frameworkErrors, installErrorHandlers } from './errors.js'
import { installGuard, LOOPBACK_HOSTS } from './guard.js'
import { userRoutes } from './users.js'
import { eventRoutes } from './events.js'
import { mergeRoutes } from './merges.js'
import { miscRoutes } from './misc.js'
import { openapi } from './openapi.js'
import { root } from './root.js'
import { webRoutes } from './web-dashboard.js'

export interface ServerOptions {
  privateRead?: boolean     // reading needs a reader token too (default: open)
  allowedHosts?: string[]   // Host names answered besides the loopback ones (DNS-rebinding guard)
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
    // Long ids get our own 400 from the schema (maxLength), not the router's bare 404.
    routerOptions: { maxParamLength: 1000 },
    frameworkErrors,
    clientErrorHandler: clientError,
    // Unknown query parameters must be refused, not silently dropped.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true } },
  })
  // Every body the API takes is JSON: a text/plain body is an unsupported media type (415), not a malformed object (400).
  app.removeContentTypeParser('text/plain')
  installErrorHandlers(app)
  installGuard(app, { bodyLimit: BODY_LIMIT, allowedHosts: [...LOOPBACK_HOSTS, ...(options.allowedHosts ?? [])] })
  installAuth(app, store, { privateRead: options.privateRead ?? false })
  openapi(app)
  const opts = { store, ...(options.derive ? { derive: options.derive } : {}) }
  await app.register(miscRoutes, opts)
  await app.register(eventRoutes, opts)
  await app.register(mergeRoutes, opts)
  await app.register(articleRoutes, opts)
  await app.register(webRoutes, opts)
  await app.register(userRoutes, opts)
  await root(app, options.webRoot)
  return app
}
