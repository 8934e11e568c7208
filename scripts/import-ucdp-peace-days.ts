/** @module scripts/import-ucdp-peace-days: the few days of the UCDP Peace Agreement Dataset (CC BY 4.0) that date regime periods no other source has → data/sources/ucdp-peace-days.csv. */
// Run: npx tsx scripts/import-ucdp-peace-days.ts GIT_DIR
// GIT_DIR is a clone of https://github.com/bherbst5/peace-agreement-survival, whose
// modeling_on_full_data/pad_merged.csv holds UCDP PAD 22.1's rows (origin, terms and date in
// data/sources/README.md). Only the agreements WANTED names are copied, each with the commit it was read at.
// Then run scripts/gen-state-actors.ts.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { dataPath } from '../src/paths.js'
import { parseCsv, quote } from './csv.js'

/** One agreement: the row of `path` at `commit` whose `paid` (UCDP's agreement id) is given; its name must match `name`. */
interface Wanted { id: string; iso: string; fact: string; commit: string; path: string; paid: string; name: RegExp }
const WANTED: Wanted[] = [
  { id: 'ps-gaza-jericho', iso: 'PS', fact: 'agreement handing the Gaza Strip and Jericho to Palestinian self-rule', commit: '2fef82cb0095e5cb61f6fc4629a3ea554402b96f',
    path: 'modeling_on_full_data/pad_merged.csv', paid: '1134', name: /^Agreement on the Gaza Strip and the Jericho Area$/ },
]

const gitDir = process.argv[2]
if (!gitDir) throw new Error('usage: npx tsx scripts/import-ucdp-peace-days.ts GIT_DIR (a clone of bherbst5/peace-agreement-survival)')
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
const out = ['id,iso,fact,day,paid,pa_name,conflict_name,repo,path,commit,commit_date']
for (const w of WANTED) {
  const where = `bherbst5/peace-agreement-survival ${w.path}@${w.commit}`
  const [head, ...body] = parseCsv(git('show', `${w.commit}:${w.path}`))
  const col = (name: string) => { const i = head.indexOf(name); if (i < 0) throw new Error(`${where}: no column ${name}`); return i }
  const found = body.filter((r) => r[col('paid')] === w.paid)
  if (found.length !== 1) throw new Error(`${where}: ${found.length} rows with paid ${w.paid}`)
  const r = found[0]
  if (!w.name.test(r[col('pa_name')])) throw new Error(`${where}: agreement ${w.paid} is "${r[col('pa_name')]}"`)
  const day = r[col('pa_date')]
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`${where}: agreement ${w.paid} has no day (${day})`)
  const commitDate = git('log', '-1', '--format=%cs', w.commit).trim()
  out.push([w.id, w.iso, w.fact, day, w.paid, r[col('pa_name')], r[col('conflict_name')], 'bherbst5/peace-agreement-survival', w.path, w.commit, commitDate].map(quote).join(','))
}
writeFileSync(dataPath('sources', 'ucdp-peace-days.csv'), out.join('\n') + '\n')
console.log(`wrote data/sources/ucdp-peace-days.csv: ${out.length - 1} agreements`)
