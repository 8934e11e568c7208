import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the gaps closed in fixtures/unseen17.yaml. Texts written for these tests.
function run(text: string, published = '2025-03-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc)
}

test('"a farm that was used by a gang to hold captives and kill those who could not pay": what a site served for, no act of the day', () => {
  const farm = run('MEXICO CITY, Feb 4 (AP) - Volunteers said on Tuesday they had dug up bones at a farm in the northern state of Tamaulipas that they say was used by a gang to hold migrants and kill those whose families could not pay.', '2025-02-04')
  assert.deepEqual(farm.map((r) => r.sub_event_type), [])
  const camp = run('MEXICO CITY, Feb 4 (AP) - Volunteers said on Tuesday they had found clothing at a camp in Tamaulipas that was used by a cartel to train recruits.', '2025-02-04')
  assert.deepEqual(camp.map((r) => r.sub_event_type), [])
  // Twin: a killing told at the farm on a day is one.
  const shot = run('MEXICO CITY, Feb 4 (AP) - Gunmen killed three farm workers at a farm in the northern state of Tamaulipas on Monday, state prosecutors said on Tuesday.', '2025-02-04')
  assert.deepEqual(shot.map((r) => [r.sub_event_type, r.fatalities, r.event_date]), [['Attack', 3, '2025-02-03']])
})

test('"troops, who were sent in 2022 to support the army, have pushed the fighters out of the main towns": ground won over years, no act of the day', () => {
  const towns = run([
    'MAPUTO, Nov 4 (Reuters) - Gunmen killed two traders on a road in Mozambique\'s Niassa province on Monday, police said.',
    'Tanzanian troops, who were sent in 2022 to support the army against the rebels, have pushed the fighters out of the main towns, but small bands still raid farms.',
  ].join('\n'), '2025-11-04')
  assert.deepEqual(towns.map((r) => [r.sub_event_type, r.status, r.event_date, r.actor1]),
    [['Attack', 'reported', '2025-11-03', 'Unidentified Armed Group (Mozambique)']])
})

test('"Gunmen from rival factions of the Gulf Cartel fought a gun battle": a pair named as parts of one group fought each other', () => {
  const feud = run('REYNOSA, Mexico, June 4 (Reuters) - Gunmen from rival factions of the Gulf Cartel fought a long gun battle on the outskirts of Reynosa on Monday, leaving five men dead, state prosecutors said.', '2025-06-04')
  assert.deepEqual(feud.map((r) => [r.event_type, r.sub_event_type, r.fatalities, r.event_date]), [['Battles', 'Armed clash', 5, '2025-06-02']])
  // Twin: gunmen of one cartel who shot men at a party attacked them.
  const party = run('REYNOSA, Mexico, June 4 (Reuters) - Gunmen from the Gulf Cartel shot dead five men at a party on the outskirts of Reynosa on Monday, state prosecutors said.', '2025-06-04')
  assert.deepEqual(party.map((r) => [r.event_type, r.sub_event_type, r.fatalities]), [['Violence against civilians', 'Attack', 5]])
})
