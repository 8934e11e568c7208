/** Combining sources: precise fields win, agreement breaks ties, every claim counts. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { claim, rec } from '../store/fixtures.js'
import { combine } from './combine.js'

const src = (id: string, published: string) => ({ article_id: id, source: `Outlet ${id}`, url: null, published })

test('the day comes from the most precise report, the place from the most precise, fatalities from all claims', () => {
  const week = rec({ id: 'ev_1', article_id: 'a1', event_date: '2016-03-21', time_precision: 2, geo_precision: 1, fatality_claims: [claim(12)], sources: [src('a1', '2016-03-28')] })
  const day = rec({ id: 'ev_2', article_id: 'a2', event_date: '2016-03-27', time_precision: 1, geo_precision: 2, location: 'Homs', geonameid: 169577,
    latitude: 34.73, longitude: 36.72, fatality_claims: [claim(9), claim(20)], confidence: 0.9, sources: [src('a2', '2016-03-29')] })
  const e = combine('ev_1', [day, week])
  assert.deepEqual([e.id, e.event_date, e.time_precision, e.location, e.geo_precision], ['ev_1', '2016-03-27', 1, 'Tadmur', 1])
  assert.deepEqual([e.fatalities, e.fatalities_low, e.fatalities_high], [9, 9, 20])
  assert.deepEqual(e.fatality_claims.map((c) => [c.value, c.article_id]), [[12, 'a1'], [9, 'a2'], [20, 'a2']])
  assert.deepEqual(e.sources.map((s) => s.article_id), ['a1', 'a2'])
  assert.deepEqual([e.article_id, e.confidence], ['a2', 0.9])
})

test('the sub-event type most sources give wins', () => {
  const strike = (id: string) => rec({ id, article_id: id, sources: [src(id, '2016-03-28')] })
  const shelling = rec({ id: 'ev_s', article_id: 's', sub_event_type: 'Shelling/artillery/missile attack', confidence: 0.95, sources: [src('s', '2016-03-27')] })
  assert.equal(combine('x', [shelling, strike('b'), strike('c')]).sub_event_type, 'Air/drone strike')
})
