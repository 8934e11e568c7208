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

const article = (id: string) => ({ id, title: null, section: null, byline: null, source: null, url: null, published: '2024-03-12', input: id })

test('an article with no event word skips actors, figures, dates and the frame, and says so once; its places are still read', () => {
  const doc = extract({ article: article('quiet'), text: 'The army band and the police choir played in Gao. The council approved a budget of 12 million dollars on Monday.' })
  assert.deepEqual(doc.actors, [])
  assert.deepEqual(doc.numbers, [])
  assert.deepEqual(doc.dates, [])
  assert.equal(doc.frame, null)
  assert.deepEqual(doc.places.map((p) => [p.text, p.countryCode]), [['Gao', 'ML']])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'no-event-word').map((m) => [m.stage, m.level]), [['actors', 'info']])
  assert.deepEqual(doc.events, [])
})

test('the same article with one event word reads its actors and frame', () => {
  const doc = extract({ article: article('clash'), text: 'The army and the police clashed with protesters in Gao. The council approved a budget of 12 million dollars on Monday.' })
  assert.equal(doc.actors.length > 0, true)
  assert.equal(doc.frame?.country, 'ML')
  assert.equal(doc.messages.some((m) => m.rule === 'no-event-word'), false)
})

test('an article with an event word reads its figures and dates as before', () => {
  const doc = extract({ article: article('attack'), text: 'Gunmen attacked a village near Gao on Monday, killing 12 civilians, officials said.' })
  assert.deepEqual(doc.numbers.map((n) => [n.text, n.value, n.measure]), [['12', 12, 'killed']])
  assert.deepEqual(doc.dates.map((d) => [d.text, d.day]), [['Monday', '2024-03-11']])
  assert.equal(doc.messages.some((m) => m.rule === 'no-event-word'), false)
})
