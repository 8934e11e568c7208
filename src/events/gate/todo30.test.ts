import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes that closed gaps of the whole-article fixtures (fixtures/unseen*.yaml, stop 30): each rule's text
// beside a near-identical one where it must not fire. Texts written for these tests.
function run(text: string, published = '2024-03-14', title: string | null = null) {
  const doc = extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { records, rules: doc.messages.map((m) => m.rule), row: records.map((r) => [r.sub_event_type, r.status, r.event_date, r.actor1, r.actor2, r.location, r.fatalities]) }
}

test('a toll that rises through the story: the last, larger count of all the dead replaces the earlier ones', () => {
  const lead = 'QUETTA, Pakistan (AP) - A bomb hidden in a motorcycle exploded outside a crowded bus station in Quetta on Wednesday, killing at least nine people, officials said. '
  const rose = run(lead + 'Doctors at the Civil Hospital later said the death toll had risen to 21.', '2024-03-13')
  assert.deepEqual(rose.row.map((r) => [r[0], r[2], r[5], r[6]]), [['Remote explosive/landmine/IED', '2024-03-13', 'Quetta', 21]])
  assert.ok(rose.rules.includes('toll-rose'))
  // Twin: a second source's count told with no rise is another count of the same dead: the lowest stands.
  const other = run(lead + 'Doctors at the Civil Hospital said 21 people had been killed.', '2024-03-13')
  assert.deepEqual(other.row.map((r) => r[6]), [9])
  assert.ok(!other.rules.includes('toll-rose'))
})

test('"Russia attacked several cities with missiles and drones": a roundup\'s lead names the doer of each strike told after it', () => {
  const lead = 'KYIV, May 6 (Reuters) - Russia attacked several Ukrainian regions with missiles and drones overnight, officials said on Monday. '
  const city = 'In the city of Sumy, a missile hit a school building, wounding four people, the governor said. '
  const strike = 'One man was killed when drones struck a farm near the town of Konotop, police said.'
  const roundup = run(lead + city + strike, '2024-05-06')
  assert.deepEqual(roundup.row.map((r) => [r[0], r[3], r[5], r[6]]).filter((r) => r[2] === 'Konotop'), [['Air/drone strike', 'Military Forces of Russia (2000-)', 'Konotop', 1]])
  // Twin: a lead with no striker's weapons ("Russia said") names no doer of the strikes after it.
  const said = run('KYIV, May 6 (Reuters) - Russia said on Monday it had taken a village in the east, officials said. ' + city + strike, '2024-05-06')
  assert.deepEqual(said.row.map((r) => [r[0], r[3], r[5]]).filter((r) => r[2] === 'Konotop'), [['Air/drone strike', 'Unidentified Armed Group (Ukraine)', 'Konotop']])
})

test('"Fighting between two communities killed eight": communal militias clashing, not an attack on civilians', () => {
  const fight = run('BAMENDA, Cameroon (AFP) - Fighting between two communities over grazing land killed six people near the town of Ndop on Sunday, officials said on Monday.', '2024-03-11')
  assert.deepEqual(fight.row, [['Armed clash', 'reported', '2024-03-10', 'Unidentified Communal Militia (Cameroon)', 'Unidentified Communal Militia (Cameroon)', 'Ndop', 6]])
  // Twin: gunmen who attacked two communities attacked their people.
  const attack = run('BAMENDA, Cameroon (AFP) - Gunmen attacked two communities over grazing land and killed six people near the town of Ndop on Sunday, officials said on Monday.', '2024-03-11')
  assert.deepEqual(attack.row.map((r) => [r[0], r[3], r[4]]), [['Attack', 'Unidentified Armed Group (Cameroon)', 'Civilians (Cameroon)']])
})

test('villagers armed with machetes who clashed over land the floods left: a fight, not a disaster', () => {
  const fight = run('NDJAMENA, Chad (AFP) - Villagers armed with machetes and spears clashed on Friday near the town of Bol over fields left by the receding floodwaters, a local official said.', '2024-03-11')
  assert.deepEqual(fight.row.map((r) => [r[0], r[2], r[3], r[5]]), [['Armed clash', '2024-03-08', 'Unidentified Communal Militia (Chad)', 'Bol']])
  assert.ok(fight.rules.includes('communal-fight-not-disaster'))
  // Twin: villagers who fled the floodwaters fought no one.
  const flood = run('NDJAMENA, Chad (AFP) - Villagers fled on Friday near the town of Bol as the floodwaters rose, a local official said.', '2024-03-11')
  assert.deepEqual(flood.row, [])
})

