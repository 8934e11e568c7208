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

test('a short name in capitals inside a sentence is an acronym, not a region ("SWAT team" is no Swat Valley)', () => {
  assert.deepEqual(names('Officers of the county SWAT team stormed the house before dawn.'), [])
  // Written as a name, the valley stays.
  assert.deepEqual(names('Militants returned to Swat after the army withdrew.').map((p) => [p[1], p[2]]), [['Swat Valley', 'PK']])
})

test('a country\'s name used for a town\'s school or townsfolk is the town, in its other mentions too (one sense per text)', () => {
  const jordan = names('Tryouts start Monday at the Jordan middle school, and teams from across the United States will come. Jordan hosts the final in March.')
  assert.deepEqual(jordan.map((p) => [p[0], p[2]]), [['Jordan', 'US'], ['United States', 'US'], ['Jordan', 'US']])
  assert.deepEqual(names('A Palestine man was hurt when his pickup hit a tree on Route 9 in the United States.').map((p) => [p[0], p[2]]), [['Palestine', 'US'], ['United States', 'US']])
  // Used as a country's name, it stays the country.
  assert.deepEqual(names('Jordan will host the regional summit in March.'), [['Jordan', 'Jordan', 'JO']])
})

test('a town the text names three times is the place it is about, not a passing namesake far from the area it names', () => {
  assert.deepEqual(names('Flood water closed two roads in Kittery on Monday. Officials in Kittery said the river crested overnight, and volunteers from Kittery filled sandbags until dawn. The town manager, who moved from Oregon last year, thanked them.'),
    [['Kittery', 'Kittery', 'US'], ['Kittery', 'Kittery', 'US'], ['Kittery', 'Kittery', 'US'], ['Oregon', 'Oregon', 'US']])
  // Named once beside an area far away, it is still taken for a namesake of a place the gazetteer lacks.
  assert.deepEqual(names('Volunteers from Kittery filled sandbags on Monday. The town manager, who moved from Oregon last year, thanked them.'), [['Oregon', 'Oregon', 'US']])
})

test('a common noun, a first name and an organisation that are also places (data/places/stoplist.yaml) are no places', () => {
  // "Media" is a noun before it is Media, Pennsylvania; with it gone, Athens is no longer pulled to the US.
  assert.deepEqual(names('Media reports say the clinic in Athens was closed on Monday.'), [['Athens', 'Athens', 'GR']])
  // "Pamela" is a first name before it is a village of Mozambique: "Anderson" after it is her surname.
  assert.deepEqual(names('The actress Pamela Anderson arrived in Athens on Monday for the campaign.'), [['Athens', 'Athens', 'GR']])
  // "the Council of Europe" is an organisation.
  assert.deepEqual(names('Russia may leave the Council of Europe, the minister told reporters in Moscow.'), [['Russia', 'Russia', 'RU'], ['Moscow', 'Moscow', 'RU']])
})
