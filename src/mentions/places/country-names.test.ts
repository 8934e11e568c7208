/** @module mentions/places/country-names.test: no country name ever resolves to a namesake town unless the text names it as a town (issue #11). Sentences written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { countries } from '../countries.js'
import { parsePlaces as parse } from './fixtures/parse.js'

// Three frames a country's name stands in: a place of fighting, a government speaking, a march through it.
const frames = (name: string): string[] => [`Fighting broke out in ${name} on Monday, officials said.`, `${name} said on Monday that the talks had failed.`, `Thousands marched through ${name} on Sunday.`]

test('every name of every country, in three plain sentences, is never read as a town or district', () => {
  const towns: string[] = []
  let sentences = 0
  for (const c of countries().values()) for (const name of c.names) for (const body of frames(name)) {
    sentences++
    const p = parse(body).places.find((x) => x.text === name)
    if (p && (p.kind === 'place' || p.kind === 'admin2')) towns.push(`${body} → ${p.name}, ${p.countryCode}`)
  }
  assert.deepEqual(towns, [])
  assert.ok(sentences > 2000, `${sentences} sentences`)
})

test('twin: named as a town ("X, State", "the town of X"), the country name is the town', () => {
  const first = (body: string): [string | null, string, string | null] => { const p = parse(body).places[0]; return [p.name, p.kind, p.countryCode] }
  assert.deepEqual(first('A water main burst in Jordan, Minnesota on Monday.'), ['Jordan', 'place', 'US'])
  assert.deepEqual(first('Police closed roads in Peru, Indiana after the flood.'), ['Peru', 'place', 'US'])
  assert.deepEqual(first('A fire destroyed a barn in the town of Lebanon, Ohio on Friday.'), ['Lebanon', 'place', 'US'])
})
