import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

// Short articles written for these tests: crowds punishing suspects (mob justice), communal militias, crowds at protests.
function run(text: string, published = '2024-05-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.inter1, r.actor2, r.inter2])
}

test('blame told after the act names the victim\'s alleged crime: the lynching is coded; blame before the act is not an act', () => {
  assert.deepEqual(run('Villagers in Kandi lynched a man accused of stealing a goat on Sunday.'),
    [['Mob violence', 'Rioters (Benin)', 5, 'Civilians (Benin)', 7]])
  assert.deepEqual(run('Officials in Kandi accused herders of the killing of a farmer on Sunday.'), [])
})

test('a crowd beating a suspected robber to death is mob justice, not a crime story; a lone robber\'s assault stays crime', () => {
  assert.deepEqual(run('Residents of Kandi beat to death a suspected thief accused of robbery on Sunday.'),
    [['Mob violence', 'Rioters (Benin)', 5, 'Civilians (Benin)', 7]])
  assert.deepEqual(run('A man assaulted a woman during a robbery in Kandi on Sunday.'), [])
})

test('"in the village of X" is where a crowd beat a man, not a settlement it raided; "attacked the village of X" is a raid', () => {
  assert.deepEqual(run('A number of villagers beat a man to death in the village of Tado, Benin, on Sunday.'),
    [['Mob violence', 'Rioters (Benin)', 5, 'Civilians (Benin)', 7]])
  assert.deepEqual(run('A group of farmers attacked the village of Tado, Benin, on Sunday and killed two herders.'),
    [['Attack', 'Unidentified Communal Militia (Benin)', 4, 'Civilians (Benin)', 7]])
})

test('armed men seen on the move are a movement of forces; ordinary people seen somewhere are no event', () => {
  assert.deepEqual(run('About twenty armed men on motorcycles were seen in the village of Kpako, Benin, on Sunday.'),
    [['Change to group/activity', 'Unidentified Armed Group (Benin)', 3, null, 0]])
  assert.deepEqual(run('Residents were seen queueing for water in the village of Kpako, Benin, on Sunday.'), [])
})

test('a crowd burning a suspect to death ("burned him to death") is mob violence; soldiers beating a man to death attack him', () => {
  assert.deepEqual(run('Residents of Lalo, Benin, caught a burglar on Sunday and burned him to death.'),
    [['Mob violence', 'Rioters (Benin)', 5, 'Civilians (Benin)', 7]])
  assert.deepEqual(run('Soldiers beat a trader to death at a checkpoint in Lalo, Benin, on Sunday.'),
    [['Attack', 'Military Forces of Benin (2016-)', 1, 'Civilians (Benin)', 7]])
})

test('the crime a victim is suspected of is not the act; "suspected of theft attacked" and "suspected of being" keep the act', () => {
  assert.deepEqual(run('Residents of Lalo, Benin, assaulted a man who attempted to kidnap a pupil on Sunday.'),
    [['Mob violence', 'Rioters (Benin)', 5, 'Civilians (Benin)', 7]])
  assert.deepEqual(run('Men suspected of theft attacked a police post in Lalo, Benin, on Sunday.'),
    [['Armed clash', 'Unidentified Armed Group (Benin)', 3, 'Police Forces of Benin (2016-)', 1]])
  assert.deepEqual(run('Gunmen suspected of being jihadists kidnapped two teachers in Lalo, Benin, on Sunday.').map((r) => r[0]),
    ['Abduction/forced disappearance'])
})

test('villagers who severely wounded a suspected thief are a mob; someone severely wounded in a road accident is no event', () => {
  assert.deepEqual(run('Villagers in Lalo, Benin, severely wounded a suspected cattle thief on Sunday.'),
    [['Mob violence', 'Rioters (Benin)', 5, 'Civilians (Benin)', 7]])
  assert.deepEqual(run('A trader was severely wounded in a road accident in Lalo, Benin, on Sunday.'), [])
})

test('traditional hunters who clash with soldiers are a communal militia in a battle; townspeople who clash with police riot', () => {
  assert.deepEqual(run('Soldiers clashed with traditional hunters in Kpako, Benin, on Sunday. Two soldiers were killed.'),
    [['Armed clash', 'Military Forces of Benin (2016-)', 1, 'Unidentified Communal Militia (Benin)', 4]])
  assert.deepEqual(run('Soldiers and demonstrating hunters exchanged gunfire in Kpako, Benin, on Sunday.'),
    [['Armed clash', 'Military Forces of Benin (2016-)', 1, 'Unidentified Communal Militia (Benin)', 4]])
  assert.deepEqual(run('Police clashed with demonstrators in Kpako, Benin, on Sunday.'),
    [['Violent demonstration', 'Rioters (Benin)', 5, 'Police Forces of Benin (2016-)', 1]])
})

