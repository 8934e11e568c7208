/** @module mentions/actors: the actors stage (aliases, demonym + noun, generic nouns → ACLED actors) and its helpers. */
import type { ActorMention, Doc, PlaceMention } from '../../doc.js'
import { say } from '../../doc.js'
import type { Stage } from '../../stage.js'
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { threadId } from 'node:worker_threads'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildPath, dataPath } from '../../paths.js'
import type { ActorIndex, ActorSnapshot, Group } from './compile.js'
import { compileActorsFull, restoreActors, SNAPSHOT_VERSION } from './compile.js'
import { readActorData } from './load.js'
import type { ClassName } from './load.js'
import { wordsOf } from './phrases.js'
import type { ActorRef } from './resolve.js'
import { classRef, groupRef, namedRef, pickGroup, stateName, unnamedClassRef } from './resolve.js'
import { scan } from './scan.js'
import { associatesOf as associates } from './associates.js'
import { conventions } from './conventions.js'
import { countryName } from '../countries.js'
export { conventions } from './conventions.js'

export { compileActors } from './compile.js'
import { savePhraseCache } from './phrases.js'
export type { ActorRef } from './resolve.js'

let cached: ActorIndex | null = null
/** The compiled actor knowledge, loaded once per process (from build/actor-index.json when it is current). */
export function actorIndex(): ActorIndex {
  cached ??= loadActorIndex().index
  return cached
}

/** The compiled index's snapshot: what `npm run build` leaves, and any run rewrites when its data changed. */
// Under tsx (the tests) the key hashes the .ts sources, from dist/ the .js: one file each, so neither rewrites the other's.
export const actorSnapshotPath = (): string => buildPath(import.meta.url.endsWith('.ts') ? 'actor-index.src.json' : 'actor-index.json')

/**
 * The index from the snapshot at `path` when its key is `key` (the hash of the data and code it
 * comes from), else compiled from data/actors and the snapshot rewritten (best effort: a read-only
 * install compiles every time). `from` says which happened. Without `key`, a snapshot whose stamp
 * (sizes and times of those files) is current is taken without hashing them (start-up).
 */
export function loadActorIndex(path = actorSnapshotPath(), key?: string): { index: ActorIndex; from: 'snapshot' | 'compiled' } {
  let snap: ActorSnapshot | null = null
  try {
    snap = JSON.parse(readFileSync(path, 'utf8')) as ActorSnapshot
  } catch { /* missing or unreadable: compile below */ }
  const stamp = actorDataStamp()
  if (snap?.version === SNAPSHOT_VERSION) {
    if (key === undefined && snap.stamp === stamp) return { index: restoreActors(snap), from: 'snapshot' }
    const want = key ?? actorDataKey()
    if (snap.key === want) {
      // The same data with other times (a checkout, a copy): keep the new stamp for the next start.
      if (key === undefined) save(path, JSON.stringify({ ...snap, stamp }))
      return { index: restoreActors(snap), from: 'snapshot' }
    }
  }
  const { index, snapshot } = compileActorsFull(readActorData())
  save(path, JSON.stringify({ ...snapshot(), key: key ?? actorDataKey(), stamp }))
  // After snapshot(): it tokenizes the parties' phrases too.
  savePhraseCache()
  return { index, from: 'compiled' }
}

function save(path: string, json: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true })
    // Per thread: --jobs threads of one process may write at once.
    const tmp = `${path}.${process.pid}.${threadId}.tmp`
    writeFileSync(tmp, json)
    renameSync(tmp, path)
  } catch { /* read-only */ }
}

/** The files actorDataKey hashes: the actor data, data/countries.yaml, the compiling code. */
function keyFiles(dir: string): { yamls: string[]; countries: string; code: string[] } {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js'
  return {
    yamls: readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => join(dir, f)),
    countries: dataPath('countries.yaml'),
    code: ['./compile', './load', './phrases', '../countries'].map((f) => fileURLToPath(new URL(f + ext, import.meta.url))),
  }
}

