/** @module mentions/places/geoprec.test: ACLED geo_precision conventions for road ends, stretches between two places and sub-district units. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePlaces as parse } from './fixtures/parse.js'
const brief = (body: string): [string, string | null, number, string | null][] => parse(body).places.map((p) => [p.text, p.name, p.precision, p.cue])

test('a town named as an end of a road ("the A-B road") is near it, precision 2; "in A" is A itself', () => {
  assert.deepEqual(brief('Gunmen ambushed a bus on the Peshawar-Kohat road on Monday.'), [['Peshawar', 'Peshawar', 2, 'road'], ['Kohat', 'Kohat', 2, 'road']])
  assert.deepEqual(brief('Gunmen ambushed a bus in Peshawar on Monday.'), [['Peshawar', 'Peshawar', 1, 'in']])
  // A hyphen with no road word after the names is no road.
  assert.deepEqual(brief('Farmers marched from Ambala to Ludhiana on Friday.').map((p) => p[2]), [1, 1])
})

test('"the road that connects A to B": both ends at precision 2; "from A to B" names the towns themselves', () => {
  assert.deepEqual(brief('On Monday, taxi drivers blocked the road that connects Cuernavaca to Cuautla, Morelos.'),
    [['Cuernavaca', 'Cuernavaca', 2, 'connects'], ['Cuautla', 'Cuautla', 2, 'connects'], ['Morelos', 'Morelos', 3, null]])
  assert.deepEqual(brief('On Monday, taxi drivers travelled from Cuernavaca to Cuautla, Morelos.'),
    [['Cuernavaca', 'Cuernavaca', 1, 'from'], ['Cuautla', 'Cuautla', 1, null], ['Morelos', 'Morelos', 3, null]])
})

test('the second place of "between A and B" is near, precision 2, even when the gazetteer lacks A; "in A and B" is not', () => {
  assert.deepEqual(brief('Rebels attacked a convoy between Garasweynaha and Baidoa town on Tuesday.'), [['Baidoa', 'Baidoa', 2, 'between']])
  assert.deepEqual(brief('A body was found between the towns of Cuernavaca and Cuautla on Sunday.').map((p) => [p[0], p[2], p[3]]),
    [['Cuernavaca', 2, 'between the towns of'], ['Cuautla', 2, 'between']])
  assert.deepEqual(brief('Rebels attacked a convoy in Garasweynaha and Baidoa town on Tuesday.'), [['Baidoa', 'Baidoa', 1, null]])
})

test('a sub-district unit ("X taluka", "X payam") is coded at its seat with precision 2; "X town" is the town', () => {
  assert.deepEqual(brief('Police clashed with farmers in Shirpur taluka (Dhule, Maharashtra) on Sunday.')[0], ['Shirpur', 'Shirpur', 2, 'in'])
  assert.deepEqual(brief('Police clashed with farmers in Shirpur town (Dhule, Maharashtra) on Sunday.')[0], ['Shirpur', 'Shirpur', 1, 'in'])
  assert.deepEqual(brief('Gunmen killed two herders in Kongor payam (Jonglei state).'), [['Kongor', 'Kongor', 2, 'in'], ['Jonglei', 'Jonglei', 3, 'state']])
})

test('"X (Y region), Y" with X unknown: the area stands in for X at precision 2, its repetition after the comma is its container', () => {
  assert.deepEqual(parse('Soldiers fired at army positions near Kirmizi Heights (Terter Region), Terter.').places.map((p) => [p.text, p.precision, p.rule]),
    [['Terter', 2, 'stand-in'], ['Terter', 1, 'container']])
  // A town named alone after a comma, no unknown name before: the town itself.
  assert.deepEqual(parse('Soldiers fired at army positions in Terter.').places.map((p) => [p.text, p.precision, p.rule]), [['Terter', 1, 'name-after-cue']])
})

test('"X (other spelling) district, Province" with X unknown: the province stands in for the district at precision 2', () => {
  assert.deepEqual(parse('Taliban fighters attacked a checkpoint in Gulzar Kalay (Sheen Ghar) district, Kandahar.').places.map((p) => [p.text, p.kind, p.precision, p.rule]),
    [['Kandahar', 'admin1', 2, 'stand-in']])
  // Without a unit word after the brackets, "Kandahar" may be the city named after a list: read as before.
  assert.deepEqual(parse('Taliban fighters attacked a checkpoint in Gulzar Kalay (Sheen Ghar), Kandahar.').places.map((p) => [p.text, p.kind, p.precision, p.rule]),
    [['Kandahar', 'place', 1, 'gazetteer-name']])
})

test('"X (X, Province)": a district named with itself in brackets is its seat town, precision 1; with a district word, the district', () => {
  const first = (body: string) => parse(body).places.map((p) => [p.text, p.kind, p.precision, p.rule])[0]
  assert.deepEqual(first('Traders protested in Toucountouna (Toucountouna, Atacora) on Sunday.'), ['Toucountouna', 'admin2', 1, 'name-with-container'])
  assert.deepEqual(first('Traders protested in Toucountouna commune (Toucountouna, Atacora) on Sunday.'), ['Toucountouna', 'admin2', 2, 'name-with-container'])
  // A district the gazetteer knows no town of lies at its province's point: never the town itself.
  assert.deepEqual(first('Traders protested in Zogbodomey (Zogbodomey, Zou) on Sunday.'), ['Zogbodomey', 'admin2', 2, 'name-with-container'])
})

test('"X Township" (capitalised, the unit\'s formal name) is a second-level unit at its seat, precision 2; "X township" a settlement, 1', () => {
  const first = (body: string) => parse(body).places.map((p) => [p.text, p.kind, p.precision])[0]
  assert.deepEqual(first('On Monday, soldiers shelled villages in Kyauktaw Township, Rakhine State.'), ['Kyauktaw', 'place', 2])
  assert.deepEqual(first('On Monday, soldiers shelled villages in Kyauktaw township, Rakhine State.'), ['Kyauktaw', 'place', 1])
})

test('an unknown rural unit under a big town\'s name ("X Upazila (Y)") is in Y\'s district, precision 2; an unknown bare name there is a quarter, 1', () => {
  const all = (body: string) => parse(body).places.map((p) => [p.text, p.precision, p.rule])
  assert.deepEqual(all('Rival groups clashed in Mirpur Upazila (Kushtia) on Sunday.'), [['Kushtia', 2, 'stand-in']])
  assert.deepEqual(all('Rival groups clashed in Rayerbazar (Dhaka) on Sunday.'), [['Dhaka', 1, 'stand-in']])
})

test('"under X police station limits (Y)" with X unknown: a rural police jurisdiction in Y\'s district, precision 2; "in X (Y)" a quarter of Y, 1', () => {
  const all = (body: string) => parse(body).places.map((p) => [p.text, p.kind, p.precision, p.rule])
  assert.deepEqual(all('Villagers attacked a man under Zeromile police station limits (Muzaffarpur) on Monday.'), [['Muzaffarpur', 'place', 2, 'stand-in']])
  assert.deepEqual(all('Villagers attacked a man in Zeromile (Muzaffarpur) on Monday.'), [['Muzaffarpur', 'place', 1, 'stand-in']])
})
