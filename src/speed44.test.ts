/**
 * @module speed44.test: a phrase index keeps the last token table it was asked about (its whole scan, its key ids, its
 * starts) beside the WeakMaps. Going back and forth between tables, scanning one whole after a part of another, and
 * compiling an index between scans must find exactly what a fresh index finds.
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

test('scans alternating between two tables, whole and in parts, find each table\'s own phrases', () => {
  const index = compilePhrases<string>([['yvrk ambush', 'ambush'], ['yvrk', 'lone'], ['qmpl siege of *', 'siege']])
  // 0 yvrk 1 ambush 2 near 3 qmpl 4 siege 5 of 6 town
  const a = tokens('yvrk ambush near qmpl siege of town')
  // 0 qmpl 1 siege 2 of 3 hills 4 then 5 yvrk
  const b = tokens('qmpl siege of hills then yvrk')
  assert.deepEqual(show(index.scan(a, 2, 7)), ['siege 3-6'])
  assert.deepEqual(show(index.scan(b)), ['siege 0-3', 'lone 5-5'])
  // a was never scanned whole: its part is its own scan, not b's.
  assert.deepEqual(show(index.scan(a, 0, 3)), ['ambush 0-1'])
  assert.deepEqual(show(index.scan(a)), ['ambush 0-1', 'siege 3-6'])
  assert.deepEqual(show(index.scan(b, 1, 6)), ['lone 5-5'])
  assert.deepEqual(show(index.scan(a, 1, 7)), ['siege 3-6'])
  assert.deepEqual(show(index.scan(b)), ['siege 0-3', 'lone 5-5'])
  assert.deepEqual(show(index.at(a, 0)), ['ambush 0-1', 'lone 0-0'])
  assert.deepEqual(show(index.at(b, 0)), ['siege 0-3'])
})

test('an index compiled between scans of the same table sees keys and starts made after the table was first read', () => {
  const first = compilePhrases<string>([['xwvb', 'one']])
  const t = tokens('xwvb raid zqjh gunfire xwvb')
  assert.deepEqual(show(first.scan(t, 1, 5)), ['one 4-4'])
  // New keys ("zqj") and a new index: the table's ids and starts are made again.
  const later = compilePhrases<string>([['zqjh gunfire', 'gunfire'], ['xwvb raid', 'raid']])
  assert.deepEqual(show(later.scan(t, 1, 5)), ['gunfire 2-3'])
  assert.deepEqual(show(first.scan(t, 1, 5)), ['one 4-4'])
  assert.deepEqual(show(later.scan(t)), ['raid 0-1', 'gunfire 2-3'])
  assert.deepEqual(show(later.scan(t, 2, 5)), ['gunfire 2-3'])
  assert.deepEqual(show(first.scan(t)), ['one 0-0', 'one 4-4'])
})
