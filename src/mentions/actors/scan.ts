/** @module mentions/actors/scan: walk the words, take the longest actor phrase at each point, resolve it. */
import type { ActorMention, Doc } from '../../doc.js'
import type { ActorIndex, Group, Target, Unit } from './compile.js'
import type { ClassName } from './load.js'
import type { Word } from './phrases.js'
import type { ActorRef } from './resolve.js'
import { classRef, groupRef, namedRef, pickGroup, pickUnit, unitRef, unnamedClassRef } from './resolve.js'
import { countryName } from '../countries.js'
import { conventions } from './conventions.js'

/** What the article says about where and when, for every resolution. */
export interface Context {
  readonly iso: string | null; readonly day: string | null
  /** Every country the article's places and country names point to, with its weight: where its named groups may be. */
  readonly votes?: ReadonlyMap<string, number>
  /** The first-level areas the article's places in its country lie in (gazetteer names): where a country's usual insurgent holds. */
  readonly areas?: ReadonlySet<string>
  /** Hears why a phrase was not taken as an actor (rule id, reason, the words' span). */
  readonly reject?: (rule: string, reason: string, span: readonly [number, number]) => void
}

interface Found { start: number; end: number; ref: ActorRef; rule: string; score: number; assoc?: string }

const isTerminal = (t: Target) => t.type === 'group' || t.type === 'unit' || t.type === 'class' || t.type === 'social'

/** Find every actor mention in the document's words. */
/** Prepositions of place: "in the state" names where, not who. */
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'throughout', 'within', 'around', 'into', 'outside', 'inside', 'near', 'from'])

