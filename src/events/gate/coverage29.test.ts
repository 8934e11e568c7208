import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the event typing fixes of stop 29 (weak sub-types and the largest confusions on acled-dev): each rule's
// sentence beside a near-identical one where it must not fire. Sentences written for these tests, in the style of wire news.
function run(text: string, published = '2024-03-12') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { doc, records, row: records.map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities]) }
}
const types = (text: string, published?: string) => run(text, published).row.map((r) => r[0])

test('people the police beat as they arrested them were attacked; an arrest alone, or a crowd\'s beating before it, is not', () => {
  const beaten = run('GOMA, Congo — On Monday, police beat and arrested three students in the Katindo district.')
  assert.deepEqual(beaten.row, [['Attack', 'reported', '2024-03-11', 0]])
  assert.deepEqual(beaten.records.map((r) => [r.actor1, r.actor2, r.interaction]), [['Police Forces of the Democratic Republic of Congo (2019-)', 'Civilians (Democratic Republic of Congo)', 17]])
  assert.deepEqual(types('JIGJIGA, Ethiopia — On Monday, security forces arrested and beat a local opposition leader in the town of Degehabur.'), ['Attack'])
  // Twins: the arrest alone; the crowd beat the man, the police arrested him afterwards.
  assert.deepEqual(types('GOMA, Congo — On Monday, three students were arrested by the police in the Katindo district.'), ['Arrests'])
  assert.deepEqual(types('JIGJIGA, Ethiopia — On Monday, security forces arrested a local opposition leader in the town of Degehabur.'), ['Arrests'])
  assert.deepEqual(types('GOMA, Congo — On Monday, a suspected thief was beaten up by residents before being arrested by the police in Katindo.'), ['Mob violence'])
})

test('warning shots fired into the air are a show of force (Other), not a battle; shots at a patrol stay a clash', () => {
  assert.deepEqual(run('OSH, Kyrgyzstan — On Monday, border guards fired warning shots into the air near the village of Kara-Bulak, officials said.').row,
    [['Other', 'reported', '2024-03-11', 0]])
  assert.deepEqual(types('OSH, Kyrgyzstan — On Monday, border guards fired about thirty shots in the air near the village of Kara-Bulak.'), ['Other'])
  // Twins: the guards fought after the shots, or fired at the other side's patrol.
  assert.deepEqual(types('OSH, Kyrgyzstan — On Monday, border guards fired warning shots into the air and then clashed with armed smugglers near the village of Kara-Bulak.'), ['Armed clash'])
  assert.deepEqual(types('OSH, Kyrgyzstan — On Monday, border guards fired shots at a patrol of the neighbouring army near the village of Kara-Bulak.'), ['Armed clash'])
})

test('a finite verb after a short "amid ..." phrase is the sentence\'s act, not context; a clause inside the phrase stays context', () => {
  assert.deepEqual(run('BARISAL, Bangladesh — On Monday, families left without food aid amid the lockdown staged a protest in front of the district office.').row,
    [['Peaceful protest', 'reported', '2024-03-11', 0]])
  // Twins: the act told inside the "amid" phrase ("amid ... fears that students staged ...") is its context, no act of the day.
  assert.deepEqual(types('BARISAL, Bangladesh — On Monday, families left without food aid amid the lockdown and fears that students staged a protest in front of the district office.'), [])
  assert.deepEqual(types('BARISAL, Bangladesh — On Monday, families left without food aid amid the lockdown that students protested in front of the district office.'), [])
})

test('soldiers who joined a non-state armed group changed sides (Change to group/activity); joining residents or talks is no event', () => {
  const joined = run('BAIDOA, Somalia — On Monday, 25 soldiers and a commander joined al-Shabaab in Bay region, officials said.')
  assert.deepEqual(joined.row, [['Change to group/activity', 'reported', '2024-03-11', 0]])
  assert.deepEqual(joined.records.map((r) => [r.actor1, r.actor2]), [['Military Forces of Somalia (2022-)', 'Al Shabaab']])
  assert.deepEqual(types('BAIDOA, Somalia — On Monday, a clan militia of about 200 men pledged allegiance to al-Shabaab in Bay region, elders said.'), ['Change to group/activity'])
  // Twins: what they joined is no armed group.
  assert.deepEqual(types('BAIDOA, Somalia — On Monday, 25 soldiers joined residents in Bay region to clear a flooded road, officials said.'), [])
  assert.deepEqual(types('BAIDOA, Somalia — On Monday, soldiers joined the regional health campaign in Bay region, officials said.'), [])
})

test('a suicide bomber killed or arrested before the blast is no suicide bombing; a bomber who set it off all the same is', () => {
  assert.deepEqual(run('KANDAHAR, Afghanistan — On Monday, troops gunned down a Taliban suicide bomber as he ran toward an army post in Zhari district.').row,
    [['Armed clash', 'reported', '2024-03-11', 1]])
  assert.deepEqual(types('KANDAHAR, Afghanistan — On Monday, police arrested a would-be suicide bomber wearing an explosive vest in Zhari district.'), ['Arrests'])
  // Twins: the bomb went off, or the bomber did the killing.
  assert.deepEqual(types('KANDAHAR, Afghanistan — On Monday, soldiers shot and killed a suicide bomber at a checkpoint in Zhari district, but his vest exploded, wounding two of them.'), ['Suicide bomb'])
  assert.deepEqual(types('KANDAHAR, Afghanistan — On Monday, a Taliban suicide bomber killed four soldiers at a checkpoint in Zhari district.'), ['Suicide bomb'])
})
