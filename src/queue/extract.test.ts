import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Result } from '../errors.js'
import type { Input } from '../pipeline.js'
import { SMALL_INPUT, extractAll, threadsFor } from './extract.js'

const art = (id: string, text: string): Result<Input> => ({ ok: true, value: {
  article: { id, title: null, section: null, byline: null, source: 'Test Wire', url: null, published: '2024-05-06', input: `t:${id}` }, text } })
const items: Result<Input>[] = [
  art('a', 'Gunmen killed four villagers near Gao on Sunday, local officials said.'),
  { ok: false, error: { code: 'jsonl-malformed', message: 'not valid JSON', input: 't', line: 2 } },
  art('b', 'The central bank kept its interest rate unchanged on Monday.'),
  art('c', 'Police fired tear gas at protesters in Nairobi on Saturday.'),
  art('d', 'A roadside bomb killed three soldiers near Mosul on Friday, the army said.'),
]
async function* source() { yield* items }

// small: none, so that these few articles really go to the threads.
async function run(jobs: number) {
  const out: [string, string[]][] = []
  for await (const { item, done } of extractAll(source(), { jobs, small: { articles: 0, chars: 0 } })) {
    if (!item.ok) { out.push(['failure', [item.error.code]]); continue }
    assert.ok(done?.ok)
    out.push([item.value.article.id, done.records.map((r) => `${r.sub_event_type}@${r.location}`)])
  }
  return out
}

test('two threads give what one gives, in input order, failures in their place', async () => {
  const one = await run(1)
  assert.deepEqual(one.map(([id]) => id), ['a', 'failure', 'b', 'c', 'd'])
  assert.equal(one[2][1].length, 0)
  assert.ok(one[0][1].length > 0 && one[4][1].length > 0)
  assert.deepEqual(await run(2), one)
})

test('a small input runs in this thread whatever --jobs says; a longer one on the threads, every item kept in order', async () => {
  const many = (n: number, text = 'Police fired tear gas at protesters in Nairobi on Saturday.') =>
    (async function* () { for (let i = 0; i < n; i++) yield art(`m${i}`, text) })()
  const ids = async (it: AsyncIterable<Result<Input>>) => { const out: string[] = []; for await (const x of it) if (x.ok) out.push(x.value.article.id); return out }
  const small = await threadsFor(source(), 2)
  assert.equal(small.threads, 0)
  assert.deepEqual(await ids(small.items), ['a', 'b', 'c', 'd'])
  const long = await threadsFor(many(SMALL_INPUT.articles + 5), 2)
  assert.equal(long.threads, 2)
  assert.equal((await ids(long.items)).length, SMALL_INPUT.articles + 5)
  const big = await threadsFor(many(3, 'x'.repeat(SMALL_INPUT.chars)), 2)
  assert.equal(big.threads, 2)
  assert.deepEqual(await ids(big.items), ['m0', 'm1', 'm2'])
  const single = await threadsFor(many(1, 'x'.repeat(SMALL_INPUT.chars * 2)), 2)
  assert.equal(single.threads, 0)
})

// The thread heap ceiling bounds the memory of a long --jobs run: two threads' worst case (ceiling + 48 MB young
// generation + ≈ 100 MB outside the heap each, ≈ 50 MB main thread) stays under 1 GB; at 512 MB it reached 1.5 GB.
test('the extraction thread heap ceiling is 256 MB: --jobs 2 stays under 1 GB at worst', async () => {
  const { THREAD_HEAP_MB } = await import('./extract.js')
  assert.equal(THREAD_HEAP_MB, 256)
  assert.ok(50 + 2 * (THREAD_HEAP_MB + 48 + 100) < 1024)
})
