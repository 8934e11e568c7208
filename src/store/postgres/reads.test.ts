/**
 * PostgreSQL's read and write paths under many clients: a box or an actor alone walks the covering index and
 * pages as the set plan does; concurrent reviews share transactions yet each keeps its own outcome; a write
 * through one handle is seen by a reader holding cached pages on another.
 */
import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { art, pageThrough, rec } from '../fixtures.js'
import { whereOf } from '../query.js'
import { createStore } from '../repo.js'
import type { EventFilter } from '../types.js'
import { openPostgres } from './index.js'
import { PG_URL, dropSchemas, reachable } from './test-server.js'

const problem = await reachable()
const skip = problem && process.env.CI !== 'true' ? 'PostgreSQL unreachable' : false
const prefix = `sitrep_reads${process.pid}_${Date.now().toString(36)}`
const schemas: string[] = []
after(async () => { if (!problem) await dropSchemas(schemas) })
const open = async (schema?: string) => {
  if (!schema) schemas.push((schema = `${prefix}_${schemas.length}`))
  const db = await openPostgres(PG_URL, { schema })
  return { db, store: createStore(db), schema }
}

test('postgres: a box or an actor alone that many events match walks events_walk, index only, and pages as the set plan does', { skip }, async () => {
  const { db, store } = await open()
  try {
    for (let i = 0; i < 24; i++) {
      const inBox = i % 3 !== 0
      await store.putArticle(art(`a${i}`, `Report ${i}.`), [rec({ id: `e${i}`, article_id: `a${i}`, event_date: `${1990 + i}-03-01`,
        latitude: inBox ? 34 + i / 100 : 10, longitude: inBox ? 37 : 10, actor1: i % 2 ? 'Boko Haram' : 'Police Forces of Nigeria (2015-)',
        location: `Place ${i}`, geonameid: 100 + i })])
    }
    const many = { hits: 50_000, live: 1_000_000, limit: 100 }
    // A box of more than 16 cells that holds a twentieth of the store walks; one of 16 cells or fewer (here 3 × 2) merges its
    // cells whatever it holds; a rare one reads its cells whole (store/grid.test.ts checks what each gives).
    const box = whereOf(db, { bbox: [33, 30, 40, 37], status: ['reported', 'claimed'] }, many)
    assert.deepEqual([box.keys, box.params], [true, ['reported', 'claimed', 33, 40, 30, 37]])
    const small = whereOf(db, { bbox: [36.5, 33.5, 37.5, 35], status: ['reported', 'claimed'] }, many)
    assert.deepEqual([small.keys, small.ids?.(null, 101).sql.split('UNION ALL').length], [undefined, 6])
    const rare = whereOf(db, { bbox: [33, 30, 40, 37] }, { hits: 20, live: 1_000_000, limit: 100 })
    assert.deepEqual([rare.keys, /UNION ALL/.test(rare.ids?.(null, 101).sql ?? 'UNION ALL')], [undefined, false])
    // A table of 24 rows is read whole by any planner: told not to, it must find the walk.
    const plan = await db.write(async (tx) => {
      await tx.run('SET LOCAL enable_seqscan = off')
      const rows = await tx.all(`EXPLAIN SELECT id FROM events WHERE ${box.sql} ORDER BY sort_date DESC, id DESC LIMIT 101`, box.params)
      return rows.map((r) => String(r['QUERY PLAN'])).join('\n')
    })
    assert.match(plan, /Index Only Scan Backward using events_walk/)
    const actor = whereOf(db, { actor: 'Boko_%', status: ['reported'] }, many)
    assert.deepEqual([actor.keys, actor.params], [true, ['reported', '%boko\\_\\%%']])
    const ids = (filter: EventFilter) => pageThrough(store, filter)
    // 16 of 24 in the box: 5 × 24 / 16 entries a page, far under the walk limit, so these walk.
    const inBox = await ids({ bbox: [36.5, 33.5, 37.5, 35], status: ['reported', 'claimed'] })
    assert.equal(inBox.total, 16)
    assert.deepEqual(inBox.out, Array.from({ length: 24 }, (_, i) => 23 - i).filter((i) => i % 3 !== 0).map((i) => `e${i}`))
    const boko = await ids({ actor: 'boko', status: ['reported', 'claimed'] })
    assert.equal(boko.total, 12)
    assert.deepEqual(boko.out, Array.from({ length: 24 }, (_, i) => 23 - i).filter((i) => i % 2).map((i) => `e${i}`))
    // The walked pages' rows are kept: an edit of one of them shows on the next page that holds it.
    const edited = await store.review('e21', { action: 'edit', field: 'fatalities', value: 7, author: 'ana', reason: 'recount' })
    assert.ok(edited.ok)
    const again = await store.listEvents({ actor: 'boko', status: ['reported', 'claimed'] }, { limit: 4 })
    assert.ok(again.ok)
    assert.deepEqual(again.value.events.map((e) => [e.id, e.fatalities, e.revision]), [['e23', 0, 1], ['e21', 7, 2], ['e19', 0, 1], ['e17', 0, 1]])
  } finally {
    await db.close()
  }
})

test('postgres: concurrent reviews share transactions, each with its own outcome; a second handle sees them at once', { skip }, async () => {
  const { db, store, schema } = await open()
  const other = await open(schema)
  try {
    for (let i = 0; i < 12; i++) {
      await store.putArticle(art(`r${i}`, `Report ${i}.`), [rec({ id: `r${i}`, article_id: `r${i}`, event_date: `${2000 + i}-05-01`, location: `Town ${i}`, geonameid: 500 + i })])
    }
    const before = await other.store.listEvents({}, { limit: 20 })
    assert.ok(before.ok)
    assert.deepEqual(before.value.events.map((e) => e.revision), Array.from({ length: 12 }, () => 1))
    // Twelve edits of twelve events and ten accepts of one event from the same revision, all at once.
    const edits = Array.from({ length: 12 }, (_, i) => store.review(`r${i}`, { action: 'edit', field: 'notes', value: `Checked ${i}.`, author: 'ana', reason: 'load' }))
    const stale = Array.from({ length: 10 }, () => store.review('r0', { action: 'accept', author: 'ben', reason: 'same', revision: 2 }))
    const done = await Promise.all([...edits, ...stale])
    assert.deepEqual(done.slice(0, 12).map((r) => r.ok && r.value.notes), Array.from({ length: 12 }, (_, i) => `Checked ${i}.`))
    assert.deepEqual(done.slice(12).map((r) => (r.ok ? 'ok' : r.error.code)).sort(), ['conflict', 'conflict', 'conflict', 'conflict', 'conflict', 'conflict', 'conflict', 'conflict', 'conflict', 'ok'])
    const after = await other.store.listEvents({}, { limit: 20 })
    assert.ok(after.ok)
    assert.deepEqual(after.value.events.map((e) => [e.id, e.revision]), Array.from({ length: 12 }, (_, k) => [`r${11 - k}`, 11 - k === 0 ? 3 : 2]))
    const history = await other.store.getEvent('r0')
    assert.deepEqual(history?.history.map((h) => [h.kind, h.action, h.author]), [['review', 'edit', 'ana'], ['review', 'accept', 'ben']])
  } finally {
    await other.db.close()
    await db.close()
  }
})
