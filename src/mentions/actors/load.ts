/** @module mentions/actors/load: reads data/actors/*.yaml and checks it loudly. */
import { existsSync } from 'node:fs'
import { dataPath } from '../../paths.js'
import { readYaml } from '../../yaml-cache.js'

export type StateKind = 'military' | 'police' | 'government'
export type ClassName =
  | StateKind | 'armed' | 'gang' | 'progov' | 'communal' | 'clan' | 'ethnic' | 'tribal'
  | 'rioters' | 'protesters' | 'civilians' | 'private'
export type Role = 'armed' | 'civilian' | 'protester' | 'rioter' | 'external' | 'other'

/** A named actor from groups.yaml. */
export interface RawGroup {
  name: string; inter: number; country: string; active?: string[]; kind?: string
  aliases: string[]; from?: string; to?: string; local?: boolean
  /** ACLED codes this group under its umbrella (`name`) and names it as the associated actor: the Donbass People's Militia under the NAF. */
  assoc?: string
}
/** One regime-dated state actor from the generated state-forces.yaml. */
export interface RawStateForce { name: string; inter: number; country: string; kind: StateKind; from?: string; to?: string }
/** Names for a country's state forces or one of its units, from state-units.yaml. */
export interface RawStateUnit {
  country: string; kind: StateKind; unit?: string; aliases: string[]; local?: boolean; from?: string; to?: string
}
export interface ClassInfo { name?: string; inter: number; role: Role }
export interface RawGeneric {
  classes: Record<ClassName, ClassInfo>
  prefixes: string[]
  nouns: Record<ClassName, string[]>
  social: Record<string, string[]>
  qualifiers: string[]
  /** Nouns that name a class only after a country's name or demonym ("Malian forces"). */
  country_nouns?: Partial<Record<ClassName, string[]>>
  adjectives: { nouns: string[]; table: Record<string, Record<string, string>> }
  ethnic: { names: string[]; militia: string[]; group: string[]; rename: Record<string, string>; trades?: Record<string, string>; indigenous?: string[] }
  insurgent_nouns: string[]
  insurgents: Record<string, string>
  /** ISO2 → the first-level areas where `insurgents` holds, when only in part of the country. */
  insurgent_areas?: Record<string, string[]>
  /** ISO2 of a territory → class → ISO2 of the state whose forces that class's unnamed nouns name there. */
  operated_by?: Record<string, Partial<Record<ClassName, string>>>
  kin: RawKin
  unattributed?: Record<string, string>
  /** Units ACLED writes after any country's state forces ("Prison Guards"), by class, with the nouns (already in `nouns`) that name them. */
  units?: Partial<Record<'military' | 'police', Record<string, string[]>>>
}
/** Named clans and communities (generic.yaml `kin`). */
export interface RawKin {
  heads: Record<string, string>; militia: string[]; armed_before: string[]; not_names: string[]; lineage: Record<string, string>
  community_is_place?: { regions: string[]; countries: string[] }
}
export interface RawCountryExtra { with_the: string[]; demonym_prefer: Record<string, string>; demonyms: Record<string, string[]> }

/** When a found alias is not taken as its actor (alias-rules.yaml). */
export interface RawAliasRules { common_words: string[]; short_alias_chars: number; name_heads: string[]; property_heads?: string[]; government_units?: string[] }

export interface RawActors {
  groups: RawGroup[]
  /** Groups and parties imported from public datasets (kb-groups.yaml, kb-parties.yaml, generated): below the curated ones. */
  kbGroups: RawGroup[]
  stateForces: RawStateForce[]
  stateUnits: RawStateUnit[]
  generic: RawGeneric
  countries: RawCountryExtra
  aliasRules: RawAliasRules
}

const inters = new Set([1, 2, 3, 4, 5, 6, 7, 8])
const isoPattern = /^[A-Z]{2}$/
const dayPattern = /^\d{4}-\d{2}-\d{2}$/

function read<T>(file: string): T {
  try {
    return readYaml(dataPath('actors', file)) as T
  } catch (error) {
    throw new Error(`data/actors/${file}: ${(error as Error).message}`)
  }
}

/** Read every actor data file and check the shape of each entry, naming the file and entry on failure. */
export function readActorData(): RawActors {
  const raw: RawActors = {
    groups: read<RawGroup[]>('groups.yaml'),
    kbGroups: ['kb-groups.yaml', 'kb-parties.yaml'].flatMap((f) => (existsSync(dataPath('actors', f)) ? read<RawGroup[]>(f) ?? [] : [])),
    stateForces: read<RawStateForce[]>('state-forces.yaml'),
    stateUnits: read<RawStateUnit[]>('state-units.yaml'),
    generic: read<RawGeneric>('generic.yaml'),
    countries: read<RawCountryExtra>('countries.yaml'),
    aliasRules: read<RawAliasRules>('alias-rules.yaml'),
  }
  const r = raw.aliasRules
  if (![r?.common_words, r?.name_heads].every((l) => Array.isArray(l) && l.every((w) => typeof w === 'string')) || !Number.isInteger(r.short_alias_chars)) {
    throw new Error('data/actors/alias-rules.yaml: expected common_words and name_heads lists of words and a short_alias_chars number')
  }
  raw.groups.forEach((g) => {
    checkEntry('groups.yaml', g.name, g)
    if (g.assoc !== undefined && (typeof g.assoc !== 'string' || !g.assoc.trim())) throw new Error(`data/actors/groups.yaml: entry "${g.name}" has an empty or non-text assoc`)
  })
  raw.kbGroups.forEach((g) => checkEntry('kb-groups.yaml or kb-parties.yaml', g.name, g))
  raw.stateForces.forEach((s) => checkEntry('state-forces.yaml', s.name, { ...s, aliases: [] }))
  raw.stateUnits.forEach((u) => {
    checkEntry('state-units.yaml', `${u.country} ${u.kind} ${u.unit ?? ''}`.trim(), { ...u, name: u.unit ?? u.kind, inter: 1 })
    if (!['military', 'police', 'government'].includes(u.kind)) throw new Error(`data/actors/state-units.yaml: ${u.country} has unknown kind "${u.kind}"`)
  })
  return raw
}

function checkEntry(file: string, label: string, e: { name?: unknown; inter?: unknown; country?: unknown; aliases?: unknown; active?: unknown; from?: unknown; to?: unknown }): void {
  const where = `data/actors/${file}: entry "${String(label)}"`
  if (typeof e.name !== 'string' || !e.name) throw new Error(`${where} has no name`)
  if (!inters.has(e.inter as number)) throw new Error(`${where} has inter ${String(e.inter)}, expected 1-8`)
  if (typeof e.country !== 'string' || !isoPattern.test(e.country)) throw new Error(`${where} has country ${String(e.country)}, expected ISO2`)
  if (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string' || !a.trim())) throw new Error(`${where} has a missing or non-text alias`)
  if (e.active !== undefined && (!Array.isArray(e.active) || e.active.some((c) => typeof c !== 'string' || !isoPattern.test(c)))) {
    throw new Error(`${where} has a bad "active" list`)
  }
  for (const key of ['from', 'to'] as const) {
    const v = e[key]
    if (v !== undefined && (typeof v !== 'string' || !dayPattern.test(v))) throw new Error(`${where} has ${key} ${String(v)}, expected YYYY-MM-DD`)
  }
}
