import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../../events/records.js'

// Sentences written for these tests: the force a mob hands its captive to is no side of the mob's violence.
function run(text: string, published = '2022-05-04') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.assoc_actor_1, r.actor2, r.interaction])
}

test('a crowd beating a suspected thief before handing him over to the police: the thief is the civilian hit, not the police', () => {
  assert.deepEqual(run('On 3 May 2022, a crowd beat a suspected thief before handing him over to the police in Bohicon (Zou).'),
    [['Mob violence', 'Rioters (Benin)', 'Vigilante Group (Benin)', 'Civilians (Benin)', 57]])
})

test('twin: a crowd that stones the police is fighting the police', () => {
  assert.deepEqual(run('On 3 May 2022, a crowd beat a suspected thief and then stoned the police in Bohicon (Zou).').map((r) => r[3]),
    ['Police Forces of Benin (2016-)'])
})
