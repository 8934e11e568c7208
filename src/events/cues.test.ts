/** @module events/cues tests: data/events/cues.yaml entries compile to whole-word matchers. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cue, cueWhole, entrySource, literalSource } from './cues.js'

test('entry syntax: optional endings, any ending, digits, any whitespace', () => {
  assert.equal(entrySource('civilian(s)'), 'civilian(?:s)?')
  assert.equal(entrySource('gendarm*'), 'gendarm\\w*')
  assert.equal(entrySource('destroyed #'), 'destroyed\\s+\\d+')
  assert.deepEqual(['two civilians died', 'a Civilian', 'civilianised'].map((t) => cue('victims').test(t)), [true, true, false])
  assert.deepEqual(['the bomb squad came', 'destroyed 3 mines', 'destroyed homes'].map((t) => cue('defused').test(t)), [true, true, false])
  assert.deepEqual(['shot dead', 'shot dead him'].map((t) => cueWhole('firearm').test(t)), [true, false])
})

test('literal gate: each entry leaves a literal run its pattern needs; an entry of wildcards alone leaves none', () => {
  assert.equal(literalSource(['*-day', 'month-long', 'attack(s) on', 'destroyed #']), '-day|month-long|attack|destroyed')
  // The gate passes every text the list's own pattern matches, and a text without any of its runs is skipped.
  const gate = new RegExp(literalSource(['*-week', '* year long']), 'i')
  assert.deepEqual(['a three-WEEK siege', 'a two year long war', 'a weekly market'].map((t) => gate.test(t)), [true, true, false])
  assert.equal(literalSource(['*-day', '*']), '')
})
