/** @module mentions/places/geoparse: the contract's `sitrep geoparse` object for one document. */
import type { Doc } from '../../doc.js'

/** One toponym as `sitrep geoparse` prints it. */
export interface GeoparsePlace {
  start: number; end: number; text: string; name: string | null; geonameid: number | null
  latitude: number | null; longitude: number | null; country_code: string | null; admin1: string | null
  feature_code: string | null; score: number
  /** Extension of the contract: what the mention names. 'demonym' ("Syrian officials") stands for a place without being a toponym. */
  kind: 'place' | 'admin1' | 'admin2' | 'country' | 'region' | 'demonym' | 'feature'
}
export interface GeoparseOutput { article_id: string; places: GeoparsePlace[] }

export function toGeoparse(doc: Doc): GeoparseOutput {
  return {
    article_id: doc.article.id,
    places: doc.places.map((p) => ({
      start: p.span[0], end: p.span[1], text: p.text, name: p.name, geonameid: p.geonameid, latitude: p.latitude, longitude: p.longitude,
      country_code: p.countryCode, admin1: p.admin1, feature_code: p.featureCode, score: p.score, kind: p.kind,
    })),
  }
}
