/** @module mentions/actors/compile: actor data → one phrase trie and lookup tables; duplicates throw. */
import { createRequire } from 'node:module'
import { countries } from '../countries.js'
import type { ClassInfo, ClassName, RawActors, RawGroup, RawKin, RawStateForce, Role, StateKind } from './load.js'
import { fold, phraseWords, setShortAliasChars, Trie } from './phrases.js'

/** A named actor as compiled: `countries` is home first, then where else it fights. */
export interface Group {
  readonly name: string; readonly inter: number; readonly country: string; readonly countries: readonly string[]
  readonly kind: string; readonly from: string | null; readonly to: string | null; readonly local: boolean
  /** The member's own name, associated with the umbrella actor `name` (ACLED codes members so). */
  readonly assoc?: string
}
export interface Unit { readonly country: string; readonly kind: StateKind; readonly unit: string | null; readonly local: boolean; readonly from: string | null; readonly to: string | null }

/** What a phrase in the text can stand for; one phrase may carry several. */
export type Target =
  | { type: 'group'; group: Group }
  | { type: 'unit'; unit: Unit }
  | { type: 'class'; cls: ClassName; insurgent: boolean; unit?: string }
  | { type: 'social'; label: string }
  | { type: 'country'; iso: string; demonym: boolean }
  | { type: 'adjective'; key: string }
  | { type: 'ethnic'; name: string }
  | { type: 'prefix' }

export interface ActorIndex {
  readonly trie: Trie<Target>
  /** The phrases named only in one country (its political parties), compiled on first use: null when it has none. */
  readonly localTrie: (iso: string) => Trie<Target> | null
  readonly groupsByName: ReadonlyMap<string, Group>
  readonly state: ReadonlyMap<string, RawStateForce[]>          // `${iso} ${kind}` → periods, oldest first
  readonly classes: Readonly<Record<ClassName, ClassInfo>>
  readonly qualifiers: ReadonlySet<string>
  /** Folded nouns that name a class only after a country's name or demonym ("forces" → military). */
  readonly countryNouns: ReadonlyMap<string, ClassName>
  readonly adjectiveNouns: ReadonlySet<string>                    // folded phrase of the noun
  readonly adjectives: Readonly<Record<string, Record<string, string>>>
  readonly ethnicMilitia: ReadonlySet<string>
  readonly ethnicGroup: ReadonlySet<string>
  /** An ethnic name → the social group ACLED associates with its people ("Fulani" → "Pastoralists"). */
  readonly trades: ReadonlyMap<string, string>
  /** Peoples ACLED calls indigenous rather than ethnic (the Americas). */
  readonly indigenous: ReadonlySet<string>
  readonly insurgents: Readonly<Record<string, string>>
  /** ISO2 → the first-level areas (gazetteer names) where the country's `insurgents` group holds (generic.yaml `insurgent_areas`). */
  readonly insurgentAreas: Readonly<Record<string, readonly string[]>>
  /** ISO2 of a territory → class → ISO2 of the state whose forces the unnamed nouns of that class are there (generic.yaml `operated_by`). */
  readonly operatedBy: Readonly<Record<string, Partial<Record<ClassName, string>>>>
  /** ISO2 → the group standing for a side no words name (generic.yaml `unattributed`). */
  readonly unattributed: Readonly<Record<string, string>>
  /** When a found alias is not its actor: folded common words, folded name heads ("street", "bank"). */
  readonly aliasRules: { readonly common: ReadonlySet<string>; readonly nameHeads: ReadonlySet<string>; readonly propertyHeads: ReadonlySet<string>; readonly governmentUnits: ReadonlySet<string> }
  /** Social nouns, folded and space-joined ("cattle herders") → their label ("Pastoralists"). */
  readonly socialNouns: ReadonlyMap<string, string>
  /** Named clans and communities: folded kin words → ACLED's label, the armed nouns, lineages. */
  readonly kin: Kin
  /** ISO2 → the countries it shares a land border with (world-countries): "near" a group's home. */
  readonly neighbours: ReadonlyMap<string, readonly string[]>
}

