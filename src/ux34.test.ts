/** ux34: what an outside user meets first: a known route asked with a method it does not take, names that match nothing, bad input. */
import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { buildServer } from './api/index.js'
import { backends } from './api/test-backends.js'

const all = await backends('ux34')
after(async () => { for (const b of all) await b.cleanup() })

for (const b of all) {
  test(`${b.name}: a known route asked with a method it does not take answers 405 with an Allow header, in the one error format; an unknown path stays 404`, { skip: b.skip }, async () => {
    const store = await b.open()
    const app = await buildServer(store, { derive: () => [], webRoot: '/nonexistent' })
    try {
      const seen: [string, string, number, string | undefined, unknown][] = []
      for (const [method, url] of [
        ['DELETE', '/api/events/ev_1'], ['PUT', '/api/events/ev_1'], ['PATCH', '/api/events/ev_1'], ['POST', '/api/events'],
        ['GET', '/api/events/ev_1/review'], ['DELETE', '/api/events/ev_1/merge'], ['PUT', '/api/merges/m1'], ['GET', '/api/merges/m1/undo'],
        ['GET', '/api/articles'], ['DELETE', '/api/articles/a1'], ['POST', '/api/health'], ['DELETE', '/api/control?location=x'],
        ['POST', '/api/export'], ['PUT', '/api/openapi.json'], ['POST', '/api/me'], ['DELETE', '/api/audit'], ['POST', '/api/web/clusters'],
        ['PUT', '/api/web/events/ev_1/sources'], ['DELETE', '/'], ['DELETE', '/api/nothing'], ['POST', '/nothing'],
      ] as const) {
        const res = await app.inject({ method, url })
        seen.push([method, url, res.statusCode, res.headers.allow as string | undefined, res.json()])
      }
      const na = (method: string, path: string, allow: string) =>
        ({ error: { code: 'method-not-allowed', message: `${method} is not allowed on ${path} (allowed: ${allow})` } })
      assert.deepEqual(seen, [
        ['DELETE', '/api/events/ev_1', 405, 'GET, HEAD', na('DELETE', '/api/events/ev_1', 'GET, HEAD')],
        ['PUT', '/api/events/ev_1', 405, 'GET, HEAD', na('PUT', '/api/events/ev_1', 'GET, HEAD')],
        ['PATCH', '/api/events/ev_1', 405, 'GET, HEAD', na('PATCH', '/api/events/ev_1', 'GET, HEAD')],
        ['POST', '/api/events', 405, 'GET, HEAD', na('POST', '/api/events', 'GET, HEAD')],
        ['GET', '/api/events/ev_1/review', 405, 'POST', na('GET', '/api/events/ev_1/review', 'POST')],
        ['DELETE', '/api/events/ev_1/merge', 405, 'POST', na('DELETE', '/api/events/ev_1/merge', 'POST')],
        ['PUT', '/api/merges/m1', 405, 'GET, HEAD', na('PUT', '/api/merges/m1', 'GET, HEAD')],
        ['GET', '/api/merges/m1/undo', 405, 'POST', na('GET', '/api/merges/m1/undo', 'POST')],
        ['GET', '/api/articles', 405, 'POST', na('GET', '/api/articles', 'POST')],
        ['DELETE', '/api/articles/a1', 405, 'GET, HEAD', na('DELETE', '/api/articles/a1', 'GET, HEAD')],
        ['POST', '/api/health', 405, 'GET, HEAD', na('POST', '/api/health', 'GET, HEAD')],
        ['DELETE', '/api/control?location=x', 405, 'GET, HEAD', na('DELETE', '/api/control', 'GET, HEAD')],
        ['POST', '/api/export', 405, 'GET, HEAD', na('POST', '/api/export', 'GET, HEAD')],
        ['PUT', '/api/openapi.json', 405, 'GET, HEAD', na('PUT', '/api/openapi.json', 'GET, HEAD')],
        ['POST', '/api/me', 405, 'GET, HEAD', na('POST', '/api/me', 'GET, HEAD')],
        ['DELETE', '/api/audit', 405, 'GET, HEAD', na('DELETE', '/api/audit', 'GET, HEAD')],
        ['POST', '/api/web/clusters', 405, 'GET, HEAD', na('POST', '/api/web/clusters', 'GET, HEAD')],
        ['PUT', '/api/web/events/ev_1/sources', 405, 'GET, HEAD', na('PUT', '/api/web/events/ev_1/sources', 'GET, HEAD')],
        ['DELETE', '/', 405, 'GET, HEAD', na('DELETE', '/', 'GET, HEAD')],
        ['DELETE', '/api/nothing', 404, undefined, { error: { code: 'not-found', message: 'no route DELETE /api/nothing' } }],
        ['POST', '/nothing', 404, undefined, { error: { code: 'not-found', message: 'no route POST /nothing' } }],
      ])
    } finally {
      await app.close()
      await store.close()
    }
  })
}
