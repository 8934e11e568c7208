/** @module mentions/places/geo38.test: issue #11 resolver fixes of round geo38 (a country's possessive holds the place after it). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePlaces as parse } from './fixtures/parse.js'
const brief = (body: string): [string, string | null, string | null, number][] => parse(body).places.map((p) => [p.text, p.name, p.country, p.precision])

test('"in Myanmar\'s Kyauktaw township": the small town after a country possessive is found, in that country', () => {
  assert.deepEqual(brief('Two farmers were killed when an air strike hit a market in Myanmar\'s Kyauktaw township on Sunday, residents said.'),
    [['Myanmar', 'Myanmar', 'Myanmar', 3], ['Kyauktaw', 'Kyauktaw', 'Myanmar', 1]])
  // The same with no cue before the country, the township word after the name.
  assert.deepEqual(brief('Myanmar\'s Kyauktaw township was shelled again on Sunday, residents said.').map((p) => p.slice(0, 3)),
    [['Myanmar', 'Myanmar', 'Myanmar'], ['Kyauktaw', 'Kyauktaw', 'Myanmar']])
})

test('a country possessive before a bare name with no place cue holds nothing ("Syria\'s Assad" is a person)', () => {
  assert.deepEqual(brief('Myanmar\'s Kyauktaw said on Sunday that the talks had failed.').map((p) => p[0]), ['Myanmar'])
})

test('a small town known only under another name, in a country the text never names, is no reading of a name the text places elsewhere', () => {
  // "Nasir" is an old name of a Turkish district seat; a Juba-datelined report names no place of Turkey.
  assert.deepEqual(brief('JUBA, Aug 12 (AFP) - Gunmen killed four traders on a road outside Nasir on Monday, a county official said.'),
    [['JUBA', 'Juba', 'South Sudan', 1]])
  // The town's own country named: its other name is read.
  assert.deepEqual(brief('ANKARA, Aug 12 (Reuters) - Gunmen killed four traders on a road outside Nasir on Monday, a Turkish official said.').map((p) => p.slice(0, 3)),
    [['ANKARA', 'Ankara', 'Türkiye'], ['Nasir', 'Demirci', 'Türkiye'], ['Turkish', 'Türkiye', 'Türkiye']])
})

test('a town under its own name, several times bigger, beats a small town of its country that once bore the name', () => {
  // Mount Gilead (Morrow County) was once called Youngstown; the steel city of 60,000 bears the name as its own.
  assert.deepEqual(brief('Steelworkers from Youngstown joined the march through Morrow County, Ohio, on Saturday.').map((p) => p.slice(0, 3)),
    [['Youngstown', 'Youngstown', 'United States'], ['Morrow County', 'Morrow County', 'United States'], ['Ohio', 'Ohio', 'United States']])
  // Named twice, beside the small town's own name: still the city each time.
  assert.deepEqual(brief('Steelworkers from Youngstown marched to Mount Gilead on Saturday. In Youngstown, the union hall stayed open.').map((p) => p.slice(0, 2)),
    [['Youngstown', 'Youngstown'], ['Mount Gilead', 'Mount Gilead'], ['Youngstown', 'Youngstown']])
})
