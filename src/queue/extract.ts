/** @module queue/extract: articles → extraction results in input order, on N worker threads or in this one. */
import { availableParallelism } from 'node:os'
import { knowledgeFiles, readAhead } from '../ahead.js'
import type { Result } from '../errors.js'
import type { Input } from '../pipeline.js'
import { loadRun } from './bundle.js'
import { mapOrdered } from './ordered.js'
import type { ThreadPool } from './pool.js'
import type { ExtractDone, ExtractTask } from './run.js'

/** How many threads `--jobs` means when not given: every core. */
export const defaultJobs = (): number => availableParallelism()
/** Tasks in flight per thread: enough to keep each busy while the head of the line is written. */
const PER_THREAD = 8

export interface ExtractAllOptions { jobs: number; explain?: boolean; verbose?: boolean; small?: SmallInput }
/** One input item and, when it was read, what extraction made of it. */
export interface Extracted { item: Result<Input>; done?: ExtractDone }

/** Extraction on threads: `extractor(threads)` gives a function per task and a close. */
export interface Extractor { run(task: ExtractTask): Promise<ExtractDone>; close(): Promise<void> }

// Compiled, the thread is thread.js beside this file; under tsx (tests) it is the .ts source.
const fromSource = import.meta.url.endsWith('.ts')
const threadScript = new URL(fromSource ? './thread.ts' : './thread.js', import.meta.url)

/**
 * Old-generation heap of one extraction thread. The pipeline's live data is ≈ 130 MB after a full
 * collection; without a ceiling V8 lets garbage pile up to gigabytes before collecting. The ceiling
 * is what bounds a long run's memory: at 512 MB two threads' heaps alone could reach 1.1 GB (young
 * generations included), and a 100,000-article bench run once peaked at 1.5 GB RSS; at 256 MB the
 * worst case of `--jobs 2` is ≈ 0.86 GB (each thread: heap ceiling + 48 MB young generation + ≈ 100 MB
 * outside the heap; the main thread ≈ 50 MB). Measured over 3,000 bench articles on one thread: heap
 * at most 173 MB (512 MB ceiling) and 190 MB (256 MB ceiling), live data ≈ 110 MB after a full
 * collection, the same CPU time under both. (Not under tsx, the tests, whose on-the-fly compilation
 * needs far more.)
 */
export const THREAD_HEAP_MB = 256

/** A thread pool of `threads` running queue/thread, or (0) this thread, loading the pipeline only on first use. */
export function extractor(threads: number): Extractor {
  if (threads < 1) {
    let run: Promise<(task: ExtractTask) => ExtractDone> | null = null
    return {
      async run(task) {
        // The knowledge files are read off this thread while the pipeline's modules compile.
        run ??= Promise.all([loadRun(), readAhead(knowledgeFiles())]).then(([m]) => m.runExtract)
        return (await run)(task)
      },
      async close() { /* nothing started */ },
    }
  }
  // pool.js (and node:worker_threads with it) loads only here: a short input, run in this thread, never needs it.
  const pool: Promise<ThreadPool<ExtractTask, ExtractDone>> = import('./pool.js')
    .then((m) => m.threadPool(threadScript, threads, fromSource ? undefined : { maxOldGenerationSizeMb: THREAD_HEAP_MB }))
  return { run: async (task) => (await pool).run(task), close: async () => (await pool).close() }
}

/** Every item of `source` with its extraction, in input order, at most jobs × 8 in flight. */
export async function* extractAll(source: AsyncIterable<Result<Input>>, options: ExtractAllOptions): AsyncGenerator<Extracted> {
  const { items, threads } = await threadsFor(source, options.jobs, options.small)
  const ex = extractor(threads)
  try {
    const one = async (item: Result<Input>): Promise<Extracted> =>
      item.ok ? { item, done: await ex.run({ input: item.value, explain: options.explain, verbose: options.verbose })
        // A thread that died (out of memory on a monster article) fails that article only; the pool replaces it.
        .catch((error: Error): ExtractDone => ({ ok: false, message: error.message })) } : { item }
    yield* mapOrdered(items, one, Math.max(1, threads) * PER_THREAD)
  } finally {
    await ex.close()
  }
}

/** An input this small runs in this thread: starting threads (each loads the pipeline) costs more than it saves. */
export interface SmallInput { articles: number; chars: number }
export const SMALL_INPUT: SmallInput = { articles: 32, chars: 512 * 1024 }

/**
 * Threads cost a second of loading each, so a small input (up to SMALL_INPUT, a single article
 * whatever its size) runs in this thread (threads 0) whatever `jobs` says: read ahead until the
 * input ends or passes that size. Longer inputs run on `jobs` threads, even one, whose heap
 * ceiling keeps memory bounded.
 */
export async function threadsFor(source: AsyncIterable<Result<Input>>, jobs: number, small: SmallInput = SMALL_INPUT): Promise<{ items: AsyncIterable<Result<Input>>; threads: number }> {
  const it = source[Symbol.asyncIterator]()
  const head: Result<Input>[] = []
  let articles = 0
  let chars = 0
  let ended = false
  while (articles < 2 || (articles <= small.articles && chars <= small.chars)) {
    const next = await it.next()
    if (next.done) { ended = true; break }
    head.push(next.value)
    if (next.value.ok) { articles++; chars += next.value.value.text.length }
  }
  const items = (async function* () {
    yield* head
    if (ended) return
    for (let next = await it.next(); !next.done; next = await it.next()) yield next.value
  })()
  return { items, threads: articles < 2 || ended ? 0 : Math.max(1, jobs) }
}
