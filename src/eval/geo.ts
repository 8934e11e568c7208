/** @module eval/geo: geotagging (span overlap) and geocoding (km error) scores over a geoparsing gold file (LGL, GeoVirus). */
import { readFileSync, writeFileSync } from 'node:fs'
import type { Article, PlaceMention } from '../doc.js'
import { extractUpTo } from '../pipeline.js'
import { km } from '../mentions/places/resolve.js'

/** Geotagging precision/recall/F1 over spans; accuracy within 161 km and median error over matched gold spans with coordinates. */
export interface GeoScore {
  precision: number; recall: number; f1: number; acc161: number; medianKm: number; n: number
  /** The same span scores with demonyms neutral: a demonym that matches a gold span still counts, an unmatched one ("Chinese officials") is no false positive, since demonyms are not toponyms and GeoVirus never tags them. */
  precisionToponyms: number; f1Toponyms: number
}
export interface GeoOptions { limit?: number; dump?: string }

interface GoldSpan { start: number; end: number; text: string; latitude: number | null; longitude: number | null }
interface GoldRow { id: string; text: string; gold: GoldSpan[] }

const overlaps = (a: readonly [number, number], b: GoldSpan): boolean => a[0] < b.end && b.start < a[1]

export function scoreGeo(goldFile: string, options: GeoOptions = {}): GeoScore {
  const lines = readFileSync(goldFile, 'utf8').split('\n')
  let tp = 0, predicted = 0, goldCount = 0, n = 0, strayDemonyms = 0
  const errors: number[] = []
  const dump: string[] = []
  for (let ln = 0; ln < lines.length && n < (options.limit ?? Infinity); ln++) {
    if (!lines[ln].trim()) continue
    const row = JSON.parse(lines[ln]) as GoldRow
    n++
    const article: Article = { id: row.id, title: null, section: null, byline: null, source: null, url: null, published: null, input: `${goldFile}:${ln + 1}` }
    const doc = extractUpTo({ article, text: row.text }, 'places')
    const preds = doc.places
    predicted += preds.length; goldCount += row.gold.length
    const used = new Set<PlaceMention>()
    const misses: object[] = []
    for (const g of row.gold) {
      const p = preds.find((x) => !used.has(x) && overlaps(x.span, g))
      if (!p) { misses.push({ miss: g.text, at: g.start }); continue }
      used.add(p); tp++
      if (g.latitude === null || g.longitude === null) continue
      const d = p.latitude === null || p.longitude === null ? 20000 : km(g.latitude, g.longitude, p.latitude, p.longitude)
      errors.push(d)
      if (d > 161) misses.push({ wrong: g.text, text: p.text, at: g.start, km: Math.round(d), got: `${p.name}, ${p.admin1 ?? ''}, ${p.countryCode}`, gold: [g.latitude, g.longitude], point: [p.latitude, p.longitude], why: p.why })
    }
    for (const p of preds) if (!used.has(p) && p.kind === 'demonym') strayDemonyms++
    for (const p of preds) if (!used.has(p)) misses.push({ extra: p.text, got: `${p.name}, ${p.countryCode}`, kind: p.kind })
    if (options.dump && misses.length) dump.push(JSON.stringify({ id: row.id, misses }))
  }
  if (options.dump) writeFileSync(options.dump, dump.join('\n') + '\n')
  const precision = predicted ? tp / predicted : 0, recall = goldCount ? tp / goldCount : 0
  errors.sort((a, b) => a - b)
  const round = (x: number): number => Math.round(x * 1000) / 1000
  const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0)
  const precisionToponyms = predicted - strayDemonyms ? tp / (predicted - strayDemonyms) : 0
  return {
    precisionToponyms: round(precisionToponyms), f1Toponyms: round(f1(precisionToponyms, recall)),
    precision: round(precision), recall: round(recall), f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
    acc161: round(errors.length ? errors.filter((d) => d <= 161).length / errors.length : 0),
    medianKm: round(errors.length ? errors[errors.length >> 1] : 0), n,
  }
}