export interface Kin {
  /** Folded words of a kin noun ("sub clan") → the label in ACLED's name ("Sub-Clan"). */
  readonly heads: ReadonlyMap<string, string>
  /** Armed nouns after the kin noun ("clan militia"), folded phrases. */
  readonly militia: ReadonlySet<string>
  /** Armed nouns before "from/of the <name> clan". */
  readonly armedBefore: ReadonlySet<string>
  /** Folded capitalised words that are no kin group's name. */
  readonly notNames: ReadonlySet<string>
  /** A sub-clan's name → the name ACLED writes, with its parent ("Saad" → "Habar Gedir-Saad"). */
  readonly lineage: ReadonlyMap<string, string>
  /** Countries where "the X community" is a place, not a kin group. */
  readonly communityIsPlace: ReadonlySet<string>
}

/** Land borders by ISO2, from world-countries' `borders` (ISO3). */
function landNeighbours(): Map<string, string[]> {
  const world = createRequire(import.meta.url)('world-countries') as { cca2: string; cca3: string; borders?: string[] }[]
  const iso2 = new Map(world.map((w) => [w.cca3, w.cca2]))
  return new Map(world.map((w) => [w.cca2, (w.borders ?? []).flatMap((b) => (iso2.has(b) ? [iso2.get(b)!] : []))]))
}

const roles: Record<number, Role> = { 1: 'armed', 2: 'armed', 3: 'armed', 4: 'armed', 5: 'rioter', 6: 'protester', 7: 'civilian', 8: 'external' }
export const roleOf = (inter: number, kind = ''): Role => (kind === 'party' ? 'other' : roles[inter] ?? 'other')

const overlaps = (a: { from: string | null; to: string | null }, b: { from: string | null; to: string | null }): boolean =>
  (a.from ?? '0000') < (b.to ?? '9999') && (b.from ?? '0000') < (a.to ?? '9999')

/** Compile the raw data once. Throws, naming file and alias, when one alias names two actors for the same country and time. */
export function compileActors(raw: RawActors): ActorIndex {
  return compileActorsFull(raw).index
}

