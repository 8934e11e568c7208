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
