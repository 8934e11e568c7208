import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'

// Sentences written for these tests: which country an unnamed force or insurgent belongs to (generic.yaml insurgent_areas; a force listed as part of another).
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

test('an unnamed force listed as part of a named one ("Kenyan jets including attack helicopters") is that force', () => {
  assert.deepEqual(actors('On 2 May 2020, Kenyan jets including attack helicopters bombed a camp near Bardhere (Gedo), killing six civilians.').slice(0, 2).map((a) => [a[0], a[1]]),
    [['Kenyan jets', 'Military Forces of Kenya (2013-)'], ['helicopters', 'Military Forces of Kenya (2013-)']])
})

test('twin: an unnamed force joined by "and" keeps the article\'s country', () => {
  assert.deepEqual(actors('On 2 May 2020, Kenyan jets and military helicopters bombed a camp near Bardhere (Gedo), killing six civilians.').slice(0, 2).map((a) => [a[0], a[1]]),
    [['Kenyan jets', 'Military Forces of Kenya (2013-)'], ['military helicopters', 'Military Forces of Somalia (2017-)']])
})

test('border patrol agents are a country\'s police', () => {
  assert.deepEqual(actors('On 2 May 2020, border patrol agents beat a migrant near El Paso, Texas.').slice(0, 1).map((a) => [a[0], a[1]]),
    [['border patrol agents', 'Police Forces of the United States (2017-)']])
})

test('twin: other agents are no force', () => {
  assert.deepEqual(actors('On 2 May 2020, gunmen beat two insurance agents near El Paso, Texas.').map((a) => a[1]),
    ['Unidentified Armed Group (United States)'])
})

test('"civilian houses" names property hit, not people: no civilians among the actors', () => {
  assert.deepEqual(actors('On 2 May 2020, army artillery destroyed twelve civilian houses in Jurm district, Badakhshan.').map((a) => a[1]),
    ['Military Forces of Afghanistan (2014-)'])
})

test('twin: civilians killed in their houses are people hit', () => {
  assert.deepEqual(actors('On 2 May 2020, army artillery killed four civilians in their houses in Jurm district, Badakhshan.').map((a) => a[1]),
    ['Military Forces of Afghanistan (2014-)', 'Civilians (Afghanistan)'])
})

test('militants in the Niger Delta are not the north-east\'s jihadists: an unidentified armed group', () => {
  assert.deepEqual(actors('On 2 May 2020, militants blew up an oil pipeline near Port Harcourt, Rivers State.').map((a) => a[1]),
    ['Unidentified Armed Group (Nigeria)'])
})

test('twin: militants in Borno are most likely the north-east\'s jihadists', () => {
  assert.deepEqual(actors('On 2 May 2020, militants blew up a bridge near Maiduguri, Borno State.').map((a) => a[2]),
    ['country-insurgent'])
})
