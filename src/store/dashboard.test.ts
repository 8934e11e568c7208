/** The dashboard aggregates on SQLite and (when reachable) PostgreSQL, over four hand-made events. */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import pg from 'pg'
import { FIXTURES, fixtureArticle, fixtureRecord } from '../web/e2e-fixtures.js'
import { openStore } from './index.js'
import type { Store } from './index.js'

const pgUrl = process.env.SITREP_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test'
const schema = `sitrep_dash${process.pid}_${Date.now().toString(36)}`

async function pgProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 })
  try { await client.connect(); await client.query('SELECT 1'); return null } catch (e) { return (e as Error).message } finally { await client.end().catch(() => undefined) }
}
const problem = await pgProblem()
const dir = mkdtempSync(join(tmpdir(), 'sitrep-dash-'))
after(async () => {
  rmSync(dir, { recursive: true, force: true })
  if (problem) return
  const client = new pg.Client({ connectionString: pgUrl })
  await client.connect()
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
  await client.end()
})

async function seeded(store: Store): Promise<Store> {
  for (const f of FIXTURES.filter((x) => x.id !== 'fx-xss')) {
    const a = fixtureArticle(f)
    await store.putArticle({ ...a, url: null, revision: 0 }, [fixtureRecord(f)])
  }
  return store
}

const round = (x: number) => Math.round(x * 1e4) / 1e4

function cases(name: string, open: () => Promise<Store>, skip: string | false) {
  test(`${name}: clusters, days, facets and the review queue`, { skip }, async () => {
    const store = await seeded(await open())
    try {
      const d = store.dashboard!
      // 10° cells: Aleppo and Palmyra share one, Mosul and Kandahar are alone.
      const wide = await d.clusters({}, 10)
      assert.equal(wide.total, 4)
      assert.deepEqual(wide.clusters.map((c) => [c.count, c.fatalities, c.types, round(c.lat), round(c.lon), c.event?.id ?? null]), [
        [2, 12, { Battles: 2 }, 35.3813, 37.7008, null],
        [1, 3, { 'Explosions/Remote violence': 1 }, 36.335, 43.1189, 'ev-fx-mosul'],
        [1, 0, { Protests: 1 }, 31.6133, 65.7101, 'ev-fx-kandahar'],
      ])
      assert.deepEqual(wide.clusters[1].event, { id: 'ev-fx-mosul', event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED',
        fatalities: 3, geo_precision: 2, location: 'Mosul', event_date: '2024-03-09', latitude: 36.335, longitude: 43.1189 })
      // Few enough to expand: every event singly, whatever the cell.
      const all = await d.clusters({}, 10, 4)
      assert.deepEqual(all.clusters.map((c) => c.event?.id), ['ev-fx-aleppo', 'ev-fx-palmyra', 'ev-fx-mosul', 'ev-fx-kandahar'])
      // Text filters go through the store's own text search, whatever index it uses.
      assert.deepEqual((await d.clusters({ actor: 'rebel' }, 10, 10)).clusters.map((c) => c.event?.id), ['ev-fx-aleppo'])
      assert.deepEqual((await d.clusters({ q: 'palmyra' }, 10, 10)).clusters.map((c) => c.event?.id), ['ev-fx-palmyra'])
      assert.deepEqual((await d.days({ actor: 'rebel' })).map((x) => x.date), ['2024-03-10'])
      const boxed = await d.clusters({ bbox: [37, 34, 39, 37], event_type: 'Battles' }, 0.5)
      assert.deepEqual(boxed.clusters.map((c) => c.event?.id), ['ev-fx-aleppo', 'ev-fx-palmyra'])
      assert.deepEqual(await d.days({ from: '2024-03-01' }), [
        { date: '2024-03-04', event_type: 'Protests', events: 1, fatalities: 0 },
        { date: '2024-03-09', event_type: 'Explosions/Remote violence', events: 1, fatalities: 3 },
        { date: '2024-03-10', event_type: 'Battles', events: 1, fatalities: 12 },
      ])
      const facets = await d.facets()
      assert.deepEqual(facets.countries, [{ value: 'SY', label: 'Syria', count: 2 }, { value: 'AF', label: 'Afghanistan', count: 1 }, { value: 'IQ', label: 'Iraq', count: 1 }])
      assert.deepEqual(facets.event_types.map((f) => [f.value, f.count]), [['Battles', 2], ['Explosions/Remote violence', 1], ['Protests', 1]])
      assert.deepEqual(facets.sub_event_types.find((f) => f.value === 'Armed clash'), { value: 'Armed clash', label: 'Battles', count: 1 })
      assert.deepEqual((await d.queue({}, 10, 0)).map((q) => [q.event.id, q.review]),
        [['ev-fx-mosul', 'auto'], ['ev-fx-kandahar', 'auto'], ['ev-fx-palmyra', 'auto'], ['ev-fx-aleppo', 'auto']])
      await store.review('ev-fx-mosul', { action: 'accept', author: 'test', reason: 'checked' })
      await store.review('ev-fx-kandahar', { action: 'not-an-event', author: 'test', reason: 'not one' })
      assert.deepEqual((await d.queue({}, 10, 0)).map((q) => [q.event.id, q.review]),
        [['ev-fx-palmyra', 'auto'], ['ev-fx-aleppo', 'auto'], ['ev-fx-mosul', 'accepted']])
      assert.deepEqual((await d.queue({}, 1, 1)).map((q) => q.event.id), ['ev-fx-aleppo'])
      // A merged event keeps each source's own record.
      const merged = await store.merge('ev-fx-aleppo', 'ev-fx-palmyra', 'test', 'same offensive')
      assert.ok(merged.ok)
      assert.deepEqual((await d.sources('ev-fx-aleppo')).map((r) => [r.id, r.article_id, r.location]),
        [['ev-fx-aleppo', 'fx-aleppo', 'Aleppo'], ['ev-fx-palmyra', 'fx-palmyra', 'Palmyra']])
    } finally {
      await store.close()
    }
  })
}

cases('sqlite', () => openStore(join(dir, 'dash.db')), false)
cases('postgres', () => openStore(pgUrl, { schema }),
  problem ? (process.env.CI === 'true' ? false : `PostgreSQL unreachable (${problem})`) : false)
