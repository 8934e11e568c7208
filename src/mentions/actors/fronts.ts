/** @module mentions/actors/fronts: who held a place on a standing front line (data/actors/fronts.yaml), for fire no words attribute. */
import { dataPath } from '../../paths.js'
import { readYaml } from '../../yaml-cache.js'
import { kmToLine } from '../places/fronts.js'

type Point = [number, number]
interface RawFront { from: string; to: string; radius_km: number; held_by: string; line: Point[]; closing: Point[] }

/** The side holding a place: `state` (the country's own forces) or an actor name, and how far the place lies from the line of contact. */
export interface Holder { holder: string; inside: boolean; km: number }

interface Front { from: string; to: string; radius: number; heldBy: string; line: Point[]; polygon: Point[] }

let fronts: Map<string, Front> | null = null
function load(): Map<string, Front> {
  if (fronts) return fronts
  const raw = (readYaml(dataPath('actors', 'fronts.yaml')) ?? {}) as Record<string, RawFront>
  fronts = new Map()
  for (const [iso, f] of Object.entries(raw)) {
    if (!f.held_by || !Array.isArray(f.line) || f.line.length < 2 || !Array.isArray(f.closing)) throw new Error(`data/actors/fronts.yaml: ${iso} needs held_by, a line of two points or more and closing points`)
    fronts.set(iso, { from: String(f.from), to: String(f.to), radius: f.radius_km, heldBy: f.held_by, line: f.line, polygon: [...f.line, ...f.closing] })
  }
  return fronts
}

/** Whether [lat, lon] lies inside a polygon of [lat, lon] vertices (even-odd rule; the last vertex joins the first). */
export function insidePolygon(lat: number, lon: number, polygon: readonly Point[]): boolean {
  let inside = false
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [yi, xi] = polygon[i], [yj, xj] = polygon[j]
    if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/**
 * Who held the point on `day` on `iso`'s standing front: the front's holder inside its held area; the country's
 * own forces (`state`) outside it within the radius of the line of contact; null when the country has no front in
 * that period or the point lies farther from the line.
 */
export function frontHolder(iso: string | null, lat: number | null, lon: number | null, day: string | null): Holder | null {
  if (!iso || lat === null || lon === null) return null
  const f = load().get(iso)
  if (!f || (day && (day < f.from || day > f.to))) return null
  const km = kmToLine(lat, lon, f.line)
  if (insidePolygon(lat, lon, f.polygon)) return { holder: f.heldBy, inside: true, km }
  return km <= f.radius ? { holder: 'state', inside: false, km } : null
}
