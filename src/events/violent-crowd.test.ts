import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

// Sentences written for these tests: force used on a crowd that was itself violent answers a riot (rule violent-crowd-met).
function run(text: string, published = '2021-05-04') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.actor2, r.interaction])
}

test('police killing protesters while removing their barricades: a violent demonstration met by force', () => {
  assert.deepEqual(run('On 3 May 2021, police shot dead two protesters while removing barricades and dispersing demonstrators in Parakou (Borgou).'),
    [['Violent demonstration', 'Rioters (Benin)', 'Police Forces of Benin (2016-)', 15]])
})

test('demonstrators barricading roads, fired on by the police: a violent demonstration', () => {
  assert.deepEqual(run('On 3 May 2021, police fired live rounds as they dispersed demonstrators barricading the main roads in Parakou (Borgou), killing one.'),
    [['Violent demonstration', 'Rioters (Benin)', 'Police Forces of Benin (2016-)', 15]])
})

test('twin: police killing peaceful marchers is excessive force against protesters', () => {
  assert.deepEqual(run('On 3 May 2021, police shot dead two protesters while dispersing a peaceful march in Parakou (Borgou).'),
    [['Excessive force against protesters', 'Police Forces of Benin (2016-)', 'Protesters (Benin)', 16]])
})
