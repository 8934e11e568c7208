import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

// Issue #12, stop 38: who was hit, read from what was hit. Sentences of our own; each fix has a near case that must not change.
function read(text: string, published = '2019-03-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => {
    const words = (k: string) => (r.evidence?.[k] ? doc.text.slice(...r.evidence[k]) : null)
    return [r.sub_event_type, r.actor1, words('actor1'), r.actor2, words('actor2'), r.interaction, r.country]
  })
}

test('a country\'s positions shelled are its forces ("shelled Eritrean positions")', () => {
  assert.deepEqual(read('Ethiopian artillery shelled Eritrean positions near Badme on Saturday, witnesses said.'),
    [['Shelling/artillery/missile attack', 'Military Forces of Ethiopia (2018-)', 'Ethiopian artillery', 'Military Forces of Eritrea (1993-)', 'Eritrean positions', 18, 'Eritrea']])
})

test('a country\'s base hit abroad is its forces ("rockets at a Turkish base ... in northern Iraq")', () => {
  assert.deepEqual(read('Militants fired rockets at a Turkish base near Bashiqa in northern Iraq on Monday, causing no casualties, officials said.'),
    [['Shelling/artillery/missile attack', 'Unidentified Armed Group (Iraq)', 'Militants', 'Military Forces of Türkiye (2016-)', 'Turkish base', 38, 'Iraq']])
})

test('twin: positions named by who holds them and an army outpost read as before; taking up positions is no event', () => {
  assert.deepEqual(read('Russian warplanes bombed positions held by rebels near Idlib on Sunday, a war monitor said.'),
    [['Air/drone strike', 'Military Forces of Russia (2000-)', 'Russian warplanes', 'Unidentified Armed Group (Syria)', 'rebels', 38, 'Syria']])
  assert.deepEqual(read('Militants stormed an Afghan army outpost in Kunduz province overnight, a local official said.'),
    [['Armed clash', 'Taliban', 'Militants', 'Military Forces of Afghanistan (2014-)', 'Afghan army', 12, 'Afghanistan']])
  assert.deepEqual(read('Ethiopian troops took up positions near Badme on Saturday, witnesses said.'), [])
})

test('"battle zones" and "combat zone" name an area, not a fight: no event, so no side made from the area', () => {
  assert.deepEqual(read('Aid agencies said thousands of families remained trapped in the battle zones of northern Yemen on Monday.'), [])
  assert.deepEqual(read('The army has kept hundreds of villagers in the combat zone near the border for weeks, a rights group said.'), [])
})

test('twin: fighting in a combat zone is still the fight', () => {
  assert.deepEqual(read('Heavy fighting in the combat zone near Kupiansk killed four soldiers on Monday, the army said.', '2023-03-10').map((r) => [r[0], r[1], r[6]]),
    [['Armed clash', 'Military Forces of Ukraine (2019-)', 'Ukraine']])
})
