/** @module eval/result: the shape every scorer returns, and the tally that averages per-row scores. */
import type { Dump } from './dump.js'
import type { ClassScore, Confusion, LabelPair } from './metrics.js'
import { confusion } from './metrics.js'

/** Options every file scorer takes. */
export interface ScoreOptions {
  name?: string                       // how the file is named in results and dump lines
  limit?: number                      // score the first N rows only
  dump?: Dump
  progress?: (msg: string) => void
}

/** One figure of one gold file. `value` over all rows; `covered` over the rows where something was predicted. */
export interface Metric {
  key: string                 // stable id for scripts reading `--json` ('sub_event_type', 'place_25km')
  label: string               // what the table prints
  value: number | null        // null: nothing to average (no rows) or the scorer could not say
  covered?: number | null     // the same figure over covered rows only, where that means something
  n: number                   // rows the value is taken over
  unit?: 'km' | 'count' | 's' // default: a share between 0 and 1
}

/** The figures for one gold file. */
export interface FileResult {
  file: string                // the name as given (relative to the eval dir when found there)
  kind: 'acled' | 'case' | 'geo' | 'plover' | 'articles' | 'unknown'
  rows: number
  seconds: number
  metrics: Metric[]
  skipped?: string            // why this file has no figures (no scorer, scorer missing)
  error?: string              // the scorer failed on this file (bad gold line, crash): the run is a failure
  confusion?: Confusion       // gold sub-type → predicted sub-type → count
  perClass?: ClassScore[]     // the macro-F1's per-class figures
}

export interface EvalResult {
  dir: string
  limit: number | null         // rows per file, when limited
  confusion: boolean          // the table shows the confusion matrices (the result always holds them)
  files: FileResult[]
  seconds: number
}

/**
 * The end of a scorer of sub-event types (acled, case): the time taken, told; the confusion matrix of `pairs`, dumped;
 * the file's result, with the macro-F1's per-class figures (`perClass`).
 */
export function subTypeResult(name: string, kind: 'acled' | 'case', rows: number, started: number, metrics: Metric[], pairs: readonly LabelPair[], perClass: ClassScore[], options: ScoreOptions): FileResult {
  const seconds = (performance.now() - started) / 1000
  options.progress?.(`${name}: ${rows} rows in ${seconds.toFixed(1)} s`)
  const matrix = confusion(pairs)
  options.dump?.write({ file: name, confusion: matrix })
  return { file: name, kind, rows, seconds, metrics, confusion: matrix, perClass }
}

interface Acc { sum: number; n: number; coveredSum: number; coveredN: number }

/**
 * Averages per-row scores (booleans or 0–1 numbers) twice: over every row, and over covered rows
 * only. A row with nothing predicted is still counted in `value`, as a miss, so coverage cannot
 * flatter the accuracy; `covered` shows how good the predictions that were made are.
 */
export class Tally {
  private readonly acc = new Map<string, Acc>()
  private readonly labels = new Map<string, string>()

  constructor(entries: readonly (readonly [key: string, label: string])[]) {
    for (const [key, label] of entries) {
      this.labels.set(key, label)
      this.acc.set(key, { sum: 0, n: 0, coveredSum: 0, coveredN: 0 })
    }
  }

  add(key: string, score: boolean | number, covered: boolean): void {
    const a = this.acc.get(key)
    if (!a) throw new Error(`eval: tally has no metric "${key}"`)   // our bug, not the data's
    const v = typeof score === 'number' ? score : score ? 1 : 0
    a.sum += v; a.n++
    if (covered) { a.coveredSum += v; a.coveredN++ }
  }

  metrics(): Metric[] {
    return [...this.acc].map(([key, a]) => ({
      key, label: this.labels.get(key) ?? key,
      value: a.n ? a.sum / a.n : null,
      covered: a.coveredN ? a.coveredSum / a.coveredN : null,
      n: a.n,
    }))
  }
}
