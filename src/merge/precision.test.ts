/** The merge rule measured: pairwise precision and recall on the labelled pairs, and a store of distinct incidents kept apart. */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { openStore } from '../store/index.js'
import { art, rec } from '../store/fixtures.js'
import { passageOf } from '../store/merges.js'
import { measure } from './measure.js'
import { TYPICAL, incidents, labelledPairs, passageOf as generated, prng, report } from './pairs.js'
import { mergeConfig } from './config.js'

test('labelled pairs (1,000 same-incident, 1,000 near misses): the figures of the rule in data/merge.yaml', () => {
  const pairs = labelledPairs(1000)
  const coded = measure(pairs, mergeConfig(), false)
  assert.deepEqual([coded.tp, coded.fp, coded.fn, coded.tn, coded.precision, coded.recall], [726, 9, 274, 991, 0.988, 0.726])
  // With the passages the reports were read from, shared details pay for differences too.
  const f = measure(pairs)
  assert.deepEqual([f.tp, f.fp, f.fn, f.tn, f.precision, f.recall], [754, 10, 246, 990, 0.987, 0.754])
})

test('300 distinct incidents of one region and fortnight, one report each: at most 2 % absorbed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-'))
  const store = await openStore(join(dir, 'distinct.db'))
  try {
    const rand = prng(99)
    let merges = 0
    for (const [n, i] of incidents(300, rand).entries()) {
      const coded = report(i, `ev${n}`, rand, TYPICAL)
      const text = generated(i, coded)
      const r = { ...coded, evidence: { event_date: [0, text.length] as [number, number] } }
      merges += (await store.putArticle(art(r.article_id, text), [r])).merges.length
    }
    const live = (await store.health()).events
    assert.deepEqual([merges, live], [6, 294])
    assert.ok(merges <= 6, `${merges} of 300 distinct incidents merged`)
    console.log(`# distinct incidents merged: ${merges} of 300`)
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the store reads each report\'s passage from its article: two wordings of one shelling merge, a second shelling that day does not', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-'))
  const store = await openStore(join(dir, 'passages.db'))
  const shelling = { sub_event_type: 'Shelling/artillery/missile attack' }
  // The record's evidence points into its article's first sentence; the second sentence is about something else.
  const doc = (id: string, text: string, over: Partial<Parameters<typeof rec>[0]>) => {
    const first = text.indexOf('.') + 1
    return { article: art(id, text), record: rec({ id: `ev_${id}`, article_id: id, ...shelling, evidence: { event_date: [0, first - 1] }, ...over }) }
  }
  const one = doc('one', 'Army mortar rounds hit the Qusour quarter of Tadmur on Sunday, destroying a poultry farm owned by Salem Haddad. In other news, a bakery reopened.', {})
  const two = doc('two', 'Shells struck a poultry farm in the Qusour district of Tadmur on Sunday; its owner Salem Haddad was hurt. A bakery reopened too.',
    { actor1: 'Unidentified Armed Group (Syria)' })
  const three = doc('three', 'Shells struck a school in Tadmur on Sunday, wounding two pupils. Elsewhere a bakery reopened.', { actor1: 'Unidentified Armed Group (Syria)' })
  try {
    assert.equal(passageOf(one.article.text, one.record), 'Army mortar rounds hit the Qusour quarter of Tadmur on Sunday, destroying a poultry farm owned by Salem Haddad.')
    const outs = []
    for (const d of [one, two, three]) outs.push(await store.putArticle(d.article, [d.record]))
    assert.deepEqual(outs.map((o) => [o.event_ids, o.merges.length]), [[['ev_one'], 0], [['ev_one'], 1], [['ev_three'], 0]])
    const merge = (await store.getEvent('ev_one'))?.history.find((h) => h.kind === 'merge')
    assert.equal((merge?.after as { reasons: string[] }).reasons.at(-2),
      'differences paid by shared content: a named actor on one side only 0.3 against shared content 0.55 (published close together +0.05; details in both (qusour, poultry farm, salem haddad) +0.5)')
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
