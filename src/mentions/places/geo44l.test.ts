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

test('"X located in Y": the place, then the area holding it, as "X, Y" (recognize.ts linkContainers)', () => {
  assert.deepEqual(places('State biologists found sick geese on a pond in Crawford County located in Pennsylvania, and more in Ashtabula, Ohio.'),
    ['Crawford County=Crawford County/Pennsylvania/US', 'Pennsylvania=Pennsylvania/Pennsylvania/US', 'Ashtabula=Ashtabula/Ohio/US', 'Ohio=Ohio/Ohio/US'])
  assert.deepEqual(places('Game wardens tagged deer in Monroe County located in Michigan after hunters from Ames and Des Moines, Iowa, reported sick animals.'),
    ['Monroe County=Monroe County/Michigan/US', 'Michigan=Michigan/Michigan/US', 'Ames=Ames/Iowa/US', 'Des Moines=Des Moines/Iowa/US', 'Iowa=Iowa/Iowa/US'])
})

test('a state named once in passing does not outweigh a town and the county holding it (ranker weight admin_share 1.75)', () => {
  // Huntsville and Walker County of Texas hold each other (named_district); a guard's home state is no place of the story.
  assert.deepEqual(places('Inmates at the state prison in Huntsville were moved on Tuesday after a fire, Walker County officials said. '
    + 'One guard, a native of Alabama, was treated for smoke. Huntsville firefighters stayed until dawn.'),
  ['Huntsville=Huntsville/Texas/US', 'Walker County=Walker County/Texas/US', 'Alabama=Alabama/Alabama/US', 'Huntsville=Huntsville/Texas/US'])
})
