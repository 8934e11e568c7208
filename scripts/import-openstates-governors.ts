/** @module scripts/import-openstates-governors: the governors' start days that date regime periods no other source has, from Open States' people data (CC0 1.0) → data/sources/openstates-governors.csv. */
// Run: npx tsx scripts/import-openstates-governors.ts GIT_DIR
// GIT_DIR is a clone of https://github.com/openstates/people (data/XX/executive/*.yml, one file per officeholder,
// roles with start_date; origin and terms in data/sources/README.md). Only the officeholders WANTED names are read,
// each at the commit given (a file may since have been removed when its holder left office). Then run
// scripts/gen-state-actors.ts.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { parse } from 'yaml'
import { dataPath } from '../src/paths.js'
import { quote } from './csv.js'

/** One officeholder's role: the file `path` at `commit`, its role of `type` whose start day is taken. */
interface Wanted { id: string; iso: string; commit: string; path: string; type: string; name: string }
const WANTED: Wanted[] = [
  // Sworn in on 7 August 2019 after Puerto Rico's Supreme Court annulled Pierluisi's five days as governor.
  { id: 'pr-governor-vazquez', iso: 'PR', commit: '9152cafa34e44a5ef98f71b707e97f83a5ff0bfe~1', type: 'governor', name: 'Wanda Vazquez Garced',
    path: 'data/pr/executive/Wanda-Vazquez-Garced-c10b9ca5-196e-4906-ad49-39e171d74563.yml' },
]

interface Person { id: string; name: string; roles?: { type: string; start_date?: string; end_date?: string; jurisdiction?: string }[] }
const gitDir = process.argv[2]
if (!gitDir) throw new Error('usage: npx tsx scripts/import-openstates-governors.ts GIT_DIR (a clone of openstates/people)')
const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 })
const out = ['id,iso,role,person,day,end_day,ocd_id,repo,path,commit,commit_date']
for (const w of WANTED) {
  const commit = git('rev-parse', w.commit).trim()
  const where = `openstates/people ${w.path}@${commit}`
  const p = parse(git('show', `${commit}:${w.path}`)) as Person
  if (p.name !== w.name) throw new Error(`${where}: the officeholder is "${p.name}"`)
  const roles = (p.roles ?? []).filter((r) => r.type === w.type && r.start_date)
  if (roles.length !== 1) throw new Error(`${where}: ${roles.length} ${w.type} roles with a start day`)
  const r = roles[0]
  const day = String(r.start_date)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`${where}: start day "${day}"`)
  const commitDate = git('log', '-1', '--format=%cs', commit).trim()
  out.push([w.id, w.iso, w.type, p.name, day, String(r.end_date ?? ''), p.id, 'openstates/people', w.path, commit, commitDate].map(quote).join(','))
}
writeFileSync(dataPath('sources', 'openstates-governors.csv'), out.join('\n') + '\n')
console.log(`wrote data/sources/openstates-governors.csv: ${out.length - 1} roles`)
