/**
 * @module merge/pairs: a labelled set of report pairs, generated (seeded) from incidents we make up, to measure the merge rule.
 *
 * One region (a dozen made-up towns, some a few km apart) over one fortnight. An incident is what ACLED
 * would code as one event: a day, a town, a sub-event type and a pair of actors. A report of it is the
 * record an extractor would give, with the noise extraction has: a date a day off or only known to the
 * week, the town or only its region, a neighbouring sub-event type, an actor left generic or missing,
 * another toll. Pairs are two reports of one incident (label same) or of two incidents that are near
 * misses (same town and day, other actors or type; same town and type a day or two apart; a town next door).
 *
 * What the set cannot show (measured by measure.ts `resolvable`): two in five incidents have no toll and the content
 * is sparse, so about three in ten of the same-incident pairs differ in a coded field, share no figure, claimant or unit, and
 * look exactly like a near miss of the set (300 of 1,000; 371 harsh, since identical reports naming no side need a shared figure); noise can also make two distinct incidents' reports
 * identical (the 5 false merges). Tolls are moved at random, not grown with the publication lag as real updates are,
 * and reports carry no text, so the written places, targets and groups the store reads are not exercised here
 * (merge/stories.ts measures those through the pipeline).
 */
import type { EventRecord } from '../schema/record.js'
import { rec } from '../store/fixtures.js'

export interface Incident { key: string; day: string; town: number; sub: string; type: string; disorder: string; actor1: string; actor2: string | null; fatalities: number }
/**
 * What the articles about an incident say beyond the coded fields: who gave the toll, a second figure
 * (how many of the dead were children, how many were hurt), a named unit beside the perpetrator.
 * Drawn from a stream of its own (seeded by the incident key) so that the coded pairs stay the ones measured before.
 */
export interface Content { claimant: string; children: number; injured: number; unit: string | null }
export interface LabelledPair { a: EventRecord; b: EventRecord; same: boolean; kind: string }

/** mulberry32: the same set on every run. */
export function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Made-up towns: [name, geonameid, lat, lon]; 0–1, 4–5 and 8–9 lie 3–6 km apart.
const TOWNS: [string, number, number, number][] = [
  ['Kafr Aldin', 900001, 35.80, 36.60], ['Kafr Aldin Tahta', 900002, 35.83, 36.62], ['Tell Rimah', 900003, 35.95, 36.40],
  ['Ain Sabil', 900004, 35.60, 36.75], ['Maarat Hamra', 900005, 35.65, 36.68], ['Maarat Sughra', 900006, 35.68, 36.71],
  ['Jisr Qadim', 900007, 35.82, 36.32], ['Saraqib Jadid', 900008, 35.86, 36.80], ['Binnish Gharbi', 900009, 35.95, 36.71],
  ['Binnish Sharqi', 900010, 35.96, 36.76], ['Hazano', 900011, 36.07, 36.64], ['Kurin', 900012, 35.73, 36.52],
]
const REGION = { lat: 35.9, lon: 36.6 }

