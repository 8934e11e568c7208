/**
 * @module bench/parallel: `--jobs` speed-up, two PostgreSQL workers against one, and peak memory of
 * `sitrep extract --jobs 2` over a large JSON Lines file (BENCH_MEMORY_ARTICLES, default 100,000;
 * 0 skips). BENCH_QUEUE=0 skips the queue part (it needs PostgreSQL at SITREP_TEST_PG); BENCH_JOBS=0 skips the
 * `--jobs` part (`BENCH_JOBS=0 BENCH_MEMORY_ARTICLES=0 npx tsx src/bench/parallel.ts` runs the queue part alone);
 * BENCH_JOBS_WARM (default 600 articles per thread, 0 skips) sets the warm-up of the warm-thread figures.
 */
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { Worker } from 'node:worker_threads'
import { join } from 'node:path'
import type { Result } from '../errors.js'
import { tuneV8 } from '../cli/v8.js'
import { packageRoot } from '../paths.js'
import type { Input } from '../pipeline.js'
import { extractAll, extractor } from '../queue/extract.js'
import { mapOrdered } from '../queue/ordered.js'
import { corpus } from './corpus.js'

const sitrep = join(packageRoot, 'bin', 'sitrep.js')

async function* items(docs: Input[]): AsyncGenerator<Result<Input>> {
  for (const value of docs) yield { ok: true, value }
}

/** Articles per second through extractAll: over the whole run, and from the first result on (threads loaded). */
async function jobsRate(docs: Input[], jobs: number): Promise<{ wall: number; steady: number; warm: number }> {
  const t0 = performance.now()
  let first = 0, half = 0, n = 0
  const mid = Math.floor(docs.length / 2)
  for await (const _ of extractAll(items(docs), { jobs })) {
    if (n++ === 0) first = performance.now()
    if (n === mid) half = performance.now()
  }
  const t1 = performance.now()
  // `warm`: the second half only. Each thread's V8 compiles its own hot code on helper threads for its
  // first few hundred articles; one job gets that done on the idle core, two jobs pay it from their own.
  return { wall: Math.round((n * 1000) / (t1 - t0)), steady: Math.round(((n - 1) * 1000) / (t1 - first)), warm: Math.round(((n - mid) * 1000) / (t1 - half)) }
}

/**
 * Articles per second of `jobs` threads that have each already extracted `warm` articles: the rate of a
 * long input (an archive), which is what --jobs is for. A fresh thread spends its first several hundred
 * articles compiling the pipeline's hot code on V8's helper threads (≈ 3 s CPU per thread, measured
 * per thread in /proc); one job gets that done on the idle core, two jobs pay it from the cores they
 * extract on, so over 1000 articles from a cold start two jobs gain little.
 */
async function warmRate(docs: Input[], jobs: number, warm: number): Promise<number> {
  const ex = extractor(jobs)
  try {
    // All in flight at once: each thread takes the next article when it is free, so each gets its share.
    await Promise.all(docs.slice(0, warm * jobs).map((input) => ex.run({ input })))
    const t0 = performance.now()
    let n = 0
    for await (const _ of mapOrdered(docs, (input) => ex.run({ input }), jobs * 8)) n++
    return Math.round((n * 1000) / (performance.now() - t0))
  } finally {
    await ex.close()
  }
}

/**
 * What the machine itself gives two threads: the same allocation-free loop on one thread, then on two
 * at once. Virtual cores that are hyperthreads of one physical core, or a host lending them to others,
 * give well under 2×; extraction on two jobs cannot scale better than this.
 */
async function hardwareCeiling(): Promise<number> {
  const code = `const { parentPort } = require('node:worker_threads'); let x = 0; for (let i = 0; i < 2e8; i++) x = (x * 31 + i) | 0; parentPort.postMessage(x)`
  const spin = () => new Promise<void>((resolve, reject) => { const w = new Worker(code, { eval: true }); w.once('message', () => { void w.terminate(); resolve() }); w.once('error', reject) })
  let t0 = performance.now()
  await spin()
  const one = performance.now() - t0
  t0 = performance.now()
  await Promise.all([spin(), spin()])
  const two = performance.now() - t0
  return Math.round(((2 * one) / two) * 100) / 100
}

