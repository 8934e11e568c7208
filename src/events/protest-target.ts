/**
 * @module events/protest-target: whom a demonstration is directed at (the record's `protest_target`).
 *
 * ACLED leaves actor2 empty for protests, so the actor fields never say what a crowd protested against;
 * PLOVER's recipient does. This reads it from the protest's own sentence, after a word that opens what the
 * protest is about (data/events/protest-targets.yaml `openers`: "against", "in protest at", "demanding",
 * "independence from"), up to the clause's end. In those words a side named after "by" ("violations by
 * the security forces") is the target; otherwise the first side named: an actor the actor stage found
 * (not a crowd or civilians), a person of state by office ("President Moreau" → the country's government),
 * a country as owner ("Sweden's decision"), right after the opener ("independence from Iraq"), or as the
 * adjective of a state thing ("Indonesian rule"). With no such words, a crowd at a country's embassy
 * protests at its government. Actor fields and inter codes are left as they are.
 */
import type { Doc, EventDraft, Span } from '../doc.js'
import { dataPath } from '../paths.js'
import { readYaml } from '../yaml-cache.js'
import { alternation } from './cues.js'
import { actorIndex, stateOnDay } from '../mentions/actors/index.js'
import { stateName } from '../mentions/actors/resolve.js'
import { subType } from './taxonomy.js'

export interface ProtestTarget { name: string; span: Span; rule: string; reason: string }

interface Lists { openers: string[]; 'by-words': string[]; 'state-titles': string[]; 'state-things': string[]; 'at-mission': string[]; missions: string[]; 'not-target-before': string[]; 'not-state-bodies': string[] }
interface Compiled { opener: RegExp; byBefore: RegExp; title: RegExp; thingAfter: RegExp; missionAfter: RegExp; atBefore: RegExp; missionOfBefore: RegExp; notTargetBefore: RegExp; bodyBefore: RegExp }

let compiled: Compiled | null = null
function lists(): Compiled {
  if (compiled) return compiled
  const raw = readYaml(dataPath('events', 'protest-targets.yaml')) as Lists
  for (const k of ['openers', 'by-words', 'state-titles', 'state-things', 'at-mission', 'missions', 'not-target-before', 'not-state-bodies'] as const) {
    if (!Array.isArray(raw[k]) || !raw[k].length) throw new Error(`data/events/protest-targets.yaml: "${k}" is not a list of words`)
  }
  const alt = (k: keyof Lists) => alternation(raw[k].map(String))
  compiled = {
    opener: new RegExp(`(?<![\\w'’-])${alt('openers')}(?![\\w'’-])`, 'gi'),
    byBefore: new RegExp(`(?<![\\w'’-])${alt('by-words')}\\s+(?:the\\s+)?$`, 'i'),
    title: new RegExp(`(?<![\\w'’-])${alt('state-titles')}(?![\\w'’-])`, 'gi'),
    thingAfter: new RegExp(`^(?:['’]s?)?\\s+(?:[\\w-]+\\s+)?${alt('state-things')}(?![\\w'’-])`, 'i'),
    missionAfter: new RegExp(`^\\s+${alt('missions')}(?![\\w'’-])`, 'i'),
    atBefore: new RegExp(`(?<![\\w'’-])${alt('at-mission')}\\s+(?:the\\s+)?$`, 'i'),
    notTargetBefore: new RegExp(`(?<![\\w'’-])${alt('not-target-before')}\\s+(?:the\\s+|an?\\s+)?$`, 'i'),
    bodyBefore: new RegExp(`(?<![\\w'’-])${alt('not-state-bodies')}\\s+$`, 'i'),
    missionOfBefore: new RegExp(`(?<![\\w'’-])${alt('at-mission')}\\s+(?:the\\s+)?${alt('missions')}\\s+of\\s+(?:the\\s+)?$`, 'i'),
  }
  return compiled
}

