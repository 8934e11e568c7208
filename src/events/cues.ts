/** @module events/cues: the word lists of data/events/cues.yaml compiled once into whole-word matchers. */
import { dataPath } from '../paths.js'
import { readYaml } from '../yaml-cache.js'

export type CueList = 'same-place-back' | 'victims' | 'armed-victims' | 'off-duty' | 'security-forces' | 'control-objects' | 'control-not-ground' | 'crowd-agents' | 'crowd-by' | 'taking-denied-place' | 'taking-denied-fate'
  | 'crowd-sides' | 'raid-targets' | 'popular-justice' | 'mutual-fire' | 'small-arms' | 'firearm' | 'defused' | 'context-before' | 'since' | 'ended-before' | 'nominal-before' | 'descriptor-before' | 'war-weapons' | 'follow-up-subtypes' | 'definite-before' | 'retold-before' | 'per-town-types' | 'offtopic-overruled' | 'alleged-before' | 'two-sides' | 'armed-sides' | 'pair-before' | 'protest-about' | 'future-before' | 'future-after' | 'responsibility' | 'denial-refers' | 'started-first-after' | 'claim-unverified' | 'claim-apposition-verbs' | 'denial-of-intent' | 'denial-contrast' | 'claims-act' | 'claims-act-object' | 'claims-own-fighters' | 'claims-act-heads' | 'time-after' | 'nationwide' | 'protest-crowds' | 'blame-before' | 'recount-before' | 'withdrew-after' | 'armed-people' | 'locative-before' | 'suspect-of' | 'running-total' | 'other-incident' | 'other-incident-weak' | 'came-after' | 'denial-answers' | 'denial-habit-before' | 'denial-habit-after' | 'protest-cause' | 'one-way-fire' | 'fired-at-objects' | 'repeated-count' | 'series-ordinal' | 'another-act' | 'fired-at-before' | 'denial-then-says' | 'negation' | 'body-nouns' | 'period-nouns' | 'inquiry-before' | 'intent-before' | 'recall-words' | 'protest-agents' | 'unrest-words' | 'not-weapon-before' | 'earlier-time' | 'runs-into' | 'arrest-about' | 'strike-acts' | 'aircraft' | 'intercepts' | 'backing-before' | 'duration-before' | 'reported-speech' | 'unclaimed' | 'crowd-again' | 'separate-incident' | 'crowd-died' | 'place-subject-territory' | 'attacker-dead' | 'bomb-subjects' | 'bomb-went-off' | 'crowd-hit-before' | 'territory-lost' | 'retrospective' | 'aircraft-hit' | 'carried-before' | 'support-fire' | 'support-fire-before' | 'arson-words' | 'property-objects' | 'settlement-objects' | 'clan-fight' | 'captives' | 'livestock' | 'handouts' | 'misfired' | 'wave-onset' | 'series-before' | 'denial-admits' | 'dated-period-before' | 'series-described-by' | 'custody-beating' | 'warning-fire' | 'warning-fire-words' | 'context-preposition' | 'clause-words' | 'join-words' | 'bomber-nouns' | 'bomber-stopped-before' | 'bomber-blast' | 'retold-began' | 'fled-from' | 'fight-ended' | 'campaign-nouns' | 'body-finders' | 'toll-later' | 'place-compound-after' | 'second-act-openers' | 'second-act-main-types' | 'second-act-families' | 'territory-held' | 'seized-weapons' | 'stormed-institution' | 'witness-sources' | 'separate-later' | 'neutral-dead' | 'losses-suffered' | 'neutral-dead-acts' | 'separate-later-acts' | 'separate-later-kills' | 'crossfire-dead' | 'left-ordnance' | 'doers-hit-nouns' | 'strike-again' | 'air-strike-told' | 'spread-over' | 'spread-whole' | 'second-act-distant' | 'responder-acts' | 'retold-nouns' | 'taking-contested' | 'force-with' | 'disease-causes' | 'force-helpers' | 'done-by' | 'carried-with' | 'separate-earlier' | 'plural-armed-subject' | 'shared-subject-also' | 'dead-among' | 'riot-between-armed' | 'crowd-bare-passive' | 'crowd-bare-passive-after' | 'rescue-verbs' | 'death-of' | 'sparked-verbs' | 'claims-it-verbs' | 'said-it-subjects' | 'claim-total-nouns' | 'claim-pronouns' | 'claim-person-nouns' | 'claim-civilian-groups' | 'claim-hedges' | 'claim-member-modifiers' | 'claim-group-fillers' | 'where-fights' | 'protest-own-death' | 'unexploded-before' | 'armed-bodies' | 'admits-later' | 'since-war-began' | 'fight-lasted' | 'war-goes-on' | 'held-captives' | 'captor-kill-verbs' | 'taking-said' | 'control-told' | 'compass-before' | 'struck-target-verbs' | 'member-nouns' | 'hit-named-before' | 'rival-communities'

