import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for story bugs seen on whole articles this stop (task story34): each rule's text beside a near-identical one
// where it must not fire. Texts written for these tests.
function run(text: string, published = '2025-03-11') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.assoc_actor_1, r.actor2, r.location, r.fatalities, r.event_date])
}

test('"Ukraine\'s air force said Russia launched 140 drones": the teller is no side of the strikes it tells of', () => {
  assert.deepEqual(run('Ukraine\'s air force said Russia launched 140 drones overnight. A drone hit a power plant in Poltava.'),
    [['Air/drone strike', 'Military Forces of Russia (2000-)', '', null, 'Poltava', 0, '2025-03-10']])
  // Twin: a force that says it struck itself still tells of a strike.
  assert.deepEqual(run('Ukraine\'s air force said it struck a Russian ammunition depot in Belgorod overnight.').map((r) => [r[0], r[4]]),
    [['Air/drone strike', 'Belgorod']])
})

test('a strike told by its doer in the lead and again with whom it killed: the killed stay its other side', () => {
  const lead = 'KYIV, March 11 (Reuters) - Russian forces struck Ukraine overnight with drones and missiles, officials said on Tuesday. '
  assert.deepEqual(run(lead + 'A guided bomb killed two civilians in Kramatorsk, the regional governor said.'),
    [['Air/drone strike', 'Military Forces of Russia (2000-)', '', 'Civilians (Ukraine)', 'Kramatorsk', 2, '2025-03-10']])
  // Twin: with no one hit named, the other side stays empty.
  assert.deepEqual(run(lead + 'A guided bomb hit a warehouse in Kramatorsk, the regional governor said.').map((r) => [r[1], r[3]]),
    [['Military Forces of Russia (2000-)', null]])
})

test('"Cabo Ligado, a conflict monitor, said": a monitor\'s name is no place', () => {
  assert.deepEqual(run('Cabo Ligado, a conflict monitor, said militants beheaded three people on Sunday.').map((r) => [r[0], r[4], r[5]]),
    [['Attack', '', 3]])
  // Twin: the province's name with its own word stays a place.
  assert.deepEqual(run('Militants beheaded three people in Cabo Delgado province on Sunday, a conflict monitor said.').map((r) => [r[0], r[4], r[5]]),
    [['Attack', 'Cabo Delgado Province', 3]])
})

test('"fighters loyal to ISWAP" and "the group\'s fighters": the named group is the side, never an unidentified one', () => {
  assert.deepEqual(run('MAIDUGURI, Nigeria, March 11 (Reuters) - Fighters loyal to ISWAP attacked a military base in Borno state on Sunday, killing six soldiers, the army said.'),
    [['Armed clash', 'Islamic State (West Africa)', '', 'Military Forces of Nigeria (2023-)', 'Borno State', 6, '2025-03-09']])
  const back = run('MAIDUGURI, Nigeria, March 11 (Reuters) - ISWAP claimed an attack on a military base in Borno state on Sunday. On Monday the group\'s fighters killed four farmers near the town of Damboa, residents said.')
  assert.deepEqual(back.map((r) => [r[0], r[1], r[4], r[5]]), [
    ['Armed clash', 'Islamic State (West Africa)', 'Borno State', 0],
    ['Attack', 'Islamic State (West Africa)', 'Damboa', 4],
  ])
  // "ELN guerrillas": the group named as the guerrillas' own word.
  assert.deepEqual(run('BOGOTA, March 11 (Reuters) - ELN guerrillas attacked a police station in Arauca province on Monday, killing two officers, the army said.').map((r) => [r[1], r[3]]),
    [['ELN: National Liberation Army', 'Police Forces of Colombia (2022-)']])
})
