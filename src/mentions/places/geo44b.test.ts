/** @module mentions/places/geo44b.test: a first-level area's point leaves out towns coded in the area that lie far outside it (strays stretched the box of its towns). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { gazetteer } from './gazetteer.js'
import { placeKey } from './normalize.js'

/** The first-level area of that name in that country: [latitude, longitude]. */
function point(name: string, cc: string): [number, number] {
  const gaz = gazetteer()
  const e = (gaz.lookup(placeKey(name)) ?? []).map((p) => p >> 2).find((x) => gaz.g.kind[x] === 'admin1' && gaz.g.cc[x] === cc)
  assert.notEqual(e, undefined, `${name} (${cc})`)
  return [gaz.g.lat[e!], gaz.g.lon[e!]]
}
const km = ([a, b]: [number, number], [c, d]: [number, number]): number =>
  6371 * (Math.PI / 180) * Math.hypot((d - b) * Math.cos(((a + c) / 2) * (Math.PI / 180)), c - a)

test("a province's point lies in the province, not where a few mis-coded towns far away pull its box", () => {
  assert.ok(km(point('Hebei', 'CN'), [38.0, 115.5]) < 250, `Hebei at ${point('Hebei', 'CN')}`)
  assert.ok(km(point('Jiangsu', 'CN'), [33.0, 119.5]) < 250, `Jiangsu at ${point('Jiangsu', 'CN')}`)
  assert.ok(km(point('Kurgan Oblast', 'RU'), [55.5, 65.0]) < 250, `Kurgan at ${point('Kurgan Oblast', 'RU')}`)
  assert.ok(km(point('Valparaiso', 'CL'), [-32.9, -71.2]) < 250, `Valparaiso at ${point('Valparaiso', 'CL')}`)
})

test('twin: big areas whose towns crowd one edge keep the middle of the box of all their towns', () => {
  // Ontario's and Queensland's towns run on without a gap to the far north, so none is left out.
  assert.ok(km(point('Ontario', 'CA'), [49.25, -84.5]) < 50, `Ontario at ${point('Ontario', 'CA')}`)
  assert.ok(km(point('Queensland', 'AU'), [-19.62, 145.83]) < 50, `Queensland at ${point('Queensland', 'AU')}`)
})
