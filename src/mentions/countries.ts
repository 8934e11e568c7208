/** @module countries: ISO2 ↔ ACLED country names, aliases and demonyms (world-countries + data/countries.yaml). */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { threadId } from 'node:worker_threads'
import { parse } from '../yaml-cache.js'
import { buildPath, dataPath } from '../paths.js'

export interface Country {
  iso: string                 // ISO 3166-1 alpha-2
  iso3: string
  name: string                // ACLED spelling
  names: string[]             // every name and alias news may use
  demonyms: string[]
  capital: string | null
  latitude: number
  longitude: number
  region: string
}

interface CountryData { names: Record<string, string>; aliases: Record<string, string[]>; demonyms: Record<string, string[]>; notNames?: Record<string, string[]> }
interface WorldCountry {
  cca2: string; cca3: string; name: { common: string; official: string }; altSpellings: string[]
  capital?: string[]; latlng: [number, number]; region: string; subregion: string
  demonyms?: { eng?: { m: string; f: string } }
  independent?: boolean
}

let cached: Map<string, Country> | null = null

/**
 * Every country by ISO2, loaded once. Made from world-countries' 1.4 MB JSON (parsing it was a
 * twentieth of `sitrep extract`'s start-up) and data/countries.yaml, then kept in build/countries.json
 * under the hash of the YAML, this module's code and the package's version: later runs read that.
 */
export function countries(): Map<string, Country> {
  if (cached) return cached
  const require = createRequire(import.meta.url)
  const yamlText = readFileSync(dataPath('countries.yaml'), 'utf8')
  const hash = createHash('sha1').update(yamlText).update('\0').update(readFileSync(new URL(import.meta.url)))
    .update(`\0${(require('world-countries/package.json') as { version: string }).version}`).digest('hex')
  // Under tsx (the tests) this module is the .ts source: a file of its own, so neither rewrites the other's.
  const file = buildPath(import.meta.url.endsWith('.ts') ? 'countries.src.json' : 'countries.json')
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as { hash: string; countries: Country[] }
    if (kept.hash === hash) return (cached = new Map(kept.countries.map((c) => [c.iso, c])))
  } catch { /* missing or unreadable: made below */ }
  const out = makeCountries(require('world-countries') as WorldCountry[], parse(yamlText) as CountryData)
  try {
    mkdirSync(buildPath(), { recursive: true })
    // Per thread: --jobs threads of one process may write at once.
    const tmp = `${file}.${process.pid}.${threadId}.tmp`
    writeFileSync(tmp, JSON.stringify({ hash, countries: [...out.values()] }))
    renameSync(tmp, file)
  } catch { /* read-only install: made every time */ }
  cached = out
  return out
}

function makeCountries(world: WorldCountry[], extra: CountryData): Map<string, Country> {
  const out = new Map<string, Country>()
  for (const w of world) {
    const iso = w.cca2
    const name = extra.names[iso] ?? w.name.common
    const not = new Set((extra.notNames?.[iso] ?? []).map(plainSpelling))
    const names = unique([name, w.name.common, w.name.official, ...w.altSpellings.filter((s) => s.length > 3 && !not.has(plainSpelling(s))), ...(extra.aliases[iso] ?? [])])
    const demonyms = unique([...(w.demonyms?.eng ? [w.demonyms.eng.m, w.demonyms.eng.f] : []), ...(extra.demonyms[iso] ?? [])])
    out.set(iso, {
      iso, iso3: w.cca3, name, names, demonyms, capital: w.capital?.[0] ?? null,
      latitude: w.latlng[0], longitude: w.latlng[1], region: w.subregion || w.region,
    })
  }
  // A dependent territory bears its state's demonym ("French" for the French Southern Lands, "American" for the Northern
  // Marianas): in text it names the state, whose nationals and language it is; the territory keeps only demonyms of its own.
  const sovereign = new Set(world.filter((w) => w.independent !== false).flatMap((w) => out.get(w.cca2)!.demonyms))
  for (const w of world) if (w.independent === false) { const c = out.get(w.cca2)!; c.demonyms = c.demonyms.filter((d) => !sovereign.has(d)) }
  if (!out.has('XK')) out.set('XK', { iso: 'XK', iso3: 'XKX', name: 'Kosovo', names: ['Kosovo'], demonyms: ['Kosovar'], capital: 'Pristina', latitude: 42.6, longitude: 20.9, region: 'Southern Europe' })
  for (const iso of [...Object.keys(extra.names), ...Object.keys(extra.notNames ?? {})]) if (!out.has(iso)) throw new Error(`data/countries.yaml: unknown ISO code ${iso}`)
  return out
}

let withheld: Map<string, string[]> | null = null

/**
 * The countries whose world-countries spelling `name` is withheld (countries.yaml notNames): "Congo" for the Republic of
 * the Congo. Such a name still means that country in a text that names it in full and not the country it is read as.
 */
export function withheldFrom(name: string): string[] {
  if (!withheld) {
    withheld = new Map()
    const data = parse(readFileSync(dataPath('countries.yaml'), 'utf8')) as CountryData
    for (const [iso, names] of Object.entries(data.notNames ?? {})) for (const n of names) withheld.set(plainSpelling(n), [...(withheld.get(plainSpelling(n)) ?? []), iso])
  }
  return withheld.get(plainSpelling(name)) ?? []
}

/** ACLED country name for an ISO2 code, or the code itself when unknown. */
export function countryName(iso: string): string {
  return countries().get(iso)?.name ?? iso
}

/** A spelling without accents, in lower case: "Ísland" and "Island" are one. */
const plainSpelling = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()

function unique(xs: string[]): string[] {
  return [...new Set(xs.filter(Boolean))]
}
