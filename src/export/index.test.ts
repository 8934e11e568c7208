import assert from 'node:assert/strict'
import { test } from 'node:test'
import { protest } from './fixtures.js'
import { contentType, createWriter, extension, formats, isFormat, keepStatuses, statusesOf } from './index.js'

test('the formats of the contract, jsonl first', () => {
  assert.deepEqual([...formats], ['jsonl', 'acled-csv', 'geojson', 'plover', 'ucdp-csv'])
  assert.deepEqual(['plover', 'csv', '', 'GEOJSON'].map(isFormat), [true, false, false, false])
  assert.equal(formats.includes('ucdp-csv'), true)
})

test('content types and file extensions for the API', () => {
  assert.deepEqual(formats.map((f) => [contentType(f), extension(f)]), [
    ['application/x-ndjson; charset=utf-8', 'jsonl'],
    ['text/csv; charset=utf-8; header=present', 'csv'],
    ['application/geo+json; charset=utf-8', 'geojson'],
    ['application/json; charset=utf-8', 'json'],
    ['text/csv; charset=utf-8; header=present', 'csv'],
  ])
})

test('a writer streams: nothing before the first record, one chunk per record, the close at end()', () => {
  const chunks: string[] = []
  const writer = createWriter('plover', (c) => chunks.push(c))
  assert.equal(chunks.length, 0)
  writer.write(protest)
  writer.write(protest)
  assert.equal(chunks.length, 3)
  assert.deepEqual([chunks[0], chunks[1][0], chunks[2].slice(0, 2)], ['[', '\n', ',\n'])
  writer.end()
  assert.equal(chunks[3], '\n]\n')
  assert.equal(JSON.parse(chunks.join('')).length, 2)
})

test('writing after end() or ending twice is a bug and throws', () => {
  for (const f of formats) {
    const writer = createWriter(f, () => {})
    writer.end()
    assert.throws(() => writer.write(protest), { message: 'export: write() after end()' })
    assert.throws(() => writer.end(), { message: 'export: end() called twice' })
  }
})

test('exports keep reported and claimed records unless asked for more', () => {
  const sets = ['', 'all', 'planned, Background', 'rumoured'].map((v) => {
    const r = statusesOf(v === '' ? undefined : v)
    return r.ok ? (r.value ? [...r.value] : 'all') : r.message
  })
  assert.deepEqual(sets, [['reported', 'claimed'], 'all', ['planned', 'background'],
    '--status takes all or a list of reported, claimed, denied, planned, background; got "rumoured"'])
  const ids: string[] = []
  const writer = keepStatuses({ write: (r) => ids.push(`${r.status}`), end: () => ids.push('end') }, new Set(['reported', 'claimed']))
  for (const status of ['reported', 'background', 'claimed', 'planned', 'denied']) writer.write({ ...protest, status })
  writer.end()
  assert.deepEqual([ids, writer.kept(), writer.dropped()], [['reported', 'claimed', 'end'], 2, 3])
})
