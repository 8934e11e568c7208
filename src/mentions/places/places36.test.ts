/** @module mentions/places/places36.test: twins of stop 36's place fixes (issue 11). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'

/** Each place mention of a text: its text, the entry's name, kind, admin1, precision and point (two decimals). */
function places(text: string): string[][] {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2025-03-04', input: 't' }, text })
  return doc.places.map((p) => [p.text, p.name ?? '', p.kind, p.admin1 ?? '', String(p.precision), p.latitude.toFixed(2), p.longitude.toFixed(2)])
}

test('frontline villages Who\'s On First ties to GeoNames only by a concordance are in the village layer', () => {
  assert.deepEqual(places('Artillery fire damaged two houses in Sakhanka on Tuesday, the regional police said.'),
    [['Sakhanka', 'Sakhanka', 'place', 'Donetsk', '1', '47.13', '37.85']])
  assert.deepEqual(places('A tractor driver was hurt by a mine near Starohnativka, Donetsk region, officials said.').slice(0, 1),
    [['Starohnativka', 'Starohnativka', 'place', 'Donetsk', '2', '47.54', '37.78']])
})

test('a Ukrainian village of the layer answers to its older, Russian-derived name (an alternate name, with the text on its side)', () => {
  assert.deepEqual(places('A tractor driver was hurt by a mine near Staroignat\'yevka, Donetsk region, officials said.').slice(0, 1),
    [['Staroignat\'yevka', 'Starohnativka', 'place', 'Donetsk', '2', '47.54', '37.78']])
})