/** The index, and how to write it as a snapshot (build/actor-index.json) that restoreActors loads without the data files. */
export function compileActorsFull(raw: RawActors): { index: ActorIndex; snapshot: () => ActorSnapshot } {
  setShortAliasChars(raw.aliasRules.short_alias_chars)
  const trie = new Trie<Target>()
  // Every phrase added, in order: the snapshot replays them into an identical trie.
  const added: { phrase: string; target: Target; split: { words: string[]; raw: string[] } }[] = []
  const addPhrase = (phrase: string, target: Target, split: { words: string[]; raw: string[] } = phraseWords(phrase)) => {
    added.push({ phrase, target, split })
    trie.add(phrase, target, split)
  }
  const known = countries()
  const checkIso = (file: string, iso: string, what: string) => {
    if (!known.has(iso)) throw new Error(`data/actors/${file}: ${what} has unknown country ${iso}`)
  }

  // Named actors: an alias may recur only for another home country or a disjoint period.
  const seen = new Map<string, { group: Group; file: string }[]>()
  const groupsByName = new Map<string, Group>()
  const addNamed = (file: string, alias: string, group: Group, target: Target) => {
    const split = phraseWords(alias)
    const key = split.words.join(' ')
    for (const other of seen.get(key) ?? []) {
      if (other.group.country === group.country && other.group.name !== group.name && overlaps(other.group, group)) {
        throw new Error(`data/actors/${file}: alias "${alias}" of ${group.name} already names ${other.group.name} (${other.file})`)
      }
      // Spellings that fold alike ("Islamic State-Khorasan", "Islamic State Khorasan") are one alias.
      if (other.group === group) return
    }
    seen.set(key, [...(seen.get(key) ?? []), { group, file }])
    addPhrase(alias, target, split)
  }
  raw.groups.forEach((g: RawGroup) => {
    checkIso('groups.yaml', g.country, g.name)
    for (const c of g.active ?? []) checkIso('groups.yaml', c, g.name)
    const group: Group = {
      name: g.name, inter: g.inter, country: g.country, countries: [g.country, ...(g.active ?? [])], kind: g.kind ?? '',
      from: g.from ?? null, to: g.to ?? null, local: g.local ?? false, ...(g.assoc ? { assoc: g.assoc } : {}),
    }
    if (!groupsByName.has(g.name) && !g.assoc) groupsByName.set(g.name, group)
    for (const alias of new Set(g.aliases)) addNamed('groups.yaml', alias, group, { type: 'group', group })
  })
  raw.stateUnits.forEach((u) => {
    checkIso('state-units.yaml', u.country, u.unit ?? u.kind)
    const unit: Unit = { country: u.country, kind: u.kind, unit: u.unit ?? null, local: u.local ?? false, from: u.from ?? null, to: u.to ?? null }
    const pseudo: Group = { name: `${u.country} ${u.kind} ${u.unit ?? ''}`, inter: 1, country: u.country, countries: [u.country], kind: u.kind, from: unit.from, to: unit.to, local: unit.local }
    for (const alias of new Set(u.aliases)) addNamed('state-units.yaml', alias, pseudo, { type: 'unit', unit })
  })

  const state = new Map<string, RawStateForce[]>()
  for (const s of raw.stateForces) {
    const key = `${s.country} ${s.kind}`
    const list = state.get(key)
    if (list) list.push(s)
    else state.set(key, [s])
  }
  // `from` is YYYY-MM-DD (load.ts checks it) or absent: code-unit order is date order, and it
  // spares start-up the ICU collator that localeCompare sets up (≈ 60 ms CPU).
  const byFrom = (a: RawStateForce, b: RawStateForce): number => { const x = a.from ?? '', y = b.from ?? ''; return x < y ? -1 : x > y ? 1 : 0 }
  for (const list of state.values()) list.sort(byFrom)

  // Generic nouns and social groups: one meaning per phrase across all lists.
  const g = raw.generic
  const generic = new Map<string, string>()
  const addGeneric = (phrase: string, what: string, target: Target) => {
    const split = phraseWords(phrase)
    const key = split.words.join(' ')
    const before = generic.get(key)
    if (before && before !== what) throw new Error(`data/actors/generic.yaml: "${phrase}" is in both ${before} and ${what}`)
    if (before) return
    generic.set(key, what)
    addPhrase(phrase, target, split)
  }
  const insurgent = new Set(g.insurgent_nouns.map((n) => phraseWords(n).words.join(' ')))
  // Nouns that name a unit of any country's forces ("prison guards" → `Police Forces of X (...) Prison Guards`).
  const unitOf = new Map<string, { cls: ClassName; unit: string }>()
  for (const [cls, units] of Object.entries(g.units ?? {})) {
    for (const [unit, nouns] of Object.entries(units ?? {})) for (const n of nouns) unitOf.set(phraseWords(n).words.join(' '), { cls: cls as ClassName, unit })
  }
  for (const cls of Object.keys(g.nouns) as ClassName[]) {
    if (!g.classes[cls]) throw new Error(`data/actors/generic.yaml: nouns for unknown class ${cls}`)
    for (const noun of g.nouns[cls]) {
      const key = phraseWords(noun).words.join(' ')
      const unit = unitOf.get(key)
      if (unit && unit.cls !== cls) throw new Error(`data/actors/generic.yaml: unit noun "${noun}" is listed under units.${unit.cls} but nouns.${cls}`)
      addGeneric(noun, `nouns.${cls}`, { type: 'class', cls, insurgent: insurgent.has(key), ...(unit ? { unit: unit.unit } : {}) })
      unitOf.delete(key)
    }
  }
  const stray = [...unitOf.keys()][0]
  if (stray !== undefined) throw new Error(`data/actors/generic.yaml: unit noun "${stray}" is not among the nouns`)
  for (const n of insurgent) if (!generic.has(n)) throw new Error(`data/actors/generic.yaml: insurgent noun "${n}" is not among the nouns`)
  const socialNouns = new Map<string, string>()
  for (const [label, nouns] of Object.entries(g.social)) {
    for (const noun of nouns) {
      addGeneric(noun, `social.${label}`, { type: 'social', label })
      socialNouns.set(noun.split(/\s+/).map(fold).join(' '), label)
    }
  }
  for (const p of g.prefixes) addPhrase(p, { type: 'prefix' })

  // Countries: names and demonyms open "Syrian troops", "Nigeria's police".
  const prefer = new Map(Object.entries(raw.countries.demonym_prefer).map(([d, iso]) => [fold(d), iso]))
  const demonymOwner = new Map<string, string>()
  for (const c of known.values()) {
    const extra = raw.countries.demonyms[c.iso] ?? []
    for (const d of [...c.demonyms, ...extra]) {
      for (const form of plurals(d)) {
        const key = fold(form)
        const owner = demonymOwner.get(key)
        if (owner && owner !== c.iso && prefer.get(key) !== c.iso) continue
        if (owner === c.iso) continue
        demonymOwner.set(key, c.iso)
      }
    }
  }
  for (const [form, iso] of demonymOwner) addPhrase(form, { type: 'country', iso, demonym: true })
  const countryNames = new Set<string>()
  for (const c of known.values()) for (const name of new Set([c.name, ...c.names.filter((n) => /^[\x20-\x7e]+$/.test(n) && !n.includes(','))])) {
    addPhrase(name, { type: 'country', iso: c.iso, demonym: false })
    countryNames.add(phraseWords(name).words.join(' '))
  }

  for (const key of Object.keys(g.adjectives.table)) {
    for (const [iso, name] of Object.entries(g.adjectives.table[key])) {
      if (!groupsByName.has(name)) throw new Error(`data/actors/generic.yaml: adjective ${key} → ${iso} names unknown actor "${name}"`)
    }
    addPhrase(key, { type: 'adjective', key: fold(key) })
  }
  for (const [iso, name] of Object.entries(g.unattributed ?? {})) {
    checkIso('generic.yaml', iso, `unattributed.${iso}`)
    if (!groupsByName.has(name)) throw new Error(`data/actors/generic.yaml: unattributed.${iso} names unknown actor "${name}"`)
  }
  for (const [iso, name] of Object.entries(g.insurgents)) {
    checkIso('generic.yaml', iso, `insurgents.${iso}`)
    if (!groupsByName.has(name)) throw new Error(`data/actors/generic.yaml: insurgents.${iso} names unknown actor "${name}"`)
  }
  for (const iso of Object.keys(g.insurgent_areas ?? {})) {
    if (!g.insurgents[iso]) throw new Error(`data/actors/generic.yaml: insurgent_areas.${iso} has no insurgents.${iso}`)
  }
  for (const name of g.ethnic.indigenous ?? []) if (!g.ethnic.names.includes(name)) throw new Error(`data/actors/generic.yaml: ethnic.indigenous "${name}" is not among ethnic.names`)
  for (const name of g.ethnic.names) addPhrase(name, { type: 'ethnic', name: g.ethnic.rename[name] ?? name })

  // Imported groups last: an alias already naming a curated actor, a generic noun or a country is theirs.
  const taken = (key: string) => seen.has(key) || generic.has(key) || demonymOwner.has(key) || countryNames.has(key)
  // Parties (thousands, each matched only at home) go into a trie per country, built when an
  // article of that country first asks: start-up does not pay for the world's parties.
  const parties = new Map<string, { group: Group; aliases: string[] }[]>()
  for (const g of raw.kbGroups) {
    if (!known.has(g.country) || groupsByName.has(g.name)) continue
    const group: Group = { name: g.name, inter: g.inter, country: g.country, countries: [g.country], kind: g.kind ?? '', from: g.from ?? null, to: g.to ?? null, local: true }
    groupsByName.set(g.name, group)
    if (group.kind === 'party') {
      parties.set(g.country, [...(parties.get(g.country) ?? []), { group, aliases: [...new Set(g.aliases)] }])
      continue
    }
    for (const alias of new Set(g.aliases)) {
      const split = phraseWords(alias)
      const key = split.words.join(' ')
      if (taken(key)) continue
      seen.set(key, [{ group, file: 'kb-groups.yaml' }])
      addPhrase(alias, { type: 'group', group }, split)
    }
  }
  const localTries = new Map<string, Trie<Target> | null>()
  // A country's party phrases, in order, each folded phrase once and none another actor's.
  const partyPhrases = (iso: string): { phrase: string; group: Group; split: { words: string[]; raw: string[] } }[] => {
    const out: { phrase: string; group: Group; split: { words: string[]; raw: string[] } }[] = []
    const own = new Set<string>()
    for (const { group, aliases } of parties.get(iso) ?? []) {
      for (const alias of aliases) {
        const split = phraseWords(alias)
        const key = split.words.join(' ')
        if (taken(key) || own.has(key)) continue
        own.add(key)
        out.push({ phrase: alias, group, split })
      }
    }
    return out
  }
  const localTrie = (iso: string): Trie<Target> | null => {
    let t = localTries.get(iso)
    if (t !== undefined) return t
    t = null
    for (const { phrase, group, split } of partyPhrases(iso)) (t ??= new Trie<Target>()).add(phrase, { type: 'group', group }, split)
    localTries.set(iso, t)
    return t
  }

  const phraseSet = (list: string[]) => new Set(list.map((n) => phraseWords(n).words.join(' ')))
  const index: ActorIndex = {
    trie, groupsByName, state, classes: g.classes,
    qualifiers: new Set(g.qualifiers.map(fold)),
    countryNouns: new Map(Object.entries(g.country_nouns ?? {}).flatMap(([cls, nouns]) => (nouns ?? []).map((n): [string, ClassName] => [phraseWords(n).words.join(' '), cls as ClassName]))),
    adjectiveNouns: phraseSet(g.adjectives.nouns),
    adjectives: Object.fromEntries(Object.entries(g.adjectives.table).map(([k, v]) => [fold(k), v])),
    ethnicMilitia: phraseSet(g.ethnic.militia), ethnicGroup: phraseSet(g.ethnic.group), trades: new Map(Object.entries(g.ethnic.trades ?? {})), indigenous: new Set(g.ethnic.indigenous ?? []),
    insurgents: g.insurgents, insurgentAreas: g.insurgent_areas ?? {}, operatedBy: g.operated_by ?? {}, unattributed: g.unattributed ?? {},
    kin: compileKin(g.kin), socialNouns, localTrie,
    neighbours: landNeighbours(),
    aliasRules: { common: new Set(raw.aliasRules.common_words.map(fold)), nameHeads: new Set(raw.aliasRules.name_heads.map(fold)), propertyHeads: new Set((raw.aliasRules.property_heads ?? []).map(fold)), governmentUnits: new Set((raw.aliasRules.government_units ?? []).map(fold)) },
  }
  const snapshot = (): ActorSnapshot => {
    // Groups and units are shared objects (one per actor, many aliases): the snapshot numbers them.
    const groups: Group[] = [], units: Unit[] = []
    const gi = new Map<Group, number>(), ui = new Map<Unit, number>()
    const gref = (g: Group) => gi.get(g) ?? (gi.set(g, groups.push(g) - 1), groups.length - 1)
    const uref = (u: Unit) => ui.get(u) ?? (ui.set(u, units.push(u) - 1), units.length - 1)
    const target = (t: Target): SnapTarget => (t.type === 'group' ? { type: 'group', g: gref(t.group) } : t.type === 'unit' ? { type: 'unit', u: uref(t.unit) } : t)
    const phrases = added.map((a): SnapPhrase => [a.phrase, a.split.words, a.split.raw, target(a.target)])
    const byName = [...groupsByName].map(([name, g]): [string, number] => [name, gref(g)])
    // As JSON text per country: a run parses only the countries its articles are about (start-up).
    const local = Object.fromEntries([...parties.keys()].map((iso) => [iso, JSON.stringify(partyPhrases(iso).map((p): SnapParty => [p.phrase, p.split.words, p.split.raw, gref(p.group)]))]))
    const k = index.kin
    return {
      version: SNAPSHOT_VERSION, key: '', shortAliasChars: raw.aliasRules.short_alias_chars, groups, units, phrases, groupsByName: byName, local,
      state: [...state].map(([key, periods]): [string, string] => [key, JSON.stringify(periods)]), classes: index.classes, qualifiers: [...index.qualifiers], countryNouns: [...index.countryNouns], adjectiveNouns: [...index.adjectiveNouns], adjectives: index.adjectives,
      ethnicMilitia: [...index.ethnicMilitia], ethnicGroup: [...index.ethnicGroup], trades: [...index.trades], indigenous: [...index.indigenous],
      insurgents: index.insurgents, insurgentAreas: index.insurgentAreas, operatedBy: index.operatedBy, unattributed: index.unattributed,
      aliasRules: { common: [...index.aliasRules.common], nameHeads: [...index.aliasRules.nameHeads], propertyHeads: [...index.aliasRules.propertyHeads], governmentUnits: [...index.aliasRules.governmentUnits] },
      socialNouns: [...socialNouns],
      kin: { heads: [...k.heads], militia: [...k.militia], armedBefore: [...k.armedBefore], notNames: [...k.notNames], lineage: [...k.lineage], communityIsPlace: [...k.communityIsPlace] },
      neighbours: [...index.neighbours] as [string, string[]][],
    }
  }
  return { index, snapshot }
}

