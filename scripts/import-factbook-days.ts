/** @module scripts/import-factbook-days: the few days of The World Factbook (CIA, public domain) that date regime periods no other source has, as snapshotted in factbook/factbook.json → data/sources/factbook-days.csv. */
// Run: npx tsx scripts/import-factbook-days.ts GIT_DIR
// GIT_DIR is a clone of https://github.com/factbook/factbook.json (origin, terms and date in
// data/sources/README.md). Only the facts WANTED names are copied, each with the commit it was read at
// and the clause of the Factbook's text that bears the day. Then run scripts/gen-state-actors.ts.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dataPath } from '../src/paths.js'
import { quote } from './csv.js'

/**
 * One fact: the text at `field` (JSON keys from the file's root) of `path` at `commit`; `cue` is a
 * regular expression whose first group is the day as the Factbook writes it ("5 August 2024"); the
 * whole match is kept as the row's quote.
 */
interface Wanted { id: string; iso: string; fact: string; commit: string; path: string; field: string[]; cue: string }
const WANTED: Wanted[] = [
  { id: 'bd-hasina-resigned', iso: 'BD', fact: 'prime minister resigned', commit: '783ed27f7a1116663c10e7b39d162d0c4500505d',
    path: 'south-asia/bg.json', field: ['Government', 'Legislative branch', 'note'], cue: 'resignation of Prime Minister [^;.]*? on (\\d{1,2} [A-Z][a-z]+ \\d{4})' },
  { id: 'mz-constitution-1990', iso: 'MZ', fact: 'constitution', commit: '86a1af16030f2732be35deb96533616d186e8ef8',
    path: 'africa/mz-mozambique.json', field: ['govt', 'constitution', 'text'], cue: '^(\\d{1,2} [A-Z][a-z]+ 1990)$' },
  { id: 'pr-governor-pierluisi', iso: 'PR', fact: 'governor took office', commit: 'c991632595f32c09ab220dcb5b9e193b95ed0dd4',
    path: 'central-america-n-caribbean/rq.json', field: ['Government', 'Executive branch', 'head of government', 'text'], cue: 'Governor Pedro PIERLUISI \\(since (\\d{1,2} [A-Z][a-z]+ \\d{4})\\)' },
  { id: 'sy-assad-overthrown', iso: 'SY', fact: 'president overthrown', commit: '783ed27f7a1116663c10e7b39d162d0c4500505d',
    path: 'middle-east/sy.json', field: ['Government', 'Executive branch', 'chief of state', 'text'], cue: 'ASAD was overthrown [^;.]*? on (\\d{1,2} [A-Z][a-z]+ \\d{4})' },
]

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
/** "5 August 2024" → "2024-08-05"; throws on anything else. */
function isoDay(text: string): string {
  const [d, m, y] = text.split(' ')
  const month = MONTHS.indexOf(m) + 1
  if (!month || !/^\d{4}$/.test(y)) throw new Error(`not a day: ${text}`)
  return `${y}-${String(month).padStart(2, '0')}-${d.padStart(2, '0')}`
}

const gitDir = process.argv[2]
if (!gitDir) throw new Error('usage: npx tsx scripts/import-factbook-days.ts GIT_DIR (a clone of factbook/factbook.json)')
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
const out = ['id,iso,fact,day,quote,repo,path,field,commit,commit_date']
for (const w of WANTED) {
  const where = `factbook/factbook.json ${w.path}@${w.commit}`
  let node: unknown = JSON.parse(git('show', `${w.commit}:${w.path}`))
  for (const key of w.field) node = (node as Record<string, unknown> | undefined)?.[key]
  if (typeof node !== 'string') throw new Error(`${where}: no text at ${w.field.join(' / ')}`)
  const found = [...node.matchAll(new RegExp(w.cue, 'g'))]
  if (found.length !== 1) throw new Error(`${where}: ${found.length} matches of ${w.cue}`)
  const commitDate = git('log', '-1', '--format=%cs', w.commit).trim()
  out.push([w.id, w.iso, w.fact, isoDay(found[0][1]), found[0][0], 'factbook/factbook.json', w.path, w.field.join(' / '), w.commit, commitDate].map(quote).join(','))
}
writeFileSync(dataPath('sources', 'factbook-days.csv'), out.join('\n') + '\n')
console.log(`wrote data/sources/factbook-days.csv: ${out.length - 1} facts`)
