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
