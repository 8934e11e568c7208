/** @module mentions/places/slavic: one folded key for the Ukrainian and Russian romanisations of a place name (data/places/slavic.yaml). */
import { existsSync } from 'node:fs'
import { dataPath } from '../../paths.js'
import { readYaml } from '../../yaml-cache.js'

/** The loose index's prefix for a Slavic fold, apart from the skeletons and FOLD keys. */
export const SLAVIC = '~'

interface Rules { countries: Set<string>; near: Set<string>; alternates: Set<string>; minLength: number; rules: [RegExp, string][] }
let cached: Rules | null = null

function rules(): Rules {
  if (cached) return cached
  const file = dataPath('places', 'slavic.yaml')
  const raw = (existsSync(file) ? readYaml(file) : null) as { countries?: string[]; namesakes?: string[]; village_alternates?: string[]; min_length?: number; rules?: [string, string][] } | null
  cached = {
    countries: new Set(raw?.countries ?? []),
    near: new Set([...(raw?.countries ?? []), ...(raw?.namesakes ?? [])]),
    alternates: new Set(raw?.village_alternates ?? []),
    minLength: raw?.min_length ?? 5,
    rules: (raw?.rules ?? []).map(([p, r]) => [new RegExp(p, 'gu'), r]),
  }
  return cached
}

/** Whether a country's places are indexed under the fold. */
export const slavicCountry = (cc: string): boolean => rules().countries.has(cc)

/** Whether the village layer's alternate names of a country's villages (their older, Russian-derived forms) are indexed. */
export const slavicVillageAlternates = (cc: string): boolean => rules().alternates.has(cc)

/** Whether a name the exact index finds in this country may also be a village of `countries` under another romanisation. */
export const slavicNear = (cc: string): boolean => rules().near.has(cc)

const cache = new Map<string, string>()

/** The fold of a placeKey ("troyitske", "troitske", "troitskoie" → "troitsk"), or '' for a key too short to fold. */
export function slavicKey(key: string): string {
  let k = cache.get(key)
  if (k !== undefined) return k
  const r = rules()
  k = key
  if (k.length < r.minLength || !/^[a-z0-9 ]+$/.test(k)) k = ''
  else for (const [re, to] of r.rules) k = k.replace(re, to)
  if (cache.size >= 100_000) cache.clear()
  cache.set(key, k)
  return k
}
