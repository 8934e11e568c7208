/** @module text/phrases-part.test: a part of a token table already scanned whole is answered from the whole scan, as a scan of its own would. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Tokens } from '../doc.js'
import { compilePhrases } from './phrases.js'

function tokens(text: string): Tokens {
  const value = text.split(' ')
  const n = value.length
  return { count: n, value, norm: value.map((v) => v.toLowerCase()), pos: [], kind: [], start: new Int32Array(n), end: new Int32Array(n), sentence: new Int32Array(n) }
}

const index = compilePhrases<string>([['set on fire', 'fire'], ['on fire', 'burning'], ['fire', 'shots'], ['shot', 'shot'], ['shot dead', 'killed']])
const show = (ms: { value: string; first: number; last: number }[]) => ms.map((m) => `${m.value} ${m.first}-${m.last}`)

test('after a whole scan, a part gives the whole scan\'s own matches that start in it', () => {
  // 0 they 1 set 2 on 3 fire 4 a 5 car 6 and 7 a 8 guard 9 was 10 shot 11 dead 12 by 13 fire
  const t = tokens('they set on fire a car and a guard was shot dead by fire')
  const whole = index.scan(t)
  assert.deepEqual(show(whole), ['fire 1-3', 'killed 10-11', 'shots 13-13'])
  const part = index.scan(t, 4, 13)
  assert.deepEqual(show(part), ['killed 10-11'])
  assert.equal(part[0], whole[1])                  // the whole scan's match itself: nothing scanned again
  assert.deepEqual(show(index.scan(t, 0, 4)), ['fire 1-3'])
  assert.deepEqual(show(index.scan(t, 11, 14)), ['shots 13-13'])
  assert.deepEqual(show(index.scan(t, 4, 4)), [])
})

test('twin: a part that starts inside a match of the whole scan is scanned on its own', () => {
  const t = tokens('they set on fire a car and a guard was shot dead by fire')
  index.scan(t)
  // From "on": the part's own scan reads "on fire", which the whole scan took inside "set on fire".
  assert.deepEqual(show(index.scan(t, 2, 6)), ['burning 2-3'])
  assert.deepEqual(show(index.scan(t, 3, 12)), ['shots 3-3', 'killed 10-11'])
  assert.deepEqual(show(index.scan(t, 11, 12)), [])
})
