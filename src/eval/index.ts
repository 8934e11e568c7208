/** @module eval: run every scorer over the gold files of an eval dir and gather their figures. */
import { existsSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { packageRoot } from '../paths.js'
import { scoreAcled } from './acled.js'
import { scoreArticles } from './articles.js'
import { scoreCase } from './case.js'
import { openDump } from './dump.js'
import { evalDir, goldFiles, resolveGold, sniffKind } from './files.js'
import { scoreGeoFile } from './geo-wire.js'
import { scorePlover } from './plover.js'
import type { EvalResult, FileResult, ScoreOptions } from './result.js'

export type { EvalResult, FileResult, Metric } from './result.js'
export { formatTable, formatConfusion } from './table.js'

export interface EvalOptions {
  dir?: string                         // default: $SITREP_EVAL_DIR, else ../shared/eval beside the package
  files?: string[]                     // names relative to dir (or absolute); default: every gold file in dir
  limit?: number                       // score the first N rows of each file
  dump?: string                        // JSON Lines: every article's gold next to the prediction
  confusion?: boolean                  // the table shows confusion matrices (the result always holds them)
  progress?: (msg: string) => void
}

const scorers: Record<Exclude<FileResult['kind'], 'geo' | 'unknown'>, (path: string, o: ScoreOptions) => FileResult> = {
  acled: scoreAcled, case: scoreCase, plover: scorePlover, articles: scoreArticles,
}

export async function runEval(options: EvalOptions = {}): Promise<EvalResult> {
  const started = performance.now()
  const dir = evalDir(options.dir)
  // A missing folder said as such (the reader's first run has none), not as node's "ENOENT: scandir".
  if (!existsSync(dir)) {
    throw new Error(`no evaluation data at ${dir}: give --dir DIR or set SITREP_EVAL_DIR (by default ../shared/eval beside the package)`)
  }
  const progress = options.progress
  const names = options.files?.length ? options.files : goldFiles(dir)
  if (options.dump && !relative(packageRoot, resolve(options.dump)).startsWith('..')) {
    progress?.(`dump ${options.dump} is inside the package: it holds gold text, never commit it`)
  }
  const dump = openDump(options.dump)
  const files: FileResult[] = []
  try {
    for (const name of names) {
      const path = resolveGold(dir, name)
      if (!existsSync(path)) {
        files.push({ file: name, kind: 'unknown', rows: 0, seconds: 0, metrics: [], skipped: `no such file: ${path}` })
        continue
      }
      const kind = sniffKind(path)
      const common: ScoreOptions = { name, dump, ...(options.limit !== undefined ? { limit: options.limit } : {}), ...(progress ? { progress } : {}) }
      progress?.(`${name}: scoring as ${kind}`)
      try {
        if (kind === 'geo') files.push(await scoreGeoFile(path, { ...common, ...(options.dump ? { dumpPath: options.dump } : {}) }))
        else if (kind === 'unknown') files.push({ file: name, kind, rows: 0, seconds: 0, metrics: [], skipped: 'no scorer for this gold shape' })
        else files.push(scorers[kind](path, common))
      } catch (error) {
        // One broken scorer or gold file must not hide the figures of the others; the CLI still exits non-zero.
        const message = (error as Error).message.split('\n')[0]
        progress?.(`${name}: failed: ${message}`)
        files.push({ file: name, kind, rows: 0, seconds: 0, metrics: [], error: message })
      }
    }
  } finally {
    dump.close()
  }
  return { dir, limit: options.limit ?? null, confusion: options.confusion ?? false, files, seconds: (performance.now() - started) / 1000 }
}
