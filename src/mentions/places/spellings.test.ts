/** @module mentions/places/spellings.test: doubled letters the gazetteer writes once, Kashmir's district spellings, and "X sector area (D district, S)" containers. Sentences written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Doc } from '../../doc.js'
import { parsePlaces as parse } from './fixtures/parse.js'

const show = (doc: Doc): [string, string | null, string | null, string, number | null][] => doc.places.map((p) => [p.text, p.name, p.countryCode, p.kind, p.geonameid ?? null])

test('a town written with a doubled letter, where its district is named after it, is the town (GeoNames spells it with one)', () => {
  const doc = parse('Gunmen attacked a checkpoint in Bossaso town (Bossaso, Bari) on Friday.')
  assert.deepEqual(show(doc)[0], ['Bossaso', 'Bosaso', 'SO', 'place', 64013])
})

test('twin: the bare name the district bears as written stays the district', () => {
  const doc = parse('Gunmen attacked a checkpoint in Bossaso on Friday.')
  assert.deepEqual(show(doc), [['Bossaso', 'Bossaso', 'SO', 'admin2', null]])
})

test("Kashmir's districts as news spells them: Rajouri is GeoNames' Rājauri", () => {
  const doc = parse('Shops stayed shut in Rajouri district on Monday after a call for a strike.')
  assert.deepEqual(show(doc), [['Rajouri', 'Rājauri', 'IN', 'admin2', null]])
})

test('a name before "sector area (D district, S)" lies in D: a loose spelling of a town outside it is dropped', () => {
  const doc = parse('Troops of India and Pakistan exchanged fire at Silikote sector area (Baramulla district, J&K) on Monday.')
  assert.deepEqual(show(doc).filter(([, , cc]) => cc === 'PK' || cc === null).map(([t]) => t), ['Pakistan'])
  assert.deepEqual(show(doc).map(([t]) => t), ['India', 'Pakistan', 'Baramulla', 'J&K'])
})

test('twin: without the bracket nothing contains it, and the loose spelling stands', () => {
  const doc = parse('Troops of India and Pakistan exchanged fire at Silikote sector on Monday.')
  assert.deepEqual(show(doc).at(-1), ['Silikote', 'Sialkot', 'PK', 'place', 1164909])
})

test('a container inside a container is its namesake there: Poonch in J&K is India\'s district, and the Pakistani village goes', () => {
  const doc = parse('Troops of India and Pakistan exchanged fire at Shahpur sector area (Poonch district, J&K) on Monday.')
  assert.deepEqual(show(doc).slice(2), [['Poonch', 'Punch', 'IN', 'admin2', null], ['J&K', 'Jammu and Kashmir', 'IN', 'admin1', null]])
})

test('twin: in AJK the same names are Pakistan\'s district and its village', () => {
  const doc = parse('Troops of India and Pakistan exchanged fire at Shahpur sector area (Poonch district, AJK) on Monday.')
  assert.deepEqual(show(doc).slice(2).map(([t, n, cc, kind]) => [t, n, cc, kind]), [['Shahpur', 'Shahpur', 'PK', 'place'], ['Poonch', 'Poonch District', 'PK', 'admin2'], ['AJK', 'Azad Kashmir', 'PK', 'admin1']])
})