export function scan(doc: Doc, words: readonly Word[], index: ActorIndex, ctx: Context): ActorMention[] {
  const out: ActorMention[] = []
  const spanOf = (from: number, to: number) => [doc.tokens.start[words[from].token], doc.tokens.end[words[to - 1].token]] as const
  const scoped: Scoped = { ...ctx, span: spanOf, text: doc.text }
  let lastKinMilitia: number | null = null
  for (let i = 0; i < words.length;) {
    const found = best(words, i, index, scoped)
    if (!found) { i++; continue }
    if (!found.ref.generic && (found.ref.role === 'armed' || found.ref.role === 'external')) found.end = absorbNoun(words, found.end, index)
    const start = doc.tokens.start[words[found.start].token]
    const end = doc.tokens.end[words[found.end - 1].token]
    const head = properHead(words, found, index)
    if (head) {
      const n = head.split(' ').length
      ctx.reject?.('actor-in-proper-name', `"${doc.text.slice(start, end)} ${head}" names a street, building or company, not the actor ${found.ref.name}.`, [start, doc.tokens.end[words[found.end + n - 1].token]])
      i = found.end + n
      continue
    }
    // "the People's Liberation Army of Manipur": a state force's name followed by "of" and a place of another country
    // is another organisation's longer name (a rebel group named after its homeland), not that state's force.
    const elsewhere = found.rule === 'state-alias' ? placeOfOther(doc, words, found.end, found.ref.countryCode) : null
    if (elsewhere) {
      ctx.reject?.('state-name-of-place', `"${doc.text.slice(start, elsewhere[1])}" names an organisation of ${doc.text.slice(elsewhere[0], elsewhere[1])}, not ${found.ref.name}.`, [start, elsewhere[1]])
      i = found.end
      continue
    }
    // "attacks on villages in the state", "across the state": after a preposition of place, "the state" is the province
    // (Nigeria's, India's, Mexico's states), not the government.
    if (PLACE_PREPOSITIONS.has(words[found.start - 1]?.w ?? '') && /^the state$/i.test(doc.text.slice(start, end))) {
      ctx.reject?.('state-as-place', `"${doc.text.slice(start, end)}" after "${words[found.start - 1].raw}" is a province, not the government.`, [start, end])
      i = found.end
      continue
    }
    // "in Bokkos local government area": an administrative unit, not the government as a side (alias-rules.yaml government_units).
    if (/^government$/i.test(doc.text.slice(start, end)) && words[found.start - 1]?.w === 'local' && index.aliasRules.governmentUnits.has(words[found.end]?.w ?? '')) {
      ctx.reject?.('government-unit', `"local ${doc.text.slice(start, end)} ${words[found.end].raw}" names an administrative unit, not the government.`, [start, doc.tokens.end[words[found.end].token]])
      i = found.end + 1
      continue
    }
    // "civilian houses", "residential buildings": the word tells what was hit, a thing, not people (alias-rules.yaml property_heads).
    const thing = found.ref.role === 'civilian' && found.rule !== 'social-group' ? words[found.end] : undefined
    if (thing && index.aliasRules.propertyHeads.has(thing.w)) {
      ctx.reject?.('civilian-property', `"${doc.text.slice(start, end)} ${thing.raw}" names property, not people: no civilians as a side.`, [start, doc.tokens.end[words[found.end].token]])
      i = found.end + 1
      continue
    }
    // "militiamen from the Leelkayse clan and Saad sub-clans": the second kin group is armed too.
    if (found.rule === 'kin-group' && lastKinMilitia !== null && words.slice(lastKinMilitia, found.start).every((w) => w.w === 'and' || w.w === 'the' || w.w === ',')) {
      found.ref = { ...found.ref, ...kinMilitia(found.assoc!, ctx.iso) }
      found.rule = 'kin-militia'
      delete found.assoc
    }
    lastKinMilitia = found.rule === 'kin-militia' ? found.end : null
    // "BJP workers", "PML-N workers": a party's workers are its members, not a labour group.
    const prev = out[out.length - 1]
    if (found.rule === 'social-group' && found.assoc?.startsWith('Labour Group (') && prev?.rule === 'named-alias' && prev.assoc === prev.name
      && prev.span[1] <= start && /^\s*$/.test(doc.text.slice(prev.span[1], start))) {
      ctx.reject?.('party-workers', `"${prev.text} ${doc.text.slice(start, end)}" are the party's members, not a labour group.`, [prev.span[0], end])
      delete found.assoc
    }
    // "Russia's defence ministry said its air defence units shot down 30 drones": "its" forces are those of the state body
    // that speaks just before, not of the article's country (rule owner-of-its: read as "the forces of Russia").
    const owned = /^generic-(military|police)$/.exec(found.rule)?.[1] as ClassName | undefined
    const owner = owned && OWN_WORDS.has(words[found.start - 1]?.w ?? '') ? out[out.length - 1] : undefined
    // Only where the places stage read the body's country word the same way ("Congo's government" is the DRC's there).
    const ownerPlace = owner ? doc.places.find((p) => p.countryCode && p.span[0] >= owner.span[0] && p.span[1] <= owner.span[1]) : undefined
    if (owned && owner?.countryCode && !owner.generic && /^(?:Government|Military Forces|Police Forces) of /.test(owner.name)
      && (!ownerPlace || ownerPlace.countryCode === owner.countryCode)
      && start - owner.span[1] <= OWNER_REACH && conventions().speakerAfter(doc.text.slice(owner.span[1], start))) {
      ctx.reject?.('owner-of-its', `"${doc.text.slice(start, end)}" after "${owner.text} ... ${words[found.start - 1].raw}": the forces of ${countryName(owner.countryCode)}, the speaker's.`, [start, end])
      // A rival authority's own forces named as such ("Yemen's Houthi movement said its air defences"): the owner's forces, not
      // the recognised state's.
      const rival = owned === 'military' && owner.rule === 'named-alias' && /^Military Forces of .*\) \S/.test(owner.name)
      found.ref = rival ? { name: owner.name, inter: owner.inter, countryCode: owner.countryCode, role: owner.role, generic: false } : classRef(index, owned, owner.countryCode, ctx.day, ctx.iso)
      found.rule = `demonym-${owned}`
    }
    // "Afghan Taliban forces and Pakistani troops exchanged fire ... The Taliban's defence ministry said": a bare name the
    // document has already used inside a fuller one is that actor again, not a namesake the article's country prefers
    // (rule fuller-name-before).
    if (found.rule === 'named-alias') {
      const said = doc.text.slice(start, end)
      const fuller = out.find((o) => !o.generic && o.name !== found.ref.name && o.text.length > said.length && wordsWithin(said, o.text))
      if (fuller) {
        ctx.reject?.('fuller-name-before', `"${said}" was named before as "${fuller.text}": ${fuller.name}, not ${found.ref.name}.`, [start, end])
        found.ref = { name: fuller.name, inter: fuller.inter, countryCode: fuller.countryCode, role: fuller.role, generic: false }
      }
    }
    // Object.assign, not a spread followed by fields: same object, and V8's clone of refs of many shapes is several times slower.
    out.push(Object.assign({}, found.ref, { span: [start, end] as const, text: doc.text.slice(start, end), score: found.score, rule: found.rule }, found.assoc ? { assoc: found.assoc } : undefined))
    i = found.end
    // "military forces of India and Pakistan": the second country gets the same kind of actor.
    const cls = /^demonym-(military|police|government)$/.exec(found.rule)?.[1] as ClassName | undefined
    if (cls && words[i]?.w === 'and') {
      const other = index.trie.matchAt(words, i + 1).find((m) => m.entry.target.type === 'country' && !m.entry.target.demonym)
      if (other?.entry.target.type === 'country') {
        const s2 = doc.tokens.start[words[i + 1].token], e2 = doc.tokens.end[words[other.end - 1].token]
        out.push({ ...classRef(index, cls, other.entry.target.iso, ctx.day, ctx.iso), span: [s2, e2], text: doc.text.slice(s2, e2), score: 0.8, rule: found.rule })
        i = other.end
      }
    }
  }
  return out
}

