/** @module mentions/places/geo43s.test: ACLED codes a district at the town of its own name (a village of the layer where the bundled cut has none), and Spanish-speaking countries' second-level units ("Partido de X", "Departamento de X") answer to their bare name; fixtures and notes written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { encodeGazetteer } from './artifact.js'
import { compileGazetteer } from './build.js'
import { loadGazetteer } from './gazetteer.js'
import { placeKey } from './normalize.js'
import { eventPlace } from './event-place.testkit.js'

const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname.replace('/dist/src/', '/src/')
/** Every second-level area under a name: [name, latitude, longitude]. */
function districts(villages: string[], name: string): [string, number, number][] {
  const gaz = loadGazetteer(encodeGazetteer(compileGazetteer({ cities: fixture('BJ-seats.txt'), extras: false, imports: [], villages, districts: [fixture('BJ-districts.tsv')] })), 'test')
  return (gaz.lookup(placeKey(name)) ?? []).map((p) => p >> 2).filter((e) => gaz.g.kind[e] === 'admin2').map((e) => [gaz.g.name[e], gaz.g.lat[e], gaz.g.lon[e]])
}

test("a village of the layer under the district's own name, coded in it, is the district's point when the cut has no such town", () => {
  assert.deepEqual(districts([fixture('BJ-village-seat.txt')], 'Nikki'), [['Nikki', 10.05, 3.02]])
})

test("twin: without that village the district keeps GeoNames' seat; a village of another name moves nothing", () => {
  assert.deepEqual(districts([], 'Nikki'), [['Nikki', 9.9401, 3.2107]])
  // Bembereke's seat is the layer's; the fixture's other village (Sirepgou) bears no district's name.
  assert.deepEqual(districts([fixture('BJ-village-seat.txt')], 'Bembereke'), [['Bembereke', 10.11, 2.7]])
})

test('"the partido of X (Buenos Aires)": the Argentine unit "Partido de X" answers to X, in its province', () => {
  assert.deepEqual(eventPlace('On 4 February 2021, in the partido of General Pueyrredón (Buenos Aires), fishermen blocked the port access to protest against a new fee.', 'blocked'),
    ['General Pueyrredón', 'Partido de General Pueyrredón', 'AR', 2])
})
