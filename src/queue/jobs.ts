/**
 * @module queue/jobs: articles as jobs in PostgreSQL through pg-boss. A job is one article; a job
 * that fails three times (an error, or a worker that died holding it) goes to the dead-letter
 * table `<schema>.dead_letter` with its reason. Exactly-once storage rests on the store: an article
 * stored again with the same id and text changes nothing, so a job run twice stores once.
 */
import PgBoss from 'pg-boss'
import type { Input } from '../pipeline.js'

export const ARTICLES = 'sitrep-articles'
export const DEAD = 'sitrep-articles-dead'
/** Attempts before the dead-letter table: the first run and two retries. */
export const RETRY_LIMIT = 2
/** Seconds a job may run before it counts as failed and is taken again (a killed worker holds it that long). */
export const DEFAULT_JOB_TIMEOUT = 60

export interface QueueCounts { pending: number; running: number; done: number; failed: number }
export interface DeadJob { job_id: string; article_id: string; input: string; reason: string; failed_at: string }

/** The queue's own schema: `<search_path>_queue` when the URL sets one (tests, several stores per database), else `sitrep_queue`. */
export function queueSchema(url: string): string {
  const options = new URL(url).searchParams.get('options') ?? ''
  const path = /search_path=([a-z_][a-z0-9_]*)/i.exec(options)?.[1]
  return `${path ?? 'sitrep'}_queue`.toLowerCase()
}

export interface OpenQueueOptions { maintenanceSeconds?: number; onError?: (error: Error) => void }

/** pg-boss started on a database, and the schema it keeps its tables in. */
export interface JobQueue { readonly boss: PgBoss; readonly schema: string; close(): Promise<void> }

/** Start pg-boss on `url` (creating its schema, the two queues and the dead-letter table when missing). */
export async function openQueue(url: string, options: OpenQueueOptions = {}): Promise<JobQueue> {
  const schema = queueSchema(url)
  const boss = new PgBoss({ connectionString: url, schema, max: 4, schedule: false,
    // Maintenance finds jobs whose worker died; it runs on one worker at a time (pg-boss holds a lock).
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 5 })
  boss.on('error', options.onError ?? ((error: Error) => { process.stderr.write(`sitrep queue: ${error.message}\n`) }))
  await boss.start()
  await boss.createQueue(DEAD)
  await boss.createQueue(ARTICLES, { name: ARTICLES, retryLimit: RETRY_LIMIT, retryDelay: 1, deadLetter: DEAD, expireInSeconds: DEFAULT_JOB_TIMEOUT })
  await boss.getDb().executeSql(`CREATE TABLE IF NOT EXISTS ${schema}.dead_letter (
    job_id uuid PRIMARY KEY, article_id text NOT NULL, input text NOT NULL, reason text NOT NULL, failed_at timestamptz NOT NULL DEFAULT now())`, [])
  return { boss, schema, close: () => boss.stop({ graceful: false, wait: true }) }
}

/** Add articles as jobs (one INSERT per call); `timeout` seconds per job before it is taken again. */
export async function enqueue({ boss }: JobQueue, inputs: readonly Input[], timeout = DEFAULT_JOB_TIMEOUT): Promise<void> {
  if (inputs.length === 0) return
  await boss.insert(inputs.map((data) => ({ name: ARTICLES, data, expireInSeconds: timeout, retryLimit: RETRY_LIMIT, retryDelay: 1, deadLetter: DEAD })))
}

/** Move jobs pg-boss gave up on into the dead-letter table, with the reason of their last failure. */
export async function buryDead({ boss, schema }: JobQueue): Promise<number> {
  let moved = 0
  for (;;) {
    const jobs = await boss.fetch<Input>(DEAD, { batchSize: 50, includeMetadata: true })
    if (jobs.length === 0) return moved
    for (const job of jobs) {
      const reason = reasonOf(job.output)
      await boss.getDb().executeSql(`INSERT INTO ${schema}.dead_letter (job_id, article_id, input, reason) VALUES ($1, $2, $3, $4) ON CONFLICT (job_id) DO NOTHING`,
        [job.id, job.data?.article?.id ?? '', job.data?.article?.input ?? '', reason])
    }
    await boss.complete(DEAD, jobs.map((j) => j.id))
    moved += jobs.length
  }
}

function reasonOf(output: unknown): string {
  const o = output as { message?: unknown; value?: { message?: unknown } } | null
  const m = o?.message ?? o?.value?.message
  return typeof m === 'string' ? m : JSON.stringify(output ?? 'unknown')
}

/** Jobs by state: pending (waiting or to retry), running, done (kept or archived), failed (dead letters). */
export async function queueCounts({ boss, schema }: JobQueue): Promise<QueueCounts> {
  const db = boss.getDb()
  const { rows } = await db.executeSql(`SELECT state::text AS state, count(*)::int AS n FROM (
      SELECT state FROM ${schema}.job WHERE name = $1 UNION ALL SELECT state FROM ${schema}.archive WHERE name = $1) j GROUP BY state`, [ARTICLES]) as { rows: { state: string; n: number }[] }
  const n = (s: string): number => rows.find((r) => r.state === s)?.n ?? 0
  const dead = await db.executeSql(`SELECT (SELECT count(*) FROM ${schema}.dead_letter)::int
      + (SELECT count(*) FROM ${schema}.job WHERE name = $1 AND state < 'completed')::int AS n`, [DEAD]) as { rows: { n: number }[] }
  return { pending: n('created') + n('retry'), running: n('active'), done: n('completed'), failed: dead.rows[0].n }
}

/** The dead letters, oldest first. */
export async function deadJobs({ boss, schema }: JobQueue): Promise<DeadJob[]> {
  const { rows } = await boss.getDb().executeSql(`SELECT job_id::text, article_id, input, reason, failed_at::text FROM ${schema}.dead_letter ORDER BY failed_at, job_id`, []) as { rows: DeadJob[] }
  return rows
}