/** The span of a place of a country other than `iso` named right after "of" at word `at` ("of Manipur"), or null. */
function placeOfOther(doc: Doc, words: readonly Word[], at: number, iso: string | null): readonly [number, number] | null {
  if (words[at]?.w !== 'of' || !words[at + 1] || !/^[A-Z]/.test(words[at + 1].raw)) return null
  const from = doc.tokens.start[words[at + 1].token]
  const place = doc.places.find((p) => p.span[0] === from && p.kind !== 'demonym')
  return place && place.countryCode && place.countryCode !== iso ? place.span : null
}

const stateClasses = new Set<ClassName>(['military', 'police', 'government'])
/** The possessive that ties forces to the body that speaks of them ("said its troops"). */
const OWN_WORDS = new Set(['its', 'their'])
/** How far (characters) "its" may follow the speaking body: "the defence ministry said on Thursday that its". */
const OWNER_REACH = 45

/** "forces of India", "the army of Nigeria": a country named after the noun. */
function ofCountry(words: readonly Word[], at: number, index: ActorIndex): { iso: string; end: number } | null {
  if (words[at]?.w !== 'of') return null
  const from = words[at + 1]?.w === 'the' ? at + 2 : at + 1
  const hit = index.trie.matchAt(words, from).find((m) => m.entry.target.type === 'country' && !m.entry.target.demonym)
  return hit?.entry.target.type === 'country' ? { iso: hit.entry.target.iso, end: hit.end } : null
}

const armedNouns = new Set<ClassName>(['military', 'police', 'armed', 'progov'])

/** "Hamas gunmen", "AMISOM troops": an armed noun right after a named armed actor is that actor. */
function absorbNoun(words: readonly Word[], end: number, index: ActorIndex): number {
  const next = index.trie.matchAt(words, end).find((m) => m.entry.target.type === 'class' && armedNouns.has(m.entry.target.cls))
  return next && next.end - end <= 2 ? next.end : end
}

/**
 * "Army Road", "Hamas Street", "UPC code": a name head right after the phrase (capitalised, or in
 * any case after an acronym) makes the phrase part of a street's, building's or company's name.
 */
function properHead(words: readonly Word[], found: Found, index: ActorIndex): string | null {
  const next = words[found.end]
  if (!next || !next.first) return null
  const written = words.slice(found.start, found.end).map((w) => w.raw).join(' ')
  if (!index.aliasRules.nameHeads.has(next.w)) return /^[A-Z]/.test(written) ? headAfterName(words, found.end, index) : null
  const acronym = !found.ref.generic && /[A-Z]/.test(written) && !/[a-z]/.test(written)
  return /^[A-Z]/.test(next.raw) || acronym ? next.raw : null
}

/**
 * "Government Girls Secondary School", "Police Staff College": a capitalised phrase, then up to three more capitalised
 * words and a name head, all one name: the phrase opens an institution's name.
 */
function headAfterName(words: readonly Word[], from: number, index: ActorIndex): string | null {
  for (let k = from; k < from + 4 && k < words.length; k++) {
    const w = words[k]
    if (!w.first || !/^[A-Z]/.test(w.raw)) return null
    if (k > from && index.aliasRules.nameHeads.has(w.w)) return words.slice(from, k + 1).map((x) => x.raw).join(' ')
  }
  return null
}

type Match = ReturnType<ActorIndex['trie']['matchAt']>[number]
type Scoped = Context & { span?: (from: number, to: number) => readonly [number, number]; text?: string }

