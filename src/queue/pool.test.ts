import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { threadPool } from './pool.js'

const script = new URL('./fixtures/flaky-thread.mjs', import.meta.url)

test('a task whose thread dies once runs again on a fresh thread: no article is lost', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pool-'))
  const pool = threadPool<{ value: number; crash?: string }, number>(script, 1)
  try {
    assert.deepEqual(await Promise.all([pool.run({ value: 1 }), pool.run({ value: 2, crash: join(dir, 'marker') }), pool.run({ value: 3 })]), [2, 4, 6])
  } finally {
    await pool.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a task that kills every thread it runs on fails, and the tasks after it still run', async () => {
  const pool = threadPool<{ value: number; crash?: string }, number>(script, 1)
  try {
    const [bad, good] = await Promise.allSettled([pool.run({ value: 1, crash: 'always' }), pool.run({ value: 5 })])
    assert.equal(bad.status, 'rejected')
    assert.deepEqual(good, { status: 'fulfilled', value: 10 })
  } finally {
    await pool.close()
  }
})
