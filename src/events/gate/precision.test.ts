import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Short articles written for these tests: events that did not happen as ACLED codes them, and their near twins that did.
const RULES = new Set(['ordinary-crime', 'topic', 'threat', 'no-violence-sign', 'false-friend', 'background-undated', 'weak-alone', 'no-weapon', 'no-conflict-side'])
function run(text: string, published = '2024-05-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.actor1, r.actor2, r.location, r.event_date, r.fatalities])
  const gate = doc.messages.filter((m) => m.stage === 'events' && RULES.has(m.rule)).map((m) => [m.rule, m.span ? doc.text.slice(m.span[0], m.span[1]) : ''])
  return { records, gate }
}

test('a shooting outside a bar in the United States with no armed or political side is ordinary crime, however short the story', () => {
  const { records, gate } = run('A man was shot dead outside a bar in Dayton, Ohio, on Sunday night, police said.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['ordinary-crime', 'shot dead']])
})

test('the same shooting in Mexico, where ACLED presumes an unnamed killer organised, is coded', () => {
  const { records, gate } = run('A man was shot dead outside a bar in Culiacan, Sinaloa, on Sunday night, police said.')
  assert.deepEqual(records, [['Attack', 'reported', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'Culiacán', '2024-05-05', 1]])
  assert.deepEqual(gate, [])
})

test('victims named after the act do not lift ordinary crime: "killed three residents" names no mob', () => {
  const { records, gate } = run('A gunman killed three residents of a care home in Toledo, Ohio, on Monday, police said. The suspect was arrested at his home.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['ordinary-crime', 'gunman'], ['ordinary-crime', 'killed'], ['ordinary-crime', 'arrested']])
})

test('an arrest after a robbery in a crime story is policing, not a strategic development', () => {
  const { records, gate } = run('Police arrested a man in Dayton, Ohio, on Monday after a robbery at a gas station, police said.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['ordinary-crime', 'arrested'], ['ordinary-crime', 'robbery']])
})

test('police doing the violence themselves, outside the political-only regions, is coded', () => {
  const { records } = run('Police in Kampala tortured a man on Tuesday after arresting him for a robbery at a shop, police said.')
  assert.deepEqual(records, [['Attack', 'reported', 'Police Forces of Uganda (1986-)', 'Civilians (Uganda)', 'Kampala', '2024-05-07', 0]])
})

test('an act named as a subject of talk is no act: "the issue of sexual violence"', () => {
  const { records, gate } = run('Speakers at the meeting in Leeds on Monday talked about the issue of sexual violence.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['topic', 'sexual violence']])
})

test('a shooting threat is a scare, not a shooting', () => {
  const { records, gate } = run('A shooting threat closed two schools in Bristol on Monday, police said.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['threat', 'shooting']])
})

test('a body found with no sign of violence is a death; in Mexico it is coded as a gang\'s victim', () => {
  const found = run('The body of a man was found dead in Byblos, Lebanon, on Saturday, a police report said. The cause of death is not yet known.')
  assert.deepEqual(found.records, [])
  // "The body of a man was found" is itself a found-body phrase (gate.yaml found_body), held by the same rule.
  assert.deepEqual(found.gate, [['no-violence-sign', 'body of a man was found']])
  const tied = run('The body of a man was found dead in Byblos, Lebanon, on Saturday. His hands were tied and he had gunshot wounds.')
  assert.deepEqual(tied.records.map((r) => [r[0], r[4], r[5]]), [['Attack', 'Jbaïl', '2024-05-04']])
  const mexico = run('A man was found dead on a road in Culiacan, Sinaloa, on Saturday.')
  assert.deepEqual(mexico.records, [['Attack', 'reported', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'Culiacán', '2024-05-04', 1]])
})

test('walls that protect soldiers from bullets and grenades are no grenade attack, though soldiers are named', () => {
  const { records, gate } = run('The company sells walls that protect soldiers in Iraq from bullets and grenades.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['false-friend', 'grenades']])
})

test('a campaign summed up by its length is background; a battle that ended on a named day is not', () => {
  const summed = run('Aid workers returned to Gaza after Israel\'s three-week offensive.')
  assert.deepEqual(summed.records, [])
  assert.deepEqual(summed.gate, [['background-undated', 'offensive']])
  assert.deepEqual(run('A three-day battle for Kidal ended on Sunday, the army said.').records.map((r) => [r[0], r[4], r[5]]), [['Armed clash', 'Kidal', '2024-05-05']])
})

test('an undated pluperfect act is the story\'s past, but not in reported speech', () => {
  const past = run('Residents of Springfield, Illinois, had protested against the plan to build a road through the park.')
  assert.deepEqual(past.records, [])
  assert.deepEqual(past.gate, [['background-undated', 'protested']])
  assert.deepEqual(run('The minister said on Thursday that the rebels had agreed to withdraw from Kidal.').records.map((r) => [r[0], r[1], r[4]]),
    [['Agreement', 'reported', 'Kidal']])
})

test('"intercepted" is a disrupted act of war only with a weapon, an aircraft or an attack named', () => {
  const bus = run('Soldiers intercepted a bus carrying forty passengers near Mopti in Mali on Monday.')
  assert.deepEqual(bus.records, [])
  assert.deepEqual(bus.gate, [['no-weapon', 'intercepted']])
  assert.deepEqual(run('Soldiers intercepted a drone packed with explosives over Gao in Mali on Monday.').records,
    [['Disrupted weapons use', 'reported', 'Military Forces of Mali (2021-)', null, 'Gao', '2024-05-06', 0]])
})

test('"demonstrate to" an audience is the teaching sense; protesters who demonstrate in a square still protest', () => {
  const teach = run('A fire officer visited the school in Dayton, Ohio, on Tuesday to demonstrate to the pupils the safe use of an extinguisher.')
  assert.deepEqual(teach.records, [])
  assert.deepEqual(teach.gate, [['false-friend', 'demonstrate']])
  const crowd = run('Hundreds of workers demonstrated in the main square of Dayton, Ohio, on Tuesday to demand higher wages.')
  assert.deepEqual(crowd.records.map((r) => [r[0], r[1]]), [['Peaceful protest', 'reported']])
})

test('a reputation won in battle and missiles a defence system is built to stop are no acts', () => {
  const fame = run('The restored fighter plane earned a reputation in battle for its rugged frame, the curator in Dayton, Ohio, said on Tuesday.')
  assert.deepEqual(fame.records, [])
  assert.deepEqual(fame.gate, [['false-friend', 'battle']])
  const shield = run('Officials in Warsaw said on Tuesday the new defence system was there to stop missiles fired by a hostile state.')
  assert.deepEqual(shield.records, [])
  assert.deepEqual(shield.gate, [['false-friend', 'missiles'], ['false-friend', 'fired']])
})

test('a time still to come right after the protest word makes it planned (rule future-after), with no publication date to count from', () => {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 't' },
    text: 'Police in Tbilisi, Georgia, accused two men of buying weapons to cause violence during the opposition protests next month.' })
  assert.deepEqual(toRecords(doc).map((r) => [r.sub_event_type, r.status]), [['Peaceful protest', 'planned']])
  assert.ok(doc.messages.some((m) => m.stage === 'events' && /rule future-after/.test(m.reason)))
})

test('where ACLED codes only political violence, a group of teens fighting in a crime story is a brawl, and car vandalism with no crowd is crime', () => {
  const brawl = run('Police said a group of teens started fighting with two brothers at a gas station in Dayton, Ohio, on Saturday night. One of the teens was arrested and charged with assault.')
  assert.deepEqual(brawl.records, [])
  assert.deepEqual(brawl.gate.filter(([, w]) => w === 'fighting'), [['ordinary-crime', 'fighting']])
  const vandal = run('Residents of a street in Leeds, England, say their cars have been vandalised every weekend. Police said windscreens were smashed and one owner reported a theft. Officers are investigating the vandalism.')
  assert.deepEqual(vandal.records, [])
  assert.deepEqual(vandal.gate.filter(([, w]) => /vandal|smashed/.test(w)), [['ordinary-crime', 'vandalised'], ['ordinary-crime', 'vandalised'], ['ordinary-crime', 'smashed'], ['ordinary-crime', 'vandalism']])
})

test('talks between two governments on arms control are diplomacy, not an agreement of a conflict', () => {
  const { records, gate } = run('The United States held talks with China on arms control in Geneva on Tuesday, the State Department said.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['no-conflict-side', 'held talks']])
})

test('talks with rebels are an agreement event between the sides of a conflict', () => {
  const { records, gate } = run('The government held talks with rebels of the northern armed movements in Bamako on Tuesday, officials said.')
  assert.deepEqual(gate, [])
  assert.deepEqual(records.map((r) => [r[0], r[1], r[4], r[5]]), [['Agreement', 'reported', 'Bamako', '2024-05-07']])
})
