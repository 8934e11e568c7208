/** @module events/fatalities tests: ACLED's lowest credible figure, group sums, partisan claims, day splits. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FatalityClaim } from '../doc.js'
import { fatalitiesFrom, groupKey, splitAcrossDays } from './fatalities.js'

let at = 0
function claim(value: number | null, group: string | null = null, more: Partial<FatalityClaim> = {}): FatalityClaim {
  at += 10
  return { value, qualifier: 'exact', claimant: null, group, span: [at, at + 2], ...more }
}

test('no claims, or no figure, is zero', () => {
  assert.deepEqual(fatalitiesFrom([]), { fatalities: 0, low: 0, high: 0 })
  assert.deepEqual(fatalitiesFrom([claim(null)]), { fatalities: 0, low: 0, high: 0 })
})

test('conflicting claims about the same dead: the lowest credible figure, the range over all', () => {
  assert.deepEqual(fatalitiesFrom([claim(20, null, { qualifier: 'at-least', claimant: 'the monitor' }), claim(15, null, { claimant: 'state TV' })]),
    { fatalities: 15, low: 15, high: 20 })
  assert.deepEqual(fatalitiesFrom([claim(40, 'fighters'), claim(35, 'IS fighters'), claim(38, 'fighters')]),
    { fatalities: 73, low: 73, high: 75 })
})

test('figures for different groups add up', () => {
  assert.deepEqual(fatalitiesFrom([claim(400, 'fighters'), claim(180, 'soldiers')]), { fatalities: 580, low: 580, high: 580 })
  assert.deepEqual(fatalitiesFrom([claim(2, 'soldiers'), claim(5, 'others')]), { fatalities: 7, low: 7, high: 7 })
  // "troops" and "soldiers" are the same dead; "policemen" and "police officers" too.
  assert.deepEqual(fatalitiesFrom([claim(12, 'troops'), claim(10, 'soldiers'), claim(3, 'policemen'), claim(4, 'police officers')]),
    { fatalities: 13, low: 13, high: 16 })
})

test('a total counts when it is larger than the groups it includes', () => {
  assert.deepEqual(fatalitiesFrom([claim(20, 'people'), claim(5, 'children')]), { fatalities: 20, low: 20, high: 20 })
  assert.deepEqual(fatalitiesFrom([claim(2, 'soldiers'), claim(3, null)]), { fatalities: 3, low: 3, high: 3 })
  assert.deepEqual(fatalitiesFrom([claim(2, 'soldiers'), claim(1, 'civilians'), claim(2, null)]), { fatalities: 3, low: 3, high: 3 })
})

test('a party about its enemy is kept in the range but a neutral figure is chosen', () => {
  assert.deepEqual(fatalitiesFrom([claim(50, 'soldiers', { claimant: 'the group', partisan: true }), claim(8, 'soldiers', { claimant: 'the monitor' })]),
    { fatalities: 8, low: 8, high: 50 })
  assert.deepEqual(fatalitiesFrom([claim(5, 'soldiers', { claimant: 'the group', partisan: true }), claim(8, 'soldiers', { claimant: 'the monitor' })]),
    { fatalities: 8, low: 5, high: 8 })
  // Only partisan claims: the lowest of them.
  assert.deepEqual(fatalitiesFrom([claim(50, 'soldiers', { partisan: true }), claim(30, 'soldiers', { partisan: true })]), { fatalities: 30, low: 30, high: 50 })
  // A caller may decide partisanship itself.
  assert.deepEqual(fatalitiesFrom([claim(50, null, { claimant: 'rebels' }), claim(9, null, { claimant: 'medics' })], { isPartisan: (c) => c.claimant === 'medics' }),
    { fatalities: 50, low: 9, high: 50 })
})

test('vague words use their conventional value, and a stated number beats them', () => {
  assert.deepEqual(fatalitiesFrom([claim(12, null, { qualifier: 'vague' })]), { fatalities: 12, low: 12, high: 12 })
  assert.deepEqual(fatalitiesFrom([claim(12, null, { qualifier: 'vague' }), claim(30, null, { qualifier: 'more-than' })]), { fatalities: 30, low: 12, high: 30 })
})

test('ranges: the low end is coded, the high end widens the range', () => {
  assert.deepEqual(fatalitiesFrom([claim(20, 'civilians', { high: 30 })]), { fatalities: 20, low: 20, high: 30 })
})

test('"no fatalities" counts only without any death claim; a claimant named "coder" is one source among others', () => {
  assert.deepEqual(fatalitiesFrom([claim(0)]), { fatalities: 0, low: 0, high: 0 })
  assert.deepEqual(fatalitiesFrom([claim(0), claim(4, 'civilians')]), { fatalities: 4, low: 4, high: 4 })
  assert.deepEqual(fatalitiesFrom([claim(10, null, { claimant: 'coder' }), claim(1, 'man')]), { fatalities: 10, low: 10, high: 10 })
  assert.deepEqual(fatalitiesFrom([claim(0, null, { claimant: 'coder' }), claim(1, null, { claimant: 'VoJ' })]), { fatalities: 1, low: 1, high: 1 })
})

test('group keys', () => {
  assert.deepEqual(['the soldiers', 'Government troops', 'people', 'five others', null, 'IS fighters', 'Militants'].map(groupKey),
    ['soldier', 'government soldier', '', 'five other', '', 'is fighter', 'fighter'])
})

test('a total over several days: even split, remainder on the first day', () => {
  assert.deepEqual(splitAcrossDays(7, 3), [3, 2, 2])
  assert.deepEqual(splitAcrossDays(6, 3), [2, 2, 2])
  assert.deepEqual(splitAcrossDays(2, 5), [2, 0, 0, 0, 0])
  assert.deepEqual(splitAcrossDays(9, 1), [9])
  assert.deepEqual(splitAcrossDays(5, 0), [])
})

test('a total from another source is another count of the same dead; running totals never count', () => {
  // "More than 20 soldiers" (local sources), "11 soldiers" (the army), "23 bodies" (officials): the lowest, 11.
  assert.deepEqual(fatalitiesFrom([claim(20, 'soldiers', { claimant: 'local sources' }), claim(11, 'soldiers', { claimant: 'the army' }), claim(23, null, { claimant: 'officials' })]),
    { fatalities: 11, low: 11, high: 23 })
  assert.deepEqual(fatalitiesFrom([claim(7, 'civilians'), claim(4000, null, { total: true })]), { fatalities: 7, low: 7, high: 7 })
  assert.deepEqual(fatalitiesFrom([claim(400, 'fighters', { total: true }), claim(180, 'soldiers', { total: true })]), { fatalities: 0, low: 0, high: 0 })
})

test('an age and a possessive before a number add no dead (whole pipeline)', async () => {
  const { extract } = await import('../pipeline.js')
  const { toRecords } = await import('./records.js')
  const coded = (text: string) => toRecords(extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2024-05-02', input: 't' }, text }))
    .map((r) => [r.fatalities, r.fatality_claims.map((c) => [c.value, c.group])])
  assert.deepEqual(coded('A 28-year-old man was beaten to death by a mob in Gusau on Tuesday.'), [[1, [[1, 'man']]]])
  assert.deepEqual(coded('A woman and her two daughters were killed when gunmen attacked Gusau on Tuesday.'), [[3, [[1, 'woman'], [2, 'daughters']]]])
})
