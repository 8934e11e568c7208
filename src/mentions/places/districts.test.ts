/** @module mentions/places/districts.test: where a district's point lies (its seat), and the names the district layer (data/gazetteer/districts) gives it; fixtures written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { encodeGazetteer } from './artifact.js'
import { bundledDistrictFiles, compileGazetteer } from './build.js'
import { loadGazetteer } from './gazetteer.js'
import { placeKey } from './normalize.js'

const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname.replace('/dist/src/', '/src/')
/** Every second-level area under a name: [name, latitude, longitude]. */
function districts(files: string[] | undefined, name: string): [string, number, number][] {
  const gaz = loadGazetteer(encodeGazetteer(compileGazetteer({ cities: fixture('BJ-seats.txt'), extras: false, imports: [], districts: files })), 'test')
  return (gaz.lookup(placeKey(name)) ?? []).map((p) => p >> 2).filter((e) => gaz.g.kind[e] === 'admin2').map((e) => [gaz.g.name[e], gaz.g.lat[e], gaz.g.lon[e]])
}

test("a district with a seat town (PPLA2) lies at its seat, not at a bigger town", () => {
  // Nikki's commune holds Tasitrep, its PPLA2, and Grosrepe, a bigger town: the district is at Tasitrep.
  assert.deepEqual(districts(undefined, 'Nikki'), [['Nikki', 9.9401, 3.2107]])
})

test("the district layer's seat is the district's point, and its names are the district's", () => {
  assert.deepEqual(districts([fixture('BJ-districts.tsv')], 'Bembereke'), [['Bembereke', 10.11, 2.7]])
  assert.deepEqual(districts([fixture('BJ-districts.tsv')], 'Bemberéké-Sitrepa'), [['Bembereke', 10.11, 2.7]])
})

test('twin: without the layer the district lies at its biggest town and has only its GeoNames name', () => {
  assert.deepEqual(districts([], 'Bembereke'), [['Bembereke', 10.2283, 2.6634]])
  assert.deepEqual(districts([], 'Bemberéké-Sitrepa'), [])
})

test('the bundled district layer is found, one file per country', () => {
  assert.deepEqual(bundledDistrictFiles().map((f) => f.slice(f.lastIndexOf('/') + 1)), ['AF.tsv', 'BJ.tsv'])
})

test("the layer's seat town goes before GeoNames' seat (PPLA2 may be a former seat); its label point does not", () => {
  assert.deepEqual(districts([fixture('BJ-districts-seat.tsv')], 'Nikki'), [['Nikki', 10.05, 3.1]])
  assert.deepEqual(districts([fixture('BJ-districts.tsv')], 'Nikki'), [['Nikki', 9.9401, 3.2107]])
})

test("the district layer's origin is named in the index's licence, and only when a layer file is compiled", () => {
  const withLayer = compileGazetteer({ cities: fixture('BJ-seats.txt'), extras: false, imports: [], districts: [fixture('BJ-districts.tsv')] })
  assert.match(withLayer.licence, /district seats and names of BJ-districts from Who's On First \(data\/gazetteer\/districts\)/)
  assert.doesNotMatch(compileGazetteer({ cities: fixture('BJ-seats.txt'), extras: false, imports: [], districts: [] }).licence, /Who's On First/)
})