/**
 * Whether a named alias found at `at` may stand for its actor: not a common word alone ("Return"),
 * and, for an acronym or short alias (case-checked by the trie), a group only where the article's
 * places or country names include one of its countries or their neighbours.
 */
function acceptNamed(words: readonly Word[], at: number, m: Match, index: ActorIndex, ctx: Scoped): boolean {
  const t = m.entry.target
  if (t.type !== 'group' && t.type !== 'unit') return true
  const said = words.slice(at, m.end).map((w) => w.raw).join(' ')
  const span = ctx.span?.(at, m.end) ?? [0, 0]
  const actor = t.type === 'group' ? t.group.name : `the ${t.unit.kind} of ${t.unit.country}`
  if (m.end - at === 1 && index.aliasRules.common.has(words[at].w)) {
    ctx.reject?.('alias-common-word', `"${said}" is a common word, never on its own an alias of ${actor}.`, span)
    return false
  }
  if (t.type !== 'group') return true
  // A distinctive name ("Al Shabaab", "Taliban") is evidence of its own country, stronger than a
  // misread place; an acronym or short alias ("UPC", "3R", "SSA") could be anything far from home.
  const votes = ctx.votes
  // External forces and international missions (inter 8) act abroad by definition.
  // One misread place is too weak to overrule a name: only a country named twice or in words counts.
  if (!votes || ![...votes.values()].some((w) => w >= 2) || !m.entry.raw || t.group.inter === 8) return true
  const near = (c: string) => votes.has(c) || (index.neighbours.get(c) ?? []).some((n) => votes.has(n))
  if (t.group.countries.some(near)) return true
  ctx.reject?.('group-far-from-home', `"${said}" would be ${actor}, but the article is about ${[...votes.keys()].join(', ')}, none of its countries (${t.group.countries.join(', ')}) nor their neighbours, and a short alias alone could be anything.`, span)
  return false
}

