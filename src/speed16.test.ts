/** @module speed16.test: per-article and long-run work cut without changing results (gate senses by word, letter tests, whole gazetteer columns). */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { types } from 'node:util'
import { decodeAll, encodeGazetteer, openGazetteer, PLAIN_AFTER } from './mentions/places/artifact.js'
import type { GazetteerFile } from './mentions/places/gazetteer-types.js'
import { hasLetter, sensesOf, startsUpper } from './events/gate/sentence.js'
import type { Sense } from './events/gate/knowledge.js'
import { compilePhrases } from './text/phrases.js'

test('a token has a letter and starts upper case exactly when the Unicode property tests say so', () => {
  const tokens = ['', 'a', 'Z', '@', '[', '`', '{', '12', '-', "'s", '3rd', 'Ḩalab', 'ḩalab', 'Éire', 'élan', '—', '«', '١٢', 'Ωmega', 'ωmega',
    '𝔢nda', '𝔈nda', '12é', '...Ä', 'İzmir', 'ǅemal', '中', 'ß']
  const got = tokens.map((w) => `${hasLetter(w) ? 'L' : '-'}${startsUpper(w) ? 'U' : '-'}`)
  assert.deepEqual(got, tokens.map((w) => `${/\p{L}/u.test(w) ? 'L' : '-'}${/^\p{Lu}/u.test(w) ? 'U' : '-'}`))
  assert.deepEqual(got, ['--', 'L-', 'LU', '--', '--', '--', '--', '--', '--', 'L-', 'L-', 'LU', 'L-', 'LU', 'L-', '--', '--', '--', 'LU', 'L-',
    'L-', 'LU', 'L-', 'L-', 'LU', 'L-', 'L-', 'L-'])
})

test('a hit reads only the senses that hold its phrase or word, once each, in their order in the data', () => {
  const sense = (words: string[]): Sense => ({ words: new Set(words), company: compilePhrases<true>([['harbour', true]]), evenArmed: false, sentence: false, before: 0 })
  const senses = [sense(['shot', 'shots']), sense(['fired']), sense(['shot', 'fired']), sense(['blast']), sense(['fired', 'shots'])]
  const at = (phrase: string, norm: string) => sensesOf(senses, phrase, norm).map((s) => senses.indexOf(s))
  assert.deepEqual(at('fired', 'fired'), [1, 2, 4])
  assert.deepEqual(at('shots fired', 'shots'), [0, 4])
  assert.deepEqual(at('fired', 'shot'), [0, 1, 2, 4])
  assert.deepEqual(at('gunfire', 'gunfire'), [])
  // The same as asking every sense in turn.
  for (const [p, n] of [['fired', 'shot'], ['blast', 'blast'], ['shots', 'fired']]) {
    assert.deepEqual(at(p, n), senses.flatMap((s, i) => (s.words.has(p) || s.words.has(n) ? [i] : [])))
  }
})

test('strings decoded as one text and cut by their bytes are the strings decoded one by one', () => {
  const strings = ['Zürich', '', 'Ḩalab', 'z𝔢nda', '\ud800x', 'Saint-Étienne', '中文', 'a\u0301b', '', '😀😀', 'plain']
  const bufs = strings.map((s) => Buffer.from(s, 'utf8'))
  const at = [0]
  for (const b of bufs) at.push(at[at.length - 1] + b.length)
  const bytes = Buffer.concat([Buffer.from('pad'), ...bufs])
  const shifted = at.map((x) => x + 3)
  const into: string[] = []
  decodeAll(bytes, shifted, strings.length, into)
  assert.deepEqual(into, strings.map((_, i) => bytes.toString('utf8', shifted[i], shifted[i + 1])))
  assert.deepEqual(into, ['Zürich', '', 'Ḩalab', 'z𝔢nda', '\ufffdx', 'Saint-Étienne', '中文', 'a\u0301b', '', '😀😀', 'plain'])
})

test('a gazetteer column made whole after PLAIN_AFTER reads holds every entry, the same as read one by one', () => {
  const names = ['Zürich', 'Ḩalab', 'z𝔢nda', '', 'Port Halden', '中文', '😀 Town']
  const n = names.length
  const g: GazetteerFile = {
    version: 1, built: '2024-01-01T00:00:00.000Z', licence: 'test',
    id: names.map((_, i) => 10 + i), name: names, kind: names.map((_, i) => (i % 3 ? 'place' : 'admin1')),
    lat: Array(n).fill(0), lon: Array(n).fill(0), code: Array(n).fill('PPL'), cc: names.map((_, i) => ['RR', 'ÅL', 'GG'][i % 3]),
    a1: names.map((_, i) => (i % 2 ? 'Nördlich' : '')), a2: Array(n).fill(''), a1code: Array(n).fill(''), pop: Array(n).fill(0),
    keys: 'zurich', postOff: [0, 1], post: [0], skelKeys: 'zrch', skelOff: [0, 1], skel: [0],
  }
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-speed16-'))
  try {
    const path = join(dir, 'g.bin')
    writeFileSync(path, encodeGazetteer(g))
    const o = openGazetteer(path)
    const one = (col: 'name' | 'kind' | 'cc' | 'a1') => Array.from({ length: n }, (_, i) => o.g[col][i])
    const before = { name: one('name'), kind: one('kind'), cc: one('cc'), a1: one('a1') }
    for (const col of ['name', 'kind', 'cc', 'a1'] as const) {
      for (let i = 0; i < PLAIN_AFTER; i++) o.g[col][i % n]
      assert.equal(types.isProxy(o.g[col]), false, col)
      assert.deepEqual([...o.g[col]], before[col], col)
    }
    assert.deepEqual(before, { name: names, kind: g.kind, cc: g.cc, a1: g.a1 })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