// Sub-event types with their type and disorder, and the actors that carry them out.
const KINDS: { sub: string; type: string; disorder: string; actors1: string[]; actors2: (string | null)[] }[] = [
  { sub: 'Shelling/artillery/missile attack', type: 'Explosions/Remote violence', disorder: 'Political violence', actors1: ['Military Forces of Syria (2000-)', 'Hayat Tahrir al-Sham'], actors2: [null, 'Civilians (Syria)'] },
  { sub: 'Air/drone strike', type: 'Explosions/Remote violence', disorder: 'Political violence', actors1: ['Military Forces of Russia (2000-)', 'Military Forces of Syria (2000-)'], actors2: [null, 'Civilians (Syria)', 'Hayat Tahrir al-Sham'] },
  { sub: 'Armed clash', type: 'Battles', disorder: 'Political violence', actors1: ['Military Forces of Syria (2000-)', 'Hayat Tahrir al-Sham', 'National Liberation Front'], actors2: ['Hayat Tahrir al-Sham', 'Military Forces of Syria (2000-)', 'Hurras al-Din'] },
  { sub: 'Remote explosive/landmine/IED', type: 'Explosions/Remote violence', disorder: 'Political violence', actors1: ['Unidentified Armed Group (Syria)'], actors2: ['Civilians (Syria)', 'Hayat Tahrir al-Sham'] },
  { sub: 'Attack', type: 'Violence against civilians', disorder: 'Political violence', actors1: ['Unidentified Armed Group (Syria)', 'Hayat Tahrir al-Sham'], actors2: ['Civilians (Syria)'] },
  { sub: 'Peaceful protest', type: 'Protests', disorder: 'Demonstrations', actors1: ['Protesters (Syria)'], actors2: [null] },
  { sub: 'Abduction/forced disappearance', type: 'Violence against civilians', disorder: 'Political violence', actors1: ['Hayat Tahrir al-Sham', 'Unidentified Armed Group (Syria)'], actors2: ['Civilians (Syria)'] },
]
// Who gives tolls: a monitor most often, so two incidents often share a claimant by chance.
const CLAIMANTS = ['the monitor', 'the monitor', 'the monitor', 'civil defence', 'activists', 'state media', 'a medical source', 'local sources']
// Named units beside a perpetrator (assoc_actor_1): few per group, so incidents of one group often share one.
const UNITS: Record<string, string[]> = {
  'Military Forces of Syria (2000-)': ['Tiger Forces', '4th Armoured Division'],
  'Hayat Tahrir al-Sham': ['Red Bands', 'Abu Bakr Brigade'],
  'Military Forces of Russia (2000-)': ['Wagner Group'],
  'National Liberation Front': ['Faylaq al-Sham', 'Ahrar al-Sham'],
}
const OUTLETS = ['Outlet A', 'Outlet B', 'Outlet C', 'Outlet D', 'Outlet E']

/** A seed from a string (FNV-1a), for the content streams. */
const seedOf = (s: string): number => { let h = 2166136261; for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619); return h >>> 0 }

/** The content of incident `i`: the same on every run, independent of the coded fields' stream. */
export function contentOf(i: Incident): Content {
  const r = prng(seedOf('content|' + i.key))
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
  const claimant = pick(CLAIMANTS)
  const children = i.fatalities >= 3 && r() < 0.35 ? 1 + Math.floor(r() * Math.min(5, i.fatalities - 1)) : 0
  const injured = i.disorder === 'Political violence' && r() < 0.45 ? 1 + Math.floor(r() * r() * 40) : 0
  const units = UNITS[i.actor1] ?? []
  const unit = units.length && r() < 0.3 ? pick(units) : null
  return { claimant, children, injured, unit }
}

// Neighbouring sub-event types an extractor confuses, within one type family.
const CONFUSED: Record<string, string> = {
  'Shelling/artillery/missile attack': 'Air/drone strike', 'Air/drone strike': 'Shelling/artillery/missile attack',
  'Armed clash': 'Attack', 'Attack': 'Armed clash', 'Remote explosive/landmine/IED': 'Shelling/artillery/missile attack',
  'Peaceful protest': 'Protest with intervention', 'Abduction/forced disappearance': 'Attack',
}
const TYPE_OF: Record<string, [string, string]> = {
  'Protest with intervention': ['Protests', 'Demonstrations'],
  ...Object.fromEntries(KINDS.map((k) => [k.sub, [k.type, k.disorder]])),
}

