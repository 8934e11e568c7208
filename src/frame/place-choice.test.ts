/** @module frame/place-choice.test: which mention is the event's place, and at what ACLED precision, on short articles written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Article, Doc } from '../doc.js'
import { createDoc } from '../doc.js'
import { text } from '../text/index.js'
import { places } from '../mentions/places/index.js'
import { actors } from '../mentions/actors/index.js'
import { locateEvent } from '../mentions/places/locate.js'
import { frame } from './index.js'

const run = [text(), places(), actors(), frame()]
function read(body: string): Doc {
  const article: Article = { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2024-05-14', input: 'test' }
  const doc = createDoc(article, body)
  for (const stage of run) stage(doc)
  return doc
}
/** Where the event at `trigger` happened: [name, country, precision, rule]. */
function place(doc: Doc, trigger: string): [string | null, string | null, number | null, string] {
  const i = doc.text.indexOf(trigger)
  assert.ok(i >= 0, trigger)
  const where = locateEvent(doc, [i, i + trigger.length])
  return [where.place?.name ?? null, where.place?.countryCode ?? null, where.place?.precision ?? null, where.via]
}

test('"X territory" is the second-level unit at precision 2, not a province abroad of the same name', () => {
  const doc = read('Rebels killed twelve villagers in Beni territory on Thursday, local officials said.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.kind, p.countryCode, p.precision]), [['Beni', 'admin2', 'CD', 2]])
  assert.deepEqual(place(doc, 'killed'), ['Beni', 'CD', 2, 'sentence'])
})

test('"X local government area of Y State" is the LGA at precision 2, inside its state', () => {
  const doc = read('Gunmen abducted thirty residents in Maru local government area of Zamfara State on Sunday.')
  assert.deepEqual(place(doc, 'abducted'), ['Maru', 'NG', 2, 'sentence'])
  assert.equal(doc.places[0].rule, 'name-with-container')
  // Capitalised, the phrase is the same unit, not a person's surname after "Maru".
  const caps = read('Gunmen abducted thirty residents in Maru Local Government Area of Zamfara State on Sunday.')
  assert.deepEqual(place(caps, 'abducted'), ['Maru', 'NG', 2, 'sentence'])
})

test('a plural admin word makes the last name of a list a district, held by the province after it', () => {
  const doc = read('Air strikes killed eight fighters in Shah Wali Kot and Maywand districts, Kandahar, on Friday.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.kind, p.precision]), [['Shah Wali Kot', 'admin2', 2], ['Maywand', 'admin2', 2], ['Kandahar', 'admin1', 3]])
  assert.equal(doc.places[1].rule, 'name-with-container')
  // The first district of the list, the nearest to the verb (ACLED splits such an event across both).
  assert.deepEqual(place(doc, 'killed'), ['Shāh Walī Kōṯ', 'AF', 2, 'sentence'])
})

test("a street named after a town yields to the town it runs through", () => {
  const doc = read('Hundreds of journalists protested on Murree Road in Rawalpindi on Saturday against the arrest of an editor.')
  assert.deepEqual(place(doc, 'protested'), ['Rawalpindi', 'PK', 1, 'sentence'])
  assert.match(doc.messages.find((m) => m.rule === 'event-place-sentence')!.reason, /"Murree Road" names a street, quarter or building in it/)
})

test('a quarter named like a big city elsewhere yields to the city it lies in', () => {
  const doc = read('In Manaus, Amazonas, a man was beaten to death in the Grande Vitoria neighborhood by a crowd on Saturday.')
  assert.deepEqual(place(doc, 'beaten'), ['Manaus', 'BR', 1, 'sentence'])
})

test('a building named after the only town of its sentence is still in that town', () => {
  const doc = read('About fifty nurses protested outside the Uitenhage Provincial Hospital in the Eastern Cape on Monday.')
  assert.deepEqual(place(doc, 'protested')[0], 'Uitenhage')
})

test('a road between two towns is coded at one of them, not at the province; on the road, near the town (precision 2)', () => {
  const doc = read('Police clashed with stone-throwing workers on the Kurukshetra-Yamunanagar road in Haryana on Monday.')
  assert.deepEqual(place(doc, 'clashed'), ['Yamunānagar', 'IN', 2, 'sentence'])
})

test('a town name heading a longer village name the gazetteer lacks is not that town', () => {
  // Dutse is a state capital; "Dutse Maizane" is another place, so the LGA named after the list is the event's place.
  const doc = read('Bandits raided Garin Goje and Dutse Maizane villages in Batsari LGA (Katsina) on Thursday and killed one resident.')
  assert.deepEqual(doc.places.map((p) => p.text), ['Batsari', 'Katsina'])
  assert.deepEqual(place(doc, 'raided'), ['Batsari', 'NG', 2, 'sentence'])
})

test("Brazil's federal district under its Portuguese name holds Brasilia", () => {
  const doc = read('In Brasilia, Distrito Federal, thousands of people drove in a motorcade against the governors on Saturday.')
  assert.deepEqual(doc.places.map((p) => [p.name, p.countryCode, p.kind]), [['Brasília', 'BR', 'place'], ['Federal District', 'BR', 'admin1']])
  assert.deepEqual(place(doc, 'motorcade'), ['Brasília', 'BR', 1, 'sentence'])
})

test('a district with no town in the bundled cut still holds its name, in its own country', () => {
  // Before: "Mayo" of Mayo-Sava read as Mayo County, Ireland.
  const doc = read('Boko Haram fighters looted houses in Kerawa village, Mayo-Sava department, in the Far North region on Friday.')
  // Kerawa is in the bundled village layer (Cameroon): the village itself, in the department named beside it.
  assert.deepEqual(doc.places.map((p) => [p.text, p.name, p.countryCode, p.kind]), [['Kerawa', 'Kerawa', 'CM', 'place'], ['Mayo-Sava', 'Mayo-Sava', 'CM', 'admin2'], ['Far North', 'Far North', 'CM', 'admin1']])
  assert.deepEqual(place(doc, 'looted'), ['Kerawa', 'CM', 1, 'sentence'])
  // A village the layer lacks is coded at its department.
  const unknown = read('Boko Haram fighters looted houses in Zolgawa village, Mayo-Sava department, in the Far North region on Friday.')
  assert.deepEqual(place(unknown, 'looted'), ['Mayo-Sava', 'CM', 2, 'sentence'])
  // A French unit prefix is no part of the name the news uses.
  assert.deepEqual(read('Gunmen killed two herders in Mayo Danai on Sunday, officials in Cameroon said.').places[0].name, 'Département du Mayo Danaï')
})

test('a Persian compound joined by a lower-case izafe is one name: its head is no town of its own', () => {
  const doc = read('Taliban fighters attacked a checkpoint in Nawa-e Barakzayi district of Helmand on Monday.')
  assert.deepEqual(doc.places.map((p) => p.text), ['Helmand'])
  assert.deepEqual(place(doc, 'attacked'), ['Helmand', 'AF', 3, 'sentence'])
})

test('districts with no known town do not read common words, acronyms or country names as places', () => {
  const doc = read('Carbon monoxide poisoning killed three people in a caravan park in Cornwall, England, the FAO said.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.name, p.countryCode, p.kind]), [['Cornwall', 'Cornwall', 'GB', 'admin2'], ['England', 'England', 'GB', 'admin1']])
  const lux = read('The disease has also been found in Belgium, France and Luxembourg.')
  assert.deepEqual(lux.places.map((p) => [p.name, p.kind]), [['Belgium', 'country'], ['France', 'country'], ['Luxembourg', 'country']])
})

test('a national capital beats a village of its own country that a co-mentioned city pulls up', () => {
  const doc = read('Thousands of protesters marched through Washington on Saturday, while in Boston 23 people were arrested.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.admin1, p.countryCode]), [['Washington', 'District of Columbia', 'US'], ['Boston', 'Massachusetts', 'US']])
  assert.deepEqual(place(doc, 'marched'), ['Washington', 'US', 1, 'sentence'])
  // A pattern still pins the village.
  assert.equal(read('The fair opened in Washington, Mass., on Friday.').places[0].admin1, 'Massachusetts')
})

test('a village named beside its district in the next sentence is the event place, at precision 1', () => {
  const doc = read('Bandits stormed a village in Maru local government area of Zamfara State on Sunday. The attackers went from house to house in Dan Sadau, shooting into the air.')
  assert.deepEqual(place(doc, 'stormed'), ['Dan Sadau', 'NG', 1, 'nearby'])
  // "near" the district keeps the district: the text says the event was not in a named village.
  const near = read('Bandits attacked herders near Maru in Zamfara State on Sunday. Police later patrolled Dan Sadau.')
  assert.deepEqual(place(near, 'attacked'), ['Maru', 'NG', 2, 'sentence'])
})

test('a street named after a town, alone in its sentence, is in the story\'s city, not that town', () => {
  const doc = read('Youths looted shops in Leicester on Monday night. Later a car was set on fire in Melton Road.')
  assert.deepEqual(place(doc, 'set on fire'), ['Leicester', 'GB', 1, 'nearby'])
  assert.match(doc.messages.find((m) => m.rule === 'event-place-nearby')!.reason, /^"Melton Road" in the event's sentence names a street, not the town Melton/)
  // With nothing else placing the event, the street's town is kept.
  const alone = read('A car was set on fire in Melton Road on Monday night.')
  assert.deepEqual(place(alone, 'set on fire'), ['Melton', 'AU', 1, 'sentence'])
})

test('"arrived in X" is travel, unless the sentence tells of violence there', () => {
  const visit = read('The minister arrived in Gusau on Monday for talks with traditional rulers.')
  assert.equal(visit.frame?.roles[0]?.role, 'venue')
  const attack = read('Gunmen arrived in Gusau on Monday night, shooting into the air, and abducted twelve people.')
  assert.equal(attack.frame?.roles[0]?.role, 'event')
  assert.deepEqual(place(attack, 'abducted'), ['Gusau', 'NG', 1, 'sentence'])
})

test('the town a road leads to is a reference point: "on the highway to Nairobi near Narok" happened near Narok', () => {
  const doc = read('Bandits ambushed a bus on the main highway to Nairobi near the town of Narok on Sunday, killing three passengers.')
  assert.deepEqual(place(doc, 'ambushed'), ['Narok', 'KE', 2, 'sentence'])
  // With no other place named, the event is near where the road leads (precision 2).
  const alone = read('Bandits ambushed a bus on the highway to Nairobi on Sunday, killing three passengers.')
  assert.deepEqual(place(alone, 'ambushed'), ['Nairobi', 'KE', 2, 'sentence'])
  // Twin: in Nairobi itself it is the place.
  assert.deepEqual(place(read('Bandits ambushed a bus in Nairobi on Sunday, killing three passengers.'), 'ambushed'), ['Nairobi', 'KE', 1, 'sentence'])
})

test('a province in the event\'s sentence gives way to a town inside it that the next sentence, pointing back at the event, names', () => {
  const doc = read('An air strike hit a wedding party in Idlib province on Tuesday, killing four people, rescuers said. The strike hit a house near the main square of Saraqib, residents said.')
  assert.deepEqual(place(doc, 'air strike'), ['Sarāqib', 'SY', 1, 'nearby'])
  // The next sentence tells of something else: the province stays.
  const other = read('An air strike hit a wedding party in Idlib province on Tuesday, killing four people, rescuers said. Separately, rebels shelled Saraqib, residents said.')
  assert.deepEqual(place(other, 'air strike'), ['Idlib', 'SY', 3, 'sentence'])
  // It points back at the event but names a town outside the province: the province stays.
  const outside = read('An air strike hit a wedding party in Idlib province on Tuesday, killing four people, rescuers said. The strike came a day after clashes in Homs, residents said.')
  assert.deepEqual(place(outside, 'air strike'), ['Idlib', 'SY', 3, 'sentence'])
})

test('an event sentence that names only "the capital", in an article about one country, is at that capital; a named capital or none stays as it is', () => {
  const doc = read('Thousands of protesters marched in the capital on Friday against the Kenyan government\'s tax plans, police said.')
  assert.deepEqual(place(doc, 'marched'), ['Nairobi', 'KE', 1, 'sentence'])
  const money = read('Foreign investors pulled money out of the capital markets on Friday after Kenyan police arrested protesters.')
  assert.notEqual(place(money, 'arrested')[0], 'Nairobi')
  const none = read('Thousands of protesters marched on Friday against the Kenyan government\'s tax plans, police said.')
  assert.deepEqual(place(none, 'marched').slice(0, 3), ['Kenya', 'KE', 3])
})
