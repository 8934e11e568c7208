/** names: countries and places as people type them. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { controlByName, didYouMean, placeNames, resolveCountry } from './names.js'
import type { ControlPeriod, EventFilter } from './store/index.js'

test('a country by name, code or demonym, in any case', () => {
  const iso = (s: string) => { const r = resolveCountry(s); return r.ok ? r.value.iso : r.message }
  assert.deepEqual(['Syria', 'syria', ' SY ', 'sy', 'SYR', 'Syrian', 'Democratic Republic of Congo', 'DRC', "Côte d'Ivoire", "cote d'ivoire", 'Burkina Faso'].map(iso),
    ['SY', 'SY', 'SY', 'SY', 'SY', 'SY', 'CD', 'CD', 'CI', 'CI', 'BF'])
  assert.deepEqual(resolveCountry('Nigerai'), { ok: false, suggestions: ['Nigeria'], message: 'unknown country "Nigerai" (give a name or an ISO code such as SY); did you mean "Nigeria"?' })
  assert.deepEqual(resolveCountry('Sirya').ok ? [] : (resolveCountry('Sirya') as { suggestions: string[] }).suggestions, ['Syria'])
  assert.deepEqual(resolveCountry('Atlantis'), { ok: false, suggestions: [], message: 'unknown country "Atlantis" (give a name or an ISO code such as SY)' })
})

test('a place under every name it goes by: exonyms and alternate names reach the GeoNames name', () => {
  assert.equal(placeNames('Palmyra')[0], 'Palmyra')
  assert.ok(placeNames('Palmyra').includes('Tadmur'))
  assert.deepEqual(placeNames('Halab'), ['Halab', 'Aleppo'])
  assert.deepEqual(placeNames('aleppo'), ['aleppo'])
  assert.deepEqual(placeNames('Nowhere-on-Sea'), ['Nowhere-on-Sea'])
})

test('did you mean: close names first, nothing when nothing is close', () => {
  assert.deepEqual(didYouMean('Tadmor', ['Tadmur', 'Aleppo', 'Idlib']), ['Tadmur'])
  assert.deepEqual(didYouMean('alep', ['Tadmur', 'Aleppo', 'Idlib']), ['Aleppo'])
  assert.deepEqual(didYouMean('Kabul', ['Tadmur', 'Aleppo', 'Idlib']), [])
})

test('control: a misspelled alternate name suggests the held place it names ("Palmra" → Tadmur, by Palmyra); twin: a word near no held name suggests nothing', async () => {
  // A store holding one territory event, at Tadmur: control() finds nothing under the typed names, scanEvents lists it.
  const store = {
    control: async (_: string): Promise<ControlPeriod[]> => [],
    scanEvents: async function* (f: EventFilter) { if (f.sub_event_type === 'Government regains territory') yield { location: 'Tadmur' } },
  } as unknown as Parameters<typeof controlByName>[0]
  const ask = async (s: string) => { const a = await controlByName(store, s); return [a.known, a.suggestions] }
  assert.deepEqual(await ask('Palmra'), [false, ['Tadmur']])
  assert.deepEqual(await ask('Tadmor'), [false, ['Tadmur']])
  assert.deepEqual(await ask('Kandahar'), [false, []])
  assert.deepEqual(await ask('Pal'), [false, []])
})
