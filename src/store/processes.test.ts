/** Real processes on one database: a writer killed with SIGKILL and restarted; two writers at once. */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { openStore } from './index.js'

const child = fileURLToPath(new URL('./ingest-child.ts', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'sitrep-proc-'))
after(() => rmSync(dir, { recursive: true, force: true }))

/** Start a writer; `killAfter` lines of output → SIGKILL. Resolves with the lines it printed and how it ended. */
function run(db: string, prefix: string, count: number, delay: number, killAfter?: number): Promise<{ lines: number; signal: string | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const p = spawn('npx', ['tsx', child, db, prefix, String(count), String(delay)], { stdio: ['ignore', 'pipe', 'inherit'], detached: true })
    let lines = 0
    p.stdout.on('data', (chunk: Buffer) => {
      lines += chunk.toString().split('\n').filter(Boolean).length
      // npx runs tsx runs node: kill the whole process group, not just npx.
      if (killAfter !== undefined && lines >= killAfter && p.pid) { try { process.kill(-p.pid, 'SIGKILL') } catch { /* already gone */ } }
    })
    p.on('error', reject)
    p.on('close', (code, signal) => resolve({ lines, signal, code }))
  })
}

async function counts(db: string): Promise<{ articles: number; events: number; sources: number[] }> {
  const store = await openStore(db)
  try {
    const h = await store.health()
    const sources: number[] = []
    for await (const e of store.scanEvents({})) sources.push(e.sources.length)
    return { articles: h.articles, events: h.events, sources }
  } finally {
    await store.close()
  }
}

test('a writer killed with SIGKILL mid-ingest, run again, stores every article exactly once', async () => {
  const db = join(dir, 'killed.db')
  const first = await run(db, 'k', 60, 15, 10)
  assert.equal(first.signal, 'SIGKILL')
  const partial = await counts(db)
  assert.ok(partial.articles >= 10 && partial.articles < 60, `killed after ${partial.articles} articles`)
  const second = await run(db, 'k', 60, 0)
  assert.equal(second.code, 0)
  const whole = await counts(db)
  assert.deepEqual([whole.articles, whole.events, whole.sources.every((n) => n === 1)], [60, 60, true])
})

async function twoWriters(db: string): Promise<void> {
  const [a, b] = await Promise.all([run(db, 'x', 40, 0), run(db, 'y', 40, 0)])
  assert.deepEqual([a.code, b.code], [0, 0])
  const got = await counts(db)
  // Every event of one writer is the same as the other's: 80 articles, 40 events of two sources each.
  assert.deepEqual([got.articles, got.events, got.sources.filter((n) => n === 2).length], [80, 40, 40])
}

test('two writers on one SQLite file lose no event and no merge', () => twoWriters(join(dir, 'two.db')))

const pgUrl = process.env.SITREP_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test'
test('two writers on one PostgreSQL database lose no event and no merge', async (t) => {
  const schema = `sitrep_proc_${process.pid}`
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
  } catch (error) {
    if (process.env.CI === 'true') throw error
    t.skip(`PostgreSQL unreachable at ${pgUrl}`)
    return
  }
  try {
    await client.query(`CREATE SCHEMA ${schema}`)
    const u = new URL(pgUrl)
    u.searchParams.set('options', `-c search_path=${schema}`)
    await twoWriters(u.toString())
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await client.end()
  }
})
