/** @module pipeline tests: a stage that throws becomes a fatal message under its own name. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from './pipeline.js'

test('a crashing stage is reported under its own name, and later stages are skipped', () => {
  let ran = false
  const stages = [function dates() { throw new Error('boom') }, function events() { ran = true }]
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 't' }, text: 'x' }, stages)
  assert.deepEqual(doc.messages.map((m) => [m.stage, m.rule, m.level, m.reason]), [['dates', 'stage-crashed', 'fatal', 'Stage dates failed: boom']])
  assert.equal(ran, false)
})
