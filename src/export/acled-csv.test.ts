import assert from 'node:assert/strict'
import { test } from 'node:test'
import { acledRegion, numericIso } from './acled-country.js'
import { airStrike, clash, protest, records } from './fixtures.js'
import { writeAll } from './index.js'

const HEADER = 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,' +
  'inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,' +
  'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp,' +
  'status,confidence,fatalities_low,fatalities_high,geonameid,iso2\r\n'

test('acled-csv: ACLED columns in order, then sitrep fields; quoting, regions, numeric iso, timestamps', () => {
  assert.equal(writeAll('acled-csv', records), HEADER +
    // two sources joined; quotes doubled; the notes' newline kept inside quotes; civilians targeted;
    // timestamp = newest source day (2016-03-29) as Unix seconds
    'ev_0001aaaa,2016-03-27,2016,1,Political violence,Explosions/Remote violence,Air/drone strike,' +
    'Military Forces of Russia (2000-),,8,Civilians (Syria),Women (Syria),7,78,Civilian targeting,760,Middle East,Syria,' +
    'Idlib,Ariha,,Ariha,35.8137,36.6085,1,"Daily ""Star"", Beirut; Wire",,' +
    '"Warplanes struck ""the market"", killing at least 4,\nincluding 2 women.",4,,1459209600,reported,0.8,3,6,170001,SY\r\n' +
    // no second actor, no coordinates, no source name or date: empty cells, timestamp 0
    'ev_0002bbbb,2021-07-10,2021,2,Demonstrations,Protests,Peaceful protest,Protesters (Kenya),' +
    'Teachers (Kenya); Students (Kenya),6,,,0,60,,404,Eastern Africa,Kenya,,,,,,,3,,,Teachers planned a march.,0,,0,' +
    'planned,0.5,0,0,,KE\r\n' +
    // no date: empty date and year; a zone-less date-time read as UTC
    'ev_0003cccc,,,3,Political violence,Battles,Armed clash,JNIM: Group for Support of Islam and Muslims,,2,' +
    'Military Forces of Mali (2021-),,1,12,,466,Western Africa,Mali,Mopti,Douentza,,Boni,15.0167,-1.8833,2,Sahel Times,,' +
    'Militants and soldiers clashed near Boni.,12,,1641371400,background,0.35,10,15,2460001,ML\r\n')
})

test('acled-csv with no records is the header alone', () => {
  assert.equal(writeAll('acled-csv', []), HEADER)
})

test('civilian targeting is only for political violence against civilians', () => {
  const rows = writeAll('acled-csv', [{ ...airStrike, inter2: 1, actor2: 'Military Forces of Syria (2000-)' },
    { ...protest, actor2: 'Civilians (Kenya)', inter2: 7 }, airStrike]).split('\r\n')
  assert.deepEqual(rows.slice(1, 4).map((r) => r.split(',')[14]), ['', '', 'Civilian targeting'])
  assert.equal(writeAll('acled-csv', [clash]).includes('Civilian targeting'), false)
})

test('ACLED regions: subregion by default, ACLED\'s own placement where it differs', () => {
  assert.deepEqual(['SY', 'IR', 'AF', 'AZ', 'KZ', 'MX', 'US', 'UA', 'MZ', 'CD', 'SS', 'ID', 'PG', ''].map(acledRegion),
    ['Middle East', 'Middle East', 'South Asia', 'Caucasus and Central Asia', 'Caucasus and Central Asia',
      'Central America', 'North America', 'Europe', 'Southern Africa', 'Middle Africa', 'Eastern Africa',
      'Southeast Asia', 'Oceania', ''])
})

test('numeric ISO codes drop leading zeros; unknown codes are null', () => {
  assert.deepEqual(['AF', 'SY', 'XK', 'ZZ'].map(numericIso), [4, 760, null, null])
})
