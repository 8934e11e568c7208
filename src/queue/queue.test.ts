/**
 * Two real worker processes on the real PostgreSQL (SITREP_TEST_PG); one is killed with SIGKILL in
 * the middle of the batch. Nothing may be lost and nothing stored twice; a job that cannot succeed
 * goes to the dead-letter table after three attempts. Unreachable server: fails when CI=true, else skips.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import type { Input } from '../pipeline.js'
import { openStore } from '../store/index.js'
import { ARTICLES, deadJobs, enqueue, openQueue, queueCounts } from './jobs.js'

const base = process.env.SITREP_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test'
const root = fileURLToPath(new URL('../..', import.meta.url))
const TOWNS = ['Gao', 'Mopti', 'Kidal', 'Timbuktu', 'Menaka', 'Segou', 'Sikasso', 'Kayes', 'Koulikoro', 'Djenne',
  'Maiduguri', 'Kano', 'Zaria', 'Sokoto', 'Yola', 'Bauchi', 'Gombe', 'Jos', 'Makurdi', 'Lokoja']
const N = 20

function article(i: number): Input {
  const day = String(1 + i).padStart(2, '0')
  return { article: { id: `q-${i}`, title: null, section: null, byline: null, source: 'Queue Wire', url: null, published: `2024-03-${day}`, input: `test:${i}` },
    text: `Gunmen killed ${3 + i} villagers in an attack on a market in ${TOWNS[i]} on Monday, local officials said.` }
}

/** A worker process running the CLI from source; SIGKILL once it has stored `killAfter` articles. */
function worker(url: string, killAfter?: number): Promise<{ stored: number; signal: string | null }> {
  const code = `import('./src/cli/main.ts').then(async (m) => { process.exitCode = await m.main(['worker', '--db', ${JSON.stringify(url)}, '--jobs', '1', '--exit-when-empty'], { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }) })`
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', '-e', code], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] })
    let stored = 0
    p.stderr.on('data', (chunk: Buffer) => {
      stored += chunk.toString().split('\n').filter((l) => /^worker: q-\d+ \w/.test(l)).length
      if (killAfter !== undefined && stored >= killAfter) p.kill('SIGKILL')
    })
    p.on('error', reject)
    p.on('close', (_code, signal) => resolve({ stored, signal }))
  })
}

test('two workers, one killed mid-batch: every article stored once, a hopeless job in the dead letters', async (t) => {
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
  } catch (error) {
    if (process.env.CI === 'true') throw error
    t.skip(`PostgreSQL unreachable at ${base}`)
    return
  }
  const schema = `sitrep_q${process.pid}`
  const u = new URL(base)
  u.searchParams.set('options', `-c search_path=${schema}`)
  const url = u.toString()
  try {
    await admin.query(`CREATE SCHEMA ${schema}`)
    const q = await openQueue(url)
    try {
      await enqueue(q, Array.from({ length: N }, (_, i) => article(i)), 3)
      await q.boss.send(ARTICLES, { not: 'an article' }, { expireInSeconds: 3, retryDelay: 0 })
      assert.deepEqual(await queueCounts(q), { pending: N + 1, running: 0, done: 0, failed: 0 })
    } finally {
      await q.close()
    }
    const [killed, survivor] = await Promise.all([worker(url, 2), worker(url)])
    assert.equal(killed.signal, 'SIGKILL')
    assert.ok(survivor.stored >= N - killed.stored, `the survivor stored ${survivor.stored}`)

    const q2 = await openQueue(url)
    try {
      assert.deepEqual(await queueCounts(q2), { pending: 0, running: 0, done: N, failed: 1 })
      const dead = await deadJobs(q2)
      assert.equal(dead.length, 1)
      assert.equal(dead[0].article_id, '')
      assert.match(dead[0].reason, /Cannot read properties of undefined/)
    } finally {
      await q2.close()
    }
    const store = await openStore(url)
    try {
      const h = await store.health()
      assert.equal(h.articles, N)
      const perArticle = new Map<string, number>()
      for await (const e of store.scanEvents({})) {
        const ids = e.sources.map((s) => s.article_id)
        assert.equal(new Set(ids).size, ids.length, `event ${e.id} lists an article twice`)
        for (const id of ids) perArticle.set(id, (perArticle.get(id) ?? 0) + 1)
      }
      // Each article reports one attack in its own town: one event each, none twice, none missing.
      assert.deepEqual([...perArticle.keys()].sort(), Array.from({ length: N }, (_, i) => `q-${i}`).sort())
      assert.deepEqual([...new Set(perArticle.values())], [1])
    } finally {
      await store.close()
    }
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await admin.query(`DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`)
    await admin.end()
  }
})
