/** @module scripts/import-wikidata-days: the few Wikidata facts with a day that date regime periods no other source has (as snapshotted by every-politician-scrapers' country repositories) → data/sources/wikidata-days.csv. */
// Run: npx tsx scripts/import-wikidata-days.ts OWNER/NAME=GIT_DIR ...
// Each GIT_DIR is a clone of one repository named in WANTED below (origin, terms and date in
// data/sources/README.md). Only the rows WANTED names are copied, each with the commit it was read
// at. Then run scripts/gen-state-actors.ts.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dataPath } from '../src/paths.js'
import { parseCsv, quote } from './csv.js'

/**
 * One fact to copy: the row of `path` whose item column holds `item`.
 * `html/holders21.csv` (position, person, personID, start, end): a holder's tenure, P39 with P580/P582;
 * `html/positions.csv` (id, position, country, …, start): the office itself, its inception (P571);
 * `wikidata/results/YEAR-cabinets.csv` (item, itemLabel, …, began, ended): a cabinet, its inception (P571).
 */
interface Wanted { iso: string; repo: string; path: string; item: string; position?: string }
const WANTED: Wanted[] = [
  { iso: 'GE', repo: 'every-politician-scrapers/georgia-ministers', path: 'html/holders21.csv', item: 'Q57794', position: 'Prime Minister' },
  { iso: 'RO', repo: 'every-politician-scrapers/romania-cabinet', path: 'html/holders21.csv', item: 'Q671955', position: 'Prime Minister' },
  { iso: 'TH', repo: 'every-politician-scrapers/world', path: 'wikidata/results/2019-cabinets.csv', item: 'Q97230427' },
  { iso: 'TJ', repo: 'every-politician-scrapers/tajikistan-ministers', path: 'html/holders21.csv', item: 'Q57366', position: 'President' },
  { iso: 'VN', repo: 'every-politician-scrapers/vietnam', path: 'html/positions.csv', item: 'Q866680' },
]

const gitDirs = new Map(process.argv.slice(2).map((a) => a.split('=') as [string, string]))
const out = ['iso,item,label,fact,day,end,repo,path,commit,commit_date']
for (const w of WANTED) {
  const gitDir = gitDirs.get(w.repo)
  if (!gitDir) throw new Error(`usage: npx tsx scripts/import-wikidata-days.ts ${w.repo}=GIT_DIR ...`)
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
  const [commit, day] = git('log', '-1', '--format=%H %cs', '--', w.path).trim().split(' ')
  const [head, ...rows] = parseCsv(git('show', `${commit}:${w.path}`))
  const col = (name: string) => {
    const i = head.indexOf(name)
    if (i < 0) throw new Error(`${w.repo} ${w.path}: no column ${name}`)
    return i
  }
  const kind = w.path === 'html/holders21.csv' ? 'holder' : w.path === 'html/positions.csv' ? 'office' : /^wikidata\/results\/\d{4}-cabinets\.csv$/.test(w.path) ? 'cabinet' : null
  if (!kind) throw new Error(`${w.repo} ${w.path}: not a file this script reads`)
  const [cItem, cLabel, cStart, cEnd] = kind === 'holder' ? [col('personID'), col('person'), col('start'), col('end')]
    : kind === 'office' ? [col('id'), col('position'), col('start'), -1] : [col('item'), col('itemLabel'), col('began'), col('ended')]
  const cPosition = kind === 'holder' ? col('position') : -1
  const found = rows.filter((r) => r[cItem] === w.item && (!w.position || r[cPosition] === w.position))
  if (found.length !== 1) throw new Error(`${w.repo} ${w.path}@${commit}: ${found.length} rows for ${w.item} ${w.position ?? ''}`)
  const r = found[0]
  if (!/^\d{4}-\d{2}-\d{2}$/.test(r[cStart])) throw new Error(`${w.repo} ${w.path}: ${w.item} has no day (${r[cStart]})`)
  const fact = kind === 'holder' ? `took office as ${r[cPosition]}` : kind === 'office' ? 'office established' : 'cabinet began'
  out.push([w.iso, w.item, r[cLabel], fact, r[cStart], cEnd >= 0 ? r[cEnd] : '', w.repo, w.path, commit, day].map(quote).join(','))
}
writeFileSync(dataPath('sources', 'wikidata-days.csv'), out.join('\n') + '\n')
console.log(`wrote data/sources/wikidata-days.csv: ${out.length - 1} facts`)
