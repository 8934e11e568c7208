/** Written places: what a passage names beyond the coded place, and when two reports' names conflict. Sentences made up here. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rec } from '../store/fixtures.js'
import { mergeConfig } from './config.js'
import { decide } from './match.js'
import { normName, passageOf, placeConflict, samePlaceName, sameSpelling, writtenOf, writtenPlaces } from './details.js'

const cfg = mergeConfig()

test('a capitalised phrase after a cue is a written place; months, the region and lower-case words are not', () => {
  assert.deepEqual(writtenPlaces('On 3 May, rebels fired mortars at army positions in the area of Novo Selo, Kharkiv region.', cfg, ['Ukraine', 'Kharkiv']),
    ['novo selo'])
  assert.deepEqual(writtenPlaces('In May, a bomb went off near the Al-Nour Mosque in the Sabreen district of Harimah.', cfg), ['nour mosque', 'sabreen', 'harimah'])
  assert.deepEqual(writtenPlaces('Troops were shelled outside Tell Hamra on Tuesday.', cfg), ['tell hamra'])
  assert.deepEqual(writtenPlaces("Gunmen attacked a checkpoint in Kafr Aldin's market.", cfg), ['kafr aldin'])
  assert.deepEqual(writtenPlaces("A bomb went off in Harimah's Al-Souq neighbourhood.", cfg), ['harimah', 'souq'])
  assert.deepEqual(writtenPlaces('They fired at the positions of the army.', cfg), [])
})

test('spellings: diacritics, apostrophes and one edit are one name; a word more is a finer place', () => {
  assert.equal(normName("Mar'yinka"), 'maryinka')
  assert.equal(sameSpelling('maryinka', 'marinka'), true)
  assert.equal(sameSpelling('donetsk airport', 'donetsk'), false)
  assert.equal(samePlaceName('donetsk airport', 'donetsk'), true)
  assert.equal(samePlaceName('yasne', 'pisky'), false)
})

test('two villages resolved to one town conflict; a report naming only the town does not', () => {
  const town = rec({ id: 'x', article_id: 'x', location: 'Harimah', admin1: 'Lower Valley', country: 'Syria', geo_precision: 2 })
  const a = writtenOf(['Shelling hit the area of Tell Hamra, Lower Valley.'], town, cfg)
  const b = writtenOf(['Shelling hit the area of Ain Jadida, Lower Valley.'], town, cfg)
  const c = writtenOf(['Shells landed in Harimah.'], town, cfg)
  assert.deepEqual([a, b, c].map((w) => [w.places, w.finer, w.named]), [[['tell hamra'], ['tell hamra'], ['tell hamra']],
    [['ain jadida'], ['ain jadida'], ['ain jadida']], [['harimah'], [], ['harimah']]])
  assert.equal(placeConflict(a, b, true), 'the reports name other places (tell hamra; ain jadida)')
  assert.equal(placeConflict(a, c, true), null)
  assert.equal(placeConflict(a, writtenOf(['Mortars landed near Tel Hamra.'], town, cfg), true), null)
  // Coded places that differ: the written ones must meet, finer or not.
  assert.equal(placeConflict(c, writtenOf(['Shells landed in Qasrin.'], town, cfg), false), 'the reports name other places (harimah; qasrin)')
})

test('the decision: coded fields that join two reports, their written places keep apart, with the reason', () => {
  const a = rec({ id: 'ev_a', article_id: 'a', geo_precision: 1 })
  const b = rec({ id: 'ev_b', article_id: 'b', geo_precision: 1 })
  const ctx = (x: string, y: string) => ({ a: writtenOf([x], a, cfg), b: writtenOf([y], b, cfg) })
  assert.equal(decide(a, b, cfg).same, true)
  const apart = decide(a, b, cfg, ctx('A jet struck the Souq quarter of Tadmur.', 'A jet struck the Amiriya quarter of Tadmur.'))
  assert.deepEqual([apart.same, apart.reasons.at(-1)], [false, 'the reports name other places (souq, tadmur; amiriya, tadmur)'])
  assert.equal(decide(a, b, cfg, ctx('A jet struck the Souq quarter of Tadmur.', 'Four died when a jet struck Tadmur.')).same, true)
  assert.equal(decide(a, b, cfg, ctx('A jet struck the Souq quarter of Tadmur.', 'Warplanes hit Tadmur, killing four.')).same, true)
})

test('two named area-level places, neither the other, are two incidents even without the articles', () => {
  const near = (id: string, location: string, geonameid: number | null) => rec({ id, article_id: id, location, geonameid, geo_precision: 2, admin1: 'Homs' })
  const d = decide(near('a', 'Tadmur', 1), near('b', 'Al Qaryatayn', 2), { ...cfg, distanceKm: { 1: 15, 2: 500, 3: 500 } })
  assert.deepEqual([d.same, d.reasons.at(-1)], [false, 'other named places (Tadmur, Al Qaryatayn)'])
})

test('what was hit and who marched: two reports naming other targets or other groups of protesters are two incidents', () => {
  const r = rec({ id: 'x', article_id: 'x', location: 'Harimah' })
  const w = (text: string) => writtenOf([text], r, cfg)
  assert.deepEqual([w('Shells hit a clinic and two schools in Harimah.').targets, w('Shells hit the Harimah Secondary School.').targets], [['hospital', 'school'], []])
  assert.equal(placeConflict(w('Shells hit a hospital in Harimah.'), w('Shells hit a camp in Harimah.'), true), 'the reports name other targets (hospital; camp)')
  assert.equal(placeConflict(w('Shells hit a clinic in Harimah.'), w('Two hospitals were hit in Harimah.'), true), null)
  assert.equal(placeConflict(w('Nurses marched in Harimah.'), w('Teachers marched in Harimah.'), true), 'the reports name other groups (doctors; teachers)')
  assert.equal(placeConflict(w('Nurses marched in Harimah.'), w('Protesters marched in Harimah.'), true), null)
  // "post" says either a base or a checkpoint: it meets both, and they still differ from each other.
  assert.deepEqual(w('Militants attacked an army post in Harimah.').targets, ['base', 'checkpoint'])
  assert.equal(placeConflict(w('Militants attacked an army post in Harimah.'), w('Militants attacked a base in Harimah.'), true), null)
  assert.equal(placeConflict(w('Militants attacked police posts in Harimah.'), w('Militants attacked checkpoints in Harimah.'), true), null)
  assert.equal(placeConflict(w('Militants attacked a checkpoint in Harimah.'), w('Militants attacked a base in Harimah.'), true), 'the reports name other targets (checkpoint; base)')
  // "police post" says a police station or a checkpoint, not a military base.
  assert.deepEqual([w('Rebels attacked a police station in Harimah.').targets, w('Rebels attacked a police post in Harimah.').targets], [['police station'], ['checkpoint', 'police station']])
  assert.equal(placeConflict(w('Rebels attacked a police station in Harimah.'), w('Rebels attacked a police post in Harimah.'), true), null)
  assert.equal(placeConflict(w('Rebels attacked a police station in Harimah.'), w('Rebels attacked an army base in Harimah.'), true), 'the reports name other targets (police station; base)')
})

test('the region a record is coded to is no written place, with or without the word for its level', () => {
  const r = rec({ id: 'x', article_id: 'x', location: 'Sagaing Region', admin1: 'Sagaing Region', admin2: '', country: 'Myanmar', geo_precision: 3 })
  assert.deepEqual(writtenOf(['A jet bombed Pazigyi village in Sagaing on Tuesday.'], r, cfg).places, ['pazigyi'])
  assert.deepEqual(writtenOf(['A jet bombed a village in the Sagaing Region on Tuesday.'], r, cfg).places, [])
})

test('a strike "on" a village names the place it hit; a strike "on" a day names none', () => {
  const r = rec({ id: 'x', article_id: 'x', location: 'Magway Region', admin1: 'Magway Region', admin2: '', country: 'Myanmar', geo_precision: 3 })
  assert.deepEqual(writtenOf(['The air strike on Kyauk Ye, Magway, killed nine people.'], r, cfg).places, ['kyauk ye'])
  assert.deepEqual(writtenOf(['The air strikes on Tuesday in Magway killed nine people.'], r, cfg).places, [])
})

test('two villages by one town: the town both articles name is no shared evidence when each names a village the other does not', () => {
  const r = (id: string) => rec({ id, article_id: id, event_type: 'Violence against civilians', sub_event_type: 'Attack', location: 'Homs', admin2: '', geonameid: null, geo_precision: 3 })
  const [a, b] = [r('a'), r('b')]
  const ctx = (x: string, y: string) => ({ a: writtenOf([x], a, cfg), b: writtenOf([y], b, cfg) })
  const shared = (x: string, y: string) => decide(a, b, cfg, ctx(x, y)).reasons.find((p) => p.startsWith('differences')) ?? ''
  assert.match(shared('Rebels raided Tell Safa village near Qusayr.', 'Rebels raided Ain Jadida village near Qusayr.'), /against shared content 0\.25 \(the same named actors \+0\.25\)$/)
  assert.match(shared('Rebels raided Tell Safa village near Qusayr.', 'Rebels raided a village near Qusayr.'), /both articles name qusayr \+0\.3/)
})

test('what a protest was about: two protests naming other groups or other demands are two; "people" against "teachers", or one demand told two ways, is not a conflict', () => {
  const demo = rec({ id: 'x', article_id: 'x', location: 'Harimah', event_type: 'Protests', sub_event_type: 'Peaceful protest' })
  const w = (text: string) => writtenOf([text], demo, cfg)
  assert.deepEqual(w('Media workers and journalists rallied in Harimah against the unjust arrest of an editor and demanded his release.').people, ['journalists'])
  assert.deepEqual(w('Teachers protested in Harimah over withheld salaries and load shedding.').causes, ['load shedding', 'salaries'])
  assert.equal(placeConflict(w('Teachers protested in Harimah over withheld salaries.'), w('Traders protested in Harimah over withheld salaries.'), true),
    'the reports name other groups (teachers; traders)')
  assert.equal(placeConflict(w('People protested in Harimah over unpaid wages.'), w('People protested in Harimah against power cuts.'), true),
    'the reports name other demands (salaries; load shedding)')
  assert.equal(placeConflict(w('Journalists and media workers rallied in Harimah.'), w('Workers rallied in Harimah against layoffs.'), true), 'the reports name other groups (journalists; labourers)')
  // Twins that stay one protest: a group told as "people", one demand in other words, a report that names no demand.
  assert.equal(placeConflict(w('People protested in Harimah over unpaid salaries.'), w('Teachers protested in Harimah over unpaid salaries.'), true), null)
  assert.equal(placeConflict(w('Teachers protested in Harimah over unpaid salaries.'), w('Teachers marched in Harimah demanding their wage arrears.'), true), null)
  assert.equal(placeConflict(w('Teachers protested in Harimah over unpaid salaries.'), w('Teachers staged a sit-in in Harimah.'), true), null)
  // What happened at the protest is no demand: police arrested ten, used water cannon.
  assert.deepEqual(w('Police arrested ten protesters and used water cannon in Harimah.').causes, [])
  // Not of a protest: a report of fighting that mentions salaries says nothing of what the event was about.
  assert.deepEqual(writtenOf(['Gunmen who had not been paid salaries attacked a post in Harimah.'], rec({ id: 'y', article_id: 'y', event_type: 'Battles' }), cfg).causes, [])
  // Through the decision: coded fields that join two protests, their demands keep apart.
  const a = rec({ id: 'ev_a', article_id: 'a', event_type: 'Protests', sub_event_type: 'Peaceful protest', geo_precision: 1 })
  const b = rec({ id: 'ev_b', article_id: 'b', event_type: 'Protests', sub_event_type: 'Peaceful protest', geo_precision: 1 })
  const ctx = (x: string, y: string) => ({ a: writtenOf([x], a, cfg), b: writtenOf([y], b, cfg) })
  const apart = decide(a, b, cfg, ctx('People protested over unpaid salaries.', 'People protested against load shedding.'))
  assert.deepEqual([apart.same, apart.reasons.at(-1)], [false, 'the reports name other demands (salaries; load shedding)'])
  assert.equal(decide(a, b, cfg, ctx('People protested over unpaid salaries.', 'Teachers protested over their salaries.')).same, true)
})

test('a passage is the sentences the record points into', () => {
  const text = 'Markets reopened. Rebels shelled Tell Hamra at dawn. Talks resumed in Geneva.'
  const r = rec({ id: 'x', article_id: 'x', evidence: { event_type: [25, 32] } })
  assert.equal(passageOf(text, r), ' Rebels shelled Tell Hamra at dawn.')
})

test('a shorter name all of whose words the coded town has is that town, not a finer place; under a region it is', () => {
  const town = rec({ id: 'x', article_id: 'x', location: 'Acapulco de Juárez', admin1: 'Guerrero', country: 'Mexico', geo_precision: 1 })
  assert.deepEqual(writtenOf(['Gunmen shot a man in Acapulco on Sunday.'], town, cfg).finer, [])
  assert.deepEqual(writtenOf(['Gunmen shot a man in the Costa Azul neighbourhood of Acapulco on Sunday.'], town, cfg).finer, ['costa azul'])
  const area = rec({ id: 'y', article_id: 'y', location: 'Acapulco de Juárez', admin1: 'Guerrero', country: 'Mexico', geo_precision: 2 })
  assert.deepEqual(writtenOf(['Gunmen shot a man near Acapulco on Sunday.'], area, cfg).finer, ['acapulco'])
})
