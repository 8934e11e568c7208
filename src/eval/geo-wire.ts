/** @module eval/geo-wire: calls the geoparsing scorer (./geo.ts, written separately) and turns its figures into table rows. */
import { basename } from 'node:path'
import type { FileResult, ScoreOptions } from './result.js'
import { scoreAlarms } from './alarms.js'

/** What ./geo.ts returns for one gold file. */
export interface GeoScore { precision: number; recall: number; f1: number; acc161: number; medianKm: number | null; n: number; precisionToponyms?: number; f1Toponyms?: number }
type ScoreGeo = (goldFile: string, options?: { limit?: number; dump?: string }) => GeoScore | Promise<GeoScore>

let loaded: Promise<ScoreGeo | null> | null = null

/**
 * The geo scorer, or null when ./geo.js is not there. Imported by a computed name so this file
 * typechecks and runs before the scorer exists; any other import failure is a bug and is thrown.
 */
function loadGeo(): Promise<ScoreGeo | null> {
  const spec = './geo.js'
  loaded ??= import(spec).then(
    (m: { scoreGeo?: ScoreGeo }) => m.scoreGeo ?? null,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_MODULE_NOT_FOUND' && /geo\.(js|ts)/.test(error.message) && !/imported from .*geo\.(js|ts)/.test(error.message)) return null
      throw error
    })
  return loaded
}

/**
 * `/tmp/d.jsonl` + `geo-lgl.jsonl` → `/tmp/d.geo-lgl.jsonl`: the geo scorer writes a dump of its
 * own per gold file, beside ours, rather than over ours or over another geo file's.
 */
export function geoDumpPath(dump: string, goldName: string): string {
  const stem = basename(goldName).replace(/\.jsonl$/, '')
  return /\.jsonl$/.test(dump) ? dump.replace(/\.jsonl$/, `.${stem}.jsonl`) : `${dump}.${stem}.jsonl`
}

export async function scoreGeoFile(path: string, options: ScoreOptions & { dumpPath?: string }): Promise<FileResult> {
  const name = options.name ?? path
  const scoreGeo = await loadGeo()
  if (!scoreGeo) {
    const skipped = 'geo scorer not available (src/eval/geo.ts missing)'
    options.progress?.(`${name}: ${skipped}`)
    return { file: name, kind: 'geo', rows: 0, seconds: 0, metrics: [], skipped }
  }
  const started = performance.now()
  const dump = options.dumpPath ? geoDumpPath(options.dumpPath, name) : undefined
  const s = await scoreGeo(path, { ...(options.limit !== undefined ? { limit: options.limit } : {}), ...(dump ? { dump } : {}) })
  // These corpora report almost no political violence: whatever full extraction flags is mostly a false alarm.
  const a = scoreAlarms(path, { ...(options.limit !== undefined ? { limit: options.limit } : {}), ...(options.dump ? { dump: options.dump } : {}), name })
  const seconds = (performance.now() - started) / 1000
  options.progress?.(`${name}: ${s.n} articles in ${seconds.toFixed(1)} s${dump ? `, dump in ${dump}` : ''}`)
  return {
    file: name, kind: 'geo', rows: s.n, seconds,
    metrics: [
      { key: 'geotag_precision', label: 'geotagging precision (span overlap)', value: s.precision, n: s.n },
      { key: 'geotag_recall', label: 'geotagging recall (span overlap)', value: s.recall, n: s.n },
      { key: 'geotag_f1', label: 'geotagging F1', value: s.f1, n: s.n },
      // Demonyms neutral (an unmatched "Chinese" is no false positive): the line above keeps counting them.
      ...(s.f1Toponyms === undefined ? [] : [
        { key: 'geotag_precision_toponyms', label: 'geotagging precision (demonyms neutral)', value: s.precisionToponyms ?? null, n: s.n },
        { key: 'geotag_f1_toponyms', label: 'geotagging F1 (demonyms neutral)', value: s.f1Toponyms, n: s.n },
      ]),
      { key: 'acc161', label: 'geocoding accuracy within 161 km', value: s.acc161, n: s.n },
      { key: 'median_km', label: 'median geocoding error', value: s.medianKm, n: s.n, unit: 'km' },
      { key: 'alarm_share', label: 'articles given a violence/protest event', value: a.n ? a.flagged / a.n : null, n: a.n },
    ],
  }
}
