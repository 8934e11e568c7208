import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Article } from '../doc.js'
import { createDoc } from '../doc.js'
import { text } from './index.js'
import { lexemeHash } from './nlp.js'

const article = (title: string | null = null): Article =>
  ({ id: 't', title, section: null, byline: null, source: null, url: null, published: '2024-05-02', input: 't' })

test('tokens carry character offsets into the text, sentences are spans', () => {
  const doc = createDoc(article(), 'Rebels shelled Aleppo. Two people died.')
  text()(doc)
  assert.equal(doc.tokens.count, 8)
  assert.deepEqual([...Array(doc.tokens.count).keys()].map((i) => doc.text.slice(doc.tokens.start[i], doc.tokens.end[i])),
    ['Rebels', 'shelled', 'Aleppo', '.', 'Two', 'people', 'died', '.'])
  assert.deepEqual(doc.sentences, [[0, 22], [23, 39]])
  assert.deepEqual([...doc.tokens.sentence], [0, 0, 0, 0, 1, 1, 1, 1])
})

test('captions, credits, bylines and the dateline are marked as regions', () => {
  const body = [
    'BEIRUT (Reuters) - Government forces retook the town on Sunday.',
    'By Jane Smith',
    'Photo: Soldiers walk through the ruins. /AFP/Getty Images',
    'Fighting continued in the east.',
  ].join('\n')
  const doc = createDoc(article(), body)
  text()(doc)
  assert.deepEqual(doc.regions.map((r) => [r.kind, doc.text.slice(r.span[0], r.span[1])]), [
    ['dateline', 'BEIRUT (Reuters) - '],
    ['byline', 'By Jane Smith'],
    ['caption', 'Photo: Soldiers walk through the ruins. /AFP/Getty Images'],
  ])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'dateline').map((m) => m.reason),
    ['"BEIRUT" opens the text as a dateline: where the report was filed, not where events happened.'])
})

test('an empty text is a fatal message, not a crash', () => {
  const doc = createDoc(article(), '   ')
  text()(doc)
  assert.deepEqual(doc.messages.map((m) => [m.level, m.rule]), [['fatal', 'empty-text']])
})

test('the fast model loader gives wink-nlp the data of the package loader, and the same tokens, tags and sentences', async () => {
  const { createRequire } = await import('node:module')
  const { isDeepStrictEqual } = await import('node:util')
  const { getNlp, readCore } = await import('./nlp.js')
  const require = createRequire(import.meta.url)
  const packaged = require('wink-eng-lite-web-model/dist/load-core-model.js')()
  const file = require.resolve('wink-eng-lite-web-model').replace(/model\.js$/, 'languages/cur/models/eng-core-web-model.json')
  const core = readCore(file)
  // The lexeme hash fills on demand (lexemeHash): every word of the package's answers the same.
  const ourHash = core.features.lexeme.hash, theirHash = packaged.features.lexeme.hash
  assert.equal(Object.keys(theirHash).length, 87593)
  assert.equal(Object.keys(theirHash).every((word) => ourHash[word] === theirHash[word]), true)
  delete core.features.lexeme.hash
  delete packaged.features.lexeme.hash
  assert.equal(isDeepStrictEqual(core, packaged), true)
  const theirs = require('wink-nlp')(require('wink-eng-lite-web-model'), ['sbd', 'pos'])
  const ours = getNlp()
  const sample = 'Gunmen stormed the U.S.-run clinic in Zorbastan at 3:45pm on 12/03/2024, killing 12. A sit-in followed; e-mail tips@example.org.'
  const out = (nlp: typeof ours): unknown => {
    const d = nlp.readDoc(sample)
    return [d.tokens().out(), d.tokens().out(nlp.its.pos), d.tokens().out(nlp.its.type), d.sentences().out(nlp.its.span), d.tokens().out(nlp.its.lemma)]
  }
  assert.deepEqual(out(ours), out(theirs))
})

test("wink's lexeme hash answers as an object filled with every lexeme, and keeps words wink adds", () => {
  const hash = lexemeHash(['the', 'rebels', 'constructor', '__proto__'])
  assert.equal(hash.rebels, 1)
  assert.equal(hash.the, 0)
  // Looked up once, a word is the object's own property.
  assert.deepEqual(Object.keys(hash).sort(), ['rebels', 'the'])
  // Names that are special on ordinary objects are plain words here.
  assert.equal(hash.constructor, 2)
  assert.equal(hash['__proto__'], 3)
  assert.equal(hash.toString, undefined)
  // A word the model lacks reads undefined; wink then adds it with its next index, which stays.
  assert.equal(hash.shelled, undefined)
  hash.shelled = 4
  assert.equal(hash.shelled, 4)
  assert.equal(hash.rebels, 1)
})

test('the lexeme hash finds every word of a long list, the last index of a repeated one, and nothing in an empty list', () => {
  const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`)
  const hash = lexemeHash([...words, 'w0'])
  assert.equal(words.every((w, i) => hash[w] === (w === 'w0' ? 5000 : i)), true)
  assert.equal(hash.w, undefined)
  assert.equal(hash['w0 '], undefined)
  assert.equal(lexemeHash([]).the, undefined)
})

test("wink's core model from its build artifact is the package loader's, and a changed model JSON makes the artifact stale", async () => {
  const { createRequire } = await import('node:module')
  const { isDeepStrictEqual } = await import('node:util')
  const { copyFileSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const { compileCore, coreArtifactFresh, readCoreArtifact } = await import('./nlp.js')
  const require = createRequire(import.meta.url)
  const packaged = require('wink-eng-lite-web-model/dist/load-core-model.js')()
  const file = require.resolve('wink-eng-lite-web-model').replace(/model\.js$/, 'languages/cur/models/eng-core-web-model.json')
  // A copy of the model package's layout: the stamp reads the package's version.
  const pkg = mkdtempSync(join(tmpdir(), 'sitrep-wink-'))
  const models = join(pkg, 'dist', 'languages', 'cur', 'models')
  mkdirSync(models, { recursive: true })
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ version: '1.8.1' }))
  const json = join(models, 'eng-core-web-model.json')
  copyFileSync(file, json)
  const bin = join(pkg, 'build', 'wink-core.bin')
  assert.equal(coreArtifactFresh(bin, json), false)
  assert.equal(readCoreArtifact(bin, json), undefined)
  compileCore(json, bin)
  assert.equal(coreArtifactFresh(bin, json), true)
  const core = readCoreArtifact(bin, json)
  const ourHash = core.features.lexeme.hash, theirHash = packaged.features.lexeme.hash
  assert.equal(Object.keys(theirHash).length, 87593)
  assert.equal(Object.keys(theirHash).every((word) => ourHash[word] === theirHash[word]), true)
  assert.equal(ourHash['not-a-wink-lexeme'], undefined)
  delete core.features.lexeme.hash
  delete packaged.features.lexeme.hash
  assert.equal(isDeepStrictEqual(core, packaged), true)
  // The JSON touched (a new package version would change its stamp too): the artifact is not used.
  const later = new Date(Date.now() + 60_000)
  utimesSync(json, later, later)
  assert.equal(coreArtifactFresh(bin, json), false)
  assert.equal(readCoreArtifact(bin, json), undefined)
})
