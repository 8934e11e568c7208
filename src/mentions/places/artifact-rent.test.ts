/** @module mentions/places/artifact-rent.test: an opened artifact reads a section whole once its reads one by one have cost as much. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeGazetteer, openGazetteer } from './artifact.js'
import type { GazetteerFile } from './gazetteer-types.js'

// 4,000 made-up towns: the latitude section is 32 KB, the names some 40 KB.
const n = 4000
const towns = Array.from({ length: n }, (_, i) => `Hamlet ${String(i).padStart(4, '0')}`)
const made = (lat: (i: number) => number, name: (i: number) => string): GazetteerFile => ({
  version: 1, built: '2024-01-01T00:00:00.000Z', licence: 'test',
  id: towns.map((_, i) => i), name: towns.map((_, i) => name(i)), kind: Array(n).fill('place'), lat: towns.map((_, i) => lat(i)), lon: Array(n).fill(0),
  code: Array(n).fill('PPL'), cc: Array(n).fill('RR'), a1: Array(n).fill(''), a2: Array(n).fill(''), a1code: Array(n).fill(''), pop: Array(n).fill(0),
  keys: 'hamlet', postOff: [0, 1], post: [0], skelKeys: 'hmlt', skelOff: [0, 1], skel: [0],
})

// The file is rewritten in place under the open artifact: an entry still read from the file shows the new
// bytes, an entry of a section read whole shows the old ones. (The artifact never sees a file change in use:
// a rebuild writes a new file and renames it. Here it only tells where an answer came from.)
test('a section read entry by entry for as many bytes as it holds is read whole; a few reads are not', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-artifact-rent-'))
  try {
    const path = join(dir, 'g.bin')
    writeFileSync(path, encodeGazetteer(made((i) => i / 4, (i) => towns[i])))
    const o = openGazetteer(path)
    // Two reads of each column (one short article): still read from the file.
    assert.deepEqual([o.g.lat[0], o.g.lat[1], o.g.name[0], o.g.name[1]], [0, 0.25, 'Hamlet 0000', 'Hamlet 0001'])
    writeFileSync(path, encodeGazetteer(made((i) => -i, (i) => towns[i].toUpperCase())))
    assert.deepEqual([o.g.lat[2], o.g.name[2]], [-2, 'HAMLET 0002'])
    // Ten more reads one by one (the 32 KB of latitudes cost as much as ten reads and more): the section is read whole, now.
    for (let i = 3; i < 13; i++) assert.equal(o.g.lat[i], -i)
    writeFileSync(path, encodeGazetteer(made((i) => i / 4, (i) => towns[i])))
    assert.deepEqual([o.g.lat[100], o.g.lat[n - 1]], [-100, -(n - 1)])
    // The names too, once their reads have cost their section's bytes.
    for (let i = 3; i < 20; i++) o.g.name[i]
    writeFileSync(path, encodeGazetteer(made((i) => -i, (i) => towns[i].toUpperCase())))
    assert.deepEqual([o.g.name[500], o.g.name[n - 1]], ['Hamlet 0500', `Hamlet ${n - 1}`])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