/** Size and modification time of every file actorDataKey reads, and the package versions it names: cheap to compare. */
export function actorDataStamp(dir = dataPath('actors')): string {
  const require = createRequire(import.meta.url)
  const { yamls, countries, code } = keyFiles(dir)
  return [
    ...[...yamls, countries, ...code].map((f) => { const st = statSync(f); return `${f} ${st.size} ${st.mtimeMs}` }),
    ...['world-countries', 'wink-nlp', 'wink-eng-lite-web-model'].map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`),
  ].join('\n')
}

/**
 * Hash of everything the compiled index depends on: the actor data, data/countries.yaml, the code
 * that compiles it, and the versions of world-countries and the tokenizer. Reading and hashing
 * these is a few milliseconds; any edit makes the snapshot stale.
 */
export function actorDataKey(dir = dataPath('actors')): string {
  const h = createHash('sha1')
  const { yamls, countries, code } = keyFiles(dir)
  for (const f of yamls) h.update(`${basename(f)}\0`).update(readFileSync(f)).update('\0')
  h.update(readFileSync(countries))
  for (const f of code) h.update(readFileSync(f)).update('\0')
  const require = createRequire(import.meta.url)
  for (const p of ['world-countries', 'wink-nlp', 'wink-eng-lite-web-model']) h.update(`${p}@${(require(`${p}/package.json`) as { version: string }).version}\0`)
  return h.digest('hex')
}

/**
 * "Al-Qaeda in North Africa (AQIM)": a named group right before a bracketed acronym that names a branch of it is that
 * branch's longer name, written loosely; the acronym names it (rule bracketed-name). The name before gives way.
 */
function bracketedName(doc: Doc, found: ActorMention[]): ActorMention[] {
  return found.filter((m) => {
    if (m.generic || m.rule !== 'named-alias') return true
    const rest = /^[^()]{0,40}?\s*\(/.exec(doc.text.slice(m.span[1], m.span[1] + 60))
    if (!rest || /[.;,]/.test(rest[0])) return true
    const open = m.span[1] + rest[0].length
    // Only a branch of the group named before ("Al Qaeda" → "AQIM: Al Qaeda in the Islamic Maghreb"); a parent in brackets
    // ("Katiba Macina (JNIM)") says whose unit the group is, and the group stays.
    const bare = (n: string) => n.replace(/^[^:]*:\s*/, '').toLowerCase().replace(/[-‐]/g, ' ')
    const inner = found.find((o) => o !== m && !o.generic && o.rule === 'named-alias' && o.span[0] === open && doc.text[o.span[1]] === ')' && o.name !== m.name
      && bare(o.name).includes(bare(m.text)))
    if (!inner) return true
    say(doc, 'actors', 'bracketed-name', `"${doc.text.slice(m.span[0], inner.span[1] + 1)}": the acronym in brackets names the group, "${inner.name}", not "${m.name}".`, { span: m.span })
    return false
  })
}

export function actors(): Stage {
  const index = actorIndex()
  return function actors(doc: Doc) {
    const words = wordsOf(doc.tokens)
    const day = doc.article.published
    const votes = countryVotes(doc, words, index)
    // One message per rule and phrase: a word rejected ten times is explained once.
    const said = new Set<string>()
    const reject = (rule: string, reason: string, span: readonly [number, number]) => {
      const key = `${rule} ${doc.text.slice(span[0], span[1])}`
      if (!said.has(key)) { said.add(key); say(doc, 'actors', rule, reason, { span: [span[0], span[1]] }) }
    }
    let iso = documentCountry(doc)
    let found = scan(doc, words, index, { iso, day, votes, reject, areas: areasOf(doc, iso) })
    // Named groups are evidence of the country too (the Taliban, the LNA): read again if they change it.
    const better = documentCountry(doc, found)
    if (better !== iso) found = scan(doc, words, index, { iso: (iso = better), day, votes, reject, areas: areasOf(doc, better) })
    for (const m of bracketedName(doc, joinEither(doc, found))) doc.actors.push(m)
    for (const m of namedGangs(doc, iso)) {
      // "the Gran Grif gang": its own head noun ("gang") is no second, unnamed gang.
      doc.actors = doc.actors.filter((a) => !(a.generic && a.span[0] >= m.span[0] && a.span[1] <= m.span[1]))
      doc.actors.push(m)
      say(doc, 'actors', 'named-gang', `"${m.text}" names a gang the knowledge base lacks: "${m.name}", as ACLED names gangs.`, { span: m.span })
    }
    if (doc.actors.length > 1) doc.actors.sort((a, b) => a.span[0] - b.span[0])
    joinGangMembers(doc)
    joinHeadNouns(doc)
    otherInsurgency(doc, day)
    if (!iso && found.some((m) => m.generic || m.rule.startsWith('generic-'))) {
      say(doc, 'actors', 'no-country-context', 'Unnamed actors were found but the article names no country, so their ACLED names lack one.')
    }
  }
}

/**
 * "separatist militants hijacked a train ... militants of the Baloch Liberation Army": an article that names another
 * rebel group of the country does not let its unnamed militants default to the country's usual insurgent (TTP); they
 * stay unnamed, for the event stage to name from the text (rule other-insurgency).
 */
function otherInsurgency(doc: Doc, day: string | null): void {
  for (let i = 0; i < doc.actors.length; i++) {
    const m = doc.actors[i]
    if (m.rule !== 'country-insurgent' || !m.countryCode) continue
    const other = doc.actors.find((b) => b.rule !== 'country-insurgent' && !b.generic && b.inter === 2 && b.countryCode === m.countryCode && b.name !== m.name)
    if (!other) continue
    doc.actors[i] = { ...m, ...classRef(actorIndex(), 'armed', m.countryCode, day, m.countryCode), rule: 'generic-armed', generic: true }
    say(doc, 'actors', 'other-insurgency', `"${m.text}" is not taken for ${m.name}, the country's usual insurgent: the article names another rebel group of ${m.countryCode}, "${other.text}".`, { span: m.span })
  }
}

