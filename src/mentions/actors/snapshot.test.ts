import assert from 'node:assert/strict'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { dataPath } from '../../paths.js'
import { getNlp } from '../../text/nlp.js'
import { compileActors } from './compile.js'
import type { ActorIndex } from './compile.js'
import { actorDataKey, actorDataStamp, loadActorIndex } from './index.js'
import { readActorData } from './load.js'
import { wordsOf } from './phrases.js'

// What the trie answers for a text at its first word: the written phrase and its target, longest first.
function lookup(index: ActorIndex, text: string, iso?: string): string[] {
  const value = getNlp().readDoc(text).tokens().out() as string[]
  const words = wordsOf({ count: value.length, value })
  const trie = iso ? index.localTrie(iso) : index.trie
  return (trie?.matchAt(words, 0) ?? []).map((m) => `${m.entry.written.join(' ')} ${m.end} ${JSON.stringify(m.entry.target)}`)
}

const texts = ['Syrian troops', 'al-Shabaab fighters', 'Islamic State in Iraq', 'gunmen', 'cattle herders', 'Fulani herders', 'Nigeria', 'SAA', 'saa']

test('the snapshot loads to the index compiled from the data files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-actor-snap-'))
  try {
    const path = join(dir, 'actor-index.json'), key = actorDataKey()
    const compiled = compileActors(readActorData())
    const first = loadActorIndex(path, key)
    assert.equal(first.from, 'compiled')
    const second = loadActorIndex(path, key)
    assert.equal(second.from, 'snapshot')
    const snap = second.index
    for (const t of texts) assert.deepEqual(lookup(snap, t), lookup(compiled, t), t)
    assert.ok(lookup(snap, 'Syrian troops').length > 0 && lookup(snap, 'al-Shabaab fighters').length > 0)
    // Parties: one trie per country, built on demand from the snapshot's phrases.
    const party = [...compiled.groupsByName.values()].find((g) => g.kind === 'party' && g.local && lookup(compiled, g.name, g.country).length > 0)!
    assert.deepEqual(lookup(snap, party.name, party.country), lookup(compiled, party.name, party.country))
    assert.ok(lookup(snap, party.name, party.country).length > 0)
    assert.deepEqual(snap.groupsByName.get('Al Shabaab'), compiled.groupsByName.get('Al Shabaab'))
    assert.deepEqual(snap.state.get('SY military'), compiled.state.get('SY military'))
    assert.deepEqual([...snap.kin.heads], [...compiled.kin.heads])
    assert.deepEqual(snap.neighbours.get('NE'), compiled.neighbours.get('NE'))
    // One actor's aliases share one group object, as compiled: the one groupsByName holds.
    const groupsOf = (text: string) => {
      const value = getNlp().readDoc(text).tokens().out() as string[]
      return snap.trie.matchAt(wordsOf({ count: value.length, value }), 0).flatMap((m) => (m.entry.target.type === 'group' && m.entry.target.group.name === 'Al Shabaab' ? [m.entry.target.group] : []))
    }
    const shared = [...groupsOf('al-Shabaab fighters'), ...groupsOf('Harakat al-Shabaab al-Mujahideen')]
    assert.ok(shared.length >= 2)
    for (const g of shared) assert.equal(g, snap.groupsByName.get('Al Shabaab'))
  } finally { rmSync(dir, { recursive: true, force: true }) }
})

test('a snapshot of other data (another key), another version or unreadable is compiled again and rewritten', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-actor-snap-'))
  try {
    const path = join(dir, 'actor-index.json')
    assert.equal(loadActorIndex(path, 'old').from, 'compiled')
    assert.equal(loadActorIndex(path, 'old').from, 'snapshot')
    assert.equal(loadActorIndex(path, 'new').from, 'compiled')
    assert.equal(JSON.parse(readFileSync(path, 'utf8')).key, 'new')
    const snap = JSON.parse(readFileSync(path, 'utf8'))
    writeFileSync(path, JSON.stringify({ ...snap, version: snap.version + 1 }))
    assert.equal(loadActorIndex(path, 'new').from, 'compiled')
    writeFileSync(path, '{"version":')
    assert.equal(loadActorIndex(path, 'new').from, 'compiled')
    assert.equal(loadActorIndex(path, 'new').from, 'snapshot')
  } finally { rmSync(dir, { recursive: true, force: true }) }
})

test('the key changes when any actor data file changes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-actor-data-'))
  try {
    cpSync(dataPath('actors'), dir, { recursive: true })
    const before = actorDataKey(dir)
    assert.equal(before, actorDataKey(dataPath('actors')))
    writeFileSync(join(dir, 'groups.yaml'), readFileSync(join(dir, 'groups.yaml'), 'utf8') + '\n# edited\n')
    assert.notEqual(actorDataKey(dir), before)
    writeFileSync(join(dir, 'new.yaml'), '[]\n')
    rmSync(join(dir, 'groups.yaml'))
    assert.notEqual(actorDataKey(dir), before)
  } finally { rmSync(dir, { recursive: true, force: true }) }
})

test('without a key, a snapshot whose stamp is current is taken unhashed; a stale stamp falls back to the key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-actor-snap-'))
  try {
    const path = join(dir, 'actor-index.json')
    assert.equal(loadActorIndex(path).from, 'compiled')
    const snap = JSON.parse(readFileSync(path, 'utf8'))
    assert.equal(snap.key, actorDataKey())
    assert.equal(snap.stamp, actorDataStamp())
    // The stamp is trusted as it stands: a snapshot with a current stamp is not hashed (its key is not read).
    writeFileSync(path, JSON.stringify({ ...snap, key: 'not this data' }))
    assert.equal(loadActorIndex(path).from, 'snapshot')
    // Its twin: another stamp, the right key (files touched, not changed) is the snapshot, and the stamp is renewed.
    writeFileSync(path, JSON.stringify({ ...snap, stamp: 'older times' }))
    assert.equal(loadActorIndex(path).from, 'snapshot')
    assert.equal(JSON.parse(readFileSync(path, 'utf8')).stamp, actorDataStamp())
    // Another stamp and another key: compiled again.
    writeFileSync(path, JSON.stringify({ ...snap, stamp: 'older times', key: 'other data' }))
    assert.equal(loadActorIndex(path).from, 'compiled')
  } finally { rmSync(dir, { recursive: true, force: true }) }
})

test('the stamp changes when an actor data file is rewritten', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-actor-data-'))
  try {
    cpSync(dataPath('actors'), dir, { recursive: true })
    const before = actorDataStamp(dir)
    assert.equal(actorDataStamp(dir), before)
    const file = join(dir, 'groups.yaml')
    writeFileSync(file, readFileSync(file, 'utf8') + '\n# edited\n')
    assert.notEqual(actorDataStamp(dir), before)
  } finally { rmSync(dir, { recursive: true, force: true }) }
})
