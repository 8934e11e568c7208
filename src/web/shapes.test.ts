import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { test } from 'node:test'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import { unwrapped } from './shapes.js'

const world = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology
const countries = feature(world, world.objects.countries) as GeoJSON.FeatureCollection

/** The widest jump in longitude between two neighbouring points of any ring: a jump over 180° is drawn as a stripe across the map. */
function widestJump(fc: GeoJSON.FeatureCollection): { jump: number; name: string } {
  let worst = { jump: 0, name: '' }
  for (const f of fc.features) {
    const g = f.geometry
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []
    for (const ring of polygons.flat()) {
      for (let i = 1; i < ring.length; i++) {
        const jump = Math.abs(ring[i][0] - ring[i - 1][0])
        if (jump > worst.jump) worst = { jump, name: (f.properties as { name: string }).name }
      }
    }
  }
  return worst
}

test('no country shape jumps across the map (the stripes at the antimeridian)', () => {
  assert.ok(widestJump(countries).jump > 300, 'the raw shapes do cross the antimeridian')
  const fixed = unwrapped(countries)
  assert.ok(widestJump(fixed).jump < 30, JSON.stringify(widestJump(fixed)))
  assert.deepEqual(countries.features.length - fixed.features.length, 1)
  assert.equal(fixed.features.some((f) => (f.properties as { name: string }).name === 'Antarctica'), false)
})
