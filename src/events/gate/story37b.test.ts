import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for side and place bugs seen on whole articles (task story37b): each rule's text beside a near-identical one where
// it must not fire. Texts written for these tests.
function run(text: string, published = '2025-10-14') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.actor2, r.location, r.status, r.event_date])
}

test('a foreign state\'s capture the place\'s army denies: the foreign state took it, the denier did not', () => {
  assert.deepEqual(run('KYIV, Oct 14 (Reuters) - Russia\'s defence ministry said on Tuesday its forces had captured the village of Kurylivka in Ukraine\'s Kharkiv region, but Ukraine\'s army denied the claim and said its soldiers were still holding the village.').map((r) => r.slice(0, 3)),
    [['Non-state actor overtakes territory', 'Military Forces of Russia (2000-)', 'Military Forces of Ukraine (2019-)']])
  // Twin: the place's forces named as the agent of a passive taking did take it.
  assert.deepEqual(run('KYIV, Oct 14 (Reuters) - Russian troops were driven out of the village of Kurylivka in Ukraine\'s Kharkiv region on Tuesday by Ukrainian forces, the army said.').map((r) => r.slice(0, 2)),
    [['Government regains territory', 'Military Forces of Ukraine (2019-)']])
})

test('"Ukraine recaptured the town": the country named before the taking is its state, not a foreign force of the sentence before', () => {
  assert.deepEqual(run('KYIV, Oct 14 (Reuters) - Russian forces have shelled the town of Kupiansk in Ukraine\'s Kharkiv region for weeks. Ukraine recaptured the town in a counteroffensive in September 2022.').filter((r) => r[4] === 'background').map((r) => r.slice(0, 3)),
    [['Government regains territory', 'Military Forces of Ukraine (2019-)', 'Military Forces of Russia (2000-)']])
  // Twin: Russian forces named as the subject in the sentence itself took it.
  assert.deepEqual(run('KYIV, Oct 14 (Reuters) - Russian forces captured the town of Kupiansk in Ukraine\'s Kharkiv region in February 2022.').map((r) => r.slice(0, 2)),
    [['Non-state actor overtakes territory', 'Military Forces of Russia (2000-)']])
})
