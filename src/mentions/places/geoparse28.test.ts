/** @module mentions/places/geoparse28.test: twins of the stop-28 geoparsing fixes (demonyms of dependent territories, acronyms, names used as a town's). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { resolveCountry } from '../../names.js'
import { parsePlaces as parse } from './fixtures/parse.js'
const names = (body: string): [string, string | null, string | null][] => parse(body).places.map((p) => [p.text, p.name, p.countryCode])

test('a demonym a dependent territory shares with its state is the state\'s ("French" is France, not the French Southern Lands)', () => {
  assert.deepEqual(names('A French engineering company will build the pilot plant next year.'), [['French', 'France', 'FR']])
  assert.deepEqual(names('The Dutch consortium that won the tender expects to finish by May.'), [['Dutch', 'Netherlands', 'NL']])
  const french = resolveCountry('French')
  assert.deepEqual(french.ok ? french.value : null, { iso: 'FR', name: 'France' })
})
