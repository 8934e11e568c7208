/** @module scripts/import-wikidata-leaders: Wikidata's heads of state and government (as snapshotted by every-politician-scrapers/world-leaders-2021) → data/sources/wikidata-leaders.csv, the source of the regime years after REIGN's last update. */
// Run: npx tsx scripts/import-wikidata-leaders.ts GIT_DIR [EXTRACT.csv@COMMIT ...]
// GIT_DIR: a clone of github.com/every-politician-scrapers/world-leaders-2021 (origin, terms and
// date in data/sources/README.md). Every committed version of its data/wikidata.csv (a daily
// Wikidata query of the holders of each country's head-of-state and head-of-government offices,
// with the year each began) is read, so a leader who held office between two updates is kept.
// EXTRACT.csv@COMMIT: rows of a newer version of that file (same columns) that the clone lacks,
// copied from the version at COMMIT; they count as the newest. Then run scripts/gen-state-actors.ts.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { countries } from '../src/mentions/countries.js'
import { dataPath } from '../src/paths.js'
import { parseCsv, quote } from './csv.js'



const [gitDir, ...extracts] = process.argv.slice(2)
if (!gitDir) throw new Error('usage: npx tsx scripts/import-wikidata-leaders.ts GIT_DIR [EXTRACT.csv@COMMIT ...]')
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })

// Wikidata's country labels that no name world-countries knows matches.
const RENAMED: Record<string, string> = {
  "People's Republic of China": 'CN', 'Kingdom of the Netherlands': 'NL', 'Kingdom of Denmark': 'DK', 'realm of the United Kingdom': 'GB',
  'The Gambia': 'GM', 'The Bahamas': 'BS', 'Ivory Coast': 'CI', 'Federated States of Micronesia': 'FM', 'Republic of the Congo': 'CG',
  'Democratic Republic of the Congo': 'CD', 'Kosovo': 'XK', 'Palestine': 'PS', 'State of Palestine': 'PS', 'Vatican City': 'VA',
  'Timor-Leste': 'TL', 'East Timor': 'TL', 'São Tomé and Príncipe': 'ST', 'Eswatini': 'SZ', 'Cape Verde': 'CV', 'Czech Republic': 'CZ',
  'Islamic Emirate of Afghanistan': 'AF', 'Danish Realm': 'DK',
}
const byName = new Map<string, string>()
for (const c of countries().values()) for (const n of [c.name, ...c.names]) byName.set(n.toLowerCase(), c.iso)

// Newest version first, so each row records the newest version that holds it.
const versions = git('log', '--all', '--format=%H %cs', '--', 'data/wikidata.csv').trim().split('\n').map((l) => l.split(' '))
const sources: [string, string, () => string][] = [
  ...extracts.map((x) => { const [file, commit] = x.split('@'); return [commit, '', () => readFileSync(file, 'utf8')] as [string, string, () => string] }),
  ...versions.map(([commit, day]) => [commit, day, () => git('show', `${commit}:data/wikidata.csv`)] as [string, string, () => string]),
]
const kept = new Map<string, string[]>()
const unknown = new Set<string>()
for (const [commit, day, read] of sources) {
  const rows = parseCsv(read())
  const head = rows[0]
  const col = (name: string) => head.indexOf(name)
  // One early version names the labels `…ItemLabel` and puts the country's item in `country`.
  const item = head.includes('countryItemLabel') ? 'ItemLabel' : 'Label'
  const [cCountry, cPos, cPosLabel, cHolder, cHolderLabel, cStart, cEnd] =
    [item === 'Label' ? 'country' : 'countryItemLabel', 'position', `position${item}`, 'officeholder', `officeholder${item}`, 'start_year', 'end_year'].map(col)
  if ([cCountry, cPos, cHolder, cStart].some((i) => i < 0)) continue
  for (const r of rows.slice(1)) {
    // Tenures begun since 2016: REIGN (to March 2021) holds the older ones, and ACLED's oldest
    // convention this source is needed for (Lebanon's president, 2016) is not older.
    if (!/^\d{4}$/.test(r[cStart]) || Number(r[cStart]) < 2016) continue
    const iso = RENAMED[r[cCountry]] ?? byName.get(r[cCountry].toLowerCase())
    if (!iso) { unknown.add(r[cCountry]); continue }
    const key = [iso, r[cPos], r[cHolder], r[cStart]].join('|')
    if (kept.has(key)) continue
    kept.set(key, [iso, r[cHolder], r[cHolderLabel] ?? '', r[cPos], r[cPosLabel] ?? '', r[cStart], r[cEnd] ?? '', commit, day])
  }
}
const out = ['iso,officeholder,officeholder_label,position,position_label,start_year,end_year,commit,commit_date']
for (const row of [...kept.values()].sort((a, b) => a[0].localeCompare(b[0]) || a[5].localeCompare(b[5]) || a[3].localeCompare(b[3]) || a[1].localeCompare(b[1]))) {
  out.push(row.map(quote).join(','))
}
writeFileSync(dataPath('sources', 'wikidata-leaders.csv'), out.join('\n') + '\n')
console.log(`wrote data/sources/wikidata-leaders.csv: ${kept.size} tenures from ${versions.length} versions (${versions.at(-1)![1]} to ${versions[0][1]}) and ${extracts.length} extract(s)`)
// The rest are unrecognised or historical states ACLED dates no period of (Somaliland, Transnistria…).
if (unknown.size) console.log(`left out, no ISO code for: ${[...unknown].join('; ')}`)
