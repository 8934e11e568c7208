import assert from 'node:assert/strict'
import { test } from 'node:test'
import { airStrike, clash, protest } from './fixtures.js'
import { writeAll } from './index.js'

test('jsonl writes one record per line, every field, in record order', () => {
  assert.equal(writeAll('jsonl', [protest, clash]),
    '{"id":"ev_0002bbbb","article_id":"a3","event_date":"2021-07-10","time_precision":2,"disorder_type":"Demonstrations",' +
    '"event_type":"Protests","sub_event_type":"Peaceful protest","actor1":"Protesters (Kenya)",' +
    '"assoc_actor_1":"Teachers (Kenya); Students (Kenya)","inter1":6,"actor2":null,"assoc_actor_2":"","inter2":0,' +
    '"interaction":60,"country":"Kenya","iso":"KE","admin1":"","admin2":"","location":"","latitude":null,"longitude":null,' +
    '"geo_precision":3,"geonameid":null,"fatalities":0,"fatalities_low":0,"fatalities_high":0,"fatality_claims":[],' +
    '"other_claims":[],"status":"planned","confidence":0.5,"evidence":{},' +
    '"sources":[{"article_id":"a3","source":null,"url":null,"published":null}],"notes":"Teachers planned a march."}\n' +
    '{"id":"ev_0003cccc","article_id":"a4","event_date":null,"time_precision":3,"disorder_type":"Political violence",' +
    '"event_type":"Battles","sub_event_type":"Armed clash","actor1":"JNIM: Group for Support of Islam and Muslims",' +
    '"assoc_actor_1":"","inter1":2,"actor2":"Military Forces of Mali (2021-)","assoc_actor_2":"","inter2":1,' +
    '"interaction":12,"country":"Mali","iso":"ML","admin1":"Mopti","admin2":"Douentza","location":"Boni",' +
    '"latitude":15.0167,"longitude":-1.8833,"geo_precision":2,"geonameid":2460001,"fatalities":12,"fatalities_low":10,' +
    '"fatalities_high":15,"fatality_claims":[],"other_claims":[],"status":"background","confidence":0.35,"evidence":{},' +
    '"sources":[{"article_id":"a4","source":"Sahel Times","url":"https://example.org/a4","published":"2022-01-05T08:30:00"}],' +
    '"notes":"Militants and soldiers clashed near Boni."}\n')
})

test('a newline in the notes stays escaped inside its one line', () => {
  const lines = writeAll('jsonl', [airStrike]).split('\n')
  assert.equal(lines.length, 2)
  assert.equal(lines[1], '')
  assert.equal(lines[0].slice(lines[0].indexOf('"notes"')), '"notes":"Warplanes struck \\"the market\\", killing at least 4,\\nincluding 2 women."}')
})

test('no records, no output', () => {
  assert.equal(writeAll('jsonl', []), '')
})
