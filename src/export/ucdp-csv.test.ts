import assert from 'node:assert/strict'
import { test } from 'node:test'
import { airStrike, clash, protest, records } from './fixtures.js'
import { writeAll } from './index.js'
import { violence } from './ucdp-csv.js'

const HEADER = 'id,year,type_of_violence,dyad_name,side_a,side_b,number_of_sources,source_article,where_prec,' +
  'where_coordinates,adm_1,adm_2,latitude,longitude,geom_wkt,country,date_prec,date_start,date_end,' +
  'deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,event_type,sub_event_type,status\r\n'

test('ucdp-csv: GED columns, type of violence, GED side names, precision codes and deaths', () => {
  assert.equal(writeAll('ucdp-csv', records), HEADER +
    // one-sided: foreign state forces against civilians; deaths are civilians
    'ev_0001aaaa,2016,3,Government of Russia - Civilians,Government of Russia,Civilians,2,' +
    '"Daily ""Star"", Beirut,2016-03-28,https://example.org/a1;Wire,2016-03-29",1,Ariha,Idlib,Ariha,35.8137,36.6085,' +
    'POINT (36.6085 35.8137),Syria,1,2016-03-27,2016-03-27,0,0,4,0,4,6,3,Explosions/Remote violence,Air/drone strike,reported\r\n' +
    // a protest: not counted by UCDP, so no type and the actors as they are; no coordinates: where_prec 6
    'ev_0002bbbb,2021,,,Protesters (Kenya),,1,,6,,,,,,,Kenya,3,2021-07-10,2021-07-10,0,0,0,0,0,0,0,Protests,Peaceful protest,planned\r\n' +
    // state-based: the government is side_a although it was actor2; no date: no date fields
    'ev_0003cccc,,1,Government of Mali - JNIM: Group for Support of Islam and Muslims,Government of Mali,' +
    'JNIM: Group for Support of Islam and Muslims,1,"Sahel Times,2022-01-05T08:30:00,https://example.org/a4",2,Boni,Mopti,' +
    'Douentza,15.0167,-1.8833,POINT (-1.8833 15.0167),Mali,,,,0,0,0,12,12,15,10,Battles,Armed clash,background\r\n')
})

test('ucdp-csv with no records is the header alone', () => {
  assert.equal(writeAll('ucdp-csv', []), HEADER)
})

test('type of violence: non-state between groups, none without a second side or for rioters', () => {
  const groups = { ...clash, actor2: 'Unidentified Armed Group (Mali)', inter2: 3 }
  const alone = { ...airStrike, actor2: null, inter2: 0, assoc_actor_2: '' }
  const mob = { ...airStrike, event_type: 'Riots', sub_event_type: 'Mob violence', actor1: 'Rioters (Syria)', inter1: 5 }
  const repression = { ...protest, event_type: 'Protests', sub_event_type: 'Excessive force against protesters',
    actor1: 'Police Forces of Kenya (2022-)', inter1: 1, actor2: 'Protesters (Kenya)', inter2: 6 }
  assert.deepEqual([groups, alone, mob, repression].map((r) => violence(r)), [
    { type: 2, a: 'JNIM: Group for Support of Islam and Muslims', b: 'Unidentified Armed Group (Mali)' },
    { type: null, a: 'Military Forces of Russia (2000-)', b: null },
    { type: null, a: 'Rioters (Syria)', b: 'Civilians (Syria)' },
    { type: 3, a: 'Government of Kenya', b: 'Civilians' },
  ])
})

test('where_prec: a larger region is the province when admin1 is known, else only the country', () => {
  const wide = { ...clash, geo_precision: 3, sources: [] }
  const rows = writeAll('ucdp-csv', [wide, { ...wide, admin1: '' }]).split('\r\n')
  assert.deepEqual(rows.slice(1, 3).map((r) => r.split(',')[8]), ['4', '6'])
})
