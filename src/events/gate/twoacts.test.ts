import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for story bugs on whole articles (stop 31, task twoacts): each rule's text beside a near-identical one where it
// must not fire (or must still fire). Texts written for these tests.
function run(text: string, published = '2025-03-11') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.actor2, r.location, r.fatalities, r.status, r.event_date])
}

test('"arrested 14 people after clashes ... on Monday night left 33 injured": the clash in the "after" clause is an event of its own', () => {
  const two = run('LAGOS, March 11 (Reuters) - Police arrested 14 people in the town of Ikorodu after clashes between two rival groups on Monday night left 33 people injured, a spokesman said.')
  assert.deepEqual(two.map((r) => [r[0], r[3], r[4], r[6]]), [['Arrests', 'Ikorodu', 0, '2025-03-10'], ['Armed clash', 'Ikorodu', 0, '2025-03-10']])
  // The killing in the clause keeps its own day and dead; the arrest takes none of them.
  const killed = run('LAGOS, March 11 (Reuters) - Police arrested 14 people in the town of Ikorodu on Monday after gunmen killed three farmers there on Sunday, a spokesman said.')
  assert.deepEqual(killed.map((r) => [r[0], r[4], r[6]]), [['Arrests', 0, '2025-03-10'], ['Attack', 3, '2025-03-09']])
  // Twin: a series with no day nor toll of its own is the arrest's background, no act.
  const series = run('LAGOS, March 11 (Reuters) - Police arrested 14 people in the town of Ikorodu on Monday after a series of attacks on farmers, a spokesman said.')
  assert.deepEqual(series.map((r) => r[0]), ['Arrests'])
  // Twin: a clash told as old history ("in 2019") is no second event.
  const old = run('LAGOS, March 11 (Reuters) - Police arrested 14 people in the town of Ikorodu on Monday after clashes between two rival groups in 2019 left 33 people injured, a spokesman said.')
  assert.deepEqual(old.map((r) => r[0]), ['Arrests'])
  // Twin: a clause whose doer is only "he" names no side of its own; it would take the arresting force as its doer.
  const he = run('LAGOS, March 11 (Reuters) - Police arrested a man on Monday after he shot dead his neighbour in Ikorodu, a spokesman said.')
  assert.deepEqual(he.map((r) => r[0]), ['Arrests'])
})

test('"Gunfire and explosions rang out ... and bodies lay in the streets": sounds and bodies seen, with no doer and no act word, are no attack', () => {
  const seen = run('KINSHASA, March 11 (Reuters) - Gunfire and explosions rang out across the town of Uvira on Monday and bodies lay in the streets, residents said.')
  assert.deepEqual(seen, [])
  const one = run('KINSHASA, March 11 (Reuters) - Heavy gunfire rang out in Uvira on Monday, and bodies lay in the streets, residents said.')
  assert.deepEqual(one, [])
  // Twin: people told killed there are an act's dead.
  const killed = run('KINSHASA, March 11 (Reuters) - Gunfire and explosions rang out across the town of Uvira on Monday and five people were killed, residents said.')
  assert.deepEqual(killed.map((r) => [r[0], r[3], r[4]]), [['Attack', 'Uvira', 5]])
})

test('"armed gangs raid villages and kidnap residents": a habit told in the plural present, with no day nor dead, is no incident', () => {
  const habit = run('PORT-AU-PRINCE, March 11 (Reuters) - Armed gangs raid villages and kidnap residents in the Artibonite region, aid groups say.')
  assert.deepEqual(habit, [])
  // Twin: the same told in the past with a day is an abduction.
  const done = run('PORT-AU-PRINCE, March 11 (Reuters) - Armed gangs raided villages and kidnapped residents in the Artibonite region on Monday, aid groups said.')
  assert.deepEqual(done.map((r) => [r[0], r[1], r[6]]), [['Abduction/forced disappearance', 'Unidentified Gang (Haiti)', '2025-03-10']])
  // Twin: a headline in the present, with no full stop, still heads a story of its act.
  const headline = run('Gunmen attack village in Borno\n\nMAIDUGURI, March 11 (Reuters) - Gunmen attacked the village of Banki on Monday, officials said.')
  assert.deepEqual(headline.map((r) => [r[0], r[3]]), [['Attack', 'Banki']])
  // Twin: a lead in the present that counts the people taken tells one incident.
  const counted = run('GUSAU, March 11 (Reuters) - Gunmen kidnap 20 villagers in Zamfara, police say.')
  assert.deepEqual(counted.map((r) => r[0]), ['Abduction/forced disappearance'])
})

