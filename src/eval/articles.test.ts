import assert from 'node:assert/strict'
import { test } from 'node:test'
import { checkCase } from './articles.js'
import { matches, recordMatches } from './match.js'
import { stripAnnotations } from './strip.js'
import type { EventRecord } from '../schema/record.js'

// A record of our own making: only the fields the specs read.
const record = {
  sub_event_type: 'Armed clash', event_type: 'Battles', iso: 'SY', status: 'reported', event_date: '2016-03-27',
  latitude: 34.56, longitude: 38.27, fatalities: 0, actor1: 'Military Forces of Syria (2000-)', actor2: null, admin1: '',
  fatality_claims: [{ value: 400, claimant: 'the monitor' }, { value: 180, claimant: 'the monitor' }],
  evidence: { location: [10, 17], event_date: [0, 5] },
} as unknown as EventRecord

test('scalars: strings trimmed and case-insensitive, numbers numerically, null is missing or empty', () => {
  assert.deepEqual([
    recordMatches(record, { sub_event_type: ' armed CLASH ' }), recordMatches(record, { fatalities: 0 }),
    recordMatches(record, { actor2: null }), recordMatches(record, { admin1: null }), recordMatches(record, { iso: 'SYR' }),
  ], [true, true, true, true, false])
})

test('operators: near, oneOf, contains, regex, not, claimValues, after, before, min, max, hasKeys, exists', () => {
  const r = (m: Record<string, unknown>) => recordMatches(record, m)
  assert.deepEqual([
    r({ latitude: { near: [34.55, 38.28, 5] } }), r({ latitude: { near: [33.5, 36.3, 50] } }),
    r({ iso: { oneOf: ['IQ', 'sy'] } }), r({ actor1: { contains: 'forces of syria' } }), r({ actor1: { regex: '^military .*\\(2000-\\)$' } }),
    r({ status: { not: 'background' } }), r({ status: { not: { oneOf: ['reported', 'claimed'] } } }),
    r({ fatality_claims: { claimValues: [400, 180] } }), r({ fatality_claims: { claimValues: [400, 580] } }),
    r({ event_date: { after: '2016-03-26', before: '2016-03-28' } }), r({ event_date: { after: '2016-03-27' } }),
    r({ fatalities: { min: 0, max: 0 } }), r({ evidence: { hasKeys: ['location', 'event_date'] } }), r({ evidence: { hasKeys: ['actor1'] } }),
    r({ actor2: { exists: false } }), r({ actor1: { exists: true } }),
  ], [true, false, true, true, true, true, false, true, false, true, false, true, true, false, true, true])
})

test('a missing date never matches after/before; an unknown operator or a mixed spec never matches', () => {
  const undated = { ...record, event_date: null }
  assert.deepEqual([
    recordMatches(undated, { event_date: { before: '2100-01-01' } }), recordMatches(undated, { event_date: { not: { after: '2000-01-01' } } }),
    recordMatches(record, { iso: { equals: 'SY' } }), recordMatches(record, { iso: { oneOf: ['SY'], claimant: 'x' } }),
    recordMatches(record, {}), matches('SY', { near: [1, 2] }, record),
  ], [false, true, false, false, false, false])
})

test('an object of field names matches an element of an array field; a plain string inside means contains', () => {
  assert.equal(recordMatches(record, { fatality_claims: { claimant: 'MONITOR', value: 180 } }), true)
  assert.equal(recordMatches(record, { fatality_claims: { claimant: 'ministry' } }), false)
})

test('a case: events_min/max, must and mustNot each count once, positive items apart', () => {
  const checked = checkCase({
    article: {},
    expect: {
      events_min: 1, events_max: 1,
      must: [{ desc: 'the clash', match: { sub_event_type: 'Armed clash' } }, { desc: 'in Iraq', match: { iso: 'IQ' } }],
      mustNot: [{ desc: 'no background', match: { status: 'background' } }],
    },
  }, [record, { ...record, status: 'background' }])
  assert.deepEqual(checked.map((c) => [c.kind, c.met, c.positive]), [
    ['events_min', true, true], ['events_max', false, false], ['must', true, true], ['must', false, true], ['mustNot', false, false],
  ])
})

test('coders\' annotations leave ACLED notes; the reading stays', () => {
  assert.deepEqual([
    'Troops clashed with rebels near Abc. Fatalities coded as 0 (rebel radio reported 1).',
    'Troops clashed with rebels near Abc.Unknown number of fatalities coded as 10.',
    'Gunmen shot a trader in Def (coded as Def at geoprecision 2). Fatalities are split across 2 events (3). Police came.',
    'Traders protested in Ghi [coded to Ghi-Central] against a tax. [size=about 250] [coded according to the police version]',
    'Soldiers burned stalls at the market of Jkl-Mno, location coded as Mno (Pqr, Stu).',
    'The split between fatalities and injuries was not reported.',
  ].map(stripAnnotations), [
    'Troops clashed with rebels near Abc.', 'Troops clashed with rebels near Abc.', 'Gunmen shot a trader in Def. Police came.',
    'Traders protested in Ghi against a tax.', 'Soldiers burned stalls at the market of Jkl-Mno.',
    'The split between fatalities and injuries was not reported.',
  ])
})

test('an articles file is found, sniffed and scored: share of expectations, positive items and cases right', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const { goldFiles, sniffKind } = await import('./files.js')
  const { runEval } = await import('./index.js')
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-articles-'))
  // Two articles of our own: a market report (no event) and a protest.
  const cases = [
    { article: { id: 'm1', text: 'Oil prices plunged on Monday as traders sold shares of refiners in London.', published: '2024-02-05' },
      expect: { events_min: 0, events_max: 0, must: [], mustNot: [{ desc: 'no battle', match: { event_type: 'Battles' } }] } },
    { article: { id: 'p1', text: 'Hundreds of teachers marched through Nairobi on Tuesday to demand higher pay.', published: '2024-02-06' },
      expect: { events_min: 1, events_max: 1, must: [{ desc: 'a protest in Kenya', match: { event_type: 'Protests', iso: 'KE' } }, { desc: 'in Uganda', match: { iso: 'UG' } }], mustNot: [] } },
  ]
  writeFileSync(join(dir, 'articles-mini.json'), JSON.stringify({ cases }, null, 1))
  assert.deepEqual(goldFiles(dir), ['articles-mini.json'])
  assert.equal(sniffKind(join(dir, 'articles-mini.json')), 'articles')
  const result = await runEval({ dir })
  const figures = Object.fromEntries(result.files[0].metrics.map((m) => [m.key, [m.value, m.n]]))
  assert.deepEqual(figures, {
    expectations: [6 / 7, 7], positive: [3 / 4, 4], negative: [1, 3], cases_right: [0.5, 2], events: [1, 2], failed: [0, 2],
  })
})
