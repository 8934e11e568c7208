/** @module mentions/places/fronts: lines of contact (data/places/fronts.yaml) and how near a point lies to one. */
import { existsSync } from 'node:fs'
import { dataPath } from '../../paths.js'
import { readYaml } from '../../yaml-cache.js'

/** A line of contact that held between two dates: villages near it are where its fighting is reported. */
export interface Front { name: string; cc: string; from: string; until: string; reach: number; line: [number, number][] }

let cached: Front[] | null = null
export function fronts(): Front[] {
  if (cached) return cached
  const file = dataPath('places', 'fronts.yaml')
  const raw = existsSync(file) ? (readYaml(file) as Front[] | null) ?? [] : []
  for (const f of raw) {
    if (!/^[A-Z]{2}$/.test(f.cc) || !(f.reach > 0) || !Array.isArray(f.line) || f.line.length < 2) throw new Error(`data/places/fronts.yaml: "${f.name}" needs cc, reach > 0 and a line of two points or more`)
    f.from = String(f.from); f.until = String(f.until)
  }
  cached = raw
  return cached
}

/** The fronts that held on `date` (YYYY-MM-DD): none without a date. */
export const frontsOn = (date: string | null | undefined): Front[] => (date ? fronts().filter((f) => f.from <= date && date <= f.until) : [])

/** Distance in km from a point to a front's line (flat-earth within a segment: the lines are a few hundred km long). */
export function kmToLine(lat: number, lon: number, line: readonly [number, number][]): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180), ky = 110.57
  let best = Infinity
  for (let i = 0; i + 1 < line.length; i++) {
    const ax = (line[i][1] - lon) * kx, ay = (line[i][0] - lat) * ky, bx = (line[i + 1][1] - lon) * kx, by = (line[i + 1][0] - lat) * ky
    const dx = bx - ax, dy = by - ay, len = dx * dx + dy * dy
    const t = len ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy))
  }
  return best
}
