import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the gaps closed in the conflict fixtures (unseen13, unseen19, ...). Texts written for these tests.
function run(text: string, published = '2025-03-05') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc)
}

test('"as Russian drones target cars": a weapon in the plural present, a warning\'s reason, no strike planned', () => {
  const warn = run([
    'KYIV, March 4 (Reuters) - A Russian drone hit a bakery in the town of Bilopillia on Monday night, killing three workers, the regional governor said.',
    'Regional officials have urged civilians in border villages of the Sumy region to leave, saying that the trip out will get harder as Russian drones target cars.',
  ].join('\n'))
  assert.deepEqual(warn.map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities]), [['Air/drone strike', 'reported', '2025-03-03', 3]])
  // Twin: drones that struck on a day are a strike.
  const done = run('KYIV, March 4 (Reuters) - Russian drones targeted cars on a road near the town of Bilopillia on Monday, killing two people, the governor said.')
  assert.deepEqual(done.map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities]), [['Air/drone strike', 'reported', '2025-03-03', 2]])
})

test('"took office in 2005 on the death of his father": a reign\'s turn, no dead of the day\'s protest', () => {
  const reign = run([
    'LOME, May 6 (AFP) - Protesters set up barricades of burning tyres in the Nyekonakpoe district of Togo\'s capital Lome on Monday and police fired tear gas at them, witnesses said.',
    'The president took office in 2005 on the death of his father, who had ruled for 38 years.',
  ].join('\n'), '2025-05-06')
  assert.deepEqual(reign.map((r) => [r.sub_event_type, r.status, r.event_date, r.location, r.fatalities]), [['Violent demonstration', 'reported', '2025-05-05', 'Lomé', 0]])
  // Twin: a death at the barricades is one.
  const shot = run('LOME, May 6 (AFP) - Police shot dead a protester at a barricade of burning tyres in Togo\'s capital Lome on Monday, witnesses said.', '2025-05-06')
  assert.deepEqual(shot.map((r) => r.fatalities), [1])
})

test('"Some pushed through barricades ..., and police responded with live rounds": force met a violent crowd, one riot', () => {
  const gates = run([
    'DHAKA, May 6 (Reuters) - Police fired on students who tried to march on the election commission in Dhaka on Monday, killing two people, officials said.',
    'Thousands of students had gathered at the university in the morning to demand a new vote.',
    'Some pushed through barricades and climbed the fence of the building, and police responded with water cannon and then live rounds, witnesses said.',
  ].join('\n'), '2025-05-06')
  assert.deepEqual(gates.map((r) => [r.sub_event_type, r.status, r.event_date, r.location, r.fatalities, r.actor1, r.actor2]),
    [['Violent demonstration', 'reported', '2025-05-05', 'Dhaka', 2, 'Rioters (Bangladesh)', 'Police Forces of Bangladesh (2024-)']])
  // Twin: force on a crowd that did no violence stays excessive force.
  const calm = run([
    'DHAKA, May 6 (Reuters) - Police fired on students who marched on the election commission in Dhaka on Monday, killing two people, officials said.',
    'Thousands of students had gathered at the university in the morning to demand a new vote.',
  ].join('\n'), '2025-05-06')
  assert.deepEqual(calm.map((r) => r.sub_event_type), ['Excessive force against protesters'])
})

test('"Some set fire to tyres and looted shops" after police fired on the crowd: the crowd\'s own act, one riot', () => {
  const loot = run([
    'CONAKRY, May 6 (Reuters) - Three people were killed in Guinea\'s capital on Monday as police fired tear gas and live rounds at hundreds of young protesters angry over fuel prices, a rights group said.',
    'The protesters, many of them motorcycle taxi drivers, marched towards the port chanting slogans against the government.',
    'Some set fire to tyres and looted shops in several districts after the police blocked their way, witnesses said.',
    'The government imposed a curfew and blamed the unrest on opposition leaders.',
  ].join('\n'), '2025-05-06')
  assert.deepEqual(loot.map((r) => [r.sub_event_type, r.status, r.event_date, r.location, r.fatalities, r.actor1]),
    [['Violent demonstration', 'reported', '2025-05-05', 'Conakry', 3, 'Rioters (Guinea)']])
})

test('"..., and soldiers freed them after a gunfight the next day" then the gunfight told at its own village: one clash, there', () => {
  const rescue = run([
    'ABUJA, May 6 (Reuters) - Gunmen kidnapped nine traders on a highway near the town of Funtua in Nigeria\'s Katsina state on Saturday, and soldiers freed six of them after a gunfight with the kidnappers the next day, the army said.',
    'Troops tracked the gang to a forest near the village of Dandume and exchanged fire with them on Sunday, killing three of the kidnappers, an army spokesman said.',
  ].join('\n'), '2025-05-06')
  assert.deepEqual(rescue.map((r) => [r.sub_event_type, r.status, r.event_date, r.location, r.fatalities]), [
    ['Abduction/forced disappearance', 'reported', '2025-05-03', 'Funtua', 0],
    ['Armed clash', 'reported', '2025-05-04', 'Dandume', 3],
  ])
  // Twin: with no later sentence placing the gunfight, the clause keeps its sentence's town.
  const alone = run('ABUJA, May 6 (Reuters) - Gunmen kidnapped nine traders on a highway near the town of Funtua in Nigeria\'s Katsina state on Saturday, and soldiers freed six of them after a gunfight with the kidnappers the next day, the army said.', '2025-05-06')
  assert.deepEqual(alone.map((r) => [r.sub_event_type, r.event_date, r.location]), [
    ['Abduction/forced disappearance', '2025-05-03', 'Funtua'],
    ['Armed clash', '2025-05-04', 'Funtua'],
  ])
})

test('"near Plaza San Martin": a square\'s name, not the department of San Martin', () => {
  const square = run([
    'LIMA, May 6 (Reuters) - Hundreds of students marched in Peru\'s capital on Monday to demand the resignation of the president, witnesses said.',
    'A student was shot dead near Plaza San Martin, the ombudsman\'s office said.',
  ].join('\n'), '2025-05-06')
  assert.deepEqual(square.map((r) => [r.event_date, r.location, r.admin1]), [['2025-05-05', 'Lima', 'Lima Province']])
})