/** Articles per second of `workers` worker processes draining `docs` from the queue. */
async function queueRun(url: string, docs: Input[], workers: number): Promise<number> {
  const { default: pg } = await import('pg')
  const schema = `sitrep_qbench_${process.pid}_${workers}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query(`CREATE SCHEMA ${schema}`)
    const u = new URL(url)
    u.searchParams.set('options', `-c search_path=${schema}`)
    const db = u.toString()
    const { openQueue, enqueue } = await import('../queue/jobs.js')
    const q = await openQueue(db)
    await enqueue(q, docs)
    await q.close()
    // A queue worker is a long-running service: count only jobs done once every worker has loaded
    // its pipeline (from the latest first job to the last job), so start-up does not blur the ratio.
    const stamps: number[][] = []
    await Promise.all(Array.from({ length: workers }, (_, w) => new Promise<void>((resolve, reject) => {
      stamps[w] = []
      const p = spawn(process.execPath, [sitrep, 'worker', '--db', db, '--jobs', '1', '--exit-when-empty'], { stdio: ['ignore', 'ignore', 'pipe'] })
      p.stderr.on('data', (chunk: Buffer) => {
        for (const line of chunk.toString().split('\n')) if (/^worker: bench-\d+ /.test(line)) stamps[w].push(performance.now())
      })
      p.on('error', reject)
      p.on('close', () => resolve())
    })))
    const start = Math.max(...stamps.map((s) => s[0]))
    const end = Math.max(...stamps.map((s) => s[s.length - 1]))
    const inWindow = stamps.flat().filter((t) => t > start).length
    return (inWindow * 1000) / (end - start)
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin.query(`DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`)
    await admin.end()
  }
}

/** Peak resident memory (MB) of `sitrep extract --jobs 2` over `n` articles of JSON Lines, and its rate. */
async function memoryRun(n: number): Promise<{ mb: number; perSecond: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-mem-'))
  try {
    const file = join(dir, 'big.jsonl')
    const out = createWriteStream(file)
    const base = corpus(1000)
    for (let i = 0; i < n; i++) {
      const d = base[i % base.length]
      if (!out.write(JSON.stringify({ id: `m-${i}`, text: d.text, title: d.article.title, published: d.article.published, source: 'Bench Wire' }) + '\n')) {
        await new Promise<void>((r) => out.once('drain', () => r()))
      }
    }
    await new Promise<void>((r) => out.end(() => r()))
    const t0 = performance.now()
    // GNU time's %M is the peak RSS of the process, threads included.
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, sitrep, 'extract', '--jobs', '2', file], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 })
    const seconds = (performance.now() - t0) / 1000
    const kb = Number(r.stderr.toString().trim().split('\n').pop())
    return { mb: Math.round(kb / 1024), perSecond: Math.round(n / seconds) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function runParallelBench(): Promise<Record<string, string | number>> {
  const out: Record<string, string | number> = {}
  if (process.env.BENCH_JOBS !== '0') {
    const docs = corpus(Number(process.env.BENCH_JOBS_ARTICLES ?? 1000))
    const one = await jobsRate(docs, 1)
    const two = await jobsRate(docs, 2)
    out.jobs1_articles_per_s = one.steady
    out.jobs2_articles_per_s = two.steady
    out.jobs2_speedup = Math.round((two.steady / one.steady) * 100) / 100
    out.jobs2_speedup_with_thread_start = Math.round((two.wall / one.wall) * 100) / 100
    out.jobs2_speedup_second_half = Math.round((two.warm / one.warm) * 100) / 100
    const warm = Number(process.env.BENCH_JOBS_WARM ?? 600)
    if (warm > 0) {
      const oneWarm = await warmRate(docs, 1, warm)
      const twoWarm = await warmRate(docs, 2, warm)
      out.jobs1_warm_articles_per_s = oneWarm
      out.jobs2_warm_articles_per_s = twoWarm
      out.jobs2_speedup_warm_threads = Math.round((twoWarm / oneWarm) * 100) / 100
    }
    out.jobs2_hardware_ceiling = await hardwareCeiling()
  }
  if (process.env.BENCH_QUEUE !== '0') {
    const url = process.env.SITREP_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test'
    const n = Number(process.env.BENCH_QUEUE_ARTICLES ?? 600)
    const qdocs = corpus(n)
    try {
      const r1 = await queueRun(url, qdocs, 1)
      const r2 = await queueRun(url, qdocs, 2)
      out.queue_1_worker_articles_per_s = Math.round(r1)
      out.queue_2_workers_articles_per_s = Math.round(r2)
      out.queue_2_workers_speedup = Math.round((r2 / r1) * 100) / 100
    } catch (error) {
      out.queue_1_worker_articles_per_s = `skipped (${(error as Error).message})`
    }
  }
  const memN = Number(process.env.BENCH_MEMORY_ARTICLES ?? 100_000)
  if (memN > 0) {
    const m = await memoryRun(memN)
    out.memory_articles = memN
    out.memory_peak_rss_mb = m.mb
    out.memory_jobs2_articles_per_s = m.perSecond
  }
  return out
}

if (process.argv[1] && /bench[\\/]parallel\.(js|ts)$/.test(process.argv[1])) {
  // Alone, as bench/index and bin/sitrep.js do: the V8 flags are process-wide, the threads get them too.
  tuneV8()
  for (const [k, v] of Object.entries(await runParallelBench())) process.stdout.write(`${k.padEnd(34)} ${v}\n`)
}
