/** @module eval/acled: score ACLED-style gold (notes → full record), one predicted event per note. */
import { dumpScored, inputName, mainRecord, readJsonl, runGold } from './gold.js'
import { stripAnnotations } from './strip.js'
import type { AcledRow } from './compare.js'
import { ACLED_ROW_METRICS as ROW_METRICS, compareAcled } from './compare.js'
import type { LabelPair } from './metrics.js'
import { macroF1, median } from './metrics.js'
import type { FileResult, Metric, ScoreOptions } from './result.js'
import { subTypeResult, Tally } from './result.js'

export function scoreAcled(path: string, options: ScoreOptions = {}): FileResult {
  const name = options.name ?? path
  const started = performance.now()
  const rows = readJsonl<AcledRow>(path, options.limit)
  const tally = new Tally(ROW_METRICS)
  const pairs: LabelPair[] = []
  const kms: number[] = []
  let failed = 0
  rows.forEach(({ line, row }, i) => {
    // The coders' own annotations go first: a rule that read them would score here and never on news.
    const { doc, records } = runGold(inputName(path, line), { ...row, text: stripAnnotations(row.text) })
    const p = mainRecord(records)
    const ok = compareAcled(p, row.gold)
    for (const [key] of ROW_METRICS) tally.add(key, ok[key], p !== null)
    if (ok.km !== null) kms.push(ok.km)
    pairs.push({ gold: row.gold.sub_event_type, predicted: p?.sub_event_type ?? null })
    if (dumpScored(options.dump, { file: name, id: row.id, line, text_len: row.text.length, gold: row.gold, predicted: p, records: records.length, ok }, doc)) failed++
    if ((i + 1) % 1000 === 0) options.progress?.(`${name}: ${i + 1}/${rows.length} rows`)
  })
  const f1 = macroF1(pairs)
  const metrics: Metric[] = tally.metrics()
  // Coverage over covered rows is 1 by definition: leave that cell empty.
  metrics[0].covered = null
  metrics.splice(3, 0, { key: 'sub_event_type_macro_f1', label: 'sub-event type macro-F1', value: f1.f1, n: rows.length })
  metrics.push(
    { key: 'median_km', label: 'median place error (rows with a point)', value: median(kms), n: kms.length, unit: 'km' },
    { key: 'failed', label: 'articles the pipeline failed on', value: failed, n: rows.length, unit: 'count' },
  )
  return subTypeResult(name, 'acled', rows.length, started, metrics, pairs, f1.perClass, options)
}
