/** @module mentions/places/artifact.test: the binary gazetteer round-trips columns and finds every key. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { types } from 'node:util'
import { decodeGazetteer, encodeGazetteer, findKey, LOOKUPS_BEFORE_WHOLE, openGazetteer, PLAIN_AFTER, SAMPLE_STRIDE } from './artifact.js'
import type { GazetteerFile } from './gazetteer-types.js'

// Three entities; keys out of order, non-ASCII ones above and beyond the BMP (UTF-16 and UTF-8 order them apart).
const file: GazetteerFile = {
  version: 1, built: '2024-01-01T00:00:00.000Z', licence: 'test',
  id: [0, 101, 102], name: ['Ruritania', 'Zenda', 'Strelsau'], kind: ['country', 'place', 'place'],
  lat: [45.5, 45.1234, -3.25], lon: [10, 10.5678, 11.75], code: ['PCLI', 'PPL', 'PPLC'], cc: ['RR', 'RR', 'RR'],
  a1: ['', 'North', 'South'], a2: ['', '', 'Old Town'], a1code: ['', 'RR.01', 'RR.02'], pop: [1e6, 2500, 675951318],
  keys: ['zenda', 'ruritania', 'strelsau', 'zénda', 'z𝔢nda', 'ruritanian', 'z\uff21nda'].join('\n'),
  postOff: [0, 1, 2, 3, 4, 5, 6, 7], post: [5, 0, 9, 5, 5, 2, 4],
  skelKeys: ['zndx', 'strls'].join('\n'), skelOff: [0, 1, 3], skel: [1, 2, 1],
}

test('columns come back as written', () => {
  const d = decodeGazetteer(encodeGazetteer(file), 'test.bin')
  assert.deepEqual([...d.g.id], [0, 101, 102])
  assert.deepEqual([...d.g.lat], [45.5, 45.1234, -3.25])
  assert.deepEqual([...d.g.lon], [10, 10.5678, 11.75])
  assert.deepEqual([...d.g.pop], [1e6, 2500, 675951318])
  assert.deepEqual(d.g.name, ['Ruritania', 'Zenda', 'Strelsau'])
  assert.deepEqual(d.g.kind, ['country', 'place', 'place'])
  assert.deepEqual(d.g.a2, ['', '', 'Old Town'])
  assert.deepEqual(d.g.a1code, ['', 'RR.01', 'RR.02'])
  assert.equal(d.maxWords, 1)
})

test('every key finds its own postings; others are absent', () => {
  const d = decodeGazetteer(encodeGazetteer(file), 'test.bin')
  const postings = (key: string): number[] | null => {
    const i = findKey(d.keys, key)
    return i < 0 ? null : [...d.post.subarray(d.postOff[i], d.postOff[i + 1])]
  }
  assert.deepEqual(postings('zenda'), [5])
  assert.deepEqual(postings('ruritania'), [0])
  assert.deepEqual(postings('strelsau'), [9])
  assert.deepEqual(postings('zénda'), [5])
  assert.deepEqual(postings('z𝔢nda'), [5])
  assert.deepEqual(postings('ruritanian'), [2])
  assert.deepEqual(postings('z\uff21nda'), [4])
  assert.equal(postings('ruritani'), null)
  assert.equal(postings(''), null)
  assert.equal(postings('zzz'), null)
  const i = findKey(d.skelKeys, 'strls')
  assert.deepEqual([...d.skel.subarray(d.skelOff[i], d.skelOff[i + 1])], [2, 1])
})

test('a file that is not an artifact is refused, naming it', () => {
  assert.throws(() => decodeGazetteer(Buffer.from('{"version":1}'), 'build/old.json'), /build\/old\.json: not a sitrep gazetteer artifact/)
})

test('names are decoded on first read, in any order, as the eager decoding gave them', () => {
  const names = ['Zürich', '', 'Ḩalab', 'z𝔢nda', 'Saint-Étienne du Rouvray', '']
  const n = names.length
  const six: GazetteerFile = {
    ...file, id: Array(n).fill(0), name: names, kind: Array(n).fill('place'), lat: Array(n).fill(0), lon: Array(n).fill(0),
    code: Array(n).fill('PPL'), cc: Array(n).fill('RR'), a1: Array(n).fill(''), a2: Array(n).fill(''), a1code: Array(n).fill(''), pop: Array(n).fill(0),
  }
  const d = decodeGazetteer(encodeGazetteer(six), 'test.bin')
  assert.equal(d.g.name.length, 6)
  assert.deepEqual([4, 2, 0, 5, 1, 3, 4].map((i) => d.g.name[i]), ['Saint-Étienne du Rouvray', 'Ḩalab', 'Zürich', '', '', 'z𝔢nda', 'Saint-Étienne du Rouvray'])
  assert.deepEqual([...d.g.name], names)
  assert.equal(d.g.name[6], undefined)
  assert.equal(d.g.name.indexOf('Ḩalab'), 2)
})

test('a string column is read through its Proxy until PLAIN_AFTER reads, then as a plain array with the same entries', () => {
  const d = decodeGazetteer(encodeGazetteer(file), 'test.bin')
  assert.equal(types.isProxy(d.g.kind), true)
  assert.equal(d.g.kind.length, 3)
  for (let i = 0; i < PLAIN_AFTER; i++) assert.equal(d.g.kind[i % 3], file.kind[i % 3])
  // Not yet: the twin of the switch below.
  assert.equal(types.isProxy(d.g.kind), true)
  const held = d.g.kind
  assert.equal(d.g.kind[2], 'place')
  assert.equal(types.isProxy(d.g.kind), false)
  assert.deepEqual(d.g.kind, ['country', 'place', 'place'])
  // A reference taken before the switch answers the same.
  assert.deepEqual([held[0], held[1], held[2], held[3]], ['country', 'place', 'place', undefined])
  // The other columns are still opened lazily.
  assert.equal(types.isProxy(d.g.cc), true)
  assert.deepEqual([...d.g.a1], ['', 'North', 'South'])
})

test('whole populations are stored in 32 bits and others exactly; a dictionary past 256 words still round-trips', () => {
  const whole = decodeGazetteer(encodeGazetteer(file), 'test.bin')
  assert.equal(whole.g.pop instanceof Uint32Array, true)
  const odd = decodeGazetteer(encodeGazetteer({ ...file, pop: [0.5, 2500, 2 ** 32] }), 'test.bin')
  assert.equal(odd.g.pop instanceof Float64Array, true)
  assert.deepEqual([...odd.g.pop], [0.5, 2500, 2 ** 32])
  const n = 300
  const many: GazetteerFile = {
    ...file, id: Array(n).fill(0), name: Array.from({ length: n }, (_, i) => `Town ${i}`), kind: Array(n).fill('place'), lat: Array(n).fill(0), lon: Array(n).fill(0),
    code: Array(n).fill('PPL'), cc: Array.from({ length: n }, (_, i) => `C${i}`), a1: Array(n).fill(''), a2: Array(n).fill(''), a1code: Array(n).fill(''), pop: Array(n).fill(0),
  }
  const d = decodeGazetteer(encodeGazetteer(many), 'test.bin')
  assert.deepEqual([d.g.cc[0], d.g.cc[255], d.g.cc[256], d.g.cc[299]], ['C0', 'C255', 'C256', 'C299'])
  assert.deepEqual([d.g.kind[0], d.g.kind[299]], ['place', 'place'])
})

test('openGazetteer reads the file as it is used and answers as decodeGazetteer does', () => {
  // More keys than one sample block, so a lookup goes through the sample to a later block.
  const n = SAMPLE_STRIDE * 3 + 5
  const towns = Array.from({ length: n }, (_, i) => `Town ${String(i).padStart(3, '0')}`)
  const keys = [...towns.map((t) => t.toLowerCase()), 'zénda', 'z𝔢nda', 'aardvark']
  const big: GazetteerFile = {
    ...file, id: towns.map((_, i) => 1000 + i), name: towns, kind: towns.map((_, i) => (i % 7 ? 'place' : 'admin2')), lat: towns.map((_, i) => i / 8), lon: towns.map((_, i) => -i / 16),
    code: Array(n).fill('PPL'), cc: towns.map((_, i) => (i % 2 ? 'RR' : 'GG')), a1: towns.map((_, i) => `A${i % 5}`), a2: Array(n).fill(''), a1code: Array(n).fill(''), pop: towns.map((_, i) => i * 10),
    keys: keys.join('\n'), postOff: keys.map((_, i) => i * 2).concat(keys.length * 2), post: keys.flatMap((_, i) => [(i % n) * 4, ((i * 7) % n) * 4 + 1]),
    skelKeys: ['tn', 'zd'].join('\n'), skelOff: [0, 2, 3], skel: [4, 8, 12],
  }
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-artifact-'))
  try {
    const path = join(dir, 'g.bin')
    writeFileSync(path, encodeGazetteer(big))
    const d = decodeGazetteer(encodeGazetteer(big), 'test.bin')
    const o = openGazetteer(path)
    const inMemory = (index: typeof d.keys, off: Int32Array, post: Int32Array, key: string): number[] | undefined => {
      const i = findKey(index, key)
      return i < 0 ? undefined : [...post.subarray(off[i], off[i + 1])]
    }
    for (const key of [...keys, 'town 000', 'town 199', 'town 2000', 'a', '', 'zzzz', 'zénd', 'town 063', 'town 064', 'town 065']) {
      assert.deepEqual(o.lookup(key), inMemory(d.keys, d.postOff, d.post, key), key)
    }
    assert.deepEqual(o.lookup('town 100'), [100 * 4, ((100 * 7) % n) * 4 + 1])
    assert.equal(o.lookup('town 1000'), undefined)
    assert.deepEqual(o.loose('zd'), [12])
    assert.equal(o.loose('zz'), undefined)
    // Answers are kept per key: a caller changing the array it was given does not change the next answer.
    o.lookup('town 100')!.push(99); o.loose('zd')!.splice(0)
    assert.deepEqual([o.lookup('town 100'), o.loose('zd')], [[100 * 4, ((100 * 7) % n) * 4 + 1], [12]])
    assert.notEqual(o.lookup('town 100'), o.lookup('town 100'))
    // Entries read one by one through a Proxy, the same values as the typed and plain columns.
    assert.equal(types.isProxy(o.g.lat), true)
    assert.deepEqual([o.g.lat[5], o.g.lon[9], o.g.pop[n - 1], o.g.id[0], o.g.lat[n]], [5 / 8, -9 / 16, (n - 1) * 10, 1000, undefined])
    assert.deepEqual([o.g.name[3], o.g.kind[7], o.g.kind[8], o.g.cc[1], o.g.a1[9]], ['Town 003', 'admin2', 'place', 'RR', 'A4'])
    assert.equal(o.g.name.length, n)
    assert.equal(o.g.pop.length, n)
    // Iterating reads the whole column: then it is a typed array, as decodeGazetteer's.
    assert.deepEqual([...o.g.pop], [...d.g.pop])
    assert.equal(o.g.pop instanceof Uint32Array, true)
    assert.deepEqual([...o.g.kind], [...d.g.kind])
    assert.deepEqual([...o.g.name], [...d.g.name])
    // Whole, the names answer from memory: the same after their section's bytes are let go.
    assert.deepEqual([o.g.name[0], o.g.name[n - 1]], ['Town 000', `Town ${String(n - 1).padStart(3, '0')}`])
    assert.deepEqual(o.g.a1, d.g.a1)
    assert.deepEqual([...o.g.lat], [...d.g.lat])
    // Past LOOKUPS_BEFORE_WHOLE lookups the index is searched in memory: the same answers.
    for (let i = 0; i < LOOKUPS_BEFORE_WHOLE; i++) o.lookup(keys[i % keys.length])
    for (const key of [...keys, 'town 1000', '', 'zzzz']) assert.deepEqual(o.lookup(key), inMemory(d.keys, d.postOff, d.post, key), key)
    // A numeric column read PLAIN_AFTER times one by one becomes its typed array; not before.
    // (one read above, o.g.lon[9])
    for (let i = 0; i < PLAIN_AFTER - 1; i++) assert.equal(o.g.lon[i % n], -(i % n) / 16)
    assert.equal(types.isProxy(o.g.lon), true)
    assert.equal(o.g.lon[1], -1 / 16)
    assert.equal(o.g.lon instanceof Float64Array, true)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('openGazetteer refuses a file that is not an artifact, naming it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-artifact-'))
  try {
    const path = join(dir, 'old.json')
    writeFileSync(path, '{"version":1}')
    assert.throws(() => openGazetteer(path), /old\.json: not a sitrep gazetteer artifact/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
