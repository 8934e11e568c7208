/** @module mentions/actors/fronts.test: who held a place on the Donbas front (data/actors/fronts.yaml): inside the separatist-held area, near it, far from it. Points are GeoNames points of towns and villages whose holder 2015-2022 is general public knowledge. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { frontHolder, insidePolygon } from './fronts.js'

const NAF = 'NAF: United Armed Forces of Novorossiya'
const day = '2019-06-01'
const holder = (lat: number, lon: number, on: string | null = day): string | null => frontHolder('UA', lat, lon, on)?.holder ?? null

test('insidePolygon: a square holds its centre, not a point beyond an edge', () => {
  const square: [number, number][] = [[0, 0], [0, 2], [2, 2], [2, 0]]
  assert.equal(insidePolygon(1, 1, square), true)
  assert.equal(insidePolygon(1, 2.5, square), false)
  assert.equal(insidePolygon(-0.1, 1, square), false)
})

// Towns and cities each side held between Minsk II and the 2022 invasion.
const separatist: [string, number, number][] = [
  ['Donetsk', 48.023, 37.802], ['Makiivka', 48.048, 37.926], ['Horlivka', 48.336, 38.053], ['Yasynuvata', 48.13, 37.859],
  ['Debaltseve', 48.341, 38.405], ['Dokuchaievsk', 47.751, 37.679], ['Olenivka', 47.828, 37.66], ['Novoazovsk', 47.114, 38.086],
  ['Bezimenne', 47.107, 37.94], ['Starobesheve', 47.75, 38.031], ['Staromykhailivka', 47.993, 37.586], ['Yenakiieve', 48.233, 38.211],
  ['Vuhlehirsk', 48.315, 38.274], ['Luhansk', 48.569, 39.329], ['Alchevsk', 48.469, 38.817], ['Pervomaisk', 48.628, 38.562],
  ['Kirovsk', 48.638, 38.643], ['Stakhanov', 48.568, 38.644], ['Krasnodon', 48.292, 39.739], ['Sverdlovsk', 48.09, 39.652],
  ['Metalist', 48.622, 39.282], ['Zymohiria', 48.585, 38.938], ['Shakhtarsk', 48.057, 38.438], ['Amvrosiivka', 47.794, 38.478],
  // Villages right at the line.
  ['Sakhanka', 47.127, 37.86], ['Kominternove', 47.175, 37.812], ['Lozove', 48.379, 38.241], ['Holubivske', 48.692, 38.646],
  ['Sokilnyky', 48.748, 38.869], ['Zholobok', 48.713, 38.7], ['Spartak', 48.095, 37.775], ['Holmivskyi', 48.405, 38.082],
]
const government: [string, number, number][] = [
  ['Mariupol', 47.095, 37.541], ['Shyrokyne', 47.098, 37.818], ['Vodyane', 47.148, 37.788], ['Hnutove', 47.21, 37.753],
  ['Pavlopil', 47.264, 37.782], ['Hranitne', 47.457, 37.868], ['Novotroitske', 47.716, 37.592], ['Marinka', 47.945, 37.505],
  ['Krasnohorivka', 48.006, 37.51], ['Pisky', 48.067, 37.666], ['Opytne', 48.096, 37.72], ['Avdiivka', 48.14, 37.743],
  ['Toretsk', 48.395, 37.848], ['Novhorodske', 48.33, 37.83], ['Novoluhanske', 48.426, 38.175], ['Luhanske', 48.446, 38.261],
  ['Svitlodarsk', 48.435, 38.22], ['Popasna', 48.633, 38.378], ['Zolote', 48.695, 38.515], ['Hirske', 48.75, 38.495],
  ['Katerynivka', 48.718, 38.56], ['Novotoshkivske', 48.725, 38.632], ['Krymske', 48.752, 38.791], ['Trokhizbenka', 48.757, 38.965],
  ['Shchastia', 48.738, 39.23], ['Stanytsia Luhanska', 48.663, 39.484], ['Bolotene', 48.607, 39.584], ['Bohdanivka', 47.63, 37.756], ['Bakhmut', 48.594, 38.0], ['Volnovakha', 47.601, 37.497],
]

test('frontHolder: every separatist-held town and near-line village lies in the held area', () => {
  assert.deepEqual(separatist.filter(([, lat, lon]) => holder(lat, lon) !== NAF).map(([n]) => n), [])
})

test('twin: every government-held town within reach of the line is the state side', () => {
  assert.deepEqual(government.filter(([, lat, lon]) => holder(lat, lon) !== 'state').map(([n]) => n), [])
})

test('frontHolder: a village across the line from a government town a few km away is still held by the separatists', () => {
  // Lozove lies 6 km from government-held Novoluhanske and 8 km from Vuhlehirsk: a nearest-town rule errs here.
  assert.equal(holder(48.379, 38.241), NAF)
  assert.equal(holder(48.426, 38.175), 'state')
})

test('twin: far from the line, outside its period, or in another country, no holder', () => {
  assert.equal(holder(50.45, 30.52), null)                   // Kyiv
  assert.equal(holder(48.857, 37.615), null)                 // Sloviansk, 50 km and more from the line
  assert.equal(holder(48.336, 38.053, '2023-05-01'), null)   // Horlivka after the standing front
  assert.equal(holder(48.336, 38.053, '2014-08-01'), null)   // and before it
  assert.equal(frontHolder('SY', 48.336, 38.053, day), null)
  assert.equal(frontHolder('UA', 48.336, 38.053, day)?.inside, true)
})
