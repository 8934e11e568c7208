/** @module bench: throughput, start-up and memory of extraction, against a bare wink-nlp pass (npm run bench). */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extract, extractUpTo, pipeline } from '../pipeline.js'
import type { Input } from '../pipeline.js'
import type { Doc } from '../doc.js'
import type { Stage } from '../stage.js'
import { toRecords } from '../events/records.js'
import { createRequire } from 'node:module'
import { packageRoot } from '../paths.js'
import { corpus, quietCorpus } from './corpus.js'
import { tuneV8, V8_FLAGS } from '../cli/v8.js'

function rate(n: number, ms: number): number { return Math.round((n * 1000) / ms) }
/** CPU milliseconds of this process (every thread: V8's GC and compiler helpers too): unlike wall time, barely moved by other load. */
function cpuMs(): number { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }

// Loaded first into the cold-start child: at exit it writes its own CPU time (all threads) to stderr.
const CPU_AT_EXIT = `data:text/javascript,${encodeURIComponent("import { writeSync } from 'node:fs'; process.on('exit', () => { const u = process.cpuUsage(); writeSync(2, `\\ncpu-ms ${(u.user + u.system) / 1000}\\n`) })")}`

/** Median of a list of numbers. */
function median(xs: number[]): number { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2 }

/**
 * Cold start: a fresh process extracting one article, ten times; wall time and the child's own CPU
 * time (steadier under load), each as the median and the best of the ten.
 */
function startup(): { wall: number; cpu: number; bestWall: number; bestCpu: number } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'))
  const file = join(dir, 'one.txt')
  writeFileSync(file, 'World\nClashes near Aleppo\nGunmen attacked a checkpoint near Aleppo on Sunday, killing three soldiers.\n')
  const times: number[] = [], cpus: number[] = []
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now()
    const r = spawnSync(process.execPath, ['--import', CPU_AT_EXIT, join(packageRoot, 'bin', 'sitrep.js'), 'extract', '--pub-date', '2024-03-12', file], { stdio: ['ignore', 'ignore', 'pipe'] })
    times.push(performance.now() - t0)
    const cpu = /cpu-ms ([\d.]+)/.exec(r.stderr?.toString() ?? '')
    if (cpu) cpus.push(Number(cpu[1]))
  }
  return { wall: median(times), cpu: cpus.length ? median(cpus) : -1, bestWall: Math.min(...times), bestCpu: cpus.length ? Math.min(...cpus) : -1 }
}

export async function runBench(n = Number(process.env.BENCH_ARTICLES ?? 2000)): Promise<Record<string, number>> {
  const docs = corpus(n)
  const kb = docs.reduce((s, d) => s + d.text.length, 0) / docs.length / 1024
  extract(docs[0]) // load knowledge once, outside the timing
  // The baseline: wink with tokenizing and sentence breaking only (no POS, no NER), its own instance.
  const require = createRequire(import.meta.url)
  const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'), ['sbd'])
  let t0 = performance.now(), c0 = cpuMs()
  for (const d of docs) { const w = nlp.readDoc(d.text); w.tokens().out(); w.sentences().out() }
  const bare = rate(n, performance.now() - t0), bareCpu = rate(n, cpuMs() - c0)
  t0 = performance.now()
  for (const d of docs) extractUpTo(d, 'places')
  const geo = rate(n, performance.now() - t0)
  t0 = performance.now(); c0 = cpuMs()
  let events = 0
  for (const d of docs) events += toRecords(extract(d)).length
  const full = rate(n, performance.now() - t0), fullCpu = rate(n, cpuMs() - c0)
  // Local, business and sports news with no event word (most of an archive): figures and dates are not read.
  const quiet = quietCorpus(Math.min(n, 1000))
  for (const d of quiet.slice(0, 50)) extract(d)
  c0 = cpuMs()
  for (const d of quiet) toRecords(extract(d))
  const quietCpu = rate(quiet.length, cpuMs() - c0)
  const figures: Record<string, number> = {
    articles: n, avg_kb: Math.round(kb * 10) / 10, events,
    extract_articles_per_s: full, geoparse_articles_per_s: geo, bare_wink_articles_per_s: bare,
    ratio_to_bare_wink: Math.round((full / bare) * 100) / 100,
    // The same per CPU second: comparable between runs on a loaded machine, where wall-clock rates are not.
    extract_articles_per_cpu_s: fullCpu, bare_wink_articles_per_cpu_s: bareCpu,
    ratio_to_bare_wink_cpu: Math.round((fullCpu / bareCpu) * 100) / 100,
    extract_no_event_articles_per_cpu_s: quietCpu,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  }
  // BENCH_STAGES=1: one more pass, each stage timed on its own (CPU ms per article): where extraction spends.
  if (process.env.BENCH_STAGES === '1') for (const [stage, ms] of Object.entries(stageCosts(docs))) figures[`stage_${stage}_ms_per_article`] = ms
  // BENCH_COLD=0 skips the ten cold starts (the extraction figures alone, while iterating).
  const cold = process.env.BENCH_COLD !== '0' && existsSync(join(packageRoot, 'dist', 'src', 'cli', 'main.js')) ? startup() : { wall: -1, cpu: -1, bestWall: -1, bestCpu: -1 }
  figures.cold_startup_ms = Math.round(cold.wall)
  figures.cold_startup_cpu_ms = Math.round(cold.cpu)
  figures.cold_startup_best_ms = Math.round(cold.bestWall)
  figures.cold_startup_best_cpu_ms = Math.round(cold.bestCpu)
  return figures
}

