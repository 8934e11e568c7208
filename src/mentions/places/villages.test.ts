/** @module mentions/places/villages.test: the village layer (data/gazetteer/villages) in resolution: a village wins with its country's backing, never against it. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Doc } from '../../doc.js'
import { parsePlaces as parse } from './fixtures/parse.js'
const show = (doc: Doc): [string, string | null, string | null, string][] => doc.places.map((p) => [p.text, p.name, p.countryCode, p.kind])

test('a Nigerian village of the layer, named with its state, is that village', () => {
  const doc = parse('Gunmen attacked Wuchichiri village in Kaduna State on Sunday, police said.')
  assert.deepEqual(show(doc), [['Wuchichiri', 'Wuchichiri', 'NG', 'place'], ['Kaduna State', 'Kaduna State', 'NG', 'admin1']])
  assert.equal(doc.places[0].geonameid, 2318935)
})

test('twin: the same village name in a text about Ghana is not the Nigerian village', () => {
  const doc = parse('Gunmen attacked Wuchichiri village in the Northern Region of Ghana on Sunday, police said.')
  assert.equal(doc.places.find((p) => p.text === 'Wuchichiri')?.countryCode ?? null, null)
})

test('a neighbourhood written with its city in brackets is not a village of that name in another country', () => {
  const doc = parse('Youths protested in Kibera (Kibra, Nairobi) on Monday over the killing of a journalist.')
  assert.deepEqual(show(doc).filter(([, , cc]) => cc === 'CD'), [])
})

test('a city that is also a village abroad stays the city', () => {
  const doc = parse('Hundreds of residents marched through Puno city on Monday to demand water.')
  assert.deepEqual(show(doc), [['Puno', 'Puno', 'PE', 'place']])
})

test('a name followed by an admin word is the area, never a village abroad under that name', () => {
  // No South Sudanese place of this name is in the gazetteer; the Nigerian villages called Akobo are no county.
  const doc = parse('Armed youths attacked villages in Akobo county on Tuesday, killing eight people, a county official said.')
  assert.deepEqual(show(doc).filter(([, , cc]) => cc === 'NG'), [])
})

test('twin: the village itself, named in its state, is found', () => {
  const doc = parse('Armed youths attacked Akobo village in Oyo State on Tuesday, killing eight people.')
  assert.deepEqual(show(doc)[0], ['Akobo', 'Akobo', 'NG', 'place'])
})

test('a village named in a state that does not hold it is a namesake: the state stands for it', () => {
  // Both Nigerian villages called Akobo lie outside Kaduna State.
  const doc = parse('Armed youths attacked Akobo village in Kaduna State on Tuesday, killing eight people.')
  assert.deepEqual(show(doc), [['Kaduna State', 'Kaduna State', 'NG', 'admin1']])
})

test('a name only villages bear, then a word only villages bear, heads one longer name: neither village is read', () => {
  const doc = parse('Shells fell on Rakh Chikri village (Haveli district, AJK) on Monday.')
  assert.deepEqual(show(doc), [['Haveli', 'Haveli', 'PK', 'admin2'], ['AJK', 'Azad Kashmir', 'PK', 'admin1']])
})

test('twin: the village named alone in its district is that village', () => {
  const doc = parse('Shells fell on Rakh village (Haveli district, AJK) on Monday.')
  assert.deepEqual(show(doc)[0], ['Rakh', 'Rakh', 'PK', 'place'])
})

test('two villages of one country naming each other back each other, though one name is also a village abroad', () => {
  // Barei is a village of Benin and of Pakistan; Dangoussar only of Benin.
  const doc = parse('Residents of Dangoussar said gunmen from Barei village burned their granaries.')
  assert.deepEqual(show(doc), [['Dangoussar', 'Dangoussar', 'BJ', 'place'], ['Barei', 'Barei', 'BJ', 'place']])
})

test('twin: a village alone, with no cue and nothing else named, is no place', () => {
  assert.deepEqual(show(parse('Residents of Dangoussar said gunmen burned their granaries.')), [])
})

test('a name before "clan", "sub-clan", "tribe" or "caste" is a people, not the town of that name', () => {
  assert.deepEqual(show(parse('Militiamen of the Ayr sub-clan shot a herder near Galkayo.')), [['Galkayo', 'Gaalkacyo', 'SO', 'place']])
  assert.deepEqual(show(parse('Two men of the Ayr clan were shot dead near Galkayo.')), [['Galkayo', 'Gaalkacyo', 'SO', 'place']])
})

test('twin: the same name before a verb is the town', () => {
  assert.deepEqual(show(parse('Protesters marched through Ayr on Monday.')), [['Ayr', 'Ayr', 'GB', 'place']])
})

test('a village an old cut codes in a far province takes the province of the towns around it', () => {
  // Benin's 2015 cut codes Guenélaga, 40 km from Ségbana, in Atakora, over 100 km away.
  const doc = parse('Gunmen kidnapped a herder in Guenelaga (Segbana, Alibori) on Friday.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.name, p.admin1, p.kind]), [['Guenelaga', 'Guenélaga', 'Alibori', 'place'], ['Segbana', 'Ségbana', 'Alibori', 'admin2'], ['Alibori', 'Alibori', 'Alibori', 'admin1']])
})

test('twin: a village coded in the province around it keeps that province; the moved village no longer fits the old one', () => {
  assert.deepEqual(show(parse('Gunmen kidnapped a herder in Yabiti (Atacora) on Friday.')), [['Yabiti', 'Yabiti', 'BJ', 'place'], ['Atacora', 'Atakora', 'BJ', 'admin1']])
  assert.deepEqual(show(parse('Gunmen kidnapped a herder in Guenelaga (Atacora) on Friday.')), [['Atacora', 'Atakora', 'BJ', 'admin1']])
})

test('a village abroad under a neighbourhood\'s name does not take the city in the brackets away', () => {
  // Kibera is also a village of the DRC; only that village's name pointed to the DRC.
  const doc = parse('Youths protested in Kibera (Kibra, Nairobi) on Monday over the killing of a journalist.')
  assert.deepEqual(show(doc), [['Nairobi', 'Nairobi County', 'KE', 'admin1']])
})

test('twin: a text that names the country of the left-out villages still leaves the namesake abroad out', () => {
  assert.deepEqual(show(parse('Burmese troops burned houses in Kani township on Sunday.')), [['Burmese', 'Myanmar', 'MM', 'demonym']])
})
