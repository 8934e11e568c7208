/**
 * @module speed42.test: each compiled phrase index sizes its bucket table by its own highest key id (filled by the
 * builtin) instead of asking the key Map for every id compiled before it. The tables differ in length from index to
 * index; what each index finds must not: tokens whose key belongs only to an index compiled later, or to none, or to
 * an index compiled earlier, match exactly as before.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Tokens } from './doc.js'
import { compilePhrases } from './text/phrases.js'

function tokens(text: string): Tokens {
  const value = text.split(' ')
  const n = value.length
  return { count: n, value, norm: value.map((v) => v.toLowerCase()), pos: [], kind: [], start: new Int32Array(n), end: new Int32Array(n), sentence: new Int32Array(n) }
}
const show = (ms: { value: string; first: number; last: number }[]) => ms.map((m) => `${m.value} ${m.first}-${m.last}`)

test('an index whose keys were all made before it (short table) and one with new keys (long table) each find their own phrases', () => {
  // Keys made here first ("qzx", "wvq"); the second index reuses one of them only, so its table ends below the newest ids.
  const early = compilePhrases<string>([['qzxa raid', 'raid'], ['wvqo strike', 'strike']])
  const reuse = compilePhrases<string>([['qzxa', 'lone']])
  const fresh = compilePhrases<string>([['jkvy shelling', 'shelling'], ['qzxa raid on *', 'raid-on']])
  // 0 jkvy 1 shelling 2 then 3 qzxa 4 raid 5 on 6 kfoo 7 and 8 wvqo 9 strike 10 zzzq
  const t = tokens('jkvy shelling then qzxa raid on kfoo and wvqo strike zzzq')
  assert.deepEqual(show(early.scan(t)), ['raid 3-4', 'strike 8-9'])
  assert.deepEqual(show(reuse.scan(t)), ['lone 3-3'])
  assert.deepEqual(show(fresh.scan(t)), ['shelling 0-1', 'raid-on 3-6'])
  // at(): a token whose key only a later index made ("jkv" for `reuse`), or none made ("zzz"), matches nothing.
  assert.deepEqual(show(reuse.at(t, 0)), [])
  assert.deepEqual(show(reuse.at(t, 10)), [])
  assert.deepEqual(show(early.at(t, 0)), [])
  assert.deepEqual(show(fresh.at(t, 8)), [])
  assert.deepEqual(show(early.at(t, 8)), ['strike 8-9'])
  assert.deepEqual(show(fresh.at(t, 3)), ['raid-on 3-6'])
  // Parts of the table, after the whole scans (starts listed by index).
  assert.deepEqual(show(reuse.scan(t, 2, 6)), ['lone 3-3'])
  assert.deepEqual(show(early.scan(t, 4, 11)), ['strike 8-9'])
  assert.deepEqual(show(fresh.scan(t, 1, 11)), ['raid-on 3-6'])
})

test('an index compiled after a scan, with keys old and new, finds them in a table scanned before it', () => {
  const first = compilePhrases<string>([['vbnq', 'one']])
  const t = tokens('vbnq gunmen vbnq xqpz fled')
  assert.deepEqual(show(first.scan(t)), ['one 0-0', 'one 2-2'])
  const later = compilePhrases<string>([['xqpz fled', 'fled'], ['vbnq gunmen', 'gunmen']])
  assert.deepEqual(show(later.scan(t)), ['gunmen 0-1', 'fled 3-4'])
  assert.deepEqual(show(later.scan(t, 1, 5)), ['fled 3-4'])
  assert.deepEqual(show(first.scan(t, 1, 5)), ['one 2-2'])
  assert.deepEqual(show(first.at(t, 3)), [])
})

test('an empty index matches nothing', () => {
  const none = compilePhrases<string>([])
  const t = tokens('qzxa raid')
  assert.deepEqual(show(none.scan(t)), [])
  assert.deepEqual(show(none.at(t, 0)), [])
  assert.deepEqual(show(none.scan(t, 0, 1)), [])
})
