/** @module mentions/places/geo42p.test: issue #11 round geoplace (ACLED's district convention and mention choice). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../../events/records.js'

/** Place name, precision and point (3 decimals) of each event of a note. */
function rows(text: string, published = '2021-03-13'): string[][] {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.location ?? '', String(r.geo_precision), (r.latitude ?? NaN).toFixed(3), (r.longitude ?? NaN).toFixed(3)])
}

test('a district is coded at its seat town of the same name, precision 2 (rule district-at-seat)', () => {
  // Before: the district's own point, 46 km (Sirohi), 41 km (Koppal) and 86 km (Sundargarh) from the seat.
  assert.deepEqual(rows('On 12 March 2021, farmers blocked a highway in Sirohi district (Rajasthan) demanding compensation for crops lost to hail. [size=no report]'),
    [['Sirohi', '2', '24.888', '72.848']])
  assert.deepEqual(rows('On 12 March 2021, teachers staged a sit-in in Koppal district, Karnataka, over unpaid salaries. [size=no report]'),
    [['Koppal', '2', '15.345', '76.155']])
  // A village the gazetteer lacks stands at its district, and so at the district's seat.
  assert.deepEqual(rows('On 12 March 2021, a mob torched two shops in Tendua village (Sundargarh, Odisha) after a dispute over cattle. [size=no report]'),
    [['Sundargarh', '2', '22.117', '84.033']])
})

test('a South African metro or district named without "Metropolitan/District Municipality" is that unit (variants.yaml admin2)', () => {
  // Before: the metro's name was unknown, and an unknown township stood at its province (Eastern Cape, Gauteng), 100-200 km off.
  assert.deepEqual(rows('On 3 June 2021, about 60 bus drivers demonstrated outside the depot in Motherwell (Nelson Mandela Bay, Eastern Cape) over unpaid overtime. [size=about 60]'),
    [['Nelson Mandela Bay Metropolitan Municipality', '2', '-33.961', '25.615']])
  assert.deepEqual(rows('On 3 June 2021, residents of Zola Extension 2 (West Rand, Gauteng) blocked a road with burning tyres over power cuts. [size=no report]'),
    [['West Rand District Municipality', '2', '-26.184', '27.702']])
})
