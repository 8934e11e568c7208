import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Tokens } from '../doc.js'
import { compilePhrases } from './phrases.js'

/** Tokens from space-separated words (only the columns the matcher reads). */
function tokens(text: string): Tokens {
  const value = text.split(' ')
  const n = value.length
  return { count: n, value, norm: value.map((v) => v.toLowerCase()), pos: [], kind: [], start: new Int32Array(n), end: new Int32Array(n), sentence: new Int32Array(n) }
}

const index = compilePhrases<string>([
  ['kill*', 'prefix'], ['killed', 'exact'], ['killed in * clash', 'long'], ['kilo', 'other'], ['set on fire', 'fire'], ['set', 'set'],
])

test('at gives every phrase matching at a token, longest first, exact and prefix first words alike', () => {
  const t = tokens('Gunmen killed three in a clash')
  assert.deepEqual(index.at(t, 1).map((m) => [m.value, m.first, m.last]), [['prefix', 1, 1], ['exact', 1, 1]])
  const u = tokens('they killed in a clash')
  assert.deepEqual(index.at(u, 1).map((m) => [m.value, m.last]), [['long', 4], ['prefix', 1], ['exact', 1]])
  assert.deepEqual(index.at(u, 0), [])
  assert.deepEqual(index.at(u, 9), [])
})

test('scan keeps the longest matches left to right, and the same word meets the same phrases in every document', () => {
  const t = tokens('Killing went on ; houses were set on fire ; the set was killed in the clash')
  assert.deepEqual(index.scan(t).map((m) => [m.value, m.first, m.last]),
    [['prefix', 0, 0], ['fire', 6, 8], ['set', 11, 11], ['long', 13, 16]])
  // A second document with the same words: the per-word lists built by the first scan give the same answers.
  assert.deepEqual(index.scan(tokens('killed in the clash kilo')).map((m) => [m.value, m.first, m.last]), [['long', 0, 3], ['other', 4, 4]])
  assert.deepEqual(index.scan(t, 5, 10).map((m) => m.value), ['fire'])
})

test('a hyphenated phrase matches whether the tokenizer keeps the word whole or splits it at the hyphen', () => {
  const hy = compilePhrases<string>([['anti-aircraft gun*', 'aa'], ['sit-in', 'sit']])
  // wink keeps prefixed words whole ('anti-aircraft') and splits others ('sit - in'); both readings are found.
  assert.deepEqual(hy.scan(tokens('anti-aircraft guns fired')).map((m) => [m.value, m.first, m.last]), [['aa', 0, 1]])
  assert.deepEqual(hy.scan(tokens('anti - aircraft guns fired')).map((m) => [m.value, m.first, m.last]), [['aa', 0, 3]])
  assert.deepEqual(hy.scan(tokens('a sit - in followed')).map((m) => [m.value, m.first, m.last]), [['sit', 1, 3]])
  assert.deepEqual(hy.scan(tokens('anti aircraft guns')).map((m) => m.value), [])
})

test('the per-word lists stay right after a document brings more distinct words than a bucket keeps', () => {
  // 5,000 distinct words of the 'kil' bucket: its cache is cleared on the way, and answers do not change.
  const many = tokens(Array.from({ length: 5000 }, (_, i) => `kill${i}x`).join(' '))
  assert.equal(index.scan(many).length, 5000)
  assert.deepEqual(index.scan(many).slice(0, 2).map((m) => [m.value, m.first]), [['prefix', 0], ['prefix', 1]])
  assert.deepEqual(index.at(tokens('they killed in a clash'), 1).map((m) => m.value), ['long', 'prefix', 'exact'])
  // The twin: 'kilo' is exact, so 'kilos' (same bucket, same first letters) meets nothing.
  assert.deepEqual(index.at(tokens('kilos'), 0), [])
})
