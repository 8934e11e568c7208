import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the story bugs of stop 39 (task story40): each rule's text beside a near-identical one where it must not
// fire. Texts written for these tests.
function run(text: string, published: string) {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { doc, rec: records, row: records.map((r) => [r.sub_event_type, r.actor1, r.actor2, r.location, r.country, r.status, r.event_date]), fat: records.map((r) => r.fatalities) }
}
const claims = (r: ReturnType<typeof run>) => r.rec.map((e) => e.fatality_claims.map((c) => [c.value, c.claimant]))

test('"..., a rebel spokesman said. He said 45 soldiers had died": the pronoun is the teller named before (rule teller-pronoun)', () => {
  const lead = 'GONDAR, Ethiopia, June 1 - Fano fighters attacked an army camp near Dabat in the Amhara region on Sunday, a Fano spokesman said.'
  const he = run(`${lead} He said more than 45 soldiers had been killed. A local health worker said nine soldiers had died.`, '2025-06-01')
  assert.deepEqual(he.row.map((r) => [r[0], r[1], r[2]]), [['Armed clash', 'Fano Militia', 'Military Forces of Ethiopia (2018-)']])
  assert.deepEqual(claims(he), [[[45, 'a Fano spokesman'], [9, 'A local health worker']]])
  assert.deepEqual(he.fat, [9])
  // "The spokesman added": the definite teller noun is the spokesman named before.
  const added = run(`${lead} The spokesman added that more than 45 soldiers had been killed.`, '2025-06-01')
  assert.deepEqual(claims(added), [[[45, 'a Fano spokesman']]])
  // Twin: a teller named in the figure's own sentence keeps its own name.
  const own = run(`${lead} More than 45 soldiers had been killed, a local health worker said.`, '2025-06-01')
  assert.deepEqual(claims(own), [[[45, 'a local health worker']]])
})

test('"At least seven people were killed in the strikes, including three in Dnipro, where ...": the event placed there gets its part (rule toll-part-here)', () => {
  const part = run('KYIV, June 1 - Russia fired missiles and drones at several Ukrainian cities overnight. At least seven people were killed in the strikes, including three in Dnipro, where a missile hit an apartment block, regional officials said.', '2025-06-01')
  assert.deepEqual(part.row.map((r) => [r[0], r[1], r[3]]), [['Air/drone strike', 'Military Forces of Russia (2000-)', 'Dnipro']])
  assert.deepEqual(part.fat, [3])
  // Twin: "including three children" is a part of the dead by who they were, not by place: the event keeps the whole toll.
  const who = run('KYIV, June 1 - Russia fired missiles and drones at several Ukrainian cities overnight. At least seven people were killed in the strikes, including three children, in Dnipro, where a missile hit an apartment block, regional officials said.', '2025-06-01')
  assert.deepEqual(who.row.map((r) => [r[0], r[1], r[3]]), [['Air/drone strike', 'Military Forces of Russia (2000-)', 'Dnipro']])
  assert.deepEqual(who.fat, [7])
})

test('"on the Kaduna-Zaria highway ... The gunmen blocked the road near Jaji": the spot the next sentence names is the place, one event (rule road-spot)', () => {
  const spot = run('ZARIA, Nigeria, June 1 - Gunmen abducted 14 travellers on the Kaduna-Zaria highway on Sunday, police said. The gunmen blocked the road near Jaji and shot at passing cars, a police spokesman said. One motorist was killed.', '2025-06-01')
  assert.deepEqual(spot.row.map((r) => [r[0], r[1], r[3]]), [['Abduction/forced disappearance', 'Unidentified Armed Group (Nigeria)', 'Jaji']])
  assert.deepEqual(spot.fat, [1])
  // Twin: with no sentence pointing back at the act, the road's first end stays its place.
  const road = run('ZARIA, Nigeria, June 1 - Gunmen abducted 14 travellers on the Kaduna-Zaria highway on Sunday, police said. Police said officers were searching the forests near Jaji.', '2025-06-01')
  assert.deepEqual(road.row.map((r) => [r[0], r[1], r[3]]), [['Abduction/forced disappearance', 'Unidentified Armed Group (Nigeria)', 'Kaduna']])
})

test('"setting off air raid sirens": a warning, no air strike; the missile launch is the one event (rule threat)', () => {
  const sirens = run('JERUSALEM, June 1 - Yemen\'s Houthis fired a ballistic missile at Haifa on Sunday, setting off air raid sirens across northern Israel. The missile was intercepted by Israeli air defences, the military said.', '2025-06-01')
  assert.deepEqual(sirens.row.map((r) => [r[0], r[1], r[3], r[4]]), [['Shelling/artillery/missile attack', 'Military Forces of Yemen (2017-) Houthi', 'Haifa', 'Israel']])
  // Twin: an air raid told as done is still an air strike.
  const raid = run('GAZA, June 1 - An Israeli air raid hit a house in Khan Younis on Sunday, killing four people, medics said.', '2025-06-01')
  assert.deepEqual(raid.row.map((r) => [r[0], r[1], r[3]]), [['Air/drone strike', 'Military Forces of Israel (2022-)', 'Khān Yūnis']])
})

