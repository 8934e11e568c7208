import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rows } from './fixtures/rows.js'

// Sentences written for these tests: which force is the second side of a crowd's violence (mob justice, prison riots).
const run = (text: string, published = '2022-05-04') => rows(text, published, ['sub_event_type', 'actor1', 'assoc_actor_1', 'actor2', 'interaction'])

test('a crowd beating a suspected thief before handing him over to the police: the thief is the civilian hit, not the police', () => {
  assert.deepEqual(run('On 3 May 2022, a crowd beat a suspected thief before handing him over to the police in Bohicon (Zou).'),
    [['Mob violence', 'Rioters (Benin)', 'Vigilante Group (Benin)', 'Civilians (Benin)', 57]])
})

test('twin: a crowd that stones the police is fighting the police', () => {
  assert.deepEqual(run('On 3 May 2022, a crowd beat a suspected thief and then stoned the police in Bohicon (Zou).').map((r) => r[3]),
    ['Police Forces of Benin (2016-)'])
})

test('prison guards who put down a prison riot are its second side', () => {
  assert.deepEqual(run('On 3 May 2022, inmates burned mattresses at the central prison in Parakou (Borgou) to demand family visits. Prison guards dissolved the protest.'),
    [['Violent demonstration', 'Rioters (Benin)', 'Prisoners (Benin)', 'Police Forces of Benin (2016-) Prison Guards', 15]])
})

test('twin: guards who only watch a prison riot are no side of it', () => {
  assert.deepEqual(run('On 3 May 2022, inmates burned mattresses at the central prison in Parakou (Borgou) to demand family visits. Prison guards watched from the towers.').map((r) => r[3]),
    [null])
})

test('demonstrators who robbed passers-by during the march: a violent demonstration', () => {
  assert.deepEqual(run('On 3 May 2022, hundreds of residents marched in Parakou (Borgou) against the rising price of fuel. Some demonstrators robbed passers-by.').map((r) => [r[0], r[1]]),
    [['Violent demonstration', 'Rioters (Benin)']])
})

test('twin: demonstrators who say they were robbed marched peacefully', () => {
  assert.deepEqual(run('On 3 May 2022, hundreds of residents marched in Parakou (Borgou) against the rising price of fuel. The demonstrators said they had been robbed by the fuel sellers.').map((r) => [r[0], r[1]]),
    [['Peaceful protest', 'Protesters (Benin)']])
})
