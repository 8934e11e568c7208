/** Stop-31 audit (an outside user's probe): fixes found with the examples table, the CLI and the API. Texts written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from './pipeline.js'
import { toRecords } from './events/records.js'

function run(text: string, published = '2024-09-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.location, r.geo_precision])
}

test('"the X area of <a province>" is the land around the town (precision 2); "the X area of <a district>" is a named part, at itself (1)', () => {
  // A town's area within its first-level region: ACLED codes the town with precision 2, as "the X area (Province)".
  assert.deepEqual(run('MOGADISHU - Al-Shabaab fighters ambushed an army patrol in the Bardere area of Gedo region on Monday, killing four soldiers, a local official said.'),
    [['Armed clash', 'Baardheere', 2]])
  assert.deepEqual(run('MOGADISHU - Al-Shabaab fighters ambushed an army patrol in the Jilib area of Middle Juba on Monday, killing four soldiers, a local official said.'),
    [['Armed clash', 'Jilib', 2]])
  // Twin: a named part of a district stays at itself.
  assert.deepEqual(run('KABUL - Taliban fighters attacked a police checkpoint in the Chowni area of Gardez district on Monday, killing three policemen, officials said.'),
    [['Armed clash', 'Chownī', 1]])
})

test('two reports only near two towns 24 km apart (one a city named like its province), same day, sides and unit, in the area of two mines: two positions', async () => {
  const { rec } = await import('./store/fixtures.js')
  const { mergeConfig } = await import('./merge/config.js')
  const { decide } = await import('./merge/match.js')
  const { writtenOf } = await import('./merge/details.js')
  const cfg = mergeConfig()
  const src = (id: string) => [{ article_id: id, source: null, url: null, published: '2021-02-03' }]
  const front = (id: string, location: string, latitude: number, longitude: number) => rec({ id, article_id: id, event_date: '2021-02-02', event_type: 'Battles',
    sub_event_type: 'Armed clash', actor1: 'Military Forces of Ukraine (2019-)', actor2: 'NAF: United Armed Forces of Novorossiya', assoc_actor_2: "Donbass People's Militia",
    country: 'Ukraine', iso: 'UA', admin1: 'Donetsk', admin2: '', location, latitude, longitude, geo_precision: 2, geonameid: null, fatalities: 0, fatality_claims: [], sources: src(id) })
  // Donetsk city, named like its province: the other-named-places veto (two named areas) does not see it as a town.
  const north = front('n', 'Donetsk', 48.016, 37.803)
  const south = front('s', 'Marinka', 47.942, 37.503)
  const ctx = (x: string, y: string) => ({ a: writtenOf([x], north, cfg), b: writtenOf([y], south, cfg) })
  const two = decide(north, south, cfg, ctx('Government troops fired mortars at militia positions in the area of Shakhta Zasyadko on Tuesday.',
    'Government troops fired machine guns at militia positions in the area of Shakhta imeni Abakumova on Tuesday.'))
  assert.deepEqual([two.same, two.reasons.at(-1)], [false, 'area-level places near two towns 24 km apart (limit 15 for two areas)'])
  // Twin: both articles name one finer place, spelled alike, on one day: one place whatever the coded towns.
  const one = decide(north, south, cfg, ctx('Government troops fired mortars at militia positions in the area of Shakhta Zasyadko on Tuesday.',
    'Militia positions in the area of Shakhta Zasyadko came under mortar fire from government troops on Tuesday.'))
  assert.deepEqual([one.same, one.reasons[1]], [true, 'area-level places near two towns 24 km apart, both articles name one place finer than the coded ones (shakhta zasyadko)'])
  // Twin: one town near both (the coded places agree) still merges on the shared sides and unit.
  assert.equal(decide(north, front('m', 'Donetsk', 48.016, 37.803), cfg).same, true)
})
