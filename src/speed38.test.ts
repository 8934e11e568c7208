/** @module speed38.test: per-article work cut without changing results (loose place cues looked up by the word before a name). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { looseByLastWord } from './mentions/places/recognize.js'
import { placeKnowledge } from './mentions/places/knowledge.js'
import type { PlaceKnowledge } from './mentions/places/knowledge.js'

const cue = (phrase: string, precision: 1 | 2, loose: boolean): PlaceKnowledge['before'][number] => ({ words: phrase.split(' '), phrase, precision, loose })

test('loose cues are found by their last word, in the order of the cue list, and strict cues never', () => {
  const before = [cue('on the outskirts of', 2, true), cue('the village of', 1, true), cue('the capital of', 1, false), cue('outskirts of', 2, true), cue('near', 2, true), cue('in', 1, false)]
  const index = looseByLastWord(before)
  assert.deepEqual([...index.keys()], ['of', 'near'])
  assert.deepEqual(index.get('of')!.map((c) => c.phrase), ['on the outskirts of', 'the village of', 'outskirts of'])
  assert.deepEqual(index.get('near')!.map((c) => c.phrase), ['near'])
  assert.equal(index.get('in'), undefined)
  // Built once per cue list.
  assert.equal(looseByLastWord(before), index)
})

test('every loose cue of the data is filed under its last word, and the lists hold nothing else', () => {
  const before = placeKnowledge().before
  const index = looseByLastWord(before)
  const filed = [...index.entries()].flatMap(([last, list]) => list.map((c) => { assert.equal(c.words[c.words.length - 1], last); return c }))
  const loose = before.filter((c) => c.loose)
  assert.ok(loose.length > 0)
  assert.equal(filed.length, loose.length)
  for (const c of loose) {
    const list = index.get(c.words[c.words.length - 1])!
    // Same relative order as the data's list (longest first).
    assert.deepEqual(list, before.filter((o) => o.loose && o.words[o.words.length - 1] === c.words[c.words.length - 1]))
  }
})