/** "The gunmen, from the Gran Grif gang,": an unnamed armed noun right before "of/from" a gang or group named in the text is that group. */
function joinGangMembers(doc: Doc): void {
  for (let i = 0; i + 1 < doc.actors.length; i++) {
    const a = doc.actors[i], b = doc.actors[i + 1]
    // Also "militants of the Baloch Liberation Army": any named armed group of the knowledge base.
    const group = b.rule === 'named-gang' || (b.rule === 'named-alias' && !b.generic && b.inter >= 2 && b.inter <= 4)
    if (!(((a.generic && a.rule === 'generic-armed') || a.rule === 'country-insurgent') && group && /^,?\s+(of|from)\s+(the\s+)?$/i.test(doc.text.slice(a.span[1], b.span[0])))) continue
    const span = [a.span[0], b.span[1]] as const
    doc.actors.splice(i, 2, { ...b, span, text: doc.text.slice(span[0], span[1]) })
  }
}

/**
 * "Members of the Viv Ansanm gang coalition", "Hamas gunmen": an unnamed armed noun right after a named non-state armed
 * group is that group's own head noun, not a second, unidentified group (rule head-noun-of-named).
 */
function joinHeadNouns(doc: Doc): void {
  for (let i = 0; i + 1 < doc.actors.length; i++) {
    const a = doc.actors[i], b = doc.actors[i + 1]
    if (a.generic || a.inter < 2 || a.inter > 4 || !b.generic || b.inter < 2 || b.inter > 3 || b.role !== 'armed') continue
    if (!/^\s+$/.test(doc.text.slice(a.span[1], b.span[0]))) continue
    const span = [a.span[0], b.span[1]] as const
    doc.actors.splice(i, 2, { ...a, span, text: doc.text.slice(span[0], span[1]) })
    say(doc, 'actors', 'head-noun-of-named', `"${b.text}" after "${a.text}" is the named group's own noun: one actor, "${a.name}".`, { span })
  }
}

