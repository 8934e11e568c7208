/** @module merge/match: are two reports the same event? A scored decision that says why. */
import type { EventRecord } from '../schema/record.js'
import type { MergeConfig } from './config.js'
import { typePair } from './config.js'
import { bare, mentions, normName, placeConflict, sameFinerPlaces, samePlaceName, samePlaces, sameSpelling } from './details.js'
import type { Written } from './details.js'

export interface Decision {
  same: boolean
  score: number             // 0–1, weighted; 0 when a hard limit fails
  reasons: string[]         // one short phrase per part, in order: date, place, type, actors
  /** Decided without the articles, and what they write could change it (veto a merge, or name one place for two): read them and decide again. */
  wantsText?: boolean
}

type Precision = 1 | 2 | 3
const coarser = (a: number, b: number): Precision => Math.min(3, Math.max(1, a, b)) as Precision

export function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a + 'T00:00:00Z') - Date.parse(b + 'T00:00:00Z')) / 86_400_000
}

export function kmApart(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLon = (lon2 - lon1) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** The widest window any pair can have: the store uses it to fetch candidates by date. */
export const maxDateWindow = (cfg: MergeConfig): number => Math.max(...Object.values(cfg.dateWindow))
export const maxDistanceKm = (cfg: MergeConfig): number => Math.max(...Object.values(cfg.distanceKm))

const no = (reasons: string[], why: string): Decision => ({ same: false, score: 0, reasons: [...reasons, why] })

const values = (cs: EventRecord['fatality_claims']): Set<number> => new Set(cs.map((c) => c.value).filter((v): v is number => v !== null && v > 0))
const norm = (s: string | null | undefined): string => (s ?? '').trim().toLowerCase()

/**
 * What two reports' own content shares, scored with the weights of data/merge.yaml `evidence`: a death toll
 * (a figure among the fatality claims of both), the same claimant for it, a second figure (a victim group's
 * count, the injured), named associated actors, all named actors, publication dates close together.
 * A contradiction: both give tolls and none is shared.
 */
export function evidence(a: EventRecord, b: EventRecord, cfg: MergeConfig, allNamedShared: boolean, ctx?: Context, sidesAgree = allNamedShared, onePlace = false, oneDay = true): { score: number; parts: string[]; contradiction: string | null } {
  const w = cfg.evidence
  const parts: string[] = []
  let score = 0
  const add = (v: number, why: string) => { score += v; parts.push(`${why} +${v}`) }
  const ta = tollsOf(a)
  const tb = tollsOf(b)
  const sharedTolls = [...ta].filter((v) => tb.has(v)).sort((p, q) => q - p)
  let contradiction: string | null = null
  if (sharedTolls.length) {
    const top = sharedTolls[0]
    // Two incidents share a toll by chance less often the larger it is.
    if (top <= w.smallTollMax) add(w.smallToll, `toll ${top} in both (a small figure, often shared by chance)`)
    else if (top >= w.largeTollMin) add(w.largeToll, `toll ${top} in both (a large figure, rarely shared by chance)`)
    else add(w.toll, `toll ${top} in both`)
    const by = (r: EventRecord, v: number) => new Set(r.fatality_claims.filter((c) => c.value === v && c.claimant).map((c) => norm(c.claimant)))
    const ca = by(a, sharedTolls[0])
    const claimant = [...by(b, sharedTolls[0])].find((n) => ca.has(n))
    if (claimant) add(w.claimant, `claimed by ${claimant} in both`)
  } else if (ta.size && tb.size) {
    // Outlets round and update tolls: figures within close_toll_ratio of each other neither confirm nor contradict.
    const close = [...ta].some((p) => [...tb].some((q) => Math.abs(p - q) <= w.closeTollRatio * Math.max(p, q)))
    // A toll that grew between reports of one day and sides that agree ("three killed", next day "five killed"): the same
    // named sides, or a side named by one report only ("gunmen" first, the group once it is known). The later report's
    // highest figure above the earlier's, at most grown_toll_max_ratio times it. An update, not a conflict.
    const grown = grew(a, b, ta, tb, sidesAgree, w.grownTollMaxRatio, onePlace)
    if (grown) add(w.grownToll, `toll grew from ${grown[0]} to ${grown[1]} in the later report`)
    else if (!close) contradiction = `other tolls (${[...ta].join('/')} vs ${[...tb].join('/')})`
  }
  const second = sharedTolls.slice(1).concat([...values(a.other_claims)].filter((v) => values(b.other_claims).has(v)))
  if (second.length) add(w.secondFigure, `also ${second[0]} in both`)
  const assoc = (r: EventRecord) => new Set([r.assoc_actor_1, r.assoc_actor_2].flatMap((s) => s.split(';')).map(norm).filter(Boolean))
  const xa = assoc(a)
  const unit = [...assoc(b)].find((n) => xa.has(n))
  if (unit) add(w.assocActor, `named unit ${unit} in both`)
  if (allNamedShared) add(w.namedActors, 'the same named actors')
  // Not again when the written place already made the place exact (`onePlace`), nor when each side also names a finer
  // place the other does not ("Manzingi village near Beni", "Mamove village near Beni": two villages by one town).
  const unmatched = (x: Written, y: Written) => x.finer.some((p) => !y.places.some((q) => samePlaceName(p, q)))
  // Only on one day (or a night one outlet dates by the morning after): a place on a front line, a building protesters
  // gather at, is named again the next day of another incident.
  const place = onePlace || !oneDay || (ctx && unmatched(ctx.a, ctx.b) && unmatched(ctx.b, ctx.a)) ? undefined : ctx?.a.finer.find((p) => ctx.b.finer.some((q) => samePlaceName(p, q)))
  if (place) add(w.writtenPlace, `both articles name ${place}`)
  // The same target, group of marchers or demand written in both, on one day (a market; teachers; salaries): one thing of the incident shared.
  // Not the group of marchers again when a named unit already paid for it ("journalists" is both the unit Journalists and the people).
  const detail = ctx && oneDay && (['targets', 'people', 'causes'] as const).filter((k) => !(unit && k === 'people')).map((k) => ctx.a[k].find((x) => ctx.b[k].includes(x))).find(Boolean)
  if (detail) add(w.writtenDetail, `both articles name ${detail}`)
  const pa = a.sources.map((s) => s.published).filter((p): p is string => !!p)
  const pb = b.sources.map((s) => s.published).filter((p): p is string => !!p)
  if (pa.length && pb.length && Math.min(...pa.flatMap((p) => pb.map((q) => daysApart(p.slice(0, 10), q.slice(0, 10))))) <= w.publishedWithinDays) {
    add(w.published, 'published close together')
  }
  return { score: Math.round(score * 1000) / 1000, parts, contradiction }
}

/** The deaths a report counts: its claims' figures, or its fatalities when it has no claim. */
const tollsOf = (r: EventRecord): Set<number> => { const v = values(r.fatality_claims); if (!v.size && r.fatalities > 0) v.add(r.fatalities); return v }
/** Both reports count deaths and share a figure. */
const sharesToll = (a: EventRecord, b: EventRecord): boolean => { const tb = tollsOf(b); return [...tollsOf(a)].some((v) => tb.has(v)) }

/** The first publication date of a report's sources (YYYY-MM-DD), or null. */
const firstPublished = (r: EventRecord): string | null => r.sources.map((s) => s.published?.slice(0, 10)).filter((p): p is string => !!p).sort()[0] ?? null

/**
 * [earlier toll, later toll] when the report published later gives a higher top figure than the one published earlier,
 * at most `maxRatio` times it, for one day, one place below the region and the same named sides; null otherwise (published the same day, or the later lower).
 * `writtenPlace`: both articles name one village the gazetteer did not know (the coded places are regions): that is one place too.
 */
export function grew(a: EventRecord, b: EventRecord, ta: Set<number>, tb: Set<number>, sameSides: boolean, maxRatio: number, writtenPlace = false): [number, number] | null {
  const pa = firstPublished(a)
  const pb = firstPublished(b)
  // One place: a region-level report is vaguer than the place of an incident.
  if (!sameSides || !pa || !pb || pa === pb || a.event_date !== b.event_date || (!writtenPlace && Math.max(a.geo_precision, b.geo_precision) > 2)) return null
  const [early, late] = pa < pb ? [ta, tb] : [tb, ta]
  const e = Math.max(...early)
  const l = Math.max(...late)
  return l > e && l <= maxRatio * e ? [e, l] : null
}

/**
 * One actor named at two depths: a force and a unit of it ("Police Forces of Mexico (2018-)" and "Police Forces of Mexico
 * (2018-) State Police"), one outlet naming the unit and the other the force. Not two forces of one country (police, army).
 */
export const sameActor = (p: string | null, q: string | null): boolean => p === q || (!!p && !!q && (p.startsWith(q + ' ') || q.startsWith(p + ' ')))

function actorsOf(r: EventRecord, cfg: MergeConfig): { named: Set<string>; any: boolean } {
  const names = [r.actor1, r.actor2].filter((n): n is string => !!n)
  const named = names.filter((n) => !cfg.genericPrefixes.some((p) => n.startsWith(p)))
  return { named: new Set(named), any: names.length > 0 }
}

/**
 * A side the extractor supplied with no words for it: a record from the pipeline (evidence has the trigger's span) with
 * one source, an actor and no evidence span for it ("a missile struck the city" given to the front line's other side,
 * "three officers died" given to the army). A side of a record combined from several articles, or of a record built by
 * hand, counts as written: its evidence need not be the actor's own.
 */
export const guessed = (r: EventRecord, role: 'actor1' | 'actor2'): boolean =>
  !!r[role] && r.sources.length <= 1 && r.evidence.event_type !== undefined && r.evidence[role] === undefined

/**
 * The two reports with each guessed named side (a generic one neither confirms nor contradicts anyway) left out where the other report names another actor in that role (and not the
 * guessed one as either side), and what was left out: a guess contradicts no side the other article writes. A guessed side both share stays and confirms as before.
 */
export function unguessed(a: EventRecord, b: EventRecord, cfg: MergeConfig): { a: EventRecord; b: EventRecord; dropped: string[] } {
  const dropped: string[] = []
  const named = (n: string | null) => !!n && !cfg.genericPrefixes.some((p) => n.startsWith(p))
  const drop = (r: EventRecord, o: EventRecord): EventRecord => {
    let out = r
    for (const role of ['actor1', 'actor2'] as const) {
      if (!guessed(r, role) || !named(r[role]) || !named(o[role]) || sameActor(r[role], o.actor1) || sameActor(r[role], o.actor2)) continue
      dropped.push(r[role]!)
      out = { ...out, [role]: null }
    }
    return out
  }
  return { a: drop(a, b), b: drop(b, a), dropped }
}

/** An administrative name without the words that say its level ("Cabo Delgado Province", "Province of Northern Samar", "Kherson oblast"): data/merge.yaml `admin_words`. */
const adminName = (s: string, cfg: MergeConfig): string => normName(s).split(' ').filter((w) => !cfg.adminWords.has(w)).join(' ')

/**
 * The report `c` is coded to an administrative area (a province, a district: its location is its own admin1 or admin2 and
 * no town of the gazetteer) at a coarser geo_precision than `f`, and `f`'s place lies in that area (`f`'s admin1 or
 * admin2 is it). "Bamenda" and "the North-West region", "Macomia district" and "Cabo Delgado province": one report
 * vaguer than the other, not two places. null when not; otherwise the area's name.
 */
export function containedIn(c: EventRecord, f: EventRecord, cfg: MergeConfig): string | null {
  if (c.geo_precision <= f.geo_precision || c.geo_precision < 2 || !c.location || (c.geonameid !== null && c.geo_precision < 3)) return null
  const area = adminName(c.location, cfg)
  // f names a place inside the area, not the area itself at another precision.
  if (!area || area === adminName(f.location, cfg) || (area !== adminName(c.admin1, cfg) && area !== adminName(c.admin2, cfg))) return null
  if (c.admin1 && f.admin1 && adminName(c.admin1, cfg) !== adminName(f.admin1, cfg)) return null
  return area === adminName(f.admin1, cfg) || area === adminName(f.admin2, cfg) ? c.location : null
}

/**
 * `c` is coded to a gazetteer town (precision 1), or only near or around it (precision 2: "near Port-au-Prince"), whose name is the district `f`'s gazetteer village lies in (`f`'s admin2, "Faskari" for a village
 * of Faskari local government area), in one region and one district: an outlet naming the district by its town. null when
 * not; otherwise the town's name. Not two towns of one district, nor the seat against itself.
 */
export function seatOf(c: EventRecord, f: EventRecord, cfg: MergeConfig): string | null {
  if (c.geo_precision > 2 || f.geo_precision !== 1 || !c.admin1 || c.admin1 !== f.admin1 || c.geonameid === null || f.geonameid === null || c.geonameid === f.geonameid) return null
  const district = adminName(f.admin2, cfg)
  if (!district || adminName(c.admin2, cfg) !== district || normName(c.location) !== district || normName(f.location) === district) return null
  return c.location
}

/**
 * The report `c` is coded to its whole country (the gazetteer knew neither village nor district: "near the border with
 * Niger", "in Dantewada district") and `f` to a place in that country: `c` is the vaguer of the two, not another place.
 * null when not; otherwise the country's name.
 */
export function countryWide(c: EventRecord, f: EventRecord): string | null {
  if (c.geo_precision < 3 || !c.iso || c.iso !== f.iso || c.admin1 || !c.location || normName(c.location) !== normName(c.country)) return null
  return f.admin1 || normName(f.location) !== normName(f.country) ? c.location : null
}

/**
 * `r` has no place at all (no coordinates, location or country) and its article writes the name of `o`'s town (`o` coded to
 * a town, precision 1), word for word, each word one edit apart at most. A region or a country named is no such place.
 */
export function unplacedNames(r: EventRecord, o: EventRecord, w: Written): boolean {
  if (r.latitude !== null || r.location !== '' || r.iso !== '' || o.geo_precision !== 1 || o.location === '') return false
  return mentions(w, normName(o.location))
}

/** The passages of `w` name a weapon of sub-event type `sub` (data/merge.yaml type_words: "drones" of an air or drone strike). */
export function tellsOf(w: Written, sub: string, cfg: MergeConfig): boolean {
  const phrases = cfg.typeWords.get(sub) ?? []
  return phrases.some((p) => w.words.some((_, i) => p.every((x, k) => w.words[i + k] === x)))
}

/** The passages of `w` name a weapon of `own` that is not one of shared_weapon_words, and no weapon of `other`. */
export function ownWeapon(w: Written, own: string, other: string, cfg: MergeConfig): boolean {
  const only = { ...cfg, typeWords: new Map([[own, (cfg.typeWords.get(own) ?? []).filter((p) => !cfg.sharedWeaponWords.has(p.join(' ')))]]) }
  return tellsOf(w, own, only) && !tellsOf(w, other, cfg)
}

/** What the two sides' articles say in writing (merge/details.ts): the store gives it, the coded fields are decided without. */
export interface Context { a: Written; b: Written }

export function decide(a: EventRecord, b: EventRecord, cfg: MergeConfig, ctx?: Context): Decision {
  const reasons: string[] = []
  if (!a.event_date || !b.event_date) return no(reasons, 'a date is unknown')
  if (a.iso && b.iso && a.iso !== b.iso) return no(reasons, `countries differ (${a.iso}, ${b.iso})`)
  // Date: inside a window that widens with the coarser time precision.
  const window = cfg.dateWindow[coarser(a.time_precision, b.time_precision)]
  const days = daysApart(a.event_date, b.event_date)
  if (days > window) return no(reasons, `dates ${days} days apart, window ${window}`)
  const date = window === 0 ? 1 : 1 - days / (window + 1)
  reasons.push(`dates ${days} day(s) apart (window ${window})`)
  // Place: inside a distance that widens with the coarser geo precision.
  const limit = cfg.distanceKm[coarser(a.geo_precision, b.geo_precision)]
  let place: number
  let byWriting = false
  const inArea = containedIn(a, b, cfg) ?? containedIn(b, a, cfg)
  const seat = inArea ? null : seatOf(a, b, cfg) ?? seatOf(b, a, cfg)
  let inSeat = false
  const inCountry = inArea ? null : countryWide(a, b) ?? countryWide(b, a)
  const area = inArea ?? inCountry
  if (a.geonameid !== null && a.geonameid === b.geonameid) {
    place = 1
    reasons.push(`same place (${a.location})`)
  } else if (a.latitude !== null && a.longitude !== null && b.latitude !== null && b.longitude !== null) {
    const km = kmApart(a.latitude, a.longitude, b.latitude, b.longitude)
    if (seat && km <= cfg.distanceKm[2]) {
      // A village of a district and the district's seat town, named like it ("Kadisau village in Faskari local government
      // area", "in Faskari"): one report names the district by its town, as the other's admin2 says.
      place = Math.max(0.5, 1 - km / (cfg.distanceKm[2] + 1))
      inSeat = true
      reasons.push(`one place in the district named after the other's town (${seat}, ${Math.round(km)} km apart)`)
    } else if (area) {
      // A province's centre can lie far from a town inside it: the area holds the place whatever the distance.
      place = Math.max(0.5, 1 - km / (limit + 1))
      reasons.push(`one place inside the other's area (${area}, ${Math.round(km)} km from its centre)`)
    } else if (km > limit && km <= cfg.distanceKm[3] && (a.geo_precision !== b.geo_precision || Math.min(a.geo_precision, b.geo_precision) >= 2) && normName(a.location) === normName(b.location) && a.location !== '' && a.admin1 === b.admin1) {
      // One name at two precisions in one region: a town and the territory or district named after it ("Djugu" and
      // "Djugu territory"), whose centre may lie beyond the town's distance limit. So are "near Djugu" and "Djugu territory",
      // both area-level: two areas of one name, coded at the town and at the territory's seat.
      place = 0.5
      reasons.push(`${a.geo_precision !== b.geo_precision ? 'one name at two precisions' : 'one name for two areas'} (${a.location}, ${Math.round(km)} km between the coded centres)`)
    } else if (km > limit) {
      // Both reports area- or region-level in one region on one day, and both articles name one finer place and no other
      // (a village the gazetteer did not know, coded once to the town near it, once to the region): the coded centres are
      // not the place, the village is. Decided with the articles only.
      const oneVillage = a.admin1 !== '' && a.admin1 === b.admin1 && days === 0 && Math.min(a.geo_precision, b.geo_precision) >= 2
      const far = no(reasons, `places ${Math.round(km)} km apart, limit ${limit}`)
      if (!oneVillage) return far
      if (!ctx) return { ...far, wantsText: true }
      if (!sameFinerPlaces(ctx.a, ctx.b)) return far
      place = 0.5
      reasons.push(`coded places ${Math.round(km)} km apart (limit ${limit}), both articles name one place finer than the coded ones (${ctx.a.finer.join(', ')})`)
    } else if (a.geo_precision === 2 && b.geo_precision === 2 && km > cfg.areaApartKm && normName(a.location) !== normName(b.location)) {
      // Both reports only near a town, two towns more than area_apart_km apart (data/merge.yaml): on a front line the same two
      // sides fight near several positions a day ("in the area of" one mine and of another). One place only when both articles
      // name one finer place, spelled alike, on one day; a shared head word ("Shakhta" of two mines) is not that.
      const far = no(reasons, `area-level places near two towns ${Math.round(km)} km apart (limit ${cfg.areaApartKm} for two areas)`)
      if (!ctx) return { ...far, wantsText: true }
      if (days !== 0 || !sameFinerPlaces(ctx.a, ctx.b)) return far
      place = 0.5
      reasons.push(`area-level places near two towns ${Math.round(km)} km apart, both articles name one place finer than the coded ones (${ctx.a.finer.join(', ')})`)
    } else {
      place = 1 - km / (limit + 1)
      reasons.push(`places ${Math.round(km)} km apart (limit ${limit})`)
    }
  } else if (a.location && a.location.toLowerCase() === b.location.toLowerCase()) {
    place = 0.9
    reasons.push(`same location name (${a.location})`)
  } else if (area) {
    place = 0.5
    reasons.push(`one place inside the other's area (${area})`)
  } else if (a.admin1 && a.admin1 === b.admin1) {
    place = 0.4
    reasons.push(`same region only (${a.admin1})`)
  } else if (ctx && samePlaces(ctx.a, ctx.b)) {
    // The gazetteer placed neither report on the map, but both articles name the same place and no other.
    place = 0.9
    byWriting = true
    reasons.push(`the articles name the same place (${ctx.a.places.join(', ')})`)
  } else if (ctx && (unplacedNames(a, b, ctx.a) || unplacedNames(b, a, ctx.b))) {
    // One report the gazetteer placed nowhere (a spelling it did not know: "Kansafra" for Kansafrah), its article writing
    // the other's town: that town, as the articles write it.
    place = 0.9
    byWriting = true
    reasons.push(`the unplaced report's article names the other's town (${unplacedNames(a, b, ctx.a) ? b.location : a.location})`)
  } else {
    return { ...no(reasons, 'places cannot be compared'), ...(ctx ? {} : { wantsText: true }) }
  }
  const samePlace = place >= cfg.strict.samePlaceScore
  // Type: same sub-event type, same type, or the same family of types.
  let type: number
  const sameSub = a.sub_event_type === b.sub_event_type
  if (sameSub) { type = 1; reasons.push(`same sub-event type (${a.sub_event_type})`) }
  else if (a.event_type === b.event_type) { type = 0.7; reasons.push(`same event type (${a.event_type})`) }
  else {
    const fa = cfg.familyOf.get(a.event_type)
    if (!fa || fa !== cfg.familyOf.get(b.event_type)) return no(reasons, `types incompatible (${a.event_type}, ${b.event_type})`)
    // A pair two outlets plausibly code differently for one incident (data/merge.yaml close_types: a raid told as a fight)
    // weighs as one event type; what the difference costs is paid by shared content below.
    type = cfg.closeTypes.has(typePair(a.sub_event_type, b.sub_event_type)) ? 0.7 : 0.4
    reasons.push(`related types (${a.event_type}, ${b.event_type})`)
  }
  // Actors: named actors must overlap; generic or missing ones neither confirm nor contradict. A side the extractor
  // supplied with no words for it (guessed) that the other report does not share is left out, and costs guessed_actor.
  const { a: sa, b: sb, dropped } = unguessed(a, b, cfg)
  const x = actorsOf(sa, cfg)
  const y = actorsOf(sb, cfg)
  let actors: number
  const shared = [...x.named].filter((n) => [...y.named].some((m) => sameActor(n, m)))
  if (x.named.size && y.named.size) {
    if (!shared.length) return no(reasons, 'named actors differ')
    actors = shared.length === Math.max(x.named.size, y.named.size) ? 1 : 0.8
    reasons.push(`shared actors (${shared.join(', ')})`)
  } else {
    actors = 0.5
    reasons.push('actors not named on both sides')
  }
  // Conservative gates, measured on src/merge/pairs.ts (node dist/src/merge/measure.js): a false merge removes an
  // event from every count, a missed one leaves a duplicate a reviewer can merge. Distinct incidents of one region
  // and fortnight differ in one thing only (a day, a town next door, the actors, the type): each difference between
  // the two reports costs, and only what the reports themselves share (figures, claimants, named units) pays for it.
  // Only two towns are an exact place. An area ('near X') or a region named by both is not: a front line has
  // several incidents a day near one town, a region many in a fortnight (measured on distinct ACLED incidents).
  const regional = Math.max(a.geo_precision, b.geo_precision) >= 2
  // Both reports coded to an area, a region or the country, and both articles name one place finer than that and no other
  // (a village the gazetteer did not know): the articles place both reports exactly. Not when a report is coded to a town:
  // "in Ariha" and "outside Ariha" are a town and the area around it, told apart by the coded precision. Only on one day:
  // a village on a front line is shelled day after day (distinct ACLED incidents of Donetsk, 1 day apart, merged 9 of 300).
  const writtenSame = !!ctx && !byWriting && days === 0 && Math.min(a.geo_precision, b.geo_precision) >= 2 && sameFinerPlaces(ctx.a, ctx.b)
  if (writtenSame) reasons.push(`both articles name one place finer than the coded ones (${ctx!.a.finer.join(', ')})`)
  const exactPlace = byWriting || writtenSame || (a.geo_precision === 1 && b.geo_precision === 1 && ((a.geonameid !== null && a.geonameid === b.geonameid)
    || (a.location !== '' && a.location.toLowerCase() === b.location.toLowerCase()) || place >= cfg.strict.samePlaceScore))
  // Two towns whose articles each name the other's ("Sadr City" and "Baghdad's Sadr City"): one place told two ways.
  const names = (r: EventRecord, w: Written) => r.location !== '' && w.named.some((p) => sameSpelling(p, bare(normName(r.location), cfg.writtenPlaces.links)))
  const bridged = !!ctx && !exactPlace && a.geo_precision === 1 && b.geo_precision === 1 && names(a, ctx.b) && names(b, ctx.a)
  if (bridged) reasons.push(`each article names the other's place (${a.location}, ${b.location})`)
  if (!exactPlace && !regional && !bridged && !inSeat) return { ...no(reasons, 'not the same place: distinct incidents of one day happen in neighbouring towns'), ...(ctx ? {} : { wantsText: true }) }
  // Two named places below the region, neither the other: "near Village A" and "near Village B" are two incidents even
  // when both are area-level (a front line has one a day near each village). Only a region-level report is vaguer than a town's.
  const named = (r: EventRecord) => r.geo_precision <= 2 && r.location !== '' && normName(r.location) !== normName(r.admin1)
  if (!bridged && !area && !inSeat && named(a) && named(b) && !(a.geonameid !== null && a.geonameid === b.geonameid) && !samePlaceName(normName(a.location), normName(b.location))) {
    return no(reasons, `other named places (${a.location}, ${b.location})`)
  }
  const sameCoded = (a.geonameid !== null && a.geonameid === b.geonameid) || (a.location !== '' && normName(a.location) === normName(b.location))
  const conflict = ctx ? placeConflict(ctx.a, ctx.b, sameCoded || bridged || !!area || inSeat) : null
  if (conflict) return no(reasons, conflict)
  // Two sub-event types told apart by their weapons, each passage naming its own and none of the other's ("Houthi shelling
  // killed three", "a Houthi drone struck a market"): the articles name two strikes, not one told two ways. Words either
  // sort fires (data/merge.yaml shared_weapon_words: an aircraft's missile) tell neither.
  if (ctx && !sameSub && cfg.toldBoth.has(typePair(a.sub_event_type, b.sub_event_type)) && ownWeapon(ctx.a, a.sub_event_type, b.sub_event_type, cfg) && ownWeapon(ctx.b, b.sub_event_type, a.sub_event_type, cfg)) {
    return no(reasons, `the articles name other weapons (${a.sub_event_type}; ${b.sub_event_type})`)
  }
  const named1 = (r: EventRecord) => (r.actor1 && !cfg.genericPrefixes.some((p) => r.actor1!.startsWith(p)) ? r.actor1 : null)
  const named2 = (r: EventRecord) => (r.actor2 && !cfg.genericPrefixes.some((p) => r.actor2!.startsWith(p)) ? r.actor2 : null)
  // Two battles: a battle's sides have no order. "Gunmen fired on soldiers" (gunmen, army) and "soldiers clashed with the
  // cartel" (army, cartel) cross: the shared named side faces an unnamed one, which fits any group. Two named sides that
  // differ ((army, group A) and (group B, army)) still do not fit.
  const fits = (p: string | null, q: string | null): boolean => !p || !q || cfg.genericPrefixes.some((g) => p.startsWith(g) || q.startsWith(g)) || sameActor(p, q)
  const exactSwap = sameActor(sa.actor1, sb.actor2) && sameActor(sa.actor2, sb.actor1)
  const crossed = !exactSwap && a.event_type === 'Battles' && b.event_type === 'Battles' && shared.length > 0 && fits(sa.actor1, sb.actor2) && fits(sa.actor2, sb.actor1)
    && !(fits(sa.actor1, sb.actor1) && fits(sa.actor2, sb.actor2))
  const swapped = exactSwap || crossed
  if (!swapped && (a.event_type === 'Battles') !== (b.event_type === 'Battles')) {
    // A battle has two sides and no perpetrator: the order of its actors says nothing. One outlet tells a fight between
    // the army and a group, the other the group's assault on a place the army held ("fighting around the hospital",
    // "stormed the hospital"): the sides are compared as sets. Two reports each naming a side the other lacks differ.
    // Two battles keep comparing side by side (or swapped): the army against a group and the army against gunmen.
    const outside = (r: EventRecord, o: EventRecord) => [named1(r), named2(r)].filter((p): p is string => !!p && !sameActor(p, o.actor1) && !sameActor(p, o.actor2))
    const [ea, eb] = [outside(sa, sb), outside(sb, sa)]
    if (ea.length && eb.length) return no(reasons, `the battle's sides differ (${ea.join(', ')}; ${eb.join(', ')})`)
    const byRole = (named1(sa) && named1(sb) && !sameActor(named1(sa), named1(sb))) || (named2(sa) && named2(sb) && !sameActor(named2(sa), named2(sb)))
    if (byRole) reasons.push(`the perpetrator of one is a side of the other's battle (${a.event_type === 'Battles' ? sb.actor1 : sa.actor1})`)
  } else {
    if (named1(sa) && named1(sb) && !sameActor(named1(sa), named1(sb)) && !swapped) return no(reasons, `different named perpetrators (${sa.actor1}, ${sb.actor1})`)
    if (named2(sa) && named2(sb) && !sameActor(named2(sa), named2(sb)) && !swapped) return no(reasons, `different named second actors (${sa.actor2}, ${sb.actor2})`)
  }
  const allNamedShared = shared.length > 0 && shared.length === Math.max(x.named.size, y.named.size)
  const oneSided = !shared.length && (x.named.size > 0 || y.named.size > 0)
  const c = cfg.costs
  const costs: [string, number][] = []
  // One day apart and an article says it happened at night ("overnight", "late on Saturday"): one outlet dates it by the
  // evening, the other by the morning after.
  if (days === 1 && ctx && (ctx.a.night || ctx.b.night)) costs.push(['1 day apart, at night', c.nightDay])
  else if (days > 0) costs.push([`${days} day(s) apart`, c.day * days])
  if (!sameSub) {
    // A pair two outlets plausibly code differently for one incident (data/merge.yaml close_types) costs what the table says.
    const key = typePair(a.sub_event_type, b.sub_event_type)
    const close = cfg.closeTypes.get(key)
    // One outlet's own passage names the weapon of the other's sub-event type too ("the Houthis fired missiles and drones"):
    // which of the two an outlet codes is its choice, not another strike (data/merge.yaml close_types told_both).
    const both = cfg.toldBoth.get(key)
    const told = both !== undefined && !!ctx && (tellsOf(ctx.a, b.sub_event_type, cfg) || tellsOf(ctx.b, a.sub_event_type, cfg))
    if (told) costs.push([`close sub-event types, one article naming both weapons (${a.sub_event_type}, ${b.sub_event_type})`, both!])
    else if (close !== undefined) costs.push([`close sub-event types (${a.sub_event_type}, ${b.sub_event_type})`, close])
    else costs.push([a.event_type === b.event_type ? 'other sub-event type' : 'other event type', a.event_type === b.event_type ? c.sub : c.type])
  }
  // One place as the articles write it (writtenSame) costs nothing, whatever the coded precision.
  // A province-level report and a town in it on one day, of one sub-event type, both giving one toll above small_toll_max:
  // the outlet that did not know the town often did not know the group either ("Boko Haram killed four civilians in Mozogo",
  // "four civilians were killed by jihadists in the Far North region"). One vagueness, not two: contained_toll (data/merge.yaml)
  // instead of contained_place, and no one_sided_actor on top.
  const tollOfOne = !!inArea && !inCountry && days === 0 && sameSub && [...tollsOf(a)].some((v) => v > cfg.evidence.smallTollMax && tollsOf(b).has(v))
  if (inCountry && !writtenSame) costs.push([`a place inside the other's country (${inCountry})`, c.countryPlace])
  else if (area && !writtenSame && tollOfOne) costs.push([`a place inside the other's area, one toll of ${cfg.evidence.smallTollMax + 1} or more in both on one day (${area})`, c.containedToll])
  else if (area && !writtenSame) costs.push([`a place inside the other's area (${area})`, c.containedPlace])
  else if (inSeat) {
    // Two gazetteer places some km apart are one only when a death toll both give says so: a district named after a city
    // holds many incidents a day (distinct ACLED riots of Surat and Vadodara districts and their cities merged on the named sides alone).
    if (!sharesToll(a, b)) return no(reasons, `a place in the district named after the other's town (${seat}) and no toll in both`)
    costs.push([`a place in the district named after the other's town (${seat})`, c.areaPlace])
  }
  else if (regional && !exactPlace && sameCoded && Math.max(a.geo_precision, b.geo_precision) === 2 && Math.min(a.geo_precision, b.geo_precision) === 1 && normName(a.location) !== normName(a.admin1)) {
    // One town named by both, one or both placing it only near or around that town ("outskirts of Idlib", "Kauru local
    // government area" and "in Kauru"): vaguer than one town, narrower than a region.
    costs.push([`an area-level place around one town (${a.location})`, c.areaPlace])
  } else if (regional && !exactPlace) costs.push(['an area- or region-level place', c.region])
  if (oneSided && !tollOfOne) costs.push(['a named actor on one side only', c.oneSidedActor])
  // Crossed battle sides hang on an unnamed side taken for the other's named group (data/merge.yaml crossed_sides).
  else if (crossed) costs.push(['battle sides crossed, a group named by one report only', c.crossedSides])
  if (dropped.length) costs.push([`a side guessed by one report, named otherwise by the other (${dropped.join(', ')})`, c.guessedActor])
  // Nothing else differs, neither report names who acted or who was hit ("gunmen shot a man", "protesters rallied") and
  // the type is one a town has several of a day (data/merge.yaml daily_types): identical coded fields alone are no proof.
  // Not when a report counts large_toll_min dead or more: a massacre is no daily incident of a town.
  const large = Math.max(a.fatalities, b.fatalities, ...a.fatality_claims.map((k) => k.value ?? 0), ...b.fatality_claims.map((k) => k.value ?? 0)) >= cfg.evidence.largeTollMin
  const unnamedDaily = !costs.length && !large && !x.named.size && !y.named.size && sameSub && cfg.dailyTypes.has(a.sub_event_type)
  const differs = costs.length > 0
  if (unnamedDaily) costs.push(['no named actor on either side, a daily type', c.unnamedSides])
  const oneDay = days === 0 || (days === 1 && !!ctx && (ctx.a.night || ctx.b.night))
  const ev = evidence(a, b, cfg, allNamedShared, ctx, allNamedShared || oneSided, writtenSame, oneDay)
  if (ev.contradiction && differs) costs.push([ev.contradiction, c.otherToll])
  const cost = Math.round(costs.reduce((s, [, v]) => s + v, 0) * 1000) / 1000
  if (costs.length) {
    const said = `${costs.map(([what, v]) => `${what} ${v}`).join(' + ')} against shared content ${ev.score}${ev.parts.length ? ` (${ev.parts.join('; ')})` : ''}`
    if (ev.score < cost) return { ...no(reasons, `differences outweigh shared content: ${said}`), ...(ctx ? {} : { wantsText: true }) }
    reasons.push(`differences paid by shared content: ${said}`)
  }
  const w = cfg.weights
  const score = Math.round((w.date * date + w.place * place + w.type * type + w.actors * actors) * 1000) / 1000
  const same = score >= cfg.threshold
  reasons.push(`score ${score} ${same ? '≥' : '<'} threshold ${cfg.threshold}`)
  return { same, score, reasons, ...(ctx || !same ? {} : { wantsText: true }) }
}
