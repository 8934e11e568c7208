/** @module events/knowledge: triggers.yaml and context.yaml compiled once into phrase indexes. */
import { readFileSync } from 'node:fs'
import { parse } from '../yaml-cache.js'
import { dataPath } from '../paths.js'
import type { PhraseIndex } from '../text/phrases.js'
import { compilePhrases } from '../text/phrases.js'

export type Family = 'remote' | 'battle' | 'territory' | 'civilian' | 'protest' | 'riot' | 'strategic'
export interface Trigger { sub: string; family: Family; weight: number }
export type Cue = 'planned' | 'denied' | 'claimed' | 'background'
export type Domain = string

export interface EventKnowledge {
  triggers: PhraseIndex<Trigger>
  cues: PhraseIndex<Cue>
  negation: PhraseIndex<true>
  domains: PhraseIndex<Domain>
  offtopic: PhraseIndex<string>
}

interface RawTrigger { sub: string; family: Family; weight: number; words: string[]; weak?: string[] }
interface RawContext { status: Record<Cue, string[]>; negation: string[]; domains: Record<string, string[]>; offtopic: Record<string, string[]> }

export const EVENT_TYPES: Record<string, { eventType: string; disorder: string }> = {
  'Armed clash': { eventType: 'Battles', disorder: 'Political violence' },
  'Government regains territory': { eventType: 'Battles', disorder: 'Political violence' },
  'Non-state actor overtakes territory': { eventType: 'Battles', disorder: 'Political violence' },
  'Chemical weapon': { eventType: 'Explosions/Remote violence', disorder: 'Political violence' },
  'Air/drone strike': { eventType: 'Explosions/Remote violence', disorder: 'Political violence' },
  'Suicide bomb': { eventType: 'Explosions/Remote violence', disorder: 'Political violence' },
  'Shelling/artillery/missile attack': { eventType: 'Explosions/Remote violence', disorder: 'Political violence' },
  'Remote explosive/landmine/IED': { eventType: 'Explosions/Remote violence', disorder: 'Political violence' },
  'Grenade': { eventType: 'Explosions/Remote violence', disorder: 'Political violence' },
  'Sexual violence': { eventType: 'Violence against civilians', disorder: 'Political violence' },
  'Attack': { eventType: 'Violence against civilians', disorder: 'Political violence' },
  'Abduction/forced disappearance': { eventType: 'Violence against civilians', disorder: 'Political violence' },
  'Peaceful protest': { eventType: 'Protests', disorder: 'Demonstrations' },
  'Protest with intervention': { eventType: 'Protests', disorder: 'Demonstrations' },
  'Excessive force against protesters': { eventType: 'Protests', disorder: 'Political violence; Demonstrations' },
  'Violent demonstration': { eventType: 'Riots', disorder: 'Demonstrations' },
  'Mob violence': { eventType: 'Riots', disorder: 'Political violence' },
  'Agreement': { eventType: 'Strategic developments', disorder: 'Strategic developments' },
  'Arrests': { eventType: 'Strategic developments', disorder: 'Strategic developments' },
  'Change to group/activity': { eventType: 'Strategic developments', disorder: 'Strategic developments' },
  'Disrupted weapons use': { eventType: 'Strategic developments', disorder: 'Strategic developments' },
  'Headquarters or base established': { eventType: 'Strategic developments', disorder: 'Strategic developments' },
  'Looting/property destruction': { eventType: 'Strategic developments', disorder: 'Strategic developments' },
  'Non-violent transfer of territory': { eventType: 'Strategic developments', disorder: 'Strategic developments' },
  'Other': { eventType: 'Strategic developments', disorder: 'Strategic developments' },
}

let cached: EventKnowledge | null = null
export function eventKnowledge(): EventKnowledge {
  if (cached) return cached
  const rawTriggers = parse(readFileSync(dataPath('events', 'triggers.yaml'), 'utf8')) as RawTrigger[]
  const entries: [string, Trigger][] = []
  const seen = new Map<string, string>()
  for (const t of rawTriggers) {
    if (!EVENT_TYPES[t.sub]) throw new Error(`data/events/triggers.yaml: unknown sub-event type "${t.sub}"`)
    const add = (w: string, weight: number) => {
      const key = w.toLowerCase()
      // The same phrase may propose two types (torched: attack or destruction); classify.ts decides.
      if (seen.get(key) === t.sub) throw new Error(`data/events/triggers.yaml: "${w}" twice in ${t.sub}`)
      seen.set(key, t.sub)
      entries.push([w, { sub: t.sub, family: t.family, weight }])
    }
    for (const w of t.words) add(w, t.weight)
    for (const w of t.weak ?? []) add(w, 1)
  }
  const ctx = parse(readFileSync(dataPath('events', 'context.yaml'), 'utf8')) as RawContext
  cached = {
    triggers: compilePhrases(entries),
    cues: compilePhrases(Object.entries(ctx.status).flatMap(([cue, ws]) => ws.map((w) => [w, cue as Cue] as [string, Cue]))),
    negation: compilePhrases(ctx.negation.map((w) => [w, true] as [string, true])),
    domains: compilePhrases(Object.entries(ctx.domains).flatMap(([d, ws]) => ws.map((w) => [w, d] as [string, string]))),
    offtopic: compilePhrases(Object.entries(ctx.offtopic).flatMap(([d, ws]) => ws.map((w) => [w, d] as [string, string]))),
  }
  return cached
}
