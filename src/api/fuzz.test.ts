/** A bounded, seeded fuzz of malformed requests over every route on both backends: never a 5xx, every failure in the error format. */
import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { claim, rec } from '../store/fixtures.js'
import type { EventRecord } from '../schema/record.js'
import { buildServer } from './index.js'
import { backends } from './test-backends.js'

const REQUESTS = 5000
const all = await backends('fuzz')
after(async () => { for (const b of all) await b.cleanup() })

/** mulberry32: the same 5,000 requests on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const given: Record<string, EventRecord[]> = {
  a: [rec({ id: 'ev_a', article_id: 'a', fatality_claims: [claim(5)] })],
  b: [rec({ id: 'ev_b', article_id: 'b', location: 'Aleppo', geonameid: 170063, latitude: 36.2, longitude: 37.16 })],
}

for (const b of all) {
  test(`${b.name}: ${REQUESTS} malformed requests: no 5xx, every failure is {"error": {code, message}}`, { skip: b.skip, timeout: 600_000 }, async () => {
    const store = await b.open()
    const app = await buildServer(store, { derive: (input) => given[input.article.id] ?? [], webRoot: '/nonexistent' })
    try {
      const tokens: string[] = ['', 'garbage', 'sitrep_0123456789abcdef_' + 'A'.repeat(43)]
      for (const role of ['reader', 'reviewer', 'editor', 'admin'] as const) {
        const made = await store.users.add(role, role)
        assert.ok(made.ok)
        tokens.push(made.value.token)
      }
      const editor = tokens[tokens.length - 2]
      await app.inject({ method: 'POST', url: '/api/articles', payload: [{ id: 'a', text: 'Text A.' }, { id: 'b', text: 'Text B.' }], headers: { authorization: `Bearer ${editor}` } })
      const r = prng(13)
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
      const weird = ['', ' ', 'ev_a', 'ev_b', 'nope', '%00', '%E0%A4%A', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(250), '%F0%9F%92%A3', '__proto__', 'constructor',
        '1', '-1', '0', '2147483648', '99999999999999999999', '1e309', 'NaN', 'null', '%27%20OR%201%3D1--', '%22', '%5C', '%u0000', 'a%0Ab', '%7F']
      const values: unknown[] = [null, true, -5, 2 ** 63, 1e309 > 0 ? 1e308 : 0, -0.5, 1000, 'x', '', '\u0000', 'a\u0001b', '2020-13-45', '2016-02-29', '<script>alert(1)</script>',
        'x'.repeat(3000), [], [1, 'a'], {}, { __proto__: { admin: true } }, { constructor: { prototype: 1 } }, 'Armed clash', 'SY', 'reported', 3, 99, 2 ** 31, -(2 ** 31)]
      const fields = ['fatalities', 'latitude', 'longitude', 'event_date', 'status', 'time_precision', 'iso', '__proto__', 'constructor', 'toString',
        'sub_event_type', 'event_type', 'notes', 'actor1', 'geonameid', 'id', 'record', '', 'hasOwnProperty', 'interaction']
      const params = ['from', 'to', 'event_type', 'sub_event_type', 'country', 'actor', 'bbox', 'q', 'status', 'limit', 'cursor', 'fields', 'format', 'location', 'at',
        'cell', 'expand', 'offset', 'colour', '__proto__', 'from[]']
      const paramValues = ['2016-99-01', '2016-02-30', '2016-01-01', '%00', 'a%00b', '1,2,3', '-181,0,0,0', '1,2,3,4', '0', '1001', '-1', 'abc', 'x'.repeat(300),
        'all', 'notes,sources', 'secret', 'jsonl', 'xls', 'acled-csv', '%E0%A4%A', '"', "'", '*', '%25', 'SY', 'sy', 'S', 'reported', '1e400', '']
      const query = () => Array.from({ length: Math.floor(r() * 4) }, () => `${pick(params)}=${pick(paramValues)}`).join('&')
      const body = (): unknown => {
        const o: Record<string, unknown> = {}
        for (let i = Math.floor(r() * 5); i > 0; i--) o[pick(['action', 'field', 'value', 'reason', 'author', 'revision', 'articles', 'other', 'id', 'text', 'html', 'published', 'title', '__proto__', 'extra'])] =
          pick([...values, pick(['accept', 'edit', 'not-an-event', 'split', 'merge']), pick(fields), ['a', 'b'], ['zz']])
        return pick([o, o, o, [o], [o, o], [], pick(values), 'not json'])
      }
      const routes = [
        () => ['GET', `/api/events?${query()}`], () => ['GET', `/api/events/${pick(weird)}`], () => ['GET', `/api/articles/${pick(weird)}`],
        () => ['GET', `/api/merges/${pick(weird)}`], () => ['GET', `/api/control?${query()}`], () => ['GET', `/api/export?${query()}`],
        () => ['GET', `/api/web/clusters?${query()}`], () => ['GET', `/api/web/days?${query()}`], () => ['GET', `/api/web/queue?${query()}`],
        () => ['GET', `/api/web/events/${pick(weird)}/sources`], () => ['GET', '/api/web/facets'], () => ['GET', '/api/health'], () => ['GET', `/api/audit?${query()}`],
        () => ['GET', '/api/me'], () => ['POST', '/api/articles'], () => ['POST', `/api/events/${pick(weird)}/review`], () => ['POST', `/api/events/${pick(weird)}/merge`],
        () => ['POST', `/api/merges/${pick(weird)}/undo`], () => ['DELETE', `/api/events/${pick(weird)}`], () => ['PUT', '/api/articles'], () => ['GET', `/${pick(weird)}`],
      ] as const
      const failures: string[] = []
      let fives = 0
      const statuses = new Map<number, number>()
      for (let i = 0; i < REQUESTS; i++) {
        const [method, url] = pick(routes)()
        const token = pick(tokens)
        const headers: Record<string, string> = token ? { authorization: pick([`Bearer ${token}`, token, `Basic ${token}`, `Bearer ${token}`]) } : {}
        if (r() < 0.1) headers['if-match'] = pick(['"r1"', '"r999"', 'r1', '*', 'W/"r2"', '"r-1"', ''])
        let payload: string | undefined
        if (method !== 'GET') {
          const b = body()
          payload = r() < 0.08 ? pick(['{"id": ', '{{', '\u0000', 'null', '']) : JSON.stringify(b)
          headers['content-type'] = pick(['application/json', 'application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1'])
        }
        if (r() < 0.03) headers.host = pick(['evil.example', '127.0.0.1:9', ''])
        const res = await app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload } : {}) })
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
        if (res.statusCode >= 500) { fives++; failures.push(`${res.statusCode} ${method} ${url} ${payload?.slice(0, 80)} → ${res.body.slice(0, 200)}`) }
        if (res.statusCode >= 400) {
          let ok = false
          try {
            const j = res.json() as { error?: { code?: unknown; message?: unknown } }
            ok = typeof j.error?.code === 'string' && typeof j.error.message === 'string' && !/\bat .*\.(js|ts):\d+/.test(res.body)
          } catch { ok = false }
          if (!ok) failures.push(`format ${res.statusCode} ${method} ${url} → ${res.body.slice(0, 200)}`)
        }
      }
      console.log(`# ${b.name} fuzz statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort((x, y) => x[0] - y[0])))}`)
      assert.deepEqual([fives, failures.slice(0, 10)], [0, []])
    } finally { await app.close(); await store.close() }
  })
}
