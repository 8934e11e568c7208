/** @module mentions/places/gazetteer-types: the compiled gazetteer's columns, as built and as loaded from build/gazetteer.bin. */

export type Kind = 'place' | 'admin1' | 'admin2' | 'country' | 'region' | 'feature'

/** How a name reaches an entity: its own name, a GeoNames alternate name, a demonym, an abbreviation read only after "Town, ". */
export const Flag = { Primary: 0, Alternate: 1, Demonym: 2, Abbreviation: 3 } as const
export type Flag = (typeof Flag)[keyof typeof Flag]

/** The feature code of a second-level unit no town of the bundled cut lies in: placed at its seat's or province's point, thin evidence. */
export const NO_TOWN = 'ADM2X'

/** The compiled gazetteer (artifact.ts writes it as binary): one entry per column per entity; `keys` joined by newlines, postings `entity * 4 + flag`. */
export interface GazetteerFile {
  version: number
  built: string
  licence: string
  id: number[]          // GeoNames id, 0 when the entity has none (countries, admin areas, our regions)
  name: string[]
  kind: Kind[]
  lat: number[]
  lon: number[]
  code: string[]        // GeoNames feature code (PPL, PPLA, ...), ADM1/ADM2/ADM2X (NO_TOWN)/PCLI/RGN/AREA for ours
  cc: string[]
  a1: string[]          // admin1 name
  a2: string[]          // admin2 name
  a1code: string[]      // `CC.A1`, to compare admin areas
  pop: number[]
  keys: string
  postOff: number[]
  post: number[]
  /** Loose index (normalize.skeleton) over districts and towns, for names written with other vowels: key → entities. */
  skelKeys: string
  skelOff: number[]
  skel: number[]
}

/** The entity columns as loaded: numbers are typed arrays over the artifact, strings plain arrays. */
export interface GazetteerColumns {
  readonly version: number
  readonly built: string
  readonly licence: string
  readonly id: ArrayLike<number>
  readonly name: readonly string[]
  readonly kind: readonly Kind[]
  readonly lat: ArrayLike<number>
  readonly lon: ArrayLike<number>
  readonly code: readonly string[]
  readonly cc: readonly string[]
  readonly a1: readonly string[]
  readonly a2: readonly string[]
  readonly a1code: readonly string[]
  readonly pop: ArrayLike<number>
}
