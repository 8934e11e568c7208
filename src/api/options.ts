/** @module api/options: what every route plugin receives. */
import type { Deriver, Store } from '../store/index.js'

export interface ApiOptions {
  store: Store
  /** Article → records for POST /api/articles; the real pipeline unless a test passes its own. */
  derive?: Deriver
}

// Routes carry a summary for the OpenAPI document (api/openapi.ts); `hide` keeps a route out of it.
declare module 'fastify' {
  interface FastifySchema { summary?: string; hide?: boolean }
}
