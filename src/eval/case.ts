/** @module eval/case: score CASE 2021 snippets (news-style text → ACLED sub-type, or no event for 5 unseen topics). */
import { dumpScored, inputName, readJsonl, runGold } from './gold.js'
import type { LabelPair } from './metrics.js'
import { macroF1 } from './metrics.js'
import type { FileResult, Metric, ScoreOptions } from './result.js'
import { subTypeResult } from './result.js'
import type { CaseGold, CasePrediction } from './compare.js'
import { countCase } from './compare.js'

export type { CaseGold } from './compare.js'

export interface CaseRow { id: string; text: string; gold: CaseGold }

const share = (a: number, b: number): number | null => (b ? a / b : null)

export function scoreCase(path: string, options: ScoreOptions = {}): FileResult {
  const name = options.name ?? path
  const started = performance.now()
  const rows = readJsonl<CaseRow>(path, options.limit)
  const items: { gold: CaseGold; predicted: CasePrediction }[] = []
  let failed = 0
  for (const { line, row } of rows) {
    // Snippets carry no date: published stays null, as for an article with no dateline.
    const { doc, records } = runGold(inputName(path, line), { id: row.id, text: row.text, published: null })
    // The brief's rule for snippets: the first record, whatever its status; any record is an alarm.
    const first = records[0] ?? null
    const predicted = { subEventType: first?.sub_event_type ?? null, eventType: first?.event_type ?? null, any: records.length > 0 }
    items.push({ gold: row.gold, predicted })
    const ok = row.gold.sub_event_type === null
      ? { false_alarm: predicted.any }
      : { covered: predicted.any, sub_event_type: predicted.subEventType === row.gold.sub_event_type, event_type: predicted.eventType === row.gold.event_type }
    if (dumpScored(options.dump, { file: name, id: row.id, line, text_len: row.text.length, gold: row.gold, predicted: first, records: records.length, ok }, doc)) failed++
  }
  const c = countCase(items)
  // Macro-F1 over the ACLED sub-types present in gold; a non-ACLED row given a sub-type is a false positive of it.
  const pairs: LabelPair[] = items.map((x) => ({ gold: x.gold.sub_event_type, predicted: x.predicted.subEventType }))
  const f1 = macroF1(pairs)
  const metrics: Metric[] = [
    { key: 'coverage', label: 'coverage (ACLED rows with an event)', value: share(c.covered, c.acled), n: c.acled },
    { key: 'sub_event_type_macro_f1', label: 'sub-event type macro-F1 (ACLED types in gold)', value: f1.f1, n: c.rows },
    { key: 'accuracy', label: 'accuracy (non-ACLED right = no event)', value: share(c.correct, c.rows), n: c.rows },
    { key: 'sub_event_type', label: 'sub-event type accuracy (ACLED rows)', value: share(c.subCorrect, c.acled), covered: share(c.subCorrect, c.covered), n: c.acled },
    { key: 'event_type', label: 'event type accuracy (ACLED rows)', value: share(c.typeCorrect, c.acled), covered: share(c.typeCorrect, c.covered), n: c.acled },
    { key: 'false_alarm_rate', label: 'false alarm rate (non-ACLED rows)', value: share(c.falseAlarms, c.other), n: c.other },
    { key: 'failed', label: 'articles the pipeline failed on', value: failed, n: c.rows, unit: 'count' },
  ]
  return subTypeResult(name, 'case', rows.length, started, metrics, pairs, f1.perClass, options)
}
