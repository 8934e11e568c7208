/** @module mentions/places/places31.test: twins of stop 31's place fixes (issue 11). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { eventPlace, framedDoc } from './event-place.testkit.js'
import { locateEvent } from './locate.js'

test('a first-level area the gazetteer knows only with its admin word is read with that word in lower case ("the Lake province")', () => {
  // Chad's Lac is "Lake province" in English; the island is unknown, so the province stands for the spot (precision 3).
  assert.deepEqual(eventPlace('Gunmen overran an army post on the island of Tchoukoutalia in the Lake province on Sunday.', 'overran'), ['Lake', 'Lac', 'TD', 3])
  // "Lake" alone, or before another admin word, is still no place.
  assert.deepEqual(eventPlace('A storm flooded the Lake district on Sunday.', 'flooded'), [null, null, null, null])
})

test('a town named alone in brackets after an unknown name is that name\'s container, even under an alternate name ("Qattusa (Sirt)")', () => {
  // "Sirt" is only an alternate name of Sirte: with no container pattern it lacked the support an alternate name needs.
  assert.deepEqual(eventPlace('Artillery fire hit farms in Qattusa (Sirt) on Monday.', 'hit'), ['Sirt', 'Sirte', 'LY', 1])
  // A nickname in brackets inside a person's name is no place.
  assert.deepEqual(eventPlace('Board members met on Monday, Mr. (Glen) Morgan said.', 'met'), [null, null, null, null])
})

test('a town a short bearing is told from is no event place when it lies outside the area the sentence set the event in', () => {
  // Mogadishu lies in Banadir, not Lower Shabelle: the unknown village's region is coded, not the capital.
  assert.deepEqual(eventPlace('Insurgents overran an army outpost at Bariire in the Lower Shabelle region, some 40 km south-west of Mogadishu, on Sunday.', 'overran'), ['Lower Shabelle', 'Lower Shabeelle', 'SO', 3])
  // Inside the area named, the near town still stands for the spot (ACLED: the nearest known town, precision 2).
  assert.deepEqual(eventPlace('Fighters attacked a base in the Middle Shabelle region, 20 km north of Jowhar.', 'attacked'), ['Jowhar', 'Jawhar', 'SO', 2])
})

test('a name the gazetteer has whole is read when the text writes one of its words in lower case ("Dera Ismail khan", "Tando allahyar")', () => {
  assert.deepEqual(eventPlace('Traders blocked the main road in Dera Ismail khan, Khyber Pakhtunkhwa, on Friday over power cuts.', 'blocked'), ['Dera Ismail khan', 'Dera Ismail Khan', 'PK', 1])
  assert.deepEqual(eventPlace('Lawyers boycotted the courts in Tando allahyar, Sindh, on Tuesday.', 'boycotted'), ['Tando allahyar', 'Tando Allahyar', 'PK', 1])
  // A lower-case unit word after a name is still its unit, not part of it.
  assert.deepEqual(eventPlace('Police dispersed a rally in Kandahar city on Monday.', 'dispersed'), ['Kandahar', 'Kandahār', 'AF', 1])
})

test('a Nguni name written with its lower-case class prefix is read as a name ("eThekwini", the Durban metro)', () => {
  assert.deepEqual(eventPlace('Residents chased and beat two suspected burglars in Mhlasini (eThekwini, KwaZulu-Natal) on Tuesday.', 'beat'), ['eThekwini', 'Durban', 'ZA', 1])
})

test('of several villages of one name that fit the district named after them, the one nearest the district\'s seat', () => {
  // Borgou has eight villages called Alafiarou; one lies about 26 km from Tchaourou, the others 50 km and more.
  const doc = framedDoc('On Saturday, unknown men burned ballot boxes in Alafiarou (Tchaourou, Borgou).')
  const i = doc.text.indexOf('burned')
  const p = locateEvent(doc, [i, i + 6]).place
  assert.deepEqual([p?.name, p?.countryCode, p?.latitude?.toFixed(2), p?.longitude?.toFixed(2), p?.precision], ['Alafiarou', 'BJ', '9.03', '2.40', 1])
})

test('a village an old cut codes across the province line is still in the district named beside it when it lies by the seat', () => {
  // Benin's 2015 cut codes Hollibolo in Zou; it lies 20 km from Kétou, seat of the Plateau commune the text names.
  const doc = framedDoc('On Friday, armed men stopped a minibus at Hollibolo (Ketou, Plateau) and robbed the passengers.')
  const i = doc.text.indexOf('stopped')
  const p = locateEvent(doc, [i, i + 7]).place
  assert.deepEqual([p?.name, p?.countryCode, p?.precision], ['Hollibolo', 'BJ', 1])
})
