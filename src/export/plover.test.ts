import assert from 'node:assert/strict'
import { test } from 'node:test'
import { airStrike, clash, protest, records } from './fixtures.js'
import { writeAll } from './index.js'
import { ploverActor, toPlover } from './plover.js'

test('plover: a JSON array, one event per line, PLOVER field names', () => {
  assert.equal(writeAll('plover', records), '[\n' +
    // one-sided: perpetrator is source, the victims (with the associated actor) recipient
    '{"id":"ev_0001aaaa","date":"2016-03-27",' +
    '"source":[{"code":"RUS","sector":"MIL","identifier_text":"Military Forces of Russia (2000-)"}],' +
    '"recipient":[{"code":"SYR","sector":"CVL","identifier_text":"Civilians (Syria)"},' +
    '{"code":"SYR","sector":"CVL","identifier_text":"Women (Syria)"}],' +
    '"event":"ASSAULT","mode":"heavy-weapons","context":["military"],"quad_code":4,' +
    '"event_loc":{"geonameid":170001,"name":"Ariha","latitude":35.8137,"longitude":36.6085,"country code":"SY",' +
    '"cc3":"SYR","admin1":"Idlib","admin2":"Ariha"},"dead":4,' +
    '"cite_info":[{"citation":"a1","publication":"Daily \\"Star\\", Beirut","url":"https://example.org/a1"},' +
    '{"citation":"a2","publication":"Wire"}],' +
    '"comment":"Warplanes struck \\"the market\\", killing at least 4,\\nincluding 2 women.","coder":"sitrep",' +
    '"acled_sub_event_type":"Air/drone strike","status":"reported"},\n' +
    // no second actor: no recipient; planned: context future; no place but the country
    '{"id":"ev_0002bbbb","date":"2021-07-10",' +
    '"source":[{"code":"KEN","sector":"OPP","identifier_text":"Protesters (Kenya)"},' +
    '{"code":"KEN","sector":"EDU","identifier_text":"Teachers (Kenya)"},' +
    '{"code":"KEN","sector":"EDU","identifier_text":"Students (Kenya)"}],' +
    '"event":"PROTEST","mode":"demo","context":["future"],"quad_code":4,"event_loc":{"country code":"KE","cc3":"KEN"},' +
    '"dead":0,"cite_info":[{"citation":"a3"}],"comment":"Teachers planned a march.","coder":"sitrep",' +
    '"acled_sub_event_type":"Peaceful protest","status":"planned"},\n' +
    // two-sided: both actors are source; background: context historical; no date: date null
    '{"id":"ev_0003cccc","date":null,' +
    '"source":[{"code":"MLI","sector":"REB","identifier_text":"JNIM: Group for Support of Islam and Muslims"},' +
    '{"code":"MLI","sector":"MIL","identifier_text":"Military Forces of Mali (2021-)"}],' +
    '"event":"ASSAULT","mode":"firearms","context":["military","historical"],"quad_code":4,' +
    '"event_loc":{"geonameid":2460001,"name":"Boni","latitude":15.0167,"longitude":-1.8833,"country code":"ML",' +
    '"cc3":"MLI","admin1":"Mopti","admin2":"Douentza"},"dead":12,' +
    '"cite_info":[{"citation":"a4","publication":"Sahel Times","url":"https://example.org/a4"}],' +
    '"comment":"Militants and soldiers clashed near Boni.","coder":"sitrep",' +
    '"acled_sub_event_type":"Armed clash","status":"background"}\n' +
    ']\n')
})

test('plover with no records is an empty array', () => {
  assert.equal(writeAll('plover', []), '[]\n')
})

test('a sub-event type PLOVER has no category for keeps event null and no mode', () => {
  const other = toPlover({ ...protest, event_type: 'Strategic developments', sub_event_type: 'Other', status: 'reported' })
  assert.deepEqual(other, {
    id: 'ev_0002bbbb', date: '2021-07-10',
    source: [
      { code: 'KEN', sector: 'OPP', identifier_text: 'Protesters (Kenya)' },
      { code: 'KEN', sector: 'EDU', identifier_text: 'Teachers (Kenya)' },
      { code: 'KEN', sector: 'EDU', identifier_text: 'Students (Kenya)' },
    ],
    event: null, event_loc: { 'country code': 'KE', cc3: 'KEN' }, dead: 0, cite_info: [{ citation: 'a3' }],
    comment: 'Teachers planned a march.', coder: 'sitrep', acled_sub_event_type: 'Other', status: 'reported',
  })
})

test('actor codes and sectors: by name first, then by inter; domestic actors take the event country', () => {
  assert.deepEqual([
    ploverActor('Police Forces of Nigeria (2015-)', 1, 'NG'),
    ploverActor('Unidentified Armed Group (Libya)', 3, 'LY'),
    ploverActor('United Nations', 8, 'ML'),
    ploverActor('Rioters', 5, 'IN'),
    ploverActor('Islamic State', 2, 'IQ'),
    ploverActor('Wagner Group', 8, 'ML'),
    ploverActor('PFUJ: Pakistan Federal Union of Journalists', null, 'PK', undefined, 6),
    ploverActor('SNS: Serbian Progressive Party', null, 'RS'),
    ploverActor('Military Forces of the United States (2021-)', 8, 'SY'),
  ], [
    { code: 'NGA', sector: 'COP', identifier_text: 'Police Forces of Nigeria (2015-)' },
    { code: 'LBY', sector: 'UAF', identifier_text: 'Unidentified Armed Group (Libya)' },
    { code: 'IGO', identifier_text: 'United Nations' },
    { code: 'IND', sector: 'CVL', identifier_text: 'Rioters' },
    { code: 'IRQ', sector: 'REB', identifier_text: 'Islamic State' },
    { identifier_text: 'Wagner Group' },
    { code: 'PAK', sector: 'JRN', identifier_text: 'PFUJ: Pakistan Federal Union of Journalists' },
    { sector: 'PTY', identifier_text: 'SNS: Serbian Progressive Party' },
    { code: 'USA', sector: 'MIL', identifier_text: 'Military Forces of the United States (2021-)' },
  ])
})

test('plover output parses as one JSON document', () => {
  const events = JSON.parse(writeAll('plover', [clash, airStrike]))
  assert.deepEqual(events.map((e: { id: string; event: string }) => [e.id, e.event]), [['ev_0003cccc', 'ASSAULT'], ['ev_0001aaaa', 'ASSAULT']])
})
