/**
 * @module speed41.test: a phrase scan visits only the tokens where its index has a phrase starting (the token
 * table's starts, listed by index once); its matches are the same as trying every token left to right.
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

test('a part of a table is scanned from its own first start; a match may run past its end; overlaps are left out', () => {
  const fires = compilePhrases<string>([['set on fire', 'arson'], ['on fire', 'burning'], ['fire', 'shots'], ['fired at *', 'shooting'], ['fire*', 'any-fire']])
  // 0 gunmen 1 fired 2 at 3 a 4 bus 5 and 6 set 7 on 8 fire 9 a 10 shop 11 on 12 fire
  const t = tokens('Gunmen fired at a bus and set on fire a shop on fire')
  assert.deepEqual(show(fires.scan(t, 2, 9)), ['arson 6-8'])
  assert.deepEqual(show(fires.scan(t, 7, 8)), ['burning 7-8'])       // runs past the part's end, as before
  assert.deepEqual(show(fires.scan(t, 8, 12)), ['shots 8-8', 'any-fire 8-8', 'burning 11-12'])   // two of one length at one token: both
  assert.deepEqual(show(fires.scan(t, 0, 2)), ['shooting 1-3'])
  assert.deepEqual(show(fires.scan(t, 5, 5)), [])
  assert.deepEqual(show(fires.scan(t)), ['shooting 1-3', 'arson 6-8', 'burning 11-12'])
})

test('an index compiled after a table was scanned still finds its own phrases in that table', () => {
  const first = compilePhrases<string>([['ambush', 'ambush']])
  const t = tokens('rebels ambushed a convoy near the ford and an ambush followed')
  assert.deepEqual(show(first.scan(t)), ['ambush 9-9'])
  const later = compilePhrases<string>([['ambush*', 'any-ambush'], ['convoy', 'convoy'], ['near the *', 'near']])
  assert.deepEqual(show(later.scan(t, 0, 7)), ['any-ambush 1-1', 'convoy 3-3', 'near 4-6'])
  assert.deepEqual(show(first.scan(t, 2, 11)), ['ambush 9-9'])
  assert.deepEqual(show(later.scan(t)), ['any-ambush 1-1', 'convoy 3-3', 'near 4-6', 'any-ambush 9-9'])
})
