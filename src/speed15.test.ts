/** @module speed15.test: start-up work cut without changing results (V8's regexp tier-up, the lazy filtered trie). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { V8_FLAGS } from './cli/v8.js'
import { Trie, wordsOf } from './mentions/actors/phrases.js'

test('the CLI keeps a regular expression in the interpreter for its first 20 runs (no machine-code compile of every date pattern at start-up) and the largest functions out of TurboFan', () => {
  assert.deepEqual(V8_FLAGS, ['--max-inlined-bytecode-size-cumulative=150', '--max-optimized-bytecode-size=8000', '--regexp-tier-up-ticks=20'])
})

type T = { type: 'town' | 'band'; id: string }
const towns = (e: { target: T }): boolean => e.target.type === 'town'

test('Trie.only makes its nodes as words reach them, and finds what a full copy finds', () => {
  const trie = new Trie<T>()
  trie.add('Port Halden', { type: 'town', id: 'PH' })
  trie.add('Port Halden Rovers', { type: 'band', id: 'PHR' })
  trie.add('Kessel', { type: 'town', id: 'K' })
  trie.add('Kessel Valley Riders', { type: 'band', id: 'KVR' })
  trie.add('Grey Owls', { type: 'band', id: 'GO' })
  const sub = trie.only(towns)
  const root = (t: Trie<T>) => (t as unknown as { root: { next: Map<string, { next: Map<string, unknown> } | null> } }).root
  assert.equal(root(sub).next.size, 0)   // nothing copied up front
  const words = wordsOf({ count: 9, value: ['Grey', 'Owls', 'marched', 'from', 'Port', 'Halden', 'Rovers', 'to', 'Kessel'] })
  const ids = (t: Trie<T>, at: number) => t.matchAt(words, at).map((m) => `${m.entry.target.id}@${m.end}`)
  const got = Array.from({ length: 9 }, (_, at) => ids(sub, at))
  assert.deepEqual(got, [[], [], [], [], ['PH@6'], [], [], [], ['K@9']])
  assert.deepEqual(got, Array.from({ length: 9 }, (_, at) => trie.matchAt(words, at).filter((m) => towns(m.entry)).map((m) => `${m.entry.target.id}@${m.end}`)))
  // The words met at the root: a path to a town, or none (remembered as null); 'grey' leads only to a band.
  assert.deepEqual([...root(sub).next].map(([w, n]) => `${w}:${n === null ? 'none' : [...n.next.keys()].join('+') || 'leaf'}`),
    ['grey:none', 'owls:none', 'marched:none', 'from:none', 'port:halden', 'halden:none', 'rovers:none', 'to:none', 'kessel:leaf'])
})