test('"rebels entered the centre of Bukavu, leaving the airport in their hands": the place held is taken', () => {
  const held = run('KINSHASA, March 11 (Reuters) - M23 rebels entered the centre of Bukavu on Monday, leaving the airport in their hands, residents said.')
  assert.deepEqual(held.map((r) => [r[0], r[1], r[3]]), [['Non-state actor overtakes territory', 'M23: March 23 Movement', 'Bukavu']])
  // Twin: placards held in marchers' hands take nothing.
  const placards = run('KINSHASA, March 11 (Reuters) - Hundreds of people marched through Bukavu on Monday with placards in their hands, residents said.')
  assert.deepEqual(placards.map((r) => r[0]), ['Peaceful protest'])
})

test('"troops seized rifles and ammunition after a raid on a militant base": arms seized are no ground taken', () => {
  const arms = run('MAIDUGURI, March 11 (Reuters) - Troops seized rifles and ammunition after a raid on a militant base near Dikwa on Monday, the army said.')
  assert.deepEqual(arms.map((r) => [r[0], r[1]]), [['Disrupted weapons use', 'Military Forces of Nigeria (2023-)']])
  // Twin: a base seized is ground taken.
  const base = run('MAIDUGURI, March 11 (Reuters) - Troops seized a militant base near Dikwa on Monday, the army said.')
  assert.deepEqual(base.map((r) => [r[0], r[3]]), [['Government regains territory', 'Dikwa']])
})

test('"Security forces had been deployed to Gwoza" after an attack told with no town: where forces were sent is not the attack\'s place', () => {
  const region = run('MAIDUGURI, March 11 (Reuters) - Boko Haram fighters attacked a village in Borno state on Monday, killing 12 people, officials said. Security forces had been deployed to Gwoza, the army said.')
  assert.deepEqual(region.map((r) => [r[0], r[3]]), [['Attack', 'Borno State']])
  const country = run('MAIDUGURI, March 11 (Reuters) - Gunmen attacked a village in northeastern Nigeria on Monday, killing 12 people, officials said. Security forces had been deployed to Gwoza, a local official said.')
  assert.deepEqual(country.map((r) => [r[0], r[3]]), [['Attack', 'Nigeria']])
  // Twin: a deployment told on its own is coded where the forces went.
  const sent = run('MAIDUGURI, March 11 (Reuters) - The army deployed troops to Gwoza on Monday, a spokesman said.')
  assert.deepEqual(sent.map((r) => [r[0], r[3]]), [['Change to group/activity', 'Gwoza']])
  // Twin: a town the next sentence names as where the attack was still places it.
  const there = run('MAIDUGURI, March 11 (Reuters) - Gunmen attacked a village in northeastern Nigeria on Monday, killing 12 people, officials said. The village lies near Gwoza, a local official said.')
  assert.deepEqual(there.map((r) => [r[0], r[3]]), [['Attack', 'Gwoza']])
})

test('a witness\'s quoted words between the attack and a later toll do not cut the toll off from it', () => {
  const lead = 'GUSAU, March 11 (AP) - Gunmen on motorcycles stormed the village of Kanoma on Saturday, shooting at residents and killing 17 people, a local councillor said.'
  const quoted = run(`${lead}\n"They came at night and fired at everyone they saw," said a farmer, sitting beside a hospital bed.\n"We ran into the bush and waited until morning," said another resident.\nPolice confirmed the raid but put the death toll at 11.`)
  assert.deepEqual(quoted.map((r) => [r[0], r[3], r[4]]), [['Attack', 'Kanoma', 11]])
  // Twin: three sentences of other matters between, the figure is too far to be the attack's.
  const far = run(`${lead}\nThe village lies in Maru district.\nMany families have left for Gusau.\nFarmers there grow millet and beans.\nPolice put the death toll at 11.`)
  assert.deepEqual(far.map((r) => [r[0], r[3], r[4]]), [['Attack', 'Kanoma', 17]])
})
