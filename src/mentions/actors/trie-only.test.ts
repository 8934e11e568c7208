/** @module mentions/actors/trie-only.test: a trie's part for some entries matches as the whole trie does, for those entries. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { Trie, wordsOf } from './phrases.js'

type T = { type: 'country' | 'group'; id: string }
const keepCountry = (e: { target: T }): boolean => e.target.type === 'country'

test('Trie.only walks just the kept entries and finds them as the whole trie does, in its order', () => {
  const trie = new Trie<T>()
  trie.add('Ruritania', { type: 'country', id: 'RR' })
  trie.add('Ruritanian', { type: 'country', id: 'RR-adj' })
  trie.add('Ruritanian Liberation Front', { type: 'group', id: 'RLF' })
  trie.add('Ruritanian', { type: 'group', id: 'RR-people' })
  trie.add('North Borduria', { type: 'country', id: 'NB' })
  trie.add('North Wind Brigade', { type: 'group', id: 'NWB' })
  trie.add('RLF', { type: 'group', id: 'RLF-short' })
  const only = trie.only(keepCountry)
  assert.equal(trie.only(keepCountry), only)     // built once per predicate
  const words = wordsOf({ count: 11, value: ['The', 'Ruritanian', 'Liberation', 'Front', 'and', 'North', 'Borduria', 'met', 'North', 'Wind', 'RLF'] })
  const ids = (t: Trie<T>, at: number) => t.matchAt(words, at).map((m) => `${m.entry.target.id}@${m.end}`)
  assert.deepEqual(ids(trie, 1), ['RLF@4', 'RR-people@2', 'RR-adj@2'])
  assert.deepEqual(ids(only, 1), ['RR-adj@2'])
  assert.deepEqual(ids(only, 5), ['NB@7'])
  assert.deepEqual([ids(only, 8), ids(only, 10), ids(trie, 10)], [[], [], ['RLF-short@11']])
  for (let at = 0; at < 11; at++) assert.deepEqual(ids(only, at), trie.matchAt(words, at).filter((m) => keepCountry(m.entry)).map((m) => `${m.entry.target.id}@${m.end}`))
  // An entry added later is seen: the parts are made again.
  trie.add('Borduria', { type: 'country', id: 'BD' })
  assert.deepEqual(ids(trie.only(keepCountry), 6), ['BD@7'])
})