/** CPU milliseconds per article of each stage over `docs` (stages timed in turn, as `extract` runs them). */
function stageCosts(docs: readonly Input[]): Record<string, number> {
  const spent = new Map<string, number>()
  const timed: Stage[] = pipeline().map((stage) => {
    const run = (doc: Doc): void => {
      const c0 = cpuMs()
      try { stage(doc) } finally { spent.set(stage.name, (spent.get(stage.name) ?? 0) + cpuMs() - c0) }
    }
    // extract names a crashed stage by its function's name.
    Object.defineProperty(run, 'name', { value: stage.name })
    return run
  })
  for (const d of docs) toRecords(extract(d, timed))
  return Object.fromEntries([...spent].map(([name, ms]) => [name, Math.round((ms / docs.length) * 1000) / 1000]))
}

/** The 1-minute load average: on a shared machine, wall-clock rates and the --jobs speed-up mean little without it. */
const load = (): number => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0])

async function main(): Promise<void> {
  // As bin/sitrep.js does (SITREP_V8_DEFAULTS=1 measures without).
  tuneV8()
  const loadBefore = existsSync('/proc/loadavg') ? load() : -1
  const figures = await runBench()
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(28)} ${v}\n`)
  // The parallel, store and dashboard benches: each in its own module, skipped with BENCH_PARALLEL=0 / BENCH_STORE=0 / BENCH_WEB=0.
  for (const [file, fn, flag] of [['parallel.js', 'runParallelBench', 'BENCH_PARALLEL'], ['store.js', 'runStoreBench', 'BENCH_STORE'], ['web.js', 'runWebBench', 'BENCH_WEB']] as const) {
    const path = join(packageRoot, 'dist', 'src', 'bench', file)
    if (!existsSync(path) || process.env[flag] === '0') continue
    process.stderr.write(`bench: ${file.replace('.js', '')} ...\n`)
    const mod = await import(path)
    const more = await mod[fn]()
    for (const [k, v] of Object.entries(more as Record<string, unknown>)) process.stdout.write(`${k.padEnd(28)} ${v}\n`)
  }
  process.stdout.write(`${'v8_flags'.padEnd(28)} ${process.env.SITREP_V8_DEFAULTS === '1' ? 'defaults' : V8_FLAGS.join(' ')}\n`)
  if (loadBefore >= 0) process.stdout.write(`${'load_average_1min'.padEnd(28)} ${loadBefore} at start, ${load()} at end\n`)
}

if (process.argv[1] && /bench[\\/]index\.(js|ts)$/.test(process.argv[1])) await main()