/** Bumped when the snapshot's layout changes. */
export const SNAPSHOT_VERSION = 6
type SnapTarget = Exclude<Target, { type: 'group' } | { type: 'unit' }> | { type: 'group'; g: number } | { type: 'unit'; u: number }
/** phrase, folded words, written words, target. */
type SnapPhrase = [string, string[], string[], SnapTarget]
type SnapParty = [string, string[], string[], number]
/** The compiled index as JSON: shared groups and units by number, the trie as its phrases in the order they were added. */
export interface ActorSnapshot {
  version: number
  /** Hash of the data and code it was compiled from (set by the writer). */
  key: string
  shortAliasChars: number
  groups: Group[]; units: Unit[]; phrases: SnapPhrase[]; groupsByName: [string, number][]
  /** ISO2 → its parties' phrases (SnapParty[] as JSON text, parsed when first asked for), filtered as localTrie filters them. */
  local: Record<string, string>
  /** `${iso} ${kind}` → its periods (RawStateForce[] as JSON text, parsed when first asked for). */
  state: [string, string][]
  /** Sizes and times of the files `key` hashes (set by the writer): while they are unchanged the key is not recomputed. */
  stamp?: string
  classes: Record<ClassName, ClassInfo>
  qualifiers: string[]; countryNouns: [string, ClassName][]; adjectiveNouns: string[]; adjectives: Record<string, Record<string, string>>
  ethnicMilitia: string[]; ethnicGroup: string[]; trades: [string, string][]; indigenous: string[]
  insurgents: Record<string, string>; insurgentAreas: Record<string, readonly string[]>; operatedBy: Record<string, Partial<Record<ClassName, string>>>; unattributed: Record<string, string>
  aliasRules: { common: string[]; nameHeads: string[]; propertyHeads: string[]; governmentUnits: string[] }
  socialNouns: [string, string][]
  kin: { heads: [string, string][]; militia: string[]; armedBefore: string[]; notNames: string[]; lineage: [string, string][]; communityIsPlace: string[] }
  neighbours: [string, string[]][]
}

