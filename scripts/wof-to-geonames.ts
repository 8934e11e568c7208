/** @module scripts/wof-to-geonames: a Who's On First country repository's GeoNames-derived localities → a GeoNames-layout XX.txt. */
// Run: npx tsx scripts/wof-to-geonames.ts GITDIR OUT.txt
//   GITDIR: a clone (or bare mirror) of github.com/whosonfirst-data/whosonfirst-data-admin-xx.
// Then: npx tsx scripts/import-villages.ts OUT.txt (the same path as a GeoNames export). Origin and terms: data/gazetteer/README.md.
//
// Who's On First's admin repositories hold, beside their own polygons, the GeoNames populated places
// of each country as `locality` records that keep GeoNames' own columns (`gn:geonameid`, `gn:name`,
// `gn:admin1_code`, …). Those records are turned back into GeoNames rows, so a village keeps its
// GeoNames id (a town the bundled cut already has is taken once) and goes through the same import
// as a GeoNames export. Records that are not current (deprecated, ceased, superseded), not of
// feature class P, or without a GeoNames id are skipped.
import { spawnSync } from 'node:child_process'
import { readBlobs } from './wof-git.js'
import { createWriteStream } from 'node:fs'

const [gitDir, outFile] = process.argv.slice(2)
if (!gitDir || !outFile) throw new Error('usage: npx tsx scripts/wof-to-geonames.ts GITDIR OUT.txt')

const tree = spawnSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', 'HEAD', 'data/'], { maxBuffer: 1 << 30, encoding: 'utf8' })
if (tree.status !== 0) throw new Error(`${gitDir}: git ls-tree failed: ${tree.stderr}`)
// Alternate geometries (`…-alt-….geojson`) repeat a record: only the main file of each id.
const blobs = tree.stdout.split('\n').filter((l) => /\/\d+\.geojson$/.test(l)).map((l) => l.split(/\s+/)[2])

// The repository's country: a few records of a neighbour's places live in it too, and are left to that country's file.
const country = /admin-([a-z]{2})\b/.exec(gitDir)?.[1]?.toUpperCase()
if (!country) throw new Error(`${gitDir}: not a whosonfirst-data-admin-xx repository`)

type Props = Record<string, unknown>
/** "23.0" (a code stored as a float) → "23"; codes that are words stay as they are. */
const code = (v: unknown): string => (v === undefined || v === null ? '' : String(v).replace(/\.0$/, ''))
/** GeoNames' first-level codes of these countries are two digits ("08"); as a float the zero went. */
const admin1 = (v: unknown): string => { const c = code(v); return /^\d$/.test(c) ? `0${c}` : c }
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-()0-9]+$/u

function row(p: Props): string | null {
  const id = p['gn:geonameid']
  if (typeof id !== 'number' || p['gn:feature_class'] !== 'P') return null
  if (p['edtf:deprecated'] || (p['edtf:cessation'] && p['edtf:cessation'] !== 'uuuu') || (Array.isArray(p['wof:superseded_by']) && p['wof:superseded_by'].length)) return null
  if (p['mz:is_current'] === 0) return null
  const name = String(p['gn:name'] ?? p['wof:name'] ?? '')
  const lat = Number(p['gn:latitude'] ?? p['geom:latitude']), lon = Number(p['gn:longitude'] ?? p['geom:longitude'])
  if (!name || Number.isNaN(lat) || Number.isNaN(lon)) return null
  // English names Who's On First adds (Latin script only, and not the GeoNames name again) as alternate names.
  const alts = new Set<string>()
  for (const k of ['name:eng_x_preferred', 'name:eng_x_variant']) for (const n of (p[k] as string[] | undefined) ?? []) if (n !== name && LATIN.test(n) && !n.includes(',')) alts.add(n)
  const cc = String(p['gn:country_code'] ?? p['wof:country'] ?? '')
  if (cc !== country) return null
  return [id, name, String(p['gn:asciiname'] ?? name), [...alts].join(','), lat, lon, 'P', String(p['gn:feature_code'] ?? 'PPL'), cc, '',
    admin1(p['gn:admin1_code']), code(p['gn:admin2_code']), '', '', Number(p['gn:population'] ?? 0) || 0].join('\t')
}

const out = createWriteStream(outFile)
let kept = 0, read = 0
readBlobs(gitDir, blobs, (blob) => {
  read++
  const r = row((JSON.parse(blob.toString('utf8')) as { properties: Props }).properties)
  if (r) { out.write(r + '\n'); kept++ }
  if (read % 20000 === 0) process.stderr.write(`${gitDir}: ${read} of ${blobs.length} records\n`)
}, () => { out.end(); process.stderr.write(`${gitDir}: ${kept} GeoNames populated places of ${read} records → ${outFile}\n`) })
