/** @module mentions/actors/fronts: who held a place on a standing front line (data/actors/fronts.yaml), for fire no words attribute. */
import { dataPath } from '../../paths.js'
import { readYaml } from '../../yaml-cache.js'

interface RawFront { from: string; to: string; radius_km: number; holders: Record<string, [string, number, number][]> }

/** The side holding a place: `state` (the country's own forces) or an actor name, with the town that says so. */
export interface Holder { holder: string; town: string; km: number }

interface Front { from: string; to: string; radius: number; towns: { holder: string; town: string; lat: number; lon: number }[] }

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180, dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)))
}

let fronts: Map<string, Front> | null = null
function load(): Map<string, Front> {
  if (fronts) return fronts
  const raw = (readYaml(dataPath('actors', 'fronts.yaml')) ?? {}) as Record<string, RawFront>
  fronts = new Map()
  for (const [iso, f] of Object.entries(raw)) {
    const towns = Object.entries(f.holders).flatMap(([holder, list]) => list.map(([town, lat, lon]) => ({ holder, town, lat, lon })))
    fronts.set(iso, { from: String(f.from), to: String(f.to), radius: f.radius_km, towns })
  }
  return fronts
}

/**
 * Who held the point on `day` on `iso`'s standing front: the holder of the nearest listed town within
 * the front's radius, or null (no front in that country or period, or the point is far from it).
 */
export function frontHolder(iso: string | null, lat: number | null, lon: number | null, day: string | null): Holder | null {
  if (!iso || lat === null || lon === null) return null
  const f = load().get(iso)
  if (!f || (day && (day < f.from || day > f.to))) return null
  let best: Holder | null = null
  for (const t of f.towns) {
    const d = km(lat, lon, t.lat, t.lon)
    if (d <= f.radius && (!best || d < best.km)) best = { holder: t.holder, town: t.town, km: d }
  }
  return best
}
