/** @module mentions/places/places28.test: twins of stop 28's place fixes (issue 11): a place pinned by its container, possessives after a comma, namesakes inside a named district, a country-only sentence. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eventPlace, framedDoc } from './event-place.testkit.js'

test('a place named with its container pins the event: a bare name of its sentence outside it (a caste, a company, a namesake) yields', () => {
  // "Khoso" is also a village of Sindh, 30 km off: here it names a community.
  assert.deepEqual(eventPlace('Two groups of Khoso community clashed over water rotation in Larkana city (Larkana, Sindh), injuring two men.', 'clashed'),
    ['Larkana', 'Larkana', 'PK', 1])
  assert.deepEqual(eventPlace('In Huancayo, Junin, workers of the Cusco Transport company protested outside its offices on Monday.', 'protested'),
    ['Huancayo', 'Huancayo', 'PE', 1])
})

test('a bare name right before the brackets that pin it or at the first end of a stretch does not yield', () => {
  assert.deepEqual(eventPlace('Herders clashed with farmers in Kilibo 2 (Ouesse, Collines) on Monday.', 'clashed'), ['Kilibo', 'Kilibo', 'BJ', 1])
  assert.deepEqual(eventPlace('A bomb hit an army truck between Bolsi and Bossey Bangou (Torodi, Tillabery) on Monday.', 'hit'), ['Bolsi', 'Bolsi', 'NE', 2])
})

test('a possessive after a comma names no container: "in the X region, Russia\'s Defense Ministry said" keeps X in its own country', () => {
  const doc = framedDoc('Troops seized the village of Novodonetske in the Donetsk region, Russia\'s Defense Ministry said on Friday.')
  const donetsk = doc.places.find((p) => p.text === 'Donetsk')!
  assert.deepEqual([donetsk.kind, donetsk.countryCode, donetsk.rule], ['admin1', 'UA', 'gazetteer-name'])
  assert.deepEqual(eventPlace('Troops seized the village of Novodonetske in the Donetsk region, Russia\'s Defense Ministry said on Friday.', 'seized'),
    ['Novodonetske', 'Novodonetske', 'UA', 1])
})

test('a notable town, the only one of its name in its country, named with a province that does not hold it: the town (the note misnamed the province)', () => {
  const doc = framedDoc('Firefighters protested against budget cuts outside the fire station in Ovalle (Atacama) on Tuesday.')
  const ovalle = doc.places.find((p) => p.text === 'Ovalle')
  assert.deepEqual(ovalle && [ovalle.name, ovalle.admin1, ovalle.precision], ['Ovalle', 'Coquimbo Region', 1])
  assert.deepEqual(eventPlace('Firefighters protested against budget cuts outside the fire station in Ovalle (Atacama) on Tuesday.', 'protested'), ['Ovalle', 'Ovalle', 'CL', 1])
  // A village of another province is still a village the gazetteer lacks: the province named stands in for it.
  assert.deepEqual(eventPlace('Herders clashed with farmers in Gbegourou (Kandi, Alibori) on Monday.', 'clashed').slice(2), ['BJ', 2])
})

test('a sentence naming only the country, with nothing inside it in the sentences around: the lead\'s place in that country', () => {
  const body = 'On Friday, in Temuco, Araucania, hundreds of truck drivers marched through the streets. They demanded better pay for local workers. Police forces of Chile dispersed the march with water cannon.'
  assert.deepEqual(eventPlace(body, 'dispersed'), ['Temuco', 'Temuco', 'CL', 1])
})

test('a dateline city is no area the story pins: "the town of X" far from it in the same country is X, not a namesake', () => {
  const body = 'BAMAKO, Mali (AP) — Rebels seized the town of Niono on Tuesday after heavy fighting, a local official said. The army did not comment.'
  assert.deepEqual(eventPlace(body, 'seized'), ['Niono', 'Niono', 'ML', 1])
})

test('a country name is never a namesake town: "Côte d\'Ivoire" whole, "Niger" beside "Nigeria" the country', () => {
  const ci = framedDoc('Gunmen attacked a police post in Côte d\'Ivoire on Monday, killing two officers.').places.map((p) => [p.text, p.kind, p.countryCode])
  assert.deepEqual(ci, [['Côte d\'Ivoire', 'country', 'CI']])
  const ne = framedDoc('Troops from Niger and Nigeria clashed with insurgents near Lake Chad on Tuesday.').places.filter((p) => p.text === 'Niger').map((p) => [p.kind, p.countryCode])
  assert.deepEqual(ne, [['country', 'NE']])
  // Its admin word still makes it the state: "Niger State" is Nigeria's.
  const state = framedDoc('Bandits attacked a village in Niger State and Kaduna State on Tuesday.').places.filter((p) => p.text === 'Niger State').map((p) => [p.kind, p.countryCode])
  assert.deepEqual(state, [['admin1', 'NG']])
})

test('"X Y, a railway station": an apposition naming a kind of place makes the pair a place, not a person; the town named later is still read', () => {
  const texts = framedDoc('Vendors staged a sit-in at Pathankot Cantt, a railway station in Pathankot city, on Monday.').places.map((p) => [p.text, p.name, p.countryCode])
  assert.deepEqual(texts, [['Pathankot', 'Pathānkot', 'IN'], ['Pathankot', 'Pathānkot', 'IN']])
  // A person's apposition still makes one: "Roy Jones, a farmer" names no place.
  assert.deepEqual(framedDoc('Police said Roy Jones, a farmer, was shot on Monday.').places.map((p) => p.text), [])
})

test('a state\'s abbreviation closing the brackets after a name the gazetteer lacks stands in for it (precision 2)', () => {
  assert.deepEqual(eventPlace('A mob attacked the police in Bhikhauli (UP) over lockdown rules.', 'attacked'), ['UP', 'Uttar Pradesh', 'IN', 2])
  // Stop 29: "Nalgunda" is one letter off Nalgonda, the only district of such a name in Telangana: the smaller unit stands in.
  assert.deepEqual(eventPlace('Farm workers protested in Pedda Kothapalli village (Nalgunda, TS) over unpaid wages.', 'protested'), ['Nalgunda', 'Nalgonda District', 'IN', 2])
})

test('a seat of government weighs as a capital: a bare "La Paz" is Bolivia\'s, not a smaller provincial capital of that name', () => {
  const p = framedDoc('Teachers marched through the centre of La Paz on Monday to demand higher pay.').places.map((x) => [x.text, x.countryCode, x.precision])
  assert.deepEqual(p, [['La Paz', 'BO', 1]])
})

test('a lone letter hyphened to a name is an elision: "N-Dali" is N\'Dali, which stands in for an unknown village in its brackets', () => {
  assert.deepEqual(eventPlace('Herders clashed with farmers in Gbaoussi (N-Dali, Borgou) on Monday.', 'clashed'), ['N-Dali', 'Ndali', 'BJ', 2])
})