const DAY0 = Date.UTC(2019, 4, 1)
const dayOf = (n: number): string => new Date(DAY0 + n * 86_400_000).toISOString().slice(0, 10)
const shift = (day: string, n: number): string => new Date(Date.parse(day + 'T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10)

/** `count` distinct incidents (no two share day, town, sub-event type and perpetrator; a clash also its other side). */
export function incidents(count: number, rand: () => number): Incident[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const out: Incident[] = []
  const keys = new Set<string>()
  while (out.length < count) {
    const k = pick(KINDS)
    const actor1 = pick(k.actors1)
    const actor2 = pick(k.actors2.filter((x) => x !== actor1))
    const i: Omit<Incident, 'key'> = { day: dayOf(Math.floor(rand() * 14)), town: Math.floor(rand() * TOWNS.length), sub: k.sub, type: k.type, disorder: k.disorder,
      actor1, actor2: actor2 ?? null, fatalities: rand() < 0.4 ? 0 : 1 + Math.floor(rand() * rand() * 30) }
    // What ACLED codes apart: a day, a town, a sub-event type, a perpetrator (and both sides of a clash).
    const key = [i.day, i.town, i.sub, i.actor1, i.sub === 'Armed clash' ? i.actor2 : ''].join('|')
    if (keys.has(key)) continue
    keys.add(key)
    out.push({ key, ...i })
  }
  return out
}

/** How often a report departs from its incident, per kind of departure. */
export interface Noise { dayOff: number; weekOnly: number; subConfused: number; actor1Generic: number; actor2Missing: number; regionOnly: number; noGeonameid: number; tollOff: number }
/** Two outlets read by one extractor: what we take as typical. */
export const TYPICAL: Noise = { dayOff: 0.05, weekOnly: 0.03, subConfused: 0.08, actor1Generic: 0.12, actor2Missing: 0.08, regionOnly: 0.06, noGeonameid: 0.08, tollOff: 0.4 }
/** A harsher reading, to show how the figures fall when extraction is worse. */
export const HARSH: Noise = { dayOff: 0.08, weekOnly: 0.03, subConfused: 0.12, actor1Generic: 0.2, actor2Missing: 0.1, regionOnly: 0.1, noGeonameid: 0.1, tollOff: 0.4 }

/** One report of an incident, as an extractor would give it, with the noise rates of `noise`. */
export function report(i: Incident, id: string, rand: () => number, noise: Noise = TYPICAL): EventRecord {
  const town = TOWNS[i.town]
  let day = i.day
  let timePrecision = 1
  const d = rand()
  if (d < noise.dayOff) day = shift(day, rand() < 0.5 ? -1 : 1)          // "yesterday" read against another publication day
  else if (d < noise.dayOff + noise.weekOnly) timePrecision = 2          // only "this week"
  let sub = i.sub
  const t = rand()
  if (t < noise.subConfused) sub = CONFUSED[sub]                               // a neighbouring sub-event type
  let actor1: string | null = i.actor1
  let actor2: string | null = i.actor2
  const a = rand()
  if (a < noise.actor1Generic) actor1 = 'Unidentified Armed Group (Syria)'        // the perpetrator not named
  else if (a < noise.actor1Generic + noise.actor2Missing) actor2 = null                                 // the victim side missing
  const place = rand()
  const regional = place < noise.regionOnly                                    // only the region is known
  const named = !regional && place < noise.regionOnly + noise.noGeonameid                       // the town by name, no gazetteer id
  const [type, disorder] = TYPE_OF[sub]
  const fatalities = i.fatalities === 0 || rand() >= noise.tollOff ? i.fatalities : Math.max(0, i.fatalities + Math.floor((rand() - 0.3) * 6))
  // Content, from the report's own stream: each figure and name is given by some reports and not others, the
  // claimant differs between outlets, a second figure is sometimes rounded or updated.
  const c = contentOf(i)
  const r = prng(seedOf('report|' + id))
  const claims: EventRecord['fatality_claims'] = []
  const claimant = r() < 0.55 ? c.claimant : r() < 0.5 ? CLAIMANTS[Math.floor(r() * CLAIMANTS.length)] : null
  if (fatalities > 0) claims.push({ value: fatalities, qualifier: 'exact', claimant, group: null, span: [40, 42] })
  if (c.children && fatalities > 0 && r() < 0.5) claims.push({ value: c.children, qualifier: 'exact', claimant, group: 'children', span: [60, 61] })
  const other: EventRecord['other_claims'] = []
  if (c.injured && r() < 0.5) other.push({ value: r() < 0.25 ? c.injured + 1 + Math.floor(r() * 5) : c.injured, qualifier: 'exact', claimant: null, group: null, span: [80, 82], measure: 'injured' })
  const assoc1 = c.unit && actor1 === i.actor1 && r() < 0.6 ? c.unit : ''
  const lag = r() < 0.6 ? 0 : r() < 0.85 ? 1 : 2                                // published the same day, the next, or later
  const published = shift(i.day, lag)
  const where = regional ? 'Idlib' : town[0]
  const notes = `${actor1 ?? 'An unidentified actor'} ${sub.toLowerCase()}${actor2 ? ` against ${actor2}` : ''} in ${where} (Idlib).${fatalities ? ` ${fatalities} fatalities.` : ''}`
  return rec({
    id, article_id: `art-${id}`, assoc_actor_1: assoc1, other_claims: other, notes,
    sources: [{ article_id: `art-${id}`, source: OUTLETS[Math.floor(r() * OUTLETS.length)], url: null, published }], event_date: day, time_precision: timePrecision, sub_event_type: sub, event_type: type, disorder_type: disorder,
    actor1, actor2, inter1: 1, inter2: actor2 ? 2 : 0, country: 'Syria', iso: 'SY', admin1: 'Idlib', admin2: regional ? '' : 'Idlib',
    location: regional ? 'Idlib' : town[0], latitude: regional ? REGION.lat : town[2], longitude: regional ? REGION.lon : town[3],
    geo_precision: regional ? 3 : 1, geonameid: regional || named ? null : town[1],
    fatalities, fatalities_low: fatalities, fatalities_high: fatalities, fatality_claims: claims,
  })
}

/** `n` pairs of each label: same-incident pairs, and near misses of four kinds in equal shares. */
export function labelledPairs(n: number, seed = 7, noise: Noise = TYPICAL): LabelledPair[] {
  const rand = prng(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  const pool = incidents(1500, rand)
  const out: LabelledPair[] = []
  for (let k = 0; k < n; k++) {
    const i = pick(pool)
    out.push({ a: report(i, `s${k}a`, rand, noise), b: report(i, `s${k}b`, rand, noise), same: true, kind: 'same incident' })
  }
  const near: [string, (x: Incident, y: Incident) => boolean][] = [
    ['same town and day, other actors or type', (x, y) => x.town === y.town && x.day === y.day],
    ['same town, type and actors, 1–2 days apart', (x, y) => x.town === y.town && x.sub === y.sub && x.actor1 === y.actor1 && x.day !== y.day &&
      Math.abs(Date.parse(x.day) - Date.parse(y.day)) <= 2 * 86_400_000],
    ['neighbouring town, same day and type', (x, y) => x.town !== y.town && x.day === y.day && x.sub === y.sub && Math.abs(TOWNS[x.town][2] - TOWNS[y.town][2]) < 0.06 && Math.abs(TOWNS[x.town][3] - TOWNS[y.town][3]) < 0.06],
    ['same day and type in the region', (x, y) => x.day === y.day && x.sub === y.sub && x.town !== y.town],
  ]
  for (let k = 0; k < n; k++) {
    const [kind, test] = near[k % near.length]
    let x: Incident, y: Incident
    do { x = pick(pool); y = pick(pool) } while (x === y || !test(x, y))
    out.push({ a: report(x, `d${k}a`, rand, noise), b: report(y, `d${k}b`, rand, noise), same: false, kind })
  }
  return out
}

export { TOWNS }
