/** @module events/roles: who did it to whom — actor1, actor2 and associated actors for one event. */
import type { ActorMention, Doc, PlaceMention, Span } from '../doc.js'
import { inRegion, say, sentenceAt, sentenceTokens } from '../doc.js'
import { actorIndex, associatesOf, conventions, genericActor, militiaOf, withCountry } from '../mentions/actors/index.js'
import { frontHolder } from '../mentions/actors/fronts.js'
import { countryName } from '../mentions/countries.js'
import type { Candidate } from './candidates.js'
import { besideForce } from './candidates.js'
import { interactionCode } from './records.js'
import { CAMPAIGN_OWNER, postAgain, roleCues } from './role-cues.js'
import { cue, cueSource } from './cues.js'
import { headlineSentence } from './group.js'
import { dataPath } from '../paths.js'
import { readYaml } from '../yaml-cache.js'

const ARMED_PEOPLE = cue('armed-people')
const STORMED = cue('stormed-institution')
// The police unit ACLED writes for guards of a prison (data/actors/generic.yaml units.police).
const PRISON_GUARDS = 'Prison Guards'

export interface Roles {
  actor1: ActorMention | null; actor2: ActorMention | null; assoc1: string[]; assoc2: string[]
  /** The sub-type the sides make of the event, when it differs from the one read off the words (a gang member hit: a clash). */
  sub?: string
}
type GenericKind = Parameters<typeof genericActor>[0]

const ARMED = new Set([1, 2, 3, 4, 8])
// A person holding office ("the governor", "a mayor"), not the word as an adjective ("a government soldier").
const OFFICIAL = /^(?:the\s+|a\s+)?(?:governor|mayor|officials?|government officials?|administrator)$/i
// ... who holds it still: "a former mayor" is a civilian of no office.
const FORMER = /\b(?:former|ex|retired|late)[\s-]+$/i
const armed = (a: ActorMention) => ARMED.has(a.inter) && a.role !== 'civilian' && a.role !== 'protester' && a.role !== 'rioter'
const state = (a: ActorMention) => a.inter === 1 || (a.inter === 8 && /^(Military|Police) Forces/.test(a.name))
const ASIDE_REGIONS = ['caption', 'credit', 'byline', 'boilerplate'] as const
// The state and regime of a state force's name ("India (2014-)" of "Police Forces of India (2014-) Central Reserve Police Force").
const regimeOf = (a: ActorMention): string | undefined => /^(?:Military|Police) Forces of (.+?\(\d{4}-\d{0,4}\))/.exec(a.name)?.[1]
/** Two forces of one state and regime under other names (army and police, a unit and its service): allies, not sides. */
const allied = (a: ActorMention | null, b: ActorMention | null): boolean =>
  !!a && !!b && state(a) && state(b) && a.name !== b.name && regimeOf(a) !== undefined && regimeOf(a) === regimeOf(b)
const STATE_PLACE = /\b(checkpoints?|check points?|police (post|station)s?|military (post|base|camp)s?|army (post|base|camp)s?|barracks|convoys?|patrols?|outposts?|garrison|security post)\b/i

// Parts of speech a crowd's noun phrase is made of ("Four small opposition parties in Malawi", "supporters of the jailed
// cleric"), and those that lead into it without naming anyone ("About 300", "Some of the").
const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'PUNCT', 'ADP', 'DET', 'NUM', 'CCONJ', 'PART'])
const LEAD_POS = new Set(['DET', 'NUM', 'ADP', 'ADV'])
// Between a verb and the act it takes as object ("staged a sit-in", "continued their hunger strike").
const OBJECT_LEAD_POS = new Set(['DET', 'PRON', 'ADJ', 'NUM'])

/**
 * The subject of the act at `at` in sentence `si` as a span: the noun phrase before its verb ("Hardline nationalists staged
 * a sit-in") or before the act as verb ("Hardline nationalists demonstrated"), with an apposition kept ("Ahmed Karimov,
 * a labour organizer, began a hunger strike") and a leading count dropped ("About 300 followers of X blocked roads" →
 * "followers of X"). Null unless every word is of a noun phrase: no clause of reported speech ("Police said ..."), no opener
 * without a comma, nothing over 14 words.
 */
export function subjectPhrase(doc: Doc, si: number, at: Span): Span | null {
  const t = doc.tokens
  const [from, to] = sentenceTokens(doc, si)
  let end = from
  while (end < to && t.start[end] < at[0]) end++
  if (end === from) return null
  // Back over the object's determiners to its verb, then over the verb group ("have organized", "were converging").
  // The object's words ("a 24-hour hunger strike") lead back to its verb; with no verb before them the act is itself the verb.
  let i = end - 1
  while (i >= from && (OBJECT_LEAD_POS.has(t.pos[i]) || t.pos[i] === 'NOUN' || t.value[i] === '-')) i--
  if (i >= from && t.pos[i] === 'VERB') {
    i--
    while (i >= from && (t.pos[i] === 'AUX' || t.pos[i] === 'ADV' || t.pos[i] === 'PART')) i--
    end = i + 1
  }
  let start = from
  // An opener ("On Monday, ..."; "In Lagos, ...") is no part of the subject: the phrase starts after its comma.
  if (t.pos[start] === 'ADP' || t.pos[start] === 'SCONJ' || t.pos[start] === 'ADV') {
    let comma = start
    while (comma < end && t.value[comma] !== ',') comma++
    if (comma < end) start = comma + 1
  }
  while (start < end && LEAD_POS.has(t.pos[start])) start++
  while (end > start && t.pos[end - 1] === 'PUNCT') end--
  if (end - start < 1 || end - start > 14) return null
  for (let k = start; k < end; k++) {
    // A participle before a noun is an adjective ("best-known", "the jailed cleric", "Algeria's leading activist");
    // any other verb makes this no bare noun phrase.
    const participle = t.pos[k] === 'VERB' && (t.value[k - 1] === '-'
      || (/(?:ing|ed)$/i.test(t.value[k]) && /^(?:DET|PART|ADJ)$/.test(t.pos[k - 1]) && /^(?:ADJ|NOUN)$/.test(t.pos[k + 1])))
    if (!PHRASE_POS.has(t.pos[k]) && !participle) return null
  }
  if (!t.pos.slice(start, end).some((p) => p === 'NOUN' || p === 'PROPN')) return null
  const span: Span = [t.start[start], t.end[end - 1]]
  // A place alone is where, not who ("In Gaza, ..." read as the subject).
  if (doc.places.some((p) => p.span[0] <= span[0] && span[1] <= p.span[1])) return null
  return span
}

/**
 * An actor's words with the modifiers written right before them ("radical separatist demonstrators", not "demonstrators"):
 * up to three adjectives or nouns of the same sentence, none of them a date's or another actor's words. Evidence only; the
 * mention and its name are unchanged.
 */
export function withModifiers(doc: Doc, span: Span, others: readonly ActorMention[] = doc.actors): Span {
  const t = doc.tokens
  let i = 0, hi = t.count
  while (i < hi) { const mid = (i + hi) >> 1; if (t.start[mid] < span[0]) i = mid + 1; else hi = mid }
  // Words that open with a determiner are a whole phrase already ("shot dead the minister's driver" keeps "the minister's driver").
  if (i >= t.count || t.start[i] !== span[0] || /^(DET|PRON|NUM)$/.test(t.pos[i])) return span
  let from = span[0]
  for (let k = i - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    if (t.sentence[k] !== t.sentence[i] || !/^(ADJ|NOUN|PROPN)$/.test(t.pos[k]) || !/^\s+$/.test(doc.text.slice(t.end[k], from))) break
    const word: Span = [t.start[k], t.end[k]]
    const within = (s: Span) => s[0] < word[1] && word[0] < s[1]
    if (doc.dates.some((d) => within(d.span)) || others.some((a) => within(a.span) && !(a.span[0] === span[0] && a.span[1] === span[1]))) break
    from = t.start[k]
  }
  return [from, span[1]]
}

/** A fight word and "between" right before a side: "fighting between the" (rule pair-after-fight). */
const FIGHT_BETWEEN = new RegExp(`\\b(?:${cueSource('mutual-fire')})\\s+between\\s+(?:the\\s+)?$`, 'i')
/** The words before a country named alone as the side fought: "between Israel", "against Ukraine", or none. */
const COUNTRY_SIDE = /^(?:(?:between|with|against)\s+)?$/i

function genericMention(kind: GenericKind, iso: string | null, span: Span, day: string | null): ActorMention {
  const g = genericActor(kind, iso, day)
  return { span, text: '', score: 0.4, rule: `generic-${kind}`, name: g.name, inter: g.inter, countryCode: g.countryCode,
    role: kind === 'civilians' ? 'civilian' : kind === 'protesters' ? 'protester' : kind === 'rioters' ? 'rioter' : 'armed', generic: true }
}

/**
 * The agent: an actor right after "by" ("attacked by two armed men"); else the subject — the first
 * actor of the sentence before the trigger that is not a speaker ("police said ...") nor the one a
 * passive verb reports hit ("an army convoy was ambushed"); else, when allowed, the first after it.
 */
