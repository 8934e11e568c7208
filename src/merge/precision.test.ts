/** The merge rule measured: pairwise precision and recall on the labelled pairs, and a store of distinct incidents kept apart. */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { openStore } from '../store/index.js'
import { art } from '../store/fixtures.js'
import { measure } from './measure.js'
import { TYPICAL, incidents, labelledPairs, prng, report } from './pairs.js'

test('labelled pairs (1,000 same-incident, 1,000 near misses): the figures of the rule in data/merge.yaml', () => {
  const f = measure(labelledPairs(1000))
  assert.deepEqual([f.tp, f.fp, f.fn, f.tn, f.precision, f.recall], [728, 8, 272, 992, 0.989, 0.728])
})

test('300 distinct incidents of one region and fortnight, one report each: at most 2 % absorbed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-merge-'))
  const store = await openStore(join(dir, 'distinct.db'))
  try {
    const rand = prng(99)
    let merges = 0
    for (const [n, i] of incidents(300, rand).entries()) {
      const r = report(i, `ev${n}`, rand, TYPICAL)
      merges += (await store.putArticle(art(r.article_id, `Report ${n}.`), [r])).merges.length
    }
    const live = (await store.health()).events
    assert.deepEqual([merges, live], [5, 295])
    assert.ok(merges <= 6, `${merges} of 300 distinct incidents merged`)
    console.log(`# distinct incidents merged: ${merges} of 300`)
  } finally {
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