test('"said they fired a missile at X ... said it intercepted a missile launched from Yemen": one launch, in Israel (rules origin, intercepted-attack)', () => {
  const both = run('JERUSALEM, June 1 - The Houthis said on Sunday they had fired a ballistic missile at Haifa. The Israeli military said it had intercepted a missile launched from Yemen.', '2025-06-01')
  assert.deepEqual(both.row.map((r) => [r[0], r[1], r[3], r[4]]), [['Shelling/artillery/missile attack', 'Military Forces of Yemen (2017-) Houthi', 'Haifa', 'Israel']])
  // Twin: an interception told alone stays the interceptor's disrupted weapons use, not placed where the missile came from.
  const alone = run('JERUSALEM, June 1 - The Israeli military said it intercepted a missile launched from Yemen on Sunday.', '2025-06-01')
  assert.deepEqual(alone.row.map((r) => [r[0], r[1], r[4]]), [['Disrupted weapons use', 'Military Forces of Israel (2022-)', 'Israel']])
})

test('"The army bombed RSF positions ... RSF shelling in El Fasher killed nine civilians": remote violence by two sides each named is two events, each with its own toll (rule other-firer)', () => {
  const two = run('KHARTOUM, June 1 - The army bombed RSF positions in North Darfur on Sunday, killing 14 fighters, a military source said. RSF shelling in El Fasher killed nine civilians, a local monitor said.', '2025-06-01')
  assert.deepEqual(two.row.map((r) => [r[0], r[1], r[2]]), [['Air/drone strike', 'Military Forces of Sudan (2019-)', 'Rapid Support Forces'], ['Shelling/artillery/missile attack', 'Rapid Support Forces', 'Civilians (Sudan)']])
  assert.deepEqual(two.fat, [14, 9])
  // Twin: the same side's fire told again in the next sentence stays the one event.
  const one = run('KHARTOUM, June 1 - The army bombed RSF positions in North Darfur on Sunday, killing 14 fighters, a military source said. Army shelling in El Fasher also hit RSF positions, the source said.', '2025-06-01')
  assert.deepEqual(one.row.map((r) => [r[1], r[2]]), [['Military Forces of Sudan (2019-)', 'Rapid Support Forces']])
  assert.deepEqual(one.fat, [14])
})

test('"Pakistani shelling in Poonch killed four civilians, Indian officials said": fire across the border is placed in the namesake there (rule fire-across)', () => {
  const across = run('ISLAMABAD, May 8 - India fired missiles at six sites in Pakistan-administered Kashmir on Wednesday, Pakistani officials said. Pakistani shelling in Poonch killed four civilians overnight, Indian army officials said.', '2025-05-08')
  assert.deepEqual(across.row.map((r) => [r[1], r[2], r[3], r[4]]), [['Military Forces of India (2014-)', null, 'Azad Kashmir', 'Pakistan'], ['Military Forces of Pakistan (2022-)', 'Civilians (India)', 'Punch', 'India']])
  assert.deepEqual(across.fat, [0, 4])
  // Twin: a state's shelling in its own town, in a story naming no other country, stays there.
  const own = run('MUZAFFARABAD, May 8 - Pakistani shelling in Poonch hit a militant hideout overnight, the army said.', '2025-05-08')
  assert.deepEqual(own.row.map((r) => [r[1], r[4]]), [['Military Forces of Pakistan (2022-)', 'Pakistan']])
})

test('"Fano fighters attacked ... near Debre Markos": a town abroad bearing the name of the story\'s armed group is its name, not a place (rule group-name-abroad)', () => {
  const group = run('Fano fighters attacked an army post near Debre Markos on Sunday, a Fano spokesman said. He said more than 30 soldiers had been killed.', '2025-06-01')
  assert.deepEqual(group.row.map((r) => [r[0], r[1], r[2], r[3], r[4]]), [['Armed clash', 'Fano Militia', 'Military Forces of Ethiopia (2018-)', 'Debre Mark’os', 'Ethiopia']])
  assert.deepEqual(group.fat, [30])
  // Twin: the town itself, named with its country and no group noun, is still a place.
  const town = run('Hundreds of people marched in Fano, Italy, on Sunday to protest against a new waste plant, police said.', '2025-06-01')
  assert.deepEqual(town.row.map((r) => [r[0], r[3], r[4]]), [['Peaceful protest', 'Fano', 'Italy']])
})
