/** @module mentions/places/admin2-variants.test: second-level areas named as news writes them (data/places/variants.yaml admin2). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Doc } from '../../doc.js'
import { parsePlaces as parse } from './fixtures/parse.js'
const show = (doc: Doc): [string, string | null, string | null, string, number][] => doc.places.map((p) => [p.text, p.name, p.countryCode, p.kind, p.precision])

test('a Burkina Faso province under its usual name is its GeoNames unit', () => {
  const doc = parse('Gunmen attacked a convoy in the Tapoa province on Monday, killing four soldiers.')
  assert.deepEqual(show(doc), [['Tapoa', 'Province du Gobnangou', 'BF', 'admin2', 2]])
})

test('a town with its province in brackets keeps the town, in Burkina Faso', () => {
  const doc = parse('Militants raided a market in Arbinda (Soum province) on Friday.')
  assert.deepEqual(show(doc).map((p) => [p[0], p[1], p[2], p[3]]), [['Arbinda', 'Aribinda', 'BF', 'place'], ['Soum', 'Province du Djelgodji', 'BF', 'admin2']])
})

test('twin: Soum in a Senegal story stays the Senegalese place', () => {
  const doc = parse('Police in Senegal dispersed protesters in Soum on Tuesday.')
  const soum = show(doc).find((p) => p[0] === 'Soum')
  assert.equal(soum?.[2], 'SN')
})
