import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the story bugs of stop 41 (task story42): each rule's text beside a near-identical one where it must not
// fire. Texts written for these tests.
function run(text: string, published: string, title: string | null = null) {
  const doc = extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { doc, rec: records, row: records.map((r) => [r.sub_event_type, r.actor1, r.actor2, r.location, r.country, r.status]), fat: records.map((r) => r.fatalities) }
}

test('"warned on Tuesday of hunger as fighting continues around X": the day of the clause before "as" is not the fight\'s (rule ongoing-as)', () => {
  const warned = run('KHARTOUM, June 3 - Aid agencies warned on Tuesday of famine in North Darfur as fighting continues around El Fasher.', '2025-06-03')
  assert.deepEqual(warned.row, [])
  const said = run('KHARTOUM, June 3 - Food prices have tripled in North Darfur as fighting continues around El Fasher, aid agencies said on Tuesday.', '2025-06-03')
  assert.deepEqual(said.row, [])
  // Twin: a day inside the "as" clause dates the fight: a clash of the day.
  const dated = run('KHARTOUM, June 3 - Aid agencies warned of famine in North Darfur as fighting continues around El Fasher on Tuesday.', '2025-06-03')
  assert.deepEqual(dated.row.map((r) => [r[0], r[3]]), [['Armed clash', 'El Fasher']])
})

test('"An Israeli strike on a car in south Lebanon killed one": a country after "in" and a compass word is where, not whose strike (rule place-compass)', () => {
  const south = run('BEIRUT, June 3 - An Israeli strike on a car in south Lebanon killed one person on Tuesday, the health ministry said.', '2025-06-03')
  assert.deepEqual(south.row.map((r) => [r[0], r[1], r[4]]), [['Air/drone strike', 'Military Forces of Israel (2022-)', 'Lebanon']])
  const southern = run('BEIRUT, June 3 - An Israeli strike on a car in southern Lebanon killed one person on Tuesday, the health ministry said.', '2025-06-03')
  assert.deepEqual(southern.row.map((r) => r[1]), ['Military Forces of Israel (2022-)'])
  // Twin: a nationality right before the weapon still names whose fire it was.
  const own = run('KYIV, June 3 - Russian drones struck a car in eastern Ukraine on Tuesday, killing one person, officials said.', '2025-06-03')
  assert.deepEqual(own.row.map((r) => r[1]), ['Military Forces of Russia (2000-)'])
})

test('"The Israeli army said it had struck a Hezbollah commander": the striker\'s word naming its target\'s group makes it actor2 (rule striker-target-told)', () => {
  const lead = 'BEIRUT, June 3 - An Israeli drone strike hit a car in south Lebanon on Tuesday, killing one person.'
  const told = run(`${lead} The Israeli army said it had struck a Hezbollah commander.`, '2025-06-03')
  assert.deepEqual(told.row, [['Air/drone strike', 'Military Forces of Israel (2022-)', 'Hezbollah', 'Lebanon', 'Lebanon', 'reported']])
  assert.deepEqual(told.fat, [1])
  const operative = run('BEIRUT, June 3 - An Israeli drone strike on a motorcycle near the town of Bint Jbeil killed a man on Tuesday, Lebanon\'s health ministry said. The Israeli army said it had targeted a Hezbollah operative.', '2025-06-03')
  assert.deepEqual(operative.row.map((r) => [r[1], r[2]]), [['Military Forces of Israel (2022-)', 'Hezbollah']])
  // Twin: the group telling what the army struck is no target named by the striker.
  const other = run(`${lead} Hezbollah said the Israeli army had struck a civilian.`, '2025-06-03')
  assert.deepEqual(other.row.map((r) => [r[1], r[2]]), [['Military Forces of Israel (2022-)', null]])
})

test('"The rebels, who seized Goma last month, captured Bukavu on Sunday": the aside\'s act is who the subject is; the main clause\'s taking is the event (rules aside-relative, aside-place)', () => {
  const aside = run('KINSHASA, Feb 17 - M23 rebels are pushing south. The rebels, who seized Goma last month, captured Bukavu on Sunday, residents said.', '2025-02-17')
  assert.deepEqual(aside.row.map((r) => [r[0], r[1], r[3]]), [['Non-state actor overtakes territory', 'M23: March 23 Movement', 'Bukavu']])
  assert.deepEqual(aside.rec.map((r) => r.event_date), ['2025-02-16'])
  const held = run('GOMA, Congo - M23 rebels advanced in South Kivu province. The rebels, who already hold Goma, captured Uvira on Sunday, residents said.', '2025-02-17')
  assert.deepEqual(held.row.map((r) => [r[0], r[3]]), [['Non-state actor overtakes territory', 'Uvira']])
  // Twin: an aside with no act leaves the sentence as it was.
  const backed = run('KINSHASA, Feb 17 - M23 rebels are pushing south. The rebels, who are backed by Rwanda, captured Bukavu on Sunday, residents said.', '2025-02-17')
  assert.deepEqual(backed.row.map((r) => [r[0], r[3]]), [['Non-state actor overtakes territory', 'Bukavu']])
})

test('"the south Lebanese town of Nabatieh": the town, precision 1, not the governorate (variants.yaml Nabatiye et Tahta)', () => {
  const town = run('BEIRUT, June 3 - An Israeli drone strike hit a car in the south Lebanese town of Nabatieh on Tuesday, killing two people.', '2025-06-03')
  assert.deepEqual(town.rec.map((r) => [r.admin1, r.geo_precision]), [['Nabatieh', 1]])
  // Twin: the governorate named as a province stays the area.
  const province = run('BEIRUT, June 3 - An Israeli drone strike hit a car in Nabatieh province on Tuesday, killing two people.', '2025-06-03')
  assert.deepEqual(province.rec.map((r) => [r.location, r.geo_precision]), [['Nabatieh', 3]])
})

test('"India said on Wednesday it had fired missiles at targets in Pakistan": the country telling it struck is the striker, not the place (rule country-said-it-struck)', () => {
  const said = run('NEW DELHI, May 7 - India said on Wednesday it had fired missiles at nine militant targets in Pakistan.', '2025-05-07')
  assert.deepEqual(said.row.map((r) => [r[0], r[1], r[4]]), [['Shelling/artillery/missile attack', 'Military Forces of India (2014-)', 'Pakistan']])
  // Twin: a country that says missiles hit it is where they hit, not the striker.
  const hit = run('NEW DELHI, May 7 - India said on Wednesday that missiles fired from Pakistan had hit a village in Kashmir, killing three people.', '2025-05-07')
  assert.ok(hit.row.every((r) => r[1] !== 'Military Forces of India (2014-)'))
})
