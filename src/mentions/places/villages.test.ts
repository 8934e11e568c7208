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