/** The longest reading at word `at`: a named alias, or [country|adjective|ethnic] [qualifiers] noun. */
function best(words: readonly Word[], at: number, index: ActorIndex, ctx: Scoped): Found | null {
  const caseMiss = (entry: Match['entry'], end: number) => {
    const t = entry.target
    if ((t.type !== 'group' && t.type !== 'unit') || entry.written.join('').length < 3) return
    const said = words.slice(at, end).map((w) => w.raw).join(' ')
    ctx.reject?.('alias-case', `"${said}" is not written as the alias "${entry.written.join(' ')}" (${t.type === 'group' ? t.group.name : `the ${t.unit.kind} of ${t.unit.country}`}): acronyms and short names match only in their written case.`, ctx.span?.(at, end) ?? [0, 0])
  }
  const local = ctx.iso ? index.localTrie(ctx.iso)?.matchAt(words, at, caseMiss) : undefined
  const all = index.trie.matchAt(words, at, caseMiss)
  // Most words start no phrase (the common case, checked before any merging or filtering): only a
  // clan's name or "armed" may still start a reading.
  if (!all.length && !local?.length) {
    const kin = kinReading(words, at, index, ctx)
    if (kin) return kin
    if (words[at].w !== 'armed') return null
  }
  // Longest first across both tries, as each gives them.
  const merged = local?.length ? [...all, ...local].sort((a, b) => b.end - a.end) : all
  const matches = merged.filter((m) => acceptNamed(words, at, m, index, ctx))
  // A clan or community named by capitalised words ("the Leelkayse clan") is in no list.
  const kin = matches.length ? null : kinReading(words, at, index, ctx)
  if (kin) return kin
  // Most words start no phrase at all; only "armed" reads on without a match of its own.
  if (!matches.length && words[at].w !== 'armed') return null
  let result: Found | null = null
  const consider = (f: Found | null) => { if (f && (!result || f.end > result.end)) result = f }
  // Named aliases and nouns, longest first: the first that resolves wins among them, unless a
  // shorter alias names this country's group ("Islamic State" in Egypt before "Islamic State militants").
  const readings: Found[] = []
  for (const m of matches) {
    const targets = matches.filter((x) => x.end === m.end).map((x) => x.entry.target).filter(isTerminal)
    const f = terminal(targets, at, m.end, index, ctx, null)
    if (f && !readings.some((r) => r.end === f.end)) readings.push(f)
  }
  const home = readings.find((r) => r.rule === 'named-alias' && r.ref.countryCode === ctx.iso)
  consider(home && readings[0].ref.countryCode !== ctx.iso ? home : readings[0] ?? null)
  // "armed Fulani": an ethnic name armed is its militia.
  if (words[at].w === 'armed') {
    const ethnic = index.trie.matchAt(words, at + 1).find((m) => m.entry.target.type === 'ethnic')
    if (ethnic?.entry.target.type === 'ethnic') {
      const label = ctx.iso ? countryName(ctx.iso) : 'International'
      const trade = index.trades.get(ethnic.entry.target.name)
      consider({ start: at, end: ethnic.end, ref: { name: `${ethnic.entry.target.name} ${peopleWord(index, ethnic.entry.target.name)} Militia (${label})`, inter: 4, countryCode: ctx.iso, role: 'armed', generic: false }, rule: 'ethnic-militia', score: 0.7, ...(trade ? { assoc: `${trade} (${label})` } : {}) })
    }
  }
  for (const m of matches) {
    const t = m.entry.target
    if (t.type === 'class' && stateClasses.has(t.cls)) {
      const of = ofCountry(words, m.end, index)
      if (of) consider({ ...terminal([t], at, of.end, index, ctx, of.iso)!, rule: `demonym-${t.cls}` })
    }
    if (t.type === 'country') consider(afterCountry(words, at, m.end, t.iso, t.demonym, index, ctx) ?? coordinatedForces(words, at, m.end, t.iso, t.demonym, index, ctx))
    else if (t.type === 'adjective' || t.type === 'ethnic') consider(afterAdjective(words, at, m.end, t, index, ctx) ?? (t.type === 'ethnic' ? coordinated(words, at, m.end, t, index, ctx) : null))
    else if (t.type === 'prefix') {
      const inner = best(words, m.end, index, ctx)
      if (inner && inner.start === m.end && inner.rule !== 'named-alias') consider({ ...inner, start: at })
    }
  }
  // "Nepal Armed Police personnel": a country's noun phrase that only runs a word or two past a unit's own name
  // ("Nepal Armed Police") is that unit with its noun, not the country's plain force.
  const found = result as Found | null
  if (found && /^demonym-(military|police)$/.test(found.rule)) {
    const unit = readings.find((r) => r.rule === 'state-alias' && r.start === found.start && r.end < found.end && found.end - r.end <= 2
      && r.ref.countryCode === found.ref.countryCode)
    if (unit) return { ...unit, end: found.end }
  }
  return result
}

/** Resolve targets sharing one span; `iso` overrides the article's country (a demonym said which). */
function terminal(targets: Target[], start: number, end: number, index: ActorIndex, ctx: Context, iso: string | null): Found | null {
  const groups = targets.flatMap((t) => (t.type === 'group' ? [t.group] : []))
  if (groups.length) {
    const g = pickGroup(groups, iso ?? ctx.iso, ctx.day, ctx.votes)
    // A party stands with the protesters, rioters or civilians it is named with: ACLED's associated actor.
    const assoc = g ? g.assoc ?? (g.kind === 'party' ? g.name : undefined) : undefined
    if (g) return { start, end, ref: groupRef(g, ctx.iso, ctx.day), rule: 'named-alias', score: 0.95, ...(assoc ? { assoc } : {}) }
  }
  const units = targets.flatMap((t) => (t.type === 'unit' ? [t.unit] : []))
  if (units.length) {
    const u = pickUnit(units, iso ?? ctx.iso, ctx.day)
    if (u) return { start, end, ref: unitRef(index, u, ctx.day, ctx.iso), rule: 'state-alias', score: 0.95 }
  }
  for (const t of targets) {
    if (t.type === 'class') return withUnit(classFound(t.cls, t.insurgent, start, end, index, ctx, iso), t.unit)
    if (t.type === 'social') {
      // ACLED codes a farmer or a journalist as Civilians (X) with the group as associated actor.
      const country = iso ?? ctx.iso
      const ref = classRef(index, 'civilians', country, ctx.day, ctx.iso)
      const assoc = `${t.label} (${country ? countryName(country) : 'International'})`
      return { start, end, ref, rule: 'social-group', score: iso ? 0.8 : country ? 0.6 : 0.3, assoc }
    }
  }
  return null
}

