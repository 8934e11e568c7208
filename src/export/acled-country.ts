/** @module export/acled-country: ACLED's country columns: numeric ISO code and region name. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parse } from '../yaml-cache.js'
import { countries } from '../mentions/countries.js'
import { dataPath } from '../paths.js'

interface RegionTable { subregions: Record<string, string>; countries: Record<string, string> }

let regions: RegionTable | null = null
let numeric: Map<string, number> | null = null

function regionTable(): RegionTable {
  if (regions) return regions
  const raw = parse(readFileSync(dataPath('acled-regions.yaml'), 'utf8')) as Partial<RegionTable> | null
  if (!raw?.subregions || !raw.countries) throw new Error('data/acled-regions.yaml: needs `subregions` and `countries` maps')
  const known = countries()
  for (const iso of Object.keys(raw.countries)) if (!known.has(iso)) throw new Error(`data/acled-regions.yaml: unknown ISO code ${iso}`)
  regions = raw as RegionTable
  return regions
}

/** ACLED region of a country ("Middle East", "Western Africa"), or "" when unknown. */
export function acledRegion(iso2: string): string {
  if (!iso2) return ''
  const table = regionTable()
  const override = table.countries[iso2]
  if (override) return override
  const sub = countries().get(iso2)?.region
  if (!sub) return ''
  const region = table.subregions[sub]
  if (region === undefined) throw new Error(`data/acled-regions.yaml: no ACLED region for subregion "${sub}" (country ${iso2})`)
  return region
}

/** ACLED's `iso` column is the ISO 3166-1 numeric code (Syria 760), not the letters; null when unknown. */
export function numericIso(iso2: string): number | null {
  if (!numeric) {
    const require = createRequire(import.meta.url)
    const world = require('world-countries') as { cca2: string; ccn3: string }[]
    numeric = new Map(world.filter((w) => w.ccn3).map((w) => [w.cca2, Number(w.ccn3)]))
  }
  return numeric.get(iso2) ?? null
}
