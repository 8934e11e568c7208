/** @module mentions/places/fronts.test: lines of contact (data/places/fronts.yaml) pull a namesake village to the line on the dates it held; a province's many villages of one name all stay in the index. Sentences and fixtures written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { encodeGazetteer } from './artifact.js'
import { compileGazetteer } from './build.js'
import { fronts, frontsOn, kmToLine } from './fronts.js'
import { loadGazetteer } from './gazetteer.js'
import { placeKey } from './normalize.js'
import { parsePlaces as parse } from './fixtures/parse.js'

const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname.replace('/dist/src/', '/src/')
const shelling = 'Separatist forces fired mortars at army positions near Katerynivka on Tuesday, the Ukrainian army said.'
const where = (body: string, date: string | null): [string | null, number | null] => {
  const p = parse(body, date).places.find((x) => x.text === 'Katerynivka')
  return [p?.admin1 ?? null, p?.geonameid ?? null]
}

test('a point on a line is 0 km from it; a degree of latitude off a segment is 110.57 km', () => {
  const line: [number, number][] = [[48, 37], [48, 38]]
  assert.equal(kmToLine(48, 37.5, line), 0)
  assert.equal(kmToLine(49, 37.5, line).toFixed(2), '110.57')
  // Beyond the segment's end the distance is to the end point.
  assert.equal(kmToLine(48, 36, line).toFixed(1), (111.32 * Math.cos((48 * Math.PI) / 180)).toFixed(1))
})

test("the Donbas line held between Minsk II and the 2022 invasion, and only then", () => {
  assert.deepEqual(frontsOn('2019-03-05').map((f) => f.cc), ['UA'])
  assert.deepEqual(frontsOn('2014-06-01'), [])
  assert.deepEqual(frontsOn('2023-03-05'), [])
  assert.deepEqual(frontsOn(null), [])
  assert.equal(fronts().length, 1)
})

test('in 2019, shelling near a village of a common name is at the namesake on the line of contact', () => {
  // Katerynivka is the name of dozens of Ukrainian villages; one lies on the line in Luhansk oblast.
  assert.deepEqual(where(shelling, '2019-03-05'), ['Luhansk', 811281])
})

test('twin: undated, or after the line moved, the line pulls nothing', () => {
  assert.deepEqual(where(shelling, null), ['Mykolaiv', 688242])
  assert.deepEqual(where(shelling, '2023-03-05'), ['Mykolaiv', 688242])
})

test('twin: the province written beside the name goes before the line (a namesake of that province off it)', () => {
  assert.deepEqual(where(shelling.replace('Katerynivka', 'Katerynivka, Donetsk region,'), '2019-03-05'), ['Donetsk', 688231])
})

/** Every populated place under a name in an index of the namesakes fixtures: [GeoNames id, latitude]. */
function towns(name: string): [number, number][] {
  const file = compileGazetteer({ cities: fixture('BJ-namesakes-base.txt'), extras: false, imports: [], villages: [fixture('BJ-namesakes.txt')] })
  const gaz = loadGazetteer(encodeGazetteer(file), 'test')
  return (gaz.lookup(placeKey(name)) ?? []).map((p) => p >> 2).filter((e) => gaz.g.kind[e] === 'place').map((e): [number, number] => [gaz.g.id[e], gaz.g.lat[e]]).sort((a, b) => a[0] - b[0])
}

test("a village of a small town's name 40 km from it, in its province, is a village of its own", () => {
  assert.deepEqual(towns('Sinarepe'), [[9900202, 10.1], [9900301, 10.45]])
})

test("twin: a village of a seat town's name in its province is taken for the seat; one within 2 km of a namesake for that town", () => {
  // 9900302 lies 0.7 km from the town Sinarepe; 9900303 bears the name of the district seat Tasitrep.
  assert.deepEqual(towns('Tasitrep'), [[9900201, 9.9401]])
  assert.equal(towns('Sinarepe').some(([id]) => id === 9900302), false)
})

test('of namesakes near the line, the one on it: shelling near Vasylivka is the Vasylivka by Yasynuvata, not one 10 km behind the line', () => {
  const p = parse('Separatist forces fired mortars at army positions near Vasylivka on Tuesday, the Ukrainian army said.', '2019-03-05').places.find((x) => x.text === 'Vasylivka')
  assert.deepEqual([p?.admin1, p?.latitude], ['Donetsk', 48.1706])
})

test('twin: after the line moved, the same sentence is at another Vasylivka', () => {
  const p = parse('Separatist forces fired mortars at army positions near Vasylivka on Tuesday, the Ukrainian army said.', '2023-03-05').places.find((x) => x.text === 'Vasylivka')
  assert.notEqual(p?.latitude, 48.1706)
})