/** A state force named by a unit's noun ("prison guards") carries the unit after its name, as ACLED writes it. */
function withUnit(f: Found, unit: string | undefined): Found {
  if (!unit || !/^(Military|Police) Forces of .*\)$/.test(f.ref.name)) return f
  return { ...f, ref: { ...f.ref, name: `${f.ref.name} ${unit}` } }
}

function classFound(cls: ClassName, insurgent: boolean, start: number, end: number, index: ActorIndex, ctx: Context, iso: string | null): Found {
  if (iso) return { start, end, ref: classRef(index, cls, iso, ctx.day, ctx.iso), rule: `demonym-${cls}`, score: 0.9 }
  // An unnamed insurgent in a country with one dominant insurgency is most likely that group.
  const usual = insurgent && ctx.iso && insurgentArea(index, ctx) ? index.insurgents[ctx.iso] : undefined
  const named = usual ? namedRef(index, usual, ctx.iso, ctx.day) : null
  if (named) return { start, end, ref: named, rule: 'country-insurgent', score: 0.5 }
  const ref = unnamedClassRef(index, cls, ctx.iso, ctx.day, ctx.iso)
  return { start, end, ref, rule: `generic-${cls}`, score: ctx.iso ? 0.6 : 0.3 }
}


/**
 * Whether the country's usual insurgent may be meant where the article is: anywhere, unless its group holds only in some
 * first-level areas (generic.yaml `insurgent_areas`) and the article's places there name others only ("militants" in
 * Jammu and Kashmir are not India's Maoists).
 */
function insurgentArea(index: ActorIndex, ctx: Context): boolean {
  const areas = ctx.iso ? index.insurgentAreas[ctx.iso] : undefined
  return !areas || !ctx.areas?.size || areas.some((a) => ctx.areas!.has(a))
}

/** "Syrian [government] troops", "Nigeria's police", "Afghan civilians": the country names the actor. */
function afterCountry(words: readonly Word[], at: number, from: number, iso: string, demonym: boolean, index: ActorIndex, ctx: Context): Found | null {
  let i = from
  // "Nigeria's police", and in agency style "Pakistan Army", "Nigeria Police Force".
  if (!demonym && (words[i]?.w === "'s" || words[i]?.w === "'")) i++
  for (;;) {
    const nouns = index.trie.matchAt(words, i)
    for (const m of nouns) {
      // "U.S. bombers": a noun listed among a country's forces names them after the country's name, whatever
      // it names alone (the "bombers" of an armed group).
      const own = index.countryNouns.get(words.slice(i, m.end).map((w) => w.w).join(' '))
      if (own) return classFound(own, false, at, m.end, index, ctx, iso)
      const targets = nouns.filter((x) => x.end === m.end).map((x) => x.entry.target).filter((t) => t.type === 'class' || t.type === 'social')
      const f = terminal(targets, at, m.end, index, ctx, iso)
      if (f) return { ...f, rule: f.rule.startsWith('social') ? 'demonym-social' : f.rule }
    }
    // "Malian forces", "Israeli tanks": nouns that name a country's forces only after its name.
    for (let end = Math.min(words.length, i + 2); end > i; end--) {
      if (!words[end - 1].last) continue
      const cls = index.countryNouns.get(words.slice(i, end).map((w) => w.w).join(' '))
      if (cls) return classFound(cls, false, at, end, index, ctx, iso)
    }
    if (i < words.length && index.qualifiers.has(words[i].w) && i - from < 3) i++
    else return null
  }
}

/**
 * "Indian and Pakistani soldiers", "Burundian and Rwandan troops": the first country's forces too,
 * named by the noun after the second; the span stays the first name, so the second is read on its own.
 */
function coordinatedForces(words: readonly Word[], at: number, from: number, iso: string, demonym: boolean, index: ActorIndex, ctx: Context): Found | null {
  if (words[from]?.w !== 'and') return null
  const next = index.trie.matchAt(words, from + 1).find((m) => m.entry.target.type === 'country' && m.entry.target.demonym === demonym)
  if (!next) return null
  const f = afterCountry(words, at, next.end, iso, demonym, index, ctx)
  return f && /^demonym-(military|police)$/.test(f.rule) ? { ...f, end: from } : null
}

/** ACLED's word for a people: "Indigenous" for the indigenous peoples of the Americas (`Mapuche Indigenous Militia (Chile)`), else "Ethnic". */
const peopleWord = (index: ActorIndex, name: string) => (index.indigenous.has(name) ? 'Indigenous' : 'Ethnic')

