/** @module mentions/places/geo43l.test: issue #11 round lgl (county lists, names that a tail word makes longer). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractUpTo } from '../../pipeline.js'

/** Each place the stage keeps: the text's words, then the entry's name, first-level area and country. */
function places(text: string): string[] {
  const doc = extractUpTo({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 't' }, text }, 'places')
  return doc.places.map((p) => `${p.text}=${p.name}/${p.admin1 ?? ''}/${p.countryCode ?? ''}`)
}

test('each name of a list the plural "counties" closes is the county of that name, not a town (recognize.ts areaUnderWord)', () => {
  // A US county is indexed only under "<name> County": the list's items find it through the shared admin word.
  assert.deepEqual(places('Flooding closed roads in Story, Boone and Polk counties, Iowa officials said.'),
    ['Story=Story County/Iowa/US', 'Boone=Boone County/Iowa/US', 'Polk=Polk County/Iowa/US', 'Iowa=Iowa/Iowa/US'])
  // An item the gazetteer lacks is passed over: the list goes on past it.
  assert.deepEqual(places('Snow closed schools in Brindlemoor, Story, Boone and Polk counties, Iowa officials said.'),
    ['Story=Story County/Iowa/US', 'Boone=Boone County/Iowa/US', 'Polk=Polk County/Iowa/US', 'Iowa=Iowa/Iowa/US'])
  const counties = places('Snow closed schools in Story, Boone, Brindlemoor and Polk counties, Iowa officials said.').filter((p) => p.includes('County'))
  assert.deepEqual(counties, ['Story=Story County/Iowa/US', 'Polk=Polk County/Iowa/US'])
  // Guard: a hyphenated name the gazetteer has is one item of the list ("Baden-Württemberg").
  assert.deepEqual(places('Police patrolled Saxony, Baden-Württemberg and Hesse states after the storm.'),
    ['Saxony=Saxony/Saxony/DE', 'Baden-Württemberg=Baden-Wurttemberg/Baden-Wurttemberg/DE', 'Hesse=Hesse/Hesse/DE'])
  // Guard: a list with no admin word keeps its towns.
  assert.deepEqual(places('Buses ran from Ames to Boone on Sunday, Iowa officials said.'),
    ['Ames=Ames/Iowa/US', 'Boone=Boone/Iowa/US', 'Iowa=Iowa/Iowa/US'])
})

test('a capitalised tail word after a name makes one longer local name, not the state or town of one word (cues.yaml nameTails)', () => {
  assert.deepEqual(places('Deputies arrested a man from Oregon Colony on Friday after a chase.'), [])
  assert.deepEqual(places('The storm flattened barns near Ohio Orchard and in Utah Colony.'), [])
  // "Delta" after a river's name the gazetteer has is the delta, not Canada's town Delta.
  assert.deepEqual(places('Birds crowd the Ebro Delta in Spain each spring.'), ['Spain=Spain//ES'])
  // Guards: the tail word alone after a cue word is still the town; a longer name the gazetteer has is read whole.
  assert.deepEqual(places('In Delta, police said a man died in British Columbia.'),
    ['Delta=Delta/British Columbia/CA', 'British Columbia=British Columbia/British Columbia/CA'])
  assert.deepEqual(places('Gunmen attacked a boat in the Niger Delta.'), ['Niger Delta=Niger Delta//NG'])
})
