import { test } from 'node:test'
import assert from 'node:assert/strict'
import { actorNames, confusion, haversineKm, macroF1, median, nameRecall, normName, samePair, withinRelative } from './metrics.js'

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits

test('haversine: one degree of latitude, the antimeridian, Paris to London', () => {
  assert.equal(haversineKm(10, 20, 10, 20), 0)
  assert.equal(round(haversineKm(0, 0, 1, 0), 3), 111.195)
  // 179.5 E to 179.5 W is one degree across the date line, not 359.
  assert.equal(round(haversineKm(0, 179.5, 0, -179.5), 3), 111.195)
  assert.equal(round(haversineKm(48.8566, 2.3522, 51.5074, -0.1278), 1), 343.6)
})

test('within ±20 %: both edges inside, just beyond outside, zero only for zero', () => {
  assert.deepEqual(
    [[12, 10], [8, 10], [13, 10], [7, 10], [0, 0], [1, 0], [0, 1], [6, 5], [5, 4]].map(([p, g]) => withinRelative(p, g, 0.2)),
    [true, true, false, false, true, false, false, true, false])
})

test('actor-type pair is unordered', () => {
  assert.deepEqual(
    [samePair(1, 2, 2, 1), samePair(1, 2, 1, 2), samePair(1, 7, 1, 1), samePair(2, 0, 0, 2), samePair(3, 7, 3, 0)],
    [true, true, false, true, false])
})

test('names compare without case, accents or extra spaces', () => {
  assert.equal(normName('  Police Forces of  Mexico (2018-) '), 'police forces of mexico (2018-)')
  assert.equal(normName('Cuauhtémoc'), 'cuauhtemoc')
  assert.equal(normName(null), '')
})

test('actor names: main and associated, split on semicolons', () => {
  assert.deepEqual(actorNames('Rioters (Chad)', null, 'Students (Chad); Teachers (Chad)', ''), ['Rioters (Chad)', 'Students (Chad)', 'Teachers (Chad)'])
})

test('actor name match is the share of gold names the prediction has', () => {
  assert.equal(nameRecall(['Al Qaeda', 'civilians (mali)'], ['Al Qaeda', 'Civilians (Mali)', 'Women (Mali)', 'Women (Mali)']), 2 / 3)
  assert.equal(nameRecall(['Someone Else'], ['Al Qaeda']), 0)
  assert.equal(nameRecall([], []), 1)
  assert.equal(nameRecall(['Al Qaeda'], []), 0)
})

test('macro-F1: per class over gold labels; a null-gold prediction is a false positive; other labels cost recall only', () => {
  const pairs = [
    { gold: 'A', predicted: 'A' }, { gold: 'A', predicted: 'A' }, { gold: 'A', predicted: 'B' },
    { gold: 'B', predicted: 'B' }, { gold: 'B', predicted: null }, { gold: null, predicted: 'A' },
    { gold: 'C', predicted: 'D' },
  ]
  const { f1, perClass } = macroF1(pairs)
  assert.deepEqual(perClass.map((c) => [c.label, round(c.precision, 6), round(c.recall, 6), round(c.f1, 6), c.support]), [
    ['A', 0.666667, 0.666667, 0.666667, 3],
    ['B', 0.5, 0.5, 0.5, 2],
    ['C', 0, 0, 0, 1],
  ])
  assert.equal(round(f1, 12), round((2 / 3 + 0.5 + 0) / 3, 12))
  assert.equal(macroF1(pairs, ['B']).f1, 0.5)
  assert.equal(macroF1([]).f1, 0)
})

test('confusion counts gold × predicted, nothing predicted as (none)', () => {
  assert.deepEqual(confusion([
    { gold: 'A', predicted: 'A' }, { gold: 'A', predicted: null }, { gold: 'A', predicted: null }, { gold: null, predicted: 'B' },
  ]), { A: { A: 1, '(none)': 2 }, '(none)': { B: 1 } })
})

test('median of odd and even lists, null for none', () => {
  assert.deepEqual([median([5, 1, 3]), median([4, 1, 3, 10]), median([])], [3, 3.5, null])
})
