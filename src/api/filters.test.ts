/** The API's filters as people use them, on both backends: countries as typed, the status default and lists, control by exonym. */
import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { art, rec } from '../store/fixtures.js'
import type { EventRecord } from '../schema/record.js'
import type { Store } from '../store/index.js'
import { apiFilter, toFilter } from './filters.js'
import { buildServer } from './index.js'
import { backends } from './test-backends.js'

const all = await backends('filters')
after(async () => { for (const b of all) await b.cleanup() })

/** One event per status, years apart and in different places so that none merge; one in Nigeria; one territory event at Tadmur. */
const events: EventRecord[] = [
  rec({ id: 'e_rep', article_id: 'a1', event_date: '2016-03-01', status: 'reported', location: 'Place 1', geonameid: 101 }),
  rec({ id: 'e_cla', article_id: 'a2', event_date: '2015-03-01', status: 'claimed', location: 'Place 2', geonameid: 102 }),
  rec({ id: 'e_den', article_id: 'a3', event_date: '2014-03-01', status: 'denied', location: 'Place 3', geonameid: 103 }),
  rec({ id: 'e_pla', article_id: 'a4', event_date: '2013-03-01', status: 'planned', location: 'Place 4', geonameid: 104 }),
  rec({ id: 'e_bac', article_id: 'a5', event_date: '1995-03-01', status: 'background', location: 'Place 5', geonameid: 105 }),
  rec({ id: 'e_ng', article_id: 'a6', event_date: '2012-03-01', status: 'reported', country: 'Nigeria', iso: 'NG', admin1: 'Borno', admin2: '', location: 'Maiduguri',
    latitude: 11.85, longitude: 13.16, geonameid: 2331447, actor1: 'Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad', actor2: 'Civilians (Nigeria)' }),
  rec({ id: 'e_ter', article_id: 'a7', event_date: '2011-03-27', event_type: 'Strategic developments', sub_event_type: 'Government regains territory', actor2: null }),
]

