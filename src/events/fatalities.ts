/** @module events/fatalities: ACLED's conservative figure and the low/high range over every claim. */
import type { EventDraft, FatalityClaim } from '../doc.js'
import { countries } from '../mentions/countries.js'
import { cueSource, cueWords } from './cues.js'

export interface Fatalities { fatalities: number; low: number; high: number }

export interface FatalityOptions {
  /** Whether a claim comes from a party about its enemy's dead; default: the claim's `partisan` flag. */
  isPartisan?: (claim: FatalityClaim) => boolean
}

// The dead of the attacking side, by their group key ("gang member", "attacker"): never among the victims a total counts.
const ATTACKERS = new RegExp(`^(?:[a-z-]+ )*${cueSource('attacker-dead')}$`, 'i')
/** Whether a group key names the attacking side's dead ("gang member", "attacker"). */
export const attackerDead = (key: string): boolean => ATTACKERS.test(key)
// "killing 13 of the militants ... neutralising 13 of them": a pronoun (cues.yaml claim-pronouns) with the figure of a group
// already counted counts that group again (rule pronoun-same-count); with another figure it stays a group of its own
// ("killing five policemen ... killed three of them", the attackers).
const pronoun = (key: string): boolean => cueWords('claim-pronouns').has(key)
// Head nouns that name the same kind of dead in different words.
const synonyms: Record<string, string> = {
  troop: 'soldier', serviceman: 'soldier', servicemen: 'soldier', trooper: 'soldier', personnel: 'soldier', jawan: 'soldier',
  policemen: 'police', policeman: 'police', 'police officer': 'police', cop: 'police', gendarme: 'police', policewoman: 'police',
  militant: 'fighter', jihadist: 'fighter', insurgent: 'fighter', combatant: 'fighter', terrorist: 'fighter', extremist: 'fighter', gunmen: 'gunman',
  men: 'man', women: 'woman', children: 'child', civilian: 'civilian',
}

/** A group's key: lower case, no article, head noun singular and mapped to a synonym; '' for totals. */
export function groupKey(group: string | null): string {
  if (!group) return ''
  // Asked once per pair of claims (claimKey): each group's words are read once, the answer kept (bounded).
  let key = groupKeys.get(group)
  if (key === undefined) {
    if (groupKeys.size >= 10_000) groupKeys.clear()
    groupKeys.set(group, (key = readGroupKey(group)))
  }
  return key
}
const groupKeys = new Map<string, string>()

function readGroupKey(group: string): string {
  // "U.S. soldiers": dots dropped first, so the abbreviation is one word.
  const words = group.toLowerCase().replace(/\./g, '').replace(/[^a-z\s-]/g, ' ').split(/\s+/).filter((w) => w && !cueWords('claim-group-fillers').has(w))
  if (!words.length) return ''
  let head = words[words.length - 1]
  if (!synonyms[head] && head.length > 3 && head.endsWith('s') && !head.endsWith('ss')) head = head.replace(/ies$/, 'y').replace(/s$/, '')
  // "Malian soldiers", "US soldiers" and "soldiers" are one group: a demonym or a country's name names no side of its own.
  // "Two suspected militants" and "two terrorists" of one gunfight: a hedge ("suspected", "alleged") names no other group.
  const mods = words.slice(0, -1).filter((w) => !nationWords().has(w) && !cueWords('claim-hedges').has(w))
  const phrase = [...mods, head].join(' ')
  if (synonyms[phrase]) return synonyms[phrase]          // "police officers" → police
  head = synonyms[head] ?? head
  // Nouns that say nothing about the side (cues.yaml claim-total-nouns): their figures are totals over every group.
  if (words.length === 1 && (head === '' || cueWords('claim-total-nouns').has(head))) return ''
  // "Two suspected members of the New People's Army were killed": whose members is told after "of", not in the head, so
  // "members" names no group a later count ("the bodies of two rebels") could stand beside: a count of all the dead.
  if (head === 'member' && mods.every((w) => cueWords('claim-member-modifiers').has(w))) return ''
  return [...mods, head].join(' ')
}


