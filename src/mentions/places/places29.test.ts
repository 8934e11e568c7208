/** @module mentions/places/places29.test: twins of stop 29's place fixes (issue 11): a district known only abroad does not veto its town; FATA agencies by their short names; lower-case words inside names; a misspelt place one letter off the only one of its area. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eventPlace, framedDoc } from './event-place.testkit.js'

test('"X town (D, P)" with D known only outside P: the town is checked against P, and is the place', () => {
  // The gazetteer has no Bui division of Cameroon, only namesakes abroad; Kumbo lies in the North-West region.
  assert.deepEqual(eventPlace('Separatists burned a school in Kumbo town (Bui, Nord-Ouest) on Monday.', 'burned'), ['Kumbo', 'Kumbo', 'CM', 1])
  // A town its container does hold is unchanged.
  assert.deepEqual(eventPlace('Separatists burned a school in Batibo town (Momo, Nord-Ouest) on Monday.', 'burned'), ['Batibo', 'Batibo', 'CM', 1])
})

test('a former tribal agency is found by its short name: "South Waziristan district" is that agency at its seat, not the Waziristan region', () => {
  assert.deepEqual(eventPlace('Gunmen fired on a polio vaccination team in Sararogha town (South Waziristan district, KP) on Monday.', 'fired'),
    ['South Waziristan', 'South Waziristan Agency', 'PK', 2])
  assert.deepEqual(eventPlace('Militants fired rockets at a checkpoint in Bajaur agency on Monday.', 'fired'), ['Bajaur', 'Bājaur Agency', 'PK', 2])
})

test('a lower-case word inside a longer name (izafe, Spanish "a", Romanian "sub") does not cut the name short', () => {
  assert.deepEqual(eventPlace('Soldiers found a hidden airstrip near Puerto Lempira, Gracias a Dios, on Monday.', 'found'), ['Puerto Lempira', 'Puerto Lempira', 'HN', 2])
  const doc = framedDoc('Soldiers found a hidden airstrip near Puerto Lempira, Gracias a Dios, on Monday.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.kind]), [['Puerto Lempira', 'place'], ['Gracias a Dios', 'admin1']])
  assert.deepEqual(eventPlace('Taliban fighters attacked a police post in Dara i Pech district, Kunar, on Monday.', 'attacked'), ['Dara i Pech', 'Darah-ye Pēch', 'AF', 2])
  assert.deepEqual(eventPlace('Residents blocked a road in Poienile de sub Munte to protest logging on Monday.', 'blocked'), ['Poienile de sub Munte', 'Poienile de sub Munte', 'RO', 1])
})

test('a name one letter off the only district or town of its name in the area written after it is that place, misspelt', () => {
  // A letter dropped ("Bahrak" for Baharak), two letters swapped ("Segovai" for Segovia): the district, coded at precision 2.
  assert.deepEqual(eventPlace('Gunmen stormed a school in Bahrak district, Badakhshan, on Monday.', 'stormed'), ['Bahrak', 'Bahārak', 'AF', 2])
  assert.deepEqual(eventPlace('Miners protested over unpaid wages in Segovai municipality, Antioquia department, on Monday.', 'protested'), ['Segovai', 'Segovia', 'CO', 2])
  // Asked only of the area an event is placed at: the place list keeps the province alone.
  const doc = framedDoc('Gunmen stormed a school in Bahrak district, Badakhshan, on Monday.')
  assert.deepEqual(doc.places.map((p) => p.text), ['Badakhshan'])
  // A letter changed for one of another sound is no misspelling to trust: the province stands.
  assert.deepEqual(eventPlace('Insurgents ambushed a police patrol in Taloxan city, Takhar, on Monday.', 'ambushed'), ['Takhar', 'Takhar', 'AF', 2])
})
