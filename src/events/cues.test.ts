/** @module events/cues tests: data/events/cues.yaml entries compile to whole-word matchers. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { cue, cueWhole, entrySource } from './cues.js'

test('entry syntax: optional endings, any ending, digits, any whitespace', () => {
  assert.equal(entrySource('civilian(s)'), 'civilian(?:s)?')
  assert.equal(entrySource('gendarm*'), 'gendarm\\w*')
  assert.equal(entrySource('destroyed #'), 'destroyed\\s+\\d+')
  assert.deepEqual(['two civilians died', 'a Civilian', 'civilianised'].map((t) => cue('victims').test(t)), [true, true, false])
  assert.deepEqual(['the bomb squad came', 'destroyed 3 mines', 'destroyed homes'].map((t) => cue('defused').test(t)), [true, true, false])
  assert.deepEqual(['shot dead', 'shot dead him'].map((t) => cueWhole('firearm').test(t)), [true, false])
})
