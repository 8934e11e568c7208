/** @module mentions/places/geoparse27.test: twins of the stop-27 geoparsing fixes (news geotagging and geocoding: people's and firms' names, reference points). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePlaces as parse } from './fixtures/parse.js'
const names = (body: string): [string, string | null, string | null][] => parse(body).places.map((p) => [p.text, p.name, p.countryCode])

test('a surname that is also a small first-level area abroad (Douglas, Isle of Man) is a person before "said"', () => {
  assert.deepEqual(names('Police Chief Robert Douglas said officers broke up the fight.'), [])
})

test('a small town\'s name joined by a spaced "&" to another name is a partner of a firm, not a place', () => {
  assert.deepEqual(names('The firm McPherson & Jacobsen said the school needs a new roof.'), [])
})

test('a sentence listing people by name is no title-case headline: the person tests still apply', () => {
  assert.deepEqual(names('Honour roll students in Lufkin include Jody Harlan, Ben Reese, Mary Alice Spaulding and Tom Elmore.'),
    [['Lufkin', 'Lufkin', 'US']])
})

test('a first name that towns also bear, before a surname, is a person\'s, even when the surname is a town too', () => {
  assert.deepEqual(names('The man was arrested on Tuesday by patrolman Sharon Ware after a short chase.'), [])
  // Alone, the town stays.
  assert.deepEqual(names('The man was arrested on Tuesday in Sharon after a short chase.').map((p) => p[0]), ['Sharon'])
})

test('South Ossetia and its demonym are a region of Georgia', () => {
  assert.deepEqual(names('Russian troops moved into South Ossetia as South Ossetian militias fired on Georgian villages.'),
    [['Russian', 'Russia', 'RU'], ['South Ossetia', 'South Ossetia', 'GE'], ['South Ossetian', 'South Ossetia', 'GE'], ['Georgian', 'Georgia', 'GE']])
})


test('a country\'s name after "United" or "Club" is a party\'s or a club\'s name ("United Russia"), not the country', () => {
  assert.deepEqual(names('The mayor quit after criticism from United Russia over the election in Murmansk.'), [['Murmansk', 'Murmansk', 'RU']])
  assert.deepEqual(names('Officials in Russia said the election in Murmansk was fair.').map((p) => p[0]), ['Russia', 'Murmansk'])
})

test('"The City Council" is no town called The City', () => {
  assert.deepEqual(names('The City Council voted on Tuesday to approve the new budget for the parks.'), [])
})

test('a saint\'s name with "\'s" before a capitalised word is a feast or an institution ("St. Patrick\'s Day")', () => {
  assert.deepEqual(names('Deputies will patrol the roads in Lombard on St. Patrick\'s Day this year.'), [['Lombard', 'Lombard', 'US']])
})

test('"X of America" after a capitalised word is an organisation ("Corrections Corporation of America"); the Gulf of Mexico is a sea', () => {
  assert.deepEqual(names('The county is in talks with Corrections Corporation of America about a new prison.'), [])
  assert.deepEqual(parse('Oil washed up on beaches along the Gulf of Mexico on Sunday.').places.map((p) => [p.text, p.name, p.latitude, p.longitude]),
    [['Gulf of Mexico', 'Gulf of Mexico', 25, -90]])
})