async function setup(open: () => Promise<Store>) {
  const store = await open()
  for (const e of events) await store.putArticle(art(e.article_id, `Report ${e.id}.`), [e])
  const app = await buildServer(store, { webRoot: '/nonexistent' })
  const get = (url: string) => app.inject({ method: 'GET', url })
  const ids = async (url: string) => {
    const res = await get(url)
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`)
    return [res.json().events.map((e: EventRecord) => e.id), res.json().total]
  }
  const exported = async (url: string) => (await get(url)).body.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string)
  return { get, ids, exported, close: async () => { await app.close(); await store.close() } }
}

const error = (code: string, message: string) => ({ error: { code, message } })

test('the routes default to reported and claimed; the library filter (eventFilter, used by sitrep export) has no default', () => {
  assert.deepEqual(apiFilter({}), { ok: true, value: { status: ['reported', 'claimed'] } })
  assert.deepEqual(apiFilter({ status: 'all' }), { ok: true, value: {} })
  assert.deepEqual(apiFilter({ status: 'planned,background', country: 'syr' }), { ok: true, value: { country: 'SY', status: ['planned', 'background'] } })
  assert.deepEqual(toFilter({}), { ok: true, value: {} })
  assert.deepEqual(toFilter({ status: 'denied', country: 'Nigerian' }), { ok: true, value: { country: 'NG', status: ['denied'] } })
})

for (const b of all) {
  test(`${b.name}: /api/events and /api/export hold reported and claimed events unless status= asks for others`, { skip: b.skip }, async () => {
    const { get, ids, exported, close } = await setup(b.open)
    try {
      assert.deepEqual(await ids('/api/events'), [['e_rep', 'e_cla', 'e_ng', 'e_ter'], 4])
      assert.deepEqual(await ids('/api/events?status=all'), [['e_rep', 'e_cla', 'e_den', 'e_pla', 'e_ng', 'e_ter', 'e_bac'], 7])
      assert.deepEqual(await ids('/api/events?status=ALL'), [['e_rep', 'e_cla', 'e_den', 'e_pla', 'e_ng', 'e_ter', 'e_bac'], 7])
      assert.deepEqual(await ids('/api/events?status=background,planned'), [['e_pla', 'e_bac'], 2])
      assert.deepEqual(await ids('/api/events?status=%20Denied%20'), [['e_den'], 1])
      assert.deepEqual(await ids('/api/events?status=claimed'), [['e_cla'], 1])
      // A box or an actor alone (the SQLite walk plan) keeps the status condition too.
      assert.deepEqual(await ids('/api/events?bbox=38,34,39,35'), [['e_rep', 'e_cla', 'e_ter'], 3])
      assert.deepEqual(await ids('/api/events?bbox=38,34,39,35&status=all'), [['e_rep', 'e_cla', 'e_den', 'e_pla', 'e_ter', 'e_bac'], 6])
      assert.deepEqual(await ids('/api/events?actor=military&status=background,denied'), [['e_den', 'e_bac'], 2])
      // Pages of the default keep the default.
      const first = (await get('/api/events?limit=3')).json()
      assert.deepEqual([first.events.map((e: EventRecord) => e.id), first.total], [['e_rep', 'e_cla', 'e_ng'], 4])
      assert.deepEqual(await ids(`/api/events?limit=3&cursor=${first.next}`), [['e_ter'], 4])
      for (const bad of ['rumoured', 'reported,rumoured', ',']) {
        const res = await get(`/api/events?status=${bad}`)
        assert.deepEqual([res.statusCode, res.json()], [400, error('bad-query', `"status" takes "all" or a comma list of reported, claimed, denied, planned, background; got "${bad}"`)])
      }
      assert.deepEqual(await exported('/api/export?format=jsonl'), ['e_rep', 'e_cla', 'e_ng', 'e_ter'])
      assert.deepEqual(await exported('/api/export?format=jsonl&status=all'), ['e_rep', 'e_cla', 'e_den', 'e_pla', 'e_ng', 'e_ter', 'e_bac'])
      assert.deepEqual(await exported('/api/export?format=jsonl&status=planned,denied'), ['e_den', 'e_pla'])
      const csv = (await get('/api/export?format=acled-csv&status=background')).body.trim().split('\n')
      assert.equal(csv.length, 2)
      assert.equal((await get('/api/export?format=jsonl&status=nope')).statusCode, 400)
    } finally {
      await close()
    }
  })

  test(`${b.name}: country= takes names, ISO2 and ISO3 codes and demonyms in any case; no match → 400 with "did you mean"`, { skip: b.skip }, async () => {
    const { get, ids, exported, close } = await setup(b.open)
    try {
      for (const typed of ['Syria', 'syria', 'SY', 'sy', 'SYR', 'Syrian', 'Syrian%20Arab%20Republic']) {
        assert.deepEqual([typed, ...(await ids(`/api/events?country=${typed}`))], [typed, ['e_rep', 'e_cla', 'e_ter'], 3])
      }
      for (const typed of ['Nigeria', 'NGA', 'ng', 'nigerian']) assert.deepEqual([typed, ...(await ids(`/api/events?country=${typed}`))], [typed, ['e_ng'], 1])
      assert.deepEqual(await ids('/api/events?country=syria&status=all'), [['e_rep', 'e_cla', 'e_den', 'e_pla', 'e_ter', 'e_bac'], 6])
      assert.deepEqual(await ids('/api/events?country=France'), [[], 0])
      assert.deepEqual(await exported('/api/export?format=jsonl&country=Nigeria'), ['e_ng'])
      const typo = await get('/api/events?country=Nigria')
      assert.deepEqual([typo.statusCode, typo.json()], [400, error('bad-query', '"country": unknown country "Nigria" (give a name or an ISO code such as SY); did you mean "Nigeria"?')])
      const none = await get('/api/export?format=jsonl&country=Qqqqqq')
      assert.deepEqual([none.statusCode, none.json()], [400, error('bad-query', '"country": unknown country "Qqqqqq" (give a name or an ISO code such as SY)')])
      const long = await get(`/api/events?country=${'x'.repeat(61)}`)
      assert.deepEqual([long.statusCode, long.json()], [400, error('bad-query', '"country" must NOT have more than 60 characters')])
    } finally {
      await close()
    }
  })

  test(`${b.name}: /api/control reads the place as people write it and suggests close names`, { skip: b.skip }, async () => {
    const { get, close } = await setup(b.open)
    try {
      const periods = [{ holder: 'Military Forces of Syria (2000-)', from: '2011-03-27', to: null, event_ids: ['e_ter'], conflict: false, contested_by: [] }]
      assert.deepEqual((await get('/api/control?location=Palmyra')).json(), { location: 'Tadmur', periods })
      assert.deepEqual((await get('/api/control?location=palmyra')).json(), { location: 'Tadmur', periods })
      assert.deepEqual((await get('/api/control?location=Tadmur')).json(), { location: 'Tadmur', periods })
      assert.deepEqual((await get('/api/control?location=Palmyra&at=2010-01-01')).json(), { location: 'Tadmur', at: '2010-01-01', periods: [] })
      assert.deepEqual((await get('/api/control?location=Tadmurr')).json(),
        { location: 'Tadmurr', periods: [], suggestions: ['Tadmur'], unknown: true, message: 'unknown place "Tadmurr": no place, region or country of the gazetteer has this name, and no territory events are stored under it; did you mean "Tadmur"?' })
      assert.deepEqual((await get('/api/control?location=Qqqqqqqq')).json(),
        { location: 'Qqqqqqqq', periods: [], suggestions: [], unknown: true, message: 'unknown place "Qqqqqqqq": no place, region or country of the gazetteer has this name, and no territory events are stored under it' })
    } finally {
      await close()
    }
  })
}