/** The first-level areas of the article's places in `iso` (gazetteer names). */
function areasOf(doc: Doc, iso: string | null): Set<string> {
  return new Set(doc.places.flatMap((p) => (iso && p.countryCode === iso && p.admin1 ? [p.admin1] : [])))
}

/**
 * Every country the article's places and country names or demonyms point to, with how firmly: a
 * country named in the text counts 2, each place 1 (one misread place alone is weak evidence).
 */
function countryVotes(doc: Doc, words: ReturnType<typeof wordsOf>, index: ActorIndex): Map<string, number> {
  const votes = new Map<string, number>()
  const add = (iso: string, w: number) => votes.set(iso, (votes.get(iso) ?? 0) + w)
  for (const p of doc.places) if (p.countryCode) add(p.countryCode, 1)
  // Only the country names' part of the trie is walked (the same matches, in the same order, as the whole trie's).
  const trie = index.trie.only(isCountry)
  for (let i = 0; i < words.length; i++) {
    for (const m of trie.matchAt(words, i)) if (m.entry.target.type === 'country') add(m.entry.target.iso, 2)
  }
  return votes
}

const isCountry = (entry: { target: { type: string } }): boolean => entry.target.type === 'country'

/** The kinds the event coder asks for; `state` is the military. */
export type GenericKind = 'armed' | 'civilians' | 'protesters' | 'rioters' | 'state' | 'police' | ClassName

/** The ACLED actor standing for an unnamed side in a country: `Unidentified Armed Group (Syria)`, `Military Forces of Syria (2000-2024)`. */
export function genericActor(kind: GenericKind, iso: string | null, day: string | null = null): { name: string; inter: number; countryCode: string | null } {
  // No words name this side: on a standing front it is the group holding the other side (generic.yaml `unattributed`).
  const usual = kind === 'armed' && iso ? actorIndex().unattributed[iso] : undefined
  const named = usual ? namedRef(actorIndex(), usual, iso, day) : null
  if (named) return { name: named.name, inter: named.inter, countryCode: named.countryCode }
  const ref = unnamedClassRef(actorIndex(), kind === 'state' ? 'military' : kind, iso, day, iso)
  return { name: ref.name, inter: ref.inter, countryCode: ref.countryCode }
}

// Where events happen says more about the article's country than who is named; a province is
// less often a misread than a small town.
const placeWeight: Record<string, number> = { admin1: 2.5, admin2: 2, place: 1.5, feature: 1, country: 1, demonym: 0.5, region: 0 }
const DATELINE_WEIGHT = 0.2

/**
 * ISO2 of the article's dominant country: its places, named groups' home countries (from
 * `doc.actors`, or `mentions` when given), and failing both, country names and demonyms in the text.
 */
export function documentCountry(doc: Doc, mentions: readonly ActorMention[] = doc.actors): string | null {
  // Once the frame stage has read the article, its focus country is the one answer.
  if (doc.frame && mentions === doc.actors) return doc.frame.country
  // Every event asks for it: computed once per state of the doc, not once per question.
  const key = `${doc.places.length}:${mentions.length}`
  const hit = mentions === doc.actors ? countryCache.get(doc) : undefined
  if (hit && hit.key === key) return hit.iso
  const iso = computeDocumentCountry(doc, mentions)
  if (mentions === doc.actors) countryCache.set(doc, { key, iso })
  return iso
}
const countryCache = new WeakMap<Doc, { key: string; iso: string | null }>()

