/** @module scripts/import-villages: GeoNames country exports → data/gazetteer/villages/XX.tsv.gz, the village layer every build bundles. */
// Run: npx tsx scripts/import-villages.ts PATH/BF.txt PATH/ML.txt ...   (GeoNames XX.txt or XX.zip)
// Origin, date and terms of every file: data/gazetteer/README.md. Then rebuild (npm run build).
//
// Each file goes through `importGeoNames`, the code of `sitrep gazetteer import`: populated places
// only (feature class P), and a village whose province code is unknown ("00", or a former
// division's) takes the province of the nearest bundled town of its country within 60 km. The
// rows keep GeoNames' column layout up to the population (15 columns, what the gazetteer build
// reads), with the columns it never reads (cc2, admin3, admin4) emptied, one gzip file per country.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { importGeoNames } from '../src/mentions/places/gazetteer-import.js'
import { dataPath } from '../src/paths.js'

const files = process.argv.slice(2)
if (!files.length) throw new Error('usage: npx tsx scripts/import-villages.ts XX.txt|XX.zip ...')
const out = dataPath('gazetteer', 'villages')
mkdirSync(out, { recursive: true })
const work = mkdtempSync(join(tmpdir(), 'sitrep-villages-'))
try {
  for (const file of files) {
    const s = await importGeoNames(file, work)
    if (s.countries.length !== 1) throw new Error(`${file}: one country per file, found ${s.countries.join(', ') || 'none'}`)
    const [cc] = s.countries
    const rows = readFileSync(join(work, s.stored), 'utf8').split('\n').filter(Boolean).map((line) => {
      const f = line.split('\t').slice(0, 15)
      f[9] = f[12] = f[13] = ''
      return f.join('\t')
    })
    // Sorted by GeoNames id: a later cut of the same country diffs row by row.
    rows.sort((a, b) => +a.slice(0, a.indexOf('\t')) - +b.slice(0, b.indexOf('\t')))
    writeFileSync(join(out, `${cc}.tsv.gz`), gzipSync(rows.join('\n') + '\n', { level: 9 }))
    console.error(`${file}: ${cc}: ${s.kept} populated places of ${s.rows} rows, ${s.filled ?? 0} given the nearest bundled town's province`)
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}
