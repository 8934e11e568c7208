/** @module merge/measure: pairwise precision and recall of the merge rule on the labelled pairs; run `node dist/src/merge/measure.js` for the figures. */
import { pathToFileURL } from 'node:url'
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

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const [name, noise] of [['typical', TYPICAL], ['harsh', HARSH]] as const) {
    console.log(name, JSON.stringify(measure(labelledPairs(1000, 7, noise)), null, 1))
  }
}
