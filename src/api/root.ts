/** @module api/root: the dashboard at `/`: dist/web when built, else a page saying it is not; a strict CSP. */
import { existsSync } from 'node:fs'
import type { FastifyInstance } from 'fastify'
import { packageRoot } from '../paths.js'
import { join } from 'node:path'

/** Everything from this origin, nothing inline, no framing: the dashboard ships its own assets. */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sitrep</title></head>
<body><h1>sitrep</h1><p>The dashboard is not built. The API is at <a href="/api/health">/api/health</a>;
its description at <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>
`

export async function root(app: FastifyInstance, webRoot = join(packageRoot, 'dist', 'web')): Promise<void> {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) {
      reply.header('content-security-policy', CSP)
      reply.header('x-content-type-options', 'nosniff')
    }
    return payload
  })
  if (existsSync(webRoot)) {
    const { default: serveStatic } = await import('@fastify/static')
    await app.register(serveStatic, { root: webRoot, prefix: '/', index: ['index.html'] })
    return
  }
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT))
}
