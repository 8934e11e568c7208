/** @module scripts/eval-actors: how often ACLED's gold actors are among the actor mentions found. Usage: npx tsx scripts/eval-actors.ts [--limit N] [--misses K] */
// Reads ../shared/eval/acled-dev.jsonl at run time only; nothing from it is written anywhere.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extract } from '../src/pipeline.js'
import { text } from '../src/text/index.js'
import { places } from '../src/mentions/places/index.js'
import { actors } from '../src/mentions/actors/index.js'
import { packageRoot } from '../src/paths.js'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined }
const limit = Number(flag('--limit') ?? Infinity)
const showMisses = Number(flag('--misses') ?? 25)
const evalDir = process.env.SITREP_EVAL ?? join(packageRoot, '..', 'shared', 'eval')

interface Row { id: string; text: string; published?: string; gold: Record<string, string | number> }
const rows = readFileSync(join(evalDir, 'acled-dev.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as Row)
const run = [text(), places(), actors()]

const tally = { slots: 0, name: 0, inter: 0, both: 0, rows: 0, rowsAll: 0, mentions: 0 }
const byInter = new Map<number, { n: number; name: number; inter: number }>()
const missed = new Map<string, number>()
const rules = new Map<string, number>()
const started = performance.now()
for (const row of rows) {
  const doc = extract({ article: { id: row.id, title: null, section: null, byline: null, source: null, url: null, published: row.published ?? null, input: 'acled-dev' }, text: row.text }, run)
  const names = new Set(doc.actors.map((a) => a.name))
  const inters = new Set(doc.actors.map((a) => a.inter))
  tally.mentions += doc.actors.length
  for (const a of doc.actors) rules.set(a.rule, (rules.get(a.rule) ?? 0) + 1)
  let all = true
  for (const [k, i] of [['actor1', 'inter1'], ['actor2', 'inter2']] as const) {
    const name = String(row.gold[k] ?? '')
    if (!name) continue
    const inter = Number(row.gold[i])
    const b = byInter.get(inter) ?? { n: 0, name: 0, inter: 0 }
    tally.slots++; b.n++
    const hitName = names.has(name), hitInter = inters.has(inter)
    if (hitName) { tally.name++; b.name++ } else { all = false; missed.set(name, (missed.get(name) ?? 0) + 1) }
    if (hitInter) { tally.inter++; b.inter++ }
    byInter.set(inter, b)
  }
  tally.rows++
  if (all) tally.rowsAll++
}
const secs = (performance.now() - started) / 1000
const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-')
console.log(`acled-dev: ${tally.rows} notes, ${tally.slots} gold actors (actor1+actor2), ${tally.mentions} mentions, ${(tally.rows / secs).toFixed(0)} notes/s`)
console.log(`name recall ${pct(tally.name, tally.slots)}  inter recall ${pct(tally.inter, tally.slots)}  notes with every gold actor named ${pct(tally.rowsAll, tally.rows)}`)
for (const [inter, b] of [...byInter].sort((a, b) => a[0] - b[0])) console.log(`  inter ${inter}: n=${b.n} name ${pct(b.name, b.n)} inter ${pct(b.inter, b.n)}`)
console.log('rules:', [...rules].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', '))
if (showMisses) {
  console.log(`most missed gold names:`)
  for (const [name, n] of [...missed].sort((a, b) => b[1] - a[1]).slice(0, showMisses)) console.log(`  ${n}\t${name}`)
}
