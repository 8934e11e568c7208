import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

// Sentences written for these tests: whether the one state forces met was armed (off duty: a civilian; fire returned: armed).
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

test('police who fire back at a man who shot at them fought an armed side: a clash (rule fire-returned)', () => {
  assert.deepEqual(run('On 3 May 2021, two police officers were shot by a man in Uruapan, Michoacan. The officers returned fire and wounded him.'),
    [['Armed clash', 'Unidentified Armed Group (Mexico)', 'Police Forces of Mexico (2018-)', 13]])
})

test('twin: police who shoot a man no one says fired: an attack on a civilian', () => {
  assert.deepEqual(run('On 3 May 2021, police officers shot and wounded a man in Uruapan, Michoacan. His family said he was unarmed.'),
    [['Attack', 'Police Forces of Mexico (2018-)', 'Civilians (Mexico)', 17]])
})

test('militants who attacked a gendarmerie station and killed a civilian fought the state: a clash', () => {
  assert.deepEqual(run('On 5 May 2021, militants attacked the gendarmerie station in Boni (Douentza, Mopti), killed one civilian and wounded three gendarmes.').map((r) => [r[0], r[3]]),
    [['Armed clash', 13]])
})

test('twin: militants who attacked a market near a gendarmerie station and killed a civilian: an attack', () => {
  assert.deepEqual(run('On 5 May 2021, militants attacked a market near the gendarmerie station in Boni (Douentza, Mopti) and killed one civilian.').map((r) => [r[0], r[3]]),
    [['Attack', 37]])
})
