/** @module mentions/places/ranker: a place candidate's score as features × weights, the weights read from data/places/ranker.json. */
import { existsSync, readFileSync } from 'node:fs'
import { dataPath } from '../../paths.js'

/**
 * The candidate features, in scoring order: prior ones (the candidate and its mention alone) first,
 * then the document's context. A rule is a feature here, never an override: its weight says how much it counts.
 */
export const FEATURES = [
  'population',          // towns: log10(population + 10) / 3.2
  'code_pplc', 'code_ppla', 'code_ppla2',                              // towns: capital, admin1 seat, admin2 seat
  'kind_country', 'kind_admin1', 'kind_region', 'kind_feature', 'kind_admin2',
  'alternate_strong',    // found by an alternate name while a well-known place has it as its own
  'alternate_weak',      // found by an alternate name otherwise
  'cue_fits',            // "X province"/"X district" and the candidate is that level
  'cue_area',            // an admin word follows and the candidate is an area of the other level
  'cue_town',            // an admin word follows and the candidate is a town (not a seat after a district word)
  'standin_city',        // "Abu Salim (Tripoli)": a city standing in for its neighbourhood
  'standin_area',        // a name standing in for an unknown village is the area
  'town_itself',         // "X city", "X (X district, ...)": the town
  'container_fits',      // "X, Y": the candidate lies in Y
  'container_misfit',    // "X, Y": it does not
  'holds_town', 'holds_area',                                          // the container's side: it holds a candidate of the inner name
  'namesake_town',       // a town or district under a country's or first-level area's own name, outside it, with no pattern pinning the town
  'town_use',            // a country, where the text uses its name for a town ("the Jordan middle school", "a Lebanon woman"; cues.yaml townUse)
  'near_area',           // "near X", "outside X" and the candidate is a first-level area: one is near a town, in a province
  'country_share',       // the share of the document's current winners in the candidate's country
  'country_support',     // the other mentions' votes for its country, min(1, votes / 3)
  'foreign',             // the text points to another country and not to this one
  'country_name_only',   // a small town backed only by its country's name (no area or town of it named), with a famous city of its name abroad
  'admin_share',         // the share of the current winners in its admin1 area
  'near',                // nearness to the other mentions' current winners (1 < 50 km, 0.7 < 150, 0.3 < 400)
  'named_district',      // another mention names a second-level area ("Boone County") one of whose namesakes holds this town, or a town this area holds
  'front',               // a town near a line of contact that held on the article's date (data/places/fronts.yaml), among namesakes of its country away from it
  'cluster',             // a town or district: its namesakes' best support from other names' candidates near them (min(1, (names - 1) / 2), 2+ names) minus its own (≤ 0)
] as const
export type Feature = (typeof FEATURES)[number]
export const PRIOR_COUNT = FEATURES.indexOf('country_share')
export const F: Record<Feature, number> = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<Feature, number>

/** The hand-set weights the rules were written with (the fallback when the file lacks a feature). */
export const HAND_WEIGHTS: Record<Feature, number> = {
  population: 1, code_pplc: 0.9, code_ppla: 0.5, code_ppla2: 0.2,
  kind_country: 3.2, kind_admin1: 2.0, kind_region: 2.6, kind_feature: 2.2, kind_admin2: 0.9,
  alternate_strong: -2.2, alternate_weak: -0.9, cue_fits: 2.6, cue_area: 1, cue_town: -0.5,
  standin_city: 1.5, standin_area: 1, town_itself: 1.2, container_fits: 3, container_misfit: -2, holds_town: 0.5, holds_area: 2, namesake_town: -3, town_use: -3.5, near_area: -0.6,
  country_share: 2, country_support: 2.5, foreign: -1.5, country_name_only: -3.5, admin_share: 2.5, near: 1, named_district: 2.5, front: 1.5, cluster: 1.5,
}

/** Weights in FEATURES order. */
export type Weights = Float64Array

/** Weights from a `{ feature: number }` object; a feature it lacks keeps its hand weight, an unknown name is an error. */
export function weightsFrom(raw: unknown, where = 'weights'): Weights {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${where}: expected an object of feature weights`)
  const w = Float64Array.from(FEATURES, (f) => HAND_WEIGHTS[f])
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (!(k in F)) throw new Error(`${where}: unknown feature "${k}"`)
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error(`${where}: "${k}" must be a number`)
    w[F[k as Feature]] = v
  }
  return w
}

let cached: Weights | null = null
let defaultFile: string | undefined
/**
 * The installed weights: data/places/ranker.json's `weights` when present, else the hand weights.
 * SITREP_RANKER names another weights file (scripts/train-ranker.ts writes held-out fits to score them end to end).
 */
export function rankerWeights(file?: string): Weights {
  // Asked for once per article: one read of the environment, the default path joined once per process.
  const current = process.env.SITREP_RANKER || (defaultFile ??= dataPath('places', 'ranker.json'))
  const installed = file === undefined || file === current
  file ??= current
  if (cached && installed) return cached
  let w: Weights
  if (!existsSync(file)) w = weightsFrom({})
  else {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as { weights?: unknown }
    w = weightsFrom(raw.weights ?? {}, file)
  }
  if (installed) cached = w
  return w
}

/** A new, all-zero feature vector. */
export const features = (): Float64Array => new Float64Array(FEATURES.length)

/** Σ weight × feature over [from, to), added in FEATURES order onto `start` (so prior + context sums as the rules did). */
export function score(w: Weights, x: ArrayLike<number>, start = 0, from = 0, to: number = FEATURES.length): number {
  let s = start
  for (let i = from; i < to; i++) if (x[i] !== 0) s += w[i] * x[i]
  return s
}