function computeDocumentCountry(doc: Doc, mentions: readonly ActorMention[]): string | null {
  const score = new Map<string, number>()
  const first = new Map<string, number>()
  const add = (iso: string, w: number, at: number) => {
    score.set(iso, (score.get(iso) ?? 0) + w)
    if (!first.has(iso)) first.set(iso, at)
  }
  // A "place" inside a group's name ("Al" of "Al Shabaab") is the name, not a place.
  const named = mentions.filter((m) => m.rule === 'named-alias' || m.rule === 'state-alias')
  const inName = (p: PlaceMention) => named.some((m) => p.span[0] < m.span[1] && m.span[0] < p.span[1] && p.kind !== 'demonym')
  // A dateline says where the report was filed ("BEIRUT — ... in Idlib"): it only breaks ties.
  const line = doc.regions.find((r) => r.kind === 'dateline')?.span
  const atLine = (p: PlaceMention) => !!line && p.span[0] >= line[0] && p.span[1] <= line[1]
  for (const p of doc.places) if (p.countryCode && !inName(p)) add(p.countryCode, (placeWeight[p.kind] ?? 1) * (atLine(p) ? DATELINE_WEIGHT : 1), p.span[0])
  // Weak: a group fights beyond its home (Boko Haram in Niger); it breaks ties between misread places.
  for (const m of mentions) if (m.rule === 'named-alias' && m.countryCode && m.role !== 'external') add(m.countryCode, 0.75, m.span[0])
  if (!score.size) {
    const trie = actorIndex().trie.only(isCountry)
    const words = wordsOf(doc.tokens)
    for (let i = 0; i < words.length; i++) {
      const hit = trie.matchAt(words, i).find((m) => m.entry.target.type === 'country')
      if (hit?.entry.target.type === 'country') add(hit.entry.target.iso, hit.entry.target.demonym ? 0.5 : 1, doc.tokens.start[words[i].token])
    }
  }
  let best: string | null = null
  for (const [iso, s] of score) {
    const b = best === null ? -1 : score.get(best)!
    if (s > b || (s === b && first.get(iso)! < first.get(best!)!)) best = iso
  }
  return best
}

/** Which class a mention came from ("military", "armed", ...), when it came from a noun rather than a name. */
export function classOf(m: Pick<ActorMention, 'rule'>): ClassName | null {
  const match = /^(?:generic|demonym)-(\w+)$/.exec(m.rule)
  return match && match[1] in actorIndex().classes ? (match[1] as ClassName) : null
}

/**
 * The same mention seen from an event in another country: a generic noun takes that country
 * ("gunmen" → `Unidentified Armed Group (Mali)`), a state force of another country becomes external (8).
 */
export function withCountry(m: ActorMention, iso: string | null, day: string | null = null): ActorMention {
  const cls = classOf(m)
  if (cls && m.rule.startsWith('generic-')) {
    const ref: ActorRef = unnamedClassRef(actorIndex(), cls, iso, day, iso)
    return Object.assign({}, m, ref)   // not a spread: the same object, faster in V8 for sources of many shapes
  }
  if (iso && CONTEXTUAL.has(m.rule) && m.countryCode !== iso) {
    const name = m.role === 'armed' ? relabel(m.name, iso) : classRef(actorIndex(), 'civilians', iso, day, iso).name
    return { ...m, name, countryCode: iso, ...(m.assoc ? { assoc: relabel(m.assoc, iso) } : {}) }
  }
  // A group of a family with one branch per country or region ("Islamic State (Iraq)", "Islamic State (Syria)"), read
  // for the article's country, is the branch at home in the event's own country when the one read is not active there.
  if (iso && m.rule === 'named-alias') {
    const branch = branchIn(m.name, iso, day)
    if (branch) return { ...m, ...groupRef(branch, iso, day) }
  }
  // The usual insurgent of the article's country does not travel: elsewhere the noun is unnamed.
  if (iso && m.rule === 'country-insurgent' && !actorIndex().groupsByName.get(m.name)?.countries.includes(iso)) {
    return { ...m, ...classRef(actorIndex(), 'armed', iso, day, iso), rule: 'generic-armed' }
  }
  if (m.countryCode && iso && (m.inter === 1 || m.inter === 8) && m.name.match(/^(Military|Police) Forces of /)) {
    const external = m.countryCode !== iso && !conventions().homeForce(m.countryCode, iso)
    return { ...m, inter: external ? 8 : 1, role: external ? 'external' : 'armed' }
  }
  return m
}

