/** @module scripts/import-coups: the Cline Center Coup d'État Project's events → data/sources/cdp-coups.csv, the source of the regime dates that follow a coup. */
// Run: npx tsx scripts/import-coups.ts COUP_DATA.csv
// (version 2.1.2 of the Cline Center Coup d'État Project Dataset; origin, terms and date in
// data/sources/README.md). Then run scripts/gen-state-actors.ts.
import { readFileSync, writeFileSync } from 'node:fs'
import { dataPath } from '../src/paths.js'
import { parseCsv } from './csv.js'


const [file] = process.argv.slice(2)
if (!file) throw new Error('usage: npx tsx scripts/import-coups.ts COUP_DATA.csv')
const rows = parseCsv(readFileSync(file, 'utf8'))
const head = rows[0]
const col = (name: string) => {
  const i = head.indexOf(name)
  if (i < 0) throw new Error(`${file}: no column ${name}`)
  return i
}
const [cId, cCow, cCountry, cYear, cMonth, cDay, cType] = ['coup_id', 'cowcode', 'country', 'year', 'month', 'day', 'event_type'].map(col)

// Correlates of War code → ISO2, from the REIGN extract (both use COW codes for states); REIGN
// files Serbia under Yugoslavia's 345, the coup data under Serbia's own 340.
const isoOfCow = new Map<string, string>([['340', 'RS']])
for (const line of readFileSync(dataPath('sources', 'reign-leaders.csv'), 'utf8').trim().split('\n').slice(1)) {
  const [iso, cow] = line.split(',')
  if (!isoOfCow.has(cow)) isoOfCow.set(cow, iso)
}

const pad = (n: string) => n.padStart(2, '0')
const out = ['iso,cowcode,coup_id,date,event_type']
const unknown = new Set<string>()
let kept = 0
for (const r of rows.slice(1)) {
  // Events since ACLED's coverage starts (1997) with a full day; older ones date no ACLED period.
  if (Number(r[cYear]) < 1997 || !r[cMonth] || !r[cDay]) continue
  const iso = isoOfCow.get(r[cCow])
  if (!iso) { unknown.add(`${r[cCow]} ${r[cCountry]}`); continue }
  out.push([iso, r[cCow], r[cId], `${r[cYear]}-${pad(r[cMonth])}-${pad(r[cDay])}`, r[cType]].join(','))
  kept++
}
writeFileSync(dataPath('sources', 'cdp-coups.csv'), out.join('\n') + '\n')
console.log(`wrote data/sources/cdp-coups.csv: ${kept} events`)
if (unknown.size) console.log(`no ISO code for: ${[...unknown].join('; ')}`)