test('a riot after a football match with fans arrested is coded, sport words or not', () => {
  const story = (last: string) => 'LUSAKA, Zambia - Police fired tear gas at football fans who threw stones and smashed car windows outside the stadium in Lusaka after Saturday\'s league match, police said on Sunday.\n'
    + 'The trouble began when home supporters invaded the pitch after the referee awarded a late penalty to the visiting club.\n' + last
  const arrested = run(story('Police said 22 fans had been arrested.'), '2024-03-10')
  assert.deepEqual(arrested.row.map((r) => [r[0], r[2], r[5], r[6]]), [['Mob violence', '2024-03-09', 'Lusaka', 0]])
  // Twin: a match report with no one hurt or held stays sport.
  const none = run(story('The club said it would appeal against the penalty.'), '2024-03-10')
  assert.deepEqual(none.row, [])
})

test('"Nurses at the hospital in Gusau treated villagers wounded when gunmen attacked their village": the hospital town is no event place', () => {
  const lead = 'KATSINA, Nigeria (AP) - Doctors at the General Hospital in Funtua treated 14 villagers wounded when gunmen attacked their village on Sunday, officials said. '
  const care = run(lead + 'The gunmen stormed Unguwan Rimi village in Faskari area, killing nine people, police said.', '2024-03-12')
  assert.ok(care.rules.includes('care-place'))
  assert.ok(!care.row.some((r) => r[5] === 'Funtua'))
  // Twin: gunmen who attacked the hospital in Funtua attacked there.
  const hit = run('KATSINA, Nigeria (AP) - Gunmen attacked the General Hospital in Funtua on Sunday and abducted two doctors who were treating patients, officials said.', '2024-03-12')
  assert.deepEqual(hit.row.map((r) => [r[0], r[5]]), [['Abduction/forced disappearance', 'Funtua']])
})

test('"security forces had been deployed to the area" after an attack: its response, no change of activity', () => {
  const story = (last: string) => 'KATSINA, Nigeria (AP) - Gunmen on motorcycles attacked a village in Danmusa district of Katsina state on Saturday, killing nine people, a local official said.\n'
    + '"They shot my father in front of our house," said Aisha Sani, 19, at a relative\'s home. "Then they burned the shops."\n'
    + `Police spokesman Musa Bello confirmed the attack. ${last}\n`
    + 'Katsina is one of several northern states where armed gangs raid villages and kidnap residents for ransom.'
  const area = run(story('He said security forces had been deployed to the area.'), '2024-03-13')
  assert.ok(!area.row.some((r) => r[0] === 'Change to group/activity'))
  assert.ok(area.rules.includes('response-deployment'))
  // Twin: forces sent to a town named, for a purpose of their own, are no anaphor of the incident's place.
  const named = run(story('He said security forces had been deployed to Kankara on Sunday to guard the roads.'), '2024-03-13')
  assert.ok(!named.rules.includes('response-deployment'))
})

test('a police post set alight with no one hurt is property destroyed', () => {
  const station = run('COTONOU, Benin - Suspected JNIM militants burned a police post in the town of Segbana on Saturday night, a local official said.', '2024-03-11')
  assert.deepEqual(station.row, [['Looting/property destruction', 'reported', '2024-03-09', 'JNIM: Group for Support of Islam and Muslims', 'Police Forces of Benin (2016-)', 'Ségbana', 0]])
  // Twin: the officers burned (hurt), not the building: an attack on them.
  const officers = run('COTONOU, Benin - Suspected JNIM militants attacked a police post in the town of Segbana on Saturday night, killing two officers, a local official said.', '2024-03-11')
  assert.deepEqual(officers.row.map((r) => [r[0], r[6]]), [['Armed clash', 2]])
})

test('"beat to death and burned two men": the count after a second act still counts the dead', () => {
  const dead = run('PORT-AU-PRINCE (AP) - An angry crowd in the town of Saint-Marc beat to death and burned two men accused of stealing a motorbike on Saturday, police said.', '2024-03-11')
  assert.deepEqual(dead.row, [['Mob violence', 'reported', '2024-03-09', 'Rioters (Haiti)', 'Civilians (Haiti)', 'Saint-Marc', 2]])
  // Twin: beaten up and burned, no one killed.
  const hurt = run('PORT-AU-PRINCE (AP) - An angry crowd in the town of Saint-Marc beat up and burned two men accused of stealing a motorbike on Saturday, police said.', '2024-03-11')
  assert.deepEqual(hurt.row.map((r) => r[6]), [0])
})
