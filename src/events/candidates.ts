/** @module events/candidates: sentence by sentence, trigger hits → one candidate event per sentence that has them. */
import type { ActorMention, Doc, NumberMention, Span } from '../doc.js'
import { inRegion, say } from '../doc.js'
import type { Cue, EventKnowledge, Family, Trigger } from './knowledge.js'
import { documentContext, gateHits, gateKnowledge } from './gate/index.js'
import type { GateKnowledge } from './gate/index.js'
import { conventions } from '../mentions/actors/conventions.js'
import { cueSource } from './cues.js'

/** `heard`: the word is a sound witnesses heard (gate rule `heard-only`), not an act seen told. */
/** `byState`: the hit opens right after a country the frame reads as the striker ("The United States struck Houthi targets"). */
export interface Hit extends Trigger { span: Span; first: number; last: number; phrase: string; heard?: boolean; byState?: boolean }

/** What one sentence says: its triggers, the actors and counts in it, and the cues around them. */
export interface Candidate {
  sentence: number
  span: Span
  hits: Hit[]
  actors: ActorMention[]
  numbers: NumberMention[]
  cues: { cue: Cue; span: Span; first: number }[]
  strength: number            // sum of trigger weights, negated hits excluded
  offtopic: string[]          // out-of-scope topics the sentence speaks of (crime, disaster, ...)
}

const FORCE_WITH_BEFORE = new RegExp(`\\b${cueSource('force-with')}\\s+(?:and|alongside|with)\\s+(?:(?:local|armed|community|civilian)\\s+)?$`, 'i')
const FORCE_WITH_AFTER = new RegExp(`^\\s+(?:and|alongside)\\s+(?:the\\s+)?${cueSource('force-with')}\\b`, 'i')
const FORCE_HELPER = new RegExp(`^${cueSource('force-helpers')}$`, 'i')
/** "Police and local vigilantes", "vigilantes and soldiers": helpers (cues.yaml force-helpers) joined by "and" to a state force (force-with). */
export function besideForce(text: string, span: Span, words: string): boolean {
  return FORCE_HELPER.test(words) && (FORCE_WITH_BEFORE.test(text.slice(Math.max(0, span[0] - 40), span[0])) || FORCE_WITH_AFTER.test(text.slice(span[1], span[1] + 40)))
}
const SKIP_REGIONS = ['caption', 'credit', 'byline', 'boilerplate', 'headline-repeat', 'heading'] as const

/** A country the frame reads as the striker (frame/roles.ts country-as-striker) ends right before `at`. */
export function countryStriker(doc: Doc, at: number): boolean {
  return doc.places.some((p, i) => p.kind === 'country' && doc.frame?.roles[i]?.rule === 'country-as-striker' && p.span[1] < at && /^\s+$/.test(doc.text.slice(p.span[1], at)))
}
/** What a country's bare strike verb struck: a place of the event within a few words after it ("struck near Nabatieh",
 * "bombed a car in Tyre"), or a harm or military target right after it (gate.yaml strike_harm, strike_targets). */
function struckSomething(doc: Doc, g: GateKnowledge, end: number, sentenceEnd: number): boolean {
  const after = doc.text.slice(end, Math.min(sentenceEnd, end + 80))
  if (g.strikeHarm.test(after) || new RegExp(g.struckTargets.source, 'i').test('struck' + after.split(/[,;]/)[0])) return true
  // The place struck named right after the verb ("struck Kharkiv", "struck Ukraine's grid"), or after a locative a few words on.
  return doc.places.some((q, i) => q.span[0] > end && q.span[1] <= sentenceEnd && q.kind !== 'demonym' && doc.frame?.roles[i]?.role === 'event'
    && /^\s+(?:(?:[\w'’-]+\s+){0,4}?(?:near|in|at|inside|outside|around|on)\s+(?:[\w'’-]+\s+){0,5}?)?$/i.test(doc.text.slice(end, q.span[0])))
}

