/** The merge rule measured: pairwise precision and recall on the labelled pairs, and a store of distinct incidents kept apart. */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { openStore } from '../store/index.js'
import { art, rec } from '../store/fixtures.js'
import { measure, measureStories, resolvable } from './measure.js'
import { WIRE } from './wire.js'
import { MORE } from './more.js'
import { FRESH } from './fresh.js'
import { SIDES } from './sides.js'
import { TWINS } from './twins.js'
import { HARSH, TYPICAL, incidents, labelledPairs, prng, report } from './pairs.js'

test('labelled pairs (1,000 same-incident, 1,000 near misses): the figures of the rule in data/merge.yaml', () => {
  const f = measure(labelledPairs(1000))
  assert.deepEqual([f.tp, f.fp, f.fn, f.tn, f.precision, f.recall], [635, 5, 365, 995, 0.992, 0.635])
})

test('labelled pairs: the same-incident pairs no rule can tell from a near miss (same differences, no figure, claimant or unit shared) set apart, the figures on the rest', () => {
  const r = resolvable(labelledPairs(1000))
  assert.deepEqual([r.unresolvable, r.resolvable.tp, r.resolvable.fp, r.resolvable.fn, r.resolvable.precision, r.resolvable.recall], [300, 635, 5, 65, 0.992, 0.907])
  const h = resolvable(labelledPairs(1000, 7, HARSH))
  assert.deepEqual([h.unresolvable, h.resolvable.tp, h.resolvable.fp, h.resolvable.fn, h.resolvable.precision, h.resolvable.recall], [371, 524, 7, 105, 0.987, 0.833])
})

