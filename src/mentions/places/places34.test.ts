/** @module mentions/places/places34.test: twins of stop 34's place fixes (issue 11). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../../events/records.js'

/** Country, place name, admin1 and precision of each event of a text. */
function rows(text: string, published = '2025-03-04'): string[][] {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.iso ?? '', r.location ?? '', r.admin1 ?? '', String(r.geo_precision)])
}

test('"X and Y states": the plural admin word after a list makes each earlier name the state too, not its capital town', () => {
  assert.deepEqual(rows('Gunmen killed 14 villagers in Sokoto and Katsina states on Sunday, police said.'), [['NG', 'Sokoto', 'Sokoto', '3']])
  const places = (text: string): string[][] => extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2025-03-04', input: 't' }, text })
    .places.map((p) => [p.text, p.kind, String(p.precision)])
  assert.deepEqual(places('Floods cut roads in Kano, Jigawa and Bauchi states last week.'), [['Kano', 'admin1', '3'], ['Jigawa', 'admin1', '3'], ['Bauchi', 'admin1', '3']])
  // A name with its own word keeps it; a list without a plural word is left alone.
  assert.deepEqual(places('Floods cut roads in Kano city and Jigawa states last week.').map((r) => r[1]), ['place', 'admin1'])
})

/** Each place mention of a text: its text, the entry's name, kind, admin1 and precision. */
function places(text: string): string[][] {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2025-03-04', input: 't' }, text })
  return doc.places.map((p) => [p.text, p.name ?? '', p.kind, p.admin1 ?? '', String(p.precision)])
}

test('"the X region", "the X circle" of a unit the gazetteer lacks: the town heading it stands for it, not the country', () => {
  assert.deepEqual(rows('Suspected jihadists killed nine civilians in the Bandiagara region of central Mali on Tuesday, local officials said.'), [['ML', 'Bandiagara', 'Mopti', '3']])
  assert.deepEqual(rows('Suspected jihadists killed nine civilians in the Douentza circle in central Mali on Tuesday, local officials said.'), [['ML', 'Douentza', 'Mopti', '2']])
  assert.deepEqual(places('Herders clashed with farmers in the Koro cercle of Mali.').map((p) => p.slice(0, 3).concat(p[4])), [['Koro', 'Koro', 'place', '2'], ['Mali', 'Mali', 'country', '3']])
  // Not a town abroad reached by an alternate name, with nothing else in the text pointing to its country.
  assert.deepEqual(places('Peace returned to the Mindanao region.'), [])
})

test('a village named after the lead lies in the province the lead names, not in one a later paragraph names', () => {
  const text = 'Russian drones attacked infrastructure in central Ukraine\'s Poltava region overnight, the regional governor said on Sunday.\n\n'
    + 'A man was wounded when debris fell on a farm in Olhivka, he said.\n\n'
    + 'In the neighbouring Kharkiv region, a missile damaged a school.'
  assert.deepEqual(places(text).find((p) => p[0] === 'Olhivka'), ['Olhivka', 'Ol’hivka', 'place', 'Poltava', '1'])
})

test('"Khost district" is Khost\'s district, not Kabul\'s, even with Kabul named beside it', () => {
  assert.deepEqual(places('The interior ministry in Kabul said a bomb killed five policemen in Khost district on Monday.').find((p) => p[0] === 'Khost'),
    ['Khost', 'Khōst', 'admin2', 'Khowst', '2'])
})

test('a district the district layer knows only by a label point lies at the town of its own name inside it (Qalat district at Qalat town)', () => {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2025-03-04', input: 't' },
    text: 'Taliban fighters attacked a police post in Qalat district, Zabul, on Sunday.' })
  const qalat = doc.places.find((p) => p.text === 'Qalat')!
  assert.deepEqual([qalat.kind, qalat.admin1, qalat.precision, qalat.latitude.toFixed(2), qalat.longitude.toFixed(2)], ['admin2', 'Zabul', 2, '32.11', '66.91'])
})
