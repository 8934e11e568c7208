/** @module mentions/places/places32.test: twins of stop 32's place fixes (issue 11). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../../events/records.js'

/** Country, place name, precision and actor 1 of each event of a text from an outlet. */
function rows(text: string, source: string | null, published = '2021-03-04'): string[][] {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.iso ?? '', r.location ?? '', String(r.geo_precision), r.actor1])
}

test('a text that names no place, group or country is read in the country its outlet is named after (rule outlet-country)', () => {
  const text = 'Hundreds of nurses staged a sit-in on Tuesday to demand the payment of overdue allowances.'
  assert.deepEqual(rows(text, 'Benin Daily Courier'), [['BJ', 'Benin', '3', 'Protesters (Benin)']])
  assert.deepEqual(rows(text, 'Evening Post (Ghana)'), [['GH', 'Ghana', '3', 'Protesters (Ghana)']])
  // An outlet that reports the world from home names no event country; nor does an outlet naming none.
  assert.deepEqual(rows(text, 'Radio France Internationale'), [['', '', '3', 'Protesters (International)']])
  assert.deepEqual(rows(text, 'Morning Wire'), [['', '', '3', 'Protesters (International)']])
  // The text's own country always outranks the outlet's.
  assert.deepEqual(rows('Hundreds of nurses staged a sit-in in Lome on Tuesday to demand overdue allowances.', 'Benin Daily Courier').map((r) => r.slice(0, 3)), [['TG', 'Lomé', '1']])
})

test('a Slavic adjective that begins a village\'s name ("Bila" of "Bila Kamianka") is no town of that one word elsewhere', () => {
  // The village is unknown: its oblast's town named as its container stands in (precision 2), not Bila in Chernivtsi, 900 km off.
  assert.deepEqual(rows('Shelling damaged two houses in Bila Kamianka, Donetsk, on Monday, local officials said.', null).map((r) => r.slice(0, 3)),
    [['UA', 'Donetsk', '2']])
  // A longer name the gazetteer has is read whole.
  assert.deepEqual(rows('Police detained 20 protesters at a rally in Bila Tserkva on Monday.', null).map((r) => r.slice(0, 3)), [['UA', 'Bila Tserkva', '1']])
})
