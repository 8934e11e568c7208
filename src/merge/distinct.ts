/**
 * @module merge/distinct: false merges on real reports. ACLED codes each row as an incident of its own, so the
 * rows of one region and fortnight ingested into a store, each as an article through the pipeline, should merge
 * never: every merge is a false one. Reads the eval dir at run time (nothing of it is kept); prints per group.
 * `node dist/src/merge/distinct.js [--min N] [--groups G] [--max M] [--why]`: by default every group of at least
 * two rows (a row alone cannot merge), all its rows; `--groups G` the G largest only; `--why` each merge's reasons.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { evalDir } from '../eval/files.js'
import { openStore, recordsOf } from '../store/index.js'

interface Row { id: string; text: string; published: string | null; source: string | null; gold: { iso: string; admin1: string; event_date: string } }

const { values } = parseArgs({ options: { min: { type: 'string' }, groups: { type: 'string' }, max: { type: 'string' }, why: { type: 'boolean' } } })
const rows = readFileSync(join(evalDir(), 'acled-dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row)
const groups = new Map<string, Row[]>()
for (const r of rows) {
  const key = `${r.gold.iso} ${r.gold.admin1} fortnight ${Math.floor(Date.parse(r.gold.event_date) / (14 * 86_400_000))}`
  groups.set(key, [...(groups.get(key) ?? []), r])
}
const min = Number(values.min ?? 2)
const chosen = [...groups].filter(([, g]) => g.length >= min).sort((a, b) => b[1].length - a[1].length).slice(0, values.groups ? Number(values.groups) : undefined)
let notes = 0
let merged = 0
for (const [key, group] of chosen) {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-distinct-'))
  const store = await openStore(join(dir, 'distinct.db'), { writeThread: false, readThreads: 0 })
  let merges = 0
  const part = group.slice(0, values.max ? Number(values.max) : undefined)
  for (const r of part) {
    const article = { id: r.id, title: null, source: r.source, url: null, published: r.published }
    const records = await recordsOf({ text: r.text, article: { ...article, section: null, byline: null, input: `acled-dev.jsonl#${r.id}` } })
    const ids = (await store.putArticle({ ...article, text: r.text, revision: 0 }, records)).merges
    merges += ids.length
    if (values.why) for (const id of ids) { const m = await store.getMerge(id); console.log(JSON.stringify({ group: key, row: r.id, survivor: m?.survivor, absorbed: m?.absorbed, reasons: m?.reasons })) }
  }
  await store.close()
  rmSync(dir, { recursive: true, force: true })
  notes += part.length
  merged += merges
  if (merges || part.length >= 20) console.log(JSON.stringify({ group: key, notes: part.length, merges }))
}
console.log(JSON.stringify({ groups: chosen.length, notes, merges: merged, share: Math.round((merged / Math.max(1, notes)) * 10000) / 10000 }))
