/** The coreference decision: hard limits, the score and its reasons, on hand-built records. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { claim, rec } from '../store/fixtures.js'
import { compileMergeConfig, mergeConfig } from './config.js'
import { decide } from './match.js'
import { writtenOf } from './details.js'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { dataPath } from '../paths.js'

const cfg = mergeConfig()
const a = rec({ id: 'ev_a', article_id: 'a' })

test('two outlets, one strike: same day and place, same type and actors', () => {
  assert.deepEqual(decide(a, rec({ id: 'ev_b', article_id: 'b' }), cfg), {
    same: true, score: 1,
    reasons: ['dates 0 day(s) apart (window 1)', 'same place (Tadmur)', 'same sub-event type (Air/drone strike)',
      'shared actors (Military Forces of Syria (2000-))', 'score 1 ≥ threshold 0.7'],
    wantsText: true,   // what the articles write may still keep them apart: the store reads them and decides again
  })
})

test('a week-precision report reaches further back in time', () => {
  const vague = rec({ id: 'ev_w', article_id: 'w', event_date: '2016-03-21', time_precision: 2 })
  assert.deepEqual(decide(a, vague, cfg).reasons.slice(0, 1), ['dates 6 day(s) apart (window 7)'])
  assert.equal(decide(a, { ...vague, time_precision: 1 }, cfg).reasons[0], 'dates 6 days apart, window 1')
})

test('near misses do not merge, each for its own reason', () => {
  const no = (over: Parameters<typeof rec>[0]) => { const d = decide(a, rec(over), cfg); return [d.same, d.reasons[d.reasons.length - 1]] }
  assert.deepEqual(no({ id: 'x', article_id: 'x', location: 'Homs', geonameid: 169577, latitude: 34.73, longitude: 36.72 }), [false, 'places 143 km apart, limit 15'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', event_type: 'Protests', sub_event_type: 'Peaceful protest' }), [false, 'types incompatible (Explosions/Remote violence, Protests)'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', actor1: 'Military Forces of Russia (2000-)', actor2: 'Islamic State (Syria)' }), [false, 'named actors differ'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', iso: 'IQ' }), [false, 'countries differ (SY, IQ)'])
  assert.deepEqual(no({ id: 'x', article_id: 'x', event_date: null }), [false, 'a date is unknown'])
})

test('conservative gates: each difference between two reports costs, shared content pays', () => {
  const last = (over: Parameters<typeof rec>[0]) => { const d = decide(a, rec(over), cfg); return [d.same, d.reasons[d.reasons.length - 1]] }
  const base = { id: 'x', article_id: 'x' }
  assert.deepEqual(last({ ...base, geonameid: null, latitude: 34.6, longitude: 38.3, location: 'Tadmur outskirts' }),
    [false, 'not the same place: distinct incidents of one day happen in neighbouring towns'])
  assert.deepEqual(last({ ...base, event_date: '2016-03-28' }),
    [false, 'differences outweigh shared content: 1 day(s) apart 0.4 against shared content 0.25 (the same named actors +0.25)'])
  assert.deepEqual(last({ ...base, actor1: 'Unidentified Armed Group (Syria)' }),
    [false, 'differences outweigh shared content: a named actor on one side only 0.2 against shared content 0'])
  const clash = { ...base, event_type: 'Battles', sub_event_type: 'Armed clash', actor2: 'Islamic State (Syria)' }
  assert.deepEqual(decide(rec(clash), rec({ ...clash, id: 'y', article_id: 'y', actor2: 'Hurras al-Din' }), cfg).reasons.at(-1), 'different named second actors (Islamic State (Syria), Hurras al-Din)')
})

test('content as evidence: one day apart with the same group, village and toll merges; other tolls and victims stay apart', () => {
  const src = (id: string, published: string) => [{ article_id: id, source: null, url: null, published }]
  const one = rec({ id: 'p', article_id: 'p', actor2: 'Hurras al-Din', fatality_claims: [{ ...claim(7), claimant: 'the monitor' }], fatalities: 7, sources: src('p', '2016-03-28') })
  const next = rec({ id: 'q', article_id: 'q', event_date: '2016-03-28', actor2: 'Hurras al-Din', fatality_claims: [{ ...claim(7), claimant: 'The monitor' }], fatalities: 7, sources: src('q', '2016-03-28') })
  assert.deepEqual(decide(one, next, cfg).reasons.slice(-2), [
    'differences paid by shared content: 1 day(s) apart 0.4 against shared content 0.75 (toll 7 in both +0.35; claimed by the monitor in both +0.1; the same named actors +0.25; published close together +0.05)',
    'score 0.85 ≥ threshold 0.7'])
  // Same day and town, a generic perpetrator on one side, other tolls and other victims: two incidents.
  const other = rec({ id: 'r', article_id: 'r', actor1: 'Unidentified Armed Group (Syria)', actor2: 'Civilians (Syria)', fatality_claims: [claim(2)], fatalities: 2, sources: src('r', '2016-03-28') })
  assert.deepEqual(decide(one, other, cfg).reasons.at(-1),
    'differences outweigh shared content: a named actor on one side only 0.2 + other tolls (7 vs 2) 0.2 against shared content 0.05 (published close together +0.05)')
  // An updated toll (10, then 12) neither confirms nor contradicts: only the day is left to pay for.
  const updated = rec({ id: 'u', article_id: 'u', event_date: '2016-03-28', fatality_claims: [claim(12)], fatalities: 12 })
  assert.deepEqual(decide(rec({ id: 'v', article_id: 'v', fatality_claims: [claim(10)], fatalities: 10 }), updated, cfg).reasons.at(-1),
    'differences outweigh shared content: 1 day(s) apart 0.4 against shared content 0.25 (the same named actors +0.25)')
  // A toll of one is shared by chance: it pays less than a larger figure.
  const small = (id: string, date: string, sub = 'Air/drone strike') => rec({ id, article_id: id, event_date: date, sub_event_type: sub, fatality_claims: [claim(1)], fatalities: 1 })
  assert.deepEqual(decide(small('s', '2016-03-27'), small('t', '2016-03-27', 'Remote explosive/landmine/IED'), cfg).reasons.at(-2),
    'differences paid by shared content: other sub-event type 0.4 against shared content 0.4 (toll 1 in both (a small figure, often shared by chance) +0.15; the same named actors +0.25)')
})

test('a broken data file is refused, naming the key', () => {
  assert.throws(() => compileMergeConfig({ threshold: 2 }), /^Error: data\/merge.yaml: "threshold" must be in \(0, 1\]$/)
  assert.throws(() => compileMergeConfig({ threshold: 0.5, weights: { date: 0.5, place: 0.5, type: 0.5, actors: 0 } }), /"weights" must sum to 1, they sum to 1.5/)
})

test('two reports placed only near one town (or in one region) are no exact place: the area costs, shared content pays', () => {
  // Two shellings 'near Tadmur' on one day by the same sides: on a front line, often two incidents.
  const near = (id: string, over: Partial<Parameters<typeof rec>[0]> = {}) =>
    rec({ id, article_id: id, sub_event_type: 'Shelling/artillery/missile attack', geo_precision: 2, geonameid: null, location: 'Tadmur', ...over })
  assert.deepEqual(decide(near('n1'), near('n2'), cfg).reasons.at(-1),
    'differences outweigh shared content: an area- or region-level place 0.5 against shared content 0.25 (the same named actors +0.25)')
  // The same toll from the same claimant pays for it.
  const told = { fatality_claims: [{ ...claim(6), claimant: 'the governor' }], fatalities: 6 }
  assert.deepEqual(decide(near('n3', told), near('n4', told), cfg).reasons.at(-2),
    'differences paid by shared content: an area- or region-level place 0.5 against shared content 0.7 (toll 6 in both +0.35; claimed by the governor in both +0.1; the same named actors +0.25)')
  // Two towns of one name at town precision stay an exact place.
  assert.equal(decide(near('t1', { geo_precision: 1 }), near('t2', { geo_precision: 1 }), cfg).same, true)
})

test('close sub-event types (data/merge.yaml close_types) cost what the table says; a pair not listed pays the flat cost', () => {
  const t = (id: string, event_type: string, sub_event_type: string, over: Partial<Parameters<typeof rec>[0]> = {}) =>
    rec({ id, article_id: id, event_type, sub_event_type, actor2: 'Civilians (Syria)', ...over })
  const air = t('c1', 'Explosions/Remote violence', 'Air/drone strike')
  // A bombardment told from the air or the ground: the named sides alone (0.25) do not pay 0.35; a shared toll does.
  assert.deepEqual(decide(air, t('c2', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'), cfg).reasons.at(-1),
    'differences outweigh shared content: close sub-event types (Air/drone strike, Shelling/artillery/missile attack) 0.35 against shared content 0.25 (the same named actors +0.25)')
  const four = { fatality_claims: [claim(4)], fatalities: 4 }
  assert.deepEqual(decide(t('c3', 'Explosions/Remote violence', 'Air/drone strike', four), t('c4', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', four), cfg).reasons.at(-2),
    'differences paid by shared content: close sub-event types (Air/drone strike, Shelling/artillery/missile attack) 0.35 against shared content 0.6 (toll 4 in both +0.35; the same named actors +0.25)')
  // Across event types the listed pair costs 0.5, not 0.6; a pair not listed (an abduction and an air strike) pays the flat 0.6.
  assert.deepEqual(decide(t('c5', 'Explosions/Remote violence', 'Air/drone strike', four), t('c6', 'Violence against civilians', 'Attack', four), cfg).reasons.at(-2),
    'differences paid by shared content: close sub-event types (Air/drone strike, Attack) 0.5 against shared content 0.6 (toll 4 in both +0.35; the same named actors +0.25)')
  // Its near twin: one dead in each (a child shelled, a woman shot by a sniper, one town and day), the named sides and close publication: 0.45 does not pay 0.5.
  const one = (id: string) => ({ fatality_claims: [claim(1)], fatalities: 1, sources: [{ article_id: id, source: null, url: null, published: '2016-03-28' }] })
  assert.deepEqual(decide(t('c9', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', one('c9')), t('c10', 'Violence against civilians', 'Attack', one('c10')), cfg).reasons.at(-1),
    'differences outweigh shared content: close sub-event types (Shelling/artillery/missile attack, Attack) 0.5 against shared content 0.45 (toll 1 in both (a small figure, often shared by chance) +0.15; the same named actors +0.25; published close together +0.05)')
  assert.deepEqual(decide(t('c7', 'Explosions/Remote violence', 'Air/drone strike', four), t('c8', 'Violence against civilians', 'Abduction/forced disappearance', four), cfg).reasons.at(-2),
    'differences paid by shared content: other event type 0.6 against shared content 0.6 (toll 4 in both +0.35; the same named actors +0.25)')
  // Police dispersing a crowd that turned violent: one named group pays 0.3 with close publication.
  const src = (id: string) => [{ article_id: id, source: null, url: null, published: '2023-03-21' }]
  const demo = (id: string, event_type: string, sub_event_type: string) =>
    rec({ id, article_id: id, event_type, sub_event_type, disorder_type: 'Demonstrations', actor1: 'Protesters (Kenya)', actor2: 'Police Forces of Kenya (2022-)', sources: src(id) })
  assert.deepEqual(decide(demo('k1', 'Protests', 'Protest with intervention'), demo('k2', 'Riots', 'Violent demonstration'), cfg).reasons.at(-2),
    'differences paid by shared content: close sub-event types (Protest with intervention, Violent demonstration) 0.3 against shared content 0.3 (the same named actors +0.25; published close together +0.05)')
})

test('a toll that grew in the later report (same day, place below the region, named sides) is an update that agrees, not a conflict', () => {
  const src = (id: string, published: string) => [{ article_id: id, source: null, url: null, published }]
  const r = (id: string, toll: number, published: string, over: Partial<Parameters<typeof rec>[0]> = {}) =>
    rec({ id, article_id: id, event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Islamic State (Iraq)', actor2: 'Police Forces of Iraq (2014-)', location: 'Kirkuk', iso: 'IQ', country: 'Iraq',
      geo_precision: 2, geonameid: null, fatality_claims: [claim(toll)], fatalities: toll, sources: src(id, published), ...over })
  assert.deepEqual(decide(r('g1', 3, '2016-03-28'), r('g2', 5, '2016-03-29'), cfg).reasons.at(-2),
    'differences paid by shared content: an area- or region-level place 0.5 against shared content 0.5 (toll grew from 3 to 5 in the later report +0.2; the same named actors +0.25; published close together +0.05)')
  // The later report lower, the growth above grown_toll_max_ratio, or a region-level report: other tolls, a conflict.
  assert.deepEqual(decide(r('g3', 5, '2016-03-28'), r('g4', 3, '2016-03-29'), cfg).reasons.at(-1),
    'differences outweigh shared content: an area- or region-level place 0.5 + other tolls (5 vs 3) 0.2 against shared content 0.3 (the same named actors +0.25; published close together +0.05)')
  assert.deepEqual(decide(r('g5', 2, '2016-03-28'), r('g6', 5, '2016-03-29'), cfg).reasons.at(-1),
    'differences outweigh shared content: an area- or region-level place 0.5 + other tolls (2 vs 5) 0.2 against shared content 0.3 (the same named actors +0.25; published close together +0.05)')
  assert.deepEqual(decide(r('g7', 3, '2016-03-28', { geo_precision: 3 }), r('g8', 5, '2016-03-29'), cfg).reasons.at(-1),
    'differences outweigh shared content: an area- or region-level place 0.5 + other tolls (3 vs 5) 0.2 against shared content 0.3 (the same named actors +0.25; published close together +0.05)')
  // Published the same day: no order to read, the tolls conflict.
  assert.deepEqual(decide(r('g9', 3, '2016-03-28'), r('g10', 5, '2016-03-28'), cfg).same, false)
})

test('close_types: an unknown sub-event type or a pair listed twice is refused, naming the entry', () => {
  const raw = parse(readFileSync(dataPath('merge.yaml'), 'utf8')) as Record<string, unknown>
  assert.throws(() => compileMergeConfig({ ...raw, close_types: [{ types: ['Attack', 'Air strike'], cost: 0.3 }] }),
    /^Error: data\/merge.yaml: "close_types\[0\]": "Air strike" is no ACLED sub-event type$/)
  assert.throws(() => compileMergeConfig({ ...raw, close_types: [{ types: ['Attack', 'Armed clash'], cost: 0.3 }, { types: ['Armed clash', 'Attack'], cost: 0.4 }] }),
    /"close_types": Armed clash \/ Attack is listed twice/)
  assert.throws(() => compileMergeConfig({ ...raw, close_types: [{ types: ['Attack', 'Attack'], cost: 0.3 }] }), /"close_types\[0\].types" must be two different sub-event types/)
})

test('an administrative area that holds the other report\'s place is agreement: no distance limit, no other-named-place veto, contained_place costs 0.45 (contained_toll 0.4 with one toll of 3 or more on one day)', () => {
  const src = (id: string) => [{ article_id: id, source: null, url: null, published: '2021-09-22' }]
  const two = { fatality_claims: [claim(2)], fatalities: 2 }
  const town = (id: string, over: Partial<Parameters<typeof rec>[0]> = {}) => rec({ id, article_id: id, event_type: 'Battles', sub_event_type: 'Armed clash', country: 'Cameroon', iso: 'CM',
    actor1: 'Ambazonian Separatists (Cameroon)', actor2: 'Military Forces of Cameroon (1982-)', admin1: 'North-West', admin2: 'Mezam', location: 'Bamenda',
    latitude: 5.96, longitude: 10.15, geonameid: 2234974, geo_precision: 1, event_date: '2021-09-21', sources: src(id), ...two, ...over })
  // The region's centre 180 km from the town: an area that merely lay within the distance would be refused; the area that holds it is not.
  const region = (id: string, over: Partial<Parameters<typeof rec>[0]> = {}) => town(id, { location: 'North-West Region', admin2: '', geonameid: null, geo_precision: 3, latitude: 6.5, longitude: 11.6, ...over })
  const d = decide(town('t1'), region('r1'), cfg)
  assert.equal(d.same, true)
  assert.deepEqual(d.reasons.filter((x) => /area|differences/.test(x)), ["one place inside the other's area (North-West Region, 171 km from its centre)",
    "differences paid by shared content: a place inside the other's area (North-West Region) 0.45 against shared content 0.45 (toll 2 in both (a small figure, often shared by chance) +0.15; the same named actors +0.25; published close together +0.05)"])
  // Near twins. No toll shared: the named sides and publication (0.3) do not pay 0.45; nor do a toll and publication without the sides.
  assert.equal(decide(town('t2', { fatality_claims: [], fatalities: 0 }), region('r2', { fatality_claims: [], fatalities: 0 }), cfg).reasons.at(-1),
    "differences outweigh shared content: a place inside the other's area (North-West Region) 0.45 against shared content 0.3 (the same named actors +0.25; published close together +0.05)")
  // A toll above small_toll_max in both, one day, one sub-event type: contained_toll (0.4), which a toll and publication pay,
  // and a group named by the town's report only ("separatists" there, "gunmen" in the region's) adds nothing.
  const seven = { fatality_claims: [claim(7)], fatalities: 7, actor1: 'Unidentified Armed Group (Cameroon)', actor2: 'Civilians (Cameroon)' }
  assert.equal(decide(town('t2b', seven), region('r2b', seven), cfg).reasons.at(-2),
    "differences paid by shared content: a place inside the other's area, one toll of 3 or more in both on one day (North-West Region) 0.4 against shared content 0.4 (toll 7 in both +0.35; published close together +0.05)")
  assert.equal(decide(town('t2c', { ...seven, actor1: 'Ambazonian Separatists (Cameroon)' }), region('r2c', seven), cfg).reasons.at(-2),
    "differences paid by shared content: a place inside the other's area, one toll of 3 or more in both on one day (North-West Region) 0.4 against shared content 0.4 (toll 7 in both +0.35; published close together +0.05)")
  // Twins: a small toll (two dead are shared by chance), a day apart, or another sub-event type pay contained_place and the one-sided group as before.
  const two2 = { ...seven, fatality_claims: [claim(2)], fatalities: 2 }
  assert.equal(decide(town('t2d', { ...two2, actor1: 'Ambazonian Separatists (Cameroon)' }), region('r2d', two2), cfg).reasons.at(-1),
    "differences outweigh shared content: a place inside the other's area (North-West Region) 0.45 + a named actor on one side only 0.2 against shared content 0.2 (toll 2 in both (a small figure, often shared by chance) +0.15; published close together +0.05)")
  assert.equal(decide(town('t2e', seven), region('r2e', { ...seven, event_date: '2021-09-22' }), cfg).same, false)
  assert.equal(decide(town('t2f', { ...seven, event_type: 'Violence against civilians', sub_event_type: 'Attack' }), region('r2f', seven), cfg).reasons.at(-1),
    "differences outweigh shared content: close sub-event types (Attack, Armed clash) 0.5 + a place inside the other's area (North-West Region) 0.45 against shared content 0.4 (toll 7 in both +0.35; published close together +0.05)")
  // The town lies in another region: no containment, and the region is too far.
  assert.equal(decide(town('t3', { admin1: 'South-West' }), region('r3'), cfg).reasons.at(-1), 'places 171 km apart, limit 150')
  // A town coded at area level ("near Gao": a gazetteer town) is no administrative area, even when it shares the region's name.
  assert.equal(decide(town('t4'), region('r4', { location: 'North-West', geonameid: 77, geo_precision: 2 }), cfg).reasons.at(-1), 'places 171 km apart, limit 50')
  // Both coded to the area itself, at two precisions: two vague reports, not one inside the other.
  assert.equal(decide(region('r5', { geo_precision: 2, latitude: 6.5, longitude: 11.6 }), region('r6'), cfg).reasons.at(-1),
    'differences outweigh shared content: an area- or region-level place 0.5 against shared content 0.45 (toll 2 in both (a small figure, often shared by chance) +0.15; the same named actors +0.25; published close together +0.05)')
  // "Province of Northern Samar", an admin2 coded at area level, holds "Las Navas": the words that name the level are left out.
  const ph = (id: string, over: Partial<Parameters<typeof rec>[0]>) => town(id, { country: 'Philippines', iso: 'PH', actor1: 'NPA: New People\'s Army', actor2: 'Military Forces of the Philippines (2016-)',
    admin1: 'Eastern Visayas', admin2: 'Province of Northern Samar', latitude: 12.34, longitude: 125.03, ...over })
  assert.deepEqual(decide(ph('p1', { location: 'Las Navas', geonameid: 1707179 }), ph('p2', { location: 'Northern Samar Province', geonameid: null, geo_precision: 2, latitude: 12.4, longitude: 124.7 }), cfg).same, true)
})

test('a toll grown between reports whose sides agree because one names a group the other leaves unidentified is an update, not a conflict', () => {
  const src = (id: string, published: string) => [{ article_id: id, source: null, url: null, published }]
  const hurt = [{ value: 30, qualifier: 'exact' as const, claimant: null, group: null, span: [50, 52] as [number, number], measure: 'injured' }]
  const r = (id: string, toll: number, published: string, actor1: string, over: Partial<Parameters<typeof rec>[0]> = {}) => rec({ id, article_id: id, event_type: 'Violence against civilians', sub_event_type: 'Attack',
    actor1, actor2: 'Civilians (Sudan)', iso: 'SD', country: 'Sudan', location: 'Geneina', geo_precision: 1, geonameid: 379303, fatality_claims: [claim(toll)], fatalities: toll,
    sources: src(id, published), ...over })
  const gunmen = 'Unidentified Armed Group (Sudan)'
  // The update (0.2) and close publication pay the one-sided actor (0.2): one town, one day, the later toll higher.
  assert.equal(decide(r('u1', 12, '2023-05-23', gunmen), r('u2', 20, '2023-05-24', 'Rapid Support Forces'), cfg).reasons.at(-2),
    'differences paid by shared content: a named actor on one side only 0.2 against shared content 0.25 (toll grew from 12 to 20 in the later report +0.2; published close together +0.05)')
  // Published the same day, no update: nothing pays the group named by one report only.
  assert.equal(decide(r('u1', 12, '2023-05-23', gunmen), r('u2', 20, '2023-05-23', 'Rapid Support Forces'), cfg).reasons.at(-1),
    'differences outweigh shared content: a named actor on one side only 0.2 + other tolls (12 vs 20) 0.2 against shared content 0.05 (published close together +0.05)')
  assert.equal(decide(r('u3', 12, '2023-05-23', gunmen, { other_claims: hurt }), r('u4', 20, '2023-05-24', 'Rapid Support Forces', { other_claims: hurt }), cfg).reasons.at(-2),
    'differences paid by shared content: a named actor on one side only 0.2 against shared content 0.55 (toll grew from 12 to 20 in the later report +0.2; also 30 in both +0.3; published close together +0.05)')
  // Near twin: the later report gives fewer dead, a conflict that costs.
  assert.equal(decide(r('u5', 20, '2023-05-23', gunmen, { other_claims: hurt }), r('u6', 12, '2023-05-24', 'Rapid Support Forces', { other_claims: hurt }), cfg).reasons.at(-1),
    'differences outweigh shared content: a named actor on one side only 0.2 + other tolls (20 vs 12) 0.2 against shared content 0.35 (also 30 in both +0.3; published close together +0.05)')
})

test('a report coded to its whole country holds any place of that country: no distance limit, country_place costs 0.65', () => {
  const src = (id: string) => [{ article_id: id, source: null, url: null, published: '2021-06-16' }]
  const four = (id: string) => ({ fatality_claims: [claim(4)], fatalities: 4, sources: src(id) })
  const clash = { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Unidentified Armed Group (Syria)', actor2: 'Military Forces of Syria (2000-)' }
  const town = rec({ id: 't', article_id: 't', ...clash, ...four('t') })
  const country = (id: string, over: Partial<Parameters<typeof rec>[0]> = {}) => rec({ id, article_id: id, ...clash, ...four(id), location: 'Syria', admin1: '', admin2: '',
    latitude: 35, longitude: 38, geo_precision: 3, geonameid: null, ...over })
  // A toll, the named sides and close publication (0.65) pay; 260 km from the country's centre (limit 150) does not matter.
  assert.deepEqual(decide(town, country('c1'), cfg).reasons.slice(1, 2), ["one place inside the other's area (Syria, 55 km from its centre)"])
  assert.deepEqual(decide(country('c2', { latitude: 36.5, longitude: 41 }), town, cfg).reasons.at(-2),
    "differences paid by shared content: a place inside the other's country (Syria) 0.65 against shared content 0.65 (toll 4 in both +0.35; the same named actors +0.25; published close together +0.05)")
  // Near twin: the army named by the country-wide report only (a toll and close publication, 0.4) does not pay.
  assert.deepEqual(decide(country('c3', { actor2: 'Military Forces of Syria (2000-)', actor1: 'Hurras al-Din' }), { ...town, actor2: null }, cfg).reasons.at(-1),
    "differences outweigh shared content: a place inside the other's country (Syria) 0.65 + a named actor on one side only 0.2 against shared content 0.4 (toll 4 in both +0.35; published close together +0.05)")
  // Two country-wide reports are no place inside another.
  assert.equal(decide(country('c4'), country('c5'), cfg).reasons.some((x) => x.includes("other's country")), false)
})

test('both reports coded to a region, both articles naming one village and no other: one place, on one day only', () => {
  const region = (id: string, over: Partial<Parameters<typeof rec>[0]> = {}) => rec({ id, article_id: id, event_type: 'Violence against civilians', sub_event_type: 'Attack',
    actor1: 'Unidentified Armed Group (Syria)', location: 'Homs', admin2: '', geonameid: null, geo_precision: 3, fatality_claims: [claim(9)], fatalities: 9, ...over })
  const a = region('a')
  const b = region('b')
  const ctx = (x: string, y: string, ra = a, rb = b) => ({ a: writtenOf([x], ra, cfg), b: writtenOf([y], rb, cfg) })
  const one = decide(a, b, cfg, ctx('Gunmen killed nine villagers in Tell Safa, Homs province, on Monday.', 'Nine people were killed in an attack on Tell Safa village on 27 March.'))
  // No side named and an attack (a daily type): the identical coded fields need content, the toll pays.
  assert.deepEqual([one.same, one.reasons.at(-3), one.reasons.at(-2)], [true, 'both articles name one place finer than the coded ones (tell safa)',
    'differences paid by shared content: no named actor on either side, a daily type 0.25 against shared content 0.35 (toll 9 in both +0.35)'])
  // Without the articles the region costs (0.5) and the toll alone (0.35) does not pay it.
  assert.deepEqual(decide(a, b, cfg).reasons.at(-1), 'differences outweigh shared content: an area- or region-level place 0.5 against shared content 0.35 (toll 9 in both +0.35)')
  // Near twins: one article names a second village; a day apart (a village on a front line is hit day after day).
  assert.equal(decide(a, b, cfg, ctx('Gunmen killed nine villagers in Tell Safa, near Ain Jadida, on Monday.', 'Nine people were killed in Tell Safa on 27 March.')).reasons
    .some((x) => x.startsWith('both articles name one place')), false)
  const next = region('c', { event_date: '2016-03-28' })
  assert.deepEqual(decide(a, next, cfg, ctx('Gunmen killed nine villagers in Tell Safa on Monday.', 'Gunmen killed nine villagers in Tell Safa on Tuesday.', a, next)).reasons.at(-1),
    'differences outweigh shared content: 1 day(s) apart 0.4 + an area- or region-level place 0.5 against shared content 0.35 (toll 9 in both +0.35)')
  // A report coded to a town is told apart from the area around it by the coded precision, whatever the articles name.
  const town = region('d', { geo_precision: 1, location: 'Qusayr', geonameid: 7 })
  assert.equal(decide(town, a, cfg, ctx('Gunmen killed nine villagers in Tell Safa on Monday.', 'Nine people were killed in Tell Safa on 27 March.', town, a)).reasons
    .some((x) => x.startsWith('both articles name one place')), false)
})

test('a village both articles name joins a town-area report and a region-level one whose coded centres lie beyond the distance limit, on one day only', () => {
  const r = (id: string, over: Partial<Parameters<typeof rec>[0]>) => rec({ id, article_id: id, event_type: 'Violence against civilians', sub_event_type: 'Attack',
    admin1: 'Homs', admin2: '', geonameid: null, geo_precision: 2, fatality_claims: [claim(9)], fatalities: 9, ...over })
  const near = r('a', { location: 'Tadmur', latitude: 34.56, longitude: 38.27 })
  const region = r('b', { location: 'Homs', latitude: 34.73, longitude: 36.72 })
  const ctx = (x: string, y: string, rb = region) => ({ a: writtenOf([x], near, cfg), b: writtenOf([y], rb, cfg) })
  // Without the articles: too far apart, but the articles may name one village.
  assert.deepEqual([decide(near, region, cfg).reasons.at(-1), decide(near, region, cfg).wantsText], ['places 143 km apart, limit 50', true])
  const one = decide(near, region, cfg, ctx('Gunmen killed nine villagers in Tell Safa village near Tadmur on Monday.', 'Nine people were killed in Tell Safa, Homs, on 27 March.'))
  assert.deepEqual([one.same, one.reasons[1]], [true, 'coded places 143 km apart (limit 50), both articles name one place finer than the coded ones (tell safa)'])
  // Twins: other villages; a day apart (then the coded places decide, and the answer needs no article).
  assert.equal(decide(near, region, cfg, ctx('Gunmen killed nine villagers in Tell Safa village near Tadmur on Monday.', 'Nine people were killed in Ain Jadida, Homs, on 27 March.')).reasons.at(-1), 'places 143 km apart, limit 50')
  const later = { ...region, event_date: '2016-03-28' }
  assert.deepEqual([decide(near, later, cfg).reasons.at(-1), decide(near, later, cfg).wantsText], ['places 143 km apart, limit 50', undefined])
})

test("a battle's sides are compared as a set: the perpetrator of an attack that is a side of the other report's battle is no other perpetrator", () => {
  const four = { fatality_claims: [claim(17)], fatalities: 17 }
  const fight = rec({ id: 'f', article_id: 'f', event_type: 'Battles', sub_event_type: 'Armed clash', actor2: 'Hurras al-Din', ...four })
  const assault = rec({ id: 'g', article_id: 'g', event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'Hurras al-Din', actor2: 'Civilians (Syria)', ...four })
  const d = decide(fight, assault, cfg)
  // A raid told as a fight weighs as one event type in the score (0.7), its cost paid by the large toll.
  assert.deepEqual([d.same, d.reasons.at(-2), d.reasons.at(-1)], [true, 'differences paid by shared content: close sub-event types (Armed clash, Attack) 0.5 against shared content 0.65 (toll 17 in both (a large figure, rarely shared by chance) +0.65)',
    'score 0.895 ≥ threshold 0.7'])
  // Twin: the attack's perpetrator (on the army) is no side of the battle.
  assert.equal(decide(fight, { ...assault, actor1: 'Islamic State (Syria)', actor2: 'Military Forces of Syria (2000-)' }, cfg).reasons.at(-1), "the battle's sides differ (Hurras al-Din; Islamic State (Syria))")
  // Two attacks keep their roles: the perpetrator of one is the victim of the other.
  const other = rec({ id: 'h', article_id: 'h', event_type: 'Violence against civilians', sub_event_type: 'Attack', actor2: 'Hurras al-Din', ...four })
  assert.equal(decide(other, assault, cfg).reasons.at(-1), 'different named perpetrators (Military Forces of Syria (2000-), Hurras al-Din)')
})

test('a town named by one report and the area around it by the other costs area_place (0.4); two reports near one town pay the region cost', () => {
  const r = (id: string, over: Partial<Parameters<typeof rec>[0]> = {}) => rec({ id, article_id: id, event_type: 'Violence against civilians', sub_event_type: 'Attack',
    actor1: 'Unidentified Armed Group (Syria)', fatality_claims: [claim(9)], fatalities: 9, sources: [{ article_id: id, source: null, url: null, published: '2016-03-28' }], ...over })
  const around = r('a', { geo_precision: 2 })
  assert.deepEqual(decide(around, r('b'), cfg).reasons.at(-2),
    'differences paid by shared content: an area-level place around one town (Tadmur) 0.4 against shared content 0.4 (toll 9 in both +0.35; published close together +0.05)')
  // Twin: both only near the town (a front line has several incidents a day near one town).
  assert.deepEqual(decide(around, r('c', { geo_precision: 2 }), cfg).reasons.at(-1),
    'differences outweigh shared content: an area- or region-level place 0.5 against shared content 0.4 (toll 9 in both +0.35; published close together +0.05)')
})

test('one name at two precisions in one region (a town, the territory named after it), or for two areas ("near Djugu", "Djugu territory"), passes the distance limit; two names, or two towns of one name, do not', () => {
  const r = (id: string, over: Partial<Parameters<typeof rec>[0]>) => rec({ id, article_id: id, geonameid: null, location: 'Djugu', admin1: 'Ituri', ...over })
  const territory = r('t', { geo_precision: 2, latitude: 1.94, longitude: 30.04 })
  const town = r('u', { geo_precision: 1, latitude: 1.92, longitude: 30.5 })
  assert.equal(decide(territory, town, cfg).reasons[1], 'one name at two precisions (Djugu, 51 km between the coded centres)')
  assert.equal(decide(territory, { ...town, location: 'Bunia' }, cfg).reasons.at(-1), 'places 51 km apart, limit 50')
  // Both area-level: the area around the town and the territory, one name; the area still costs region_place (0.5).
  const near = decide(territory, { ...town, geo_precision: 2 }, cfg)
  assert.deepEqual([near.same, near.reasons[1], near.reasons.at(-1)], [false, 'one name for two areas (Djugu, 51 km between the coded centres)',
    'differences outweigh shared content: an area- or region-level place 0.5 against shared content 0.25 (the same named actors +0.25)'])
  // Twin: two towns of one name 51 km apart are two places.
  assert.equal(decide({ ...territory, geo_precision: 1 }, town, cfg).reasons.at(-1), 'places 51 km apart, limit 15')
})

test('a named unit and the word it was read from are one piece of shared content, not two', () => {
  const r = (id: string) => rec({ id, article_id: id, event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Syria)', actor2: null,
    assoc_actor_1: 'Journalists (Syria)', geo_precision: 2 })
  const ctx = (x: string, y: string) => ({ a: writtenOf([x], r('a'), cfg), b: writtenOf([y], r('b'), cfg) })
  assert.deepEqual(decide(r('a'), r('b'), cfg, ctx('Journalists protested in Tadmur on Sunday.', 'Journalists rallied near Tadmur on Sunday.')).reasons.at(-1),
    'differences outweigh shared content: an area- or region-level place 0.5 against shared content 0.25 (named unit journalists (syria) in both +0.25)')
  // A target written in both still counts beside the unit.
  assert.deepEqual(decide(r('a'), r('b'), cfg, ctx('Journalists protested at the airport in Tadmur on Sunday.', 'Journalists rallied at the airport near Tadmur on Sunday.')).reasons.at(-1),
    'differences outweigh shared content: an area- or region-level place 0.5 against shared content 0.35 (named unit journalists (syria) in both +0.25; both articles name airport +0.1)')
})

test('one day apart when an article says the incident happened at night costs night_day (0.15), not a day (0.4)', () => {
  const src = (id: string, published: string) => [{ article_id: id, source: null, url: null, published }]
  const r = (id: string, event_date: string) => rec({ id, article_id: id, event_date, fatality_claims: [claim(5)], fatalities: 5, sources: src(id, '2016-03-28') })
  const sat = r('n1', '2016-03-26')
  const sun = r('n2', '2016-03-27')
  const ctx = (x: string, y: string) => ({ a: writtenOf([x], sat, cfg), b: writtenOf([y], sun, cfg) })
  assert.deepEqual(decide(sat, sun, cfg, ctx('Jets struck Tadmur late on Saturday, killing five.', 'Jets struck Tadmur on Sunday, killing five.')).reasons.at(-2),
    'differences paid by shared content: 1 day apart, at night 0.15 against shared content 0.65 (toll 5 in both +0.35; the same named actors +0.25; published close together +0.05)')
  // Near twin: no word of the night, a full day's cost (here still paid by the toll and the sides); two days apart pay two days.
  assert.deepEqual(decide(sat, sun, cfg, ctx('Jets struck Tadmur on Saturday, killing five.', 'Jets struck Tadmur on Sunday, killing five.')).reasons.at(-2),
    'differences paid by shared content: 1 day(s) apart 0.4 against shared content 0.65 (toll 5 in both +0.35; the same named actors +0.25; published close together +0.05)')
  const mon = r('n3', '2016-03-28')
  assert.deepEqual(decide(sat, mon, cfg, { a: writtenOf(['Jets struck Tadmur overnight.'], sat, cfg), b: writtenOf(['Jets struck Tadmur overnight.'], mon, cfg) }).reasons.at(-1),
    'dates 2 days apart, window 1')
})

test('one force named at two depths (the force, a unit of it) is one actor; two forces of one country are not', () => {
  const clash = (id: string, actor2: string) => rec({ id, article_id: id, event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Unidentified Armed Group (Syria)', actor2 })
  const d = decide(clash('a', 'Police Forces of Syria (2000-)'), clash('b', 'Police Forces of Syria (2000-) Traffic Police'), cfg)
  assert.deepEqual([d.same, d.reasons[3]], [true, 'shared actors (Police Forces of Syria (2000-))'])
  assert.equal(decide(clash('c', 'Police Forces of Syria (2000-)'), clash('d', 'Military Forces of Syria (2000-)'), cfg).reasons.at(-1),
    'named actors differ')
  // A name that only begins like another is no unit of it.
  assert.equal(decide(clash('e', 'Police Forces of Syria (2000-)'), clash('f', 'Police Forces of Syria (2000-)X'), cfg).same, false)
})

test('no side named, a daily type, nothing else differs: identical coded fields need a shared figure or detail; not for rarer types or a massacre', () => {
  const shot = (id: string, over: Partial<Parameters<typeof rec>[0]> = {}) => rec({ id, article_id: id, event_type: 'Violence against civilians', sub_event_type: 'Attack',
    actor1: 'Unidentified Armed Group (Mexico)', actor2: 'Civilians (Mexico)', country: 'Mexico', iso: 'MX', admin1: 'Sinaloa', location: 'Culiacan', geonameid: 11, fatality_claims: [claim(1)], fatalities: 1, ...over })
  // One dead in each (a small figure, shared by chance): 0.15 does not pay 0.25.
  assert.deepEqual(decide(shot('a'), shot('b'), cfg).reasons.at(-1),
    'differences outweigh shared content: no named actor on either side, a daily type 0.25 against shared content 0.15 (toll 1 in both (a small figure, often shared by chance) +0.15)')
  // Six dead in each pays it.
  assert.equal(decide(shot('a', { fatality_claims: [claim(6)], fatalities: 6 }), shot('b', { fatality_claims: [claim(6)], fatalities: 6 }), cfg).same, true)
  // Thirty dead in one report: no daily incident, as before (identical coded fields, no cost).
  assert.equal(decide(shot('a', { fatality_claims: [claim(30)], fatalities: 30 }), shot('b'), cfg).reasons.some((x) => x.startsWith('differences')), false)
  // A suicide bombing is no daily type; a named perpetrator is a named side.
  const bomb = { sub_event_type: 'Suicide bomb', event_type: 'Explosions/Remote violence' }
  assert.equal(decide(shot('a', bomb), shot('b', bomb), cfg).same, true)
  assert.equal(decide(shot('a', { actor1: 'Sinaloa Cartel' }), shot('b', { actor1: 'Sinaloa Cartel' }), cfg).same, true)
  // The same group of marchers written in both, on one day, is a detail shared (0.1): not enough alone.
  const rally = (id: string) => shot(id, { event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Mexico)', actor2: null, fatality_claims: [], fatalities: 0 })
  const ctx = { a: writtenOf(['Teachers rallied in Culiacan on Monday.'], rally('a'), cfg), b: writtenOf(['Teachers marched in Culiacan on Monday.'], rally('b'), cfg) }
  assert.deepEqual(decide(rally('a'), rally('b'), cfg, ctx).reasons.at(-1),
    'differences outweigh shared content: no named actor on either side, a daily type 0.25 against shared content 0.1 (both articles name teachers +0.1)')
})

test('a place both articles name pays no day apart: a front-line village or a building protesters gather at is named again the next day', () => {
  const clash = (id: string, day: string) => rec({ id, article_id: id, event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Syria (2000-)',
    actor2: 'Hayat Tahrir al-Sham', event_date: day, sources: [{ article_id: id, source: 'X', url: null, published: day }] })
  const ctx = { a: writtenOf(['Troops and rebels fought for the Tell Hamra bridge near Tadmur on Monday.'], clash('a', '2016-03-27'), cfg),
    b: writtenOf(['Troops and rebels fought again for the Tell Hamra bridge near Tadmur on Tuesday.'], clash('b', '2016-03-28'), cfg) }
  assert.deepEqual(decide(clash('a', '2016-03-27'), clash('b', '2016-03-28'), cfg, ctx).reasons.at(-1),
    'differences outweigh shared content: 1 day(s) apart 0.4 against shared content 0.3 (the same named actors +0.25; published close together +0.05)')
})

test('a side the extractor guessed (no words for it in its article) named otherwise by the other report is left out at guessed_actor (0.1), not a veto', () => {
  // Two single-source records from the pipeline (evidence holds the trigger's span); one town, one day, three dead in each.
  const src = (id: string) => [{ article_id: id, source: null, url: null, published: '2016-03-28' }]
  const base = { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', fatality_claims: [claim(3)], fatalities: 3 }
  const written = rec({ id: 'w', article_id: 'w', ...base, actor1: 'Military Forces of Russia (2000-)', sources: src('w'), evidence: { event_type: [20, 28], actor1: [0, 7] } })
  const guess = rec({ id: 'g', article_id: 'g', ...base, actor1: 'Islamic State (Syria)', sources: src('g'), evidence: { event_type: [10, 18] } })
  assert.deepEqual(decide(written, guess, cfg).reasons.slice(-3), [
    'actors not named on both sides',
    'differences paid by shared content: a named actor on one side only 0.2 + a side guessed by one report, named otherwise by the other (Islamic State (Syria)) 0.1 against shared content 0.4 (toll 3 in both +0.35; published close together +0.05)',
    'score 0.925 ≥ threshold 0.7'])
  // Twin: the same side written in its article ("Islamic State fighters shelled …") contradicts: no merge.
  const said = { ...guess, evidence: { event_type: [10, 18] as [number, number], actor1: [0, 14] as [number, number] } }
  assert.deepEqual(decide(written, said, cfg).reasons.at(-1), 'named actors differ')
  // Twin: a record combined from two articles, or built by hand (no trigger span), keeps its side as written.
  const combined = { ...guess, sources: [...src('g'), ...src('h')] }
  assert.deepEqual(decide(written, combined, cfg).reasons.at(-1), 'named actors differ')
  assert.deepEqual(decide(written, { ...guess, evidence: { event_date: [0, 6] as [number, number] } }, cfg).reasons.at(-1), 'named actors differ')
  // A guess the other report shares stays and confirms; a generic guess ("Civilians") is no contradiction to leave out.
  const both = decide(written, { ...guess, actor1: 'Military Forces of Russia (2000-)' }, cfg)
  assert.deepEqual([both.same, both.reasons.at(-1)], [true, 'score 1 ≥ threshold 0.7'])
  assert.deepEqual(decide(written, { ...guess, actor1: 'Unidentified Armed Group (Syria)' }, cfg).reasons.at(-2),
    'differences paid by shared content: a named actor on one side only 0.2 against shared content 0.4 (toll 3 in both +0.35; published close together +0.05)')
  // Twin: the guess left out, nothing shared pays the rest (no toll in either): apart.
  const noToll = { fatality_claims: [], fatalities: 0 }
  assert.deepEqual(decide({ ...written, ...noToll }, { ...guess, ...noToll }, cfg).reasons.at(-1),
    'differences outweigh shared content: a named actor on one side only 0.2 + a side guessed by one report, named otherwise by the other (Islamic State (Syria)) 0.1 against shared content 0.05 (published close together +0.05)')
})

test('a guessed second side (the army for "three officers died") against a written one (the police): one incident when the rest is shared', () => {
  const src = (id: string) => [{ article_id: id, source: null, url: null, published: '2016-03-28' }]
  const base = { event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Islamic State (Syria)', fatality_claims: [claim(3)], fatalities: 3 }
  const police = rec({ id: 'p', article_id: 'p', ...base, actor2: 'Police Forces of Syria (2000-)', sources: src('p'), evidence: { event_type: [20, 28], actor1: [0, 7], actor2: [30, 36] } })
  const army = rec({ id: 'm', article_id: 'm', ...base, actor2: 'Military Forces of Syria (2000-)', sources: src('m'), evidence: { event_type: [10, 18], actor1: [0, 7] } })
  const d = decide(police, army, cfg)
  assert.deepEqual([d.same, d.reasons.at(-2)], [true,
    'differences paid by shared content: a side guessed by one report, named otherwise by the other (Military Forces of Syria (2000-)) 0.1 against shared content 0.4 (toll 3 in both +0.35; published close together +0.05)'])
  // Twin: "three soldiers died" names the army in words: police and army are two forces, two incidents.
  assert.deepEqual(decide(police, { ...army, evidence: { ...army.evidence, actor2: [40, 48] } }, cfg).reasons.at(-1),
    'different named second actors (Police Forces of Syria (2000-), Military Forces of Syria (2000-))')
})

test("a village of a district and the district's seat town named like it are one place at area_place (0.4); two towns of one district are not", () => {
  // Made-up district "Qaryatayn" of Homs, its seat town of that name, and a village of the district 20 km away.
  const r = (id: string, over: Partial<Parameters<typeof rec>[0]>) => rec({ id, article_id: id, event_type: 'Violence against civilians', sub_event_type: 'Attack',
    actor1: 'Unidentified Armed Group (Syria)', actor2: 'Civilians (Syria)', admin1: 'Homs', admin2: 'Qaryatayn District', geo_precision: 1, fatality_claims: [claim(7)], fatalities: 7,
    sources: [{ article_id: id, source: null, url: null, published: '2016-03-28' }], ...over })
  const village = r('v', { location: 'Tell Safa', geonameid: 11, latitude: 34.30, longitude: 37.30 })
  const seat = r('s', { location: 'Qaryatayn', geonameid: 12, latitude: 34.23, longitude: 37.24 })
  const ctx = (x: string, y: string, ra = village, rb = seat) => ({ a: writtenOf([x], ra, cfg), b: writtenOf([y], rb, cfg) })
  const one = decide(village, seat, cfg, ctx('Gunmen killed seven villagers in Tell Safa village in Qaryatayn district on Sunday.', 'Gunmen killed seven people in Qaryatayn on 27 March.'))
  assert.deepEqual([one.same, one.reasons[1], one.reasons.at(-2)], [true, "one place in the district named after the other's town (Qaryatayn, 10 km apart)",
    "differences paid by shared content: a place in the district named after the other's town (Qaryatayn) 0.4 against shared content 0.4 (toll 7 in both +0.35; published close together +0.05)"])
  // Twins: other tolls (two incidents); a second town of the district that is not its seat; the seat in another district.
  const other = decide(village, { ...seat, fatality_claims: [claim(3)], fatalities: 3 }, cfg, ctx('Gunmen killed seven villagers in Tell Safa on Sunday.', 'Gunmen killed three people in Qaryatayn on Sunday.'))
  assert.deepEqual(other.reasons.at(-1), "a place in the district named after the other's town (Qaryatayn) and no toll in both")
  // Twin: no toll in either (a riot in the city, one in a village of its district), whatever else is shared.
  const riot = { event_type: 'Riots', sub_event_type: 'Violent demonstration', actor1: 'Rioters (Syria)', actor2: 'Police Forces of Syria (2000-)', fatality_claims: [], fatalities: 0 }
  assert.deepEqual(decide({ ...village, ...riot }, { ...seat, ...riot }, cfg).reasons.at(-1), "a place in the district named after the other's town (Qaryatayn) and no toll in both")
  const town = { ...seat, location: 'Mahin', geonameid: 13 }
  const apart = 'not the same place: distinct incidents of one day happen in neighbouring towns'
  assert.deepEqual(decide(village, town, cfg).reasons.at(-1), apart)
  // Twin: the village unknown to the gazetteer (no geonameid): no seat rule.
  assert.deepEqual(decide({ ...village, geonameid: null }, seat, cfg).reasons.at(-1), apart)
  assert.deepEqual(decide(village, { ...seat, admin2: 'Tadmur District' }, cfg).reasons.at(-1), apart)
})

test("a report the gazetteer placed nowhere whose article writes the other's town (one edit apart) is at that town; a region or another name is not", () => {
  const base = { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack', fatality_claims: [claim(3)], fatalities: 3 }
  const town = rec({ id: 't', article_id: 't', ...base, location: 'Kafr Aldin', geonameid: 21, admin1: 'Idlib', admin2: '' })
  const nowhere = rec({ id: 'n', article_id: 'n', ...base, actor1: 'Unidentified Armed Group (Syria)', iso: '', country: '', admin1: '', admin2: '', location: '', latitude: null, longitude: null, geo_precision: 3, geonameid: null })
  const ctx = (x: string, y: string, rb = nowhere) => ({ a: writtenOf([x], town, cfg), b: writtenOf([y], rb, cfg) })
  assert.deepEqual([decide(town, nowhere, cfg).reasons.at(-1), decide(town, nowhere, cfg).wantsText], ['places cannot be compared', true])
  const one = decide(town, nowhere, cfg, ctx('Government forces shelled Kafr Aldin on Sunday, killing three civilians.', 'Three civilians died when artillery hit Kafr Aldeen on 27 March.'))
  assert.deepEqual([one.same, one.reasons[1]], [true, "the unplaced report's article names the other's town (Kafr Aldin)"])
  // Twins: the unplaced article writes another village; the placed report is only a region; the unplaced one has a country.
  assert.deepEqual(decide(town, nowhere, cfg, ctx('Government forces shelled Kafr Aldin on Sunday.', 'Artillery hit Tell Rimah on 27 March.')).reasons.at(-1), 'places cannot be compared')
  const region = { ...town, location: 'Idlib', geonameid: null, geo_precision: 3 }
  assert.deepEqual(decide(region, nowhere, cfg, { a: writtenOf(['Shelling hit Idlib province.'], region, cfg), b: writtenOf(['Artillery hit a village in Idlib.'], nowhere, cfg) }).reasons.at(-1), 'places cannot be compared')
  const abroad = { ...nowhere, iso: 'TR', country: 'Turkey' }
  assert.deepEqual(decide(town, abroad, cfg, ctx('Government forces shelled Kafr Aldin on Sunday.', 'Artillery hit Kafr Aldin on 27 March.', abroad)).reasons.at(-1), 'countries differ (SY, TR)')
})

test('a faith before a building ("a Catholic church") names no place: one church named by its faith and by its saint is no conflict', () => {
  const w = (text: string) => writtenOf([text], a, cfg)
  assert.deepEqual(w('Gunmen attacked a Catholic church in Tadmur on Sunday.').places, ['tadmur'])
  assert.deepEqual(w('Gunmen attacked St Elias church in Tadmur on Sunday.').places, ['st elias', 'tadmur'])
  // Twin: two churches named by their saints are two places.
  const r = (id: string) => rec({ id, article_id: id, event_type: 'Violence against civilians', sub_event_type: 'Attack', actor1: 'Unidentified Armed Group (Syria)', fatality_claims: [claim(40)], fatalities: 40 })
  const [x, y] = [r('x'), r('y')]
  const pair = (p: string, q: string) => decide(x, y, cfg, { a: writtenOf([p], x, cfg), b: writtenOf([q], y, cfg) })
  assert.equal(pair('Gunmen attacked a Catholic church in Tadmur on Sunday, killing 40.', 'Attackers stormed St Elias church in Tadmur on Sunday; 40 died.').same, true)
  assert.deepEqual(pair('Gunmen attacked St George church in Tadmur on Sunday, killing 40.', 'Attackers stormed St Elias church in Tadmur on Sunday; 40 died.').reasons.at(-1),
    'the reports name other places (st george, tadmur; st elias, tadmur)')
})

test('a bomb told as a suicide bombing by one outlet and a car bombing by the other costs 0.15; the shared toll pays it, the sides alone do not', () => {
  const t = (id: string, sub_event_type: string, over: Partial<Parameters<typeof rec>[0]> = {}) =>
    rec({ id, article_id: id, event_type: 'Explosions/Remote violence', sub_event_type, actor2: 'Civilians (Syria)', ...over })
  const eight = { fatality_claims: [claim(8)], fatalities: 8 }
  assert.deepEqual(decide(t('s1', 'Suicide bomb', eight), t('s2', 'Remote explosive/landmine/IED', eight), cfg).reasons.at(-2),
    'differences paid by shared content: close sub-event types (Suicide bomb, Remote explosive/landmine/IED) 0.15 against shared content 0.6 (toll 8 in both +0.35; the same named actors +0.25)')
  assert.equal(decide(t('s3', 'Suicide bomb', { actor2: 'Civilians (Iraq)' }), t('s4', 'Remote explosive/landmine/IED', { actor2: 'Civilians (Iraq)', actor1: 'Islamic State (Iraq)' }), cfg).same, false)
})

test("two battles' sides have no order: gunmen against the army and the army against a group cross at crossed_sides (0.45); two named sides that differ do not", () => {
  const clash = (n: number) => ({ event_type: 'Battles', sub_event_type: 'Armed clash', fatality_claims: [claim(n)], fatalities: n })
  // "Gunmen fired on soldiers" (gunmen, army) and "soldiers clashed with Hurras al-Din fighters" (army, group).
  const gunmen = rec({ id: 'c1', article_id: 'c1', ...clash(12), actor1: 'Unidentified Armed Group (Syria)', actor2: 'Military Forces of Syria (2000-)' })
  const group = rec({ id: 'c2', article_id: 'c2', ...clash(12), actor1: 'Military Forces of Syria (2000-)', actor2: 'Hurras al-Din' })
  const d = decide(gunmen, group, cfg)
  assert.deepEqual([d.same, d.reasons.at(-2), d.reasons.at(-1)], [true,
    'differences paid by shared content: battle sides crossed, a group named by one report only 0.45 against shared content 0.65 (toll 12 in both (a large figure, rarely shared by chance) +0.65)', 'score 0.97 ≥ threshold 0.7'])
  // Twin: a toll of six shared does not pay the crossing (two fights of one town and day share such a toll by chance).
  const six = decide({ ...gunmen, ...clash(6) }, { ...group, ...clash(6) }, cfg)
  assert.deepEqual([six.same, six.reasons.at(-1)], [false, 'differences outweigh shared content: battle sides crossed, a group named by one report only 0.45 against shared content 0.35 (toll 6 in both +0.35)'])
  // Twin: two named groups on the other side, (army, Hurras al-Din) and (Hayat Tahrir al-Sham, army), are two battles.
  const other = rec({ id: 'c3', article_id: 'c3', ...clash(12), actor1: 'Hayat Tahrir al-Sham', actor2: 'Military Forces of Syria (2000-)' })
  assert.equal(decide(other, group, cfg).reasons.at(-1), 'different named perpetrators (Hayat Tahrir al-Sham, Military Forces of Syria (2000-))')
  // Twin: an attack keeps its roles, the gunmen's victims are not the army's.
  const attack = { event_type: 'Violence against civilians', sub_event_type: 'Attack' }
  assert.equal(decide({ ...gunmen, ...attack }, { ...group, ...attack }, cfg).reasons.at(-1), 'different named second actors (Military Forces of Syria (2000-), Hurras al-Din)')
})

test('a strike one outlet tells with missiles and the other with "missiles and drones" costs told_both (0.1); two passages each naming one weapon pay the close-type cost (0.35)', () => {
  const t = (id: string, sub_event_type: string) => rec({ id, article_id: id, sub_event_type, actor1: 'Military Forces of Russia (2000-)', actor2: null,
    sources: [{ article_id: id, source: null, url: null, published: '2016-03-28' }] })
  const [x, y] = [t('m1', 'Shelling/artillery/missile attack'), t('m2', 'Air/drone strike')]
  const pair = (p: string, q: string) => decide(x, y, cfg, { a: writtenOf([p], x, cfg), b: writtenOf([q], y, cfg) })
  assert.equal(pair('A Russian missile struck a fuel depot in Tadmur on Sunday, starting a fire.', 'Russia said it fired missiles and drones at a depot in Tadmur on 27 March.').reasons.at(-2),
    'differences paid by shared content: close sub-event types, one article naming both weapons (Shelling/artillery/missile attack, Air/drone strike) 0.1 against shared content 0.3 (the same named actors +0.25; published close together +0.05)')
  // Twin: each passage names its own weapon only, the missile telling neither (an aircraft fires missiles too): the close-type cost, unpaid.
  assert.equal(pair('A Russian missile struck a fuel depot in Tadmur on Sunday, starting a fire.', 'Russian drones hit a depot in Tadmur on 27 March.').reasons.at(-1),
    'differences outweigh shared content: close sub-event types (Shelling/artillery/missile attack, Air/drone strike) 0.35 against shared content 0.3 (the same named actors +0.25; published close together +0.05)')
  // Without the articles the pair pays the close-type cost too.
  assert.equal(decide(x, y, cfg).same, false)
})

test('two passages each naming a weapon only their own sub-event type fires ("shelling", "a drone") name two strikes, whatever they share; a missile tells neither', () => {
  const three = { fatality_claims: [claim(3)], fatalities: 3 }
  const t = (id: string, sub_event_type: string) => rec({ id, article_id: id, sub_event_type, actor1: 'Military Forces of Russia (2000-)', ...three,
    sources: [{ article_id: id, source: null, url: null, published: '2016-03-28' }] })
  const [x, y] = [t('w1', 'Shelling/artillery/missile attack'), t('w2', 'Air/drone strike')]
  const pair = (p: string, q: string) => decide(x, y, cfg, { a: writtenOf([p], x, cfg), b: writtenOf([q], y, cfg) })
  assert.deepEqual([pair('Russian shelling killed three civilians in Tadmur on Sunday.', 'A Russian drone struck a market in Tadmur on Sunday, killing three civilians.').reasons.at(-1)],
    ['the articles name other weapons (Shelling/artillery/missile attack; Air/drone strike)'])
  // Twins: a missile on one side (either sort fires it) leaves the close-type cost, which the shared toll pays; so does an article naming no weapon.
  assert.equal(pair('A Russian missile killed three civilians in Tadmur on Sunday.', 'A Russian drone struck a market in Tadmur on Sunday, killing three civilians.').same, true)
  assert.equal(pair('Russian forces killed three civilians in Tadmur on Sunday.', 'A Russian drone struck a market in Tadmur on Sunday, killing three civilians.').same, true)
})

test('a base stormed (a clash) and overrun (territory taken) by one outlet each costs 0.3: a shared toll or the named sides with close publication pay it, not a day apart too', () => {
  const b = (id: string, sub_event_type: string, over: Partial<Parameters<typeof rec>[0]> = {}) => rec({ id, article_id: id, event_type: 'Battles', sub_event_type,
    actor1: 'Hayat Tahrir al-Sham', actor2: 'Military Forces of Syria (2000-)', sources: [{ article_id: id, source: null, url: null, published: '2016-03-28' }], ...over })
  const five = { fatality_claims: [claim(5)], fatalities: 5 }
  assert.equal(decide(b('o1', 'Armed clash', five), b('o2', 'Non-state actor overtakes territory', five), cfg).reasons.at(-2),
    'differences paid by shared content: close sub-event types (Armed clash, Non-state actor overtakes territory) 0.3 against shared content 0.65 (toll 5 in both +0.35; the same named actors +0.25; published close together +0.05)')
  // Twins: the named sides and close publication alone (0.3) pay it on one day; not a day apart as well (0.3 + 0.4); a type of another family never merges.
  assert.equal(decide(b('o3', 'Armed clash'), b('o4', 'Non-state actor overtakes territory'), cfg).same, true)
  assert.equal(decide(b('o3', 'Armed clash'), b('o4', 'Non-state actor overtakes territory', { event_date: '2016-03-28' }), cfg).reasons.at(-1),
    'differences outweigh shared content: 1 day(s) apart 0.4 + close sub-event types (Armed clash, Non-state actor overtakes territory) 0.3 against shared content 0.3 (the same named actors +0.25; published close together +0.05)')
  assert.equal(decide(b('o5', 'Armed clash', five), b('o6', 'Headquarters or base established', { event_type: 'Strategic developments' }), cfg).reasons.at(-1),
    'types incompatible (Battles, Strategic developments)')
})

test('"near Port-au-Prince" (the seat town at area level) and a town of the arrondissement of Port-au-Prince: the seat rule, with a toll in both; another arrondissement is not', () => {
  const r = (id: string, over: Partial<Parameters<typeof rec>[0]>) => rec({ id, article_id: id, event_type: 'Battles', sub_event_type: 'Armed clash', country: 'Haiti', iso: 'HT',
    actor1: 'Unidentified Gang (Haiti)', actor2: 'Police Forces of Haiti (2021-)', admin1: 'Ouest', admin2: 'Arrondissement de Port-au-Prince', fatality_claims: [claim(2)], fatalities: 2,
    sources: [{ article_id: id, source: null, url: null, published: '2024-03-27' }], event_date: '2024-03-26', ...over })
  const suburb = r('p1', { location: 'Pétionville', geonameid: 3719028, latitude: 18.513, longitude: -72.285, geo_precision: 1 })
  const near = r('p2', { location: 'Port-au-Prince', geonameid: 3718426, latitude: 18.544, longitude: -72.339, geo_precision: 2 })
  const d = decide(suburb, near, cfg)
  assert.deepEqual([d.same, d.reasons[1], d.reasons.at(-2)], [true, "one place in the district named after the other's town (Port-au-Prince, 7 km apart)",
    "differences paid by shared content: a place in the district named after the other's town (Port-au-Prince) 0.4 against shared content 0.45 (toll 2 in both (a small figure, often shared by chance) +0.15; the same named actors +0.25; published close together +0.05)"])
  // Twins: no toll in both; the town in another arrondissement (the other-named-place veto holds).
  assert.equal(decide({ ...suburb, fatality_claims: [], fatalities: 0 }, { ...near, fatality_claims: [], fatalities: 0 }, cfg).reasons.at(-1), "a place in the district named after the other's town (Port-au-Prince) and no toll in both")
  assert.equal(decide({ ...suburb, admin2: 'Arrondissement de Croix-des-Bouquets' }, near, cfg).reasons.at(-1), 'other named places (Pétionville, Port-au-Prince)')
})
