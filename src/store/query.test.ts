import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { art, pageThrough, rec } from './fixtures.js'
import type { EventFilter } from './types.js'
import { openStore } from './index.js'
import { whereOf } from './query.js'
import { openSqlite } from './sqlite/index.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-query-'))
after(() => rmSync(dir, { recursive: true, force: true }))

test('a box or an actor alone walks the covering index when many events match, a rare one keeps the set plan', () => {
  const db = openSqlite(join(dir, 'plan.db'))
  try {
    const many = { hits: 50_000, live: 1_000_000, limit: 100 }
    const rare = { hits: 20, live: 1_000_000, limit: 100 }
    assert.equal(whereOf(db, { bbox: [36, 33, 38, 35] }, many).index, 'events_list_geo')
    assert.equal(whereOf(db, { actor: 'Boko' }, many).index, 'events_list_actors')
    assert.deepEqual(whereOf(db, { actor: 'Boko' }, many).params, ['boko'])
    // A rare box of at most 400 cells reads its cells of events_cell (store/grid.test.ts checks what it gives).
    assert.deepEqual([whereOf(db, { bbox: [36, 33, 38, 35] }, rare).index, /events_cell/.test(whereOf(db, { bbox: [36, 33, 38, 35] }, rare).ids?.(null, 101).sql ?? '')], [undefined, true])
    assert.equal(whereOf(db, { actor: 'Boko', country: 'NG' }, many).index, undefined)
    assert.equal(whereOf(db, { bbox: [36, 33, 38, 35] }).index, undefined)
    // A big box (over 25 square degrees) reads the R*Tree only when the counts say it holds few events.
    assert.match(whereOf(db, { bbox: [0, 0, 30, 30] }, rare).sql, /events_geo/)
    assert.doesNotMatch(whereOf(db, { bbox: [0, 0, 30, 30] }).sql, /events_geo/)
    // Its count (no counts known yet): the box's cells.
    assert.match(whereOf(db, { bbox: [30, 30, 40, 40] }).sql, /CAST\(latitude \+ 90 AS INTEGER\) \* 400 \+ CAST\(longitude \+ 180 AS INTEGER\)\) IN \(\?(, \?){120}\)/)
    assert.doesNotMatch(whereOf(db, { bbox: [30, 30, 40, 40], country: 'SY' }, rare).sql, /events_geo/)
    // The API's default status list still walks, testing the status per entry.
    const st = whereOf(db, { bbox: [36, 33, 38, 35], status: ['reported', 'claimed'] }, many)
    assert.deepEqual([st.index, st.params], ['events_list_geo', ['reported', 'claimed', 36, 38, 33, 35]])
    assert.match(st.sql, /AND status IN \(\?, \?\) AND longitude >= \?/)
    assert.deepEqual(whereOf(db, { actor: 'Boko', status: 'denied' }, many).params, ['denied', 'boko'])
    const set = whereOf(db, { country: 'SY', status: ['planned', 'background'] })
    assert.deepEqual([set.index, set.params], [undefined, ['SY', 'planned', 'background']])
    assert.match(set.sql, /iso = \? AND status IN \(\?, \?\)$/)
    assert.match(whereOf(db, { status: [] }).sql, /AND 1 = 0$/)
  } finally {
    void db.close()
  }
})

