/** Access, revisions and validation through the API, on both backends: tokens and roles, the audit log, 409s, error formats. */
import assert from 'node:assert/strict'
import http from 'node:http'
import { after, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { claim, rec } from '../store/fixtures.js'
import type { EventRecord } from '../schema/record.js'
import type { Store } from '../store/index.js'
import { buildServer } from './index.js'
import { backends } from './test-backends.js'

const given: Record<string, EventRecord[]> = {
  a: [rec({ id: 'ev_a', article_id: 'a', fatality_claims: [claim(5)] })],
  c: [rec({ id: 'ev_c', article_id: 'c', location: 'Aleppo', geonameid: 170063, latitude: 36.2, longitude: 37.16 })],
}
const all = await backends('access')
after(async () => { for (const b of all) await b.cleanup() })

async function setup(open: () => Promise<Store>) {
  const store = await open()
  const app = await buildServer(store, { derive: (input) => given[input.article.id] ?? [], webRoot: '/nonexistent' })
  const tokens: Record<string, string> = {}
  for (const role of ['reader', 'reviewer', 'editor', 'admin'] as const) {
    const made = await store.users.add(`${role}-user`, role)
    assert.ok(made.ok)
    tokens[role] = made.value.token
  }
  const call = (method: 'GET' | 'POST', url: string, payload?: unknown, token?: string, headers: Record<string, string> = {}) =>
    app.inject({ method, url, ...(payload !== undefined ? { payload: payload as object } : {}), headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } })
  return { store, app, tokens, call, close: async () => { await app.close(); await store.close() } }
}

const error = (code: string, message: string) => ({ error: { code, message } })

