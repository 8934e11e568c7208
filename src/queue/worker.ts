/** @module queue/worker: take article jobs from PostgreSQL one by one, extract, store, complete; any number of these on any number of hosts. */
import { setTimeout as sleep } from 'node:timers/promises'
import type { Input } from '../pipeline.js'
import type { EventRecord } from '../schema/record.js'
import { ingestInput } from '../store/ingest.js'
import type { Store } from '../store/types.js'
import { extractor } from './extract.js'
import { ARTICLES, buryDead, queueCounts } from './jobs.js'
import type { JobQueue } from './jobs.js'

export interface WorkerOptions {
  /** Jobs taken at once (and extraction threads when more than one). */
  jobs: number
  /** Return once nothing is pending or running anywhere, instead of waiting for more. */
  exitWhenEmpty?: boolean
  /** Milliseconds between looks at an empty queue. */
  pollMs?: number
  /** One line per job: `ARTICLE_ID STATUS EVENTS` or `ARTICLE_ID failed: REASON`. */
  log?: (line: string) => void
  /** Checked between jobs: true → finish the job in hand and return. */
  stopping?: () => boolean
}

/**
 * The job is completed only after the store committed the article, so a worker killed at any
 * point leaves either nothing (the job is taken again) or a stored article whose re-run is a no-op.
 */
export async function runWorker(q: JobQueue, store: Store, options: WorkerOptions): Promise<{ stored: number; failed: number }> {
  const ex = extractor(options.jobs > 1 ? options.jobs : 0)
  const derive = async (input: Input): Promise<EventRecord[]> => {
    const done = await ex.run({ input })
    if (!done.ok) throw new Error(done.message)
    return done.records
  }
  let stored = 0, failed = 0
  const log = options.log ?? (() => {})
  const stopping = options.stopping ?? (() => false)
  async function loop(): Promise<void> {
    while (!stopping()) {
      const [job] = await q.boss.fetch<Input>(ARTICLES, { batchSize: 1 })
      if (!job) {
        await buryDead(q)
        if (options.exitWhenEmpty) {
          const c = await queueCounts(q)
          if (c.pending + c.running === 0) return
        }
        await sleep(options.pollMs ?? 500)
        continue
      }
      const id = job.data?.article?.id ?? job.id
      try {
        const out = await ingestInput(store, job.data, derive)
        await q.boss.complete(ARTICLES, job.id)
        stored++
        log(`${id} ${out.status} ${out.event_ids.length}`)
      } catch (error) {
        failed++
        const message = (error as Error).message
        await q.boss.fail(ARTICLES, job.id, { message })
        log(`${id} failed: ${message}`)
      }
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, loop))
    await buryDead(q)
  } finally {
    await ex.close()
  }
  return { stored, failed }
}
