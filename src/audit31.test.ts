/** Stop-31 audit (an outside user's probe): fixes found with the examples table, the CLI and the API. Texts written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from './pipeline.js'
import { toRecords } from './events/records.js'

function run(text: string, published = '2024-09-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.location, r.geo_precision])
}

test('"the X area of <a province>" is the land around the town (precision 2); "the X area of <a district>" is a named part, at itself (1)', () => {
  // A town's area within its first-level region: ACLED codes the town with precision 2, as "the X area (Province)".
  assert.deepEqual(run('MOGADISHU - Al-Shabaab fighters ambushed an army patrol in the Bardere area of Gedo region on Monday, killing four soldiers, a local official said.'),
    [['Armed clash', 'Baardheere', 2]])
  assert.deepEqual(run('MOGADISHU - Al-Shabaab fighters ambushed an army patrol in the Jilib area of Middle Juba on Monday, killing four soldiers, a local official said.'),
    [['Armed clash', 'Jilib', 2]])
  // Twin: a named part of a district stays at itself.
  assert.deepEqual(run('KABUL - Taliban fighters attacked a police checkpoint in the Chowni area of Gardez district on Monday, killing three policemen, officials said.'),
    [['Armed clash', 'Chownī', 1]])
})