let demonyms: Map<string, string> | null = null
/** Demonyms and one-word country names ("malian", "us", "american"), each with its country's ISO code. */
function nationWords(): Map<string, string> {
  demonyms ??= new Map([...countries().values()].flatMap((c) => [...c.demonyms, ...c.names.filter((n) => !/\s/.test(n))]
    .map((d) => [d.toLowerCase().replace(/\./g, ''), c.iso] as [string, string])))
  return demonyms
}

// "two other policemen", "another soldier", "the other two victims": dead besides those counted.
const OTHER = /\b(?:other|others|another|additional|further|more)\b/i

/**
 * The group a claim counts in: its group key, and the country its words name when two counts of
 * the same noun name different countries ("two Somali and four Kenyan citizens" are six). A count
 * that names no country joins the one named, if only one is. "Two other policemen" are always
 * dead of their own.
 */
function claimKey(c: FatalityClaim, all: readonly FatalityClaim[]): string {
  const key = groupKey(c.group)
  if (pronoun(key)) {
    const same = all.find((x) => x !== c && x.value === c.value && !pronoun(groupKey(x.group)))
    if (same) return claimKey(same, all)
    // "killing dozens of fighters ... more than 70 of them were killed": a stated figure for "them" right after a vague
    // word's group (and no smaller than the word's figure) is that group told again in numbers, not dead besides them
    // (rule pronoun-retold). "dozens of civilians ... three of them children" (smaller) stays a part, as before.
    const before = all.filter((x) => x.span[0] < c.span[0] && !pronoun(groupKey(x.group))).sort((a, b) => b.span[0] - a.span[0])[0]
    if (before && before.qualifier === 'vague' && c.qualifier !== 'vague' && groupKey(before.group) && (c.value ?? 0) >= (before.value ?? 0)) return claimKey(before, all)
  }
  // "a commander and two other people": generic people are still dead besides those counted, not a total of all.
  if (c.group && OTHER.test(c.group)) return `${key || 'other'}#${c.span[0]}`
  if (!key) return key
  // "Two Palestinians were killed ... At least one man was killed": a nationality alone names no side, only who the dead
  // were; when it is the only nationality counted alone, it is a count of all the dead (a total), not a group beside "man".
  if (nationWords().has(key)) {
    const alone = new Set(all.map((x) => groupKey(x.group)).filter((k) => nationWords().has(k)).map((k) => nationWords().get(k)))
    if (alone.size === 1) return ''
  }
  const nations = new Set(all.filter((x) => groupKey(x.group) === key).map((x) => nationOf(x.group)).filter(Boolean))
  return nations.size > 1 ? `${key}@${nationOf(c.group)}` : key
}

function nationOf(group: string | null): string {
  if (!group) return ''
  const words = group.toLowerCase().replace(/\./g, '').split(/[^a-z-]+/)
  for (const w of words) { const iso = nationWords().get(w); if (iso) return iso }
  return ''
}

// A government's own words, not a force's ("the government said", "the interior ministry said").
const STATE_TELLER = /\b(?:government|ministry|presidency|cabinet|governor|authorities)\b/i

/**
 * The fatality figure of one event draft. "Clashes between farmers and herders have killed at least 23 people, the government
 * said, while a rights group said the toll was 35": a government is no side of a fight with no state force in it, so its count
 * is no party's claim about its enemy (rule state-not-side, artev23).
 */
export function draftFatalities(d: Pick<EventDraft, 'claims' | 'actor1' | 'actor2'>): Fatalities {
  const stateSide = [d.actor1, d.actor2].some((a) => !!a && (a.inter === 1 || a.inter === 8))
  return stateSide ? fatalitiesFrom(d.claims) : fatalitiesFrom(d.claims, { isPartisan: (c) => c.partisan === true && !STATE_TELLER.test(c.claimant ?? '') })
}

/**
 * ACLED's fatality figure from the claims of one event:
 * - within one group (whose dead), the lowest credible figure: neutral sources over a party's
 *   claims about its enemy, stated numbers over vague words ("dozens" → 12 only when nothing better);
 * - figures for different groups add up (400 fighters + 180 soldiers = 580);
 * - a total ("20 people") counts when it exceeds the groups' sum (the groups are part of it);
 * - "no fatalities" counts only when no claim gives a death;
 * - `low`/`high` span the claims: sums of the groups' lowest and highest figures.
 * - running totals and campaign tolls are left out (they stay in the claims list);
 * Only death claims are passed here: injured and arrested counts never reach this function.
 */