test('300 distinct incidents of one region and fortnight, one report each: at most 2 % absorbed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-'))
  const store = await openStore(join(dir, 'distinct.db'), { writeThread: false, readThreads: 0 })
  try {
    const rand = prng(99)
    let merges = 0
    for (const [n, i] of incidents(300, rand).entries()) {
      const r = report(i, `ev${n}`, rand, TYPICAL)
      merges += (await store.putArticle(art(r.article_id, `Report ${n}.`), [r])).merges.length
    }
    const live = (await store.health()).events
    // 4 before contained_toll (data/merge.yaml): a regional report and a town's of one day, type and toll of 7 (a clash,
    // one group shared) now merge; in this made-up region about three incidents of each type happen a day.
    assert.deepEqual([merges, live], [5, 295])
    assert.ok(merges <= 6, `${merges} of 300 distinct incidents merged`)
    console.log(`# distinct incidents merged: ${merges} of 300`)
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('hand-written article pairs through the pipeline and the store (merge/stories.ts): no false merge, the recall measured', async () => {
  const f = await measureStories()
  assert.deepEqual([f.tp, f.fp, f.fn, f.tn, f.precision, f.recall], [27, 0, 3, 29, 1, 0.9])
})

test('wire-style article pairs (merge/wire.ts: 55 one incident told two ways, 54 near misses) through the pipeline and the store: no false merge, the recall measured', async () => {
  // Most misses are extraction errors (a country or place read wrongly, an actor or sub-event type): see the report in merge/wire.ts.
  // Merged since 42: Port-au-Prince (the seat town at area level), Balkh and Far North (contained_toll).
  const f = await measureStories(WIRE)
  assert.deepEqual([f.tp, f.fp, f.fn, f.tn, f.precision, f.recall], [45, 0, 10, 54, 1, 0.818])
})

test('article pairs written after the rule was changed (merge/more.ts: 14 one incident told two ways, 20 near misses): no false merge, the recall measured', async () => {
  // Not tuned on when written; the miss left: Kunduz city and province with Islamic State's claim not read as its actor.
  // Lower Shabelle merges since a base stormed and a base overrun are close types (Armed clash, Non-state actor overtakes territory: 0.3).
  const f = await measureStories(MORE)
  assert.deepEqual([f.tp, f.fp, f.fn, f.tn, f.precision, f.recall], [13, 0, 1, 20, 1, 0.929])
})

test('article pairs written in one sitting before they were run (merge/fresh.ts: 24 one incident told two ways, 27 near misses): no false merge, the recall measured', async () => {
  // Blind, 15 of 24 merged; three rules made from its misses since (a faith before "church" is no place, a village of a
  // district and the district's seat town with a toll in both, an unplaced report whose article writes the other's town),
  // with four near misses written for them; then a place before "cartel" names the group (places cues.yaml groupHeads) and
  // two battles' sides cross (match.ts crossed): the Culiacan pair; then one article naming both weapons (close_types told_both):
  // the Jeddah pair. Left: the Kasindi bombing (Islamic State's claim yields no event), two unnamed marches in one town (Kaya).
  const f = await measureStories(FRESH)
  assert.deepEqual([f.tp, f.fp, f.fn, f.tn, f.precision, f.recall], [22, 0, 2, 27, 1, 0.917])
})

test('article pairs written with the rules of stop 25 (merge/sides.ts: 2 one incident told two ways, 5 near misses): no false merge, the recall measured', async () => {
  // Run once written, both missed: "near Djugu" and "Djugu territory", both area-level, coded 52 km apart (the town and the
  // territory's seat), beyond the 50 km of two area-level places (now one name for two areas, match.ts: merged); the Reynosa
  // fight told from each side, whose toll of five and close publication (0.4) do not pay crossed_sides (0.45): two fights
  // of one town and day share such a toll by chance (left).
  const f = await measureStories(SIDES)
  assert.deepEqual([f.tp, f.fp, f.fn, f.tn, f.precision, f.recall], [1, 0, 1, 5, 1, 0.5])
})

test('article pairs written with the rules of stop 26 (merge/twins.ts: 6 one incident told two ways, 8 near misses): no false merge, the recall measured', async () => {
  // Run once written: 4 of 6 merged and one false merge, shells and a drone on one town, day and toll (the close-type cost
  // paid by the toll): since, two passages each naming a weapon only their own type fires are two strikes (match.ts ownWeapon).
  // Left, both extraction: "in Mahas" coded to all Somalia (Hiiraan), "two police officers died in an attack on a police
  // station" read as no event (Cauca).
  const f = await measureStories(TWINS)
  assert.deepEqual([f.tp, f.fp, f.fn, f.tn, f.precision, f.recall], [4, 0, 2, 8, 1, 0.667])
})

test('in the store: the articles keep apart what the coded fields join, and join two names of one place', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-text-'))
  const store = await openStore(join(dir, 'text.db'))
  try {
    // One coded place (the gazetteer knew only the town), three articles: two villages, then the first village again.
    const r = (id: string) => rec({ id: `ev_${id}`, article_id: id, location: 'Tadmur', geo_precision: 1, evidence: { event_type: [0, 10] } })
    const put = async (id: string, text: string) => (await store.putArticle(art(id, text), [r(id)])).merges
    assert.deepEqual(await put('a', 'Warplanes struck the village of Tell Hamra near Tadmur on Sunday.'), [])
    assert.deepEqual(await put('b', 'Warplanes struck the village of Ain Jadida near Tadmur on Sunday.'), [])
    const [m] = await put('c', 'Jets hit Tell Hamra village on Sunday, a monitor said.')
    assert.equal((await store.getMerge(m))?.survivor, 'ev_a')
    // Two coded towns 8 km apart whose articles each name the other's: one place told two ways.
    const town = (id: string, location: string, geonameid: number, latitude: number) =>
      rec({ id: `ev_${id}`, article_id: id, location, geonameid, latitude, longitude: 44.4, geo_precision: 1, event_date: '2017-01-02', evidence: { event_type: [0, 10] } })
    await store.putArticle(art('d', 'A car bomb exploded in Sadr City in Baghdad on Monday.'), [town('d', 'Sadr City', 1, 33.38)])
    const out = await store.putArticle(art('e', "A car bombing in Baghdad's Sadr City killed dozens on Monday."), [town('e', 'Baghdad', 2, 33.31)])
    assert.deepEqual((await store.getMerge(out.merges[0]))?.reasons.filter((x) => x.startsWith('each article')), ["each article names the other's place (Sadr City, Baghdad)"])
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