// A comma, then an opener and a noun phrase of its own ("..., two days after a missile fired by"): not "killed after being
// abducted by the Taliban", whose agent is the act's own.
const BY_OTHER_CLAUSE = /,\s*(?:[\w'’-]+\s+){0,3}?(?:after|before|following|since|when|while)\s+(?:a|an|the|its|their)\s/i
function agent(doc: Doc, list: ActorMention[], at: Span, after = true, disarmed = false): ActorMention | undefined {
  // "supported by X", "backed by X": X backs the agent; it is not the agent.
  const backer = (a: ActorMention) => conventions().backerCueAtEnd(doc.text.slice(Math.max(0, a.span[0] - 40), a.span[0]).replace(/\s+(the|an?)\s*$/i, ' ')) !== null
  // "an IED planted by Maoists": who made or placed a thing is not who acts in the event.
  const by = (a: ActorMention) => roleCues().byBefore(doc.text.slice(Math.max(0, a.span[0] - 60), a.span[0]))
  // Who placed a device set it off ("a bomb planted by the Taliban"), unless it was found and disarmed.
  const agentBy = (a: ActorMention) => by(a) === 'agent' || (by(a) === 'placer' && !disarmed)
  // Not one of another clause ("struck the airport, two days after a missile fired by the Houthis landed"): the act
  // a clause opener sets apart between the trigger and "by" has its own agent (rule by-other-clause).
  const otherClause = (a: ActorMention) => a.span[0] >= at[1] && BY_OTHER_CLAUSE.test(doc.text.slice(at[1], a.span[0]))
  const byAgent = list.find((a) => agentBy(a) && !backer(a) && !otherClause(a))
  if (byAgent) return byAgent
  // "ten people were killed, including a police officer": one listed among the counted is no agent.
  const listed = (a: ActorMention) => roleCues().listedAmong(doc.text.slice(Math.max(0, a.span[0] - 40), a.span[0]))
  // "attacks on police stations ... killed seven": what an attack was aimed at is the one hit (rule attacked-on).
  const aimedAt = (a: ActorMention) => roleCues().attackedOn(doc.text.slice(Math.max(0, a.span[0] - 50), a.span[0]))
  list = list.filter((a) => !backer(a) && by(a) !== 'maker' && !(disarmed && by(a) === 'placer') && !listed(a) && !aimedAt(a))
  // Only a verb of harm ("was ambushed", not "were deployed") makes its subject the one hit.
  const passive = roleCues().passiveBefore(doc.text.slice(Math.max(0, at[0] - 30), at[0])) && conventions().passiveAfter(` was ${doc.text.slice(at[0], at[1])}`)
  // The subject of a passive verb ("soldiers were killed when ...", "an army supply convoy was ambushed") is the one hit, not the agent.
  const hit = (a: ActorMention) => conventions().passiveAfter(doc.text.slice(a.span[1], a.span[1] + 40)) || joinedPassive(doc.text.slice(a.span[1], a.span[1] + 60))
    || (passive && a.span[1] <= at[0] && /^[^,.;:()"“”]{0,60}$/.test(doc.text.slice(a.span[1], at[0])))
  // "The U.S. military said it carried out an airstrike": a teller that says it did the act is its doer.
  // "JNIM claimed the attack, saying it had targeted militias": who claims the act told right after the claim did it.
  // "The RSF on Monday denied attacking civilians": the side that denies doing the act is its (denied) doer.
  const self = (a: ActorMention) => a.span[1] <= at[0] && ((/^\w+ing\b/i.test(doc.text.slice(at[0], at[1])) && roleCues().deniedDoing(doc.text.slice(a.span[1], at[0])))
    || roleCues().selfTold(doc.text.slice(a.span[1], at[0])) || roleCues().selfWeapon(doc.text.slice(a.span[1], at[0]))
    || (/^claim/i.test(roleCues().claimAfter(doc.text.slice(a.span[1], a.span[1] + 30)) ?? '') && /^\W{0,3}\s*(?:\w+\s+){0,1}claim\w*\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:the|an|this|that|its)\s+(?:[\w-]+\s+){0,2}$/i.test(doc.text.slice(a.span[1], at[0]))))
  // The trigger word may name the doers themselves ("Gunmen ... attacked a prison ... after a gunfight with guards"):
  // a mention that starts the trigger's own words is the subject, not one told after the act.
  const before = list.filter((a) => (a.span[0] < at[0] || (a.span[0] === at[0] && a.span[1] >= at[1])) && (self(a) || !conventions().speakerAfter(doc.text.slice(a.span[1], a.span[1] + 60))) && !hit(a))
  // "vowed to crush militants responsible for a suicide bombing": the people named as the act's doers did it (rule done-by).
  const named = list.find((a) => a.span[1] <= at[0] && DONE_BY_AFTER.test(doc.text.slice(a.span[1], at[0])))
  if (named) {
    say(doc, 'actors', 'done-by', `"${named.text}" are named as the doers of "${doc.text.slice(at[0], at[1])}".`, { span: named.span })
    return named
  }
  // "Security forces ended a siege at a hotel after militants stormed it, killing nine": who ended the act answered it;
  // the side that does the act in the clause after "after" or "when" is its doer (rule responder-ended).
  const answered = before[0] && list.find((b) => b.span[0] > before[0].span[1] && RESPONDER.test(doc.text.slice(before[0].span[1], b.span[0])) && !hit(b))
  if (answered) {
    say(doc, 'actors', 'responder-ended', `"${before[0].text}" ended or answered the act "${answered.text}" did in the clause after it: "${answered.text}" is its doer.`, { span: answered.span })
    return answered
  }
  return before[0] ?? (after ? list.find((a) => a.span[0] >= at[1]) : undefined)
}
const BODY_FINDER = new RegExp(`^\\s+(?:\\w+\\s+){0,2}?${cueSource('body-finders')}\\s+(?:the\\s+|a\\s+|two\\s+|three\\s+|\\w+\\s+)?(?:bodies|body|corpses?|remains)\\s*$`, 'i')
const BODY_WORD = /^(?:bodies|body|corpses?|remains)\b/i
const DONE_BY_AFTER = new RegExp(`^\\s+${cueSource('done-by')}\\s+(?:the\\s+|a\\s+|an\\s+|\\w+['’]s\\s+)?(?:[\\w-]+\\s+){0,2}$`, 'i')
const RESPONDER = new RegExp(`^\\W{0,3}\\s*(?:[\\w'’-]+\\s+){0,2}?${cueSource('responder-acts')}\\b[^.;]{0,120}?\\b(?:after|when)\\s+(?:(?:the|a|an|some|armed|suspected)\\s+)?$`, 'i')

/** `point`: the event's place, when known (for who held it on a standing front). */
export function assignRoles(doc: Doc, c: Candidate, sub: string, at: Span, iso: string | null, context: ActorMention[], day: string | null,
  point: { latitude: number | null; longitude: number | null } | null = null): Roles {
  // Generic actors are named for the event's day (regime periods), passed in, not kept in module state.
  const onDay = day ?? doc.article.published
  const generic = (kind: GenericKind, iso: string | null, span: Span) => genericMention(kind, iso, span, onDay)
  // Names follow the event's own country and day, not the article's first guess ("gunmen" in a
  // Malian event of a Nigerian article are `Unidentified Armed Group (Mali)`).
  // A state force keeps the inter code read at article level: an event misplaced abroad does not make it foreign.
  // A bare noun ("the army", "police") has no country of its own: read for the article's first guess, it takes the
  // event's country as any generic noun does ("police fired tear gas ... in Lome" in a briefing led by Niger).
  const local = (a: ActorMention) => (iso && (!/^(Military|Police) Forces of /.test(a.name) || (a.rule.startsWith('generic-') && a.countryCode !== iso))
    ? withCountry(a, iso, onDay) : a)
  // Who tells of the event after it ("..., military sources said", "according to police") is no side of it.
  // A photo caption or credit shows another moment ("security forces deployed in a street"): no side of the event told.
  const inStory = (a: ActorMention) => !inRegion(doc, a.span, ASIDE_REGIONS)
  const own = c.actors.filter(inStory)
  const earlier = context.filter(inStory)
  // A sentence that names its doer only as "the group" ("Last month the group fired mortar shells ... with a roadside bomb")
  // takes up the armed group named last before it, not any side of the sentences before (rule group-anaphor).
  // (Unnamed fighters the group's own, "the group's fighters", name no other doer.)
  const ownOfGroup = (a: ActorMention) => a.generic && roleCues().groupPossessive(doc.text.slice(Math.max(c.span[0], a.span[0] - 40), a.span[0]))
  const taken = !own.some((a) => armed(a) && a.span[0] < at[0] && !ownOfGroup(a)) && roleCues().groupAnaphor(doc.text.slice(c.span[0], at[0]))
    // Not the parent named in an aside ("Al Shabaab, which is linked to al Qaeda"): the group the aside is about.
    ? [...earlier].reverse().find((a) => !a.generic && armed(a) && !state(a) && a.span[1] <= c.span[0]
      && !roleCues().linkedTo(doc.text.slice(Math.max(0, a.span[0] - 30), a.span[0]))) : undefined
  if (taken) say(doc, 'actors', 'group-anaphor', `"${doc.text.slice(c.span[0], at[0]).trim().slice(0, 60)}": "the group" is "${taken.name}", named before.`, { span: at })
  const pool = taken ? [{ ...taken, span: at, text: doc.text.slice(at[0], at[1]) }, ...own] : own.length ? own : earlier
  // A force sent in to stop a fight between others ("the Army tries to quell clashes") is no side of the clash.
  const stepsIn = (a: ActorMention, quiet = false) => {
    const cue = sub === 'Armed clash' && state(a) ? roleCues().stepsIn(doc.text.slice(a.span[1], a.span[1] + 60), doc.text.slice(Math.max(0, a.span[0] - 40), a.span[0])) : null
    if (cue && !quiet) say(doc, 'actors', 'steps-in', `"${a.text}" ${cue}: a force stepping in to stop others' fight, no side of it.`, { span: a.span })
    return cue !== null
  }
  // "the Jenin refugee camp": a group's word naming a place is no side; its people are associated with civilians hit there.
  const placePeople = (a: ActorMention) => a.rule === 'social-group' && roleCues().peoplePlace(doc.text.slice(a.span[1], a.span[1] + 20))
  // "attacked a prison ... a gunfight with guards": guards at a prison or jail are its guards, the police unit, not private security.
  const jail = c.actors.some((a) => a.rule === 'generic-private' && roleCues().guardNoun(a.text)) ? roleCues().prison(doc.text.slice(c.span[0], c.span[1])) : null
  const prisonGuard = (a: ActorMention): ActorMention => {
    if (!jail || a.rule !== 'generic-private' || !roleCues().guardNoun(a.text)) return a
    const p = generic('police', a.countryCode ?? iso, a.span)
    const guard: ActorMention = { ...p, name: `${p.name} ${PRISON_GUARDS}`, text: a.text, rule: 'prison-guards', generic: false }
    say(doc, 'actors', 'prison-guards', `"${a.text}" at a ${jail}: the prison's guards, "${guard.name}", not private security.`, { span: a.span })
    return guard
  }
  // "a vigilante-style attack": a word joined to a manner suffix names how it was done, not who did it or was hit.
  const manner = (a: ActorMention) => roleCues().manner(doc.text.slice(a.span[1], a.span[1] + 12))
  const candidates = sameActors(doc, pool, earlier, c).filter((a) => !noSide(doc, a, at, pool) && !stepsIn(a) && !manner(a))
  // Property destroyed there is its people's ("burned several herders' camps"): they stay the side whose property it was.
  const placed = sub === 'Looting/property destruction' ? [] : candidates.filter(placePeople)
  for (const a of placed) say(doc, 'actors', 'people-place', `"${doc.text.slice(a.span[0], a.span[1] + 8).trim()}..." names a place after its people: no side of the event.`, { span: a.span })
  // "The Israeli military said troops had fired at suspects", "... said gunmen had fired at troops": unnamed troops in what a state force tells are its own
  // (rule teller-own-forces), not the forces of the place.
  const tellersOwn = (a: ActorMention): ActorMention => {
    if (!/^generic-(?:military|police)$/.test(a.rule)) return a
    const teller = pool.find((b) => b !== a && !b.generic && state(b) && b.span[1] <= a.span[0] && a.span[0] - b.span[1] <= 80
      && TELLER_OWN.test(doc.text.slice(b.span[1], a.span[0])))
    // A force of the place itself that tells of its troops or officers needs no rule: they are the place's, of their own class.
    if (!teller || !teller.countryCode || teller.countryCode === iso) return a
    const own = generic(a.rule === 'generic-police' ? 'police' : 'military', teller.countryCode, a.span)
    say(doc, 'actors', 'teller-own-forces', `"${a.text}" told by "${teller.text}" are its own country's forces: "${own.name}".`, { span: a.span })
    return { ...a, name: own.name, countryCode: own.countryCode, inter: own.inter, rule: 'teller-own-forces' }
  }
  const sided = dedupe(candidates.filter((a) => !placed.includes(a)).map(tellersOwn).map(local).map(prisonGuard))
  // Forces named together as one subject or object act as one side: the others of the group are associated.
  const joint = jointSides(doc, sided, c, sub, iso)
  const named = sided.filter((a) => !joint.has(a))
  // Backers ("supported by volunteer fighters") take no side of their own: they join actor1's associates.
  // Not a group that names who the unnamed fighters before it are ("fighters loyal to ISWAP"): it is their side (rule branch-fighters).
  const branchNamed = (a: ActorMention) => !a.generic && (a.inter === 2 || a.inter === 3) && doc.actors.some((b) => b !== a && (b.generic || b.rule === 'country-insurgent')
    && armed(b) && b.span[1] <= a.span[0] && (roleCues().branchAfterBetween(doc.text.slice(b.span[1], a.span[0])) || homeGroup(doc, a) && roleCues().loyalAfterBetween(doc.text.slice(b.span[1], a.span[0]))))
  const backing = (a: ActorMention) => conventions().backerCueAt(doc.text, a.span[0]) !== null && !branchNamed(a)
  const backers = named.filter((a) => armed(a) && backing(a))
  const arms = named.filter((a) => armed(a) && !backers.includes(a))
  // People named as the agent's backers ("supported by local vigilantes") are not the ones hit.
  const civil = named.find((a) => a.role === 'civilian' && conventions().backerRightBefore(doc.text, a.span[0]) === null)
  // "in protest of the arrest of several activists": those held are what the protest is about, not the protesters.
  const protest = named.find((a) => a.role === 'protester' && !(a.span[0] >= at[1] && roleCues().detainedBefore(doc.text.slice(Math.max(0, a.span[0] - 60), a.span[0]))))
  const force = named.find((a) => state(a))
  // Unnamed security forces that police people ("Security forces dispersed the protesters", conventions.yaml `policing`) or
  // meet rioters or a mob (`policing.crowds`) are the police; soldiers or troops named as such stay the army.
  const asPolice = <T extends ActorMention | null | undefined>(a: T, polices: (sub: string, words: string) => boolean, told: string): T | ActorMention => {
    if (!a || !/^(generic|demonym)-military$/.test(a.rule) || !polices(sub, a.text)) return a
    const p: ActorMention = { ...generic('police', a.countryCode ?? iso, a.span), text: a.text, rule: 'policing-force', generic: false }
    say(doc, 'actors', 'policing-force', `"${a.text}" ${told}: unnamed security forces doing so are "${p.name}".`, { span: a.span })
    return p
  }
  const police = asPolice(force, conventions().policing, 'arrest or police a crowd')
  // Those who demonstrate, named as a group of people ("students", "Chechen refugees"): protesters, the group associated.
  const crowd = (): ActorMention | undefined => {
    const who = named.find((a) => a.role === 'civilian' && a.assoc && a.span[0] < at[0])
    return who && { ...generic('protesters', who.countryCode ?? iso, who.span), text: who.text, assoc: who.assoc, rule: 'protesting-group', score: who.score }
  }
  // No word for the crowd itself: the people who demonstrate are the subject before the act ("Thousands of
  // Nigerians rallied", "residents demonstrated"). The name stays the unnamed class; the words become its evidence.
  const subject = (kind: 'protesters' | 'rioters'): ActorMention => {
    const g = generic(kind, iso, at)
    const before = (s: Span) => s[0] >= c.span[0] && s[1] <= at[0]
    // Not those the words report hit ("a journalist was beaten when ...").
    // Demonstrators who riot ("Egyptian demonstrators rioted") are the rioters, their words its evidence.
    const people = named.find((a) => (a.role === 'civilian' || (kind === 'rioters' && (a.role === 'rioter' || a.role === 'protester'))) && a.text && before(a.span) && !passiveHit(doc, a))
    const nation = doc.places.find((p) => p.kind === 'demonym' && before(p.span) && !named.some((a) => a.span[0] < p.span[1] && p.span[0] < a.span[1]))
    const who = [people?.span, nation?.span].filter((s): s is Span => !!s).sort((a, b) => a[0] - b[0])[0]
    if (!who) {
      // No known word for them: the noun phrase that is the act's subject is the unnamed class's evidence
      // ("Hardline nationalists staged a sit-in"); the name stays the class's (rule crowd-subject-phrase).
      const phrase = subjectPhrase(doc, c.sentence, at)
      if (!phrase) return g
      const words = doc.text.slice(phrase[0], phrase[1])
      say(doc, 'actors', 'crowd-subject-phrase', `"${words}" did the act: the ${kind}' words.`, { span: phrase })
      return { ...g, span: phrase, text: words, rule: 'crowd-subject-phrase' }
    }
    const text = doc.text.slice(who[0], who[1])
    say(doc, 'actors', 'crowd-subject', `"${text}" did the act: they are the ${kind}.`, { span: who })
    return { ...g, span: who, text, rule: 'crowd-subject' }
  }
  // The people hit named only by their nationality ("arrested more than 100 Palestinians"): the
  // unnamed civilians keep their name; those words become their evidence.
  const victims = (): ActorMention => {
    const g = generic('civilians', iso, at)
    const nation = doc.places.find((p) => p.kind === 'demonym' && p.span[0] >= at[1] && p.span[1] <= c.span[1]
      && !named.some((a) => a.span[0] < p.span[1] && p.span[0] < a.span[1]))
    if (!nation) return g
    const text = doc.text.slice(nation.span[0], nation.span[1])
    say(doc, 'actors', 'victims-named', `"${text}" are the people hit: the civilians' evidence.`, { span: nation.span })
    return { ...g, span: nation.span, text, rule: 'victims-named' }
  }
  let actor1: ActorMention | null = null
  let actor2: ActorMention | null = null
  // Set where the words say the same unnamed class stands on both sides (a counter-demonstration).
  let bothSides = false
  // The people mention read as actor1's militia ("Fulani herders attacked"): its group is actor1's, not the victims'.
  let people: ActorMention | undefined
  // Mob justice: the group ACLED associates with the rioters.
  let vigilantes: string | undefined
  // Set when the sides make the event another sub-type than the words (a gang member hit: Armed clash).
  let retyped: string | undefined
  // The crowd of a protest that burns or damages things, in its sentence or the two after (not one with a town or day
  // of its own): a violent demonstration.
  if (sub === 'Peaceful protest' || sub === 'Protest with intervention') {
    const damage = roleCues().crowdDamage(doc.text.slice(c.span[0], storyEnd(doc, c)))
    if (damage) {
      sub = 'Violent demonstration'
      retyped = sub
      say(doc, 'actors', 'crowd-damage', `"${damage}": the crowd of the protest did damage, a violent demonstration of rioters.`, { span: at })
    }
  }
  // A riot with no demonstration or demand in its sentence, the two before or the two after, and no crowd named as
  // protesters or activists: a crowd's violence, mob violence.
  // Not a crowd storming a seat of government ("a mob stormed the Capitol"): that is demonstrators' violence (rule stormed-institution).
  if (sub === 'Violent demonstration' && !protest && !roleCues().demonstration(doc.text.slice(doc.sentences[Math.max(0, c.sentence - 2)][0], eventEnd(doc, c)))
    && !STORMED.test(doc.text.slice(c.span[0], c.span[1]))) {
    sub = 'Mob violence'
    retyped = sub
    say(doc, 'actors', 'riot-without-demonstration', 'The crowd\'s violence comes with no demonstration or demand: mob violence, not a violent demonstration.', { span: at })
  }
  // "Two more people were killed in clashes with police in Mombasa" in a story of protests (told in its sentence or the
  // two before): the protests' own fight with the force, a violent demonstration met by it, not a mob's (rule protest-clash).
  const clash = sub === 'Mob violence' && police && state(police) ? roleCues().mutualRiot(doc.text.slice(at[0], at[1])) : null
  const demo = clash ? roleCues().protestStory(doc.text.slice(doc.sentences[Math.max(0, c.sentence - 2)][0], eventEnd(doc, c))) : null
  if (clash && demo) {
    sub = 'Violent demonstration'
    retyped = sub
    say(doc, 'actors', 'protest-clash', `"${clash}" with "${police!.text}" in a story of protests ("${demo}"): the protesters' fight with the force, a violent demonstration, not mob violence.`, { span: at })
  }
  switch (sub) {
    case 'Peaceful protest': {
      actor1 = protest ?? crowd() ?? subject('protesters')
      // Met by a counter-demonstration (in its sentence or the two after): protesters on both sides.
      const next = doc.sentences[Math.min(doc.sentences.length - 1, c.sentence + 2)]
      const counter = roleCues().counterProtest(doc.text.slice(c.span[0], Math.max(c.span[1], next[1])))
      if (counter) {
        actor2 = generic('protesters', iso, at)
        bothSides = true
        say(doc, 'actors', 'counter-protest', `"${counter}": a counter-demonstration met the protest, protesters on both sides.`, { span: at })
      } else {
        // "Police intervened." in the sentences after (not one with a town or day of its own): the force met the protest,
        // its second side (events/index metByForce retypes it).
        actor2 = metBy(doc, c, local, roleCues().crowdControlAfter, storyEnd(doc, c), true)
      }
      break
    }
    case 'Protest with intervention':
      actor1 = protest ?? crowd() ?? subject('protesters')
      actor2 = police ?? generic('police', iso, at)
      break
    case 'Excessive force against protesters':
      actor1 = police ?? generic('police', iso, at)
      actor2 = protest ?? crowd() ?? generic('protesters', iso, at)
      break
    case 'Violent demonstration':
      actor1 = subject('rioters')
      // The force that met the rioters, not the authority they made demands of ("burned tires outside the mayor's office").
      actor2 = named.find((a) => state(a) && !a.name.startsWith('Government of')) ?? metBy(doc, c, local) ?? null
      break
    case 'Mob violence':
      // A riot read as mob violence above keeps the crowd's words as its evidence ("residents pelted stones").
      actor1 = retyped === 'Mob violence' ? subject('rioters') : generic('rioters', iso, at)
      // A mob that turns on police or soldiers has them as its target, not civilians.
      // A mob fighting another group ("two groups clashed over land") has rioters on both sides.
      const mutual = roleCues().mutualRiot(doc.text.slice(c.span[0], c.span[1]))
      actor2 = named.find((a) => state(a) && a.span[0] > at[0]) ?? (mutual ? named.find(state) : undefined) ?? null
      // Communities that fight each other under arms ("farmers and herders clashed with machetes"), no force
      // among them: an armed clash of communal militias, as ACLED codes it, not a mob.
      const armedFight = mutual && !named.some(state) ? conventions().communalArms(doc.text.slice(c.span[0], eventEnd(doc, c))) : null
      if (armedFight) {
        sub = 'Armed clash'
        retyped = sub
        // Clans that fight are clan militias, as ACLED names them in Somalia ("two rival clan militias").
        const kin = /^(?:sub-?\s?)?clans?$/i.test(armedFight[0]) ? 'clan' : 'communal'
        actor1 = generic(kin, iso, at)
        actor2 = generic(kin, iso, at)
        say(doc, 'actors', 'communal-armed-clash', `"${armedFight[0]}" fought each other with "${armedFight[1]}": an armed clash of communal militias, not mob violence.`, { span: at })
        break
      }
      // A riot read as mob violence above keeps the force that met it, as a violent demonstration would.
      if (!actor2 && retyped === 'Mob violence') actor2 = named.find((a) => state(a) && !a.name.startsWith('Government of')) ?? metBy(doc, c, local)
      if (!actor2 && mutual) say(doc, 'actors', 'mutual-riot', `"${mutual}": the mob fought another group, rioters on both sides.`, { span: at })
      // Mob justice on someone taken for a criminal: the crowd acts as vigilantes.
      const suspect = mutual ? null : conventions().vigilanteSign(doc.text.slice(c.span[0], eventEnd(doc, c)))
      if (suspect && iso) {
        vigilantes = `${conventions().vigilanteGroup} (${countryName(iso)})`
        say(doc, 'actors', 'mob-justice', `"${suspect}": the crowd punished someone it took for a criminal, mob justice: "${vigilantes}" is associated with the rioters.`, { span: at })
      }
      // Not the crowd itself, named as people ("residents pelted stones"): the ones it fell upon.
      const fellOn = civil && !(civil.span[0] === actor1.span[0] && civil.span[1] === actor1.span[1]) ? civil : undefined
      actor2 ??= mutual ? generic('rioters', iso, at) : fellOn ?? generic('civilians', iso, at)
      break
    case 'Attack': case 'Abduction/forced disappearance': case 'Sexual violence': {
      // A group of people named as the subject of the act ("Fulani herders killed a farmer") is their militia.
      // An official named after the act ("an attempt to kill the deputy governor") is the one hit, never its agent.
      // Not when "by" names it the agent ("beaten by government officers").
      const officialHit = (a: ActorMention) => a.rule === 'generic-government' && a.span[0] >= at[1] && roleCues().byBefore(doc.text.slice(Math.max(0, a.span[0] - 60), a.span[0])) !== 'agent'
      const found = agent(doc, arms.filter((a) => !officialHit(a)), at)
      // "The attackers, suspected to be Fulani herders, stormed the village": the people the unnamed attackers are said to
      // be are who did it (rule suspected-identity).
      const identity = found?.generic ? named.find((a) => a.role === 'civilian' && militiaOf(a, iso) && a.span[0] > found.span[1] && SUSPECTED_TO_BE.test(doc.text.slice(found.span[1], a.span[0]))) : undefined
      if (identity) say(doc, 'actors', 'suspected-identity', `"${found!.text}" are said to be "${identity.text}": they did the act.`, { span: identity.span })
      const armedAgent = identity ? undefined : found
      people = armedAgent ? undefined : identity ?? agent(doc, named.filter((a) => a.role === 'civilian' && militiaOf(a, iso)), at, false)
      const militia = people ? militiaOf(people, iso) : null
      if (militia) say(doc, 'actors', 'people-as-militia', `"${people!.text}" did the act: a group of people who attack are "${militia.name}", as ACLED names them.`, { span: people!.span })
      // Villagers or farmers raiding a settlement are a communal militia, not an unidentified armed group.
      // Not when those people are the ones hit ("two farmers were killed in an attack").
      const communal = conventions().communalPeople(doc.text.slice(c.span[0], at[0])) && !named.some((a) => a.role === 'civilian' && a.span[0] < at[0] && passiveHit(doc, a))
      // "people from Garou attacked ...", "Pabegou residents killed ...": the people of a place who attack are its communal militia
      // (named after the place below, communalConvention).
      const townsfolk = armedAgent || militia ? undefined : agent(doc, named.filter((a) => a.role === 'civilian' && a.text && placeNextTo(doc, a)), at, false)
      if (townsfolk) say(doc, 'actors', 'townsfolk-militia', `"${townsfolk.text}" of a place did the act: a communal militia.`, { span: townsfolk.span })
      actor1 = armedAgent ?? militia ?? (townsfolk ? { ...generic('communal', iso, townsfolk.span), text: townsfolk.text } : communal ? generic('communal', iso, at) : generic('armed', iso, at))
      actor2 = named.find((a) => a.role === 'civilian' && a !== people) ?? victims()
      // Where ACLED codes criminal violence, one hit whom the report ties to organised crime ("the victim had charges
      // against him for drug trafficking") is a gang member: the killing is a clash between gangs, not an attack on civilians.
      const tie = sub === 'Attack' && !state(actor1) && conventions().gangName(iso) ? conventions().gangVictim(doc.text.slice(c.span[0], eventEnd(doc, c))) : null
      if (tie && iso) {
        sub = 'Armed clash'
        retyped = sub
        actor2 = { ...generic('gang', iso, actor2.span), text: actor2.text, rule: 'gang-victim' }
        say(doc, 'actors', 'gang-victim', `"${tie}": the one hit belonged to organised crime, so the killing is a clash between gangs and he is "${actor2.name}".`, { span: at })
      }
      break
    }
    case 'Government regains territory': {
      // The country's own forces first: "Russian troops were pushed out of the village by Ukrainian forces".
      // A foreign state named before the verb in its sentence took the place: the place's own forces named after the verb,
      // and not as its agent ("by Ukrainian forces"), answer or suffer the taking ("its forces had captured the village ...,
      // but Ukraine's military denied the claim and said its troops were still holding positions there"; rule taker-before).
      const from = doc.sentences[sentenceAt(doc, at[0])][0]
      const subject = arms.filter((a) => state(a) && a.span[0] >= from && a.span[1] <= at[0]).pop()
      const answers = (a: ActorMention) => subject !== undefined && subject.countryCode !== iso && a.span[0] >= at[1] && a.countryCode !== subject.countryCode
        && !PASSIVE_AGENT.test(doc.text.slice(Math.max(at[1], a.span[0] - 40), a.span[0]))
      // "Ukraine recaptured the town": a country named right before the taking is its state, over a foreign force named in
      // another sentence of the event (rule country-taker).
      const countryBefore = doc.places.find((p) => p.kind === 'country' && p.countryCode && p.countryCode === iso && /^\s*$/.test(doc.text.slice(p.span[1], at[0])))
      const own = countryBefore && !arms.some((a) => a.span[0] >= from && a.span[1] <= at[0])
        ? { ...generic('state', iso, countryBefore.span), text: countryBefore.text, rule: 'country-taker' } : undefined
      if (own) say(doc, 'actors', 'country-taker', `"${own.text}" named right before the taking is its state: "${own.name}".`, { span: own.span })
      const sides = own ? [own] : arms.filter((a) => !answers(a))
      // Not when the country named before the taking stood in for the sides (no subject then: rule country-taker-alone).
      if (!own && subject && sides.length < arms.length) say(doc, 'actors', 'taker-before', `"${subject!.text}" named before the taking took the place; the place's forces named after it did not.`, { span: subject.span })
      const regains = sides.find((a) => a.inter === 1 && (!iso || a.countryCode === iso)) ?? sides.find((a) => a.inter === 1) ?? sides.find(state) ?? generic('state', iso, at)
      // Only the state of the place regains it: another state's forces that take it ("Russia's Defense Ministry said its
      // forces had captured the village" of a Ukrainian place) take it as a non-state actor would (codebook; rule foreign-taker).
      if (iso && regains.countryCode && regains.countryCode !== iso && state(regains)) {
        sub = 'Non-state actor overtakes territory'
        retyped = sub
        actor1 = regains.name.startsWith('Government of') ? { ...generic('state', regains.countryCode, regains.span), text: regains.text, rule: regains.rule } : regains
        // The place's own forces lost it, unless the text names another side that held it (or the teller denies the loss,
        // as the state that held it: "but the Ukrainian military said the village remained under its control").
        actor2 = arms.find((a) => state(a) && a.countryCode === iso) ?? arms.find((a) => a !== regains && !state(a) && a.role === 'armed')
          ?? (doc.actors.some((a) => a.inter === 1 && a.countryCode === iso && a.span[0] >= c.span[0] && a.span[1] <= c.span[1]) ? generic('military', iso, at) : null)
        say(doc, 'actors', 'foreign-taker', `"${regains.text}" took a place of ${countryName(iso)}: another state's forces overtake territory, they do not regain it.`, { span: regains.span })
        break
      }
      actor1 = regains
      actor2 = arms.find((a) => a !== regains && (!state(a) || (a.inter === 8 && regains.inter === 1))) ?? generic('armed', iso, at)
      break
    }
    case 'Non-state actor overtakes territory': {
      // A foreign army that captures a place takes it as a non-state actor would (codebook): "Russian forces captured the village".
      // "Fighters walked through the city, a day after the rebels seized its airport": the side named right before the
      // verb took the place, over another named earlier in the sentence; an unnamed one yields to a named one (rule taker-subject).
      const takers = arms.filter((a) => !state(a) || a.inter === 8)
      // Not the object of a clause before ("clashed with ISIL ... and took control of five positions"): a preposition's noun.
      const object = (a: ActorMention) => /\b(?:with|against|from|on|by|at|of|to|into)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, a.span[0] - 14), a.span[0]))
      const subject = takers.filter((a) => a.span[1] <= at[0] && !object(a)).pop()
      const taker = (subject?.generic ? takers.find((a) => !a.generic && a.span[1] <= at[0]) : undefined) ?? subject ?? takers[0] ?? generic('armed', iso, at)
      actor1 = taker
      // Not the taker's own government ("Russia's Defense Ministry said its troops had captured ..."): the side that lost it.
      actor2 = arms.find((a) => state(a) && a !== taker && a.name !== taker.name && !(state(taker) && taker.countryCode && a.countryCode === taker.countryCode)) ?? null
      break
    }
    case 'Armed clash': {
      // "police officers were shot by a man": a side only reported hit is no agent; the unnamed one is.
      // "a man opened fire at the police": a person named only as such, the subject before the act, is the unnamed armed side.
      const person = agent(doc, arms, at, false) ? undefined
        : agent(doc, named.filter((a) => a.rule === 'generic-civilians' && roleCues().personNoun(a.text) && a.span[0] >= c.span[0] && !passiveHit(doc, a) && !roleCues().passiveSubject(doc.text.slice(a.span[1], a.span[1] + 40))), at, false)
      if (person) say(doc, 'actors', 'armed-person', `"${person.text}" fired on or attacked the other side: an unidentified armed side.`, { span: person.span })
      // "Troops moved into the town after clashes between two militias killed 37": the fight's own sides, named as a pair
      // right after its word, are its sides, not the subject of the sentence's other verb (rule pair-after-fight).
      // Also after a fight word of the sentence other than the trigger ("30 people have been killed ... in fighting between the
      // ELN rebels and FARC dissidents").
      const pairOne = arms.find((a) => /^\s+between\s+(?:the\s+)?$/i.test(doc.text.slice(at[1], a.span[0])))
        ?? arms.find((a) => a.span[0] > at[1] && a.span[0] <= c.span[1] && FIGHT_BETWEEN.test(doc.text.slice(Math.max(c.span[0], a.span[0] - 40), a.span[0])))
      // The first may carry its acronym and a noun ("the National Liberation Army (ELN) rebels and ...").
      const pairTwo = pairOne ? arms.find((a) => a.span[0] > pairOne.span[1] && a.name !== pairOne.name && /^(?:\s*\([^()]{1,12}\))?(?:\s+[a-z]+)?\s+and\s+(?:the\s+)?$/i.test(doc.text.slice(pairOne.span[1], a.span[0]))) : undefined
      if (pairOne && pairTwo) say(doc, 'actors', 'pair-after-fight', `"${pairOne.text}" and "${pairTwo.text}", named right after "${doc.text.slice(at[0], at[1])} between", are its sides.`, { span: at })
      actor1 = pairOne && pairTwo ? pairOne : person ? { ...generic('armed', iso, person.span), text: person.text, rule: 'armed-person' }
        : agent(doc, arms, at) ?? arms.find((a) => !passiveHit(doc, a)) ?? null
      // "police and army personnel clashed with KLO militants": another unit of actor1's own state told on its side of the act
      // is its ally, not the other side, when a side outside that state is named (a police officer who shot a soldier fought him).
      actor2 = (pairOne && pairTwo ? pairTwo : null) ?? arms.find((a) => a !== actor1 && a.name !== actor1?.name && !(allied(a, actor1) && (a.span[0] < at[0]) === (actor1!.span[0] < at[0]))) ?? arms.find((a) => a !== actor1 && a.name !== actor1?.name) ?? null
      if (!actor1) actor1 = generic('armed', iso, at)
      // With no second side named, a post, convoy or patrol means state forces; otherwise another armed group.
      const stateTarget = STATE_PLACE.test(doc.text.slice(c.span[0], c.span[1])) || postAgain(doc.text, c.span[0], doc.text.slice(at[1], at[1] + 40)) !== null
      // The state side left unnamed here is the force the story named just before ("police were responding
      // to a report ... Gunmen attacked the officers"): the police, not the army.
      const told = [...earlier].reverse().find((a) => a.inter === 1 && /^(Military|Police) Forces of /.test(a.name) && !noSide(doc, a, at, earlier, true))
      const stateSide = () => (told && told.name !== actor1?.name ? local(told) : generic('state', iso, at))
      // A named group fighting with no other side in its sentence, a state force named in the ones just before
      // ("Fighters of the Fano militia attacked army positions ... The fighting lasted six hours"): that force.
      // "members of the two tribes exchanged fire": an unnamed communal side with words of rivalry fights its own kind, not
      // an unidentified armed group (rule rival-communal).
      const rivalKind = !actor2 && actor1.generic && actor1.inter === 4 ? roleCues().rival(doc.text.slice(c.span[0], c.span[1])) : null
      if (rivalKind) say(doc, 'actors', 'rival-communal', `"${actor1.text}" with "${rivalKind}": the other side is of its own kind, "${actor1.name}".`, { span: at })
      if (!actor2) actor2 = rivalKind ? { ...actor1 } : !state(actor1) && (stateTarget || (!actor1.generic && told !== undefined)) ? stateSide() : generic('armed', iso, at)
      // Two unnamed sides: state forces against the group, unless communities fight each other.
      // "Fighting between rival armed factions": the same unnamed class on both sides, as ACLED codes it.
      // Sides read from the sentences before (none named here) carry those sentences' words of rivalry too.
      const from = own.length ? c.span[0] : Math.min(c.span[0], ...earlier.map((a) => doc.sentences[sentenceAt(doc, a.span[0])][0]))
      const reciprocal = actor1.text && roleCues().reciprocalAfter(doc.text.slice(actor1.span[1], actor1.span[1] + 40)) ? `${actor1.text} ${doc.text.slice(actor1.span[1], actor1.span[1] + 40).trim().split(/\s+/)[0]}` : null
      const rival = actor2.name === actor1.name && actor1.generic ? roleCues().rival(doc.text.slice(from, c.span[1])) ?? reciprocal : null
      if (rival) say(doc, 'actors', 'rival-sides', `"${rival}": two unnamed sides of the same kind fight each other, not the state.`, { span: at })
      // No side named at all ("a shoot-out took place in X"): two unidentified sides, as ACLED codes it; the state needs words.
      const end = eventEnd(doc, c)
      const unnamed = !arms.length && !stateTarget && actor1.name.startsWith('Unidentified ')
        && !doc.actors.some((a) => state(a) && a.span[0] >= c.span[0] && a.span[1] <= end && !stepsIn(a, true) && inStory(a))
      if (unnamed && actor2.name === actor1.name) say(doc, 'actors', 'unnamed-sides', 'No side of the fight is named: both are unidentified, not the state.', { span: at })
      if (actor2.name === actor1.name && actor1.generic && !rival && !unnamed && !conventions().communalCue(doc.text.slice(c.span[0], c.span[1]))) actor2 = stateSide()
      // "Afghan forces repulsed their attack": the defenders did not start the clash.
      if (actor1.text && conventions().defendsAfter(unquoted(doc.text.slice(actor1.span[1], actor1.span[1] + 40))) && actor2.text) {
        say(doc, 'actors', 'defender-second', `"${actor1.text}" repelled the attack: the other side started the clash and is actor1.`, { span: actor1.span })
        ;[actor1, actor2] = [actor2, actor1]
      }
      // Hunters who fight ("soldiers clashed with traditional hunters") are their community's militia, not an armed group.
      const hunters = ARMED_PEOPLE.exec(doc.text.slice(c.span[0], c.span[1]))
      // Not when the hunters are named as their own militia already ("Dozos clashed with jihadists"): the other side is who it was.
      if (hunters && iso && ![actor1, actor2].some((a) => a.inter === 4 && !a.generic)) {
        const unnamedSide = [actor1, actor2].find((a) => a.generic && a.inter === 3 && a.name.startsWith('Unidentified Armed Group'))
        if (unnamedSide) {
          const militia = { ...generic('communal', iso, unnamedSide.span), text: unnamedSide.text, rule: 'armed-people' }
          say(doc, 'actors', 'armed-people', `"${hunters[0]}" fought: their community's militia, "${militia.name}", not an unidentified armed group.`, { span: at })
          if (unnamedSide === actor1) actor1 = militia
          else actor2 = militia
        }
      }
      const first = initiator(doc, c, at, actor1, actor2, local)
      if (first === actor2) [actor1, actor2] = [actor2, actor1]
      // "Indian and Pakistani troops exchanged fire": two states' forces joined as one subject, neither said to start it.
      // The forces of the event's own country come first, the foreign forces second.
      if (!first && actor1.inter === 8 && actor2.inter === 1 && actor1.text && actor2.text && actor1.span[1] <= actor2.span[0] && actor2.span[1] <= at[0]
        && /^\s*(?:,|and)\s*(?:the\s+)?$/i.test(doc.text.slice(actor1.span[1], actor2.span[0]))) {
        say(doc, 'actors', 'home-forces-first', `"${doc.text.slice(actor1.span[0], actor2.span[1])}": neither side started the fight; the country's own forces "${actor2.name}" are actor1.`, { span: actor2.span })
        ;[actor1, actor2] = [actor2, actor1]
      }
      // "Imbonerakure and CNL supporters fought one another": a party's supporters who fight are rioters with their party
      // associated, and the fight is mob violence (codebook), not a clash of armed groups; two parties, rioters on both sides.
      const parties = named.filter((a) => a.rule === 'named-alias' && a.inter === 6 && a.assoc === a.name && a.span[0] >= c.span[0] && a.span[1] <= c.span[1])
      const namedArms = arms.filter((a) => !a.generic)
      if (parties.length && namedArms.length <= 1 && (actor1.generic || actor2.generic)) {
        const crowdOf = (p: ActorMention): ActorMention => ({ ...generic('rioters', iso, p.span), text: p.text, assoc: p.name, rule: 'party-supporters' })
        const other = namedArms[0]
        say(doc, 'actors', 'party-supporters', `"${parties[0].text}" supporters fought${other ? ` "${other.text}"` : ''}: rioters with their party associated, mob violence.`, { span: parties[0].span })
        sub = 'Mob violence'
        retyped = sub
        actor1 = crowdOf(parties[0])
        actor2 = other ?? (parties[1] ? crowdOf(parties[1]) : generic('rioters', iso, at))
        bothSides = actor2.name === actor1.name
      }
      break
    }
    case 'Arrests':
      actor1 = police ?? generic('police', iso, at)
      actor2 = named.find((a) => a !== actor1 && a !== force && a.name !== actor1?.name) ?? victims()
      break
    default: {
      // Remote violence and strategic developments: the agent acts; a target is optional.
      // In remote violence the one hit is after the verb ("a bomb struck an army convoy"): never the agent.
      const remote = sub.includes('/') || sub === 'Grenade' || sub === 'Suicide bomb' || sub === 'Chemical weapon'
      // "an army truck struck a landmine": who ran into the device was hit by it.
      const ranInto = (a: ActorMention) => remote && a.span[1] <= at[0] && roleCues().deviceHit(doc.text.slice(a.span[1], at[0])) !== null
      const doers = (remote ? arms : named).filter((a) => !ranInto(a))
      actor1 = agent(doc, doers, at, !remote, sub === 'Disrupted weapons use' && roleCues().disarmed(doc.text.slice(c.span[0], c.span[1])) !== null) ?? null
      // "Thai and Cambodian troops fought ..., and Thailand said Cambodian rockets killed 11 civilians": the weapon's own
      // nationality, nearer the act than the agent found and of another country, names whose fire it was (rule weapon-nationality).
      const adjective = remote && actor1 && !actor1.generic ? strikeAdjective(doc, c, at) : undefined
      // Not two doers joined ("U.S. and British warplanes"): the adjective stands in a clause after the agent's.
      if (adjective && actor1 && adjective.countryCode !== actor1.countryCode && adjective.span[0] > actor1.span[1] && /[,;]/.test(doc.text.slice(actor1.span[1], adjective.span[0]))) {
        say(doc, 'actors', 'weapon-nationality', `"${doc.text.slice(adjective.span[0], at[1])}": the weapon's nationality names whose fire it was, not "${actor1.text}".`, { span: adjective.span })
        actor1 = nationalStrike(doc, c, sub, at, iso, onDay)
      }
      // A named group that claimed or planted it ("JNIM claimed responsibility") over an unnamed agent.
      const claim = remote && sub !== 'Disrupted weapons use' && (!actor1 || actor1.generic) ? claimant(doc, c, at, local) : null
      if (claim) actor1 = claim
      // "On Friday the group said it had fired a ballistic missile": the armed group named last before it did it.
      const anaphor = remote && (!actor1 || actor1.generic) && roleCues().anaphorSelfTold(doc.text.slice(c.span[0], at[0]))
        ? [...earlier].reverse().find((a) => !a.generic && armed(a) && a.span[1] <= c.span[0]) : undefined
      if (anaphor) {
        actor1 = local(anaphor)
        say(doc, 'actors', 'group-self-told', `"${doc.text.slice(c.span[0], at[0]).trim()}": the group that says it did the act is "${anaphor.name}", named before.`, { span: at })
      }
      actor1 ??= remote ? nationalStrike(doc, c, sub, at, iso, onDay) ?? generic('armed', iso, at) : named[0] ?? null
      // "an air strike ... in support of Somali forces": whom the act backs is no target of it.
      const rest = named.filter((a) => a !== actor1 && a.name !== actor1?.name && a.span[0] >= at[0] && !backers.includes(a))
      // "a policeman was killed by a Taliban-planted landmine": in remote violence, state forces told before the blast were its target.
      // Likewise an armed group a passive verb reports hit ("8 Taliban militants were killed by Afghan military airstrikes").
      // Forces, not a government office: a ministry that reports the toll is no target.
      // Or one counted dead before the act ("said it had killed eight fighters of the ELN in a bombing raid").
      const countedDead = (a: ActorMention) => c.numbers.some((n) => n.measure === 'killed' && n.span[1] <= a.span[0] + 1 && a.span[0] - n.span[1] <= 3)
      const hitBefore = remote ? named.find((a) => a !== actor1 && a.name !== actor1?.name && a.span[0] < at[0] && ((state(a) && a.role !== 'other') || (armed(a) && (passiveHit(doc, a) || ranInto(a) || countedDead(a))))) : undefined
      // "its aircraft had struck RSF positions east of the city, killing dozens of fighters": the unnamed dead after the
      // act are the named group struck before it, between the striker and the act.
      const struck = remote && actor1 && rest[0]?.generic && armed(rest[0]) ? named.find((a) => !a.generic && armed(a) && !state(a) && a.name !== actor1!.name
        && a.span[0] >= actor1!.span[1] && a.span[1] <= at[0] && !passiveHit(doc, a)) : undefined
      if (struck) say(doc, 'actors', 'struck-named', `"${struck.text}" was struck before "${rest[0]!.text}" are told killed: the named group is the one hit.`, { span: struck.span })
      actor2 = struck ?? rest[0] ?? hitBefore ?? (civil && civil !== actor1 ? civil : null)
      if (!actor2 && c.numbers.some((n) => n.measure === 'killed' && n.group && /civilian|people|villager|resident|child|women/.test(n.group))) actor2 = generic('civilians', iso, at)
      // "An Israeli drone strike hit a car ... The Israeli army said it had struck a Hezbollah commander": the striker's own
      // word naming its target by the group the target belongs to makes that group the side hit (rule striker-target-told).
      const told = remote && actor1 && !actor1.generic && (!actor2 || (actor2.generic && actor2.role === 'civilian')) ? strikerTarget(doc, c, at, actor1) : undefined
      if (told) {
        say(doc, 'actors', 'striker-target-told', `"${doc.text.slice(told.span[0], told.span[1] + 12).trim()}...": the striker says its target belonged to "${told.name}", the side hit.`, { span: told.span })
        actor2 = local(told)
      }
      // "The death toll from a bomb blast at a mosque rose to 21": the dead of a place where people gather, with no armed
      // side named as hit, are civilians (rule civilian-site).
      const gathering = !actor2 && remote && c.numbers.some((n) => n.measure === 'killed') ? roleCues().civilianSite(doc.text.slice(c.span[0], c.span[1])) : null
      if (gathering) {
        actor2 = generic('civilians', iso, at)
        say(doc, 'actors', 'civilian-site', `The dead were hit "${gathering}", where people gather, and no armed side is named as hit: civilians.`, { span: at })
      }
      // "missiles killed 4 Iraqis": the dead named only by their nationality are civilians, those words their evidence.
      const counted = (p: { kind: string; span: Span }) => p.kind === 'demonym' && p.span[0] >= at[1] && p.span[1] <= c.span[1]
        && c.numbers.some((n) => n.measure === 'killed' && n.span[1] <= p.span[0] && /^\s{1,2}$/.test(doc.text.slice(n.span[1], p.span[0])))
      if (!actor2 && remote && doc.places.some(counted)) actor2 = victims()
      // State forces seizing drugs or smuggled goods take them from a gang, unnamed or not (ACLED's seizures).
      const goods = sub === 'Looting/property destruction' && actor1 && state(actor1) && (!actor2 || actor2.role === 'civilian')
        ? roleCues().contraband(doc.text.slice(at[0], c.span[1])) : null
      if (goods) {
        actor2 = generic('gang', iso, at)
        say(doc, 'actors', 'contraband-seized', `"${goods}" seized by state forces: taken from "${actor2.name}".`, { span: at })
      }
      // State forces dismantling a drug lab destroy a gang's property (ACLED's looting/property destruction), not a weapon.
      const site = sub === 'Disrupted weapons use' && actor1 && state(actor1) && (!actor2 || actor2.role === 'civilian') ? roleCues().drugSite(doc.text.slice(c.span[0], c.span[1])) : null
      if (site) {
        sub = 'Looting/property destruction'
        retyped = sub
        actor2 = generic('gang', iso, at)
        say(doc, 'actors', 'drug-site', `"${site}" dismantled by state forces: a gang's property destroyed, taken from "${actor2.name}".`, { span: at })
      }
      // Property looted or destroyed with no owner named is the people's: ACLED's civilians of the country.
      if (sub === 'Looting/property destruction' && actor1 && !actor2) {
        // The owners named only by their nationality ("demolished Palestinian homes") are its evidence.
        actor2 = victims()
        say(doc, 'actors', 'property-of-civilians', `No owner named for what was looted or destroyed: "${actor2.name}".`, { span: at })
      }
    }
  }
  // A group's own change of activity, or another strategic move (prisoners released), has no civilian side: the families
  // handed aid, the villagers who saw the fighters pass, the prisoners let go are its audience, not a party (rule no-civilian-side).
  if ((sub === 'Change to group/activity' || sub === 'Other') && actor2?.role === 'civilian' && actor2.generic) {
    say(doc, 'actors', 'no-civilian-side', `"${actor2.text}" are the audience of a group's activity, not a side of it.`, { span: actor2.span })
    actor2 = null
  }
  // Leaders of communities who sign a truce sign for their communities' militias (ACLED's sides of communal agreements).
  if (sub === 'Agreement') {
    const parties = communityParties(doc, c, iso, onDay)
    if (parties.length) {
      say(doc, 'actors', 'community-parties', `The agreement is between communities: ${parties.map((p) => `"${p.name}"`).join(' and ')}.`, { span: parties[0].span })
      actor1 = parties[0]
      actor2 = parties[1] ?? (actor2 && actor2.role !== 'civilian' ? actor2 : null)
    } else if (actor1 && actor2?.role === 'civilian') {
      // "the government and the Houthi movement ... agreed to draw up lists for an exchange of prisoners": the captives are
      // what the agreement is about; the other armed side named in the sentence signed it (rule agreement-party).
      const party = sided.find((a) => armed(a) && !a.generic && a.name !== actor1!.name && a !== actor2)
      if (party) {
        say(doc, 'actors', 'agreement-party', `"${actor2.text}" are what the agreement is about; "${party.text}", the other side named, is its party.`, { span: party.span })
        actor2 = party
      }
    }
  }
  // A government does not fight, arrest or disperse: its forces do (ACLED names the force).
  const FORCE_ACTS = /^(Arrests|Attack|Abduction|Sexual|Armed clash|Government regains|Protest with|Excessive|Air\/drone|Shelling|Disrupted)/
  const asForce = (a: ActorMention | null): ActorMention | null =>
    a && a.name.startsWith('Government of ') && FORCE_ACTS.test(sub)
      ? { ...generic(/^(Arrests|Protest with|Excessive)/.test(sub) ? 'police' : 'state', a.countryCode ?? iso, a.span), text: a.text, generic: false }
      : a
  // An official killed or seized ("the governor of West Darfur was killed") is an unarmed target: ACLED's civilians of the
  // country, with the government associated.
  if (actor2 && actor2.name.startsWith('Government of ') && /^(Attack|Abduction|Sexual)/.test(sub)) {
    actor2 = { ...generic('civilians', actor2.countryCode ?? iso, actor2.span), text: actor2.text, generic: false, assoc: actor2.name }
  } else if (actor2?.role === 'civilian' && !actor2.assoc && /^(Attack|Abduction|Sexual)/.test(sub)) {
    // The civilians hit are an official named in the sentence ("The governor ... was killed"), not one who tells of it.
    const official = c.actors.find((a) => a.rule === 'generic-government' && OFFICIAL.test(a.text) && !FORMER.test(doc.text.slice(Math.max(0, a.span[0] - 12), a.span[0]))
      && a.span[0] >= c.span[0] && a.span[1] <= c.span[1]
      && !conventions().speakerAfter(doc.text.slice(a.span[1], a.span[1] + 60)) && !conventions().speakerBefore(doc.text.slice(Math.max(0, a.span[0] - 30), a.span[0])))
    // The official is the one hit: the civilians' words, when they had none of their own.
    if (official) actor2 = { ...actor2, assoc: official.name, ...(actor2.text ? {} : { span: official.span, text: official.text }) }
  }
  // No words name the side hit: the verb's object does ("shot dead the deputy chief of ...", "tried to kill Defence Minister
  // Y", "killed two bodyguards of a rival commander"); an office holder at its head, hit as a civilian, is an official
  // hit: the government associated (rule object-hit; roles.yaml office_titles).
  // Not when the trigger word names the doers themselves ("Gunmen tried to kill ..."): what follows it is their verb.
  const doerTrigger = !!actor1 && actor1.span[0] <= at[0] && at[1] <= actor1.span[1]
  if (actor2 && !actor2.text && !doerTrigger && /^(Attack|Abduction|Sexual|Armed clash)/.test(sub) && c.span[1] > at[1]) {
    const hit = roleCues().objectHit(doc.text.slice(at[1], c.span[1]))
    const span: Span | null = hit ? [at[1] + hit.from, at[1] + hit.to] : null
    if (hit && span && !c.actors.some((a) => a.span[0] < span[1] && span[0] < a.span[1])) {
      const text = doc.text.slice(span[0], span[1])
      // "the president of a farmers' cooperative" holds no office of government; "the president of Haiti" does.
      const ofPlace = !hit.of || doc.places.some((p) => p.span[0] >= at[1] + hit.of![0] && p.span[1] <= at[1] + hit.of![1])
      const gov = hit.office && ofPlace && actor2.role === 'civilian' && !actor2.assoc ? generic('government', actor2.countryCode ?? iso, span).name : undefined
      say(doc, 'actors', 'object-hit', `"${text}" is the side the act hit${gov ? `: an office holder ("${hit.office}"), civilians with "${gov}" associated` : ''}.`, { span })
      actor2 = { ...actor2, span, text, ...(gov ? { assoc: gov } : {}) }
      // "more than a year of fighting between Israel and the Iran-backed group": a country named alone as the side fought
      // is its forces, not an unnamed armed group of it (rule country-side).
      const land = sub === 'Armed clash' && actor2.rule === 'generic-armed'
        ? doc.places.find((p) => p.kind === 'country' && p.countryCode && p.span[1] === span[1] && p.span[0] >= span[0] && COUNTRY_SIDE.test(doc.text.slice(span[0], p.span[0]))) : undefined
      if (land?.countryCode) {
        actor2 = { ...generic('state', land.countryCode, span), text, generic: false, rule: 'country-side' }
        say(doc, 'actors', 'country-side', `"${text}" names a country as the side fought: its forces, ${actor2.name}.`, { span })
      }
    }
  }
  actor1 = asForce(actor1)
  actor2 = asForce(actor2)
  // "Security forces intervened" against rioters or a mob: the police, as for a protest they disperse.
  actor1 = asPolice(actor1, conventions().policingCrowd, 'met a crowd')
  actor2 = asPolice(actor2, conventions().policingCrowd, 'met a crowd')
  actor1 = gangConvention(doc, c, sub, iso, actor1, at)
  if (sub === 'Armed clash') actor2 = gangConvention(doc, c, sub, iso, actor2, at)
  actor1 = communalConvention(doc, c, sub, iso, actor1, at, onDay)
  if (sub === 'Armed clash') actor2 = communalConvention(doc, c, sub, iso, actor2, at, onDay)
  // A state's forces serving in a coalition mission ACLED names instead (US forces in Afghanistan: NATO; conventions.yaml).
  const coalition = (a: ActorMention | null): ActorMention | null => {
    const name = a && iso && a.countryCode && /^Military Forces of /.test(a.name) ? conventions().coalitionFor(a.countryCode, iso, onDay) : null
    if (!a || !name) return a
    say(doc, 'actors', 'coalition-force', `"${a.text || a.name}" served in a coalition mission there: "${name}", as ACLED names it.`, { span: a.span })
    return { ...a, name, inter: 8, rule: 'coalition-force' }
  }
  actor1 = coalition(actor1)
  actor2 = coalition(actor2)
  // Fire no words attribute on a standing front came from the side that does not hold the place
  // (fronts.yaml): rounds landing in a town the separatists held were the army's.
  if (actor1?.rule === 'generic-armed' && point) {
    const usual = iso ? actorIndex().unattributed[iso] : undefined
    const held = usual && actor1.name === genericActor('armed', iso, onDay).name ? frontHolder(iso, point.latitude, point.longitude, onDay) : null
    if (held && held.holder === usual) {
      const army = generic('state', iso, actor1.span)
      say(doc, 'actors', 'front-other-side', `No words name who fired; "${usual}" held the place (inside the area it held, ${held.km.toFixed(0)} km from the line of contact), so the fire is "${army.name}"'s.`, { span: at })
      if (actor2?.name === army.name) actor2 = actor1
      actor1 = { ...army, rule: 'front-other-side' }
    }
  }
  // An insider attack ("4 policemen were killed by a Taliban infiltrator"): the force hit is on both sides, as ACLED codes it.
  const insider = sub === 'Armed clash' || sub === 'Attack' ? roleCues().insiderAttack(doc.text.slice(c.span[0], c.span[1])) : null
  const turned = insider ? [actor2, actor1].find((a) => a && (state(a) || a.name === genericActor('progov', iso, onDay).name)) : undefined
  if (insider && turned) {
    say(doc, 'actors', 'insider-attack', `"${insider}": one of its own turned on "${turned.name}", which is on both sides.`, { span: at })
    actor1 = turned
    actor2 = turned
    bothSides = true
  }
  // The same actor on both sides is a misreading, except where ACLED codes an intra-group clash.
  if (actor1 && actor2 && actor1.name === actor2.name && !bothSides && !conventions().sameSides(sub, actor1.name)) {
    const other = named.find((a) => a.name !== actor1!.name && a.role === actor2!.role) ?? null
    say(doc, 'actors', 'same-actor-both-sides', `"${actor1.name}" cannot be on both sides of a ${sub} event: the second side is ${other ? `"${other.name}"` : 'left empty'}.`, { span: at })
    actor2 = other
  }
  const assoc1: string[] = []
  for (const a of backers) {
    if (a === actor1 || a === actor2 || a.name === actor1?.name || a.name === actor2?.name || a.generic) continue
    assoc1.push(a.name)
    // The words before the backer, from a word's start ("The government, backed by", not "he government, backed by").
    const from = Math.max(0, a.span[0] - 25)
    const before = doc.text.slice(from, a.span[0])
    const lead = from > 0 && /\p{L}/u.test(doc.text[from - 1]) ? before.replace(/^\p{L}*/u, '') : before
    say(doc, 'actors', 'backer-associated', `"${a.text}" backs the agent ("${lead.trim()} ..."): associated with actor1, not a side.`, { span: a.span })
  }
  // Backers named beside actor1 anywhere it is mentioned: "army units, supported by the NDF and Hezbollah".
  if (actor1 && !actor1.generic) {
    // Mentions in this sentence and the ones around it: a backer named pages away belongs to another event.
    const near = (m: ActorMention) => m.span[1] > c.span[0] - 600 && m.span[0] < c.span[1] + 600 && Math.abs(sentenceAt(doc, m.span[0]) - c.sentence) <= 2
    for (const m of doc.actors) if (m.name === actor1.name && near(m)) for (const r of associatesOf(doc, m)) assoc1.push(r.name)
  }
  // Social groups ("Farmers (Benin)", "Teachers (Brazil)") ride along as associated actors, as ACLED codes them.
  const assoc2: string[] = []
  // The others of a group named together with a side ("US and British warplanes"): that side's associates.
  const sameSpan = (a: ActorMention | null, b: ActorMention) => !!a && a.span[0] === b.span[0] && a.span[1] === b.span[1]
  for (const [other, lead] of joint) {
    const side = sameSpan(actor1, lead) ? assoc1 : sameSpan(actor2, lead) ? assoc2 : null
    if (!side) continue
    const name = coalition(other)!.name
    side.push(name)
    say(doc, 'actors', 'joint-side', `"${other.text}" is named together with "${lead.text}" as one side: "${name}" is associated with ${side === assoc1 ? 'actor1' : 'actor2'}, not the other side.`, { span: other.span })
  }
  // "Police and local vigilantes freed the captives after a gunfight": helpers joined by "and" to a state force fight on its
  // side; their group rides with that side (rule beside-force-associated).
  const helper = (a: ActorMention) => a.role === 'civilian' && !!a.assoc && besideForce(doc.text, a.span, a.text.replace(/^(?:local|armed|community|civilian)\s+/i, ''))
  for (const a of doc.actors) {
    if (a.span[0] < c.span[0] || a.span[1] > c.span[1] || !a.assoc || a === actor2 || a === actor1 || !helper(a)) continue
    const side = actor1 && state(actor1) ? assoc1 : actor2 && state(actor2) ? assoc2 : null
    if (!side || side.includes(a.assoc)) continue
    side.push(a.assoc)
    say(doc, 'actors', 'beside-force-associated', `"${a.text}" fought beside a state force: "${a.assoc}" is associated with ${side === assoc1 ? 'actor1' : 'actor2'}.`, { span: a.span })
  }
  const ownAssoc = (a: ActorMention | null) => a?.assoc
  if (ownAssoc(actor1)) assoc1.unshift(ownAssoc(actor1)!)
  // "Supporters of Imran Khan protested": the crowd of a leader the data ties to a party is that party's (rule leader-supporters).
  if (actor1 && (actor1.inter === 5 || actor1.inter === 6) && PROTEST_SIDE[sub] === 1 && !assoc1.some((n) => !n.includes('('))) {
    const led = leaderParty(doc.text.slice(c.span[0], c.span[1]), actor1.countryCode ?? iso)
    if (led) {
      assoc1.push(led.party)
      say(doc, 'actors', 'leader-supporters', `"${led.words}": the supporters of a party's leader are the party's: "${led.party}" is associated with actor1.`, { span: at })
    }
  }
  if (vigilantes) assoc1.unshift(vigilantes)
  if (ownAssoc(actor2)) assoc2.push(ownAssoc(actor2)!)
  // The people a place is named after ("a refugee camp") ride with the civilians hit there, as ACLED codes them; not when
  // the people are named themselves too ("Malian refugees ... the Mentao refugee camp").
  const label = (name: string) => name.replace(/\s*\([^()]*\)$/, '')
  const fromPlace = new Set<string>()
  for (const a of placed.length ? [...named, ...placed].sort((x, y) => x.span[0] - y.span[0]) : named) {
    if (placed.includes(a)) {
      const group = a.assoc && actor2?.role === 'civilian' && a.span[0] >= c.span[0] && a.span[1] <= c.span[1] ? local(a).assoc ?? a.assoc : undefined
      // The place's people are the civilians hit when these have no group of their own: theirs comes first.
      if (group) { if (actor2?.assoc) assoc2.push(group); else assoc2.unshift(group); fromPlace.add(group) }
      continue
    }
    if (!a.assoc || a === actor1 || a === actor2 || a === people || a.span[0] < c.span[0] || a.span[1] > c.span[1]) continue
    // Helpers beside a state force ride with its side only (rule beside-force-associated, above), never the other's.
    if (helper(a)) continue
    // A community already named as a party's militia is not associated again.
    if (a.rule === 'ethnic-group' && actor1?.rule === 'community-party') continue
    // Protesters' and rioters' groups are theirs; in violence, a group named after the act is the one hit.
    // A mob facing state forces: the people's group is the rioters', whatever the word order ("a clash between police and traders").
    const side = PROTEST_SIDE[sub] ?? (sub === 'Mob violence' && actor2 && state(actor2) ? 1 : a.span[0] >= at[0] || (actor2 && actor2.role === 'civilian') ? 2 : 1)
    // "Israeli troops raided the Jenin refugee camp, killing two gunmen": the people of a place a force or an armed group
    // raided are never that force's own; with no civilians hit, they are no side's.
    if (side === 1 && a.role === 'civilian' && actor1 && actor1.inter >= 1 && actor1.inter <= 3 && !PROTEST_SIDE[sub] && a.span[0] > actor1.span[1]) {
      if (actor2?.role === 'civilian') assoc2.push(a.assoc)
      continue
    }
    ;(side === 1 ? assoc1 : assoc2).push(a.assoc)
  }
  for (let i = assoc2.length - 1; i >= 0; i--) {
    if (fromPlace.has(assoc2[i]) && assoc2.some((o) => !fromPlace.has(o) && label(o) === label(assoc2[i]))) assoc2.splice(i, 1)
  }
  // "Supporters of the Awami League and the BNP clashed": rioters on both sides, the second party with the second side.
  if (sub === 'Mob violence' && actor1?.role === 'rioter' && actor2?.role === 'rioter') {
    const partyNames = [...new Set(named.filter((a) => a.rule === 'named-alias' && a.inter === 6 && a.assoc === a.name).map((a) => a.name))]
    const second = partyNames.filter((n) => assoc1.includes(n))[1]
    if (second && !partyNames.some((n) => assoc2.includes(n))) {
      assoc1.splice(assoc1.indexOf(second), 1)
      assoc2.push(second)
    }
  }
  // In a clash, other units of a side's own state fought with it ("RR, CRPF and SoG encountered militants"): associated.
  if (sub === 'Armed clash' && actor1 && actor2 && !allied(actor1, actor2)) {
    for (const a of arms) {
      if (a === actor1 || a === actor2 || a.span[0] < c.span[0] || a.span[1] > c.span[1]) continue
      if (allied(a, actor1)) assoc1.push(a.name)
      else if (allied(a, actor2)) assoc2.push(a.name)
    }
  }
  // "Jihadists set fire to 40 tankers, part of a blockade the group JNIM declared": the group whose campaign the act is
  // part of did it, not the one hit; it names the unnamed doers (rule campaign-owner).
  if (actor2 && !actor2.generic && armed(actor2) && !state(actor2) && actor2.span[0] >= at[1] && CAMPAIGN_OWNER.test(doc.text.slice(at[1], actor2.span[0]))) {
    say(doc, 'actors', 'campaign-owner', `"${actor2.text}" owns the campaign the act is part of ("${doc.text.slice(at[1], actor2.span[0]).trim().slice(-50)}"): no side hit.`, { span: actor2.span })
    if (!actor1 || (actor1.generic && armed(actor1) && !state(actor1))) actor1 = actor2
    actor2 = null
  }
  const keep = (n: string) => n !== actor1?.name && n !== actor2?.name && !/^Unidentified /.test(n)
  const roles: Roles = { actor1, actor2, assoc1: [...new Set(assoc1)].filter(keep), assoc2: [...new Set(assoc2)].filter(keep), ...(retyped ? { sub: retyped } : {}) }
  explainRoles(doc, roles, at)
  return roles
}