export function fatalitiesFrom(claims: readonly FatalityClaim[], options: FatalityOptions = {}): Fatalities {
  const isPartisan = options.isPartisan ?? ((c: FatalityClaim) => c.partisan === true)
  // A running total ("4,000 since 2017") is kept as a claim but is never one event's figure.
  const valid = claims.filter((c): c is FatalityClaim & { value: number } => c.value !== null && c.value >= 0 && !isTotal(c))
  const reported = valid
  const positive = reported.filter((c) => c.value > 0)
  const used = positive.length ? positive : reported
  const groups = new Map<string, (FatalityClaim & { value: number })[]>()
  for (const c of used) {
    const key = claimKey(c, used)
    groups.set(key, [...(groups.get(key) ?? []), c])
  }
  namedOneByOne(groups)
  let sum = 0, sumLow = 0, sumHigh = 0
  let total: Fatalities | null = null
  // "The army said it killed 80 militants, while the group said it killed 42 soldiers": each side's word of its enemy's
  // dead is a partisan claim. Two or more sides' claims are not added into one toll: the most conservative side's
  // figure is the event's, as ACLED codes conflicting claims (rule partisan-sides). One side's groups still add up.
  const sides = new Map<string, Fatalities>()
  for (const [key, list] of groups) {
    const f = groupFigure(list, isPartisan)
    const side = key !== '' && list.every((c) => isPartisan(c) && c.claimant) && new Set(list.map((c) => c.claimant!.toLowerCase())).size === 1
      ? list[0].claimant!.toLowerCase().replace(/^the\s+/, '') : null
    if (key === '') total = f
    else if (side !== null) {
      const s = sides.get(side) ?? { fatalities: 0, low: 0, high: 0 }
      sides.set(side, { fatalities: s.fatalities + f.fatalities, low: s.low + f.low, high: s.high + f.high })
    } else { sum += f.fatalities; sumLow += f.low; sumHigh += f.high }
  }
  // Sides named apart: no word shared ("police", "a district police officer" are one side) and none a mere teller ("a
  // spokesman" may speak for either); else their groups add up as before.
  const names = [...sides.keys()].map((k) => new Set(k.split(/\s+/).filter((w) => !['a', 'an', 'its', 'their'].includes(w))))
  const apart = sides.size > 1 && names.every((n, i) => ![...n].some((w) => TELLER_WORDS.test(w)) && names.every((m, j) => i === j || ![...n].some((w) => m.has(w))))
  if (sides.size && !apart) {
    for (const f of sides.values()) { sum += f.fatalities; sumLow += f.low; sumHigh += f.high }
  } else if (sides.size) {
    const all = [...sides.values()]
    const least = sides.size === 1 ? all[0] : all.reduce((a, b) => (b.fatalities < a.fatalities ? b : a))
    sum += least.fatalities; sumLow += Math.min(...all.map((f) => f.low)); sumHigh += all.reduce((n, f) => n + f.high, 0)
  }
  return groups.size === 0 ? { fatalities: 0, low: 0, high: 0 }
    : !total ? { fatalities: sum, low: sumLow, high: sumHigh }
    : groups.size === 1 ? total
    // A total from the source that also names the groups contains them ("20 dead, 5 of them soldiers");
    // a total from another source is another count of the same dead: the lowest is ACLED's figure.
    : sameSource(groups.get('')!, [...groups.entries()].filter(([k]) => k !== '').flatMap(([, v]) => v))
      ? { fatalities: Math.max(total.fatalities, sum), low: Math.max(total.low, sumLow), high: Math.max(total.high, sumHigh) }
      // "killing at least 20 people, a rights group said ... police said officers killed four gang members": the attackers
      // killed are not among the people they killed; another source's count of them adds to the total.
      : [...groups.keys()].every((k) => k === '' || ATTACKERS.test(k))
        ? { fatalities: total.fatalities + sum, low: total.low + sumLow, high: total.high + sumHigh }
        // "killing dozens of soldiers ... a security source put the toll at about 40": a vague word is ACLED's figure only
        // when nothing better is told; a stated total of the same dead is (rule stated-over-vague).
        : vagueOnly(groups) ? { fatalities: total.fatalities, low: Math.min(total.low, sumLow), high: Math.max(total.high, sumHigh) }
        : { fatalities: Math.min(total.fatalities, sum), low: Math.min(total.low, sumLow), high: Math.max(total.high, sumHigh) }
}