/** One entry as a regex source: `*` any ending, `(s)` an optional ending, `#` digits, spaces any whitespace. */
export function entrySource(entry: string): string {
  return entry.trim().split(/\s+/).map((w) => w
    .replace(/[.+?^${}|[\]\\]/g, '\\$&')
    .replace(/\(([^()]*)\)/g, '(?:$1)?')
    .replace(/\*/g, '\\w*')
    .replace(/#/g, '\\d+')).join('\\s+')
}

/**
 * A cheap test that any text a list's pattern matches must pass: each entry's longest literal run (the
 * characters between `*`, `#`, `(...)` and spaces, which its pattern matches as written), any of them, any
 * case. A pattern that scans back from the end of a text at every position (`\w*-day ... $`) is then run
 * only where it can match, with the same result.
 */
export function literalSource(entries: readonly string[]): string {
  const runs = entries.map((e) => e.trim().replace(/\([^()]*\)/g, ' ').split(/[*#\s]+/).filter(Boolean).sort((a, b) => b.length - a.length)[0] ?? '')
  // An entry of wildcards alone has no literal: then there is no shortcut.
  if (runs.some((r) => !r)) return ''
  return [...new Set(runs)].map((r) => r.replace(/[.+?^${}|[\]\\()*]/g, '\\$&')).join('|')
}

/** The alternation of a list's entries, longest first, in a non-capturing group. */
export function alternation(entries: readonly string[]): string {
  return `(?:${[...entries].sort((a, b) => b.length - a.length).map(entrySource).join('|')})`
}

interface Compiled { entries: string[]; any: RegExp; whole: RegExp; alt: string }
let cached: Record<string, Compiled> | null = null
function compiled(): Record<string, Compiled> {
  if (cached) return cached
  const raw = readYaml(dataPath('events', 'cues.yaml')) as Record<string, string[]>
  const out: Record<string, Compiled> = {}
  for (const [name, entries] of Object.entries(raw)) {
    if (!Array.isArray(entries) || !entries.length) throw new Error(`data/events/cues.yaml: "${name}" is not a list of words`)
    const alt = alternation(entries.map(String))
    out[name] = { entries: entries.map(String), alt, any: new RegExp(`(?<![\\w])${alt}(?![\\w])`, 'i'), whole: new RegExp(`^${alt}$`, 'i') }
  }
  cached = out
  return out
}

function list(name: CueList) {
  const c = compiled()[name]
  if (!c) throw new Error(`data/events/cues.yaml: no list "${name}"`)
  return c
}
/** Matches a word of the list anywhere in a text (whole words, any case). */
export const cue = (name: CueList): RegExp => list(name).any
/** Matches a text that is exactly one entry of the list. */
export const cueWhole = (name: CueList): RegExp => list(name).whole
const words = new Map<CueList, ReadonlySet<string>>()
/** The list's entries as written, for rules that test one token at a time. */
export const cueWords = (name: CueList): ReadonlySet<string> => {
  let set = words.get(name)
  if (!set) words.set(name, (set = new Set(list(name).entries)))
  return set
}
/** The list's alternation as regex source, for rules that place it in a pattern of their own. */
export const cueSource = (name: CueList): string => list(name).alt
/** Matches every text the list's pattern can match in (and more): see literalSource; matches everything when no shortcut exists. */
export const cueLiterals = (name: CueList): RegExp => new RegExp(literalSource(list(name).entries), 'i')
