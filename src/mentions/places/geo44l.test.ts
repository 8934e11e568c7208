/** @module mentions/places/geo44l.test: issue #11 round lgl (a name the text marks once as an area). Sentences written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractUpTo } from '../../pipeline.js'

/** Each place the stage keeps: the text's words, then the entry's name, first-level area and country. */
function places(text: string): string[] {
  const doc = extractUpTo({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 't' }, text }, 'places')
  return doc.places.map((p) => `${p.text}=${p.name}/${p.admin1 ?? ''}/${p.countryCode ?? ''}`)
}

test('a name the text once calls an area ("the Province of Ontario") is that area where it stands bare, not a town of its name outside it (index.ts rule area-named-elsewhere)', () => {
  assert.deepEqual(places('Ontario budget worries border traders. Truckers who haul goods from Buffalo and Detroit said the new Ontario levy would raise prices. '
    + '"Every family in the Province of Ontario will feel it," one driver said. Ontario officials did not reply.'),
  ['Ontario=Ontario/Ontario/CA', 'Buffalo=Buffalo/New York/US', 'Detroit=Detroit/Michigan/US', 'Ontario=Ontario/Ontario/CA', 'Ontario=Ontario/Ontario/CA', 'Ontario=Ontario/Ontario/CA'])
})

test('a capitalised admin word inside a longer name, or a plural one, marks no area: the bare name keeps its own reading', () => {
  // "San Diego State" is a university: San Diego stays the city.
  assert.deepEqual(places('Fans from San Diego filled the arena in Albuquerque as San Diego State beat the home team on Friday.'),
    ['San Diego=San Diego/California/US', 'Albuquerque=Albuquerque/New Mexico/US', 'San Diego=San Diego/California/US'])
  // "Indiana counties" are the counties of the state, not Indiana County of Pennsylvania.
  assert.deepEqual(places('Jobless rates rose in most Indiana counties last month, and Indiana lawmakers in Indianapolis met on Monday.'),
    ['Indiana=Indiana/Indiana/US', 'Indiana=Indiana/Indiana/US', 'Indianapolis=Indianapolis/Indiana/US'])
})
