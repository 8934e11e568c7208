import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { EventRecord } from '../schema/record.js'
import type { AcledGold } from './compare.js'
import { compareAcled, countCase } from './compare.js'
import { Tally } from './result.js'

// A made-up event, not from any gold file.
const gold: AcledGold = {
  event_date: '2021-03-14', time_precision: 1, disorder_type: 'Political violence', event_type: 'Battles',
  sub_event_type: 'Armed clash', actor1: 'Military Forces of Freedonia (2019-)', assoc_actor_1: '', inter1: 1,
  actor2: 'Northern Liberation Front', assoc_actor_2: 'Civilians (Freedonia)', inter2: 2, interaction: 12,
  country: 'Freedonia', iso: 'FD', admin1: 'Nórte', admin2: '', location: 'Alpha', latitude: 10, longitude: 20,
  geo_precision: 1, fatalities: 10,
}

function record(over: Partial<EventRecord>): EventRecord {
  return {
    id: 'ev_1', article_id: 'a', event_date: '2021-03-14', time_precision: 1, disorder_type: 'Political violence',
    event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Northern Liberation Front', assoc_actor_1: '', inter1: 2,
    actor2: 'Military Forces of Freedonia (2019-)', assoc_actor_2: '', inter2: 1, interaction: 12, country: 'Freedonia',
    iso: 'fd', admin1: 'Norte', admin2: '', location: 'Alpha', latitude: 10.1, longitude: 20, geo_precision: 2,
    geonameid: null, fatalities: 12, fatalities_low: 12, fatalities_high: 12, fatality_claims: [], other_claims: [],
    status: 'reported', confidence: 0.5, evidence: {}, sources: [], notes: '', ...over,
  }
}

test('compareAcled: each figure of a near-miss prediction', () => {
  const ok = compareAcled(record({}), gold)
  assert.equal(Math.round(ok.km! * 100) / 100, 11.12)
  assert.deepEqual({ ...ok, km: null }, {
    coverage: true, event_type: true, sub_event_type: true, disorder_type: true, event_date: true, time_precision: true,
    fatalities: false, fatalities_20pct: true, place_25km: true, place_100km: true, iso: true, admin1: true,
    geo_precision: false, actor_pair: true, actor1: false, actor_names: 2 / 3, interaction: true, km: null,
  })
})

test('compareAcled: no coordinates misses both radii; no prediction misses everything', () => {
  const ok = compareAcled(record({ latitude: null, longitude: null, sub_event_type: 'Attack', fatalities: 13 }), gold)
  assert.deepEqual([ok.km, ok.place_25km, ok.place_100km, ok.sub_event_type, ok.fatalities_20pct], [null, false, false, false, false])
  const none = compareAcled(null, gold)
  assert.deepEqual(Object.entries(none).filter(([, v]) => v !== false && v !== 0 && v !== null), [])
})

test('Tally: misses count in "all", uncovered rows stay out of "covered"', () => {
  const t = new Tally([['x', 'x accuracy'], ['y', 'y share']])
  t.add('x', true, true); t.add('x', false, true); t.add('x', false, false); t.add('x', true, true)
  t.add('y', 0.5, true)
  assert.deepEqual(t.metrics(), [
    { key: 'x', label: 'x accuracy', value: 0.5, covered: 2 / 3, n: 4 },
    { key: 'y', label: 'y share', value: 0.5, covered: 0.5, n: 1 },
  ])
  assert.throws(() => t.add('z', true, true), /no metric "z"/)
})

test('countCase: a non-ACLED row is right when nothing is predicted, else a false alarm', () => {
  const acled = { label: 'AIR_STRIKE', sub_event_type: 'Air/drone strike', event_type: 'Explosions/Remote violence' }
  const other = { label: 'NATURAL_DISASTER', sub_event_type: null, event_type: null }
  const none = { subEventType: null, eventType: null, any: false }
  const c = countCase([
    { gold: acled, predicted: { subEventType: 'Air/drone strike', eventType: 'Explosions/Remote violence', any: true } },
    { gold: acled, predicted: { subEventType: 'Shelling/artillery/missile attack', eventType: 'Explosions/Remote violence', any: true } },
    { gold: acled, predicted: none },
    { gold: other, predicted: none },
    { gold: other, predicted: { subEventType: 'Attack', eventType: 'Violence against civilians', any: true } },
  ])
  assert.deepEqual(c, { rows: 5, acled: 3, other: 2, correct: 2, subCorrect: 1, typeCorrect: 2, covered: 2, falseAlarms: 1 })
})
