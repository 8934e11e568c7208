/** @module merge/measure: pairwise precision and recall of the merge rule on the labelled pairs; run `node dist/src/merge/measure.js` for the figures. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { openStore, recordsOf } from '../store/index.js'
import type { Deriver } from '../store/index.js'
import type { EventRecord } from '../schema/record.js'
import { passageOf, writtenOf } from './details.js'
import { STORIES } from './stories.js'
import { WIRE } from './wire.js'
import { MORE } from './more.js'
import { FRESH } from './fresh.js'
import { SIDES } from './sides.js'
import { TWINS } from './twins.js'
import type { StoryPair } from './stories.js'
import { mergeConfig } from './config.js'
import type { MergeConfig } from './config.js'
import { decide } from './match.js'
import { HARSH, TYPICAL, labelledPairs } from './pairs.js'
import type { LabelledPair } from './pairs.js'

export interface Figures { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; falseByKind: Record<string, number>; missedBy: Record<string, number> }

const round = (x: number) => Math.round(x * 1000) / 1000

export function measure(pairs: readonly LabelledPair[], cfg: MergeConfig = mergeConfig()): Figures {
  const f: Figures = { tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, falseByKind: {}, missedBy: {} }
  for (const p of pairs) {
    const d = decide(p.a, p.b, cfg)
    if (d.same && p.same) f.tp++
    else if (d.same) { f.fp++; f.falseByKind[p.kind] = (f.falseByKind[p.kind] ?? 0) + 1 }
    else if (p.same) { f.fn++; const why = d.reasons[d.reasons.length - 1].replace(/ against .*/, '').replace(/ \(.*?\)/g, '').replace(/[\d.]+/g, 'N'); f.missedBy[why] = (f.missedBy[why] ?? 0) + 1 }
    else f.tn++
  }
  f.precision = round(f.tp / Math.max(1, f.tp + f.fp))
  f.recall = round(f.tp / Math.max(1, f.tp + f.fn))
  return f
}

/**
 * The labelled pairs split by what a rule can see. A pair's signature is what the decision weighed: the differences
 * it paid for (a day, a sub-type, an area-level place, a one-sided actor, other tolls) and the kinds of shared content
 * (a toll, a claimant, a second figure, a unit, the named actors, close publication), or the hard limit that stopped it.
 * A same-incident pair is unresolvable by construction when its reports differ in a coded field, share no figure,
 * claimant or unit, and a near miss of the set has the very same signature: any rule reading these fields merges both
 * or neither. Returns the figures on the rest (`resolvable`), and those pairs' count.
 */
export function resolvable(pairs: readonly LabelledPair[], cfg: MergeConfig = mergeConfig()): { unresolvable: number; resolvable: Figures } {
  const sig = (p: LabelledPair): { key: string; content: boolean } => {
    const reasons = decide(p.a, p.b, cfg).reasons
    const last = reasons.at(-1) ?? ''
    const said = reasons.find((x) => x.startsWith('differences ')) ?? ''
    const m = /^differences (?:outweigh shared content|paid by shared content): (.*) against shared content [\d.]+(?: \((.*)\))?$/.exec(said)
    if (!m) return { key: last.startsWith('score') ? 'no difference' : last.replace(/\(.*?\)/g, '').replace(/[\d.]+/g, 'N'), content: false }
    const differences = m[1].replace(/\(.*?\)/g, '').replace(/ [\d.]+( \+|$)/g, '$1').replace(/\s+/g, ' ').trim()
    const shared = (m[2] ?? '').split('; ').map((x) => x.replace(/\(.*?\)/g, '').replace(/ \+[\d.]+$/, '').replace(/[\d.]+/g, 'N').trim()).filter(Boolean)
    return { key: `${differences} | ${shared.join('; ')}`, content: shared.some((x) => !/^(the same named actors|published close together)$/.test(x)) }
  }
  const near = new Set(pairs.filter((p) => !p.same).map((p) => sig(p).key))
  const keep = pairs.filter((p) => { if (!p.same) return true; const s = sig(p); return s.key === 'no difference' || s.content || !near.has(s.key) })
  return { unresolvable: pairs.length - keep.length, resolvable: measure(keep, cfg) }
}

export interface StoryFigures { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number; wrong: { name: string; same: boolean; reasons: string[] }[] }

/**
 * The hand-written article pairs (merge/stories.ts) through the pipeline and a store of their own each: a pair is said to
 * be one incident when the second article's records merge into the first's. `derive`: how articles become records.
 */
export async function measureStories(pairs: readonly StoryPair[] = STORIES, derive: Deriver = recordsOf): Promise<StoryFigures> {
  const f: StoryFigures = { tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, wrong: [] }
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-stories-'))
  try {
    for (const [n, p] of pairs.entries()) {
      // Writes on this thread: a write thread is a worker loading the store, started per pair (90 % of the time).
      const store = await openStore(join(dir, `s${n}.db`), { writeThread: false, readThreads: 0 })
      const merges: number[] = []
      const got: { text: string; records: EventRecord[] }[] = []
      try {
        for (const [k, story] of [p.a, p.b].entries()) {
          const article = { id: `story-${n}-${k}`, title: null, source: story.source, url: null, published: story.published }
          const records = await derive({ text: story.text, article: { ...article, section: null, byline: null, input: `stories#${n}.${k}` } })
          got.push({ text: story.text, records })
          merges.push(...(await store.putArticle({ ...article, text: story.text, revision: 0 }, records)).merges)
        }
        const said = merges.length > 0
        if (said && p.same) f.tp++
        else if (said) f.fp++
        else if (p.same) f.fn++
        else f.tn++
        if (said !== p.same) {
          // A false merge: the merge's reasons. A missed one: why each pair of the two articles' records stayed apart.
          const cfg = mergeConfig()
          const reasons = said ? (await store.getMerge(merges[0]))?.reasons ?? [] : got[0].records.flatMap((x) => got[1].records.map((y) => {
            const d = decide(x, y, cfg, { a: writtenOf([passageOf(got[0].text, x)], x, cfg), b: writtenOf([passageOf(got[1].text, y)], y, cfg) })
            return `${x.sub_event_type} (${x.location}, ${x.event_date}) / ${y.sub_event_type} (${y.location}, ${y.event_date}): ${d.reasons.at(-1)}`
          }))
          f.wrong.push({ name: p.name, same: p.same, reasons })
        }
      } finally {
        await store.close()
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  f.precision = round(f.tp / Math.max(1, f.tp + f.fp))
  f.recall = round(f.tp / Math.max(1, f.tp + f.fn))
  return f
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, noise] of [['typical', TYPICAL], ['harsh', HARSH]] as const) {
    const pairs = labelledPairs(1000, 7, noise)
    console.log(name, JSON.stringify(measure(pairs), null, 1))
    const r = resolvable(pairs)
    console.log(`${name}, without the ${r.unresolvable} same-incident pairs unresolvable by construction:`, JSON.stringify({ tp: r.resolvable.tp, fp: r.resolvable.fp, fn: r.resolvable.fn, tn: r.resolvable.tn, precision: r.resolvable.precision, recall: r.resolvable.recall }))
  }
  console.log('stories', JSON.stringify(await measureStories(), null, 1))
  console.log('wire', JSON.stringify(await measureStories(WIRE), null, 1))
  console.log('more', JSON.stringify(await measureStories(MORE), null, 1))
  console.log('fresh', JSON.stringify(await measureStories(FRESH), null, 1))
  console.log('sides', JSON.stringify(await measureStories(SIDES), null, 1))
  console.log('twins', JSON.stringify(await measureStories(TWINS), null, 1))
}
