/** @module events/knowledge: triggers.yaml and context.yaml compiled once into phrase indexes. */
import { readFileSync } from 'node:fs'
import { parse } from '../yaml-cache.js'
import { dataPath } from '../paths.js'
import type { PhraseIndex } from '../text/phrases.js'
import { compilePhrases } from '../text/phrases.js'
import type { Family } from './taxonomy.js'
import { taxonomy } from './taxonomy.js'

export type { Family }
/** `needs`: a condition the events stage checks before the phrase counts ('country-striker': right after a country the
 * frame reads as the striker, roles.ts country-as-striker; 'note-label': the phrase opens its sentence and a colon follows
 * it, the label a coder's note puts before what it tells). */
export type TriggerNeed = 'country-striker' | 'note-label'
export interface Trigger { sub: string; family: Family; weight: number; needs?: TriggerNeed }
/** `setting`: words that look like a status cue but name a place ("the historic centre"); no status of their own. */
export type Cue = 'planned' | 'denied' | 'claimed' | 'background' | 'setting'
export type Domain = string

export interface EventKnowledge {
  triggers: PhraseIndex<Trigger>
  cues: PhraseIndex<Cue>
  negation: PhraseIndex<true>
  /** Words after a negation that make it a question about the act ("not known who"), not a denial. */
  negationUnknown: Set<string>
  /** Objects right after the act's word that leave it with no one done to ("detained no one"): token lists. */
  negationObject: string[][]
  domains: PhraseIndex<Domain>
  offtopic: PhraseIndex<string>
  /** Topic words that do not count told after a strong remote-violence word: the rockets fell near the embassy. */
  offtopicAfterWeapon: ReadonlySet<string>
  offtopicBesideWeapon: ReadonlySet<string>
}

interface RawTrigger { sub: string; family?: Family; weight: number; words: string[]; weak?: string[]; needs?: TriggerNeed }
interface RawContext { status: Record<Cue, string[]>; negation: string[]; negation_unknown: string[]; negation_object?: string[]; domains: Record<string, string[]>; offtopic: Record<string, string[]>; offtopic_after_weapon?: string[]; offtopic_beside_weapon?: string[] }

/** sub-event type → its event type and disorder type, derived from data/events/taxonomy.yaml. */
export const EVENT_TYPES: Readonly<Record<string, { eventType: string; disorder: string }>> = Object.fromEntries(
  taxonomy().subtypes.map((s) => [s.sub, { eventType: s.eventType, disorder: s.disorder }]))

let cached: EventKnowledge | null = null
export function eventKnowledge(): EventKnowledge {
  if (cached) return cached
  const rawTriggers = parse(readFileSync(dataPath('events', 'triggers.yaml'), 'utf8')) as RawTrigger[]
  const entries: [string, Trigger][] = []
  const seen = new Map<string, string>()
  for (const t of rawTriggers) {
    const known = taxonomy().bySub.get(t.sub)
    if (!known) throw new Error(`data/events/triggers.yaml: unknown sub-event type "${t.sub}"`)
    // The family belongs to the sub-type (taxonomy.yaml); a trigger entry that says otherwise is a data error.
    if (t.family && t.family !== known.family) throw new Error(`data/events/triggers.yaml: ${t.sub} is in family ${known.family}, not ${t.family}`)
    const add = (w: string, weight: number) => {
      const key = w.toLowerCase()
      // The same phrase may propose two types (torched: attack or destruction); classify.ts decides.
      if (seen.get(key) === t.sub) throw new Error(`data/events/triggers.yaml: "${w}" twice in ${t.sub}`)
      seen.set(key, t.sub)
      entries.push([w, t.needs ? { sub: t.sub, family: known.family, weight, needs: t.needs } : { sub: t.sub, family: known.family, weight }])
    }
    for (const w of t.words) add(w, t.weight)
    for (const w of t.weak ?? []) add(w, 1)
  }
  const ctx = parse(readFileSync(dataPath('events', 'context.yaml'), 'utf8')) as RawContext
  cached = {
    triggers: compilePhrases(entries),
    cues: compilePhrases(Object.entries(ctx.status).flatMap(([cue, ws]) => ws.map((w) => [w, cue as Cue] as [string, Cue]))),
    negation: compilePhrases(ctx.negation.map((w) => [w, true] as [string, true])),
    negationUnknown: new Set(ctx.negation_unknown.map((w) => w.toLowerCase())),
    negationObject: (ctx.negation_object ?? []).map((w) => w.toLowerCase().split(/\s+/)),
    domains: compilePhrases(Object.entries(ctx.domains).flatMap(([d, ws]) => ws.map((w) => [w, d] as [string, string]))),
    offtopicAfterWeapon: new Set((ctx.offtopic_after_weapon ?? []).map((w) => w.toLowerCase())),
    offtopicBesideWeapon: new Set((ctx.offtopic_beside_weapon ?? []).map((w) => w.toLowerCase())),
    offtopic: compilePhrases(Object.entries(ctx.offtopic).flatMap(([d, ws]) => ws.map((w) => [w, d] as [string, string]))),
  }
  return cached
}
