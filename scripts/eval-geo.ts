/** @module scripts/eval-geo: print geoparsing figures on the LGL and GeoVirus gold files. Usage: npx tsx scripts/eval-geo.ts [--limit N] [--dump DIR] */
import { join } from 'node:path'
import { scoreGeo } from '../src/eval/geo.js'
import { packageRoot } from '../src/paths.js'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined }
const limit = flag('--limit') ? Number(flag('--limit')) : undefined
const dumpDir = flag('--dump')
const evalDir = process.env.SITREP_EVAL ?? join(packageRoot, '..', 'shared', 'eval')
for (const name of ['geo-lgl', 'geo-geovirus']) {
  const started = performance.now()
  const s = scoreGeo(join(evalDir, `${name}.jsonl`), { limit, dump: dumpDir ? join(dumpDir, `${name}.dump.jsonl`) : undefined })
  const secs = (performance.now() - started) / 1000
  console.log(`${name.padEnd(13)} n=${s.n}  P=${s.precision}  R=${s.recall}  F1=${s.f1}  acc@161=${s.acc161}  median=${s.medianKm} km  (${(s.n / secs).toFixed(0)} articles/s incl. tokenising)`)
}
