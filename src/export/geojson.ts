/** @module export/geojson: an RFC 7946 FeatureCollection, one Point Feature per record. */
import type { EventRecord } from '../schema/record.js'
import { framed, jsonArrayFrame, type Out, type RecordWriter } from './writer.js'

/** A record as a Feature: [longitude, latitude]; `geometry: null` (valid GeoJSON) when unplaced. */
export function toFeature(record: EventRecord): object {
  const placed = record.latitude !== null && record.longitude !== null
  return {
    type: 'Feature',
    id: record.id,
    geometry: placed ? { type: 'Point', coordinates: [record.longitude, record.latitude] } : null,
    properties: record,
  }
}

export function geojsonWriter(out: Out): RecordWriter {
  const frame = jsonArrayFrame('{"type":"FeatureCollection","features":[', ']}\n')
  return framed(out, frame, (r) => JSON.stringify(toFeature(r)))
}
