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
    reasons: ['dates 0 day(s) apart (window 2)', 'same place (Tadmur)', 'same sub-event type (Air/drone strike)',
      'shared actors (Military Forces of Syria (2000-))', 'score 1 ≥ threshold 0.7'],
  })
})

test('a week-precision report reaches further back in time', () => {
  const vague = rec({ id: 'ev_w', article_id: 'w', event_date: '2016-03-21', time_precision: 2 })
  assert.deepEqual(decide(a, vague, cfg).reasons.slice(0, 1), ['dates 6 day(s) apart (window 8)'])
  assert.equal(decide(a, { ...vague, time_precision: 1 }, cfg).reasons[0], 'dates 6 days apart, window 2')
})

test('near misses do not merge, each for its own reason', () => {
  const no = (over: Parameters<typeof rec>[0]) => { const d = decide(a, rec(over), cfg); return [d.same, d.reasons[d.reasons.length - 1]] }
  assert.deepEqual(no({ id: 'x', article_id: 'x', location: 'Homs', geonameid: 169577, latitude: 34.73, longitude: 36.72 }), [false, 'places 143 km apart, limit 15'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', event_type: 'Protests', sub_event_type: 'Peaceful protest' }), [false, 'types incompatible (Explosions/Remote violence, Protests)'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', actor1: 'Military Forces of Russia (2000-)', actor2: 'Islamic State (Syria)' }), [false, 'named actors differ'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', iso: 'IQ' }), [false, 'countries differ (SY, IQ)'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', event_date: null }), [false, 'a date is unknown'])
})

test('a related type and generic actors can still merge when place and day agree, with a lower score', () => {
  const clash = rec({ id: 'ev_c', article_id: 'c', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Unidentified Armed Group (Syria)', actor2: null,
    geonameid: null, latitude: 34.6, longitude: 38.3 })
  const d = decide(a, clash, cfg)
  assert.deepEqual([d.same, d.score], [false, 0.675])
  assert.deepEqual(decide(a, { ...clash, sub_event_type: 'Air/drone strike', event_type: 'Explosions/Remote violence' }, cfg).same, true)
})

test('a broken data file is refused, naming the key', () => {
  assert.throws(() => compileMergeConfig({ threshold: 2 }), /^Error: data\/merge.yaml: "threshold" must be in \(0, 1\]$/)
  assert.throws(() => compileMergeConfig({ threshold: 0.5, weights: { date: 0.5, place: 0.5, type: 0.5, actors: 0 } }), /"weights" must sum to 1, they sum to 1.5/)
})
