/** @module events/coverage42.test: issue #11 round geoctry (notes that printed no event at all, so no country either). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

/** Sub-event type, country, place and status of each event of a text from an outlet. */
function rows(text: string, published: string, source: string | null = null): string[][] {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.iso ?? '', r.location ?? '', r.status])
}

test('a coder\'s label opening a note names the strategic development it tells (triggers.yaml needs: note-label)', () => {
  assert.deepEqual(rows('Security measures: On 4 March 2023, the governor ordered markets shut at dusk in Birnin Kebbi (Birnin Kebbi, Kebbi) after bandits were reported nearby.', '2023-03-04'),
    [['Change to group/activity', 'NG', 'Birnin Kebbi', 'reported']])
  assert.deepEqual(rows('Movement of forces: On 4 March 2023, a column of bandits in pick-up trucks crossed Argungu (Argungu, Kebbi) heading west.', '2023-03-04'),
    [['Change to group/activity', 'NG', 'Argungu', 'reported']])
  assert.deepEqual(rows('Displacement: On 4 March 2023, dozens of families left Argungu (Argungu, Kebbi) for Sokoto after threats from bandits.', '2023-03-04'),
    [['Other', 'NG', 'Argungu', 'reported']])
  // The same words inside a sentence are no label: tightened measures are no event.
  assert.deepEqual(rows('On 4 March 2023, the government tightened security measures in Argungu (Argungu, Kebbi).', '2023-03-04'), [])
  assert.deepEqual(rows('The displacement of farmers: a report on Argungu (Argungu, Kebbi) was published on 4 March 2023.', '2023-03-04'), [])
})

test('a state force that bombed targets of a group struck from the air (rule force-struck-sites)', () => {
  assert.deepEqual(rows('On 14 August 2021, the armed forces of Niger bombed jihadist targets around Tillia (Tillia, Tahoua); the army gave no toll.', '2021-08-14'),
    [['Air/drone strike', 'NE', 'Tillia', 'reported']])
})

test('a rally or march named for a side or told as held is a demonstration', () => {
  assert.deepEqual(rows('A pro-opposition march took place in Lokossa in support of the jailed candidate.', '2019-03-04'), [['Peaceful protest', 'BJ', 'Lokossa', 'reported']])
  assert.deepEqual(rows('A rally in support of the governor took place in Kano.', '2019-03-04'), [['Peaceful protest', 'NG', 'Kano', 'reported']])
  // "rally" and "march" alone stay weak.
  assert.deepEqual(rows('Shares rallied in Lagos on Monday after the march of the naira slowed.', '2019-03-04'), [])
})

test('a body found burned, wrapped or bearing signs of violence is a killing', () => {
  assert.deepEqual(rows('On 3 June 2021, in Uruapan, Michoacan, the body of a woman was found in a ravine behind an orchard. The body was burned.', '2021-06-03'),
    [['Attack', 'MX', 'Uruapan', 'reported']])
  assert.deepEqual(rows('On 3 June 2021, a body with signs of torture was left outside a primary school in Zamora, Michoacan.', '2021-06-03'),
    [['Attack', 'MX', 'Zamora', 'reported']])
  assert.deepEqual(rows('On 3 June 2021, in Zamora, Michoacan, the body of a man was thrown from a moving car near the market. His wrists were tied with cable.', '2021-06-03'),
    [['Attack', 'MX', 'Zamora', 'reported']])
  // A body wrapped in a flag at a funeral is no killing.
  assert.deepEqual(rows('At the funeral in Mazar on 3 June 2021, the body was wrapped in a flag and carried to the cemetery.', '2021-06-03'), [])
})

test('traffic or a railway blocked is a blockade; a home-made or under-vehicle IED is a remote explosive', () => {
  assert.deepEqual(rows('On 9 June 2021, about 300 onion growers blocked the traffic at a crossroads in Nashik (Nashik, Maharashtra) over low prices.', '2021-06-09'),
    [['Peaceful protest', 'IN', 'Nashik', 'reported']])
  assert.deepEqual(rows('On 9 June 2021, dismissed miners blocked the railway line in Dhanbad (Dhanbad, Jharkhand), demanding their jobs back.', '2021-06-09'),
    [['Peaceful protest', 'IN', 'Dhanbad', 'reported']])
  assert.deepEqual(rows('On 9 June 2021, a UVIED fixed under the car of a district official exploded in Hodan district (Hodan, Banadir). No casualties were reported.', '2021-06-09'),
    [['Remote explosive/landmine/IED', 'SO', 'Hodan', 'reported']])
  assert.deepEqual(rows('On 9 June 2021, a home-made explosive went off on a farm track near Dori (Dori, Seno), wounding a herder.', '2021-06-09'),
    [['Remote explosive/landmine/IED', 'BF', 'Dori', 'reported']])
  // Police who blocked traffic stage no protest.
  assert.deepEqual(rows('On 9 June 2021, police blocked traffic in Dhanbad (Dhanbad, Jharkhand) while workers repaired the bridge.', '2021-06-09'), [])
})

test('a note\'s label types the act, whose doer is read around the act\'s own word (note-label beside another act word)', () => {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2023-02-11', input: 't' },
    text: 'Movement of forces: On 11 February 2023, Togolese soldiers deployed with armoured vehicles to Mango (Oti, Savanes).' })
  assert.deepEqual(toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.location]), [['Change to group/activity', 'Military Forces of Togo (2005-)', 'Mango']])
})

test('a note\'s label outranks a weaker act word of another type in its sentence', () => {
  assert.deepEqual(rows('Displacement: On 11 February 2023, about 150 herders and their families were observed crossing through Argungu (Argungu, Kebbi) towards the south.', '2023-02-11').map((r) => r.slice(0, 2)),
    [['Other', 'NG']])
})
