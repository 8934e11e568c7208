/** @module scripts/import-reign: REIGN's leader list → data/sources/reign-leaders.csv, the source of every regime date. */
// Run: npx tsx scripts/import-reign.ts LEADERLIST.csv REGIME_LIST.csv
// (data_sets/leaderlist_3_21.csv and data_sets/regime_list.csv of github.com/OEFDataScience/REIGN.github.io;
// origin, terms and date in data/sources/README.md). Then run scripts/gen-state-actors.ts.
import { readFileSync, writeFileSync } from 'node:fs'
import { countries } from '../src/mentions/countries.js'
import { dataPath } from '../src/paths.js'
import { parseCsv } from './csv.js'


const [leaderFile, regimeFile] = process.argv.slice(2)
if (!leaderFile || !regimeFile) throw new Error('usage: npx tsx scripts/import-reign.ts LEADERLIST.csv REGIME_LIST.csv')
const read = (f: string) => parseCsv(readFileSync(f, 'latin1'))

// Correlates of War code → ISO2, through the country names REIGN's regime list gives each code.
// The few names that differ from every name world-countries knows are spelled out here.
const RENAMED: Record<string, string> = {
  'Korea North': 'KP', 'Korea South': 'KR', 'Congo-Brz': 'CG', 'Congo-Kin': 'CD', 'Congo/Zaire': 'CD', 'Cent. Af. Rep.': 'CF',
  'Central African Rep': 'CF', 'Dominican Rep': 'DO', 'Ivory Coast': 'CI', 'Burma/Myanmar': 'MM', 'Myanmar': 'MM', 'Timor Leste': 'TL',
  'UAE': 'AE', 'USSR': 'RU', 'Serbia': 'RS', 'Yugoslavia': 'RS', 'Germany West': 'DE', 'Macedonia': 'MK', 'Swaziland': 'SZ',
  'Cape Verde': 'CV', 'Gambia': 'GM', 'Bosnia': 'BA', 'Czech Rep': 'CZ', 'Czech Republic': 'CZ', 'Vietnam': 'VN', 'Russia': 'RU',
  'Laos': 'LA', 'Syria': 'SY', 'Iran': 'IR', 'Bolivia': 'BO', 'Venezuela': 'VE', 'Tanzania': 'TZ', 'Moldova': 'MD', 'Kyrgyzstan': 'KG',
  'Taiwan': 'TW', 'Brunei': 'BN', 'East Timor': 'TL', 'Guinea Bissau': 'GW', 'Sao Tome and Principe': 'ST', 'Trinidad & Tobago': 'TT',
  'St Kitts and Nevis': 'KN', 'St Lucia': 'LC', 'St Vincent': 'VC', UKG: 'GB', 'Cen African Rep': 'CF', 'St. Lucia': 'LC', 'St. Vincent and the Grenadines': 'VC', 'Solomon Is.': 'SB',
}
const byName = new Map<string, string>()
for (const c of countries().values()) for (const n of [c.name, ...c.names]) byName.set(n.toLowerCase(), c.iso)
const isoOfCode = new Map<string, string>()
const unknown = new Set<string>()
// States that no longer exist (East Germany, Czechoslovakia, South Yemen, South Vietnam) have no ISO code and are left out.
for (const [code, name] of read(regimeFile).slice(1)) {
  const iso = RENAMED[name] ?? byName.get(name.toLowerCase())
  if (iso) { if (!isoOfCode.has(code)) isoOfCode.set(code, iso) } else unknown.add(`${code} ${name}`)
}

const pad = (n: string) => n.padStart(2, '0')
const out = ['iso,cow,leadid,leader,start,end']
const leaders = read(leaderFile)
const head = leaders[0]
const col = (name: string) => head.indexOf(name)
const [cCode, cId, cName, cDay, cMonth, cYear, cEndM, cEndY] = ['ccode', 'leadid', 'leader', 'sdate', 'smonth', 'syear', 'emonth', 'eyear'].map(col)
let kept = 0
for (const r of leaders.slice(1)) {
  const iso = isoOfCode.get(r[cCode])
  if (!iso) { unknown.add(`${r[cCode]} (leader ${r[cName]})`); continue }
  // Leaders in office since 1945: ACLED's oldest regime dates (North Korea 1948) are not older.
  if (r[cEndY] && Number(r[cEndY]) < 1945) continue
  const start = `${r[cYear]}-${pad(r[cMonth])}-${pad(r[cDay])}`
  const end = r[cEndY] ? `${r[cEndY]}-${pad(r[cEndM])}` : ''
  const name = r[cName].includes(',') || r[cName].includes('"') ? `"${r[cName].replace(/"/g, '""')}"` : r[cName]
  out.push([iso, r[cCode], r[cId], name, start, end].join(','))
  kept++
}
writeFileSync(dataPath('sources', 'reign-leaders.csv'), out.join('\n') + '\n')
console.log(`wrote data/sources/reign-leaders.csv: ${kept} leaders of ${new Set(isoOfCode.values()).size} countries`)
if (unknown.size) console.log(`no ISO code for: ${[...unknown].join('; ')}`)
