/** @module mentions/places/places27.test: twins of stop 27's place fixes: a district's seat, containers that misname their area, and the event place ACLED codes. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { parsePlaces as parse } from './fixtures/parse.js'
/** Each mention as [text, gazetteer name, admin1, precision, latitude to 2 decimals]. */
const brief = (body: string): [string, string | null, string | null, number, number | null][] =>
  parse(body).places.map((p) => [p.text, p.name, p.admin1, p.precision, p.latitude === null ? null : Math.round(p.latitude * 100) / 100])

test('"X, Province" with X a municipality: its seat, not a hamlet of the same name in another municipality of the province', () => {
  // Lázaro Cárdenas municipality (Michoacán) has its seat under another name (Ciudad Lázaro Cárdenas); a hamlet called
  // Lázaro Cárdenas lies in Jungapeo, 400 km inland.
  assert.deepEqual(brief('Dock workers blocked the port gates in Lazaro Cardenas, Michoacan, on Tuesday.'),
    [['Lazaro Cardenas', 'Ciudad Lázaro Cárdenas', 'Michoacán', 1, 17.97], ['Michoacan', 'Michoacán', 'Michoacán', 3, 19.17]])
})

test('"X city (X, Province)": the town near its district\'s seat, not a namesake with no district code far off in the province', () => {
  const [town] = brief('Teachers rallied outside the district office in Sujawal city (Sujawal, Sindh) on Monday.')
  assert.deepEqual(town, ['Sujawal', 'Sujawal', 'Sindh', 1, 24.6])
})

test('"X (Y LGA, Province)" where Y is X\'s own district in another spelling: the town, even when the province is misnamed', () => {
  // Goniri lies in Gujba LGA, which is in Yobe; the brackets spell the LGA "Gujiba" and give Borno.
  assert.deepEqual(brief('Insurgents shelled an army base in Goniri (Gujiba LGA, Borno) at dawn.')[0], ['Goniri', 'Goniri', 'Yobe State', 1, 11.48])
  // A province's word after the container is no district: "Merida, Merida state" is Venezuela's Mérida.
  assert.deepEqual(brief('Residents burned tyres in Merida, Merida state, over power cuts.')[0], ['Merida', 'Mérida', 'Mérida', 1, 8.59])
})

test('"X city (Y, Province)": the seat of a district named X in that province stays X though the brackets name another district', () => {
  assert.deepEqual(brief('Lawyers marched to the high court in Bahawalpur city (Multan, Punjab) on Friday.')[0], ['Bahawalpur', 'Bahawalpur', 'Punjab', 1, 29.4])
  // A seat of another province is a namesake: the district named stands in ("Tudun Wada" is also a quarter of Kaduna).
  assert.deepEqual(parse('Traders clashed with police at a market in Tudun Wada (Kaduna North LGA, Kaduna).').places.map((p) => [p.text, p.admin1, p.precision]),
    [['Kaduna North', 'Kaduna State', 2], ['Kaduna', 'Kaduna State', 3]])
})

test('"X (Y) district, Province": Y is the district\'s other name, X the district; a district in the brackets stays one', () => {
  const places3 = (body: string): [string, string | null, string, number, string][] => parse(body).places.map((p) => [p.text, p.name, p.kind, p.precision, p.rule])
  assert.deepEqual(places3('Taliban fighters stormed a police post in Zhari (Sangsar) district, Kandahar, on Tuesday.'),
    [['Zhari', 'Zhaṟêy', 'admin2', 2, 'name-with-container'], ['Kandahar', 'Kandahar', 'admin1', 3, 'container']])
  assert.deepEqual(places3('Taliban fighters stormed a police post in Zhari (Pashmul) district, Kandahar, on Tuesday.'),
    [['Zhari', 'Zhaṟêy', 'admin2', 2, 'name-with-container'], ['Kandahar', 'Kandahar', 'admin1', 3, 'container']])
  // "Gereshk (Nahr-e Saraj) district": a town, then the district it lies in.
  assert.deepEqual(places3('Taliban fighters stormed a police post in Gereshk (Nahr-e Saraj) district, Helmand, on Tuesday.'),
    [['Gereshk', 'Gereshk', 'place', 1, 'name-with-container'], ['Nahr-e Saraj', 'Nahr-e Sarāj', 'admin2', 2, 'container'], ['Helmand', 'Helmand', 'admin1', 3, 'gazetteer-name']])
})
