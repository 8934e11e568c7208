/** @module mentions/places/rounds.test: the context rounds of place resolution stop once a round changes no winner. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Doc } from '../../doc.js'
import { parsePlaces as parse } from './fixtures/parse.js'
import { contextRounds } from './resolve.js'

const show = (doc: Doc): [string, string | null, string | null][] => doc.places.map((p) => [p.text, p.name, p.countryCode])

test('places the prior already agrees on take one context round, not three', () => {
  const doc = parse('Farmers in Kaduna State said cattle had been stolen near Zaria last week.')
  assert.deepEqual(show(doc), [['Kaduna State', 'Kaduna State', 'NG'], ['Zaria', 'Zaria', 'NG']])
  assert.equal(contextRounds(), 1)
})

test('twin: a name whose winner the rest of the text changes takes a second round to confirm it', () => {
  // "Alexandria" alone is the Egyptian city; beside a Virginia county it is the Virginian one, which the context round finds.
  const doc = parse('Police in Alexandria closed a road after a protest in Fairfax County, Virginia, on Friday.')
  assert.deepEqual(show(doc).find(([t]) => t === 'Alexandria'), ['Alexandria', 'Alexandria', 'US'])
  assert.equal(contextRounds(), 2)
})
