import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'

// Sentences written for these tests: a country's usual insurgent is meant only where its insurgency is (generic.yaml insurgent_areas).
function actors(text: string) {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2020-05-03', input: 't' }, text })
  return doc.actors.map((a) => [a.text, a.name, a.rule])
}

test('militants in Jammu and Kashmir are not India\'s Maoists: an unidentified armed group', () => {
  assert.deepEqual(actors('On 2 May 2020, militants lobbed a grenade at a police post in Sopore town (Baramulla district, Jammu and Kashmir).'),
    [['militants', 'Unidentified Armed Group (India)', 'generic-armed'], ['police', 'Police Forces of India (2014-)', 'generic-police']])
})

test('twin: militants in Chhattisgarh are most likely the Maoists', () => {
  assert.deepEqual(actors('On 2 May 2020, militants attacked a police post in Sukma (Chhattisgarh).'),
    [['militants', 'Naxal-Maoist Rebels (India)', 'country-insurgent'], ['police', 'Police Forces of India (2014-)', 'generic-police']])
})