/** A map whose values are kept as JSON text and parsed when first read (a snapshot's state forces: an article needs one or two countries'). */
class JsonValueMap<V> extends Map<string, V> {
  constructor(entries: readonly [string, string][]) {
    super()
    for (const [key, text] of entries) super.set(key, text as unknown as V)
  }
  override get(key: string): V | undefined {
    const v = super.get(key) as unknown
    if (typeof v !== 'string') return v as V | undefined
    const parsed = JSON.parse(v) as V
    super.set(key, parsed)
    return parsed
  }
  override forEach(fn: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const key of super.keys()) fn.call(thisArg, this.get(key) as V, key, this)
  }
  override *entries(): MapIterator<[string, V]> { for (const key of super.keys()) yield [key, this.get(key) as V] }
  override *values(): MapIterator<V> { for (const key of super.keys()) yield this.get(key) as V }
  override [Symbol.iterator](): MapIterator<[string, V]> { return this.entries() }
}

/** The index a snapshot holds: the same tries (phrases replayed in order, no tokenizing) and tables. */
export function restoreActors(s: ActorSnapshot): ActorIndex {
  setShortAliasChars(s.shortAliasChars)
  const target = (t: SnapTarget): Target => (t.type === 'group' ? { type: 'group', group: s.groups[t.g] } : t.type === 'unit' ? { type: 'unit', unit: s.units[t.u] } : t)
  const trie = new Trie<Target>()
  for (const [phrase, words, raw, t] of s.phrases) trie.add(phrase, target(t), { words, raw })
  const localTries = new Map<string, Trie<Target> | null>()
  const localTrie = (iso: string): Trie<Target> | null => {
    let t = localTries.get(iso)
    if (t !== undefined) return t
    t = null
    const list = s.local[iso] === undefined ? [] : (JSON.parse(s.local[iso]) as SnapParty[])
    for (const [phrase, words, raw, g] of list) (t ??= new Trie<Target>()).add(phrase, { type: 'group', group: s.groups[g] }, { words, raw })
    localTries.set(iso, t)
    return t
  }
  const k = s.kin
  return {
    trie, localTrie, groupsByName: new Map(s.groupsByName.map(([name, g]) => [name, s.groups[g]])), state: new JsonValueMap<RawStateForce[]>(s.state), classes: s.classes,
    qualifiers: new Set(s.qualifiers), countryNouns: new Map(s.countryNouns), adjectiveNouns: new Set(s.adjectiveNouns), adjectives: s.adjectives,
    ethnicMilitia: new Set(s.ethnicMilitia), ethnicGroup: new Set(s.ethnicGroup), trades: new Map(s.trades), indigenous: new Set(s.indigenous),
    insurgents: s.insurgents, insurgentAreas: s.insurgentAreas, operatedBy: s.operatedBy ?? {}, unattributed: s.unattributed,
    aliasRules: { common: new Set(s.aliasRules.common), nameHeads: new Set(s.aliasRules.nameHeads), propertyHeads: new Set(s.aliasRules.propertyHeads), governmentUnits: new Set(s.aliasRules.governmentUnits) },
    socialNouns: new Map(s.socialNouns),
    kin: { heads: new Map(k.heads), militia: new Set(k.militia), armedBefore: new Set(k.armedBefore), notNames: new Set(k.notNames), lineage: new Map(k.lineage), communityIsPlace: new Set(k.communityIsPlace) },
    neighbours: new Map(s.neighbours),
  }
}

function compileKin(k: RawKin | undefined): Kin {
  if (!k?.heads || !Array.isArray(k.militia) || !Array.isArray(k.armed_before) || !Array.isArray(k.not_names)) {
    throw new Error('data/actors/generic.yaml: kin needs heads, militia, armed_before and not_names')
  }
  const key = (p: string) => phraseWords(p).words.join(' ')
  return {
    heads: new Map(Object.entries(k.heads).map(([h, label]) => [key(h), label])),
    militia: new Set(k.militia.map(key)), armedBefore: new Set(k.armed_before.map(key)),
    notNames: new Set(k.not_names.map(fold)), lineage: new Map(Object.entries(k.lineage ?? {})),
    communityIsPlace: new Set([...countries().values()].filter((c) => k.community_is_place?.regions.includes(c.region) || k.community_is_place?.countries.includes(c.iso)).map((c) => c.iso)),
  }
}

/** A demonym and its plural ("Syrian", "Syrians"); "Sudanese" and "British" have none. */
function plurals(d: string): string[] {
  if (/(ese|sh|ch|s)$/i.test(d) || d === d.toUpperCase()) return [d]
  return [d, d + 's']
}
