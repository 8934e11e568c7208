import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Article } from '../doc.js'
import { createDoc } from '../doc.js'
import { text } from './index.js'

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
