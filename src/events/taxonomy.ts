/** @module events/taxonomy: data/events/taxonomy.yaml compiled once: types, sub-types, families, precedence. */
import { dataPath } from '../paths.js'
import { readYaml } from '../yaml-cache.js'

export type Family = 'remote' | 'battle' | 'territory' | 'civilian' | 'protest' | 'riot' | 'strategic'
/** The sub-types in which a side takes ground from another (not a non-violent hand-over). */
export const TAKINGS: ReadonlySet<string> = new Set(['Government regains territory', 'Non-state actor overtakes territory'])
const FAMILIES: readonly Family[] = ['remote', 'battle', 'territory', 'civilian', 'protest', 'riot', 'strategic']
/** The kind of incident an event type belongs to: reports of one incident share it. */
export type Kind = 'violence' | 'protest' | 'strategic'

/** One sub-event type with everything derived from it. */
export interface SubType {
  readonly sub: string
  readonly eventType: string
  readonly disorder: string
  readonly family: Family
  readonly kind: Kind
  /** Position in the codebook's hierarchy: lower wins. */
  readonly rank: number
  /** The event changes who holds a place. */
  readonly control: boolean
  /** Notes phrasing: "ACTOR1 VERB ACTOR2". */
  readonly verb: string
}

export interface Taxonomy {
  /** Every sub-type in precedence order. */
  readonly subtypes: readonly SubType[]
  /** The six event types in file order. */
  readonly eventTypes: readonly string[]
  /** sub-event type → its entry; `undefined` for a name that is not ACLED's. */
  readonly bySub: ReadonlyMap<string, SubType>
}

interface RawTaxonomy {
  types: Record<string, { kind: Kind }>
  subtypes: { sub: string; type: string; disorder: string; family: Family; control?: boolean; verb: string }[]
}

let cached: Taxonomy | null = null
/** The taxonomy, parsed and checked once per process; a broken file throws (our data, our bug). */
export function taxonomy(): Taxonomy {
  if (cached) return cached
  const file = 'data/events/taxonomy.yaml'
  const raw = readYaml(dataPath('events', 'taxonomy.yaml')) as RawTaxonomy
  const bySub = new Map<string, SubType>()
  raw.subtypes.forEach((s, rank) => {
    const type = raw.types[s.type]
    if (!type) throw new Error(`${file}: "${s.sub}" has unknown type "${s.type}"`)
    if (!FAMILIES.includes(s.family)) throw new Error(`${file}: "${s.sub}" has unknown family "${s.family}"`)
    if (bySub.has(s.sub)) throw new Error(`${file}: "${s.sub}" twice`)
    bySub.set(s.sub, { sub: s.sub, eventType: s.type, disorder: s.disorder, family: s.family, kind: type.kind, rank, control: s.control === true, verb: s.verb })
  })
  cached = { subtypes: [...bySub.values()], eventTypes: Object.keys(raw.types), bySub }
  return cached
}

/** The entry of an ACLED sub-event type; throws on a name that is not one (a bug in our rules or data). */
export function subType(sub: string): SubType {
  const s = taxonomy().bySub.get(sub)
  if (!s) throw new Error(`unknown sub-event type "${sub}"`)
  return s
}

/** Precedence rank of a sub-event type (lower wins); unknown names rank last. */
export function rankOf(sub: string): number {
  return taxonomy().bySub.get(sub)?.rank ?? Number.MAX_SAFE_INTEGER
}

/** Sub-event types that change territorial control. */
export function controlSubTypes(): string[] {
  return taxonomy().subtypes.filter((s) => s.control).map((s) => s.sub)
}