/** Groups named `Base (Region)` by their base, for branchIn; built once from the compiled index. */
let families: Map<string, Group[]> | null = null
const BRANCH = /^(.+) \((?!\d)[^()]+\)$/

/**
 * The branch of `name`'s family ("Islamic State (Mozambique)" → the other "Islamic State (...)" groups) at home or
 * active in `iso` on `day`, when `name` itself is not active there; null when it is, or no branch is.
 */
export function branchIn(name: string, iso: string, day: string | null): Group | null {
  const index = actorIndex()
  const own = index.groupsByName.get(name)
  const base = BRANCH.exec(name)?.[1]
  if (!own || !base || own.countries.includes(iso)) return null
  if (!families) {
    families = new Map()
    for (const g of index.groupsByName.values()) {
      const b = BRANCH.exec(g.name)?.[1]
      if (b && !g.local && !/^(Military|Police) Forces of /.test(g.name)) families.set(b, [...(families.get(b) ?? []), g])
    }
  }
  const kin = (families.get(base) ?? []).filter((g) => g !== own && g.countries.includes(iso))
  const picked = kin.length ? pickGroup(kin, iso, day) : null
  return picked && picked.countries.includes(iso) ? picked : null
}

// What lists part of the force named just before: "aircraft including helicopter gunships", "troops, among them commandos".
const INCLUDED = /^\s*,?\s*(?:including|such as|among them|notably)\s+(?:[\w'’-]+\s+){0,2}$/i

/**
 * "JNIM or Islamic State militants": two named groups joined by "or" are one uncertain
 * attribution, which ACLED writes as one actor, `A and/or B`.
 */
function joinEither(doc: Doc, found: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = []
  const named = (m: ActorMention) => m.rule === 'named-alias' && !m.generic && (m.role === 'armed' || m.role === 'external')
  for (let i = 0; i < found.length; i++) {
    const a = found[i], b = found[i + 1]
    // "fighters of the Aden Abyan Islamic Army", "members of Hamas", "The gunmen, from the ...": the unnamed noun is the group.
    // Also with the group's country in the possessive between ("Rebels from Colombia's National Liberation Army").
    if (b && a.generic && a.rule === 'generic-armed' && (named(b) || b.rule === 'kin-militia') && (/^,?\s+(of|from)\s+(the\s+)?$/i.test(doc.text.slice(a.span[1], b.span[0]))
      || /^,?\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+$/.test(doc.text.slice(a.span[1], b.span[0])))) {
      const span = [a.span[0], b.span[1]] as const
      out.push({ ...b, span, text: doc.text.slice(span[0], span[1]) })
      i++
      continue
    }
    // "the National Liberation Army (ELN) guerrilla group", "ELN guerrillas": the unnamed noun right after a named group is that group.
    if (b && named(a) && b.generic && b.rule === 'generic-armed' && /^\)?\s+$/.test(doc.text.slice(a.span[1], b.span[0]))) {
      const span = [a.span[0], b.span[1]] as const
      out.push({ ...a, span, text: doc.text.slice(span[0], span[1]) })
      i++
      continue
    }
    // "civilians from the Fulani community": one group of people hit, named by its community.
    if (b && a.rule === 'generic-civilians' && b.assoc && b.role === 'civilian' && /^\s+(of|from)\s+(the\s+)?$/i.test(doc.text.slice(a.span[1], b.span[0]))) {
      const span = [a.span[0], b.span[1]] as const
      out.push({ ...b, span, text: doc.text.slice(span[0], span[1]) })
      i++
      continue
    }
    // "Russian aircraft including helicopter gunships": an unnamed force listed as part of the one before it is that force.
    const force = (m: ActorMention) => /^(Military|Police) Forces of /.test(m.name)
    if (b && b.rule.startsWith('generic-') && (force(a) && force(b) || (a.inter === b.inter && a.role === b.role)) && a.name !== b.name
      && INCLUDED.test(doc.text.slice(a.span[1], b.span[0]))) {
      out.push(a, { ...b, name: a.name, inter: a.inter, role: a.role, countryCode: a.countryCode, rule: 'included-in' })
      say(doc, 'actors', 'included-in', `"${b.text}" is listed as part of "${a.text}": "${a.name}", not another side.`, { span: b.span })
      i++
      continue
    }
    if (b && named(a) && named(b) && a.name !== b.name && conventions().either(doc.text.slice(a.span[1], b.span[0]))) {
      const span = [a.span[0], b.span[1]] as const
      // "ISWAP or Boko Haram" where "Boko Haram" already names the pair: the pair, not the pair again.
      const name = b.name.includes(`${a.name} and/or `) || b.name.includes(` and/or ${a.name}`) ? b.name
        : a.name.includes(`${b.name} and/or `) || a.name.includes(` and/or ${b.name}`) ? a.name : `${a.name} and/or ${b.name}`
      out.push({ ...a, span, text: doc.text.slice(span[0], span[1]), name, rule: 'named-either', score: Math.min(a.score, b.score) })
      say(doc, 'actors', 'either-or', `"${doc.text.slice(span[0], span[1])}" names two groups as alternatives: one actor, "${name}", as ACLED writes it.`, { span })
      i++
      continue
    }
    out.push(a)
  }
  return out
}

/** Words whose country came from the article rather than the words themselves: they follow the event's country. */
const CONTEXTUAL = new Set(['social-group', 'ethnic-group', 'ethnic-militia', 'kin-group', 'kin-militia'])
/** Each name of `names` ("A (X); B (X)") in another country; unchanged without one. */
const relabel = (names: string, iso: string | null) => (iso ? names.split('; ').map((n) => n.replace(/\([^()]*\)$/, `(${countryName(iso)})`)).join('; ') : names)

/** Actors the text associates with `m` (backers, allies): ACLED's assoc_actor candidates. */
export function associatesOf(doc: Doc, m: ActorMention): ActorRef[] {
  return associates(doc, m, actorIndex(), documentCountry(doc))
}

/**
 * The armed reading of a group of people named as such, for when the event makes them the
 * attackers: "Fulani herders attacked" → `Fulani Ethnic Militia (Benin)` with `Pastoralists (Benin)`
 * associated; "farmers attacked" → `Unidentified Communal Militia (Benin)` with `Farmers (Benin)`;
 * "the Saad sub-clan" → `Habar Gedir-Saad Sub-Clan Militia (Somalia)`. Null for anyone else.
 */
export function militiaOf(m: ActorMention, iso: string | null = m.countryCode): ActorMention | null {
  const label = iso ? countryName(iso) : 'International'
  const armed = { inter: 4, countryCode: iso, role: 'armed' as const, generic: false }
  if ((m.rule === 'ethnic-group' || m.rule === 'kin-group') && m.assoc) {
    // "Fulani Ethnic Group (Benin); Pastoralists (Benin)": the people become the militia, their trade stays associated.
    const [people, ...trades] = relabel(m.assoc, iso).split('; ')
    const name = people.replace(/ Group \([^()]*\)$/, ` Militia (${label})`)
    const { assoc: _drop, ...rest } = m
    return { ...rest, ...armed, name, rule: m.rule === 'ethnic-group' ? 'ethnic-militia' : 'kin-militia', ...(trades.length ? { assoc: trades.join('; ') } : {}) }
  }
  if ((m.rule === 'social-group' || m.rule === 'demonym-social') && m.assoc && conventions().armsGroup(m.assoc.split('; ')[0])) {
    // Unnamed indigenous people armed are ACLED's `Indigenous Militia (X)`; any other group a communal militia.
    const name = m.assoc.startsWith('Indigenous Group (') ? `Indigenous Militia (${label})` : genericActor('communal', iso).name
    return { ...m, ...armed, name, rule: 'communal-people', generic: true, assoc: relabel(m.assoc, iso) }
  }
  return null
}

const STATE_NAME = /^(Military Forces|Police Forces|Government) of (.+?)(?: \((?:\d{4})-(?:\d{4})?\))?$/
const STATE_KINDS = { 'Military Forces': 'military', 'Police Forces': 'police', Government: 'government' } as const
let stateByLabel: Map<string, string> | null = null

/**
 * A state actor named as on `day`, the event's own: "Somali forces ... recaptured the town in December 2019" is
 * `Military Forces of Somalia (2017-2022)`, whatever the day the article was published. Other names are returned unchanged.
 */
export function stateOnDay(name: string, day: string | null): string {
  const m = day ? STATE_NAME.exec(name) : null
  if (!m) return name
  if (!stateByLabel) {
    stateByLabel = new Map()
    for (const key of actorIndex().state.keys()) {
      const iso = key.slice(0, key.indexOf(' '))
      for (const p of actorIndex().state.get(key) ?? []) {
        const label = STATE_NAME.exec(p.name)?.[2]
        if (label) stateByLabel.set(label, iso)
      }
    }
  }
  const iso = stateByLabel.get(m[2])
  return iso ? stateName(actorIndex(), iso, STATE_KINDS[m[1] as keyof typeof STATE_KINDS], day) : name
}

/** Capitalised words a gang's name may not hold: articles, titles and the like ("The", "Haitian"). */
const GANG_NAME_STOP = new Set(['the', 'a', 'an', 'this', 'that', 'rival', 'local', 'notorious', 'powerful', 'armed', 'criminal', 'street', 'drug', 'prison'])
const GANG_WORDS = /^gangs?$/i
const MAX_GANG_NAME = 3
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'du', 'des', 'da', 'do', 'dos', 'das', 'di'])

