/** The coreference decision: hard limits, the score and its reasons, on hand-built records. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rec } from '../store/fixtures.js'
import { compileMergeConfig, mergeConfig } from './config.js'
import { decide } from './match.js'

const cfg = mergeConfig()
const a = rec({ id: 'ev_a', article_id: 'a' })

test('two outlets, one strike: same day and place, same type and actors', () => {
  assert.deepEqual(decide(a, rec({ id: 'ev_b', article_id: 'b' }), cfg), {
    same: true, score: 1,
    reasons: ['dates 0 day(s) apart (window 1)', 'same place (Tadmur)', 'same sub-event type (Air/drone strike)',
      'shared actors (Military Forces of Syria (2000-))', 'score 1 ≥ threshold 0.7'],
  })
})

test('a week-precision report reaches further back in time', () => {
  const vague = rec({ id: 'ev_w', article_id: 'w', event_date: '2016-03-21', time_precision: 2 })
  assert.deepEqual(decide(a, vague, cfg).reasons.slice(0, 1), ['dates 6 day(s) apart (window 7)'])
  assert.equal(decide(a, { ...vague, time_precision: 1 }, cfg).reasons[0], 'dates 6 days apart, window 1')
})

test('near misses do not merge, each for its own reason', () => {
  const no = (over: Parameters<typeof rec>[0]) => { const d = decide(a, rec(over), cfg); return [d.same, d.reasons[d.reasons.length - 1]] }
  assert.deepEqual(no({ id: 'x', article_id: 'x', location: 'Homs', geonameid: 169577, latitude: 34.73, longitude: 36.72 }), [false, 'places 143 km apart, limit 15'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', event_type: 'Protests', sub_event_type: 'Peaceful protest' }), [false, 'types incompatible (Explosions/Remote violence, Protests)'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', actor1: 'Military Forces of Russia (2000-)', actor2: 'Islamic State (Syria)' }), [false, 'named actors differ'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', iso: 'IQ' }), [false, 'countries differ (SY, IQ)'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', event_date: null }), [false, 'a date is unknown'])
})

test('conservative gates: each difference between two reports needs the rest exact', () => {
  const last = (over: Parameters<typeof rec>[0]) => { const d = decide(a, rec(over), cfg); return [d.same, d.reasons[d.reasons.length - 1]] }
  const base = { id: 'x', article_id: 'x' }
  assert.deepEqual(last({ ...base, geonameid: null, latitude: 34.6, longitude: 38.3, location: 'Tadmur outskirts' }),
    [false, 'not the same place: distinct incidents of one day happen in neighbouring towns'])
  assert.deepEqual(last({ ...base, event_date: '2016-03-28' }), [false, 'different days need the same sub-event type, the same named actors and the same toll'])
  assert.deepEqual(last({ ...base, event_date: '2016-03-28', fatalities: 0 }), [false, 'different days need the same sub-event type, the same named actors and the same toll'])
  assert.deepEqual(decide(rec({ ...base, fatalities: 4 }), rec({ id: 'y', article_id: 'y', event_date: '2016-03-28', fatalities: 4 }), cfg).same, true, 'a day apart with the same toll')
  assert.deepEqual(last({ ...base, sub_event_type: 'Shelling/artillery/missile attack' }), [true, 'score 0.925 ≥ threshold 0.7'])
  assert.deepEqual(last({ ...base, sub_event_type: 'Shelling/artillery/missile attack', fatalities: 3 }), [false, 'different sub-event types need the same type, day, named actors and toll'])
  assert.deepEqual(last({ ...base, actor1: 'Unidentified Armed Group (Syria)' }), [false, 'a named actor on one side only needs the same sub-event type, day and a same non-zero toll'])
  const clash = { ...base, event_type: 'Battles', sub_event_type: 'Armed clash', actor2: 'Islamic State (Syria)' }
  assert.deepEqual(decide(rec(clash), rec({ ...clash, id: 'y', article_id: 'y', actor2: 'Hurras al-Din' }), cfg).reasons.at(-1), 'different named second actors (Islamic State (Syria), Hurras al-Din)')
  assert.deepEqual(last({ ...base, geo_precision: 3, geonameid: null, location: 'Homs' }), [false, 'not the same place: distinct incidents of one day happen in neighbouring towns'])
})

test('a broken data file is refused, naming the key', () => {
  assert.throws(() => compileMergeConfig({ threshold: 2 }), /^Error: data\/merge.yaml: "threshold" must be in \(0, 1\]$/)
  assert.throws(() => compileMergeConfig({ threshold: 0.5, weights: { date: 0.5, place: 0.5, type: 0.5, actors: 0 } }), /"weights" must sum to 1, they sum to 1.5/)
})
