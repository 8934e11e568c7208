/** @module api/openapi: the OpenAPI 3 document, built from the schemas the routes were registered with. */
import type { FastifyInstance, RouteOptions } from 'fastify'
import { ErrorBody } from './schemas.js'

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; required?: string[]; description?: string }
interface Collected { method: string; url: string; schema: Record<string, unknown> }

/** Plain JSON of a TypeBox schema (drops its symbol keys). */
const plain = (s: unknown): Schema => JSON.parse(JSON.stringify(s ?? {})) as Schema

function parameters(where: 'query' | 'path', schema: unknown): unknown[] {
  const s = plain(schema)
  return Object.entries(s.properties ?? {}).map(([name, p]) => ({
    name, in: where, required: where === 'path' || (s.required ?? []).includes(name),
    ...(p.description ? { description: p.description } : {}), schema: p,
  }))
}

function operation(route: Collected): Record<string, unknown> {
  const s = route.schema
  const responses: Record<string, unknown> = { 200: { description: 'OK' } }
  for (const code of Object.keys((s.response ?? {}) as object)) {
    responses[code] = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }
  }
  return {
    summary: s.summary ?? '',
    parameters: [...parameters('path', s.params), ...parameters('query', s.querystring)],
    ...(s.body ? { requestBody: { required: true, content: { 'application/json': { schema: plain(s.body) } } } } : {}),
    responses,
  }
}

/** Collect every /api route as it is registered; serve the document at /api/openapi.json. */
export function openapi(app: FastifyInstance): void {
  const routes: Collected[] = []
  app.addHook('onRoute', (route: RouteOptions) => {
    if (!route.url.startsWith('/api/') || route.method === 'HEAD' || (Array.isArray(route.method) && route.method.includes('HEAD'))) return
    for (const method of [route.method].flat()) routes.push({ method: method.toLowerCase(), url: route.url, schema: (route.schema ?? {}) as Record<string, unknown> })
  })
  let doc: unknown = null
  app.get('/api/openapi.json', { schema: { summary: 'This document' } }, async () => {
    doc ??= build(routes)
    return doc
  })
}

function build(routes: Collected[]): unknown {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z_]+)/g, '{$1}')
    paths[path] ??= {}
    paths[path][r.method] = operation(r)
  }
  return {
    openapi: '3.0.3',
    info: { title: 'sitrep', version: '0.1.0', description: 'Conflict events extracted from news: query, review, merge, export.' },
    paths,
    components: { schemas: { Error: plain(ErrorBody) } },
  }
}
