import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Result } from '../errors.js'
import type { Input } from '../pipeline.js'
import { extractAll } from './extract.js'

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

async function run(jobs: number) {
  const out: [string, string[]][] = []
  for await (const { item, done } of extractAll(source(), { jobs })) {
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