test('women who "took the street" to ask for a release protest; a street taken by a road project is no event', () => {
  assert.deepEqual(run('Market women took the street in Lokossa, Benin, on Sunday to ask for the release of a trader.').map((r) => [r[0], r[1], r[2]]),
    [['Peaceful protest', 'Protesters (Benin)', 6]])
  assert.deepEqual(run('The new road took the street of the old market in Lokossa, Benin, last year.'), [])
})

test('a bracketed aside between the crowd and its act keeps the crowd the agent; a crowd that only tells of gunmen does not act', () => {
  assert.deepEqual(run('Locals in Tasso (Nikki district, northern Benin) chased down and killed a man believed to have murdered a trader on Sunday.').map((r) => [r[0], r[1], r[2]]),
    [['Mob violence', 'Rioters (Benin)', 5]])
  assert.deepEqual(run('Locals in Tasso (Nikki district, northern Benin) said gunmen killed two traders on Sunday.').map((r) => [r[0], r[1], r[2]]),
    [['Attack', 'Unidentified Armed Group (Benin)', 3]])
})

test('"Fulani herdmen" (a common misspelling) who kill are the Fulani militia, read as "herdsmen" are', () => {
  assert.deepEqual(run('Fulani herdmen killed a farmer near Gogounou, Benin, on Sunday.'),
    [['Attack', 'Fulani Ethnic Militia (Benin)', 4, 'Civilians (Benin)', 7]])
  assert.deepEqual(run('Gunmen killed two Fulani herdmen near Gogounou, Benin, on Sunday.'), run('Gunmen killed two Fulani herdsmen near Gogounou, Benin, on Sunday.'))
})

test('religious communities that clash unarmed riot against each other; with guns and machetes they are communal militias; militants stay a battle', () => {
  assert.deepEqual(run('Sunni and Sufi Muslims clashed near the central mosque in Kandi, Benin, on Sunday.'),
    [['Mob violence', 'Rioters (Benin)', 5, 'Rioters (Benin)', 5]])
  assert.deepEqual(run('Christians and Muslims clashed with guns and machetes in Kandi, Benin, on Sunday, leaving four dead.').map((r) => [r[0], r[1], r[2], r[3], r[4]]),
    [['Armed clash', 'Unidentified Communal Militia (Benin)', 4, 'Unidentified Communal Militia (Benin)', 4]])
  assert.deepEqual(run('Islamist militants clashed with soldiers near the central mosque in Kandi, Benin, on Sunday.'),
    [['Armed clash', 'Unidentified Armed Group (Benin)', 3, 'Military Forces of Benin (2016-)', 1]])
})

test('residents who stoned a police vehicle riot against the police; a woman stoned to death by a mob is one dead', () => {
  assert.deepEqual(run('Residents stoned a police vehicle in Kandi, Benin, on Sunday.'),
    [['Mob violence', 'Rioters (Benin)', 5, 'Police Forces of Benin (2016-)', 1]])
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2024-05-10', input: 't' },
    text: 'A woman was stoned to death by a mob in Kandi, Benin, on Sunday.' })
  assert.deepEqual(toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.actor2, r.fatalities]),
    [['Mob violence', 'Rioters (Benin)', 'Civilians (Benin)', 1]])
  assert.deepEqual(run('Gunmen stoned a bus and killed two passengers in Kandi, Benin, on Sunday.'),
    [['Attack', 'Unidentified Armed Group (Benin)', 3, 'Civilians (Benin)', 7]])
})

test('suspected robbers assaulted by community members are a mob\'s victims; robbers who assaulted a woman are crime', () => {
  assert.deepEqual(run('Two men suspected of house robberies were fatally assaulted by community members in Kandi, Benin, on Sunday.').map((r) => [r[0], r[1], r[2]]),
    [['Mob violence', 'Rioters (Benin)', 5]])
  assert.deepEqual(run('Two robbers assaulted a woman during a house robbery in Kandi, Benin, on Sunday.'), [])
})