export function findCandidates(doc: Doc, k: EventKnowledge): Candidate[] {
  const t = doc.tokens
  const out: Candidate[] = []
  // Is there an event at all: the article's focus first, then each hit against the sentence rules (gate/).
  const g = gateKnowledge()
  const context = documentContext(doc, k, g)
  if (context.focus !== 'news') say(doc, 'events', 'document-focus', `The article reads as a ${context.focus} story (${context.why}): violence words need stronger evidence.`)
  let tok = 0
  doc.sentences.forEach((span, si) => {
    const from = tok
    while (tok < t.count && t.sentence[tok] === si) tok++
    const to = tok
    if (from === to || inRegion(doc, span, SKIP_REGIONS)) return
    // "Police stand guard outside the court during protests, July 12, 2023." then "REUTERS/Jane Doe NAIROBI — ...": a caption glued to the story.
    const next = doc.sentences[si + 1]
    if (next && g.creditOpening.test(doc.text.slice(next[0], next[1]))) {
      if (k.triggers.scan(t, from, to).length) say(doc, 'events', 'caption-sentence', 'A photo credit opens the next sentence: this one is the caption, about another day or place, not coded.', { span })
      return
    }
    const found = k.triggers.scan(t, from, to)
    if (!found.length) return
    const negations = k.negation.scan(t, from, to)
    const hits: Hit[] = []
    for (const m of found) {
      // "no one was killed", "did not attack": a negation shortly before the trigger cancels it. Not across a bracket or a
      // semicolon ("an armed group (sources are not clear) shot and killed"), nor a question about who did it ("not known who").
      if (negations.some((n) => n.last < m.first && m.first - n.last <= 3 && !k.negationUnknown.has(t.norm[n.last + 1] ?? '')
        && !t.norm.slice(n.last + 1, m.first).some((w) => w === ')' || w === ';'))) continue
      // "It said it had detained no one": the act's object is no one (context.yaml negation_object).
      if (k.negationObject.some((ws) => ws.every((w, i) => t.norm[m.last + 1 + i] === w))) continue
      // "A police unit, supported by local vigilantes, killed five bandits": a crowd word naming people right after a backer
      // cue names who helped the agent (conventions.yaml backer_cues), not a mob's act.
      const who = m.value.family === 'riot' ? doc.actors.find((a) => a.span[0] <= t.start[m.first] && t.end[m.last] <= a.span[1]) : undefined
      if (who && conventions().backerRightBefore(doc.text, who.span[0]) !== null) {
        say(doc, 'events', 'backer-not-act', `"${m.phrase}" backs the agent ("${doc.text.slice(Math.max(span[0], t.start[m.first] - 25), t.end[m.last]).trim()}"): no mob's act.`, { span: [t.start[m.first], t.end[m.last]] })
        continue
      }
      // "Police and local vigilantes freed the captives after a gunfight": a crowd word joined by "and" to a state force
      // names who fought beside it, not a mob's act (cues.yaml force-with).
      if (who && FORCE_HELPER.test(doc.text.slice(t.start[m.first], t.end[m.last])) && (FORCE_WITH_BEFORE.test(doc.text.slice(Math.max(0, who.span[0] - 40), who.span[0])) || FORCE_WITH_AFTER.test(doc.text.slice(who.span[1], who.span[1] + 40)))) {
        say(doc, 'events', 'beside-force', `"${m.phrase}" fought beside a state force ("${doc.text.slice(Math.max(span[0], t.start[m.first] - 25), t.end[m.last]).trim()}"): no mob's act.`, { span: [t.start[m.first], t.end[m.last]] })
        continue
      }
      // "Israel struck near Nabatieh": a bare strike verb counts only right after a country the frame reads as the striker
      // (triggers.yaml needs: country-striker; frame/roles.ts country-as-striker), not "lightning struck" (rule country-striker).
      if (m.value.needs === 'country-striker' && (!countryStriker(doc, t.start[m.first]) || !struckSomething(doc, g, t.end[m.last], span[1]))) continue
      // "Security measures: On 3 May, a curfew was imposed in X": a coder's label opening the note names the kind of act it
      // tells (triggers.yaml needs: note-label); the same words inside a sentence ("tightened security measures") are not one.
      if (m.value.needs === 'note-label' && (m.first !== from || t.norm[m.last + 1] !== ':')) continue
      // Object.assign, not a spread followed by fields: the same object, without V8's slow clone path (a profile's hot line).
      const hit: Hit = Object.assign({}, m.value, { span: [t.start[m.first], t.end[m.last]] as Span, first: m.first, last: m.last, phrase: m.phrase })
      if (m.value.family === 'remote' && countryStriker(doc, t.start[m.first])) hit.byState = true
      hits.push(hit)
    }
    if (!hits.length) return
    const kept = gateHits(doc, g, context, { from, to, span }, hits)
    if (!kept.length) return
    // "Movement of forces: ... soldiers deployed to X": the label says the kind of act, the act's own word (one the gate
    // kept) where it stands: who did it is read around that word, not around the label at the note's start.
    const label = kept.find((h) => h.needs === 'note-label'), act = label && kept.find((h) => h !== label)
    if (label && act) Object.assign(label, { span: act.span, first: act.first, last: act.last })
    hits.splice(0, hits.length, ...kept)
    const cues = k.cues.scan(t, from, to).map((m) => ({ cue: m.value, span: [t.start[m.first], t.end[m.last]] as Span, first: m.first }))
    const inside = <T extends { span: Span }>(x: T) => x.span[0] >= span[0] && x.span[1] <= span[1]
    // Blame told after the act is about someone else's deed: "villagers beat to death a man accused of theft" names
    // the victim's alleged crime, not who did the beating. Only blame before the first act word makes the sentence
    // about attribution ("police accused rebels of the killing").
    const firstHit = Math.min(...hits.map((h) => h.first))
    // "Two rockets landed near the U.S. embassy": a building's topic word told after a strong remote-violence word is where
    // the weapon fell, not what the sentence is about (context.yaml offtopic_after_weapon).
    const firstWeapon = Math.min(...hits.filter((h) => h.family === 'remote' && h.weight > 1).map((h) => h.first))
    const offtopic = [...new Set(k.offtopic.scan(t, from, to).filter((m) => (m.value !== 'attribution' || m.last < firstHit)
      && !(m.first > firstWeapon && k.offtopicAfterWeapon.has(doc.text.slice(t.start[m.first], t.end[m.last]).toLowerCase()))
      && !(firstWeapon < Infinity && k.offtopicBesideWeapon.has(doc.text.slice(t.start[m.first], t.end[m.last]).toLowerCase()))).map((m) => m.value))]
    out.push({
      sentence: si, span, hits, cues, offtopic,
      actors: doc.actors.filter(inside),
      numbers: doc.numbers.filter(inside),
      strength: hits.reduce((s, h) => s + h.weight, 0),
    })
  })
  return out
}

/** Families of the hits, strongest first. */
export function families(c: Candidate): Family[] {
  const score = new Map<Family, number>()
  for (const h of c.hits) score.set(h.family, (score.get(h.family) ?? 0) + h.weight)
  return [...score.entries()].sort((a, b) => b[1] - a[1]).map(([f]) => f)
}
