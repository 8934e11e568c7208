import assert from 'node:assert/strict'
import { test } from 'node:test'
import { airStrike, protest } from './fixtures.js'
import { writeAll } from './index.js'

// properties are the record itself; jsonl.test.ts pins how a record serializes
const props = (r: object) => JSON.stringify(r)

test('geojson: a FeatureCollection, [lon, lat] points, null geometry when unplaced', () => {
  assert.equal(writeAll('geojson', [airStrike, protest]),
    '{"type":"FeatureCollection","features":[\n' +
    `{"type":"Feature","id":"ev_0001aaaa","geometry":{"type":"Point","coordinates":[36.6085,35.8137]},"properties":${props(airStrike)}},\n` +
    `{"type":"Feature","id":"ev_0002bbbb","geometry":null,"properties":${props(protest)}}\n` +
    ']}\n')
})

test('geojson output parses, and its properties are the whole records', () => {
  const doc = JSON.parse(writeAll('geojson', [protest, airStrike]))
  assert.deepEqual(doc.features.map((f: { properties: unknown }) => f.properties), [protest, airStrike])
})

test('geojson with no records is an empty FeatureCollection', () => {
  assert.equal(writeAll('geojson', []), '{"type":"FeatureCollection","features":[]}\n')
})
