import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with round thirty-one of whole articles (fixtures/unseen31.yaml): each rule's text beside a
// near-identical one where it must not fire. Texts written for these tests.
function run(text: string, published = '2025-06-11') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.event_date, r.sub_event_type, r.actor1, r.actor2, r.fatalities, r.status])
}

test('a force told stepping in "before" or "until" a fight ended is no side of it; the two tribes fight each other', () => {
  assert.deepEqual(run('Members of the two tribes exchanged fire with rifles near Sadda in Kurram on Monday until police and troops intervened, officials said.'),
    [['2025-06-09', 'Armed clash', 'Unidentified Tribal Militia (Pakistan)', 'Unidentified Tribal Militia (Pakistan)', 0, 'reported']])
  // Twin: police the tribesmen fire at are a side.
  assert.deepEqual(run('Members of the two tribes exchanged fire with police and troops near Sadda in Kurram on Monday, officials said.').map((r) => [r[2], r[3]]),
    [['Unidentified Tribal Militia (Pakistan)', 'Police Forces of Pakistan (2022-)']])
})

test('rival tribes named in the sentence of "clashes" fought each other, whoever died (rule rival-communities)', () => {
  assert.deepEqual(run('Rival tribes in Kurram signed a truce on Tuesday after clashes over a forest killed nine people on Sunday, officials said.').map((r) => [r[0], r[1], r[4]]),
    [['2025-06-10', 'Agreement', 0], ['2025-06-08', 'Armed clash', 9]])
  // Twin: with no rivals named, people killed in "clashes" over a forest are its victims.
  assert.deepEqual(run('Elders in Kurram signed a truce on Tuesday after clashes over a forest killed nine people on Sunday, officials said.').map((r) => [r[0], r[1], r[4]]),
    [['2025-06-10', 'Agreement', 0], ['2025-06-08', 'Attack', 9]])
})

test('a weak sentence folded into an event brings its own day, not one carried from the story (rule fold-own-day)', () => {
  const text = 'Elders in Kurram signed a truce on Monday after gunmen killed 12 people at a market in Sadda last week, officials said.\n'
    + 'The truce was signed in Parachinar by elders of the two sides in the presence of army officers, said deputy commissioner Imran Shah.\n'
  // "last week" stays the killing's day: "Under the deal ..." carries Monday from the story, not a day of its own.
  assert.deepEqual(run(text + 'Under the deal, both sides agreed to hand over heavy weapons to the authorities.').map((r) => [r[0], r[1], r[4]]),
    [['2025-06-09', 'Agreement', 0], ['2025-06-05', 'Attack', 12]])
  // Twin: without the weak sentence, the same.
  assert.deepEqual(run(text).map((r) => [r[0], r[1], r[4]]), [['2025-06-09', 'Agreement', 0], ['2025-06-05', 'Attack', 12]])
})

test('"a convoy of passenger vehicles" is civilians\', not a state target (rule civil-convoy)', () => {
  assert.deepEqual(run('On Monday, gunmen attacked a convoy of passenger vehicles near Sadda in Kurram, killing six people.').map((r) => [r[1], r[3]]),
    [['Attack', 'Civilians (Pakistan)']])
  // Twin: a military convoy is the state's.
  assert.deepEqual(run('On Monday, gunmen attacked a military convoy near Sadda in Kurram, killing six soldiers.').map((r) => [r[1], r[3]]),
    [['Armed clash', 'Military Forces of Pakistan (2022-)']])
})

test('talks that broke down "without an agreement" or "made little progress towards a ceasefire" are no agreement (gate.yaml senses)', () => {
  assert.deepEqual(run('Peace talks between the government and the OLA in Zanzibar collapsed in 2023 without an agreement.'), [])
  assert.deepEqual(run('Moscow sent its troops into Ukraine in February 2022 and holds much of the south. Talks brokered by Turkey have made little progress towards a ceasefire.'), [])
  // Twin: talks that produced an agreement made one.
  assert.deepEqual(run('Peace talks between the government and the OLA in Zanzibar collapsed in 2023 after an agreement.').map((r) => [r[0], r[1], r[5]]),
    [['2023-07-01', 'Agreement', 'background']])
})

test('"Fighting has shifted to Kordofan since the RSF took El Fasher": the course of a war, no fight of a day (gate.yaml senses)', () => {
  const lead = 'CAIRO, June 11 (Reuters) - Shelling killed four people in the town of Kadugli on Tuesday, medics said.\n'
  assert.deepEqual(run(lead + 'Fighting has shifted to South Kordofan since the RSF seized Babanusa in May.').map((r) => r[1]), ['Shelling/artillery/missile attack'])
  // Twin: fighting that broke out on a day is a clash of that day.
  assert.deepEqual(run(lead + 'Fighting broke out near Babanusa on Monday between the army and the RSF.').map((r) => [r[0], r[1]]),
    [['2025-06-10', 'Shelling/artillery/missile attack'], ['2025-06-09', 'Armed clash']])
})
