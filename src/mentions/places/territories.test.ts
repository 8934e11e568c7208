/** @module mentions/places/territories.test: an occupying state's nationality supports the occupied territory's towns (data/places/occupied.yaml); a quarter's name abroad is no town of the text. Sentences written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Doc } from '../../doc.js'
import { parsePlaces as parse } from './fixtures/parse.js'

const show = (doc: Doc): [string, string | null, string | null, string][] => doc.places.map((p) => [p.text, p.name, p.countryCode, p.kind])

test('"Israeli forces raided Jenin": the nationality of the occupying state supports the West Bank town', () => {
  assert.deepEqual(show(parse('Israeli forces raided Jenin before dawn on Tuesday.')), [['Israeli', 'Israel', 'IL', 'demonym'], ['Jenin', 'Janīn', 'PS', 'place']])
})

test('twin: another nationality beside the same name reads the namesake of its own country', () => {
  assert.deepEqual(show(parse('Polish police detained two men in Jenin before dawn on Tuesday.')), [['Polish', 'Poland', 'PL', 'demonym'], ['Jenin', 'Jenin', 'PL', 'place']])
})

test('a quarter named in a text whose other places lie in another country is dropped, not read as a town abroad', () => {
  const doc = parse('In Soyapango, police officers on patrol in the El Angel neighborhood came under fire from gang members.')
  assert.deepEqual(show(doc), [['Soyapango', 'Soyapango', 'SV', 'place']])
  assert.equal(doc.messages.some((m) => m.rule === 'quarter-abroad'), true)
})

test('twin: a quarter named alone keeps the one place of its name the gazetteer knows', () => {
  assert.deepEqual(show(parse('Police officers on patrol in the El Angel neighborhood came under fire from gang members.')), [['El Angel', 'El Ángel', 'EC', 'place']])
})

test('a city standing in for its quarter ("the X neighborhood in City (City, Province)") is coded at the city, precision 1', () => {
  const doc = parse('A mob beat a suspected thief to death in the Zongo neighborhood in Parakou (Parakou, Borgou) on Sunday.')
  assert.deepEqual(doc.places.filter((p) => p.rule === 'stand-in').map((p) => [p.name, p.kind, p.precision]), [['Parakou', 'place', 1]])
})

test('twin: a town standing in for a village ("X village (Town, Province)") is precision 2', () => {
  const doc = parse('A mob beat a suspected thief to death in Zongo village (Kalale, Borgou) on Sunday.')
  assert.deepEqual(doc.places.filter((p) => p.rule === 'stand-in').map((p) => [p.name, p.precision]), [['Kalalé', 2]])
})

test('a quarter named with its word in front ("Colonia del Valle") far from the town the text names is that town\'s quarter, not a namesake', () => {
  const doc = parse('On 5 May 2021, in Villa de Alvarez, Colima, a man was shot dead in Colonia del Valle.')
  assert.deepEqual(show(doc), [['Villa de Alvarez', 'Ciudad de Villa de Álvarez', 'MX', 'place'], ['Colima', 'Colima', 'MX', 'admin1']])
})

test('twin: in the city that has that quarter, or named alone, the quarter is kept', () => {
  assert.deepEqual(show(parse('On 5 May 2021, a man was shot dead in Colonia del Valle in Mexico City.')).map(([t]) => t), ['Colonia del Valle', 'Mexico City'])
  assert.deepEqual(show(parse('On 5 May 2021, a man was shot dead in Colonia del Valle, police said.')), [['Colonia del Valle', 'Colonia del Valle', 'MX', 'place']])
})