/** "Kurdish fighters" → the Kurdish group of this country; "Fulani militia" → Fulani Ethnic Militia (X). */
function afterAdjective(words: readonly Word[], at: number, from: number, t: Target & ({ type: 'adjective' } | { type: 'ethnic' }), index: ActorIndex, ctx: Context): Found | null {
  let best: Found | null = null
  for (let end = from + 1; end <= Math.min(words.length, from + 2); end++) {
    if (!words[end - 1].last) continue
    const noun = words.slice(from, end).map((w) => w.w).join(' ')
    const found = adjectiveNoun(noun, at, end, t, index, ctx)
    if (found) best = found
  }
  return best
}

function adjectiveNoun(noun: string, at: number, end: number, t: Target & ({ type: 'adjective' } | { type: 'ethnic' }), index: ActorIndex, ctx: Context): Found | null {
  const country = ctx.iso
  if (t.type === 'ethnic') {
    const label = country ? countryName(country) : 'International'
    // ACLED's assoc_actor holds several names joined by "; ": the people's trade rides along.
    const trade = index.trades.get(t.name) ?? index.socialNouns.get(noun)
    const withTrade = (names: string[]) => [...names, ...(trade ? [`${trade} (${label})`] : [])].join('; ')
    if (index.ethnicMilitia.has(noun)) {
      const assoc = withTrade([])
      return { start: at, end, ref: { name: `${t.name} ${peopleWord(index, t.name)} Militia (${label})`, inter: 4, countryCode: country, role: 'armed', generic: false }, rule: 'ethnic-militia', score: 0.8, ...(assoc ? { assoc } : {}) }
    }
    if (index.ethnicGroup.has(noun)) {
      const ref = classRef(index, 'civilians', country, ctx.day, country)
      return { start: at, end, ref, rule: 'ethnic-group', score: 0.7, assoc: withTrade([`${t.name} ${peopleWord(index, t.name)} Group (${label})`]) }
    }
    return null
  }
  if (!index.adjectiveNouns.has(noun)) return null
  const name = country ? index.adjectives[t.key]?.[country] : undefined
  const ref = name ? namedRef(index, name, country, ctx.day) : null
  if (ref) return { start: at, end, ref, rule: 'adjective-group', score: 0.75 }
  return { start: at, end, ref: classRef(index, 'armed', country, ctx.day, country), rule: 'generic-armed', score: 0.5 }
}

export type { Group, Unit }

/** A capitalised word that may be (part of) a clan's or community's name. */
function nameWord(w: Word | undefined, index: ActorIndex): boolean {
  if (!w) return false
  // An ASCII first letter is upper case only from A to Z; any other first character asks the regex.
  const c = w.raw.charCodeAt(0)
  if (c < 128 ? c < 65 || c > 90 : !/^\p{Lu}/u.test(w.raw)) return false
  return !index.kin.notNames.has(w.w) && !index.kin.heads.has(w.w)
}

/** The kin noun at `at` ("clan", "sub-clan", "communities"): its folded words' end and ACLED label. */
function kinHead(words: readonly Word[], at: number, index: ActorIndex): { end: number; label: string; word: string } | null {
  for (const n of [2, 1]) {
    const key = words.slice(at, at + n).map((w) => w.w).join(' ')
    const label = words.length >= at + n ? index.kin.heads.get(key) : undefined
    if (label) return { end: at + n, label, word: key }
  }
  return null
}

/** The armed noun at `at`, if one of `nouns` (longest first): its end. */
function nounAt(words: readonly Word[], at: number, nouns: ReadonlySet<string>): number | null {
  for (const n of [3, 2, 1]) if (nouns.has(words.slice(at, at + n).map((w) => w.w).join(' '))) return at + n
  return null
}

/**
 * "the Leelkayse clan", "Omor communal militia", "militiamen from the Saad sub-clan", "the Palaro
 * and Lukwor clans": one to three capitalised words and a kin noun. Armed (a noun after it, or
 * "militiamen from the" before it) it is `<Name> Clan Militia (X)`; else its people are civilians
 * with `<Name> Clan Group (X)` associated, as ACLED codes the people hit.
 */