/** Whether `after` (from a mention's end) joins it by "and" to a teller of up to five words ("and a British maritime agency said"). */
function jointTeller(after: string): boolean {
  const joined = /^\s+and\s+/i.exec(after)
  if (!joined) return false
  // The teller's words, one to five ("a", "a British", ..., "a British maritime agency"), then a verb of telling.
  let rest = after.slice(joined[0].length)
  for (let i = 0; i < 5; i++) {
    const word = /^[\w'’.-]+/.exec(rest)
    // "and drug traffickers was reported": a verb is no part of a teller's name.
    if (!word || roleCues().auxiliary(word[0])) return false
    rest = rest.slice(word[0].length)
    if (conventions().speakerAfter(rest)) return true
    const gap = /^\s+/.exec(rest)
    if (!gap) return false
    rest = rest.slice(gap[0].length)
  }
  return false
}

/**
 * Why a mention takes no side in the event at `at`, or null: who tells of it ("..., military sources
 * said", "according to police", "the state police spokesperson said", "the security office said
 * police were attacked"), who came after it ("police inspect the scene"), a group others are
 * only aligned with ("militias nominally aligned with the government") or linked to ("al Qaeda-linked").
 */
/** Between a force that speaks and unnamed troops it tells of, in the clause it tells: " said ", " said gunmen had fired at ". */
const TELLER_OWN = /^\s*(?:said|says|stated|reported)\s+[^.;:"“”]*$/i
/** A group of the article's own country ("fighters loyal to ISWAP" in a story about Nigeria), not an umbrella based abroad. */
function homeGroup(doc: Doc, a: ActorMention): boolean {
  return !!a.countryCode && a.countryCode === doc.frame?.country
}

/** A pronoun that takes the teller up again as a side of what it tells ("residents said they were attacked"). */
const WITNESS_TAKEN_UP = /\b(?:they|them|their|we|us|our|he|him|his|she|her|i|me|my)\b/i

let held: RegExp | null = null
/** Right after a group: a place it holds ("a guerrilla stronghold", "rebel positions"; cues.yaml control-objects). */
const HELD_AFTER = (): RegExp => (held ??= new RegExp(`^\\s+${cueSource('control-objects')}\\b`, 'i'))

/** Right before a group: a word that blames it ("blaming the", "blamed the attack on"; cues.yaml blame-before). Shared with
 * events/index.ts (claimedAfter). */
export const BLAMED_BEFORE = new RegExp(`\\b${cueSource('blame-before')}\\s+(?:the\\s+)?$`, 'i')

function noSide(doc: Doc, a: ActorMention, at: Span, pool: ActorMention[], quiet = false): string | null {
  const cues = roleCues()
  // "Mexican authorities found the bodies of six men hanging from a bridge": who came upon the dead did not kill them.
  if (a.span[1] <= at[0] && (BODY_FINDER.test(doc.text.slice(a.span[1], at[0]))
    || (BODY_WORD.test(doc.text.slice(at[0], at[1])) && BODY_FINDER.test(doc.text.slice(a.span[1], at[1]))))) {
    if (!quiet) say(doc, 'actors', 'body-finder', `"${a.text}" found the dead: no side of the killing.`, { span: a.span })
    return 'body-finder'
  }
  const before = doc.text.slice(Math.max(0, a.span[0] - 60), a.span[0])
  // "the People's Defence Force (PDF) told Reuters": the acronym in brackets after a name stands between it and its verb;
  // blanked to spaces so offsets hold.
  const after = doc.text.slice(a.span[1], a.span[1] + 60).replace(/^\s*\([^()]{1,20}\)/, (m) => ' '.repeat(m.length))
  const why = (rule: string, reason: string) => {
    if (!quiet) say(doc, 'actors', rule, `"${a.text}" ${reason}: no side of the event.`, { span: a.span })
    return rule
  }
  if (conventions().speakerBefore(before.slice(-30))) return 'teller'
  if (a.span[0] > at[1] && conventions().speakerAfter(after)) return 'teller'
  // "..., police said, blaming al Shabaab militants": a named group blamed after the act is its doer (events/index.ts rule
  // blamed-in-sentence), never the side it was done to (rule blamed-not-target).
  if (a.span[0] > at[1] && !a.generic && BLAMED_BEFORE.test(before)) return why('blamed-not-target', 'is blamed for the act told before it, not hit by it')
  // "..., the U.S. military and a British maritime agency said": a teller joined to the next one by "and".
  if (a.span[0] > at[1] && jointTeller(after)) return 'teller'
  // "killing nine VDP volunteers, security sources said": a named group before another subject's telling is no teller
  // (rule teller-own-clause); generic people there ("killing three men, local officials said") are left as before.
  if (cues.tellerNoun(after) && (a.generic || !cues.otherTeller(after))) return why('teller-spokesperson', 'speaks of the event through a spokesperson or statement')
  const told = cues.tellerVerb(after)
  // Not a teller that says it did the act itself ("the military said on Monday it had killed eight ELN fighters in a raid").
  // (Not one that says it shot down what the other side launched: "said it had shot down 54 drones Russia launched".)
  const own = (cues.selfTold(doc.text.slice(a.span[1], at[0])) || cues.selfWeapon(doc.text.slice(a.span[1], at[0]))) && !INTERCEPTED.test(doc.text.slice(a.span[1], at[0]))
  // Also a teller that says another country did it ("Ukraine's air force said Russia launched 140 drones"): the country
  // named as the striker, not the teller, is a side.
  const otherCountry = (from: number) => doc.places.some((p) => (p.kind === 'country' || p.kind === 'demonym') && p.countryCode && p.countryCode !== a.countryCode
    && p.span[0] >= from && p.span[1] <= at[0])
  if (told !== null && a.span[1] + told < at[0] && !own && (pool.some((b) => b !== a && b.span[0] >= a.span[1] + told && b.span[1] <= at[0] && !cues.ownBefore(doc.text.slice(Math.max(0, b.span[0] - 12), b.span[0])))
    || (!a.generic || a.inter === 1) && a.countryCode && otherCountry(a.span[1] + told))) {
    return why('teller-reports', 'reports what others did')
  }
  // "Residents of Hajin said heavy fighting broke out again": people who tell of an act and are not taken up again
  // ("they", "them", "their") before it are its witnesses, not a crowd that fought.
  // What a teller tells up to the act, when it is not taken up again in it ("they", "them", "their").
  const untaken = told !== null && a.span[1] + told < at[0] && !WITNESS_TAKEN_UP.test(doc.text.slice(a.span[1] + told, at[0]))
  if (untaken && a.generic && a.role === 'civilian') return why('teller-witness', 'tells of the act and is not named again in it')
  // "Officials in Yemen said air strikes on the port killed 20": officials or a ministry that tell of an act with no doer
  // named, and do not take themselves up again ("they", "its"), report it; they did not do it (a force that tells, "the army
  // said air strikes killed 20 fighters", may be the striker and keeps its place).
  if (untaken && (a.generic || /^generic-(?:state|government)$/.test(a.rule)) && cues.officialTeller(a.text)
    && !/\b(?:it|its)\b/i.test(doc.text.slice(a.span[1] + told!, at[0]))) return why('teller-official', 'tells of the act and is not named again in it')
  // "al-Shabaab said its fighters shot down a drone": the fighters are the named group's own, not another side.
  if (a.generic && cues.ownBefore(before.slice(-12)) && pool.some((b) => b !== a && !b.generic && b.span[1] <= a.span[0] && a.span[0] - b.span[1] < 80)) {
    return why('own-people', "are the people of the group named just before (\"its\", \"their\"), not another side")
  }
  const fact = cues.afterTheFact(after)
  if (fact) return why('after-the-fact', `came after the event ("${fact}")`)
  // "Islamic State-linked insurgents": a named armed group linked to the fighters right after it is who they are; ACLED names
  // them as that group (its branch in the event's country), and the unnamed fighters give way to it.
  const unnamed = (b: ActorMention) => b.generic || b.rule === 'country-insurgent'
  const branchOf = (b: ActorMention) => b !== a && unnamed(b) && armed(b) && b.span[0] > a.span[1] && cues.branchBetween(doc.text.slice(a.span[1], b.span[0]))
  // "jihadists linked to al-Qaeda": the same, told after the fighters.
  const fightersOf = (b: ActorMention) => b !== a && unnamed(b) && armed(b) && b.span[1] <= a.span[0] && (cues.branchAfterBetween(doc.text.slice(b.span[1], a.span[0]))
    || homeGroup(doc, a) && cues.loyalAfterBetween(doc.text.slice(b.span[1], a.span[0])))
  if (!a.generic && (a.inter === 2 || a.inter === 3) && pool.some(fightersOf)) {
    if (!quiet) say(doc, 'actors', 'branch-fighters', `"${a.text}" names who the fighters before it are ("${doc.text.slice(Math.max(0, a.span[0] - 20), a.span[0]).trim()}"): the group is the side.`, { span: a.span })
    return null
  }
  // "Al-Shabaab militants linked to al Qaeda": the parent a named group is said to be linked to is no side of its own.
  if (!a.generic && (a.inter === 2 || a.inter === 3) && pool.some((b) => b !== a && !unnamed(b) && b.name !== a.name && (b.inter === 2 || b.inter === 3)
    && b.span[1] <= a.span[0] && cues.branchAfterBetween(doc.text.slice(b.span[1], a.span[0])))) {
    return why('affiliation-not-side', 'is the parent the group named just before is linked to')
  }
  const affiliation = cues.hyphenAffiliation(after)
  if (affiliation && !a.generic && (a.inter === 2 || a.inter === 3) && pool.some(branchOf)) {
    if (!quiet) say(doc, 'actors', 'branch-fighters', `"${a.text}-${affiliation}" names who the fighters after it are: the group is the side.`, { span: a.span })
    return null
  }
  if (affiliation) return why('affiliation-not-side', `only describes another group ("-${affiliation}")`)
  // "Al Qaeda affiliate JNIM", "JNIM, an al Qaeda affiliate": the parent named beside its named affiliate is no side.
  const parent = !a.generic && (a.inter === 2 || a.inter === 3) ? cues.affiliateNoun(after) : null
  if (parent && pool.some((b) => b !== a && !b.generic && b.name !== a.name && (b.inter === 2 || b.inter === 3) && Math.abs(b.span[0] - a.span[0]) < 80)) {
    return why('affiliation-not-side', `names the parent of another group named beside it ("${parent}")`)
  }
  if (unnamed(a) && armed(a) && pool.some((b) => !unnamed(b) && (b.inter === 2 || b.inter === 3) && (b.span[1] < a.span[0] && cues.branchBetween(doc.text.slice(b.span[1], a.span[0]))
    || b.span[0] >= a.span[1] && (cues.branchAfterBetween(doc.text.slice(a.span[1], b.span[0])) || homeGroup(doc, b) && cues.loyalAfterBetween(doc.text.slice(a.span[1], b.span[0])))))) {
    return why('branch-named', 'are the fighters of the group named right before them ("-linked", "-affiliated")')
  }
  const aligned = cues.alignedBefore(before)
  // "captured part of a rebel stronghold": the group named before a place it holds is that place's holder, not what others are part of.
  if (aligned && !HELD_AFTER().test(after)) return why('aligned-not-side', `is what others are "${aligned}"`)
  return null
}

// "the army had \"repelled the extremists\"": a side's verb quoted from a statement is still its verb (rule quoted-verb).
const unquoted = (s: string) => s.replace(/["“”]/g, '')

/**
 * Which of two clash sides started it, from the event's sentence and the two after it: a side that
 * raids or runs an operation against the other, else the one that attacked or opened fire (or
 * the other side of one attacked, ambushed, or that returned fire or repelled). Null when the
 * words do not say; the caller keeps its order then.
 */
function initiator(doc: Doc, c: Candidate, at: Span, a1: ActorMention | null, a2: ActorMention | null, local: (a: ActorMention) => ActorMention): ActorMention | null {
  if (!a1 || !a2 || a1.name === a2.name) return null
  const rank = { operation: 3, attack: 2, response: 1 } as const
  let best: { side: ActorMention; rank: number; at: number; cue: string; by: ActorMention } | null = null
  // The sentences after the event's, up to one that tells another incident ("In another attack, ...").
  const end = eventEnd(doc, c)
  for (const m of doc.actors) {
    if (m.span[0] < c.span[0] || m.span[1] > end) continue
    const name = local(m).name
    const side = name === a1.name ? a1 : name === a2.name ? a2 : null
    if (!side) continue
    // A teller ("The Israeli military said gunmen had fired at troops") tells who started; it did not start it itself.
    if (conventions().speakerAfter(doc.text.slice(m.span[1], m.span[1] + 60)) && !roleCues().selfTold(doc.text.slice(m.span[1], at[0]))) continue
    const other = side === a1 ? a2 : a1
    const s = doc.sentences[sentenceAt(doc, m.span[0])]
    const after = unquoted(doc.text.slice(m.span[1], Math.min(s[1], m.span[1] + 80)))
    // "an attack by Taliban militants": the attacker named after the act.
    // "an attack of Boko Haram", "an attack from the militants": the same.
    const attackBy = /\b(?:attacks?|ambush(?:es)?|assaults?|raids?|offensive)\s+(?:by|of|from)\s+(?:the\s+)?$/i.exec(doc.text.slice(Math.max(s[0], m.span[0] - 30), m.span[0]))
    // "10 Taliban militants were killed following their attacks on Afghan forces": the side whose attack it was started, though hit.
    const rest = doc.text.slice(m.span[1], Math.min(s[1], m.span[1] + 140))
    const own = roleCues().ownAttack(rest)
    const ownAttack = own && !doc.actors.some((o) => o.span[0] >= m.span[1] && o.span[0] < m.span[1] + own.at && local(o).name === other.name) ? own.cue : null
    const hit = attackBy ? { kind: 'attack' as const, cue: attackBy[0].trim() } : ownAttack ? { kind: 'attack' as const, cue: ownAttack } : roleCues().initiativeAfter(after)
    if (!hit) continue
    // "was attacked", "were ambushed": this side was hit; the other started. "was raiding" stays active.
    const upTo = after.slice(0, Math.max(0, after.toLowerCase().indexOf(hit.cue.toLowerCase())))
    const passive = !attackBy && !ownAttack && !/ing$/i.test(hit.cue) && roleCues().passiveBefore(upTo)
    if (hit.kind === 'operation' && (passive || !(side.inter === 1 || side.inter === 8))) continue
    const starter = passive || hit.kind === 'response' ? other : side
    const r = passive ? rank.attack : rank[hit.kind]
    if (!best || r > best.rank) best = { side: starter, rank: r, at: m.span[0], cue: hit.cue, by: m }
  }
  if (!best) return null
  const verb = best.rank === 3 ? 'ran the operation against the other side' : 'started the fight'
  say(doc, 'actors', 'initiator-first', `"${doc.text.slice(best.by.span[0], best.by.span[1])} ... ${best.cue}": "${best.side.name}" ${verb}, so it is actor1.`, { span: best.by.span })
  return best.side
}

/** A place right after a preposition ("in Yemen", "rebels from Sudan"): where, not whose. */
// A compass word may stand between ("in south Lebanon", "across northern Syria": rule place-compass).
let placeBeforeRe: RegExp | null = null
const placeBefore = (doc: Doc, c: Candidate, q: PlaceMention) => (placeBeforeRe ??= new RegExp(`\\b(?:in|from|of|near|to|into|at|across|against|inside|with|by|on|over|and)\\s+(?:the\\s+)?(?:${cueSource('compass-before')}\\s+)?$`, 'i'))
  .test(doc.text.slice(Math.max(c.span[0], q.span[0] - 30), q.span[0]))
/** The country's name written as the strike's adjective ("U.S. air strikes", "UK drone strikes", "Cambodian rockets"), not after a preposition ("in Yemen"). */
function strikeAdjective(doc: Doc, c: Candidate, at: Span): PlaceMention | undefined {
  // Not the country a verb of attack hits ("Russian forces struck Ukraine overnight with drones").
  return doc.places.find((q) => (q.kind === 'demonym' || (q.kind === 'country' && q.span[0] >= c.span[0] && !placeBefore(doc, c, q)
    && !roleCues().struckBefore(doc.text.slice(Math.max(c.span[0], q.span[0] - 30), q.span[0])))) && q.countryCode && q.span[1] <= at[0] && at[0] - q.span[1] < 40
    && roleCues().strikeModifiers(doc.text.slice(q.span[1], at[0])))
}

let strikerTargetRe: { before: RegExp; member: RegExp } | null = null
/**
 * In the event's sentence (after the act) or the story's sentences after it, the striker itself, named again, says it
 * struck a member of a named armed group ("The Israeli military said it had struck a Hezbollah commander"): that group,
 * or undefined (rule striker-target-told; cues.yaml struck-target-verbs, member-nouns).
 */
function strikerTarget(doc: Doc, c: Candidate, at: Span, striker: ActorMention): ActorMention | undefined {
  strikerTargetRe ??= {
    before: new RegExp(`\\b(?:${cueSource('struck-target-verbs')})\\s+(?:(?:a|an|the|two|three|several|one\\s+of\\s+the)\\s+)?(?:[a-z][\\w-]*\\s+){0,2}$`, 'i'),
    member: new RegExp(`^[\\s-]+(?:${cueSource('member-nouns')})\\b`, 'i'),
  }
  const re = strikerTargetRe
  const end = storyEnd(doc, c)
  const same = (a: ActorMention) => a.name === striker.name
  for (const g of doc.actors) {
    if (g.span[0] < at[1] || g.span[1] > end || g.generic || state(g) || !armed(g) || g.name === striker.name || inRegion(doc, g.span, ASIDE_REGIONS)) continue
    if (!re.member.test(doc.text.slice(g.span[1], g.span[1] + 30))) continue
    // The teller in the group's own sentence, after the act.
    const from = doc.sentences.find(([a, b]) => a <= g.span[0] && g.span[0] < b)?.[0] ?? c.span[0]
    const teller = doc.actors.find((t) => same(t) && t.span[0] >= Math.max(from, at[1]) && t.span[1] <= g.span[0])
    if (!teller) continue
    const between = doc.text.slice(teller.span[1], g.span[0])
    if (roleCues().selfTold(between) && re.before.test(between)) return g
  }
  return undefined
}

/** "Israeli air and missile strikes", "a US drone strike": the nationality's forces struck, when no agent is named. */
function nationalStrike(doc: Doc, c: Candidate, sub: string, at: Span, iso: string | null, day: string | null): ActorMention | null {
  // Only air strikes take the nationality of strikes told before: a rocket launch may be the other side's answer.
  const p = strikeAdjective(doc, c, at)
    // "Russia attacked Ukraine's energy grid with missiles": a country that opens the clause as the doer of the strike.
    ?? doc.places.find((q) => q.kind === 'country' && q.countryCode && q.span[0] >= c.span[0] && q.span[1] <= at[0]
      // Not a place a phrase names ("rebels from Sudan fired rockets"): the country is the subject itself.
      && !placeBefore(doc, c, q)
      && roleCues().countryStrike(doc.text.slice(q.span[1], at[0])))
    // "India said on Wednesday it had fired missiles at targets in Pakistan": a country opening the sentence that says it
    // did the act (rule country-said-it-struck).
    ?? doc.places.find((q) => q.kind === 'country' && q.countryCode && q.span[0] >= c.span[0] && q.span[1] <= at[0]
      && !placeBefore(doc, c, q) && /^(?:[^-–—.]*[-–—]\s*)?(?:the\s+)?$/i.test(doc.text.slice(c.span[0], q.span[0]))
      && roleCues().selfTold(doc.text.slice(q.span[1], at[0])))
    ?? (sub === 'Air/drone strike' ? strikeBefore(doc, c, at) : undefined)
  if (!p || !p.countryCode) return null
  const g = genericActor('state', p.countryCode, day)
  const m: ActorMention = { span: p.span, text: doc.text.slice(p.span[0], p.span[1]), score: 0.6, rule: 'demonym-strike', name: g.name,
    inter: g.inter, countryCode: g.countryCode, role: 'armed', generic: false }
  say(doc, 'actors', 'national-strike', `"${m.text}" names whose strike it was: "${g.name}".`, { span: p.span })
  return iso ? withCountry(m, iso, day) : m
}

/**
 * The named armed group that the event's sentence or the two after it say claimed or planted the
 * device ("JNIM claimed responsibility", "The device was likely planted by JNIM militants"), or null.
 */
function claimant(doc: Doc, c: Candidate, at: Span, local: (a: ActorMention) => ActorMention): ActorMention | null {
  const end = eventEnd(doc, c)
  for (const m of doc.actors) {
    // A de facto authority named outright ("Houthi rebels claimed a missile strike") claims as an armed group does.
    const group = m.inter >= 2 && m.inter <= 4 && m.role === 'armed' || (m.inter === 1 && m.rule === 'named-alias')
    if (m.span[0] < c.span[0] || m.span[1] > end || m.generic || !group || inRegion(doc, m.span, ASIDE_REGIONS)) continue
    const cue = roleCues().claimAfter(doc.text.slice(m.span[1], m.span[1] + 60))
      ?? (m.span[0] >= at[1] && roleCues().byBefore(doc.text.slice(Math.max(0, m.span[0] - 60), m.span[0])) === 'placer' ? 'placed it' : null)
    if (!cue) continue
    say(doc, 'actors', 'claimant-agent', `"${m.text}" ${cue}: the named group is the agent of the blast.`, { span: m.span })
    return local(m)
  }
  return null
}

/**
 * A nationality's strikes told in the event's sentence or the two before it, up to one that tells
 * another incident ("Israeli air strikes hit Gaza overnight. ... The air raid killed two"): the
 * strike left unattributed is theirs. The nearest before the act; none in captions or credits.
 */
function strikeBefore(doc: Doc, c: Candidate, at: Span) {
  let first = c.sentence
  while (first > 0 && first > c.sentence - 2 && !roleCues().newIncident(doc.text.slice(doc.sentences[first][0], doc.sentences[first][0] + 30))) first--
  const from = doc.sentences[first][0]
  const found = doc.places.filter((q) => q.kind === 'demonym' && q.countryCode && q.span[0] >= from && q.span[1] <= at[0]
    && !inRegion(doc, q.span, ASIDE_REGIONS) && roleCues().strikeAfter(doc.text.slice(q.span[1], q.span[1] + 60)))
  return found[found.length - 1] ?? roundupStriker(doc, at)
}

/**
 * "Russia attacked several Ukrainian cities with missiles and drones overnight": a country that opens the story's first
 * sentence as the striker, with the weapons it struck with, is the doer of every strike the roundup tells after it with no
 * doer of its own ("In Kharkiv, two people were killed when drones struck a house"), whatever town each sentence opens on.
 * So is a nationality whose forces or strikes open the lead ("Russian attacks killed nine people across Ukraine ... In
 * Kherson, a guided bomb hit a hospital"), and a country a teller says struck ("the air force said Russia launched 140
 * drones"): roles.yaml roundup_force_nouns, roundup_tellers (rule roundup-striker).
 */
function roundupStriker(doc: Doc, at: Span) {
  // The lead, and the headline before it when the text opens with one; the striker named before the act, in the act's own
  // sentence when that is the lead ("Russian forces struck Ukraine overnight with drones and missiles").
  const leads = doc.sentences.slice(0, headlineSentence(doc) === null ? 1 : 2).filter((s) => s[0] < at[0])
  for (const lead of leads) {
    const inLead = (q: PlaceMention) => q.countryCode && q.span[0] >= lead[0] && q.span[1] <= Math.min(lead[1], at[0]) && !inRegion(doc, q.span, ASIDE_REGIONS)
    const found = doc.places.find((q) => q.kind === 'country' && inLead(q)
      // "Russia attacked ...", or told by another ("Ukraine's air force said Russia launched 140 drones overnight").
      && (countryOpens(doc, q.span) || roleCues().tellerBefore(doc.text.slice(lead[0], q.span[0])))
      && roleCues().countryStrikeLead(doc.text.slice(q.span[1], lead[1])))
      // "Russian forces pounded Ukrainian cities with drones", "Russian drone and missile strikes killed five in Kyiv".
      ?? doc.places.find((q) => q.kind === 'demonym' && inLead(q) && countryOpens(doc, q.span, true)
        && (roleCues().countryStrikeLead(doc.text.slice(q.span[1], lead[1])) || roleCues().strikeAfter(doc.text.slice(q.span[1], q.span[1] + 60)) !== null))
    if (found) return found
  }
  return undefined
}

/** Whether only a dateline and punctuation (and, for a nationality, an article) stand between the country's sentence start and the country. */
function countryOpens(doc: Doc, span: Span, article = false): boolean {
  const s = doc.sentences[sentenceAt(doc, span[0])]
  const before = doc.text.slice(s[0], span[0])
  const dateline = doc.regions.find((r) => r.kind === 'dateline' && r.span[0] >= s[0] && r.span[1] <= span[0])
  return (article ? /^[\s\-–—:]*(?:(?:an?|the)\s+)?$/i : /^[\s\-–—:]*$/).test(dateline ? doc.text.slice(dateline.span[1], span[0]) : before)
}

/**
 * The communities party to an agreement, as their communal militias: an ethnic group named in the
 * sentence ("the Rizeigat communities") and the name joined to it ("the Misseriya and Rizeigat
 * communities") → `Misseriya Communal Militia (Sudan)`, `Rizeigat Communal Militia (Sudan)`.
 */
function communityParties(doc: Doc, c: Candidate, iso: string | null, day: string | null): ActorMention[] {
  const country = iso ? countryName(iso) : null
  if (!country) return []
  const out: ActorMention[] = []
  const add = (who: string, span: Span, a: ActorMention) => {
    const name = `${who} Communal Militia (${country})`
    if (!out.some((o) => o.name === name)) out.push({ ...a, span, text: doc.text.slice(span[0], span[1]), name, inter: 4, role: 'armed', generic: false, rule: 'community-party', assoc: undefined })
  }
  for (const a of c.actors) {
    const group = a.rule === 'ethnic-group' && a.assoc ? /^(.+) Ethnic Group \(/.exec(a.assoc)?.[1] : undefined
    if (!group) continue
    // "the Misseriya and Rizeigat communities": the first name is a community too.
    const joined = /\b([A-Z][\w'’-]+)\s+and\s+$/.exec(doc.text.slice(Math.max(c.span[0], a.span[0] - 40), a.span[0]))
    if (joined && /\bcommunities\b/i.test(a.text)) add(joined[1], [a.span[0] - joined[0].length, a.span[0] - joined[0].length + joined[1].length], a)
    add(group, a.span, a)
  }
  return out
}

/** The agent of a passive taking ("was retaken by Ukrainian forces"): "by" just before the side. */
const PASSIVE_AGENT = /\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$/i
const DIED_AFTER = new RegExp(`^\\s+${cueSource('crowd-died')}\\b`, 'i')

/** Whether a passive verb of harm follows the mention, allowing the rest of its noun phrase between ("Taliban militants were killed"). */
function passiveHit(doc: Doc, a: ActorMention): boolean {
  const after = doc.text.slice(a.span[1], a.span[1] + 60)
  // "Four residents died in an attack": the people who died are hit, like those who "were killed" (events/crowd-died).
  if (DIED_AFTER.test(after)) return true
  const rest = /^(?:\s+(?!(?:were|was|have|has|had|got|being)\b)[\w'’-]+){0,2}/.exec(after)?.[0] ?? ''
  return conventions().passiveAfter(after) || conventions().passiveAfter(after.slice(rest.length)) || joinedPassive(after)
}
/** "Eight police officers and their driver were killed": a passive of harm after one of their own joined to the mention (not another side: "two soldiers and three gunmen were killed" keeps its order). */
function joinedPassive(after: string): boolean {
  const joined = COORDINATED.exec(after)?.[0]
  return !!joined && conventions().passiveAfter(after.slice(joined.length))
}
const COORDINATED = /^\s+and\s+(?:their|his|her|its)\s+[a-z][\w'’-]*/

/** A place named right before a mention ("Pabegou residents") or after "from"/"of" ("people from Garou"), or null. */
function placeNextTo(doc: Doc, a: ActorMention) {
  return doc.places.find((p) => p.kind !== 'country' && p.kind !== 'demonym' && p.kind !== 'admin1'
    && ((p.span[0] >= a.span[1] && /^\s+(from|of)\s+(the\s+)?$/i.test(doc.text.slice(a.span[1], p.span[0])))
      || (p.span[1] <= a.span[0] && /^\s+$/.test(doc.text.slice(p.span[1], a.span[0]))))) ?? null
}

/** Where the event's words end: its sentence and the two after it, up to one that tells another incident ("In another attack, ..."). */
function eventEnd(doc: Doc, c: Candidate): number {
  const last = doc.sentences[Math.min(doc.sentences.length - 1, c.sentence + 2)]
  let end = c.span[1]
  for (let i = c.sentence + 1; i < doc.sentences.length && doc.sentences[i][1] <= last[1]; i++) {
    if (roleCues().newIncident(doc.text.slice(doc.sentences[i][0], doc.sentences[i][0] + 30))) break
    end = doc.sentences[i][1]
  }
  return end
}

/**
 * As eventEnd, but also ending before a sentence that names a town or a day of its own ("On Tuesday, in
 * Nyamira, a crowd ...", "Similar protests took place in Kumasi"): that sentence tells its own incident.
 */
function storyEnd(doc: Doc, c: Candidate): number {
  const end = eventEnd(doc, c)
  for (let i = c.sentence + 1; i < doc.sentences.length && doc.sentences[i][1] <= end; i++) {
    const [from, to] = doc.sentences[i]
    const inside = (m: { span: Span }) => m.span[0] >= from && m.span[1] <= to
    // Not one that goes on telling of the same crowd ("The demonstrators burned the police station in X"): coreference.
    if (roleCues().continuesCrowd(doc.text.slice(from, from + 40))) continue
    if (doc.places.some((p) => p.kind !== 'demonym' && inside(p)) || doc.dates.some(inside)) return doc.sentences[i - 1][1]
  }
  return end
}

const INTERCEPTED = new RegExp(`\\b(?:${cueSource('intercepts')})\\b`, 'i')
const SUSPECTED_TO_BE = /^\s*,\s*(?:(?:who\s+(?:are|were)\s+)?(?:suspected|believed|thought|said|reported)\s+to\s+(?:be|have\s+been)\s+(?:members\s+of\s+)?|(?:suspected|presumed|alleged)\s+)(?:the\s+)?$/i
const NEGATED = new RegExp(`\\b(?:${cueSource('negation')}|did\\s+not|didn['’]t|refrained\\s+from)\\b`, 'i')
/** A force that meets the crowd in the two sentences after the event's ("The police tried to contain them"), or null. */
function metBy(doc: Doc, c: Candidate, local: (a: ActorMention) => ActorMention, verbOf: (after: string) => string | null = roleCues().interventionAfter, upTo?: number,
  ownSentence = false): ActorMention | null {
  let end = eventEnd(doc, c)
  if (upTo !== undefined) end = Math.min(end, upTo)
  for (const m of doc.actors) {
    // `ownSentence`: the event's own sentence too ("guards intervened to prevent dozens of protesters ...").
    if (m.span[0] < (ownSentence ? c.span[0] : c.span[1]) || m.span[1] > end || m.inter !== 1 || !/^(Military|Police) Forces of /.test(m.name)) continue
    const s = doc.sentences[sentenceAt(doc, m.span[0])]
    // Active ("Police dispersed them") or, for a protest, passive ("the protesters were arrested by the police").
    const verb = verbOf(doc.text.slice(m.span[1], Math.min(s[1], m.span[1] + 80)))
      ?? (verbOf === roleCues().crowdControlAfter ? roleCues().crowdControlBefore(doc.text.slice(Math.max(s[0], m.span[0] - 60), m.span[0])) : null)
    if (!verb) continue
    // "Police did not intervene": a force that held back met no one.
    const said = doc.text.slice(m.span[1], Math.min(s[1], m.span[1] + 80))
    const at = said.indexOf(verb)
    // "No police intervened": the force named with "no" before it is none at all.
    const none = /\b(?:no|not\s+any)\s+$/i.test(doc.text.slice(Math.max(s[0], m.span[0] - 12), m.span[0]))
    if (none || (at > 0 && NEGATED.test(said.slice(0, at)))) { say(doc, 'actors', 'force-held-back', `"${m.text} ... ${verb}" is negated: the force did not meet the crowd.`, { span: m.span }); continue }
    say(doc, 'actors', 'met-by-force', `"${m.text} ... ${verb}": the force met the crowd and is its second side.`, { span: m.span })
    return local(m)
  }
  return null
}

/** Whose side a social group takes in a demonstration: the demonstrators', unless force is used on them. */
const PROTEST_SIDE: Record<string, 1 | 2> = {
  'Peaceful protest': 1, 'Protest with intervention': 1, 'Violent demonstration': 1, 'Excessive force against protesters': 2,
}

/** An unidentified perpetrator with the hallmarks of organised crime, where ACLED codes gangs: `Unidentified Gang (X)`. */
function gangConvention(doc: Doc, c: Candidate, sub: string, iso: string | null, a: ActorMention | null, at: Span): ActorMention | null {
  if (!a || !a.generic || a.inter !== 3 || !a.name.startsWith('Unidentified Armed Group')) return a
  if (!/^(Attack|Abduction|Armed clash|Looting)/.test(sub)) return a
  const name = conventions().gangName(iso)
  // The hallmarks are often told in the sentences after the act ("The victim's hands were tied").
  const sign = name ? conventions().gangSign(doc.text.slice(c.span[0], eventEnd(doc, c))) : null
  if (!name || !sign) return a
  say(doc, 'actors', 'gang-convention', `"${sign}" marks a criminal killing: the unidentified perpetrator is "${name}", as ACLED names gangs here.`, { span: at })
  return { ...a, name, rule: 'gang-convention' }
}

/**
 * An unidentified side in a dispute between communities is a communal militia (inter 4), named
 * after its community when the words say which: "militias from Umuleri" → `Umuleri Communal Militia (Nigeria)`.
 */
function communalConvention(doc: Doc, c: Candidate, sub: string, iso: string | null, a: ActorMention | null, at: Span, day: string | null): ActorMention | null {
  if (!a || !a.generic || !/^(Unidentified Armed Group|Unidentified Communal Militia)/.test(a.name)) return a
  if (!/^(Attack|Abduction|Armed clash|Looting|Sexual)/.test(sub)) return a
  const words = doc.text.slice(c.span[0], c.span[1])
  const cue = conventions().communalCue(words)
  const communal = a.name.startsWith('Unidentified Communal Militia')
  if (!cue && !communal) return a
  const country = iso ? countryName(iso) : null
  // "militias from X", "youths of X", "X youths": the community named by a place next to the mention.
  const place = a.text ? placeNextTo(doc, a) ?? undefined : undefined
  // "youths from the Pakam community": the community is named even when it is no place of the gazetteer.
  const community = a.text && !place ? /^\s+(?:from|of)\s+the\s+([A-Z][\w'’-]+)\s+(?:community|communities|clan|village|villages)\b/.exec(doc.text.slice(a.span[1], a.span[1] + 60))?.[1] : undefined
  const who = place ? doc.text.slice(place.span[0], place.span[1]) : community
  const name = who && country ? `${who} Communal Militia (${country})` : genericActor('communal', iso, day).name
  if (name === a.name) return a
  say(doc, 'actors', 'communal-convention', `${cue ? `"${cue}" marks a communal dispute` : 'People of a community attacking'}: the unidentified side is "${name}".`, { span: a.text ? a.span : at })
  // Named after its community, the militia is no longer an unnamed class: a later sentence does not replace it.
  return { ...a, name, inter: 4, rule: 'communal-convention', generic: !who }
}

/** Inter codes and interaction come from the final actors: say which and why. */
function explainRoles(doc: Doc, r: Roles, at: Span): void {
  const one = (a: ActorMention | null) => (a ? `"${a.name}" (inter ${a.inter}, ${a.rule}${a.text ? `, "${a.text}"` : ''})` : 'none')
  const interaction = interactionCode(r.actor1?.inter ?? 0, r.actor2?.inter ?? 0)
  const assoc = [...r.assoc1.map((n) => `${n} with actor1`), ...r.assoc2.map((n) => `${n} with actor2`)]
  say(doc, 'actors', 'actors-chosen', `actor1 ${one(r.actor1)}, actor2 ${one(r.actor2)}: interaction ${interaction}${assoc.length ? `; associated: ${assoc.join(', ')}` : ''}.`, { span: at })
}

const HIT_NAMED = new RegExp(`\\b${cueSource('hit-named-before')}\\b[^.,;]*$`, 'i')

/**
 * One actor told twice, kept once under its name: an unnamed group and the name it goes by ("pro-government
 * militias known as Wazalendo"); a group and the description set beside it ("Fano, a loose network of Amhara
 * militias that ..."); and an unnamed mention taking up the one non-state group named before it ("Fighters of
 * the Fano militia attacked ... before the militiamen withdrew"), in its sentence or in `earlier` ones.
 */
function sameActors(doc: Doc, list: ActorMention[], earlier: ActorMention[], c: Candidate): ActorMention[] {
  const unnamed = (a: ActorMention) => a.generic || a.rule === 'ethnic-militia' || a.rule === 'generic-progov'
  const group = (a: ActorMention) => !a.generic && !state(a) && a.inter >= 2 && a.inter <= 4 && armed(a)
  const out: ActorMention[] = []
  for (const a of list) {
    if (!unnamed(a) || !armed(a) || state(a)) { out.push(a); continue }
    const named = list.find((n) => group(n) && n.span[0] >= a.span[1] && roleCues().knownAs(doc.text.slice(a.span[1], n.span[0])))
    if (named) {
      say(doc, 'actors', 'known-as', `"${a.text}" ${roleCues().knownAs(doc.text.slice(a.span[1], named.span[0]))} "${named.text}": one actor, "${named.name}".`, { span: a.span })
      continue
    }
    // The description set off by a comma right after the name: ", a loose network of Amhara militias".
    const described = list.find((n) => group(n) && n.span[1] <= a.span[0] && /^\s*,\s*(?:an?|the|one of the)\s+[^,.;:()]{0,50}$/i.test(doc.text.slice(n.span[1], a.span[0])))
    if (described) {
      say(doc, 'actors', 'described-as', `"${a.text}" describes "${described.text}" beside it: one actor, "${described.name}".`, { span: a.span })
      continue
    }
    // Not a group told as those an act hit ("killing at least 20 soldiers and volunteer fighters"): "the attackers" are the
    // other side (rule hit-not-taken-up).
    const hit = (n: ActorMention) => HIT_NAMED.test(doc.text.slice(Math.max(doc.sentences[Math.max(0, sentenceAt(doc, n.span[0]))][0], n.span[0] - 60), n.span[0]))
    const before = [...earlier, ...list].filter((n) => group(n) && n.span[1] <= a.span[0] && n.span[0] >= doc.sentences[Math.max(0, c.sentence - 2)][0] && !hit(n))
    const names = [...new Set(before.map((n) => n.name))]
    if (a.rule === 'generic-armed' && names.length === 1 && roleCues().takenUpAgain(doc.text.slice(Math.max(0, a.span[0] - 12), a.span[0]))) {
      const told = before.at(-1)!
      say(doc, 'actors', 'taken-up-again', `"${a.text}" takes up "${told.text}" named before: "${told.name}".`, { span: a.span })
      out.push({ ...told, span: a.span, text: a.text, rule: 'taken-up-again', score: a.score })
      continue
    }
    out.push(a)
  }
  return out
}

/**
 * Forces named together as one subject or object ("US and British warplanes struck ...", "Kenyan and Somali
 * troops attacked an al-Shabaab base"): one side. Each other member of such a group, mapped to its lead: the
 * event country's own forces when among them, else the first named. Not when the words make the group fight
 * each other ("Indian and Pakistani troops exchanged fire", "... clashed") or, in a clash, nothing else is named.
 */
function jointSides(doc: Doc, list: ActorMention[], c: Candidate, sub: string, iso: string | null): Map<ActorMention, ActorMention> {
  const out = new Map<ActorMention, ActorMention>()
  const members = list.filter((a) => a.text && armed(a) && a.span[0] >= c.span[0] && a.span[1] <= c.span[1]).sort((a, b) => a.span[0] - b.span[0])
  const groups: ActorMention[][] = []
  for (const a of members) {
    const group = groups.at(-1)
    const prev = group?.at(-1)
    // Unnamed fighters join no group ("more fighters and military equipment"): whose they are is not told.
    const joins = (m: ActorMention) => m.rule !== 'generic-armed'
    if (group && prev && joins(a) && joins(prev) && a.span[0] >= prev.span[1] && a.name !== prev.name && roleCues().jointJoiner(doc.text.slice(prev.span[1], a.span[0]))) group.push(a)
    else groups.push([a])
  }
  const sentence = doc.text.slice(c.span[0], c.span[1])
  for (const group of groups) {
    if (group.length < 2) continue
    const last = group.at(-1)!
    const after = doc.text.slice(last.span[1], last.span[1] + 40)
    // Another side: not one of the group, nor a unit of a group member's own state ("security forces and Maoists
    // exchanged fire ... as police followed a tip-off": the police are the security forces' side).
    const within = (a: ActorMention) => group.some((g) => g.name === a.name || allied(g, a))
    const outside = members.some((a) => !within(a))
    // "a gunfight between the police and a drug gang", "LNA and GNA units exchanged rocket fire":
    // the words set them against each other (with no one else named, a fighting verb does, whatever its object;
    // with another side named, "fought ADF rebels" has them fight it together).
    const mutual = (roleCues().reciprocalAfter(after) && !members.some((a) => !within(a) && a.span[0] >= last.span[1] && a.span[0] - last.span[1] < 30))
      || (!outside && roleCues().reciprocalAfter(after.replace(/\s+(?:with|against)\b[^]*$/i, '')))
      || roleCues().twoWayFire(sentence) !== null || roleCues().eachOther(sentence)
      || /\bbetween\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, group[0].span[0] - 20), group[0].span[0]))
    // Two forces of one state under rival governments ("LNA and GNA forces") are never one side.
    const rivals = group.some((g) => group.some((h) => h !== g && state(g) && state(h) && g.countryCode === h.countryCode && !allied(g, h)))
    // "launched a joint offensive": the words make them one side even with no enemy named (the clash's other side stays open).
    if (mutual || rivals || (!outside && sub === 'Armed clash' && !roleCues().together(sentence))) continue
    // The event country's own forces lead; else the first named, or the last when the words report the group hit
    // ("4 Taliban and IS militants were killed": the passive verb follows the last).
    const lead = group.find((g) => g.inter === 1 && g.countryCode === iso) ?? (passiveHit(doc, last) ? last : group[0])
    for (const g of group) if (g !== lead) out.set(g, lead)
  }
  return out
}

let leaders: { find: RegExp; party: string; country: string }[] | undefined
/** The party of a leader named after a supporters' word in `sentence`, in `country` (data/actors/party-leaders.yaml). */
function leaderParty(sentence: string, country: string | null): { party: string; words: string } | null {
  if (!leaders) {
    const raw = readYaml(dataPath('actors', 'party-leaders.yaml')) as { supporter_words: string[]; leaders: { leader: string; party: string; country: string }[] }
    const words = raw.supporter_words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')
    leaders = raw.leaders.map((l) => ({ find: new RegExp(`\\b(?:${words})\\s+(?:(?:the\\s+)?(?:jailed|ousted|exiled|former|ex-|opposition|party|leader|prime\\s+minister|president)\\s+){0,4}${l.leader.replace(/ /g, '\\s+')}\\b`, 'i'), party: l.party, country: l.country }))
  }
  for (const l of leaders) {
    if (l.country !== country) continue
    const m = l.find.exec(sentence)
    if (m) return { party: l.party, words: m[0] }
  }
  return null
}

function dedupe(list: ActorMention[]): ActorMention[] {
  const seen = new Set<string>()
  // Civilians of two different groups ("a farmer ... a herder") stay two: their groups differ.
  const key = (a: ActorMention) => `${a.name}\0${a.assoc ?? ''}`
  return list.filter((a) => (seen.has(key(a)) && a.generic ? false : (seen.add(key(a)), true)))
}
