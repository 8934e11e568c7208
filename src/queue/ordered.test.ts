import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mapOrdered } from './ordered.js'

test('results come in input order though later calls finish first, with at most `window` in flight', async () => {
  let inFlight = 0, most = 0
  const slow = async (n: number) => {
    inFlight++; most = Math.max(most, inFlight)
    await new Promise((r) => setTimeout(r, (5 - n) * 5))
    inFlight--
    return n * 10
  }
  const out: number[] = []
  for await (const r of mapOrdered([0, 1, 2, 3, 4], slow, 3)) out.push(r)
  assert.deepEqual(out, [0, 10, 20, 30, 40])
  assert.equal(most, 3)
})

test('a failed call rejects when its turn comes, after the results before it', async () => {
  const out: number[] = []
  const fn = async (n: number) => { if (n === 2) throw new Error('two'); return n }
  await assert.rejects(async () => { for await (const r of mapOrdered([0, 1, 2, 3], fn, 4)) out.push(r) }, /two/)
  assert.deepEqual(out, [0, 1])
})