function kinReading(words: readonly Word[], at: number, index: ActorIndex, ctx: Scoped): Found | null {
  if (!nameWord(words[at], index) || nameWord(words[at - 1], index)) return null
  let n = 1
  while (n < 3 && nameWord(words[at + n], index) && !kinHead(words, at + n, index)) n++
  let head = kinHead(words, at + n, index)
  // "the Palaro and Lukwor clans": the first name takes the kin noun of the second.
  if (!head && words[at + n]?.w === 'and') {
    let m = at + n + 1, k = 0
    while (k < 3 && nameWord(words[m + k], index)) k++
    head = k ? kinHead(words, m + k, index) : null
    if (head) head = { ...head, end: at + n }
  }
  if (!head) return null
  const own = head.end > at + n
  // A name inside a known phrase ("the Muslim community"), a country or an ethnic group is read by its own rules.
  for (let j = at; j < at + n; j++) if (index.trie.matchAt(words, j).some((m) => m.entry.target.type !== 'prefix')) return null
  // As written, hyphens kept ("Habar Gedir-Saad"); spaces around a hyphen dropped.
  const span = ctx.span?.(at, at + n)
  const written = span && ctx.text ? ctx.text.slice(span[0], span[1]).replace(/\s*([-‐–])\s*/g, '-').replace(/\s+/g, ' ')
    : words.slice(at, at + n).map((w, j) => (j > 0 && !w.first ? '-' : j > 0 ? ' ' : '') + w.raw).join('')
  const name = index.kin.lineage.get(written) ?? written
  // "Habar Gedir-Saad clan": a name written with its parent clan is a sub-clan.
  const lineal = name !== written || [...index.kin.lineage.values()].includes(name)
  if (head.label === 'Clan' && lineal) head = { ...head, label: 'Sub-Clan' }
  let end = own ? head.end : at + n
  const after = own ? nounAt(words, head.end, index.kin.militia) : null
  // "communal" is only ever the adjective of a militia: "Omor communal militia".
  if (head.word === 'communal' && after === null) return null
  const b = at - (words[at - 1]?.w === 'the' ? 1 : 0)
  const before = (words[b - 1]?.w === 'from' || words[b - 1]?.w === 'of') && [1, 2].some((k) => index.kin.armedBefore.has(words.slice(b - 1 - k, b - 1).map((w) => w.w).join(' ')))
  if (after !== null) end = after
  if (after === null && head.label === 'Communal' && ctx.iso && index.kin.communityIsPlace.has(ctx.iso)) return null
  if (after !== null || before) {
    return { start: at, end, ref: kinMilitia(`${name} ${head.label} Group (x)`, ctx.iso), rule: 'kin-militia', score: 0.8 }
  }
  const ref = classRef(index, 'civilians', ctx.iso, ctx.day, ctx.iso)
  return { start: at, end, ref, rule: 'kin-group', score: 0.7, assoc: `${name} ${head.label} Group (${ctx.iso ? countryName(ctx.iso) : 'International'})` }
}

/** The militia of a kin group, from its group's name: "Saad Sub-Clan Group (x)" → `Saad Sub-Clan Militia (Somalia)`. */
function kinMilitia(group: string, iso: string | null): ActorRef {
  const label = iso ? countryName(iso) : 'International'
  return { name: group.replace(/ Group \([^()]*\)$/, ` Militia (${label})`), inter: 4, countryCode: iso, role: 'armed', generic: false }
}

/** "Misseriya and Rizeigat communities", "Tiv and Jukun militias": the first ethnic name takes the noun after the second. */
function coordinated(words: readonly Word[], at: number, from: number, t: Target & { type: 'ethnic' }, index: ActorIndex, ctx: Context): Found | null {
  if (words[from]?.w !== 'and' && words[from]?.w !== 'or') return null
  const next = index.trie.matchAt(words, from + 1).find((m) => m.entry.target.type === 'ethnic')
  if (!next || next.entry.target.type !== 'ethnic') return null
  const f = afterAdjective(words, from + 1, next.end, next.entry.target, index, ctx)
  if (!f) return null
  const other = adjectiveNoun(words.slice(next.end, f.end).map((w) => w.w).join(' '), at, from, t, index, ctx)
  return other && { ...other, end: from }
}

/** Whether `short`'s words stand, whole and in order, inside `long` ("Taliban" in "Afghan Taliban forces"). */
function wordsWithin(short: string, long: string): boolean {
  const at = long.toLowerCase().indexOf(short.toLowerCase())
  return at >= 0 && !/\w/.test(long[at - 1] ?? '') && !/\w/.test(long[at + short.length] ?? '')
}
