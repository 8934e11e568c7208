/** @module frame/country: a country as a place (ACLED geo_precision 3), when the article names no place inside it. */
import type { Doc, PlaceMention } from '../doc.js'
import { countryName } from '../mentions/countries.js'
import { gazetteer } from '../mentions/places/gazetteer.js'
import { placeKey } from '../mentions/places/normalize.js'

/**
 * The country `cc` as an event place: a mention of the country itself when the text has one
 * (whatever its role: "Lebanon's prime minister" still names Lebanon), else the gazetteer's entry
 * for it, spanned on the first mention that points to the country. Null when neither exists.
 */
export function countryPlace(doc: Doc, cc: string): PlaceMention | null {
  const told = (i: number): boolean => doc.frame?.roles[i]?.role !== 'caption'
  const own = doc.places.find((p, i) => p.countryCode === cc && (p.kind === 'country' || p.kind === 'demonym') && p.latitude !== null && told(i))
  if (own) return own.kind === 'country' ? { ...own, precision: 3 } : { ...own, kind: 'country', precision: 3, why: `${own.why} The country of "${own.text}".` }
  const g = gazetteer()
  const e = (g.lookup(placeKey(countryName(cc))) ?? []).map((post) => post >> 2).find((x) => g.g.kind[x] === 'country' && g.g.cc[x] === cc)
  const anchor = doc.places.find((p, i) => p.countryCode === cc && told(i)) ?? doc.actors.find((a) => a.countryCode === cc)
  if (e === undefined || !anchor) return null
  return {
    span: anchor.span, text: anchor.text, score: 0.5, rule: 'frame-country', geonameid: g.g.id[e] || null, name: g.g.name[e], kind: 'country',
    countryCode: cc, country: countryName(cc), admin1: null, admin2: null, latitude: g.g.lat[e], longitude: g.g.lon[e],
    featureCode: g.g.code[e], population: g.g.pop[e], precision: 3, cue: null, why: `The article's country, ${countryName(cc)}.`,
  }
}
