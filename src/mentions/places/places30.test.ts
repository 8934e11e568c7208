/** @module mentions/places/places30.test: twins of stop 30's place fixes (issue 11): a bare namesake abroad yields to the place its sentence sets the event in; a country people come "from" is no evidence against the town; a village's container does not outweigh the text's country. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eventPlace } from './event-place.testkit.js'

test('a bare town of another country yields to the place the sentence sets the event in ("in X", an area in brackets)', () => {
  assert.deepEqual(eventPlace('On Tuesday in Caracas, street vendors of La Ceiba staged a sit-in demanding permits.', 'sit-in'), ['Caracas', 'Caracas', 'VE', 1])
  assert.deepEqual(eventPlace('In Tegucigalpa, neighbours of El Diamante village chased and beat a suspected thief on Friday.', 'beat'), ['Tegucigalpa', 'Tegucigalpa', 'HN', 1])
  assert.deepEqual(eventPlace('Hundreds of Eastleigh traders (Kamukunji, Nairobi) marched on Tuesday against the market closure.', 'marched'), ['Nairobi', 'Nairobi County', 'KE', 2])
  // A town of the same country is unchanged: the nearer, more specific name still wins.
  assert.deepEqual(eventPlace('In Caracas, police dispersed traders from Petare who had blocked a road.', 'blocked')[2], 'VE')
  // The anchor's own container is no namesake to drop, whichever reading the anchor got.
  assert.deepEqual(eventPlace('On Monday, in Valencia, Sangre Grande, a suspect shot a policeman.', 'shot'), ['Sangre Grande', 'Sangre Grande', 'TT', 1])
  assert.deepEqual(eventPlace('Gunmen fired mortars at a farm in As Sabaa (Tripoli) on Monday.', 'fired'), ['Tripoli', 'Tripoli', 'LY', 1])
})

test('a country named as where people come from does not make the town of the event a namesake abroad', () => {
  assert.deepEqual(eventPlace('Villagers protested in Kilkis on Sunday against the arrival of 150 asylum seekers, most of them from Syria.', 'protested'), ['Kilkis', 'Kilkís', 'GR', 1])
})

test('a village whose container fits is still no village of a country the text points away from', () => {
  // Pakistan has a Makhanpur and a Bhagwanpur; Uttarakhand is an Indian state.
  assert.deepEqual(eventPlace('A crowd beat two census workers in Makhanpur village, Bhagwanpur (Uttarakhand) on Tuesday.', 'beat'), ['Uttarakhand', 'Uttarakhand', 'IN', 2])
})

test('a district named with its district word, or a town, whose namesakes all lie in one other province: the note misnamed the province', () => {
  // Darqad district lies in Takhar, not Kunar: ACLED codes the district (precision 2), not Kunar's seat.
  assert.deepEqual(eventPlace('Taliban fighters overran a police post in Darqad district, Kunar, on Monday.', 'overran'), ['Darqad', 'Darqad', 'AF', 2])
  // Bhagalpur the district and the town both lie in Bihar: the town, and the police station's town inside it, not Madhya Pradesh.
  assert.deepEqual(eventPlace('A crowd stoned police in a village under Naugachia police station (Bhagalpur, Madhya Pradesh) on Friday.', 'stoned'), ['Naugachia', 'Naugachhia', 'IN', 1])
  // A district of its name in two provinces: the note's province stands.
  assert.deepEqual(eventPlace('A shell exploded in Surobi district, Kandahar, on Monday.', 'exploded'), ['Kandahar', 'Kandahār', 'AF', 2])
})