/**
 * "Members of the Gran Grif gang", "the 400 Mawozo gang": up to three capitalised words right before "gang" that no place,
 * known actor or date covers name a gang the knowledge base lacks; ACLED names it "<Name> Gang" (inter 3).
 */
function namedGangs(doc: Doc, iso: string | null): ActorMention[] {
  const t = doc.tokens, out: ActorMention[] = []
  const covered = (from: number, to: number) => doc.places.some((p) => p.span[0] < to && from < p.span[1]) || doc.actors.some((a) => a.span[0] < to && from < a.span[1])
    || doc.dates.some((d) => d.span[0] < to && from < d.span[1])
  for (let i = 1; i < t.count; i++) {
    if (!GANG_WORDS.test(t.value[i]) || t.value[i] === 'Gangs') continue
    let j = i, words = 0
    const capital = (k: number) => k >= 0 && t.sentence[k] === t.sentence[i] && /^(?:\p{Lu}[\p{L}'’-]*|\d+)$/u.test(t.value[k]) && !GANG_NAME_STOP.has(t.norm[k])
    while (j > 0 && words < MAX_GANG_NAME) {
      if (capital(j - 1)) { j--; words++; continue }
      // "Tropa del Infierno", "Village de Dieu": a name's particle between two capitalised words.
      if (j < i && NAME_PARTICLES.has(t.value[j - 1]) && capital(j - 2)) { j -= 2; words++; continue }
      break
    }
    if (j === i || !/\p{L}/u.test(t.value.slice(j, i).join(''))) continue
    // The sentence's first word is capitalised anyway: a name there needs a second word ("Gran Grif gang ...").
    const sentenceStart = j === 0 || t.sentence[j - 1] !== t.sentence[i]
    if (sentenceStart && i - j < 2) continue
    const span: [number, number] = [t.start[j], t.end[i - 1]]
    if (covered(span[0], span[1])) continue
    const name = t.value.slice(j, i).join(' ')
    out.push({ span: [span[0], t.end[i]], text: doc.text.slice(span[0], t.end[i]), score: 0.8, rule: 'named-gang', name: `${name} Gang`, inter: 3, countryCode: iso, role: 'armed', generic: false })
  }
  return out
}