/** The end of the clause that opens at `from`: a stop, a clause's punctuation, or a word opening another clause. */
const CLAUSE_END = /[;:!?()"“”,]|(?<!\b[A-Z])\.(?=\s|$)|\s[–—-]\s|\s(?:but|while|whereas|when|until|after|before|then|where|who|which|because|since)\s/
const MAX_REACH = 160
const AND = /\sand\s/g
/** How many words after "and" a verb may come for "and" to open another clause ("and police fired tear gas"). */
const AND_CLAUSE_WORDS = 4

/**
 * Where a clause's "and" opens another clause: a verb comes within a few words after it, before any preposition
 * ("against the tax and police fired": a clause; "freedom and opportunities from the government": one list).
 */
function andClause(doc: Doc, from: number, to: number): number {
  const t = doc.tokens
  AND.lastIndex = 0
  const text = doc.text.slice(from, to)
  for (let m = AND.exec(text); m; m = AND.exec(text)) {
    const at = from + m.index + m[0].length
    let i = 0
    while (i < t.count && t.start[i] < at) i++
    for (let k = i; k < Math.min(t.count, i + AND_CLAUSE_WORDS); k++) {
      if (t.pos[k] === 'ADP' || t.kind[k] === 'punctuation') break
      if (t.pos[k] === 'VERB' || t.pos[k] === 'AUX') return from + m.index
    }
  }
  return to
}
/** A title's holder: capitalised words after it ("President Ahmed Ben Bella"), and a possessive. */
const HOLDER = /^(?:\s+(?:[A-Z][\w'’-]*|bin|al|el|de|van|von))*(?:['’]s?(?=\s|$))?/
/** A title of someone else's body ("the union's president", "president of the club"): no person of state. */
const OTHERS_TITLE_BEFORE = /\b\w+['’]s?\s+$/
/** Up to three capitalised words right before a title. */
const CAPS_BEFORE = /(?<![\w'’-])(?:[A-Z][\w'’-]*\s+){1,3}$/
const OF_AFTER = /^\s+of\b/i
const OWNER_AFTER = /^['’]s?(?![\w])/
const GOVERNMENT = /^Government of /
const CROWDS = new Set(['protester', 'rioter', 'civilian'])

interface Candidate { span: Span; name: string; why: string }

/** Whether the record of `d` is a demonstration: a protest of any kind or a violent demonstration. */
export function demonstration(d: Pick<EventDraft, 'subEventType'>): boolean {
  return subType(d.subEventType).eventType === 'Protests' || d.subEventType === 'Violent demonstration'
}

/** The side a demonstration is directed at, or null when its sentence does not name one; `reason` is the worksheet's line (explain.ts). */
export function protestTarget(doc: Doc, d: EventDraft): ProtestTarget | null {
  if (!demonstration(d)) return null
  const sentence = doc.sentences[d.sentence]
  if (!sentence) return null
  const day = d.date?.day ?? doc.article.published?.slice(0, 10) ?? null
  const iso = d.place?.countryCode ?? d.actor1?.countryCode ?? null
  const L = lists()
  const text = doc.text
  // The protesters themselves are no target (actor2, when ACLED's coding has one, may be).
  const own = (s: Span) => !!d.actor1 && d.actor1.span[0] < s[1] && s[0] < d.actor1.span[1]
  const government = (cc: string) => stateName(actorIndex(), cc, 'government', day)
  // A country or its demonym over or right before a span (the "Algerian" of "Algerian President ...").
  const countryAt = (s: Span): string | null => doc.places.find((p) => (p.kind === 'country' || p.kind === 'demonym') && p.countryCode
    && p.span[0] >= s[0] - 1 && p.span[0] < s[1])?.countryCode ?? null

  const sides = (from: number, to: number): Candidate[] => {
    const out: Candidate[] = []
    for (const a of doc.actors) {
      if (a.span[0] < from || a.span[1] > to || CROWDS.has(a.role) || own(a.span)) continue
      if (d.actor1 && a.name === d.actor1.name) continue
      out.push({ span: a.span, name: stateOnDay(a.name, day), why: `the actor named by "${text.slice(a.span[0], a.span[1])}"` })
    }
    L.title.lastIndex = from
    for (let m = L.title.exec(text); m && m.index < to; m = L.title.exec(text)) {
      let start = m.index
      const end = m.index + m[0].length
      if (OF_AFTER.test(text.slice(end, end + 4)) && !/\bof$/i.test(m[0])) continue
      // "Labour Minister", "Algerian President": capitalised words right before the title belong to it.
      const caps = CAPS_BEFORE.exec(text.slice(from, start))
      if (caps) start -= caps[0].length
      if (OTHERS_TITLE_BEFORE.test(text.slice(Math.max(from, start - 30), start)) && !countryAt([start - 30, start])) continue
      const holder = HOLDER.exec(text.slice(end, to))![0]
      const span: Span = [start, end + holder.length]
      const cc = countryAt([span[0], span[1]]) ?? countryAt([Math.max(from, start - 20), start]) ?? iso
      if (!cc || own(span)) continue
      out.push({ span, name: government(cc), why: `a person of state named by office ("${text.slice(span[0], span[1]).trim()}")` })
    }
    for (const p of doc.places) {
      if (p.span[0] < from || p.span[1] > to || !p.countryCode || (p.kind !== 'country' && p.kind !== 'demonym')) continue
      const after = text.slice(p.span[1], p.span[1] + 60)
      const atStart = /^\s*(?:the\s+)?$/i.test(text.slice(from, p.span[0]))
      const owner = p.kind === 'country' && OWNER_AFTER.test(after)
      const thing = L.thingAfter.test(after)
      if (!(owner || thing || (atStart && p.kind === 'country'))) continue
      out.push({ span: p.span, name: government(p.countryCode),
        why: owner ? `a country as the owner of what is protested ("${p.text}'s")` : thing ? `a country's state thing ("${text.slice(p.span[0], p.span[1] + L.thingAfter.exec(after)![0].length).trim()}")` : `a country right after the opener ("${p.text}")` })
    }
    // Whom the protested act befell or the crowd stands for is no target; nor a body that is no state's ("university authorities").
    const kept = out.filter((c) => !L.notTargetBefore.test(text.slice(from, c.span[0])) && !(GOVERNMENT.test(c.name) && L.bodyBefore.test(text.slice(from, c.span[0]))))
    out.length = 0
    out.push(...kept)
    // One per place in the text: the earliest start wins, an actor over a country at the same start.
    out.sort((a, b) => a.span[0] - b.span[0] || (b.span[1] - b.span[0]) - (a.span[1] - a.span[0]))
    return out.filter((c, i) => !out.slice(0, i).some((o) => o.span[0] < c.span[1] && c.span[0] < o.span[1]))
  }

  const body = text.slice(sentence[0], sentence[1])
  L.opener.lastIndex = 0
  for (let m = L.opener.exec(body); m; m = L.opener.exec(body)) {
    const from = sentence[0] + m.index + m[0].length
    const rest = text.slice(from, Math.min(sentence[1], from + MAX_REACH))
    const stop = CLAUSE_END.exec(rest)
    const to = andClause(doc, from, from + (stop ? stop.index : rest.length))
    const found = sides(from, to)
    if (!found.length) continue
    const by = found.find((c) => L.byBefore.test(text.slice(from, c.span[0])))
    const pick = by ?? found[0]
    const reason = `"${m[0]}" opens what the protest is about; in it, ${pick.why}${by ? ' named as the doer' : ''}, is whom it is directed at (rule protest-target).`
    return { name: pick.name, span: pick.span, rule: by ? 'protest-target-by' : 'protest-target', reason }
  }
  // "rallied outside the Ruritanian embassy": a country's mission before the crowd.
  for (const p of doc.places) {
    if (p.span[0] < sentence[0] || p.span[1] > sentence[1] || !p.countryCode || (p.kind !== 'country' && p.kind !== 'demonym')) continue
    const before = text.slice(Math.max(sentence[0], p.span[0] - 60), p.span[0])
    const atMission = (L.atBefore.test(before) && L.missionAfter.test(text.slice(p.span[1], p.span[1] + 30))) || L.missionOfBefore.test(before)
    if (!atMission || p.countryCode === iso) continue
    const reason = `a crowd at ${p.text}'s mission protests at its government (rule protest-target-mission).`
    return { name: government(p.countryCode), span: p.span, rule: 'protest-target-mission', reason }
  }
  return null
}