test('pages through the walk give the events and order the set plan gives', async () => {
  const store = await openStore(join(dir, 'walk.db'))
  try {
    for (let i = 0; i < 24; i++) {
      const day = `${1990 + i}-03-01`   // years apart: no two of them merge
      const inBox = i % 3 !== 0
      await store.putArticle(art(`a${i}`, `Report ${i}.`), [rec({ id: `e${i}`, article_id: `a${i}`, event_date: day,
        latitude: inBox ? 34 + i / 100 : 10, longitude: inBox ? 37 : 10, actor1: i % 2 ? 'Boko Haram' : 'Police Forces of Nigeria (2015-)',
        location: `Place ${i}`, geonameid: 100 + i })])
    }
    const ids = (filter: EventFilter) => pageThrough(store, filter)
    // 16 of 24 in the box: 5 × 24 / 16 entries per page, far under the walk limit, so these walk.
    const box = await ids({ bbox: [36.5, 33.5, 37.5, 35] })
    assert.equal(box.total, 16)
    assert.deepEqual(box.out, Array.from({ length: 24 }, (_, i) => 23 - i).filter((i) => i % 3 !== 0).map((i) => `e${i}`))
    const boko = await ids({ actor: 'boko' })
    assert.equal(boko.total, 12)
    assert.deepEqual(boko.out, Array.from({ length: 24 }, (_, i) => 23 - i).filter((i) => i % 2).map((i) => `e${i}`))
  } finally {
    await store.close()
  }
})

test('an actor alone that the counts say is rare starts from its full-text hits; its pages are those of the walk, in order', async () => {
  const db = openSqlite(join(dir, 'rare-plan.db'))
  try {
    const rare = { hits: 20, live: 1_000_000, limit: 100 }
    const w = whereOf(db, { actor: 'Boko', status: ['reported', 'claimed'] }, rare)
    assert.deepEqual([w.index, w.params], [undefined, ['reported', 'claimed', 'actors : "boko"']])
    assert.match(w.sql, /AND \+status IN \(\?, \?\) AND events\.rowid IN \(SELECT rowid FROM events_fts/)
    // The plan: the hits by rowid, not a scan of the status index (every live event).
    const plan = (await db.all(`EXPLAIN QUERY PLAN SELECT id FROM events WHERE ${w.sql} ORDER BY sort_date DESC, id DESC LIMIT 101`, w.params)).map((r) => String(r.detail))
    assert.ok(plan.some((d) => /USING INTEGER PRIMARY KEY \(rowid=\?\)/.test(d)) && !plan.some((d) => /events_status|events_list/.test(d)), plan.join('; '))
    // Not rare, or not alone: as before.
    assert.match(whereOf(db, { actor: 'Boko', status: ['reported', 'claimed'] }).sql, /AND status IN \(\?, \?\) AND \+events\.rowid IN/)
    assert.match(whereOf(db, { actor: 'Boko', country: 'NG', status: ['reported', 'claimed'] }, rare).sql, /AND status IN \(\?, \?\) AND \+events\.rowid IN/)
    assert.match(whereOf(db, { actor: 'Boko', from: '2020-01-01', status: ['reported', 'claimed'] }, rare).sql, /\+events\.rowid IN/)
    assert.match(whereOf(db, { actor: 'Bo', status: ['reported', 'claimed'] }, rare).sql, /AND status IN \(\?, \?\) AND instr\(actors, \?\) > 0$/)
  } finally {
    await db.close()
  }
  const store = await openStore(join(dir, 'rare.db'))
  try {
    // 60 police events and 2 of Boko Haram: a page of 2,000 reads 2,000 × 62 / 2 entries by the walk, over its limit.
    for (let i = 0; i < 62; i++) {
      await store.putArticle(art(`r${i}`, `Report ${i}.`), [rec({ id: `r${i}`, article_id: `r${i}`, event_date: `${1900 + i}-05-01`,
        actor1: i === 7 || i === 40 ? 'Boko Haram' : 'Police Forces of Nigeria (2015-)', location: `Place ${i}`, geonameid: 300 + i })])
    }
    assert.deepEqual(await pageThrough(store, { actor: 'boko', status: ['reported', 'claimed'] }, 2000), { out: ['r40', 'r7'], total: 2 })
    assert.deepEqual(await pageThrough(store, { actor: 'boko', status: ['reported', 'claimed'] }, 1), { out: ['r40', 'r7'], total: 2 })
    assert.deepEqual((await pageThrough(store, { actor: 'police', status: ['reported', 'claimed'] }, 2000)).out.slice(0, 3), ['r61', 'r60', 'r59'])
  } finally {
    await store.close()
  }
})
