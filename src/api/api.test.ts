/** Every API route with good and bad input, through app.inject() on a fresh SQLite store. */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { openStore } from '../store/index.js'
import type { Store } from '../store/index.js'
import { claim, rec } from '../store/fixtures.js'
import type { EventRecord } from '../schema/record.js'
import { steps } from '../store/migrations.js'
import { buildServer } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'))
let store: Store
let app: FastifyInstance
let editor = ''

/** The records each posted article "gives": the tests do not depend on the real coder. */
const given: Record<string, EventRecord[]> = {
  a: [rec({ id: 'ev_a', article_id: 'a', fatality_claims: [claim(5)] })],
  b: [rec({ id: 'ev_b', article_id: 'b', fatality_claims: [claim(7)] })],
  c: [rec({ id: 'ev_c', article_id: 'c', location: 'Aleppo', geonameid: 170063, latitude: 36.2, longitude: 37.16, event_date: '2016-04-02' })],
  t: [rec({ id: 'ev_t', article_id: 't', event_type: 'Strategic developments', sub_event_type: 'Government regains territory', actor2: null, event_date: '2016-03-27' })],
}

before(async () => {
  store = await openStore(join(dir, 'api.db'))
  app = await buildServer(store, { derive: (input) => given[input.article.id] ?? [], webRoot: join(dir, 'no-web') })
  const made = await store.users.add('ana', 'editor')
  assert.ok(made.ok)
  editor = made.value.token
})
after(async () => {
  await app.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const get = (url: string) => app.inject({ method: 'GET', url })
const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object, headers: { authorization: `Bearer ${editor}` } })
const error = (code: string, message: string) => ({ error: { code, message } })

test('POST /api/articles stores, merges and answers the event ids', async () => {
  const one = await post('/api/articles', { id: 'a', text: 'Jets struck Palmyra on Sunday, killing five.', published: '2016-03-28' })
  assert.equal(one.statusCode, 200)
  assert.deepEqual(one.json(), { articles: [{ id: 'a', status: 'new', event_ids: ['ev_a'] }] })
  const many = await post('/api/articles', [
    { id: 'b', text: 'An air raid on Palmyra killed seven, a monitor said.', source: 'Outlet B' },
    { id: 'c', text: 'Aleppo was hit too.' }, { id: 't', text: 'The army retook Palmyra.' },
  ])
  assert.deepEqual(many.json(), { articles: [
    { id: 'b', status: 'new', event_ids: ['ev_a'] }, { id: 'c', status: 'new', event_ids: ['ev_c'] }, { id: 't', status: 'new', event_ids: ['ev_t'] },
  ] })
  const again = await post('/api/articles', { id: 'a', text: 'Jets struck Palmyra on Sunday, killing five.' })
  assert.deepEqual(again.json(), { articles: [{ id: 'a', status: 'unchanged', event_ids: ['ev_a'] }] })
})

