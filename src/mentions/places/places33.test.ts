/** @module mentions/places/places33.test: twins of stop 33's place fixes (issue 11). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../../events/records.js'

/** Country, place name, admin1 and precision of each event of a text. */
function rows(text: string, published = '2021-06-17'): string[][] {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.iso ?? '', r.location ?? '', r.admin1 ?? '', String(r.geo_precision)])
}

test('a small town known only in another province than the one the event\'s sentence names yields to that province', () => {
  const text = 'Gunmen stormed a secondary school in Nigeria\'s northwestern Kebbi state on Thursday and abducted dozens of pupils in the town of Maga, police said.\n\n'
    + 'Similar raids have hit schools in neighbouring Kaduna state this year.'
  assert.deepEqual(rows(text), [['NG', 'Kebbi', 'Kebbi', '3']])
  // A pattern that pins the town to its own province keeps it.
  assert.deepEqual(rows('Bandits abducted six farmers near Maga, Kaduna state, on Thursday, police said.').map((r) => r.slice(0, 3)), [['NG', 'Maga', 'Kaduna State']])
})

test('a village whose namesakes all lie outside the province its sentence names is placed in that province, apart from a strike elsewhere', () => {
  const text = 'Overnight Russian drones struck the port city of Odesa, killing a woman and injuring three others, the regional governor said.\n'
    + 'Russian soldiers took control of the village of Hlyboke in the Kharkiv region, Moscow\'s defence ministry claimed.'
  assert.deepEqual(rows(text, '2024-10-16'), [['UA', 'Odesa', 'Odesa', '1'], ['UA', 'Kharkiv', 'Kharkiv', '3']])
})

test('"near Rafah in southern Gaza": a province\'s seat after "in" and direction words is the province holding the town before it, not the seat', () => {
  assert.deepEqual(rows('An Israeli air strike killed four people near Rafah in southern Gaza on Tuesday, medics said.', '2024-02-13'), [['PS', 'Rafaḩ', 'Gaza Strip', '2']])
  const two = 'Israeli strikes killed at least 12 Palestinians across the Gaza Strip on Tuesday, health officials said.\n\n'
    + 'One strike hit a tent camp near Rafah in southern Gaza, killing five people including two children, medics said.'
  assert.deepEqual(rows(two, '2024-02-13'), [['PS', 'Rafaḩ', 'Gaza Strip', '2']])
  // The seat named alone is still the town.
  assert.deepEqual(rows('An Israeli air strike killed four people in Gaza City on Tuesday, medics said.', '2024-02-13'), [['PS', 'Gaza', 'Gaza Strip', '1']])
})

test('a bare "Congo" is the Republic of the Congo in a text that names that country in full and not the Democratic Republic', () => {
  const text = 'Health officials say six people have died of cholera in the Republic of Congo since May. The cases are in the Plateaux region, near the border with Gabon. '
    + 'The government of Congo has asked aid agencies for help.'
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2021-06-17', input: 't' }, text })
  assert.deepEqual(doc.places.filter((p) => p.kind === 'country').map((p) => [p.text, p.countryCode]), [['Republic of Congo', 'CG'], ['Gabon', 'GA'], ['Congo', 'CG']])
  // With the Democratic Republic named, or no country in full, "Congo" stays the Democratic Republic.
  const drc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2021-06-17', input: 't' },
    text: 'Rebels attacked an army post in eastern Congo on Monday, killing five soldiers. The Democratic Republic of Congo has fought the group for years.' })
  assert.deepEqual(drc.places.filter((p) => p.kind === 'country').map((p) => [p.text, p.countryCode]), [['Congo', 'CD'], ['Democratic Republic of Congo', 'CD']])
})
