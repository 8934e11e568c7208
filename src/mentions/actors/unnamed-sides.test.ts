import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'

// Sentences written for these tests: who an unnamed force, insurgent or people word is (generic.yaml insurgent_areas; a force
// listed as part of another; police nouns; civilians words that describe property). Each rule with its twin.
function actors(text: string) {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2020-05-03', input: 't' }, text })
  return doc.actors.map((a) => [a.text, a.name, a.rule])
}

const cases: [name: string, text: string, expected: string[][]][] = [
  ['militants in Jammu and Kashmir are not India\'s Maoists: an unidentified armed group',
    'On 2 May 2020, militants lobbed a grenade at a police post in Sopore town (Baramulla district, Jammu and Kashmir).',
    [['militants', 'Unidentified Armed Group (India)', 'generic-armed'], ['police', 'Police Forces of India (2014-)', 'generic-police']]],
  ['twin: militants in Chhattisgarh are most likely the Maoists',
    'On 2 May 2020, militants attacked a police post in Sukma (Chhattisgarh).',
    [['militants', 'Naxal-Maoist Rebels (India)', 'country-insurgent'], ['police', 'Police Forces of India (2014-)', 'generic-police']]],
  ['an unnamed force listed as part of a named one ("Kenyan jets including attack helicopters") is that force',
    'On 2 May 2020, Kenyan jets including attack helicopters bombed a camp near Bardhere (Gedo), killing six civilians.',
    [['Kenyan jets', 'Military Forces of Kenya (2013-)', 'demonym-military'], ['helicopters', 'Military Forces of Kenya (2013-)', 'included-in'], ['civilians', 'Civilians (Somalia)', 'generic-civilians']]],
  ['twin: an unnamed force joined by "and" keeps the article\'s country',
    'On 2 May 2020, Kenyan jets and military helicopters bombed a camp near Bardhere (Gedo), killing six civilians.',
    [['Kenyan jets', 'Military Forces of Kenya (2013-)', 'demonym-military'], ['military helicopters', 'Military Forces of Somalia (2017-)', 'generic-military'], ['civilians', 'Civilians (Somalia)', 'generic-civilians']]],
  ['border patrol agents are a country\'s police',
    'On 2 May 2020, border patrol agents beat a migrant near El Paso, Texas.',
    [['border patrol agents', 'Police Forces of the United States (2017-)', 'generic-police'], ['migrant', 'Civilians (United States)', 'social-group']]],
  ['twin: other agents are no force',
    'On 2 May 2020, gunmen beat two insurance agents near El Paso, Texas.',
    [['gunmen', 'Unidentified Armed Group (United States)', 'generic-armed']]],
  ['"civilian houses" names property hit, not people: no civilians among the actors',
    'On 2 May 2020, army artillery destroyed twelve civilian houses in Jurm district, Badakhshan.',
    [['army', 'Military Forces of Afghanistan (2014-)', 'generic-military']]],
  ['twin: civilians killed in their houses are people hit',
    'On 2 May 2020, army artillery killed four civilians in their houses in Jurm district, Badakhshan.',
    [['army', 'Military Forces of Afghanistan (2014-)', 'generic-military'], ['civilians', 'Civilians (Afghanistan)', 'generic-civilians']]],
  ['militants in the Niger Delta are not the north-east\'s jihadists: an unidentified armed group',
    'On 2 May 2020, militants blew up an oil pipeline near Port Harcourt, Rivers State.',
    [['militants', 'Unidentified Armed Group (Nigeria)', 'generic-armed']]],
  ['twin: militants in Borno are most likely the north-east\'s jihadists',
    'On 2 May 2020, militants blew up a bridge near Maiduguri, Borno State.',
    [['militants', 'Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad', 'country-insurgent']]],
]
for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(actors(text), expected))