test('POST /api/articles refuses bad bodies with the right status', async () => {
  const noText = await post('/api/articles', { id: 'x', title: 'Only a title' })
  assert.deepEqual([noText.statusCode, noText.json()], [422, error('article-empty', 'article: the article has no text (give "text" or "html")')])
  const badField = await post('/api/articles', [{ id: 'y', text: 5 }])
  assert.equal(badField.statusCode, 400)
  assert.equal(badField.json().error.code, 'bad-query')
  const big = await post('/api/articles', { id: 'z', text: 'x'.repeat(1024 * 1024 + 10) })
  assert.deepEqual([big.statusCode, big.json()], [413, error('input-too-large', 'the request body is over the 1 MB limit')])
  const broken = await app.inject({ method: 'POST', url: '/api/articles', payload: '{"id": ', headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` } })
  assert.deepEqual([broken.statusCode, broken.json().error.code], [400, 'bad-query'])
  assert.equal((await post('/api/articles', [])).statusCode, 400)
})

test('GET /api/events filters, pages and refuses bad queries', async () => {
  const all = await get('/api/events')
  assert.equal(all.statusCode, 200)
  assert.deepEqual([all.json().events.map((e: EventRecord) => e.id), all.json().next, all.json().total], [['ev_c', 'ev_t', 'ev_a'], null, 3])
  const page = (await get('/api/events?limit=2')).json()
  assert.deepEqual([page.events.length, page.total, typeof page.next], [2, 3, 'string'])
  const rest = (await get(`/api/events?limit=2&cursor=${page.next}`)).json()
  assert.deepEqual([rest.events.map((e: EventRecord) => e.id), rest.next], [['ev_a'], null])
  const filtered = (await get('/api/events?from=2016-03-27&to=2016-03-31&country=sy&sub_event_type=Air%2Fdrone%20strike&bbox=38,34,39,35&q=MONITOR&actor=syria')).json()
  assert.deepEqual(filtered.events.map((e: EventRecord) => e.id), ['ev_a'])
  const bad: [string, string][] = [
    ['/api/events?limit=0', '"limit" must be >= 1'],
    ['/api/events?limit=1001', '"limit" must be <= 1000'],
    ['/api/events?colour=red', 'unknown query parameter "colour"'],
    ['/api/events?from=yesterday', '"from" must match pattern "^\\d{4}-\\d{2}-\\d{2}$"'],
    ['/api/events?bbox=1,2,3', '"bbox" must be four numbers: minLon,minLat,maxLon,maxLat'],
    ['/api/events?bbox=10,2,3,4', '"bbox" must satisfy -180 ≤ minLon ≤ maxLon ≤ 180 and -90 ≤ minLat ≤ maxLat ≤ 90'],
    ['/api/events?from=2016-05-01&to=2016-04-01', '"from" (2016-05-01) is after "to" (2016-04-01)'],
    ['/api/events?cursor=nonsense', '"cursor" is not one this server gave out: "nonsense"'],
    ['/api/events?status=rumoured', '"status" takes "all" or a comma list of reported, claimed, denied, planned, background; got "rumoured"'],
    ['/api/events?country=Syra', '"country": unknown country "Syra" (give a name or an ISO code such as SY); did you mean "Syria"?'],
    ['/api/events?country=S', '"country" must NOT have fewer than 2 characters'],
  ]
  for (const [url, message] of bad) {
    const res = await get(url)
    assert.deepEqual([url, res.statusCode, res.json()], [url, 400, error('bad-query', message)])
  }
})

test('GET /api/events/{id} gives the record with history; an absorbed id gives the survivor', async () => {
  const res = await get('/api/events/ev_b')
  assert.equal(res.statusCode, 200)
  const e = res.json().event
  assert.deepEqual([e.id, e.sources.map((s: { article_id: string }) => s.article_id), e.fatalities_low, e.fatalities_high, e.history[0].kind], ['ev_a', ['a', 'b'], 5, 7, 'merge'])
  const missing = await get('/api/events/nope')
  assert.deepEqual([missing.statusCode, missing.json()], [404, error('not-found', 'no event "nope"')])
})

test('GET /api/articles/{id}', async () => {
  const res = await get('/api/articles/b')
  assert.equal(res.headers.etag, '"r1"')
  assert.deepEqual(res.json(), {
    article: { id: 'b', title: null, source: 'Outlet B', url: null, published: null, text: 'An air raid on Palmyra killed seven, a monitor said.', revision: 1 },
    events: [(await store.getEvent('ev_a'))].map((e) => { const { history: _h, review: _r, revision: _v, ...r } = e!; return r }),
  })
  assert.deepEqual((await get('/api/articles/nope')).statusCode, 404)
})

test('review, merge and undo routes', async () => {
  const accept = await post('/api/events/ev_a/review', { action: 'accept', author: 'ana', reason: 'checked' })
  assert.deepEqual([accept.statusCode, accept.json().event.review], [200, 'accepted'])
  const edit = await post('/api/events/ev_a/review', { action: 'edit', field: 'location', value: 'Palmyra', author: 'ana', reason: 'usual name' })
  assert.deepEqual([edit.statusCode, edit.json().event.location], [200, 'Palmyra'])
  const badEdit = await post('/api/events/ev_a/review', { action: 'edit', field: 'id', value: 'x', author: 'ana', reason: 'r' })
  assert.equal(badEdit.statusCode, 422)
  assert.match(badEdit.json().error.message, /^"id" cannot be edited/)
  const noReason = await post('/api/events/ev_a/review', { action: 'accept', author: 'ana' })
  assert.deepEqual([noReason.statusCode, noReason.json()], [400, error('bad-query', 'missing field "reason"')])
  assert.equal((await post('/api/events/nope/review', { action: 'accept', author: 'a', reason: 'r' })).statusCode, 404)

  const merged = await post('/api/events/ev_c/merge', { other: 'ev_a', author: 'ben', reason: 'same raid' })
  assert.equal(merged.statusCode, 200)
  const m = merged.json().merge
  assert.deepEqual([m.survivor, m.absorbed, m.auto, m.by], ['ev_a', 'ev_c', false, 'ana'], 'the author is the token\'s user, not the body\'s "ben"')
  assert.equal((await get(`/api/merges/${m.id}`)).json().merge.reason, 'same raid')
  assert.equal((await post('/api/events/ev_a/merge', { other: 'ev_c', author: 'ben', reason: 'again' })).statusCode, 409)
  assert.equal((await post('/api/events/ev_a/merge', { other: 'nope', author: 'ben', reason: 'x' })).statusCode, 404)
  const undo = await post(`/api/merges/${m.id}/undo`, { author: 'ana', reason: 'different towns' })
  assert.deepEqual([undo.statusCode, undo.json().events.map((e: EventRecord) => e.id)], [200, ['ev_a', 'ev_c']])
  assert.equal((await post(`/api/merges/${m.id}/undo`, { author: 'ana', reason: 'again' })).statusCode, 409)
  assert.equal((await post('/api/merges/999/undo', { author: 'ana', reason: 'x' })).statusCode, 404)
  assert.equal((await post('/api/merges/abc/undo', { author: 'ana', reason: 'x' })).statusCode, 400)
  const split = await post('/api/events/ev_a/review', { action: 'split', articles: ['b'], author: 'ana', reason: 'two raids' })
  assert.deepEqual([split.statusCode, split.json().event.sources.length], [200, 1])
})

test('GET /api/control', async () => {
  const res = await get('/api/control?location=tadmur')
  assert.deepEqual(res.json(), { location: 'tadmur', periods: [
    { holder: 'Military Forces of Syria (2000-)', from: '2016-03-27', to: null, event_ids: ['ev_t'], conflict: false, contested_by: [] },
  ] })
  assert.deepEqual((await get('/api/control?location=tadmur&at=2016-01-01')).json(), { location: 'tadmur', at: '2016-01-01', periods: [] })
  // What people type: the exonym finds the timeline under the gazetteer's name.
  assert.deepEqual((await get('/api/control?location=Palmyra')).json(), { location: 'Tadmur', periods: res.json().periods })
  assert.deepEqual((await get('/api/control?location=Tadmurr')).json(),
    { location: 'Tadmurr', periods: [], suggestions: ['Tadmur'], unknown: true, message: 'unknown place "Tadmurr": no place, region or country of the gazetteer has this name, and no territory events are stored under it; did you mean "Tadmur"?' })
  const missing = await get('/api/control')
  assert.deepEqual([missing.statusCode, missing.json()], [400, error('bad-query', 'missing query parameter "location"')])
})

test('GET /api/export streams a format with the same filters', async () => {
  const res = await get('/api/export?format=jsonl&country=SY&to=2016-03-30')
  assert.equal(res.statusCode, 200)
  assert.match(String(res.headers['content-type']), /^application\/x-ndjson/)
  assert.deepEqual(res.body.trim().split('\n').map((l) => JSON.parse(l).id), ['ev_t', 'ev_b', 'ev_a'])
  const csv = await get('/api/export?format=acled-csv')
  assert.match(String(csv.headers['content-type']), /^text\/csv/)
  assert.equal(csv.body.trim().split('\n').length, 1 + 4)
  assert.equal((await get('/api/export')).statusCode, 400)
  assert.equal((await get('/api/export?format=xls')).statusCode, 400)
  assert.equal((await get('/api/export?format=jsonl&limit=5')).statusCode, 400)
})

test('health, OpenAPI, the dashboard page, unknown routes and internal errors', async () => {
  const health = await get('/api/health')
  assert.deepEqual(health.json(), { ok: true, store: { ok: true, backend: 'sqlite', articles: 4, events: 4, schema: steps({ serial: '', real: '', json: '' }).length } })
  const doc = (await get('/api/openapi.json')).json()
  assert.equal(doc.openapi, '3.0.3')
  // The dashboard's own aggregate routes (/api/web/...) are documented too; the contract's are these.
  assert.deepEqual(Object.keys(doc.paths).filter((p) => !p.startsWith('/api/web/')).sort(), ['/api/articles', '/api/articles/{id}', '/api/control', '/api/events', '/api/events/{id}',
    '/api/events/{id}/merge', '/api/events/{id}/review', '/api/export', '/api/health', '/api/merges/{id}', '/api/merges/{id}/undo', '/api/openapi.json',
    '/api/me', '/api/audit'].sort())
  assert.deepEqual(doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name),
    ['from', 'to', 'event_type', 'sub_event_type', 'country', 'actor', 'bbox', 'q', 'status', 'limit', 'cursor', 'fields'])
  const param = (path: string, name: string) => doc.paths[path].get.parameters.find((p: { name: string }) => p.name === name).description
  for (const path of ['/api/events', '/api/export']) {
    assert.equal(param(path, 'status'), 'reported,claimed when absent; "all", or a comma list of reported, claimed, denied, planned, background')
    assert.match(param(path, 'country'), /^a country as people write it: name, ISO2 or ISO3 code, demonym, any case/)
  }
  const home = await get('/')
  assert.equal(home.statusCode, 200)
  assert.match(home.body, /The dashboard is not built/)
  assert.match(String(home.headers['content-security-policy']), /^default-src 'self'; script-src 'self'/)
  const nowhere = await get('/api/nowhere')
  assert.deepEqual([nowhere.statusCode, nowhere.json()], [404, error('not-found', 'no route GET /api/nowhere')])
  const failing = await buildServer({ ...store, listEvents: async () => { throw new Error('disk on fire at /secret/path') } }, { webRoot: join(dir, 'no-web') })
  const res = await failing.inject({ method: 'GET', url: '/api/events' })
  assert.deepEqual([res.statusCode, res.json()], [500, error('internal', 'the server failed to answer this request')])
  await failing.close()
})
