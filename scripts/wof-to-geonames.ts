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
// feature class P, or without a GeoNames id (column or concordance) are skipped.
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
const AREA_WORD = /\b(?:raion|rayon|oblast|district|region|municipality)\b/i
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-()0-9]+$/u

const current = (p: Props): boolean =>
  !(p['edtf:deprecated'] || (p['edtf:cessation'] && p['edtf:cessation'] !== 'uuuu') || (Array.isArray(p['wof:superseded_by']) && p['wof:superseded_by'].length) || p['mz:is_current'] === 0)
const strings = (v: unknown): string[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).map(String)

/**
 * A current locality Who's On First took from another source (Quattroshapes, GeoPlanet) and tied to GeoNames only by
 * a concordance (`wof:concordances` `gn:id`), without GeoNames' columns: a GeoNames row under that id, named by its
 * Latin-script names (the national romanisation first, then the English and older Russian-derived forms as alternate
 * names, so a renamed village answers to both), its first-level code left to the import (the nearest bundled town's).
 * Ukraine's frontline villages of Donetsk and Luhansk are such records.
 */
function concordanceRow(p: Props): string | null {
  const id = (p['wof:concordances'] as Record<string, unknown> | undefined)?.['gn:id']
  if (typeof id !== 'number' || p['wof:placetype'] !== 'locality' || !current(p)) return null
  const cc = String(p['wof:country'] ?? '')
  if (cc !== country) return null
  const lat = Number(p['geom:latitude']), lon = Number(p['geom:longitude'])
  if (Number.isNaN(lat) || Number.isNaN(lon)) return null
  // Some of these records carry their district's or province's name as a name of their own ("… Raion", "Zakarpatska"):
  // never a village's.
  const bare = (n: string): string => n.toLowerCase().replace(/['’`]/g, '')
  const areas = new Set(['qs:a1_alt', 'qs:a2_alt'].flatMap((k) => strings(p[k]).map((a) => bare(a.replace(/^\*/, '')))))
  const names: string[] = []
  for (const k of ['name:ukr_x_preferred', 'name:eng_x_preferred', 'name:eng_x_variant', 'name:ukr_x_variant', 'qs:loc_alt'])
    for (const n of strings(p[k])) {
      if (!LATIN.test(n) || n.includes(',') || names.includes(n) || AREA_WORD.test(n) || areas.has(bare(n))) continue
      names.push(n)
    }
  if (!names.length) return null
  const [name, ...alts] = names
  const pop = Number(p['wof:population'] ?? p['gn:population'] ?? 0) || 0
  return [id, name, name, alts.join(','), lat, lon, 'P', 'PPL', cc, '', '', '', '', '', pop].join('\t')
}

function row(p: Props): string | null {
  const id = p['gn:geonameid']
  if (id === undefined) return concordanceRow(p)
  if (typeof id !== 'number' || p['gn:feature_class'] !== 'P') return null
  if (!current(p)) return null
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
// A GeoNames id once, and a record with GeoNames' columns before a concordance naming the same place.
const seen = new Set<number>()
const byConcordance = new Map<number, string>()
readBlobs(gitDir, blobs, (blob) => {
  read++
  const p = (JSON.parse(blob.toString('utf8')) as { properties: Props }).properties
  const r = row(p)
  if (r) {
    const id = Number(r.slice(0, r.indexOf('\t')))
    if (p['gn:geonameid'] === undefined) byConcordance.set(id, r)
    else if (!seen.has(id)) { seen.add(id); out.write(r + '\n'); kept++ }
  }
  if (read % 20000 === 0) process.stderr.write(`${gitDir}: ${read} of ${blobs.length} records\n`)
}, () => {
  let added = 0
  for (const [id, r] of byConcordance) if (!seen.has(id)) { seen.add(id); out.write(r + '\n'); added++ }
  out.end()
  process.stderr.write(`${gitDir}: ${kept} GeoNames populated places and ${added} tied by concordance, of ${read} records → ${outFile}\n`)
})
