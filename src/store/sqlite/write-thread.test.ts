/** SQLite writes in their own thread, batched: each write commits or fails alone, and none is lost or left unreported. */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import type { Param } from '../db.js'
import { batchedWriter, openSqlite } from './index.js'
import type { WriteChannel } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-write-thread-'))
after(() => rmSync(dir, { recursive: true, force: true }))

test('40 concurrent writes through the write thread: a failing one rolls back alone, the rest are readable once resolved', async () => {
  const db = openSqlite(join(dir, 'concurrent.db'))
  try {
    await db.write((tx) => tx.run('CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)'))
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, (_, i) => db.write(async (tx) => {
      await tx.run('INSERT INTO t (k, v) VALUES (?, ?)', [i, `row ${i}`])
      if (i === 17) throw new Error('write 17 gives up')
      if (i === 23) await tx.run('INSERT INTO t (k, v) VALUES (?, ?)', [5, 'a second row 5'])
      return i
    })))
    const failed = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [[i, (o.reason as Error).message]] : []))
    assert.deepEqual(failed, [[17, 'write 17 gives up'], [23, 'UNIQUE constraint failed: t.k']])
    assert.deepEqual(outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : [])), Array.from({ length: 40 }, (_, i) => i).filter((i) => i !== 17 && i !== 23))
    // Read on the main thread's own connection right after: every resolved write is committed.
    const rows = await db.all('SELECT k, v FROM t ORDER BY k')
    assert.deepEqual(rows.map((r) => r.k), Array.from({ length: 40 }, (_, i) => i).filter((i) => i !== 17 && i !== 23))
    assert.equal(rows.find((r) => r.k === 5)?.v, 'row 5')
  } finally {
    await db.close()
  }
})

test('close commits the writes still queued; a reopened store finds them all', async () => {
  const path = join(dir, 'close.db')
  const db = openSqlite(path)
  await db.write((tx) => tx.run('CREATE TABLE t (k INTEGER PRIMARY KEY)'))
  const writes = Array.from({ length: 25 }, (_, i) => db.write((tx) => tx.run('INSERT INTO t (k) VALUES (?)', [i])))
  await db.close()
  assert.equal((await Promise.allSettled(writes)).filter((o) => o.status === 'fulfilled').length, 25)
  const again = openSqlite(path)
  try {
    assert.deepEqual(await again.get('SELECT count(*) AS n FROM t'), { n: 25 })
  } finally {
    await again.close()
  }
})

/** A channel that records what the batcher asks; `failOn` makes one statement fail. */
function fakeChannel(failOn?: string): { channel: WriteChannel; log: string[] } {
  const log: string[] = []
  let inTx = false
  return {
    log,
    channel: {
      async ask(op, sql, params: readonly Param[] = [], inTransaction) {
        await new Promise((r) => setImmediate(r))
        log.push(`${op} ${sql ?? ''}${params.length ? ' ' + params.join(',') : ''}`)
        if (inTransaction && !inTx) throw new Error('no transaction')
        if (sql === failOn) { inTx = false; throw new Error('disk I/O error') }
        if (sql === 'BEGIN IMMEDIATE') inTx = true
        if (sql === 'COMMIT' || sql === 'ROLLBACK') inTx = false
        return undefined
      },
      async close() {},
    },
  }
}

test('writes waiting together share one transaction, each in its own savepoint, and resolve after the commit', async () => {
  const { channel, log } = fakeChannel()
  const w = batchedWriter(channel)
  const settled: string[] = []
  const writes = [1, 2, 3].map((i) => w.write(async (tx) => { await tx.run('INSERT', [i]); settled.push(`ran ${i}`); return i }).then((v) => { settled.push(`resolved ${v}`) }))
  await Promise.all(writes)
  assert.deepEqual(log, ['exec BEGIN IMMEDIATE',
    'exec SAVEPOINT sitrep_write', 'run INSERT 1', 'exec RELEASE sitrep_write',
    'exec SAVEPOINT sitrep_write', 'run INSERT 2', 'exec RELEASE sitrep_write',
    'exec SAVEPOINT sitrep_write', 'run INSERT 3', 'exec RELEASE sitrep_write', 'exec COMMIT'])
  assert.deepEqual(settled, ['ran 1', 'ran 2', 'ran 3', 'resolved 1', 'resolved 2', 'resolved 3'])
})

test('a commit that fails rejects every write of its batch, and the next batch runs', async () => {
  const { channel, log } = fakeChannel('COMMIT')
  const w = batchedWriter(channel)
  const outcomes = await Promise.allSettled([1, 2].map((i) => w.write(async (tx) => { await tx.run('INSERT', [i]); return i })))
  assert.deepEqual(outcomes.map((o) => (o.status === 'rejected' ? (o.reason as Error).message : 'stored')),
    ['not stored: the commit of its write batch failed: disk I/O error', 'not stored: the commit of its write batch failed: disk I/O error'])
  assert.deepEqual(log.slice(-2), ['exec COMMIT', 'exec ROLLBACK'])
  // A batch that lost its transaction to a failed statement: the write's savepoint is not taken outside one.
  const lost = fakeChannel('RELEASE sitrep_write')
  const w2 = batchedWriter(lost.channel)
  const two = await Promise.allSettled([1, 2].map((i) => w2.write(async (tx) => { await tx.run('INSERT', [i]); return i })))
  assert.deepEqual(two.map((o) => (o.status === 'rejected' ? (o.reason as Error).message : 'stored')), ['disk I/O error', 'disk I/O error'])
  await w2.idle()
  assert.deepEqual(lost.log, ['exec BEGIN IMMEDIATE', 'exec SAVEPOINT sitrep_write', 'run INSERT 1', 'exec RELEASE sitrep_write',
    'exec ROLLBACK TO sitrep_write; RELEASE sitrep_write', 'exec SAVEPOINT sitrep_write', 'exec COMMIT',
    // Write 2 waited for a batch of its own.
    'exec BEGIN IMMEDIATE', 'exec SAVEPOINT sitrep_write', 'run INSERT 2', 'exec RELEASE sitrep_write',
    'exec ROLLBACK TO sitrep_write; RELEASE sitrep_write', 'exec COMMIT'])
})