/**
 * "A drone strike killed two civilians ... killing the driver and his brother": the dead told one by one after a count of
 * civilians (cues.yaml claim-civilian-groups), each a person's word (claim-person-nouns), two or more and as many as the count, are
 * that count's dead named, not dead besides them (rule civilians-named). Only when every other group is such a person.
 */
function namedOneByOne(groups: Map<string, (FatalityClaim & { value: number })[]>): void {
  const crowds = [...groups].filter(([k]) => cueWords('claim-civilian-groups').has(k))
  if (crowds.length !== 1) return
  const [crowdKey, crowd] = crowds[0]
  const first = Math.min(...crowd.map((c) => c.span[0])), size = Math.min(...crowd.map((c) => c.value))
  const others = [...groups].filter(([k]) => k !== '' && k !== crowdKey)
  const person = (k: string): boolean => cueWords('claim-person-nouns').has(k.split(' ').pop()!)
  // Two or more, exactly as many as counted ("the driver and his brother" for two): one person alone, or fewer, may be one more dead ("a woman was also shot").
  if (others.length < 2 || others.length !== size) return
  if (!others.every(([k, list]) => person(k) && list.every((c) => c.value === 1 && c.qualifier !== 'vague' && c.span[0] > first))) return
  for (const [k] of others) groups.delete(k)
}

/** Every group's figure is a vague word ("dozens of") and the total is stated in numbers. */
function vagueOnly(groups: ReadonlyMap<string, readonly FatalityClaim[]>): boolean {
  const parts = [...groups.entries()].filter(([k]) => k !== '').flatMap(([, v]) => v)
  return parts.length > 0 && parts.every((c) => c.qualifier === 'vague') && (groups.get('') ?? []).some((c) => c.qualifier !== 'vague')
}

// Words of a teller who may speak for any side ("a spokesman", "officials"): no side of its own.
const TELLER_WORDS = /^(?:spokes\w*|officials?|officers?|sources?|statement|commanders?)$/i

/** Whether the totals may include the group figures: unless every one of them names its source and no two sources agree. */
function sameSource(totals: readonly FatalityClaim[], parts: readonly FatalityClaim[]): boolean {
  if ([...totals, ...parts].some((c) => !c.claimant)) return true
  return totals.some((t) => parts.some((p) => t.claimant === p.claimant))
}

/** A claim marked as a running total, on a draft (`total`) or on a stored record (`measure: 'total'`). */
export function isTotal(c: FatalityClaim | (FatalityClaim & { measure?: string })): boolean {
  return c.total === true || ('measure' in c && c.measure === 'total')
}

function groupFigure(list: readonly (FatalityClaim & { value: number })[], isPartisan: (c: FatalityClaim) => boolean): Fatalities {
  const neutral = list.filter((c) => !isPartisan(c))
  const pool = neutral.length ? neutral : list
  const stated = pool.filter((c) => c.qualifier !== 'vague')
  const chosen = Math.min(...(stated.length ? stated : pool).map((c) => c.value))
  const low = Math.min(...list.map((c) => c.value))
  const high = Math.max(...list.map((c) => Math.max(c.value, c.high ?? 0)))
  return { fatalities: chosen, low, high }
}

/**
 * A total over several days split evenly across the daily events, the remainder on the first day
 * (ACLED: "a total over several days split evenly, remainder on the first day"). 7 over 3 days → [3, 2, 2].
 */
export function splitAcrossDays(total: number, days: number): number[] {
  if (!Number.isInteger(days) || days < 1) return []
  const whole = Math.max(0, Math.floor(total))
  const each = Math.floor(whole / days)
  const out = new Array<number>(days).fill(each)
  out[0] += whole - each * days
  return out
}
