import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

// Sentences written for these tests: a soldier or officer hit off duty is hit as a civilian, even by a fighting word.
function run(text: string, published = '2021-05-04') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.actor2, r.interaction])
}

test('armed men ambushing a police commander who was off duty: an attack on a civilian', () => {
  assert.deepEqual(run('On 3 May 2021, armed men ambushed a police commander who was off duty in Uruapan, Michoacan. He was injured.'),
    [['Attack', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 37]])
})

test('twin: armed men ambushing a police patrol: an armed clash with the police', () => {
  assert.deepEqual(run('On 3 May 2021, armed men ambushed a police patrol in Uruapan, Michoacan. Two officers were injured.'),
    [['Armed clash', 'Unidentified Armed Group (Mexico)', 'Police Forces of Mexico (2018-)', 13]])
})