for (const b of all) {
  test(`${b.name}: every write route needs a token of the right role; the author and the audit log name the token's user`, { skip: b.skip }, async () => {
    const { store, tokens, call, close } = await setup(b.open)
    try {
      const seeded = await call('POST', '/api/articles', [{ id: 'a', text: 'Jets struck Palmyra.' }, { id: 'c', text: 'Aleppo was hit.' }], tokens.editor)
      assert.equal(seeded.statusCode, 200)
      const writes: [string, unknown, string][] = [
        ['/api/articles', { id: 'n', text: 'New text.' }, 'editor'],
        ['/api/events/ev_a/review', { action: 'accept', reason: 'checked' }, 'reviewer'],
        ['/api/events/ev_a/merge', { other: 'ev_c', reason: 'same' }, 'reviewer'],
        ['/api/merges/1/undo', { reason: 'no' }, 'reviewer'],
      ]
      for (const [url, body, role] of writes) {
        const none = await call('POST', url, body)
        assert.deepEqual([url, none.statusCode, none.json().error.code, none.headers['www-authenticate']], [url, 401, 'unauthorized', 'Bearer realm="sitrep"'])
        const bogus = await call('POST', url, body, 'sitrep_0123456789abcdef_' + 'x'.repeat(43))
        assert.deepEqual([url, bogus.statusCode, bogus.json()], [url, 401, error('unauthorized', 'the bearer token is not valid (unknown, malformed or revoked)')])
        const reader = await call('POST', url, body, tokens.reader)
        assert.deepEqual([url, reader.statusCode, reader.json()], [url, 403, error('forbidden', `user "reader-user" is a reader; this route needs ${role === 'reviewer' ? 'a' : 'an'} ${role} or above`)])
      }
      assert.equal((await call('POST', '/api/articles', { id: 'n', text: 'New.' }, tokens.reviewer)).statusCode, 403, 'a reviewer may not post articles')
      const accepted = await call('POST', '/api/events/ev_a/review', { action: 'accept', reason: 'checked', author: 'mallory' }, tokens.reviewer)
      assert.equal(accepted.statusCode, 200)
      assert.deepEqual(accepted.json().event.history.filter((h: { kind: string }) => h.kind === 'review').map((h: { author: string }) => h.author), ['reviewer-user'])
      const merged = await call('POST', '/api/events/ev_a/merge', { other: 'ev_c', reason: 'same' }, tokens.admin)
      assert.deepEqual([merged.statusCode, merged.json().merge.by], [200, 'admin-user'])
      const log = await call('GET', '/api/audit?limit=3', undefined, tokens.admin)
      assert.deepEqual(log.json().entries.map((e: { actor: string; action: string; target: string | null; status: number }) => [e.actor, e.action, e.target, e.status]), [
        ['admin-user', 'POST /api/events/:id/merge', 'ev_a', 200],
        ['reviewer-user', 'POST /api/events/:id/review', 'ev_a', 200],
        ['reviewer-user', 'POST /api/articles', null, 403],
      ])
      assert.equal((await call('GET', '/api/audit', undefined, tokens.editor)).statusCode, 403)
      assert.deepEqual((await call('GET', '/api/me', undefined, tokens.reader)).json(), { user: { name: 'reader-user', role: 'reader' } })
      assert.equal((await call('GET', '/api/events')).statusCode, 200, 'reading is open by default')
      const revoked = await store.users.revoke('reviewer-user')
      assert.ok(revoked.ok)
      assert.equal((await call('POST', '/api/events/ev_a/review', { action: 'accept', reason: 'again' }, tokens.reviewer)).statusCode, 401)
    } finally { await close() }
  })

  test(`${b.name}: 50 concurrent edits from one revision: one 200, 49 × 409 with the current record, one history entry`, { skip: b.skip }, async () => {
    const { tokens, call, close } = await setup(b.open)
    try {
      await call('POST', '/api/articles', { id: 'a', text: 'Jets struck Palmyra.' }, tokens.editor)
      const seen = await call('GET', '/api/events/ev_a')
      const etag = String(seen.headers.etag)
      assert.match(etag, /^"r\d+"$/)
      const answers = await Promise.all(Array.from({ length: 50 }, (_, i) =>
        call('POST', '/api/events/ev_a/review', { action: 'edit', field: 'fatalities', value: 10 + i, reason: `count ${i}` }, tokens.reviewer, { 'if-match': etag })))
      const codes = answers.map((r) => r.statusCode)
      assert.deepEqual([codes.filter((c) => c === 200).length, codes.filter((c) => c === 409).length], [1, 49])
      const won = answers.find((r) => r.statusCode === 200)!.json().event
      const lost = answers.find((r) => r.statusCode === 409)!.json()
      assert.equal(lost.error.code, 'conflict')
      assert.deepEqual([lost.current.revision, lost.current.fatalities], [won.revision, won.fatalities])
      const after = (await call('GET', '/api/events/ev_a')).json().event
      assert.deepEqual(after.history.filter((h: { action?: string }) => h.action === 'edit').map((h: { after: number; author: string }) => [h.after, h.author]), [[won.fatalities, 'reviewer-user']])
      const log = (await call('GET', '/api/audit?limit=60', undefined, tokens.admin)).json().entries.filter((e: { action: string }) => e.action === 'POST /api/events/:id/review')
      assert.deepEqual([log.length, log.filter((e: { status: number }) => e.status === 409).length], [50, 49])
      const redo = await call('POST', '/api/events/ev_a/review', { action: 'edit', field: 'fatalities', value: 12, reason: 'redo', revision: lost.current.revision }, tokens.reviewer)
      assert.equal(redo.statusCode, 200)
      assert.equal(redo.headers.etag, `"r${lost.current.revision + 1}"`)
      assert.equal((await call('POST', '/api/events/ev_a/review', { action: 'accept', reason: 'x' }, tokens.reviewer, { 'if-match': 'r3' })).statusCode, 400)
    } finally { await close() }
  })

  test(`${b.name}: re-posting an article id with another text needs its current revision`, { skip: b.skip }, async () => {
    const { tokens, call, close } = await setup(b.open)
    try {
      await call('POST', '/api/articles', { id: 'a', text: 'Jets struck Palmyra.' }, tokens.editor)
      const silent = await call('POST', '/api/articles', { id: 'a', text: 'Jets struck Palmyra twice.' }, tokens.editor)
      assert.deepEqual([silent.statusCode, silent.json().error, silent.json().current.revision], [409,
        { code: 'conflict', message: 'article "a" is stored with another text (revision 1); send "revision": 1 to revise it' }, 1])
      const revised = await call('POST', '/api/articles', { id: 'a', text: 'Jets struck Palmyra twice.', revision: 1 }, tokens.editor)
      assert.deepEqual(revised.json().articles.map((x: { status: string }) => x.status), ['revised'])
      const stale = await call('POST', '/api/articles', { id: 'a', text: 'Third text.', revision: 1 }, tokens.editor)
      assert.deepEqual([stale.statusCode, stale.json().error.message], [409, 'article "a" is at revision 2, not 1: someone revised it since'])
      assert.equal((await call('GET', '/api/articles/a')).headers.etag, '"r2"')
      const bad = async (body: unknown) => { const r = await call('POST', '/api/articles', body, tokens.editor); return [r.statusCode, r.json().error.message] }
      assert.deepEqual(await bad({ id: 'x'.repeat(201), text: 'T.' }), [422, 'article: "id" must be 1–200 characters without control characters'])
      assert.deepEqual(await bad({ id: 'p', text: 'T.', published: 'not-a-date' }), [422, 'article: "published" is not a real date: "not-a-date"'])
      assert.deepEqual(await bad({ id: 'p', text: 'T.', published: '2016-13-45' }), [422, 'article: "published" is not a real date: "2016-13-45"'])
      assert.deepEqual(await bad({ id: 'p', text: 'a\u0000b' }), [422, 'article: "text" holds a NUL character'])
    } finally { await close() }
  })

  test(`${b.name}: malformed requests get the right status, always in the error format`, { skip: b.skip }, async () => {
    const { app, tokens, call, close } = await setup(b.open)
    try {
      const cases: [string, Promise<{ statusCode: number; json(): unknown }>, number, string][] = [
        ['NUL in q', call('GET', '/api/events?q=a%00b'), 400, 'control characters (such as NUL) are not allowed in the path or query'],
        ['impossible from', call('GET', '/api/events?from=2016-99-01'), 400, '"from" is not a real calendar date: "2016-99-01"'],
        ['long id', call('GET', `/api/events/${'x'.repeat(300)}`), 400, '"id" must NOT have more than 200 characters'],
        ['bad URL', call('GET', '/api/events/%E0%A4%A'), 400, 'the URL is not valid (bad percent-encoding)'],
        ['long URL', call('GET', `/api/events?q=${'x'.repeat(9000)}`), 414, 'the URL is over 8192 characters'],
        ['media type', call('POST', '/api/articles', 'id=a', tokens.editor, { 'content-type': 'application/x-www-form-urlencoded' }), 415, 'the request body must be JSON (content-type: application/json)'],
        ['text/plain', call('POST', '/api/events/ev_a/review', 'accept', tokens.reviewer, { 'content-type': 'text/plain' }), 415, 'the request body must be JSON (content-type: application/json)'],
        ['JSON with a charset', call('POST', '/api/events/ev_a/review', '{"action":"nope","reason":"r"}', tokens.reviewer, { 'content-type': 'application/json; charset=utf-8' }), 400, '"action" must be one of "accept", "edit", "not-an-event", "split"'],
        ['foreign host', call('GET', '/api/events', undefined, undefined, { host: 'evil.example:8080' }), 403, 'this server does not answer to host "evil.example:8080" (sitrep serve --allow-host NAME)'],
        ['bad value', call('POST', '/api/events/nope/review', { action: 'edit', field: 'latitude', value: 1000, reason: 'r' }, tokens.reviewer), 404, 'no event "nope"'],
        ['huge merge id', call('POST', '/api/merges/99999999999999999999/undo', { reason: 'r' }, tokens.reviewer), 400, '"id" must be <= 2147483647'],
        ['fields', call('GET', '/api/events?fields=secret'), 400, '"fields" names unknown record fields: "secret"'],
      ]
      for (const [what, pending, status, message] of cases) {
        const r = await pending
        assert.deepEqual([what, r.statusCode, (r.json() as { error: { message: string } }).error.message], [what, status, message])
      }
      // Over the socket: a 5 MB body gets its 413 and the client sees no reset.
      const base = await app.listen({ host: '127.0.0.1', port: 0 })
      const body = JSON.stringify({ id: 'big', text: 'x'.repeat(5_000_000) })
      const got = await new Promise<string>((resolve) => {
        const req = http.request(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${tokens.editor}` } }, (res) => {
          let d = ''
          res.on('data', (c: Buffer) => { d += c.toString() })
          res.on('end', () => resolve(`${res.statusCode} ${d}`))
        })
        req.on('error', (e: NodeJS.ErrnoException) => resolve(`error ${e.code}`))
        req.end(body)
      })
      assert.equal(got, '413 {"error":{"code":"input-too-large","message":"the request body is over the 1 MB limit"}}')
    } finally { await close() }
  })

  test(`${b.name}: a default page carries summary fields; fields= asks for more; private reading needs a token`, { skip: b.skip }, async () => {
    const store = await b.open()
    const app = await buildServer(store, { derive: (input) => given[input.article.id] ?? [], webRoot: '/nonexistent', privateRead: true })
    try {
      const made = await store.users.add('ed', 'editor')
      assert.ok(made.ok)
      const auth = { authorization: `Bearer ${made.value.token}` }
      await app.inject({ method: 'POST', url: '/api/articles', payload: { id: 'a', text: 'Jets struck Palmyra.' }, headers: auth })
      assert.equal((await app.inject({ method: 'GET', url: '/api/events' })).statusCode, 401)
      const page = (await app.inject({ method: 'GET', url: '/api/events', headers: auth })).json()
      assert.deepEqual(Object.keys(page.events[0]), ['id', 'event_date', 'time_precision', 'event_type', 'sub_event_type', 'actor1', 'actor2',
        'country', 'iso', 'admin1', 'location', 'latitude', 'longitude', 'geo_precision', 'fatalities', 'status', 'confidence', 'revision'])
      const more = (await app.inject({ method: 'GET', url: '/api/events?fields=notes,sources', headers: auth })).json()
      assert.deepEqual([more.events[0].notes, more.events[0].sources.length], ['An air strike hit the town.', 1])
      const whole = (await app.inject({ method: 'GET', url: '/api/events?fields=all', headers: auth })).json()
      assert.equal(whole.events[0].fatality_claims.length, 1)
      assert.equal((await app.inject({ method: 'GET', url: '/api/health' })).statusCode, 401)
    } finally { await app.close(); await store.close() }
  })
}
