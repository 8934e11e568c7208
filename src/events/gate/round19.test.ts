import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with the nineteenth round of whole articles (fixtures/unseen19.yaml). Texts written for these tests.
function run(text: string, published = '2025-03-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc)
}

test('"heard them killing people one by one": "one by one" says how, it counts no dead', () => {
  const byOne = run([
    'BENI, Congo, May 6 (Reuters) - Rebels attacked the village of Mamove in North Kivu on Sunday night, killing at least 17 civilians, a local official said.',
    '"We lay in the grass and heard them killing people one by one," a farmer who escaped said.',
  ].join('\n'), '2025-05-06')
  assert.deepEqual(byOne.map((r) => [r.sub_event_type, r.fatalities, r.event_date]), [['Attack', 17, '2025-05-04']])
  // Twin: a lone "one" with a people noun is still a count of one.
  const lone = run('BENI, Congo, May 6 (Reuters) - Rebels attacked the village of Mamove in North Kivu on Sunday night, killing one civilian, a local official said.', '2025-05-06')
  assert.deepEqual(lone.map((r) => [r.sub_event_type, r.fatalities]), [['Attack', 1]])
})
