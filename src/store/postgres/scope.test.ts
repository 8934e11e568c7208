/**
 * PostgreSQL writers scoped by country: articles about different countries are stored at once, those
 * about one country (or none) wait, and concurrent writes on one country still merge exactly.
 */
import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { art, rec } from '../fixtures.js'
import { createStore } from '../repo.js'
import { childRecord } from '../ingest-child.js'
import { openPostgres } from './index.js'
import { PG_URL, dropSchemas, reachable } from './test-server.js'

const problem = await reachable()
const skip = problem && process.env.CI !== 'true' ? 'PostgreSQL unreachable' : false
const prefix = `sitrep_scope${process.pid}_${Date.now().toString(36)}`
const schemas: string[] = []
after(async () => { if (!problem) await dropSchemas(schemas) })
const open = async () => {
  const schema = `${prefix}_${schemas.length}`
  schemas.push(schema)
  const db = await openPostgres(PG_URL, { schema })
  return { db, store: createStore(db) }
}

/** 'done' when `p` settles within `ms`, else 'waiting'. */
const within = (p: Promise<unknown>, ms: number) => Promise.race([p.then(() => 'done'), sleep(ms).then(() => 'waiting')])

test('a writer holding one country blocks that country and country-less records, not another country', { skip }, async () => {
  const { db, store } = await open()
  try {
    let release!: () => void
    const gate = new Promise<void>((r) => { release = r })
    let entered!: () => void
    const inside = new Promise<void>((r) => { entered = r })
    const holder = db.write(async () => { entered(); await gate }, { countries: ['SY'] })
    await inside
    // Iraq first: a waiting exclusive writer (the country-less article) would queue later shared requests behind it.
    const iraq = store.putArticle(art('iq-1', 'Iraq text.'), [rec({ id: 'ev_iq', article_id: 'iq-1', iso: 'IQ', country: 'Iraq' })])
    const iraqHeld = await within(iraq, 5000)
    const syria = store.putArticle(art('sy-1', 'Syria text.'), [rec({ id: 'ev_sy', article_id: 'sy-1' })])
    const nowhere = store.putArticle(art('xx-1', 'No country text.'), [rec({ id: 'ev_xx', article_id: 'xx-1', iso: '', country: '' })])
    const whileHeld = [iraqHeld, await within(syria, 300), await within(nowhere, 1)]
    release()
    await holder
    assert.deepEqual(whileHeld, ['done', 'waiting', 'waiting'], 'only another country is stored while SY is held')
    assert.deepEqual([(await syria).status, (await nowhere).status, (await iraq).event_ids], ['new', 'new', ['ev_iq']])
  } finally {
    await db.close()
  }
})

test('concurrent articles on two countries: pairs on one country merge, exactly', { skip }, async () => {
  const { db, store } = await open()
  try {
    // Event i of x and of y is one event (ingest-child's records, Syria); z's are the same events placed in Iraq.
    const put = (p: string, i: number, iso: string) => {
      const r = { ...childRecord(p, i), iso, country: iso === 'SY' ? 'Syria' : 'Iraq' }
      return store.putArticle(art(r.article_id, `Article ${p} ${i}.`), [r])
    }
    const n = 20
    const all: Promise<unknown>[] = []
    for (let i = 0; i < n; i++) all.push(put('x', i, 'SY'), put('y', i, 'SY'), put('z', i, 'IQ'))
    await Promise.all(all)
    const h = await store.health()
    const sources = new Map<string, number[]>()
    for await (const e of store.scanEvents({})) sources.set(e.iso, [...(sources.get(e.iso) ?? []), e.sources.length])
    assert.deepEqual([h.articles, h.events], [3 * n, 2 * n])
    assert.deepEqual([sources.get('SY'), sources.get('IQ')], [Array(n).fill(2), Array(n).fill(1)])
    const merges = await db.get('SELECT count(*) AS n FROM merges')
    assert.equal(Number(merges?.n), n)
  } finally {
    await db.close()
  }
})

test('an article that must touch another country is stored whole, unscoped', { skip }, async () => {
  const { db, store } = await open()
  try {
    await store.putArticle(art('a', 'First text.'), [rec({ id: 'ev_a', article_id: 'a' })])
    // The revision moves the article's event from Syria to Iraq: its Syrian event retires.
    const out = await store.putArticle(art('a', 'Second text.'), [rec({ id: 'ev_a2', article_id: 'a', iso: 'IQ', country: 'Iraq' })])
    assert.deepEqual([out.status, out.event_ids], ['revised', ['ev_a2']])
    assert.equal((await store.getEvent('ev_a'))?.review, 'retired')
    // A country-less stored event: an article with a country merges into it.
    await store.putArticle(art('b', 'B text.'), [rec({ id: 'ev_b', article_id: 'b', iso: '', country: '', event_date: '2017-05-01' })])
    const c = await store.putArticle(art('c', 'C text.'), [rec({ id: 'ev_c', article_id: 'c', event_date: '2017-05-01' })])
    assert.deepEqual([c.event_ids, c.merges.length], [['ev_b'], 1])
  } finally {
    await db.close()
  }
})
