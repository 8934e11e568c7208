/** @module events/gate/sentence: which trigger hits of one sentence describe a human's physical act of violence or protest. */
import type { DateMention, Doc, Span } from '../../doc.js'
import { inRegion, quotedAt, say, sentenceAt } from '../../doc.js'
import type { Match, PhraseIndex } from '../../text/phrases.js'
import type { Hit } from '../candidates.js'
import type { DocContext } from './context.js'
import type { GateKnowledge, Sense } from './knowledge.js'
import { cueSource } from '../cues.js'
import { saidOn } from '../../mentions/dates/index.js'

/** Domains whose stories borrow the words of war: a sentence there needs a human agent named beside a strong word. */
const FIGURATIVE_DOMAINS = new Set(['sport', 'business', 'weather', 'disaster', 'health'])
// Families of acts done to people; `protest` and `strategic` are handled apart.
const HARM = new Set(['civilian', 'battle', 'riot', 'remote', 'territory'])
// Acts done to the doers a noun names ("killed four of the kidnappers"): not a place taken, nor the abduction itself.
/** A doer noun as the object of a preposition, defined ("from the kidnappers"): the doers already told. */
const OBJECT_THE = /\b(?:(?:from|to|with|of|against|for)\s+the|from|to)\s+$/i   // "ransoms paid to kidnappers" too
const DOER_ACTS = new Set(['civilian', 'battle', 'remote'])
const KILLING = new Set(['Attack', 'Mob violence', 'Sexual violence', 'Abduction/forced disappearance'])
/** A relative pronoun right before the act, up to two words between: "the officer who fired", "the men who had attacked". */
const RELATIVE_DOER = /\b(?:who|that)\s+(?:\S+\s+){0,2}$/i
const SENSE_WINDOW = 8     // tokens either side of a trigger in which a sense's company counts
const ANIMAL_WINDOW = 6
const BEAST_DETERMINER = /^(?:a|an|the|this|that|one|two|three|four|several|some|another|wild|stray|rogue|same)$/i
const ANIMAL_OBJECT_GAP = 4   // "shot one of the animals"
const VETERAN_WAR_GAP = 6     // "who fought in Sudan's long civil war"
const TRIED_SCENE_GAP = 8     // "the deaths of two students during demonstrations"
const RELATIVE_GAP = 5        // "which pollutes rivers and destroys"
const PURCHASE_GAP = 2        // "signed a deal to buy", "signed a contract for the purchase of"
/** A word that may follow the head of a noun phrase: punctuation or a function word, not another noun ("goat thief"). */
const HEAD_END = /^(?:[.,;:!?)"”']|and|or|in|at|on|near|from|with|that|which|who|after|before|of|as|to|for|during|while|belonging|owned|dead)$/i
const HINDERS_GAP = 8   // "shelling around the city of El Fasher was blocking"
const SEEN_GAP = 3     // "has seen heavy fighting": the perfect, two describing words, the act
const LASTING_GAP = 6    // "has fought Boko Haram in the north-east for 15 years"
const MODAL_GAP = 3      // "a possible gang initiation shooting"
const PURPOSE_GAP = 10   // "formed to pull people out of the rubble of air strikes"
const HONOUR_GAP = 8     // "the name of a unit that fought": the name words to the act
const NOT_INFINITIVE = new Set(['DET', 'NUM', 'PROPN', 'PRON'])   // "used ... to" a place or a person, not a verb (wink tags "train" NOUN)
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ'])
const IN_FORCE_GAP = 16   // "a six-month truce between the government and the National Liberation Army (ELN) rebels has held"
const VERBAL = new Set(['VERB'])   // an auxiliary may stand between: "will take effect"
const WAR_SPAN_GAP = 6   // "killings in the 36-year civil war"
/** Between acts in the plural and a war noun: "in the 36-year", "during the country's". */
const WAR_SPAN = /^(?:in|during|throughout|of) (?:the|that|a|its|their|this)(?: [^ ]+){0,4}$/
const WAR_END_GAP = 3    // "which ended with a 2005 peace deal"
const WAR_END_NAMED_GAP = 5   // "the war in Tigray, which ended with", "the war in South Sudan, which ended in"
const PROPER_TAG = new Set(['PROPN'])
const WIDE_GAP = 6             // "fighting has continued in several areas"
const AGREEMENT_FRAME_GAP = 3   // "during the holiday truce"
const THREAT_GAP = 2     // "threatening to kill", "threatened to behead"
const CAMPAIGN_START_GAP = 4   // "began firing missiles and drones"
const CONDITION_GAP = 8  // "to kill the captives if it was not paid"
const PROTECT_GAP = 6    // "withstand roadside bombs and small arms fire"
const OBJECT_WINDOW = 5   // "fought a long battle against cancer"
const UNKNOWN_WINDOW = 8
const POLICE_GAP = 3      // "police allegedly tortured the man": the police as the doer, right before the act
const HELP_GAP = 4        // "helping the police fight", "helping Somali forces fight"
const TOPIC_GAP = 4       // "the issue of sexual violence", "a worldwide ban on this torture"
const FOUND_DEAD_AFTER = 2   // sentences after "was found dead" in which a weapon or sign of violence may follow
const CAMPAIGN_WORDS = /^(?:rall|march|motorcade)/
// A strong phrase that only holds a rally ("held a rally in Kisumu"), not one against anything.
const RALLY_PHRASE = /\b(?:rally|rallies|motorcade)$/
const RALLY_AGAINST = /^\s+(?:against|to protest|to denounce|to condemn|to demand|in protest|over)\b/i
const ROUNDUP_GAP = 16     // "rounded up men at the market and shot them"
const RESPONSE_GAP = 3    // "deployed to the area", "had been sent in to the area"
const FUNDED_GAP = 8      // "to fund operations against al-Shabaab and the deployment"
const ENDED_GAP = 3       // "returned from a peacekeeping deployment"
const RECOVERED_GAP = 3   // "recovered the bodies"
const SEARCH_GAP = 8      // "searched wrecked cars in flooded underpasses for bodies"
const FLED_GAP = 3         // "fled the renewed fighting"
const FLED_BY_GAP = 8      // "were displaced from the town of Masisi by the fighting"
const FLED_BY = /\bby\s+(?:the\s+)?(?:renewed\s+|heavy\s+|recent\s+|ongoing\s+|latest\s+)?$/i
const HABIT_AFTER = 4      // "shell the city almost daily", "fighting terrorists every day"
const FLEE_GAP = 2         // "thousands of residents fled", "residents have fled"
const SPEAKER_GAP = 4      // "governor Seyi Makinde said"
const SAID = /^(?:said|says|told|announced|stated)$/i
const KIN_GAP = 6          // "whose father and two brothers were killed"
const NOMINAL_BEFORE = new Set(['NOUN', 'PROPN', 'NUM'])
const CAUSE_GAP = 12       // "Jihadist attacks in the centre and north of the country have also strained"
const TREND_GAP = 8        // "Attacks on security forces in the northwest have risen"
const CAMPAIGN_AFTER_GAP = 8 // "after years of military offensives and the surrender"
const TREND_GAP_PLURAL = 12 // "attacks on soldiers and on migrant workers from other parts of India have continued"
const NAMING_GAP = 3       // "it's a citizens' march"
const LOOKED_BACK_GAP = 3  // "a year after the deadly battle"
const LOOKED_BACK_CLAUSE = 12  // "ten years after the government and the Moro Islamic Liberation Front signed a"
const HEARD_GAP = 3       // "heard heavy bursts of gunfire"
const DEBATE_GAP = 3       // "ruling party lawmakers clashed"
const DEBATE_SUBJECT_GAP = 2   // "lawmakers clashed", "lawmakers also clashed"
/** Between a cause of death and its killing word: "floods that have so far killed", "the virus, which killed". */
const CAUSE_LINK = /^(?:,|that|which|have|has|had|already|so|far|now|reportedly|since|then)$/i
// Right after a court word, a verb of telling: the prosecutor is the source of the news (events/reported-speech).
const TELLS_AFTER = new RegExp(`^(?:['’]s)?\\s+(?:office\\s+)?${cueSource('reported-speech')}\\b`, 'i')
/** "was killed", "were reportedly shot": the act's subject is its victim. */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|got|is|are)\s+(?:\w+ly\s+)?$/i
/** "There was a demonstration": the existential copula reports the event. */
/** An excessive-force phrase that says its victims protested ("fired on protesters", "broke up a sit-in"). */
const PROTEST_IN_PHRASE = /protest|demonstrat|peace|sit-in/
/** ", part of a months-long" right before a campaign noun ("blockade", "offensive"; cues campaign-nouns). */
const CAMPAIGN_PART_BEFORE = /,\s+part\s+of\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}$/i
const CAMPAIGN_NOUN = new RegExp(`^(?:${cueSource('campaign-nouns')})$`, 'i')

/** Words right before a passive participle ("were seized") and words between a verb and its counted object ("captured six"). */
interface Sentence { from: number; to: number; span: Span }

/** One rejected hit: the rule id and the plain reason `--explain` shows. */
export interface Rejection { rule: string; reason: string }

/** The hits that stand; every dropped one leaves an `events` message with its rule id and span. */
export function gateHits(doc: Doc, g: GateKnowledge, ctx: DocContext, s: Sentence, hits: Hit[]): Hit[] {
  const view = sentenceView(doc, g, s, hits)
  // "Officers killed four of the kidnappers in a gunfight": the doers' noun, beside another act word, tells no act of its own.
  // "no contact from the kidnappers": the doers already told, named after a preposition, tell no act either.
  // "All four attackers died in the mall": the doers' own death, with no other act word nor day, is their fate after an act told before.
  const doerNoun = (h: Hit): boolean => g.doerNouns.has(doc.text.slice(h.span[0], h.span[1]).toLowerCase())
    && (hits.some((o) => o !== h && !doerNoun(o) && DOER_ACTS.has(o.family) && o.sub !== 'Abduction/forced disappearance')
      || OBJECT_THE.test(doc.text.slice(Math.max(s.span[0], h.span[0] - 12), h.span[0]))
      || (view.scan(g.doerDiedAfter).some((m) => m.first === h.last + 1) && !dayIn(doc, view)))
  const kept = hits.filter((h) => {
    if (doerNoun(h)) {
      say(doc, 'events', 'doer-noun', `"${h.phrase}" names the doers; the sentence's other act word tells what happened.`, { span: h.span, actual: h.sub })
      return false
    }
    const no = reject(doc, g, ctx, view, h)
    if (!no) return true
    say(doc, 'events', no.rule, `"${h.phrase}" (${h.sub}) is not an event here: ${no.reason}.`, { span: h.span, actual: h.sub })
    return false
  })
  // "Residents said they heard heavy gunfire": what witnesses heard is the sound of an act told elsewhere, a weak word.
  // "The fighting had calmed by Tuesday": the lull of an act told before, a weak word too.
  const heard = view.scan(g.heardBefore), heardAfter = view.scan(g.heardAfter), lull = view.scan(g.lullAfter)
  const after = (list: Match<true>[], h: Hit) => list.some((m) => m.first > h.last && m.first - h.last <= HEARD_GAP)
  // "Two rifles and a grenade were recovered at the scene": a weapon found where an act took place, with a verb of finding
  // followed closely by the scene (rule `scene-find`).
  // Scanned only when a sentence holds a weapon word: most sentences never ask.
  let found: boolean | undefined
  const sceneFind = (h: Hit): boolean => {
    if (h.family !== 'remote') return false
    if (found === undefined) {
      const scenes = view.scan(g.sceneAfter)
      found = scenes.length > 0 && view.scan(g.findVerbs).some((f) => scenes.some((p) => p.first > f.last && p.first - f.last <= 3))
    }
    return found
  }
  for (let i = 0; i < kept.length; i++) {
    const h = kept[i]
    if (h.family !== 'battle' && h.family !== 'remote') continue
    // A weak word heard ("explosions rang out") is marked too: with no armed side it tells no incident (classify).
    if (h.weight <= 1) {
      if (heard.some((m) => m.last < h.first && h.first - m.last <= HEARD_GAP) || after(heardAfter, h)) kept[i] = { ...h, heard: true }
      continue
    }
    if (heard.some((m) => m.last < h.first && h.first - m.last <= HEARD_GAP) || after(heardAfter, h)) {
      kept[i] = { ...h, weight: 1, heard: true }
      say(doc, 'events', 'heard-only', `"${h.phrase}" is what witnesses heard: the sound of an act, a weak word.`, { span: h.span, actual: h.sub })
    } else if (sceneFind(h)) {
      kept[i] = { ...h, weight: 1, heard: true }
      say(doc, 'events', 'scene-find', `"${h.phrase}" was found at the scene of an act told before: its aftermath, a weak word.`, { span: h.span, actual: h.sub })
    } else if (after(lull, h)) {
      kept[i] = { ...h, weight: 1, heard: true }
      say(doc, 'events', 'lull-only', `"${h.phrase}" is told as calming or ended: the act told before, a weak word.`, { span: h.span, actual: h.sub })
    }
  }
  // "until it withdrew from cities and civilian homes it had seized": the places a side holds, after a noun, no act of the day.
  // Scanned only when a territory word is kept: most sentences never ask.
  const held = kept.some((h) => h.family === 'territory') ? view.scan(g.heldBefore) : []
  for (let i = kept.length - 1; i >= 0; i--) {
    const h = kept[i]
    if (h.family !== 'territory') continue
    const m = held.find((x) => x.last === h.first - 1)
    const before = m ? m.first - 1 : -1
    if (!m || before < s.from || doc.tokens.pos[before] !== 'NOUN' || doc.dates.some((d) => d.span[0] <= doc.tokens.start[before] && doc.tokens.end[before] <= d.span[1])) continue
    say(doc, 'events', 'held-places', `"${h.phrase}" (${h.sub}) is not an event here: "${doc.text.slice(doc.tokens.start[before], h.span[1])}" names the places a side holds, not a taking of the day.`, { span: h.span, actual: h.sub })
    kept.splice(i, 1)
  }
  // Weak words alone ("shot", "bodies", "engaged") need someone doing something: a weapon, an armed side or a crowd.
  // Not "police": they find bodies and give statements.
  const agent = view.weapon || view.armedAgent || view.actor || view.any(g.crowdAgents) || view.any(g.mobAgents) || view.any(g.political)
  if (kept.length && kept.every((h) => h.weight <= 1 && (HARM.has(h.family) || h.family === 'protest')) && !agent) {
    for (const h of kept) say(doc, 'events', 'weak-alone', `"${h.phrase}" (${h.sub}) is a weak word with no weapon, armed side or crowd in the sentence.`, { span: h.span, actual: h.sub })
    return []
  }
  // "The governor entered the centre of Oicha": a weak word of taking ground needs an armed side to take it.
  if (kept.length && kept.every((h) => h.weight <= 1 && h.family === 'territory' && g.entryWords.test(h.phrase)) && !view.armedAgent) {
    for (const h of kept) say(doc, 'events', 'weak-alone', `"${h.phrase}" (${h.sub}) is a weak word of taking ground with no armed side in the sentence.`, { span: h.span, actual: h.sub })
    return []
  }
  // "Thousands were displaced when M23 rebels entered the town of X": the entry of a named town is a taking only with
  // fighting told in its sentence ("entered the town of Walikale after fighting on its outskirts", rule entry-after-fighting).
  if (!kept.some((h) => h.family === 'battle')) {
    const entries = kept.filter((h) => h.weight <= 1 && h.family === 'territory' && g.townEntryWords.test(h.phrase))
    for (const h of entries) {
      say(doc, 'events', 'entry-without-fighting', `"${h.phrase}" (${h.sub}) enters a town with no fighting told in the sentence: no taking.`, { span: h.span, actual: h.sub })
      kept.splice(kept.indexOf(h), 1)
    }
  }
  return kept
}

type View = ReturnType<typeof sentenceView>

// Every token of every sentence with a hit is asked these: ASCII letters are told apart by their codes, and a Unicode
// property test runs only on a word with other characters (the same answer either way).
const LETTER = /\p{L}/u, UPPER_START = /^\p{Lu}/u
/** Whether `w` holds a letter (`/\p{L}/u`). */
export function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c >= 128) return LETTER.test(w)
    if ((c | 32) >= 97 && (c | 32) <= 122) return true
  }
  return false
}
/** Whether `w` starts with an upper-case letter (`/^\p{Lu}/u`). */
export function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0)
  return c >= 128 ? UPPER_START.test(w) : c >= 65 && c <= 90
}

/** Whether `test` holds for some index in [from, to). */
function someIndex(from: number, to: number, test: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (test(i)) return true
  return false
}

/** The sentence's lists, scanned once on demand. */
function sentenceView(doc: Doc, g: GateKnowledge, s: Sentence, hits: Hit[]) {
  const t = doc.tokens
  const memo = new Map<PhraseIndex<true>, Match<true>[]>()
  const scan = (index: PhraseIndex<true>) => {
    let m = memo.get(index)
    if (!m) memo.set(index, (m = index.scan(t, s.from, s.to)))
    return m
  }
  const any = (index: PhraseIndex<true>) => scan(index).length > 0
  const words: number[] = []
  for (let i = s.from; i < s.to; i++) if (hasLetter(t.value[i])) words.push(i)
  const capital = words.filter((i) => startsUpper(t.value[i])).length
  const upper = words.filter((i) => t.value[i].length > 1 && t.value[i] === t.value[i].toUpperCase()).length
  // Headlines in title case and wire copy in capitals: capitals there say nothing about names.
  const caseless = words.length > 0 && (capital > 0.6 * words.length || upper > 0.6 * words.length)
  // "A troop of baboons", "an army of ants": a side's noun naming a band of animals is no side.
  const herd = (span: readonly [number, number]) => scan(g.animals).some((m) => /^\s+of\s+(?:\S+\s+)?$/.test(doc.text.slice(span[1], t.start[m.first])))
  const sides = doc.actors.filter((a) => a.span[0] >= s.span[0] && a.span[1] <= s.span[1] && !herd(a.span))
  const armedActor = sides.some((a) => !a.generic
    && a.role === 'armed' && !a.name.startsWith('Government of') && !a.name.startsWith('Police Forces'))
  // Any side named by the actors stage: a group, a force, protesters, rioters (the police find bodies and speak: not them).
  const actor = sides.some((a) => !a.name.startsWith('Police Forces')
    && (a.role === 'armed' || a.role === 'protester' || a.role === 'rioter'))
  const covered = (i: number) => hits.some((h) => i >= h.first && i <= h.last)
  const protest = hits.some((h) => h.family === 'protest')
  const protestStrong = hits.some((h) => h.family === 'protest' && h.weight > 1)
  const strongProtests = hits.filter((h) => h.family === 'protest' && h.weight > 1).map((h) => h.phrase.toLowerCase())
  // A word of an armed attack or killing in the sentence (civilian or battle family, not a riot word).
  const attack = hits.some((h) => (h.family === 'civilian' || h.family === 'battle') && h.sub !== 'Violent demonstration')
  return { s, hits, scan, any, words, caseless, armedActor, actor, covered, protest, protestStrong, strongProtests, attack, weapon: any(g.weapons), armedWord: any(g.armedAgents), armedAgent: armedActor || any(g.armedAgents) }
}

/** The first token of the sentence `n` sentences before the one that opens at token `from` (or of the text). */
function sentencesBack(doc: Doc, from: number, n: number): number {
  const t = doc.tokens
  const si = t.sentence[from]
  let i = from
  while (i > 0 && t.sentence[i - 1] >= si - n) i--
  return i
}

const isCapital = (w: string) => /^\p{Lu}/u.test(w) && w !== w.toUpperCase()

/**
 * A trigger word capitalised inside a sentence written in ordinary case is a name ("Battle Creek",
 * "a Shell station", "the Air Force"), unless the word is a name itself ("Molotov cocktails").
 */
function inName(doc: Doc, g: GateKnowledge, v: View, h: Hit): boolean {
  const t = doc.tokens
  // "Riot Games, the maker of League of Legends", then "Riot's esports business": a name the story gives (gate.yaml
  // `trigger_names`) makes the capitalised word a name wherever it stands, a sentence's start too.
  if (!v.caseless && isCapital(t.value[h.first]) && g.triggerNames.scan(t).some((m) => t.value[m.first] === t.value[h.first])) return true
  if (v.caseless || h.first === v.words[0] || !isCapital(t.value[h.first])) return false
  if (/^[“"‘'(:—–-]$/.test(t.value[h.first - 1] ?? '')) return false   // a quotation or a label opens: a sentence start
  return g.properTriggers.at(t, h.first).length === 0
}

// Each hit asked every sense (some hundred word sets) whether it holds the hit's phrase or word: the senses are
// indexed by their words once, and a hit reads the few that hold it, in their order in gate.yaml.
const senseIndex = new WeakMap<readonly Sense[], Map<string, number[]>>()
const NO_SENSE: readonly Sense[] = []
export function sensesOf(senses: readonly Sense[], phrase: string, norm: string): readonly Sense[] {
  let index = senseIndex.get(senses)
  if (!index) {
    index = new Map()
    senses.forEach((sense, i) => { for (const w of sense.words) { const list = index!.get(w); if (list) list.push(i); else index!.set(w, [i]) } })
    senseIndex.set(senses, index)
  }
  const a = index.get(phrase), b = norm === phrase ? undefined : index.get(norm)
  if (!a && !b) return NO_SENSE
  const picked = !b ? a! : !a ? b : [...new Set([...a, ...b])].sort((x, y) => x - y)
  return picked.map((i) => senses[i])
}

function reject(doc: Doc, g: GateKnowledge, ctx: DocContext, v: View, h: Hit): Rejection | null {
  const t = doc.tokens
  const first = t.value[h.first]
  const norm = t.norm[h.first]
  const next = t.kind[h.last + 1]
  if (g.months.has(norm) && /^\p{Lu}/u.test(first) && (next === 'number' || (h.first !== v.words[0] && !v.caseless))) {
    return { rule: 'month-name', reason: `"${first}" is the month` }
  }
  if (inName(doc, g, v, h)) return { rule: 'proper-name', reason: `"${first}" is capitalised inside a run of capitalised words: part of a name` }
  const phrase = h.phrase.toLowerCase()
  const harm = HARM.has(h.family)
  // "set fire to 40 fuel trucks, part of an offensive the group has waged on the capital": the campaign the act told before
  // it is part of is no act of its own (rule campaign-part; cues campaign-nouns).
  if (CAMPAIGN_NOUN.test(phrase) && CAMPAIGN_PART_BEFORE.test(doc.text.slice(v.s.span[0], h.span[0])) && someIndex(v.s.from, h.first, v.covered)) {
    return { rule: 'campaign-part', reason: `the act told before it is "part of" the ${phrase}: a campaign, no act of its own` }
  }
  if (h.sub === 'Other' && /^(?:released|freed)\b/.test(phrase) && v.any(g.swapWords)) {
    return { rule: 'swap-release', reason: 'the sentence tells a swap: the captives released are the exchange, not a release of its own' }
  }
  for (const sense of sensesOf(g.senses, phrase, norm)) {
    if (harm && v.armedWord && !sense.evenArmed) continue    // "militants executed a spy after a court of their own": the armed side decides
    // Most senses look a few words either side; a `sentence` sense anywhere in the sentence ("evacuated 60 schools ... after bomb threats").
    // With `before` (sentences_before), from the start of that many sentences before: "a bomb from the Second World War
    // found by builders ... The bomb disposal team removed the detonator".
    const [from, to] = sense.sentence ? [sense.before ? sentencesBack(doc, v.s.from, sense.before) : v.s.from, v.s.to] : [Math.max(v.s.from, h.first - SENSE_WINDOW), Math.min(v.s.to, h.last + SENSE_WINDOW + 1)]
    const company = sense.company.scan(t, from, to).find((m) => m.first !== h.first || m.last !== h.last)
    if (company) return { rule: 'false-friend', reason: `with "${text(doc, company)}" the word has its everyday sense` }
  }
  // "Precision strikes are part of our strategy" in a story of air strikes: the military sense, not a labour strike.
  // "Baghdad has protested against the strikes": a government's note of protest (rule diplomatic-protest) is no word of
  // work or protest beside the strike (rule military-strike, artev23).
  if (h.family === 'protest' && g.strikeWords.has(phrase) && ctx.counts.militaryStrikes > 0
    && !v.scan(g.labourStrike).some((m) => !diplomaticSubject(doc, g, v, { ...h, first: m.first, last: m.last }))) {
    return { rule: 'military-strike', reason: `the story tells strikes from the air or by missiles (${ctx.counts.militaryStrikes}): "${h.phrase}" with no word of work or protest beside it is one of them` }
  }
  // "Israel launched strikes on Iran's nuclear and military sites": a strike aimed at sites, positions or bases is one from
  // the air or by missiles, even where no other word of the story says so (rule `strike-on-target`).
  if (h.family === 'protest' && g.strikeWords.has(phrase) && !v.any(g.labourStrike) && g.strikeHarm.test(doc.text.slice(h.span[1], Math.min(v.s.span[1], h.span[1] + 80)))) {
    return { rule: 'military-strike', reason: `"${h.phrase}" killed, wounded or destroyed: a strike from the air or by missiles, no labour strike (rule strike-harm)` }
  }
  // "Villagers killed in new army strike": the dead told before it, killed "in" or "by" the strike (rule harm-in-strike).
  if (h.family === 'protest' && g.strikeWords.has(phrase) && !v.any(g.labourStrike) && g.harmInStrike.test(doc.text.slice(Math.max(v.s.span[0], h.span[0] - 60), h.span[0]))) {
    return { rule: 'military-strike', reason: `people were killed or wounded in "${h.phrase}": a strike from the air or by missiles, no labour strike (rule harm-in-strike)` }
  }
  if (h.family === 'protest' && g.strikeWords.has(phrase) && !v.any(g.labourStrike) && g.strikeTargets.test(doc.text.slice(h.span[1], Math.min(v.s.span[1], h.span[1] + 80)))) {
    return { rule: 'military-strike', reason: `"${h.phrase}" is aimed at a target (sites, positions, bases): a strike from the air or by missiles, no labour strike` }
  }
  // "45,000 dockworkers continued their strike": workers staying away from work. ACLED codes the strikers' demonstration,
  // not the stoppage, so a bare "strike" is a protest only with strikers gathered in its sentence (rule `walkout`). A strike
  // with a named actor or a political side ("the opposition enforced a series of strikes", a hartal) is left to the next stages.
  // The sentence after may tell the gathering ("Nurses will go on strike. 'We will march to parliament,' ...").
  // The political side must act: before the word or as its agent ("strikes called by the opposition"), not a minister after
  // it who only judges it ("the strike had been illegal, and the minister called it treasonable").
  if (h.family === 'protest' && (g.strikeWords.has(phrase) || g.stoppageWords.has(phrase)) && !v.actor && !v.scan(g.political).some((m) => acting(doc, m.first, m.last, h)) && !v.any(g.strikeGathering) && !phrasesAfter(doc, g.strikeGathering, v.s.to, 1)) {
    return { rule: 'walkout', reason: `"${h.phrase}" with no march, rally, picket or crowd gathered in its sentence or the next: a work stoppage, no demonstration` }
  }
  // "They were brutally attacked on the road": force that names no protest is force against protesters only where one is told.
  if (h.sub === 'Excessive force against protesters' && !PROTEST_IN_PHRASE.test(phrase) && !v.any(g.protestContext) && !ctx.counts.protest) {
    return { rule: 'no-protest', reason: `"${h.phrase}" names no protest, and the story tells none: not force against protesters` }
  }
  // "It's not a political march, it's a citizens' march": the word names what an event is, it reports none.
  // Not "there was a demonstration", which reports one; nor where a crowd is told before it in the sentence ("Thousands joined a rally; it was a protest against the tax"): that reports one.
  const naming = h.family === 'protest' && ![...v.scan(g.crowdAgents), ...v.scan(g.mobAgents)].some((m) => m.last < h.first)
    ? v.scan(g.namingBefore).find((m) => m.last < h.first && h.first - m.last <= NAMING_GAP && !g.existential.has(doc.tokens.norm[m.first - 1] ?? '')) : undefined
  if (naming) return { rule: 'naming', reason: `"${text(doc, naming)} … ${h.phrase}" says what something is called, it reports no protest` }
  const state = h.family === 'protest' ? diplomaticSubject(doc, g, v, h) : null
  if (state) return { rule: 'diplomatic-protest', reason: `"${state} … ${h.phrase}": a government's note of protest, not people in the street` }
  const metaphor = v.scan(g.metaphors).find((m) => m.first <= h.last && m.last >= h.first)
  if (metaphor) return { rule: 'figurative', reason: `"${text(doc, metaphor)}" is a figure of speech` }
  if (g.fightWords.has(norm)) {
    const object = v.scan(g.abstractObjects).find((m) => m.first > h.last && m.first - h.last <= OBJECT_WINDOW)
    if (object) return { rule: 'figurative', reason: `the fight is against "${text(doc, object)}", not people` }
    // "Lawmakers clashed in Congress over the strategy": politicians fighting, with no weapon or armed side, argue.
    // With an armed word elsewhere in the sentence ("lawmakers clashed over the defence budget, warning that cuts had left
    // the army unable to guard the borders"), only the fight word's own subject right before it, with no "with" after it.
    const debaters = !(v.weapon || v.armedAgent) ? debatersBefore(doc, g, v, h, DEBATE_GAP)
      : doc.tokens.norm[h.last + 1] !== 'with' ? debatersBefore(doc, g, v, h, DEBATE_SUBJECT_GAP) : undefined
    if (debaters) return { rule: 'debate', reason: `"${text(doc, debaters)} … ${h.phrase}": politicians fighting with no weapon or armed side, a row, not combat` }
    // "walked out after a heated clash with the Senate President over the budget": the fight is with a politician, a row.
    const partner = v.weapon || v.armedAgent ? undefined : debatePartnerAfter(doc, g, v, h)
    if (partner) return { rule: 'debate', reason: `"${h.phrase} with … ${text(doc, partner)}": a fight with a politician, with no weapon or armed side, a row, not combat` }
  }
  // "deputies from both sides gathered in front of the speaker's podium": politicians crowding a chamber, no protest.
  if (h.family === 'protest' && g.debateGatherings.has(h.phrase.toLowerCase()) && !v.weapon && !v.armedAgent) {
    const debaters = debatersBefore(doc, g, v, h, DEBATE_GAP + 1)
    if (debaters) return { rule: 'debate', reason: `"${text(doc, debaters)} … ${h.phrase}": politicians crowding together in a row, no protest` }
  }
  // "the issue of sexual violence", "a ban on torture": the act named as a subject, not done.
  // Also the second noun of a coordination the topic words reach ("citing the risk of attacks by insurgents and
  // kidnapping"): an act word right after "and"/"or", another act word within reach of the topic words before it.
  const topic = v.scan(g.topic).find((m) => m.last < h.first && (h.first - m.last <= TOPIC_GAP || coordinated(doc, g, v.hits, m, h)))
  if (topic) return { rule: 'topic', reason: `"${text(doc, topic)}" names the act as a subject of talk, not an act done` }
  const plotted = v.scan(g.plotted).find((m) => m.last < h.first && h.first - m.last <= TOPIC_GAP)
  if (plotted) return { rule: 'plotted', reason: `"${text(doc, plotted)}" says what part someone is taken to have played in acts not told here, no act done` }
  // "a shooting threat", "the bomb scare": a threat or rumour of the act.
  // After a copula too: "the mall shooting is a hoax", "the bombing was only a rumour".
  let after = h.last + 1
  while (after < t.count && after - h.last <= 3 && g.copulaAfter.has(t.norm[after])) after++
  const threat = after < t.count && t.sentence[after] === t.sentence[h.first] ? g.threatAfter.at(t, after)[0] : undefined
  if (threat) return { rule: 'threat', reason: `"${h.phrase} ${text(doc, threat)}": a threat, scare or rumour, not an act` }
  // Not "claimed responsibility for a suicide bombing at a mosque in Balkh that killed 12": an act brought in with "a" is
  // told here for the first time, whoever claims it (rule attribution-new-act).
  const attribution = v.scan(g.attribution).find((m) => m.last < h.first) && !newAct(t, h.first)
  if (attribution) return { rule: 'attribution', reason: `the sentence says who is to blame ("${text(doc, v.scan(g.attribution).find((m) => m.last < h.first)!)}"); the act itself is reported elsewhere` }
  const modal = v.scan(g.hypothetical).find((m) => m.last < h.first && h.first - m.last <= MODAL_GAP)
  if (modal) return { rule: 'hypothetical', reason: `"${text(doc, modal)}": the act is possible, not done` }
  // "vehicles that can withstand roadside bombs and small arms fire": the weapons armour is built to bear, no act.
  const guard = harm ? v.scan(g.protection).find((m) => m.last < h.first && h.first - m.last <= PROTECT_GAP && sameClause(doc, g, m, h)) : undefined
  if (guard) return { rule: 'protection', reason: `"${text(doc, guard)}": what armour or a shelter is built to bear, not an act` }
  // "a civil defence group that formed to pull people out of the rubble of air strikes": the act as a noun inside what a
  // group was formed for, no comma between. Not a verb: "a militia formed to guard the farms attacked a convoy" tells one.
  const purpose = harm && NOMINAL.has(t.pos[h.first]) ? v.scan(g.foundingPurpose).find((m) => m.last < h.first && h.first - m.last <= PURPOSE_GAP
    && sameClause(doc, g, m, h) && !t.value.slice(m.last + 1, h.first).includes(',')) : undefined
  if (purpose) return { rule: 'founding-purpose', reason: `"${text(doc, purpose)}": the act is what a group was formed for, not one done` }
  // "a farm that was used by the gang to hold captives and kill those who would not pay": what a site served for, the act
  // as an infinitive (right after "to", or joined to one by "and"/"or"), no act of the day.
  const prev = t.norm[h.first - 1]
  const joined = (prev === 'and' || prev === 'or') && !/(ed|ing)$/.test(t.norm[h.first])
  const use = v.scan(g.siteUse).find((m) => {
    if (m.last >= h.first || h.first - m.last > PURPOSE_GAP || !sameClause(doc, g, m, h)) return false
    const to = t.norm[m.last] === 'to' ? m.last : t.norm.indexOf('to', m.last + 1)
    if (to < 0 || to >= h.first || NOT_INFINITIVE.has(t.pos[to + 1]) || t.value.slice(to + 1, h.first).includes(',')) return false
    // the infinitive, its object right after it, a noun further in, or a verb joined to it
    return h.first <= to + 2 || !VERBAL.has(t.pos[h.first]) || joined
  })
  // "the multinational force helping the police fight gangs": a bare fight word after the one helped is a standing aim.
  const helped = g.bareFight.has(norm) ? v.scan(g.helpAim).find((m) => m.last < h.first && h.first - m.last <= HELP_GAP && sameClause(doc, g, m, h)
    && !t.value.slice(m.last + 1, h.first).includes(',')) : undefined
  if (helped) return { rule: 'help-aim', reason: `"${text(doc, helped)} … ${h.phrase}": the fight a force helps with, its standing aim, not a fight of the day` }
  // "a square given the name of a unit that fought rebels in the north": whom a name honours, told in a relative clause
  // right after the name words, with no day in the sentence: a past the name recalls, not an act of the day. (Round 28n: a day
  // before the name words is the honouring's: "ran through Niamey on Sunday in a race held in memory of soldiers who have
  // died fighting jihadist groups".)
  const honoured = harm ? v.scan(g.nameHonours).find((m) => m.last < h.first && h.first - m.last <= HONOUR_GAP && !dayIn(doc, v, t.start[m.first])
    && sameClause(doc, g, m, h) && t.norm.slice(m.last + 1, h.first).some((w) => w === 'who' || w === 'that' || w === 'which')) : undefined
  if (honoured) return { rule: 'name-honours', reason: `"${text(doc, honoured)} … ${h.phrase}": whom a name honours, a past it recalls, not an act of the day` }
  if (use) return { rule: 'site-use', reason: `"${text(doc, use)} … ${h.phrase}": what a place or thing was used for, not an act done` }
  // "residents fear that those returning include men who killed their relatives": a fear, with no day, tells no act.
  const fear = harm && !dayIn(doc, v) ? v.scan(g.fearThat).find((m) => m.last < h.first && sameClause(doc, g, m, h)) : undefined
  if (fear) return { rule: 'feared', reason: `"${text(doc, fear)}": what people fear, with no day of its own, not an act told` }
  const unknown = v.scan(g.unknownCount).find((m) => m.last < h.first && h.first - m.last <= UNKNOWN_WINDOW)
  if (unknown && HARM.has(h.family)) return { rule: 'unknown-count', reason: `"${text(doc, unknown)}": a question about casualties, not a report of any` }
  // An arrest in a crime story is policing, unless a political side or crowd is named in the sentence.
  // "intercepted a human trafficker": a generic word of a disrupted act needs a weapon, an aircraft or an attack named.
  if (h.sub === 'Disrupted weapons use' && g.disruptedGeneric.has(h.phrase.toLowerCase()) && !v.weapon && !v.any(g.disruptedObjects)) {
    return { rule: 'no-weapon', reason: `"${h.phrase}" with no weapon, aircraft or attack named in the sentence: not a disrupted act of war` }
  }
  // "The ceasefire will take effect on Aug. 3": an agreement named as a noun whose first verb has it to take effect, or holding.
  if (h.sub === 'Agreement' && NOMINAL.has(t.pos[h.last])) {
    const inForce = v.scan(g.agreementInForce).find((m) => m.first > h.last && m.first - h.last <= IN_FORCE_GAP && sameClause(doc, g, m, h)
      && !t.norm.slice(h.last + 1, m.first).some((w, i) => g.relativeWords.has(w) || VERBAL.has(t.pos[h.last + 1 + i])))
    if (inForce) return { rule: 'agreement-in-force', reason: `"${h.phrase} … ${text(doc, inForce)}": an agreement made before, taking effect or kept, not one made` }
    // "groups have signed and then broken local peace agreements": the agreement broken was made before.
    const broken = v.scan(g.agreementBrokenBefore).find((m) => m.last < h.first && h.first - m.last <= 3 && sameClause(doc, g, m, h))
    if (broken) return { rule: 'agreement-in-force', reason: `"${text(doc, broken)} … ${h.phrase}": an agreement broken, made before, not one made` }
  }
  // "He surrendered in the Central African Republic in 2020": one person giving himself up, no agreement between sides.
  if (h.sub === 'Agreement' && /^surrender/.test(phrase)) {
    const lone = v.scan(g.loneSurrenderBefore).find((m) => m.last === h.first - 1)
    if (lone) return { rule: 'lone-surrender', reason: `"${text(doc, lone)} ${h.phrase}": one person giving himself up, no agreement between sides` }
  }
  // "the 36-year war, which ended with peace accords in 1996": how a war named right before ended, its history.
  if (h.sub === 'Agreement') {
    const wars = v.scan(g.warNouns)
    // gaps25: the war may carry where it was fought, a name and a comma between ("the war in Tigray, which ended with").
    const named = (w: Match<true>, m: Match<true>) => m.first - w.last <= WAR_END_NAMED_GAP && t.norm[w.last + 1] === 'in'
      && t.norm.slice(w.last + 2, m.first).every((x, i) => x === ',' || PROPER_TAG.has(t.pos[w.last + 2 + i]))
    const ended = v.scan(g.warEnded).find((m) => m.last < h.first && h.first - m.last <= WAR_END_GAP && wars.some((w) => w.last < m.first && (m.first - w.last <= 2 || named(w, m))))
    if (ended) return { rule: 'war-end', reason: `"${text(doc, ended)} … ${h.phrase}": how a war ended, its history, not an agreement of its own` }
    // "seized the city in a surprise attack during the holiday truce": the truce is when an act was done, no agreement made.
    const during = NOMINAL.has(t.pos[h.last]) ? v.scan(g.agreementFrameBefore).find((m) => m.last < h.first && h.first - m.last <= AGREEMENT_FRAME_GAP && sameClause(doc, g, m, h)) : undefined
    if (during) return { rule: 'agreement-frame', reason: `"${text(doc, during)} … ${h.phrase}": the agreement is the time of something else, not one made` }
  }
  // "threatening to kill the captives if it was not paid": a threat held over a demand, no act done or planned.
  if (harm) {
    // The act and the words it takes up to the condition ("to kill the hostages if"): "hostages" there are no new captives.
    const threat = v.scan(g.threatBefore).find((m) => m.last < h.first && h.first - m.last <= THREAT_GAP + CONDITION_GAP && sameClause(doc, g, m, h))
    const condition = threat ? v.scan(g.threatCondition).find((m) => m.first > h.last && m.first - threat.last <= THREAT_GAP + CONDITION_GAP
      && sameClause(doc, g, m, h)) : undefined
    if (threat && condition) return { rule: 'conditional-threat', reason: `"${text(doc, threat)} ${h.phrase} … ${text(doc, condition)}": a threat held over a demand, no act` }
  }
  // "The province has been one of the most violent for decades, fought over by the ELN and former FARC fighters": a place
  // contested by sides, told as what it is, with no day of its own; no battle told.
  if (harm && !dayIn(doc, v)) {
    const contested = g.contestedAfter.at(t, h.last + 1)[0]
    if (contested && t.sentence[h.last + 1] === t.sentence[h.first]) return { rule: 'contested-place', reason: `"${h.phrase} ${text(doc, contested)}": a place contested by sides, with no day, no battle told` }
  }
  // "after the Houthis began firing missiles at merchant ships in late 2023": the start of a campaign, with no day of its own
  // (the act right after the start word, or after "to" or a gerund and the nouns coordinated with it: "began firing
  // missiles and drones", "started to shell").
  // Only with a coarser date in the sentence ("in late 2023", "in March"): "Rioters started fires in the city centre" told
  // after the day's lead is the day's act.
  if (harm && !dayIn(doc, v) && dateIn(doc, v)) {
    const began = v.scan(g.campaignBegan).find((m) => {
      const between = t.norm.slice(m.last + 1, h.first)
      return m.last < h.first && between.length <= CAMPAIGN_START_GAP && (between.length === 0 || ((between[0] === 'to' || /ing$/.test(between[0]))
        && between.slice(1).every((w, i) => w === 'and' || w === 'or' || w === ',' || t.pos[m.last + 2 + i] === 'NOUN')))
    })
    if (began) return { rule: 'campaign-start', reason: `"${text(doc, began)} ${h.phrase}": when a campaign began, with no day, not an act of its own` }
  }
  // "the nine-month battle to retake Mosul": the taking a campaign aims at, not a place taken.
  const aim = h.family === 'territory' ? v.scan(g.campaignAim).find((m) => m.last === h.first - 1) : undefined
  if (aim) return { rule: 'campaign-aim', reason: `"${text(doc, aim)} ${h.phrase}": what a campaign aims at, not a place taken` }
  // "signed a deal to buy Turkish combat drones": a purchase or a sale, not an agreement between sides of a conflict.
  const purchase = h.sub === 'Agreement' ? v.scan(g.purchaseAfter).find((m) => m.first > h.last && m.first - h.last <= PURCHASE_GAP) : undefined
  if (purchase && !v.any(g.agreementContext)) return { rule: 'purchase', reason: `"${h.phrase} … ${text(doc, purchase)}": a deal to buy or sell, not an agreement between sides of a conflict` }
  // "held talks with China on arms control": diplomacy; ACLED's agreements are between sides of a conflict.
  if (h.sub === 'Agreement' && g.agreementGeneric.has(phrase) && !v.armedAgent && !v.any(g.agreementContext)) {
    return { rule: 'no-conflict-side', reason: `"${h.phrase}" with no armed side and no word of peace, captives or war in the sentence: diplomacy, not an agreement of a conflict` }
  }
  // "Judges found that fighters rounded up the men": what a court found is the case's subject, not an act of the day.
  const finding = v.scan(g.courtFindings).find((m) => m.last < h.first && sameClause(doc, g, m, h))
  if (finding) return { rule: 'court-finding', reason: `"${text(doc, finding)}": the act is what a court case is about, not new violence` }
  // Round 32n: "According to the indictment, militiamen attacked thousands of people ... Survivors told investigators the
  // killings lasted three days": "the killings" naming no one, with no weapon, armed side, toll, day or place of their own,
  // in a story whose killings told so far were a court case's, are that case's acts again.
  const caseAgain = g.killingNouns.has(norm) && t.norm[h.first - 1] === 'the' && !v.weapon && !v.armedAgent && !concrete(doc, v)
    ? doc.messages.find((m) => (m.rule === 'court-finding' || m.rule === 'court-proceeding') && m.span && m.span[1] <= h.span[0]) : undefined
  if (caseAgain) return { rule: 'court-finding', reason: `"the ${h.phrase}" names no one, and the acts told before are what a court case is about ("${doc.text.slice(caseAgain.span![0], caseAgain.span![1])}")` }
  // "Months of bombardment destroyed much of the water network": a span of time opening the sentence is the doer, a
  // campaign's work summed, not an act of a day.
  // So too opening a reported clause: "saying that years of attacks had left thousands of people displaced".
  const span = harm || h.family === 'strategic' ? v.scan(g.campaignSpans).find((m) => (m.first === v.words[0] || (m.first > v.words[0] && t.norm[m.first - 1] === 'that'))
    && m.last < h.first && sameClause(doc, g, m, h)) : undefined
  if (span && !dayIn(doc, v) && !tollIn(doc, v)) return { rule: 'campaign-subject', reason: `"${text(doc, span)}" is the doer: a campaign's work summed, not an act of a day` }
  // "Its strength has dwindled after years of military offensives and the surrender of hundreds of its members": acts in a
  // clause opened by "after years of", with no day nor toll, are a campaign summed as the cause of a state (rule campaign-after).
  const spanAfter = harm || h.family === 'strategic' ? v.scan(g.campaignSpans).find((m) => m.first > v.words[0] && (t.norm[m.first - 1] === 'after' || t.norm[m.first - 1] === 'following')
    && m.last < h.first && h.first - m.last <= CAMPAIGN_AFTER_GAP && sameClause(doc, g, m, h)) : undefined
  if (spanAfter && !dayIn(doc, v) && !tollIn(doc, v)) return { rule: 'campaign-after', reason: `"after ${text(doc, spanAfter)} … ${h.phrase}": a campaign summed as a cause, not an act of a day` }
  // Round 28n: a war's span as the time of something else ("warships that sank there during six months of fighting for the
  // island", "residents who lived in the old city during the nine months of fighting to retake it"), with no day nor toll:
  // the length of a past fight, no act of a day (rule campaign-during).
  const spanDuring = harm || h.family === 'strategic' ? v.scan(g.campaignSpans).find((m) => m.first > v.words[0] && g.duringWords.has(t.norm[spanOpener(doc, g, m.first)] ?? '')
    && m.last < h.first && h.first - m.last <= CAMPAIGN_AFTER_GAP && sameClause(doc, g, m, h)) : undefined
  if (spanDuring && !dayIn(doc, v) && !tollIn(doc, v)) return { rule: 'campaign-during', reason: `"${t.value[spanOpener(doc, g, spanDuring.first)]} … ${text(doc, spanDuring)} … ${h.phrase}": the length of a fight, no act of a day` }
  // "a baker who keeps his oven running for his neighbours throughout the siege": a fight named as the time of something
  // else, with no day nor toll in the sentence: the time, no act of its own.
  if ((harm || h.family === 'strategic') && g.frameFights.has(t.norm[h.first]) && h.first === h.last && t.norm[h.first - 1] === 'the'
    && g.duringWords.has(t.norm[h.first - 2] ?? '') && h.first - 2 > v.words[0] && !dayIn(doc, v) && !tollIn(doc, v)) {
    return { rule: 'campaign-during', reason: `"${t.value[h.first - 2]} the ${h.phrase}": a fight named as the time of something else, no act of a day` }
  }
  // "the detention of UN staff by the Houthis had forced agencies to scale back": a lasting act named as a cause, in the perfect.
  // A gerund as the subject counts as a noun ("where fighting between the army and rebels has driven thousands into camps"),
  // not one after its doer ("rebels fighting the army have forced ...").
  const gerundSubject = h.first === h.last && /ing$/i.test(t.norm[h.first]) && !['NOUN', 'PROPN', 'PRON'].includes(t.pos[h.first - 1] ?? '')
  const lastingCause = (harm || h.family === 'strategic') && (NOMINAL.has(t.pos[h.first]) || gerundSubject)
    ? v.scan(g.lastingCauseAfter).find((m) => m.first > h.last && ((m.first - h.last <= CAUSE_GAP && sameClause(doc, g, m, h)) || nounApposition(doc, h.last, m.first))) : undefined
  if (lastingCause && !dayIn(doc, v) && !tollIn(doc, v)) return { rule: 'lasting-cause', reason: `"${h.phrase} … ${text(doc, lastingCause)}": a lasting act named as the cause of a state, not an act of the day` }
  // "The report, which covers 2023, said drone strikes had hit markets": a report's summary of a period, with no day of its own.
  // Before the act or after it ("Armed groups recruited 8,600 children, the report said").
  const report = harm || h.family === 'strategic' ? v.scan(g.reportSources)[0] : undefined
  // A war or act long past in the sentence is history first (rule `history`, below, names why).
  if (report && !dayIn(doc, v) && !(harm && v.any(g.history))) return { rule: 'report-summary', reason: `told on the word of "${text(doc, report)}" with no day of its own: a report's summary of a period, not an incident` }
  // "police had arrested more than 100,000 suspects and seized 1,200 firearms during the period": a period's total.
  const period = harm || h.family === 'strategic' ? v.scan(g.periodTotals)[0] : undefined
  if (period && !actDayIn(doc, v)) return { rule: 'period-total', reason: `"${text(doc, period)}" with no day of its own: a total over a period, not one act` }
  if (h.family === 'strategic' && h.sub === 'Arrests') {
    // "Soldiers rounded up men at the market and shot them": the round-up is the first step of the killing.
    const killing = v.scan(g.killingAfterRoundup).find((m) => m.first > h.last && m.first - h.last <= ROUNDUP_GAP && sameClause(doc, g, m, h))
    if (killing) return { rule: 'killed-after-roundup', reason: `"${h.phrase} … ${text(doc, killing)}": the people taken were killed; the killing is the event` }
    const accident = accidentStory(doc, g, ctx, v, h)
    if (accident) return accident
    // "The pattern of killings, mass arrests and impunity is the same": arrests as a habit, not one round-up.
    const habit = v.scan(g.habitual).find((m) => m.last < h.first && sameClause(doc, g, m, h))
    if (habit && !dayIn(doc, v)) return { rule: 'habitual', reason: `"${text(doc, habit)}": how things often go, not one act, with no day of its own` }
    return ctx.focus === 'crime' && !v.any(g.political) && !v.any(g.mobAgents) && !v.armedAgent
      ? { rule: 'ordinary-crime', reason: `an arrest in a crime story (${ctx.why}) with no political, organised or crowd side in the sentence` } : null
  }
  // A named armed group holding its own court ("militants sentenced and executed a spy") is the act itself. An armed
  // word elsewhere in the sentence is the defendant or the act tried ("sentenced a former militia commander for the
  // killing", "told the court that fighters attacked the village"): the court case stands.
  const court = h.family !== 'protest' ? v.scan(g.court).find((m) => sameClause(doc, g, m, h) && !armedCourt(doc, g, v, m) && !courtTells(doc, m, h) && !plea(doc, g, m)) : undefined
  if (court) return { rule: 'court-proceeding', reason: `"${text(doc, court)}": the act is the subject of a court case, not new violence` }
  // "convicted three officers of killing protesters": protesters right after a harm verb, in a court's clause, are the
  // victims of the act tried, not a demonstration of the day.
  const victims = h.family === 'protest' ? v.scan(g.triedVictimsBefore).find((m) => m.last < h.first && h.first - m.last <= 2) : undefined
  const tried = victims ? v.scan(g.court).find((m) => m.last < victims.first && sameClause(doc, g, m, h) && !armedCourt(doc, g, v, m)) : undefined
  if (tried) return { rule: 'court-proceeding', reason: `"${text(doc, tried)} … ${text(doc, victims!)} ${h.phrase}": the protesters are the victims of the act tried, not a demonstration` }
  // "acquitted three officers over the deaths of two students during demonstrations in 2017": the protest is where the
  // deaths the court tries happened, not a demonstration of the day.
  const deaths = h.family === 'protest' ? v.scan(g.triedDeathsBefore).find((m) => m.last < h.first && h.first - m.last <= TRIED_SCENE_GAP
    && doc.tokens.norm.slice(m.last + 1, h.first).includes('during')) : undefined
  const trial = deaths ? [...v.scan(g.court), ...v.scan(g.accountWords)].find((m) => m.last < deaths.first && sameClause(doc, g, m, h) && !armedCourt(doc, g, v, m)) : undefined
  if (trial) return { rule: 'court-proceeding', reason: `"${text(doc, trial)} … ${text(doc, deaths!)} … ${h.phrase}": the protest is where the deaths tried happened, not a demonstration of the day` }
  // Theft and damage in a crime story are crime; ACLED codes them only with a political or organised side.
  // Only a side that acts lifts it: "killing seven residents", "killed a Navy officer" name victims, not a mob or a force.
  // The police doing the violence themselves ("police tortured the man", "beaten by police") is no ordinary crime either,
  // but where ACLED records only political violence a police shooting in a crime story is policing.
  const policeAct = !ctx.politicalOnly && v.scan(g.police).some((m) => (m.last < h.first && h.first - m.last <= POLICE_GAP) || (m.first > h.last && acting(doc, m.first, m.last, h)))
  // Where ACLED codes only political violence, "a group of teens" or "locals" who fight are private company, not a mob.
  const mob = v.scan(g.mobAgents).find((m) => acting(doc, m.first, m.last, h) && !(ctx.politicalOnly && g.privateGroups.has(text(doc, m).toLowerCase())))
  const crime = ctx.focus === 'crime' && !actingArmed(doc, g, v, h) && !v.any(g.political) && !mob
    && (!policeAct || h.sub === 'Arrests')
  if (crime && h.sub === 'Looting/property destruction') return { rule: 'ordinary-crime', reason: `a crime story (${ctx.why}) with no political, organised or crowd side in the sentence` }
  // "Thieves used explosives to blow open the doors of a museum and stole a gold helmet": a theft by thieves is crime in any
  // story, the explosive or the gun they used notwithstanding, unless an armed group, a gang or a crowd does it, or the
  // thieves are "armed robbers" (where ACLED codes armed men's raids).
  const thief = h.sub === 'Looting/property destruction' && !mob && !actingArmed(doc, g, v, h)
    ? v.scan(g.thieves).find((m) => acting(doc, m.first, m.last, h) && doc.tokens.norm[m.first - 1] !== 'armed') : undefined
  if (thief) return { rule: 'ordinary-crime', reason: `"${text(doc, thief)}" did it: a theft, with no armed group, gang or crowd acting in the sentence` }
  // "the level of car vandalism": damage in a crime story with no crowd and no protest word is crime, whoever it hits.
  if (crime && h.sub === 'Violent demonstration' && !/^riot/.test(phrase) && !v.protest && !v.any(g.crowdAgents)) {
    return { rule: 'ordinary-crime', reason: `damage in a crime story (${ctx.why}) with no crowd or protest word in the sentence` }
  }
  // "India foiled Ireland's strike": in a sport, health or business story a strategic word needs an armed side or a weapon.
  // The trigger is no weapon of its own: "had been \"shot down\" by a team" names none.
  if (h.family === 'strategic' && FIGURATIVE_DOMAINS.has(ctx.focus) && !v.armedAgent && !v.scan(g.weapons).some((m) => m.last < h.first || m.first > h.last)) {
    return { rule: 'no-human-agent', reason: `a ${ctx.focus} story (${ctx.why}) and no armed side or weapon named in the sentence` }
  }
  // "A fire destroyed hundreds of shops", "elephants destroyed crops": damage, like death, may come from a fire, a flood or a herd.
  // A crowd named before the fire or the herd is the doer ("rioters destroyed shops after a fire broke out"); one after it
  // is its victim ("a fire tore through the market, killing nine traders and destroying shops").
  if (h.sub === 'Looting/property destruction' && !v.weapon && !v.protest && !actingArmed(doc, g, v, h)) {
    const crowdBefore = (at: number) => [...v.scan(g.mobAgents), ...v.scan(g.crowdAgents)].some((m) => m.first < at && acting(doc, m.first, m.last, h))
    const cause = causeOf(doc, g, v)
    if (cause && !crowdBefore(cause.first)) return { rule: 'non-human-cause', reason: `the damage comes from "${text(doc, cause)}", with no weapon, armed side or crowd before it` }
    // "Crops on 100,000 hectares have been destroyed" in a flood story: no one named who did it, and the story tells
    // of floods, fires or storms: their damage.
    const doer = v.weapon || v.armedAgent || v.actor || v.any(g.crowdAgents) || v.any(g.mobAgents) || v.any(g.political)
    if (!doer && ctx.counts.causes >= 2) return { rule: 'non-human-cause', reason: `no one named who did the damage, in a story that names ${ctx.counts.causes} causes of death or damage` }
    const beast = animalDoer(doc, g, v, h, Infinity)
    if (beast && !crowdBefore(beast.first)) return { rule: 'animal-agent', reason: `the doer is an animal ("${text(doc, beast)}")` }
  }
  // "The officer who fired the shot has never been identified": the act in a relative clause of its doer, whose fate the
  // sentence tells after it, with no count, day, place or named side of its own, is the act told before (rule doer-fate).
  const fate = harm && RELATIVE_DOER.test(doc.text.slice(Math.max(v.s.span[0], h.span[0] - 30), h.span[0]))
    ? v.scan(g.doerFate).find((m) => m.first > h.last) : undefined
  if (fate && !concrete(doc, v)) return { rule: 'doer-fate', reason: `"${h.phrase}" describes a doer of whom the sentence tells "${text(doc, fate)}": the act told before, no new incident` }
  // "Access to many areas is blocked by fighting and by sieges imposed by jihadists": the violence as the cause of a
  // hardship, in a sentence that names no incident.
  const hampered = harm || h.family === 'strategic' ? v.scan(g.hamperedBy).find((m) => m.last < h.first && sameClause(doc, g, m, h)) : undefined
  if (hampered && !concrete(doc, v)) return { rule: 'consequence', reason: `"${text(doc, hampered)} … ${h.phrase}": what the violence hinders, with no count, day, place or named side: no incident` }
  // "warning that shelling around the city was blocking medicine": violence as the subject of what it keeps from happening, told
  // in the progressive or the perfect, with no day of its own: a state of things, no incident (rule hinders).
  const hinders = harm && !doc.dates.some((d) => d.span[0] >= v.s.span[0] && d.span[1] <= v.s.span[1] && d.precision <= 2 && !inRegion(doc, d.span, ['dateline'])) ? v.scan(g.hindersAfter).find((m) => m.first > h.last && m.first - h.last <= HINDERS_GAP && sameClause(doc, g, m, h)) : undefined
  if (hinders) return { rule: 'hinders', reason: `"${h.phrase} … ${text(doc, hinders)}": what the violence keeps from happening, with no day of its own: no incident` }
  const lasting = hampered && !dayIn(doc, v) ? v.scan(g.hamperedPerfectBefore).find((m) => m.last + 1 === hampered!.first) : undefined
  if (lasting) return { rule: 'consequence', reason: `"${text(doc, lasting)} ${text(doc, hampered!)} … ${h.phrase}": a state the violence has caused, with no day of its own: no incident` }
  // "seeks to fund operations against al-Shabaab and the deployment of police officers to Haiti": what money pays for.
  const funded = h.sub === 'Change to group/activity' ? v.scan(g.fundedBefore).find((m) => m.last < h.first && h.first - m.last <= FUNDED_GAP && sameClause(doc, g, m, h)) : undefined
  if (funded) return { rule: 'funded-item', reason: `"${text(doc, funded)} … ${h.phrase}": what a budget pays for, not a change of activity told` }
  // "soldiers who had returned from a deployment in eastern Congo": a tour of duty ended, who the people are, no move now.
  const ended = h.sub === 'Change to group/activity' ? v.scan(g.endedBefore).find((m) => m.last < h.first && h.first - m.last <= ENDED_GAP && sameClause(doc, g, m, h)) : undefined
  if (ended) return { rule: 'ended-deployment', reason: `"${text(doc, ended)} … ${h.phrase}": a deployment the forces came back from, no change of activity now` }
  // "The boat, which had left the town of Minova, sank": a vehicle that left a place made a journey, no one handed it over.
  const vehicle = h.sub === 'Non-violent transfer of territory' ? v.scan(g.vehicleSubjects).filter((m) => m.last < h.first).at(-1) : undefined
  if (vehicle && !doc.actors.some((a) => (a.role === 'armed' || a.role === 'external') && a.span[0] >= v.s.span[0] && a.span[1] <= h.span[0])) {
    return { rule: 'vehicle-left', reason: `"${text(doc, vehicle)} … ${h.phrase}": a vehicle's journey, not a place handed over` }
  }
  // "The soldiers were seized on patrol", "rebels captured six soldiers": people taken, a capture, no place changing hands.
  const taking = (h.sub === 'Non-state actor overtakes territory' || h.sub === 'Government regains territory') && h.weight <= 1 && g.takenWords.has(h.phrase.toLowerCase())
    ? v.scan(g.captiveNouns).find((m) => (m.last < h.first && h.first - m.last <= 3 && g.passiveAux.has(doc.tokens.norm[h.first - 1] ?? ''))
      || (m.first > h.last && m.first - h.last <= 3 && !doc.tokens.norm.slice(h.last + 1, m.first).some((w) => !g.objectFill.has(w) && !/^\d/.test(w))))
    : undefined
  if (taking) return { rule: 'people-seized', reason: `"${h.phrase}" is told of "${text(doc, taking)}": people taken, no place changing hands` }
  // Round 28n: "about 13,000 troops, who guard camps sheltering displaced civilians and patrol roads in several states": the
  // bare present in a relative clause, with no day, is what the force does as a rule, no change of activity (rule standing-duty).
  if (h.sub === 'Change to group/activity' && h.first === h.last && t.norm[h.first] === 'patrol' && !dayIn(doc, v)
    && t.norm.slice(Math.max(v.s.from, h.first - HONOUR_GAP), h.first).some((w) => w === 'who' || w === 'which' || w === 'that')
    && !t.norm.slice(Math.max(v.s.from, h.first - 2), h.first).some((w) => w === 'a' || w === 'the' || w === 'on' || w === 'their' || w === 'its')) {
    return { rule: 'standing-duty', reason: `"${h.phrase}" in the present after a relative word, with no day: what the force does as a rule, no change of activity` }
  }
  // "The government deployed 300,000 police officers and soldiers to guard the vote": routine security, no change of activity.
  const routine = h.sub === 'Change to group/activity' ? v.scan(g.routineSecurity)[0] : undefined
  if (routine) return { rule: 'routine-security', reason: `"${text(doc, routine)}": forces sent for routine security, not a change in a group's activity` }
  // "as the cartels forcibly recruit young men": recruiting with no day or month of its own is a practice, not a change of activity.
  if (h.sub === 'Change to group/activity' && g.recruitWords.has(doc.text.slice(h.span[0], h.span[1]).toLowerCase())
    && !doc.dates.some((d) => d.span[0] >= v.s.span[0] && d.span[1] <= v.s.span[1] && d.precision <= 3 && !inRegion(doc, d.span, ['dateline']))) {
    return { rule: 'recruiting-practice', reason: `"${doc.text.slice(h.span[0], h.span[1])}" with no day or month in its sentence: a side's practice or a charge against it, not a change of activity on a day` }
  }
  // "Police said security forces had been deployed to the area" after an attack: the response to the incident told.
  const response = h.sub === 'Change to group/activity' && sentenceAt(doc, h.span[0]) > 0
    ? v.scan(g.responseArea).find((m) => m.first > h.last && m.first - h.last <= RESPONSE_GAP) : undefined
  if (response) return { rule: 'response-deployment', reason: `"${h.phrase} ${text(doc, response)}": forces sent to the place of the incident told, its response, not a change of activity of its own` }
  const occasion = h.sub === 'Change to group/activity' && !v.weapon ? g.occasionTitle.exec(doc.article.title ?? '') : null
  if (occasion) return { rule: 'routine-security', reason: `the story is about a "${occasion[0]}" (its title): forces sent for it are routine security, not a change in a group's activity` }
  // "had been visiting troops deployed against cattle rustlers": the word says which forces, no deployment is told.
  if (h.sub === 'Change to group/activity' && describedForces(doc, g, h)) {
    return { rule: 'described-forces', reason: `"${h.phrase}" describes forces named as the object of the word before them, not a deployment told` }
  }
  // "Soldiers were deployed to secure the area and help evacuate residents" after a depot fire or an eruption: the forces are the disaster's relief.
  if (h.sub === 'Change to group/activity') {
    const accident = accidentStory(doc, g, ctx, v, h, true)
    if (accident) return accident
  }
  // "A year on from the peace deal": the agreement a story dates itself from is past (acts done to people: see below).
  const recalled = h.family === 'strategic' ? v.scan(g.lookedBack).find((m) => m.last < h.first && h.first - m.last <= LOOKED_BACK_GAP) : undefined
  if (recalled) return { rule: 'looked-back', reason: `"${text(doc, recalled)} ${h.phrase}": what the story dates itself from, an act past` }
  // "Ten years after the government and the rebels signed a peace agreement": the agreement in the clause a story dates itself from.
  const clause = h.family === 'strategic' && h.sub === 'Agreement'
    ? v.scan(g.lookedBackClause).find((m) => m.last < h.first && h.first - m.last <= LOOKED_BACK_CLAUSE
      && !Array.from({ length: h.first - m.last - 1 }, (_, i) => doc.tokens.norm[m.last + 1 + i]).some((w) => g.clauseEnds.has(w))) : undefined
  if (clause) return { rule: 'looked-back', reason: `"${text(doc, clause)} … ${h.phrase}": the agreement the story dates itself from, an act past` }
  // "400,000 people had been displaced" in a story of a flood or a fire: the disaster's toll, not a strategic development.
  // So too people evacuated by troops in a story of a disaster proper ("Soldiers and navy divers have evacuated more than 18,000 people").
  if (h.family === 'strategic' && h.sub === 'Other') {
    const accident = accidentStory(doc, g, ctx, v, h) ?? accidentStory(doc, g, ctx, v, h, 'rescue')
    if (accident) return accident
    // "More than 1.7 million people have been displaced in North Kivu since 2021", "7 million people are displaced in Congo":
    // how many are displaced, a state or a running total with no day of its own, not people fleeing an incident.
    const state = v.scan(g.displacedStateBefore).find((m) => m.last + 1 === h.first)
      ?? (/^displaced$/i.test(doc.text.slice(h.span[0], h.span[1])) ? v.scan(g.displacedPerfectBefore).find((m) => m.last + 1 === h.first) : undefined)
    // The day the count was told ("..., the ombudsman said on Saturday") is no day of a flight, nor is the day of an act told
    // before it ("The war began after the attack on October 7, 2023, and has displaced almost all ...").
    const own = (d: { span: Span }) => d.span[0] >= v.s.span[0] && (d.span[0] >= doc.tokens.start[state!.first] || !doc.text.slice(d.span[1], doc.tokens.start[state!.first]).includes(','))
    if (state && !doc.dates.some((d) => own(d) && d.span[1] <= v.s.span[1] && d.precision <= 2 && !saidOn(doc, d))) return { rule: 'displacement-total', reason: `"${text(doc, state)} ${h.phrase}": how many are displaced, not a displacement of the day` }
  }
  // "Both sides have moved troops towards the border, according to analysts": analysts read events, they report none.
  // (For acts done to people, after the rules that name the word's own sense: see the end.)
  if (!harm) {
    const analysts = analystView(doc, g, v)
    if (analysts) return analysts
  }
  // "illegal mining, which pollutes rivers and destroys farmland": an act in the simple present inside a relative clause,
  // with no day nor dead, says what something does, not an incident.
  // (A determiner right before makes the word a noun: "say that the attacks by gunmen last week drove families away".)
  const doesWhat = (harm || h.family === 'strategic') && h.first === h.last && g.presentActs.has(t.norm[h.first]) && !g.objectOpeners.has(t.norm[h.first - 1] ?? '')
    ? v.scan(g.relativeOpeners).find((m) => m.last < h.first && h.first - m.last <= RELATIVE_GAP && sameClause(doc, g, m, h)) : undefined
  if (doesWhat && !dayIn(doc, v) && !tollIn(doc, v)) {
    return { rule: 'habitual', reason: `"${text(doc, doesWhat)} … ${h.phrase}": the simple present in a relative clause, what something does, not an incident` }
  }
  // "aid cannot reach the town as fighting between the army and the RSF cuts the roads": the state of a war, not a fight of the day.
  // The day of the clause before "as" or of the source's speech ("Aid agencies warned on Tuesday of famine as fighting
  // continues around the city") is not the fight's: only a day from "as" on, not one a source spoke on, makes it the day's.
  const ongoing = harm ? ongoingAs(doc, g, h) : null
  if (ongoing && !actDayIn(doc, v, ongoing.from) && !tollIn(doc, v)) {
    return { rule: 'ongoing-as', reason: `"as ${h.phrase} … ${ongoing.verb}": a fight told in the present as the state of a war, not an incident of the day` }
  }
  // "many found their houses destroyed", "returned to find their homes looted": the state people met, with no day of its own.
  const ruined = h.sub === 'Looting/property destruction' ? v.scan(g.foundRuined).find((m) => m.last < h.first && h.first - m.last <= 3 && sameClause(doc, g, m, h)) : undefined
  if (ruined && !dayIn(doc, v)) return { rule: 'found-ruined', reason: `"${text(doc, ruined)} … ${h.phrase}": property found wrecked, a state met with no day of its own, not an act told` }
  // Property wrecked in a war long past or in its first days: "the hulls of airliners destroyed in the first days of the war".
  const wrecked = h.sub === 'Looting/property destruction' ? v.scan(g.history)[0] : undefined
  if (wrecked) return { rule: 'history', reason: `"${text(doc, wrecked)}": property wrecked in a war or an act long past` }
  if (!harm && h.family !== 'protest') return null
  // "the interceptor missiles and radars of the system", "missiles would be deployed": the weapon as a thing, not fired.
  const noun = doc.text.slice(h.span[0], h.span[1]).toLowerCase()
  // "missiles able to strike targets 290 kilometres away": a firing word after a modal tells what the weapon can do.
  // "said the drones would strike the terrorists": a firing promised of the weapon named, not done.
  const possible = (m: Match<true>) => [...v.scan(g.hypothetical), ...v.scan(g.futureFiring)].some((x) => x.last < m.first && m.first - x.last <= MODAL_GAP)
  const aircraft = g.aircraftNouns.has(noun)
  // "took delivery of attack drones": a firing word right before the weapon names its kind, it fires nothing. So too
  // right before another weapon of a list ("ordered tanks, artillery and attack helicopters").
  const kindOf = (m: Match<true>) => m.first === m.last && g.weaponKinds.has(doc.tokens.norm[m.first])
    && (m.last + 1 === h.first || g.weaponNouns.has(doc.tokens.norm[m.last + 1] ?? '') || g.aircraftNouns.has(doc.tokens.norm[m.last + 1] ?? ''))
  // "The jet, flown by the air force's team, hit the ground": a firing word that opens a longer cause of death (a crash)
  // fires nothing. ("artillery fire": the cause "fire" that is the firing word itself is still the firing.)
  const crash = (m: Match<true>) => v.scan(g.causes).some((c) => c.first === m.first && c.last > m.last)
  if (h.family === 'remote' && (g.weaponNouns.has(noun) || aircraft)
    && !v.scan(g.firingActs).some((m) => (m.first !== h.first || m.last !== h.last) && !possible(m) && !kindOf(m) && !crash(m)) && !(aircraft && v.any(g.aircraftActs))) {
    return { rule: 'no-firing', reason: `"${h.phrase}" names the weapon, and nothing in the sentence fires it, hits or kills` }
  }
  // "80,000 have fled fighting in the east": the violence is why people fled, not an incident the sentence reports.
  // Not a crowd that people escape ("the officer fled the mob"): that mob acted.
  // Further off when "by" names the violence as the cause: "were displaced from Masisi town by the fighting".
  const byCause = FLED_BY.test(doc.text.slice(Math.max(v.s.span[0], h.span[0] - 30), h.span[0]))
  const fled = harm && h.family !== 'riot' && h.sub !== 'Mob violence'
    ? v.scan(g.fledFrom).find((m) => m.last < h.first && h.first - m.last <= (byCause ? FLED_BY_GAP : FLED_GAP)) : undefined
  if (fled) return { rule: 'flight-from', reason: `"${text(doc, fled)} … ${h.phrase}": what people fled, not an incident reported` }
  // "The number forced to flee ... has risen, driven by the conflict in Sudan and fighting in Gaza": flight told first, then
  // the violence named as what drives it, a few words on.
  const fledBefore = harm && h.family !== 'riot' && h.sub !== 'Mob violence' ? v.scan(g.fledFrom).find((m) => m.last < h.first) : undefined
  const cause = fledBefore ? v.scan(g.flightCause).find((m) => m.first > fledBefore.last && m.last < h.first && h.first - m.last <= FLED_BY_GAP) : undefined
  if (fledBefore && cause) return { rule: 'flight-from', reason: `"${text(doc, fledBefore)} … ${text(doc, cause)} … ${h.phrase}": what drives people's flight, not an incident reported` }
  // "Some tell us they saw their relatives killed": a memory quoted with no count, day, place or named side is no incident.
  // A quotation opened in an earlier sentence of its paragraph runs on ("There is nothing there. Our house was burned and my
  // husband was killed," she said, ... in Adre): only the quoted words, not where the speaker sits, make it concrete.
  if (harm && quotedAt(doc, paragraphStart(doc, v.s.span[0]), h.span[0]) && !concrete(doc, v, quoteEnd(doc, v, h))) {
    return { rule: 'quoted-account', reason: 'a quoted account with no count, day, place or named side in its sentence: no incident to code' }
  }
  // "The United States will not stand by while the RSF attacks the people of Darfur," Blinken said: the present tense, quoted,
  // tells how a war goes, not an incident of a day.
  if (harm && h.first === h.last && g.presentActs.has(t.norm[h.first]) && g.objectOpeners.has(t.norm[h.first + 1] ?? '')
    && quotedAt(doc, paragraphStart(doc, v.s.span[0]), h.span[0]) && !dayIn(doc, v) && !tollIn(doc, v)) {
    return { rule: 'quoted-present', reason: `"${h.phrase}" in the present tense inside a quotation: a speaker's words on how the war goes, not an incident` }
  }
  // "Armed gangs raid villages and kidnap residents, aid groups say": an armed side doing an act in the plural simple present,
  // with no day, no dead and no count of people hit in a sentence of prose (a headline has no full stop; "Gunmen kidnap 20
  // villagers, police say" counts them), tells how things go, not an incident.
  // The hit may be the armed side itself, a weapon that acts ("as enemy drones target roads"): the act word right after it.
  const doerHit = v.scan(g.armedAgents).some((m) => m.first === h.first && m.last === h.last)
  const actEnd = doerHit && h.last + 1 < v.s.to ? t.end[h.last + 1] : h.span[1]
  if (harm && (h.first === h.last && habitualPresent(doc, g, v, h.first) || doerHit && habitualPresent(doc, g, v, h.last + 1)) && !tollIn(doc, v)
    && !doc.numbers.some((n) => n.span[0] >= v.s.span[0] && n.span[1] <= v.s.span[1] && (n.measure === 'injured' || n.measure === 'abducted' || n.span[0] >= actEnd && n.span[0] - actEnd <= 2))
    && !doc.dates.some((d) => d.span[0] >= v.s.span[0] && d.span[1] <= v.s.span[1] && d.precision <= 2 && !inRegion(doc, d.span, ['dateline']))
    && /[.!?]["”’']?\s*$/.test(doc.text.slice(v.s.span[0], v.s.span[1]))) {
    const act = doerHit ? `${h.phrase} ${t.value[h.last + 1]}` : h.phrase
    return { rule: 'habitual-present', reason: `"${act}" in the plural present after the armed side that does it, with no day nor dead: how things go, not an incident` }
  }
  // "Russian forces, which withdrew from Kherson in November 2022, shell the city almost daily": an aside on who a side is.
  const aside = asideOf(doc, g, v, h)
  if (aside) return { rule: 'which-aside', reason: `"${aside}": an act told in an aside about a side, dated only by a month or year: not an incident of the story` }
  // "said Amra, whose father and two brothers were killed": who the speaker is, not an incident told.
  const kin = harm ? v.scan(g.recalledKin).find((m) => m.last < h.first && h.first - m.last <= KIN_GAP && sameClause(doc, g, m, h)) : undefined
  // A day told before the relative clause ("'today there is some justice,' said Grace, whose brother was killed") is the speaker's.
  if (kin && !dayIn(doc, v, doc.tokens.start[kin.first])) return { rule: 'kin-recalled', reason: `"${text(doc, kin)} … ${h.phrase}": a speaker's dead recalled in a relative clause, not an incident told` }
  // "Attacks on security forces have risen sharply since 2022": the act's rate over time, a statistic.
  // Acts in the plural may name more sides first ("attacks on soldiers and on migrant workers from other parts of India have continued").
  const trendGap = /s$/i.test(doc.text.slice(h.span[0], h.span[1])) ? TREND_GAP_PLURAL : TREND_GAP
  const trend = harm ? v.scan(g.trendAfter).find((m) => m.first > h.last && m.first - h.last <= trendGap && sameClause(doc, g, m, h))
    ?? v.scan(g.trendNext).find((m) => m.first === h.last + 1) : undefined
  if (trend && !dayIn(doc, v)) return { rule: 'trend', reason: `"${h.phrase} … ${text(doc, trend)}": how often the act happens, not one act` }
  // "Jihadist attacks ... have also strained the state's resources": the act named as a cause, no incident (rule named-cause).
  const named = harm ? v.scan(g.causeAfter).find((m) => m.first > h.last && m.first - h.last <= CAUSE_GAP && sameClause(doc, g, m, h)) : undefined
  if (named && !concrete(doc, v)) return { rule: 'named-cause', reason: `"${h.phrase} … ${text(doc, named)}": the act named as a cause, with no count, day, place or named side: not one act` }
  // "Most murders were committed with firearms": a share of all such acts, a statistic, not one act.
  const share = harm ? v.scan(g.statisticBefore).find((m) => m.last + 1 === h.first) : undefined
  if (share && !dayIn(doc, v) && !tollIn(doc, v)) return { rule: 'statistic', reason: `"${text(doc, share)} ${h.phrase}": a share of all such acts, not one act` }
  // "leading to tit-for-tat kidnappings between the two communities": a run of reprisals, no count nor dead (rule reprisal-series).
  const series = harm && /s$/i.test(doc.text.slice(h.span[0], h.span[1])) ? v.scan(g.seriesBefore).find((m) => m.last + 1 === h.first) : undefined
  if (series && !tollIn(doc, v) && !doc.numbers.some((n) => n.span[0] >= v.s.span[0] && n.span[1] <= v.s.span[1] && n.measure !== 'other' && n.measure !== null)) {
    return { rule: 'reprisal-series', reason: `"${text(doc, series)} ${h.phrase}": a run of reprisals told as a whole, with no count or dead: no one act` }
  }
  // "while the RSF has shelled army-held cities with drones": a side's areas in general, no day nor dead (rule held-areas).
  const held = harm ? heldAreas(doc, g, v, h) : null
  if (held && !dayIn(doc, v) && !tollIn(doc, v)) {
    return { rule: 'held-areas', reason: `"${held}": an act on a side's areas in general, with no day or toll of its own: how the war goes, not one act` }
  }
  // "Residents are regularly hit by sniper fire and shelling", "our troops are fighting terrorists every day": a habit,
  // not one act; also right after the act's object ("shell the city almost daily").
  const habit = harm ? v.scan(g.habitual).find((m) => (m.last < h.first || m.first - h.last <= HABIT_AFTER) && sameClause(doc, g, m, h)) : undefined
  if (habit && !dayIn(doc, v) && !tollIn(doc, v)) {
    return { rule: 'habitual', reason: `"${text(doc, habit)}": how things often go, not one act, with no day or toll of its own` }
  }
  // "Families have held a vigil outside the site every Sunday since": a weekday that comes round again, with no other
  // date in the sentence, tells a habit, not the act of one day (the date read from "Sunday" is no day of it).
  const weekly = harm || h.family === 'protest' ? v.scan(g.recurringDays).find((m) => sameClause(doc, g, m, h)) : undefined
  if (weekly && !doc.dates.some((d) => d.span[0] >= v.s.span[0] && d.span[1] <= v.s.span[1] && d.precision <= 2
    && (d.span[1] <= t.start[weekly.first] || d.span[0] >= t.end[weekly.last]))) {
    return { rule: 'habitual', reason: `"${text(doc, weekly)}": a day that comes round again, not one act, with no date of its own` }
  }
  // "One year after the battle for Lashio": the act a story dates itself from is past.
  // A hyphen joins two words into one ("the Hamas-led attack"): it takes no place of its own in the gap.
  const since = harm ? v.scan(g.lookedBack).find((m) => m.last < h.first
    && h.first - m.last - doc.tokens.value.slice(m.last + 1, h.first).filter((w) => w === '-').length <= LOOKED_BACK_GAP) : undefined
  if (since) return { rule: 'looked-back', reason: `"${text(doc, since)} ${h.phrase}": what the story dates itself from, an act past` }
  // "gathered on Friday to mark 30 years since Bosnian Serb forces killed about 8,000 men": the act in the clause an
  // anniversary marks is the past remembered.
  const marked = harm ? v.scan(g.anniversaryClause).find((m) => m.last < h.first && h.first - m.last <= LOOKED_BACK_CLAUSE
    && !Array.from({ length: h.first - m.last - 1 }, (_, i) => doc.tokens.norm[m.last + 1 + i]).some((w) => g.clauseEnds.has(w))) : undefined
  if (marked) return { rule: 'looked-back', reason: `"${text(doc, marked)} … ${h.phrase}": the act an anniversary marks, an act past` }
  // Round 26n: "Families of the 34 miners shot dead by police at Marikana gathered on Saturday to mark 13 years since the
  // killings": the act describes people (a participle right after a noun, "by" or a place word after it) and an anniversary
  // clause follows in the sentence: who the dead were, the act the anniversary marks.
  const describing = harm && NOMINAL_BEFORE.has(doc.tokens.pos[h.first - 1] ?? '') && g.anniversaryParticipleAfter.has(doc.tokens.norm[h.last + 1] ?? '')
    ? v.scan(g.anniversaryClause).find((m) => m.first > h.last) : undefined
  if (describing) return { rule: 'looked-back', reason: `"${h.phrase} … ${text(doc, describing)}": the act describes the people an anniversary remembers, an act past` }
  // Round 26n: "Sirens sounded at 11:15 a.m., the hour the first bombs fell": a moment kept in memory, named after a clock
  // time, in a sentence with no day: the act is past.
  const moment = harm ? v.scan(g.momentOfAct).find((m) => m.last < h.first && h.first - m.last <= 2 && doc.tokens.norm[m.first - 1] === ',') : undefined
  if (moment && !dayIn(doc, v)) return { rule: 'marked-moment', reason: `"${text(doc, moment)} … ${h.phrase}": the moment an act long past happened, kept in memory, not an act of the day` }
  // "the game was played without fans after supporters threw bottles at the previous meeting": another occasion's act.
  // So for a protest, the occasion before or after its words: "pensioners have staged protests outside the court at earlier
  // hearings to demand their money" (round 26n).
  const earlier = harm || h.family === 'protest' ? v.scan(g.earlierOccasion).find((m) => (m.first > h.last || h.family === 'protest') && sameClause(doc, g, m, h)) : undefined
  if (earlier && !dayIn(doc, v)) return { rule: 'earlier-occasion', reason: `"${h.phrase} … ${text(doc, earlier)}": the act of an earlier meeting with no day of its own, not an incident of the story` }
  // "The youngest was 19 when he was killed": the age of one of the dead, who they were, not an act told.
  const age = harm ? v.scan(g.ageAtDeath).find((m) => m.last + 1 === h.first) : undefined
  if (age && !dayIn(doc, v)) return { rule: 'age-at-death', reason: `"${text(doc, age)} ${h.phrase}": the age one of the dead had then, not an act told` }
  const history = harm ? v.scan(g.history)[0] : undefined
  if (history) return { rule: 'history', reason: `"${text(doc, history)}": a war or an act long past` }
  // "The battle for Hue was one of the bloodiest of the Vietnam War. Troops seized most of the city ...": an act with no
  // date and no place of its own, right after a sentence of its paragraph telling a war long over, goes on telling it.
  const warBefore = harm || h.sub === 'Agreement' ? warOverBefore(doc, g, v.s) : undefined
  if (warBefore && !dateIn(doc, v)
    && !doc.places.some((p) => p.kind !== 'country' && p.kind !== 'demonym' && p.span[0] >= v.s.span[0] && p.span[1] <= v.s.span[1])) {
    return { rule: 'history', reason: `"${warBefore}" in the sentence before: the story of a war long over goes on, not an act of the day` }
  }
  // "was shot during fighting near Nakfa in the early 1980s": a decade long past, with no date at all in the sentence (a
  // year told beside it, "the shelling of Sarajevo in 1993", dates the act: the later stages make it background).
  const decade = harm ? v.scan(g.historyDecades)[0] : undefined
  if (decade && !dateIn(doc, v)) return { rule: 'history', reason: `"${text(doc, decade)}" with no day of its own: an act long past` }
  // "a former rebel commander who fought in Sudan's long civil war": a war someone served in, named after the act.
  const veteran = harm && g.fightWords.has(norm) ? v.scan(g.veteranBefore).find((m) => m.last === h.first - 1) : undefined
  const served = veteran ? v.scan(g.warNouns).find((m) => m.first > h.last && m.first - h.last <= VETERAN_WAR_GAP && doc.tokens.norm[h.last + 1] === 'in' && sameClause(doc, g, m, h)) : undefined
  if (served) return { rule: 'history', reason: `"${text(doc, veteran!)} ${h.phrase} in … ${text(doc, served)}": the war someone served in, not an act of the day` }
  // "the north-east, where it has fought Boko Haram for 15 years": a war's length told in the perfect, not an act of the day.
  // Without the perfect, the span alone tells it when the sentence has no day nor toll of its own: "after the RSF besieged
  // El Fasher for months" is how long a siege went on, not an act of the day.
  // So for protests in the perfect: "employees have protested for months over salaries" is a movement's length, no rally of the day.
  // One describing word may stand between: "have carried out mass kidnappings".
  const perfect = (harm || h.family === 'protest') && v.scan(g.lastingPerfect).some((m) => m.last === h.first - 1
    || (m.last === h.first - 2 && (doc.tokens.pos[h.first - 1] === 'ADJ' || doc.tokens.pos[h.first - 1] === 'NOUN')))
  const warLength = (harm && (perfect || (!dayIn(doc, v) && !tollIn(doc, v)))) || (h.family === 'protest' && perfect && !dayIn(doc, v))
    ? v.scan(g.lastingFor).find((m) => m.first > h.last && ((m.first - h.last <= LASTING_GAP && sameClause(doc, g, m, h)) || (perfect && besideApposition(doc, g, h.last, m.first)))) : undefined
  if (warLength) return { rule: 'war-length', reason: `"${h.phrase} … ${text(doc, warLength)}": how long a war has gone on, not an act of the day` }
  // "La Familia Michoacana has been fighting a rival group for the region's drug routes": a fight in the perfect progressive,
  // with no date nor toll in the sentence, is a war that goes on, not a clash of the day (rule running-fight); one dated
  // ("has been fighting the rebels since March 2015") stays the background record of a running war.
  const running = harm && g.fightWords.has(norm) && /ing$/i.test(t.value[h.last]) ? v.scan(g.runningProgressive).find((m) => m.last === h.first - 1)
    // "where the army is fighting both jihadist groups and rebels": a place's clause, its subject between "where" and the verb.
    ?? v.scan(g.runningWhereProgressive).find((m) => m.last === h.first - 1 && /\bwhere\s+(?:[\w'’-]+\s+){1,4}$/i.test(doc.text.slice(Math.max(v.s.span[0], doc.tokens.start[m.first] - 50), doc.tokens.start[m.first])))
    : undefined
  // "The BYC has staged rallies across Balochistan over disappearances": protests in the plural in the perfect, with no day,
  // are a movement's rallies summed, no rally of the day (rule protest-series).
  const rallies = h.family === 'protest' && /s$/i.test(t.value[h.last]) ? v.scan(g.protestSeriesBefore).find((m) => m.last === h.first - 1) : undefined
  // ... and the grievance those rallies are over ("has staged rallies across Balochistan over alleged extrajudicial killings").
  const grievance = harm ? v.scan(g.protestSeriesBefore).find((m) => m.last < h.first && sameClause(doc, g, m, h)
    && /\b(?:over|against|to protest)\b/i.test(doc.text.slice(doc.tokens.end[m.last], h.span[0]))) : undefined
  if (grievance && !dayIn(doc, v) && !tollIn(doc, v)) return { rule: 'protest-series', reason: `"${text(doc, grievance)} … ${h.phrase}": the grievance of a movement's protests summed, no act of the day` }
  // Not in the story's first sentence: a lead in the perfect tells the news of the day ("Angry activists have staged rallies
  // in Gaza against the party's leader").
  const lead = doc.sentences.length > 0 && v.s.span[0] <= doc.sentences[0][1]
  // "Last month, a blogger died in police custody, setting off demonstrations ...": protests in the plural told as what
  // another act set off, with no day, outside the lead, are its consequence summed, no protest of the day (rule
  // protests-sparked; the words of `results_before`, at most one describing word between).
  // A year written out keeps them as the background record of that history ("seized power in February 2021, triggering
  // widespread protests").
  const yearTold = dateIn(doc, v, (d) => !d.relative)
  const sparked = h.family === 'protest' && /s$/i.test(t.value[h.last]) && !lead && !dayIn(doc, v) && !yearTold
    ? v.scan(g.resultsBefore).find((m) => m.last === h.first - 1 || (m.last === h.first - 2 && t.pos[h.first - 1] === 'ADJ')) : undefined
  if (sparked) return { rule: 'protests-sparked', reason: `"${text(doc, sparked)} ${h.phrase}": protests told as what another act set off, with no day: no protest of the day` }
  if (rallies && !lead && !dayIn(doc, v)) return { rule: 'protest-series', reason: `"${text(doc, rallies)} ${h.phrase}": a movement's protests summed, with no day: no protest of the day` }
  // "The Islamic State affiliate has also attacked villages in the region": a violent act in the perfect on a bare plural
  // object, with no day nor toll, outside the lead: acts summed over time, no incident (rule acts-summed).
  const summed = harm && !lead && /ed$/i.test(t.value[h.last]) && t.pos[h.last + 1] === 'NOUN' && /s$/i.test(t.value[h.last + 1] ?? '')
    ? v.scan(g.summedPerfect).find((m) => m.last === h.first - 1) : undefined
  if (summed && !dateIn(doc, v) && !tollIn(doc, v)) return { rule: 'acts-summed', reason: `"${text(doc, summed)} ${h.phrase} ${t.value[h.last + 1]}": acts summed over time, with no day nor toll: no incident of the day` }
  // Its toll does not count the quantity inside words of judging ("some of the killings").
  const judging = harm ? v.scan(g.reactionBefore) : []
  // "villagers have been killed in staged encounters": the same in the perfect passive, "in" and a bare plural after it.
  const passive = harm && !lead && /ed$/i.test(t.value[h.last]) && t.norm[h.last + 1] === 'in'
    ? v.scan(g.summedPassive).find((m) => m.last === h.first - 1) : undefined
  const plural = passive ? [h.last + 2, h.last + 3].find((i) => i < v.s.to && t.pos[i] === 'NOUN' && /s$/i.test(t.value[i])
    && (i === h.last + 2 || t.pos[h.last + 2] === 'ADJ' || t.pos[h.last + 2] === 'VERB')) : undefined
  if (passive && plural !== undefined && !dateIn(doc, v) && !tollIn(doc, v, judging)) {
    return { rule: 'acts-summed', reason: `"${text(doc, passive)} ${h.phrase} in … ${t.value[plural]}": acts summed over time, with no day nor toll: no incident of the day` }
  }
  // "Rights activists have questioned some of the killings": the act as what a word of judging is about, with no day nor
  // toll, is an act told elsewhere (rule act-questioned).
  const judged = judging.find((m) => m.last === h.first - 1)
  if (judged && !dayIn(doc, v) && !tollIn(doc, v, judging)) return { rule: 'act-questioned', reason: `"${text(doc, judged)} ${h.phrase}": acts judged, told elsewhere, with no day nor toll: no act of its own` }
  // "Lebanon says the strikes violate the truce and have killed dozens of civilians": a killing in the perfect whose object is
  // a vague mass ("dozens of", "hundreds of"), with no day, outside the lead: a running total, no incident (rule acts-summed).
  const mass = harm && !lead && /ed$/i.test(t.value[h.last]) && g.vagueMass.has(t.norm[h.last + 1] ?? '') && t.norm[h.last + 2] === 'of'
    ? v.scan(g.summedPerfect).find((m) => m.last === h.first - 1) : undefined
  if (mass && !dayIn(doc, v)) return { rule: 'acts-summed', reason: `"${text(doc, mass)} ${h.phrase} ${t.value[h.last + 1]} of": a vague mass killed over time, with no day: no incident of the day` }
  // "repelled attacks on several fronts", "fighting continues in much of the country": a fight told by a scope that names no
  // place, with no toll nor span of months or years in the sentence, is a war's breadth, no clash with a place to code (rule wide-front).
  const wide = harm && (g.fightWords.has(norm) || h.sub === 'Armed clash') ? v.scan(g.wideFront).find((m) => m.first > h.last && m.first - h.last <= WIDE_GAP && sameClause(doc, g, m, h)) : undefined
  // One dated by a month or a year ("has been fighting on several fronts since ... February 2021") stays the background
  // record of a running war, as running-fight keeps it.
  const spanned = dateIn(doc, v, (d) => d.precision > 2)
  if (wide && !spanned && !tollIn(doc, v)) return { rule: 'wide-front', reason: `"${h.phrase} … ${text(doc, wide)}": a war's breadth with no place named, no clash of the day` }
  if (running && !dateIn(doc, v) && !tollIn(doc, v)) return { rule: 'running-fight', reason: `"${text(doc, running)} ${h.phrase}": a fight that goes on, with no day nor toll: not a clash of the day` }
  // "the province has seen fighting between two rebel groups since 2022": a place's share of a war in the perfect of seeing
  // (at most two describing words between), with a span after the act in its clause or no day in the sentence.
  const seen = harm ? v.scan(g.seenPerfect).find((m) => m.last < h.first && h.first - m.last <= SEEN_GAP
    && doc.tokens.pos.slice(m.last + 1, h.first).every((p) => p === 'ADJ' || p === 'ADV')) : undefined
  const seenSpan = seen ? v.scan(g.seenSpan).find((m) => m.first > h.last && sameClause(doc, g, m, h)) : undefined
  if (seen && (seenSpan || !dayIn(doc, v))) {
    return { rule: 'seen-span', reason: `"${text(doc, seen)} ${h.phrase}${seenSpan ? ` … ${text(doc, seenSpan)}` : ''}": a place's share of a war over a span, not an act of the day` }
  }
  if (harm) {
    const gangs = objectRelative(doc, g, v, h)
    if (gangs) return { rule: 'object-relative', reason: `"${gangs}": the act in a clause telling which people it is waged on, a running war, not an act of the day` }
  }
  // "insists it won the war, which killed millions": the war itself is what killed, a whole war's toll (with no day).
  // Only in a relative clause: "The insurgency has killed 4,000 since 2017" is a running total, kept as a claim later.
  const relative = (m: Match<true>) => doc.tokens.norm.slice(m.last + 1, h.first).some((w) => w === 'which' || w === 'that')
  const war = KILLING.has(h.sub) && !dayIn(doc, v) ? v.scan(g.warNouns).find((m) => subjectOf(doc, m, h) && relative(m)) : undefined
  if (war) return { rule: 'war-toll', reason: `"${text(doc, war)}" is what killed, right before the word: a war's toll, not one act` }
  // "the army committed most of the 200,000 killings in the 36-year war": acts in the plural over a whole war, with no day.
  const overWar = KILLING.has(h.sub) && !dayIn(doc, v) && NOMINAL.has(t.pos[h.last]) && /s$/i.test(t.value[h.last])
    ? v.scan(g.warNouns).find((m) => m.first > h.last && m.first - h.last <= WAR_SPAN_GAP && WAR_SPAN.test(t.norm.slice(h.last + 1, m.first).join(' '))) : undefined
  if (overWar) return { rule: 'war-toll', reason: `"${h.phrase} … ${text(doc, overWar)}": acts over a whole war, not one act` }
  // "He walked behind the coffin of a murdered policeman": the death a funeral mourns, with no one named who killed.
  // A protest word with a demand beside it ("mourners blocked the road, demanding protection") is the mourners' protest.
  const funeral = h.family !== 'territory' && h.family !== 'remote' && !(h.family === 'protest' && v.scan(g.funeralDemands).length)
    ? v.scan(g.funeral)[0] : undefined
  if (funeral && !actingArmed(doc, g, v, h) && ![...v.scan(g.police), ...v.scan(g.mobAgents)].some((m) => acting(doc, m.first, m.last, h))) {
    return { rule: 'funeral', reason: `"${text(doc, funeral)}": the death a funeral mourns, told with no one who killed, is no report of a killing` }
  }
  // "a mortar round exploded during a live-fire exercise", "accidentally shot": a weapon's accident, with no other side named.
  // Not a mine or a shell left from a war ("villagers accidentally stepped on a landmine"): coded as its explosion.
  const mishap = harm && !v.any(g.legacyWeapons) ? v.scan(g.accidentWords)[0] : undefined
  if (mishap && !doc.actors.some((a) => a.span[0] >= v.s.span[0] && a.span[1] <= v.s.span[1] && a.role === 'armed' && !a.generic && !/^(?:Military|Police) Forces/.test(a.name))) {
    return { rule: 'weapon-accident', reason: `"${text(doc, mishap)}": an accident with a weapon, no attack by anyone` }
  }
  // "A string of explosions at an army ammunition depot killed five soldiers ..., blaming a fire caused by the heat. Residents
  // said the blasts shook houses": "the blasts", naming no one, are that accident again (its stocks flung about, shells and all).
  // The shells such a blast sent flying in the same sentence are its stocks too ("the blasts ... sent shells flying into fields").
  const theBlast = (i: number) => t.norm[i] === 'the' && g.blastNouns.has(t.norm[i + 1] ?? '')
  const backBlast = g.blastNouns.has(norm) ? theBlast(h.first - 1) : someIndex(v.s.from, Math.min(v.s.to, h.first), theBlast)
  const again = h.family === 'remote' && backBlast && !v.armedAgent && !v.actor
    ? doc.messages.find((m) => m.rule === 'weapon-accident' && m.span && m.span[1] <= h.span[0]) : undefined
  if (again) return { rule: 'weapon-accident', reason: `"the ${h.phrase}" names no one, and the blast told before was an accident ("${doc.text.slice(again.span![0], again.span![1])}")` }
  // "Poisonous gas leaked from a chemical factory", "the explosion at the plant": an accident, not a weapon used.
  const accident = h.family === 'remote' && (h.weight <= 1 || h.sub === 'Chemical weapon')
  if (KILLING.has(h.sub) || (h.family === 'battle' && h.weight <= 1) || accident) {
    const cause = KILLING.has(h.sub) || accident ? causeOf(doc, g, v) : undefined
    // A named group counts only when it stands nearer the killing word than the cause does ("the strain that killed").
    const nearer = cause && doc.actors.some((a) => a.role === 'armed' && !a.generic && a.span[0] >= v.s.span[0] && a.span[1] <= v.s.span[1]
      && Math.abs(a.span[0] - h.span[0]) < Math.abs(t.start[cause.first] - h.span[0])
      && !(a.span[1] <= h.span[0] && PASSIVE_BEFORE.test(doc.text.slice(Math.max(v.s.span[0], h.span[0] - 24), h.span[0])))
      // After the word, a group is the doer only as its agent ("killed by X"): "killing 52 people, a Taliban official said" tells.
      // Inside the word it is ("wounded by Afghan forces fire"); around it, it owns the thing ("a Malian air force cargo plane crashed").
      && (a.span[1] <= h.span[0] || (a.span[0] >= h.span[0] && a.span[0] < h.span[1]) || /\bby\s+(?:\S+\s+){0,2}$/i.test(doc.text.slice(Math.max(h.span[1], a.span[0] - 40), a.span[0]))))
    // An armed word counts only as a doer: "a member of the Army National Guard, was killed when the washer short-circuited" names the victim.
    // A crowd told after the cause came to the scene, it did not cause it ("killed when a tanker exploded, as crowds gathered").
    // A crowd that fled ("thousands of residents fled the city after the volcano erupted, killing 15") is the cause's victim.
    const fleeing = (m: Match<true>) => v.scan(g.fledFrom).some((f) => f.first > m.last && f.first - m.last <= FLEE_GAP)
    const crowdFirst = cause ? v.scan(g.mobAgents).some((m) => m.first < cause.first && !fleeing(m)) : false
    // "Soldiers were deployed to rescue people stranded by floods that have killed 38": the cause is the killing word's
    // own subject, whatever armed word stands earlier in the sentence.
    if (cause && !v.weapon && subjectOf(doc, cause, h)) return { rule: 'non-human-cause', reason: `"${text(doc, cause)}" is what killed, right before the word` }
    // "A similar blast in the northern city killed more than 90 people in 2021", in a story of a tanker that exploded: the
    // precedent of the same accident, not an attack, when no armed side or crowd acts in the sentence.
    const similar = accidentLed(ctx) && !v.armedAgent && !v.actor ? v.scan(g.similarBefore).find((m) => m.last < h.first) : undefined
    if (similar && !v.scan(g.mobAgents).some((m) => acting(doc, m.first, m.last, h))) return { rule: 'similar-accident', reason: `"${text(doc, similar)}" ties the act to the accident the story tells: a precedent of it, not an attack` }
    if (cause && !v.weapon && !armedDoer(doc, g, v, h) && !nearer && !crowdFirst) return { rule: 'non-human-cause', reason: `the deaths come from "${text(doc, cause)}", with no weapon or armed actor named` }
    // No one acts in the sentence, and the whole story names causes of death but no weapon or armed side.
    const agent = v.weapon || v.armedAgent || v.actor || v.any(g.police) || v.any(g.mobAgents)
    // In a story of an accident or a disaster, residents named are its victims unless they act ("forced thousands of residents to flee").
    const disaster = disasterStory(ctx) && !v.weapon && !v.armedAgent && !v.actor && !v.scan(g.mobAgents).some((m) => acting(doc, m.first, m.last, h) && !fleeing(m))
    if ((!agent && ctx.counts.causes >= 2 && ctx.counts.weapons === 0 && ctx.counts.armed === 0) || disaster) {
      return { rule: 'non-human-cause', reason: `no one acts in the sentence, and the story names ${ctx.counts.causes} causes of death and no weapon or armed side` }
    }
    // "Soldiers and volunteers pulled bodies from the ruins": the dead taken from rubble, mud or water, with no weapon.
    const from = g.bodyWords.has(phrase) && !v.weapon ? v.scan(g.recoveredFrom)[0] : undefined
    if (from) return { rule: 'body-recovery', reason: `"${h.phrase}" taken from "${text(doc, from)}" with no weapon in the sentence: the dead recovered, not a killing` }
    // "Soldiers searched wrecked cars for bodies": a search for the dead, the body word right after "for".
    const search = g.bodyWords.has(phrase) && !v.weapon && doc.tokens.norm[h.first - 1] === 'for'
      ? v.scan(g.bodySearch).find((m) => m.last < h.first && h.first - m.last <= SEARCH_GAP && sameClause(doc, g, m, h)) : undefined
    if (search) return { rule: 'body-recovery', reason: `"${text(doc, search)} … for ${h.phrase}" with no weapon in the sentence: a search for the dead, not a killing` }
    // "Navy divers recovered bodies through the night", in a story of a boat that sank and names no weapon: the accident's
    // dead recovered, whoever recovers them.
    const recovered = g.bodyWords.has(phrase) && !v.weapon && accidentLed(ctx) ? v.scan(g.findVerbs).find((m) => m.last < h.first && h.first - m.last <= RECOVERED_GAP) : undefined
    if (recovered) return { rule: 'body-recovery', reason: `"${text(doc, recovered)} ... ${h.phrase}" in a story of an accident that names no weapon: the dead recovered, not a killing` }
    // "found a mass grave containing 40 bodies ... The bodies, some with their hands tied, were found on a farm": the dead of a
    // grave found, with no day of their own (rule grave-bodies).
    const si = sentenceAt(doc, h.span[0])
    const grave = g.bodyWords.has(phrase) && si >= 0 && !dayIn(doc, v) ? g.graveWords.exec(doc.text.slice(doc.sentences[Math.max(0, si - 2)][0], doc.sentences[si][1])) : null
    if (grave) return { rule: 'grave-bodies', reason: `"${h.phrase}" told with "${grave[0]}": the dead of a grave found, not an act of the day` }
    // "was found dead" alone is a death: the killing needs a weapon, a sign of violence or an armed side near it.
    if (g.foundDead.has(phrase) && !ctx.organisedCrime && !v.weapon && (!v.armedAgent || g.foundBody.has(phrase)) && !v.any(g.mobAgents) && !weaponAfter(doc, g, v.s.to, FOUND_DEAD_AFTER)) {
      return { rule: 'no-violence-sign', reason: `"${h.phrase}" with no weapon, sign of violence or armed side in its sentence or the ${FOUND_DEAD_AFTER} after it: a death, not a killing` }
    }
    const near = (m: Match<true>) => m.last >= h.first - ANIMAL_WINDOW && m.first <= h.last + ANIMAL_WINDOW
    const animal = v.scan(g.animals).find(near)
    // Or the act's object right after it is an animal ("rangers shot one of the animals"): the people named right before
    // an active verb are its doers. Not where a count of people stands between, where other people near it are victims
    // in a list of acts ("wounded a woman, and killed livestock"), nor where the animal only qualifies a person ("killed a
    // goat thief"). "Shot" itself is no weapon beside the act.
    const passive = PASSIVE_BEFORE.test(doc.text.slice(Math.max(v.s.span[0], h.span[0] - 24), h.span[0]))
    const object = passive ? undefined : v.scan(g.animals).find((m) => m.first > h.last && m.first - h.last <= ANIMAL_OBJECT_GAP
      && (m.last + 1 >= v.s.to || HEAD_END.test(t.value[m.last + 1]))
      // (A person before the verb with only words between, "Wildlife rangers in Zimbabwe shot dead an elephant", is its subject.)
      && !v.scan(g.persons).some((p) => (p.first > h.last && p.last < m.first) || (near(p) && p.last < h.first && h.first - p.last > 1
        && t.norm.slice(p.last + 1, h.first).some((w) => w === ',' || w === 'and' || w === ';')))
      // A number right before the animal counts the animals ("shot two baboons"), not people.
      && !doc.numbers.some((n) => n.measure !== 'other' && n.span[0] >= t.end[h.last] && n.span[1] <= t.start[m.first] && t.start[m.first] - n.span[1] > 1))
    const weapon = v.scan(g.weapons).some((m) => m.first !== h.first || m.last !== h.last)
    // "An elephant killed two villagers before rangers shot it dead": "it" after the act stands for the animal named before.
    const it = passive || t.norm[h.last + 1] !== 'it' ? undefined : v.scan(g.animals).find((m) => m.last < h.first)
    if (it && !weapon) return { rule: 'animal-victim', reason: `the being killed is "it", the animal "${text(doc, it)}" named before` }
    // Police or gendarmes who shoot the animal ("Gendarmes shot the bear dead") are its doers, like rangers: no armed side.
    const lawmen = !v.armedWord && v.scan(g.police).some((m) => m.last < h.first)
    if ((animal && !v.scan(g.persons).some(near) && !v.weapon && !v.armedAgent) || (object && !weapon && (!v.armedAgent || lawmen))) return { rule: 'animal-victim', reason: `the beings killed are animals ("${text(doc, (object ?? animal)!)}")` }
    // Round 28n: the participle right after an animal counted by "every", "each" or "per" ("would compensate farmers for every
    // animal killed and asked hunters to report dead boar"): the animals are the ones killed, whoever else the sentence names.
    const counted = !v.weapon ? v.scan(g.animals).find((m) => m.last === h.first - 1 && g.eachAnimal.has(t.norm[m.first - 1] ?? '')) : undefined
    if (counted) return { rule: 'animal-victim', reason: `"${t.value[counted.first - 1]} ${text(doc, counted)} ${h.phrase}": the beings killed are animals` }
    // "Stalkers killed 250,000 deer last year. Some landowners say the killing is going too far": "the killing" naming no one,
    // in a story whose killings told so far were of animals, is that cull.
    const cull = g.killingNouns.has(norm) && t.norm[h.first - 1] === 'the' && !v.weapon && !v.armedAgent && !v.any(g.persons)
      ? doc.messages.find((m) => m.rule === 'animal-victim' && m.span && m.span[1] <= h.span[0]) : undefined
    if (cull) return { rule: 'animal-victim', reason: `"the ${h.phrase}" names no one, and the killing told before was of animals ("${doc.text.slice(cull.span![0], cull.span![1])}")` }
    // "A herd of elephants attacked the village, trampling two men", "killed by a lion": the doer is an animal, no one armed named.
    const beast = animalDoer(doc, g, v, h, ANIMAL_WINDOW)
    if (beast && !v.weapon && !v.armedAgent && !v.actor && !v.any(g.mobAgents)) return { rule: 'animal-agent', reason: `the doer is an animal ("${text(doc, beast)}")` }
    // "An elephant killed three people ... before rangers shot it dead", "The elephant trampled the girl ..., and later
    // killed a man": the animal is the killing's subject when no weapon, armed side or crowd stands between them; the
    // rangers after the killing are the animal's killers, not the people's.
    const subject = beastSubject(doc, g, v, h)
    if (subject) return { rule: 'animal-agent', reason: `the doer is an animal ("${text(doc, subject)}"), with no weapon, armed side or crowd between it and the act` }
  }
  // A weak protest word ("dispersed", "rally") needs a crowd: "students dispersed into other schools" is not a protest.
  if (h.family === 'protest' && h.weight <= 1 && !v.protestStrong && !v.any(g.mobAgents) && !v.any(g.crowdAgents) && !v.actor) {
    return { rule: 'weak-alone', reason: 'a weak protest word with no crowd, protesters or stronger protest word in the sentence' }
  }
  // Campaign rallies and the marches that welcome candidates are electioneering, not demonstrations against anyone.
  // "He held a rally in Kisumu on Wednesday" too: a strong phrase of holding a rally, when no other strong protest word
  // stands in the sentence and the rally is against nothing.
  const heldRally = h.weight > 1 && RALLY_PHRASE.test(phrase) && v.strongProtests.every((p) => RALLY_PHRASE.test(p))
    && !RALLY_AGAINST.test(doc.text.slice(h.span[1], h.span[1] + 24))
  if (h.family === 'protest' && ctx.campaign && ((h.weight <= 1 && !v.protestStrong && CAMPAIGN_WORDS.test(phrase)) || heldRally)) {
    return { rule: 'campaign-event', reason: `an election-campaign story (${ctx.counts.campaign} campaign words): a rally or march there is electioneering` }
  }
  // "The battle for the capital is the most fiercely contested race": in an election-campaign story, a fight word with
  // no armed side, weapon or crowd in its sentence is the contest for votes, not combat.
  if (h.family === 'battle' && ctx.campaign && !v.armedAgent && !v.weapon && !v.any(g.mobAgents) && !actingArmed(doc, g, v, h)) {
    return { rule: 'figurative', reason: `an election-campaign story (${ctx.counts.campaign} campaign words) and no armed side, weapon or crowd in the sentence: a contest for votes` }
  }
  // "Campaigners are protesting against evidence that ...": in a story about a disease, a storm or a market, a protest
  // word with no one gathered anywhere is an objection, not a demonstration.
  if (h.family === 'protest' && FIGURATIVE_DOMAINS.has(ctx.focus) && !v.any(g.gathering) && !v.any(g.crowdAgents) && !v.any(g.mobAgents)
    && !doc.places.some((p) => p.span[0] >= v.s.span[0] && p.span[1] <= v.s.span[1])
    && !doc.numbers.some((n) => n.measure === 'people' && n.span[0] >= v.s.span[0] && n.span[1] <= v.s.span[1])) {
    return { rule: 'no-gathering', reason: `a ${ctx.focus} story (${ctx.why}) and no crowd, place or gathering in the sentence` }
  }
  if (h.sub === 'Violent demonstration' && !/^riot/.test(phrase) && !v.any(g.crowdAgents) && !v.any(g.persons) && !v.protest && !ctx.unrest) {
    return { rule: 'no-crowd', reason: 'damage or violence with no crowd, protesters or rioters named: not a demonstration' }
  }
  // "insurgents attacked a settlement, killed three people and set fire to a grain store": an armed side's burning is
  // part of its attack, whoever else the sentence names.
  if (h.sub === 'Violent demonstration' && !/^riot/.test(phrase) && !v.protest && !v.any(g.mobAgents) && v.attack && actingArmed(doc, g, v, h)) {
    return { rule: 'no-crowd', reason: 'damage done by an armed side named in the sentence: part of its attack, not a demonstration' }
  }
  // "Fans threw flares and stones at police": a strong riot word done by a crowd is a riot in a sport story too.
  const crowdRiot = h.family === 'riot' && h.weight > 1 && v.scan(g.crowdAgents).some((m) => m.last < h.first && acting(doc, m.first, m.last, h))
  if (FIGURATIVE_DOMAINS.has(ctx.focus) && !crowdRiot) {
    if (h.weight <= 1) return { rule: 'no-human-agent', reason: `a weak word in a ${ctx.focus} story (${ctx.why})` }
    if (harm && !v.armedAgent) return { rule: 'no-human-agent', reason: `a ${ctx.focus} story (${ctx.why}) and no armed group or attacker named in the sentence` }
  }
  if (crime && harm && h.family !== 'remote') {
    return { rule: 'ordinary-crime', reason: `a crime story (${ctx.why}) with no political, organised or crowd side in the sentence` }
  }
  return harm ? analystView(doc, g, v) : null
}

/**
 * A story of an accident or a disaster (`disasterStory`: two or more words of context.yaml's `disaster` or `weather` domains
 * and of gate.yaml's `causes`, at least as many causes as words naming armed actors, at most one weapon word and no street
 * unrest anywhere): its
 * arrests ("the owners were detained over safety violations") and its displaced are the disaster's aftermath, unless the
 * sentence names a political, armed or crowd side or an act of violence (rule `accident-aftermath`); its forces deployed
 * ("soldiers were deployed to help evacuate residents") are its relief, unless a group other than the state's is named. Not an epidemic:
 * arrests for breaking a lockdown are policing ACLED may code.
 */
function disasterStory(ctx: DocContext): boolean {
  const { causes = 0, armed = 0, weapons = 0, unrest = 0, disaster = 0, weather = 0 } = ctx.counts
  // One weapon word is allowed for a simile ("It was like a bomb"); a sentence that names one keeps its act (see callers).
  return disaster + weather >= 2 && causes >= 2 && causes >= armed && weapons <= 1 && unrest === 0
}

/** A story of an accident: a disaster story, or one that names causes of death and no weapon or unrest anywhere. */
function accidentLed(ctx: DocContext): boolean {
  return disasterStory(ctx) || ((ctx.counts.causes ?? 0) >= 2 && !ctx.counts.weapons && !ctx.counts.unrest)
}

function accidentStory(doc: Doc, g: GateKnowledge, ctx: DocContext, v: View, h: Hit, deployed: boolean | 'rescue' = false): Rejection | null {
  // A deployment only in a story of a disaster proper; an arrest or a displacement also in one of an accident (a boat sank)
  // that tells of no protest (protesters arrested for breaking a lockdown are the protest's answer).
  // People evacuated by troops ('rescue'): a story of weather or a disaster that names causes of death and no weapon or unrest,
  // however many words name the troops who help.
  const { weather = 0, disaster = 0 } = ctx.counts
  const story = deployed === 'rescue' ? accidentLed(ctx) && weather + disaster >= 2 && !ctx.counts.protest
    : deployed ? disasterStory(ctx) : disasterStory(ctx) || (accidentLed(ctx) && !ctx.counts.protest)
  if (!story) return null
  const { causes = 0, armed = 0 } = ctx.counts
  // A governor or minister who tells the news ("governor Seyi Makinde said the organisers had been arrested") is no side of it.
  const t = doc.tokens
  const speaker = (m: Match<true>) => { for (let i = m.last + 1; i <= Math.min(m.last + SPEAKER_GAP, v.s.to - 1); i++) if (SAID.test(t.value[i])) return true; return false }
  // A crowd acting keeps it ("villagers detained the driver"); one acted on does not ("authorities evacuated 2,000 residents").
  if (v.attack || v.weapon || v.protest || (!deployed && v.scan(g.mobAgents).some((m) => acting(doc, m.first, m.last, h)))) return null
  // The forces deployed are the sentence's armed words: only a group named besides them keeps it theirs.
  if (deployed ? v.armedActor && doc.actors.some((a) => a.span[0] >= v.s.span[0] && a.span[1] <= v.s.span[1] && a.role === 'armed' && !a.generic
    && !/^(?:Military|Police) Forces/.test(a.name)) : v.armedAgent || v.actor || v.scan(g.political).some((m) => !speaker(m))) return null
  return { rule: 'accident-aftermath', reason: `a story of an accident or disaster (${causes} causes of death or damage, ${armed} words naming armed actors) and no political, armed or crowd side in the sentence: the disaster's aftermath` }
}

/**
 * The text of a ", which ..., " aside holding the trigger, when the aside closes before the sentence ends (the main clause
 * goes on), names a year and no day.
 */
function asideOf(doc: Doc, g: GateKnowledge, v: View, h: Hit): string | null {
  const t = doc.tokens
  let open = -1
  for (let i = h.first - 1; i > v.s.from && open < 0; i--) {
    if (t.value[i] === ',' || g.clauseBreaks.has(t.norm[i])) break
    if (g.asideOpeners.has(t.norm[i]) && t.value[i - 1] === ',') open = i
  }
  if (open < 0) return null
  let close = -1
  for (let i = h.last + 1; i < v.s.to && close < 0; i++) if (t.value[i] === ',') close = i
  if (close < 0 || !/\p{L}/u.test(t.value.slice(close + 1, v.s.to).join(' '))) return null
  const from = t.start[open], to = t.end[close - 1]
  // "which has been fighting the rebels since March 2015": a running war keeps its background record (status.ts).
  if (!/\b(?:19|20)\d\d\b/.test(doc.text.slice(from, to)) || /\bsince\b/i.test(doc.text.slice(from, to))) return null
  if (doc.dates.some((d) => d.span[0] >= from && d.span[1] <= to && /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}\b)/u.test(doc.text.slice(d.span[0], d.span[1])))) return null
  return doc.text.slice(t.start[open - 1], to)
}

/** "visiting troops deployed", "among the 1,500 soldiers deployed": the forces before "deployed" are another word's object. */
function describedForces(doc: Doc, g: GateKnowledge, h: Hit): boolean {
  const t = doc.tokens.norm
  if (t[h.first] !== 'deployed' || h.first !== h.last || !g.describedForces.has(t[h.first - 1] ?? '')) return false
  let i = h.first - 2
  while (i >= 0 && (t[i] === 'the' || /^[\d,.]+$/.test(t[i]))) i--
  return i >= 0 && g.forcesObjectBefore.has(t[i])
}

/** "as (heavy) fighting between X and Y (around Z) cuts the roads": the present-tense verb of a fight noun after "as" (rule ongoing-as). */
function ongoingAs(doc: Doc, g: GateKnowledge, h: Hit): { verb: string; from: number } | null {
  const t = doc.tokens.norm
  if (!g.fightWords.has(t[h.first]) || /(?:ed|ght)$/.test(t[h.first])) return null
  let i = h.first - 1
  for (let k = 0; k < 2 && i >= 0 && /^[a-z]+$/.test(t[i]) && t[i] !== 'as'; k++) i--
  if (t[i] !== 'as') return null
  for (let j = h.last + 1; j < Math.min(t.length, h.last + 16); j++) {
    if (t[j] === ',' || t[j] === '.' || t[j] === ';') return null
    if (g.ongoingAsVerbs.has(t[j])) return { verb: t[j], from: doc.tokens.start[i] }
  }
  return null
}

/** "..., according to analysts and satellite images", with no day in the sentence: an analyst's reading (rule analyst-view). */
function analystView(doc: Doc, g: GateKnowledge, v: View): Rejection | null {
  const analysts = v.scan(g.analystSources)[0]
  return analysts && !dayIn(doc, v) ? { rule: 'analyst-view', reason: `told "${text(doc, analysts)}" with no day of its own: an analyst's reading, not a report` } : null
}

/**
 * A side named before the trigger ("gunmen killed"), or after "by" ("was shot by gunmen"), acts;
 * one named after it without "by" ("killing seven residents") is the victim.
 */
function acting(doc: Doc, first: number, last: number, h: Hit): boolean {
  if (last < h.first) return true
  const t = doc.tokens.norm
  for (let i = first - 1; i >= Math.max(h.first, first - 3); i--) if (t[i] === 'by') return true
  return false
}

/**
 * A prosecutor after the act who only tells it ("six people died in an attack on a bar, state prosecutors said"): the
 * source of the news, not a court case about the act.
 */
/**
 * "Aid groups appealed on Tuesday for food", "appealed to residents to stay calm": an "appeal" word with "for" or "to"
 * within two words after it (a day between) is a plea, no court's appeal, unless a court word follows within four words
 * of that ("appealed to the Supreme Court").
 */
function plea(doc: Doc, g: GateKnowledge, court: Match<true>): boolean {
  const t = doc.tokens
  if (court.first !== court.last || !/^appeal/.test(t.norm[court.first])) return false
  const s = t.sentence[court.first]
  for (let k = court.last + 1; k <= court.last + 3 && k < t.count && t.sentence[k] === s; k++) {
    if (!g.pleaAfter.has(t.norm[k])) continue
    return !Array.from({ length: 4 }, (_, i) => k + 1 + i).some((j) => j < t.count && t.sentence[j] === s && g.pleaCourtWords.has(t.norm[j]))
  }
  return false
}

function courtTells(doc: Doc, court: Match<true>, h: Hit): boolean {
  return court.first > h.last && TELLS_AFTER.test(doc.text.slice(doc.tokens.end[court.last], doc.tokens.end[court.last] + 30))
}

/**
 * The court is an armed side's own: the side stands before the court word in its clause ("militants conducted a
 * Sharia court which sentenced ..."), not as the state's court ("a military court") or a member tried ("a militia
 * commander jailed").
 */
function armedCourt(doc: Doc, g: GateKnowledge, v: View, court: Match<true>): boolean {
  return v.scan(g.armedAgents).some((m) => m.last < court.first && !g.stateCourts.has(doc.tokens.norm[m.last + 1] ?? '')
    && sameClause(doc, g, m, { first: court.first, last: court.last } as Hit))
}

/**
 * An armed word that does the act: before it in the active voice ("soldiers killed"), or after "by". After a passive
 * verb the side named before the act is its victim ("a soldier was killed when ...").
 */
function armedDoer(doc: Doc, g: GateKnowledge, v: View, h: Hit): boolean {
  const passive = PASSIVE_BEFORE.test(doc.text.slice(Math.max(v.s.span[0], h.span[0] - 24), h.span[0]))
  // "An army truck lost its brakes": an armed word right before a vehicle owns the vehicle, it does nothing.
  const owner = (m: Match<true>) => g.vehicleSubjects.at(doc.tokens, m.last + 1).length > 0
  return v.scan(g.armedAgents).some((m) => !owner(m) && ((m.last < h.first && !passive) || (m.first > h.last && acting(doc, m.first, m.last, h))))
}

/** An armed side acting in the trigger's sentence: an armed-agent word or a named armed group (not the government or the police). */
function actingArmed(doc: Doc, g: GateKnowledge, v: View, h: Hit): boolean {
  if (v.scan(g.armedAgents).some((m) => acting(doc, m.first, m.last, h))) return true
  return doc.actors.some((a) => a.span[0] >= v.s.span[0] && a.span[1] <= v.s.span[1] && !a.generic && a.role === 'armed'
    && !a.name.startsWith('Government of') && !a.name.startsWith('Police Forces')
    && (a.span[1] <= h.span[0] || /\bby\s+(?:\S+\s+){0,2}$/i.test(doc.text.slice(Math.max(h.span[1], a.span[0] - 40), a.span[0]))))
}


/** The sentence names something an incident is coded from: a count of dead, hurt or taken, a day, a place or a named armed side. */
function concrete(doc: Doc, v: View, end = v.s.span[1]): boolean {
  const inside = (span: Span) => span[0] >= v.s.span[0] && span[1] <= end
  return doc.numbers.some((n) => inside(n.span) && (n.measure === 'killed' || n.measure === 'injured' || n.measure === 'abducted'))
    // A dateline says where the report was filed, not where the act was ("NAIROBI — The officer who fired ...").
    || doc.dates.some((d) => inside(d.span)) || doc.places.some((p) => inside(p.span) && !inRegion(doc, p.span, ['dateline']))
    // ... nor are soldiers named a side by its country alone ("KAMPALA, Uganda — The soldier who ..." makes Uganda's soldiers).
    || (v.armedActor && doc.actors.some((a) => inside(a.span) && !a.generic && a.role === 'armed' && a.rule !== 'generic-military'
      && !a.name.startsWith('Government of') && !a.name.startsWith('Police Forces') && !inRegion(doc, [a.span[0], a.span[0] + 1], ['dateline'])))
}

// A paragraph longer than this (a text with no line breaks) is no frame for a quotation: count from the sentence.
const QUOTE_PARAGRAPH = 1200
/** Where the quotation that may hold character `at` opened: its paragraph's start, or the sentence's in a text with no breaks. */
function paragraphStart(doc: Doc, at: number): number {
  const start = doc.text.lastIndexOf('\n', at - 1) + 1
  return at - start <= QUOTE_PARAGRAPH ? start : at
}

/** The end of the quotation holding the hit: its closing mark in the sentence, or the sentence's end. */
function quoteEnd(doc: Doc, v: View, h: Hit): number {
  const close = doc.text.slice(h.span[1], v.s.span[1]).search(/[”"]/)
  return close < 0 ? v.s.span[1] : h.span[1] + close
}

/** A count of dead in the sentence. */
/** Token `i` is a plural present act word right after an armed side ("gangs raid"), or after "and" that follows one ("raid villages and kidnap"). */
function habitualPresent(doc: Doc, g: GateKnowledge, v: View, i: number): boolean {
  const t = doc.tokens
  if (!g.presentPluralActs.has(t.norm[i])) return false
  // Right after the armed side, or after the side and a relative pronoun ("armed gangs who raid villages": rule habitual-present).
  const afterSide = (j: number) => v.scan(g.armedAgents).some((m) => m.last + 1 === j || (m.last + 2 === j && v.scan(g.relativeOpeners).some((r) => r.first === j - 1 && r.last === j - 1)))
  if (afterSide(i)) return true
  if (t.norm[i - 1] !== 'and') return false
  // The first act of the series, a few words back ("raid villages, steal cattle and kidnap"), itself right after the armed side.
  for (let j = i - 2; j >= Math.max(0, i - 8); j--) if (g.presentPluralActs.has(t.norm[j])) return afterSide(j)
  return false
}

/** A side's areas in general ("army-held cities") in the act's clause: the words, or null. */
function heldAreas(doc: Doc, g: GateKnowledge, v: View, h: Hit): string | null {
  const t = doc.tokens
  // The tokens split "army-held" into "army", "-", "held".
  for (let i = v.s.from + 2; i + 1 < v.s.to; i++) {
    if (t.norm[i] !== 'held' || t.norm[i - 1] !== '-' || t.end[i - 2] !== t.start[i - 1] || !g.heldAreas.has(t.norm[i + 1])) continue
    const [from, to] = i + 1 < h.first ? [i + 2, h.first] : [h.last + 1, i - 2]
    let broken = false
    for (let k = from; k < to; k++) if (g.clauseBreaks.has(t.norm[k])) broken = true
    if (!broken) return doc.text.slice(t.start[i - 2], t.end[i + 1])
  }
  return null
}

/** A toll in the sentence, not counting a figure inside one of `outside` ("some of the killings" judged). */
function tollIn(doc: Doc, v: View, outside: readonly Match<true>[] = []): boolean {
  return doc.numbers.some((n) => n.measure === 'killed' && n.value > 0 && n.span[0] >= v.s.span[0] && n.span[1] <= v.s.span[1]
    && !outside.some((m) => n.span[0] >= doc.tokens.start[m.first] && n.span[1] <= doc.tokens.end[m.last]))
}

// Right before a day, a word of speaking: the day the source spoke ("the minister said on Friday"), not the act's.
const SPOKE_ON = new RegExp(`\\b(?:${cueSource('reported-speech')})\\s+(?:on\\s+)?$`, 'i')
/** A day in the sentence other than the day its source spoke. */
function actDayIn(doc: Doc, v: View, from = v.s.span[0]): boolean {
  return doc.dates.some((d) => d.span[0] >= from && d.span[1] <= v.s.span[1] && d.precision <= 2
    && !SPOKE_ON.test(doc.text.slice(Math.max(v.s.span[0], d.span[0] - 20), d.span[0])))
}

/** A day (or a more exact date than a year) named in the sentence. */
function dayIn(doc: Doc, v: View, from = v.s.span[0]): boolean {
  return doc.dates.some((d) => d.span[0] >= from && d.span[1] <= v.s.span[1] && d.precision <= 2)
}

/** Any date in the sentence, a year or a decade too; only those `which` keeps when given. */
function dateIn(doc: Doc, v: View, which: (d: DateMention) => boolean = () => true): boolean {
  return doc.dates.some((d) => d.span[0] >= v.s.span[0] && d.span[1] <= v.s.span[1] && which(d))
}

/** The word before a span of time, past "the" and its count: "during [the nine] months of". */
function spanOpener(doc: Doc, g: GateKnowledge, first: number): number {
  let i = first - 1
  while (i > 0 && i >= first - 2 && (doc.tokens.norm[i] === 'the' || doc.tokens.kind[i] === 'number' || g.spanNumbers.has(doc.tokens.norm[i]))) i--
  return i
}

/** A wild animal that does the act: before it in the active voice, or after "by" ("trampled by an elephant"). */
function animalDoer(doc: Doc, g: GateKnowledge, v: View, h: Hit, window: number): Match<true> | undefined {
  return v.scan(g.animalDoers).find((m) => acting(doc, m.first, m.last, h) && (m.first > h.last || (h.first - m.last <= window
    && !PASSIVE_BEFORE.test(doc.text.slice(doc.tokens.end[m.last], h.span[0])))))
}

/** The last animal named before the act, with no weapon, armed side, crowd or named side between them and no passive
 * ("the elephant was killed"): the act's subject. */
function beastSubject(doc: Doc, g: GateKnowledge, v: View, h: Hit): Match<true> | undefined {
  const beast = v.scan(g.animalDoers).filter((m) => m.last < h.first).at(-1)
  if (!beast) return undefined
  // The passive's subject is the victim: the animal itself ("the elephant was killed"), unless people stand between and no
  // one armed is named ("Shark attacks are rare here, but two women were killed off the beach last year").
  const peopleKilled = !v.weapon && !v.armedAgent && !v.actor && v.scan(g.persons).some((m) => m.first > beast.last && m.last < h.first)
  const passive = PASSIVE_BEFORE.test(doc.text.slice(doc.tokens.end[beast.last], h.span[0]))
  if (!peopleKilled && passive) return undefined
  // A noun, not a verb or a name ("gunmen who bear no insignia killed"): after a determiner, or opening the sentence.
  if (beast.first > v.s.from && beast.first !== v.words[0] && !BEAST_DETERMINER.test(doc.tokens.value[beast.first - 1])) return undefined
  const between = (m: Match<true>) => m.first > beast.last && m.last < h.first
  // (People killed in the passive, "two women were killed", are the victims, not a crowd between.)
  if ([g.weapons, g.armedAgents, g.mobAgents, ...(passive ? [] : [g.crowdAgents])].some((index) => v.scan(index).some(between))) return undefined
  const from = doc.tokens.end[beast.last]
  if (doc.actors.some((a) => a.span[0] >= from && a.span[1] <= h.span[0] && (a.role === 'armed' || a.role === 'protester' || a.role === 'rioter'))) return undefined
  return beast
}

/** The sentence's first cause of death or damage that the act did not itself bring about ("starting a fire" is a result). */
function causeOf(doc: Doc, g: GateKnowledge, v: View): Match<true> | undefined {
  return v.scan(g.causes).find((m) => !v.scan(g.resultsBefore).some((r) => r.last < m.first && m.first - r.last <= 3) && !gunfire(doc, g, m))
}

/** "killed by Israeli fire", "army fire": fire a side's guns made, a nationality or a force's word right before it (gate.yaml fire_owners). */
function gunfire(doc: Doc, g: GateKnowledge, m: Match<true>): boolean {
  const t = doc.tokens
  if (m.first !== m.last || !/^fire$/i.test(t.value[m.first]) || m.first === 0) return false
  const prev = m.first - 1
  return g.fireOwners.has(t.norm[prev]) || doc.places.some((p) => p.kind === 'demonym' && p.span[1] === t.end[prev])
}

/** The cause stands right before the killing word, with only a relative pronoun or auxiliaries between ("floods that have killed"). */
/** The words of a war long over in the sentence before `s`, in its paragraph: a war of the `history` list (not one
 * only compared with, "the worst fighting since World War II"), or a war noun with a span of years that ended ten years or
 * more before publication ("the wars between 1989 and 2003"). */
function warOverBefore(doc: Doc, g: GateKnowledge, s: Sentence): string | undefined {
  const t = doc.tokens
  if (s.from <= 0) return undefined
  const to = s.from
  const si = t.sentence[to - 1]
  let from = to - 1
  while (from > 0 && t.sentence[from - 1] === si) from--
  // Same paragraph: no line break after the sentence before's last word (a newline may be a token of its own).
  // (a sentence's span may open with the line break).
  let first = s.from
  while (first < s.to - 1 && !hasLetter(t.value[first])) first++
  const between = doc.text.slice(doc.sentences[si][0], t.start[first])
  if (between.slice(between.trimEnd().length).includes('\n')) return undefined
  const history = g.history.scan(t, from, to).find((m) => m.first === 0 || !g.comparedBefore.has(t.norm[m.first - 1]))
  if (history) return doc.text.slice(t.start[history.first], t.end[history.last])
  const published = doc.article.published ? Number(doc.article.published.slice(0, 4)) : NaN
  const war = g.warNouns.scan(t, from, to)[0]
  if (!war || !Number.isFinite(published)) return undefined
  for (let i = war.last + 1; i + 3 < to; i++) {
    if (t.norm[i] !== 'between' && t.norm[i] !== 'from') continue
    const end = Number(t.norm[i + 3])
    if (/^\d{4}$/.test(t.norm[i + 1]) && (t.norm[i + 2] === 'and' || t.norm[i + 2] === 'to') && /^\d{4}$/.test(t.norm[i + 3]) && end <= published - 10) {
      return doc.text.slice(t.start[war.first], t.end[i + 3])
    }
  }
  return undefined
}

function subjectOf(doc: Doc, cause: Match<true>, h: Hit): boolean {
  if (cause.last >= h.first) return false
  for (let i = cause.last + 1; i < h.first; i++) if (!CAUSE_LINK.test(doc.tokens.value[i])) return false
  return true
}

/** A weapon or sign of violence (gate `weapons`) in the `sentences` sentences that start at token `from`. */
function weaponAfter(doc: Doc, g: GateKnowledge, from: number, sentences: number): boolean {
  return phrasesAfter(doc, g.weapons, from, sentences)
}

/** Whether `list` has a phrase from token `from` to the end of the sentence `sentences - 1` after its own. */
function phrasesAfter(doc: Doc, list: PhraseIndex<true>, from: number, sentences: number): boolean {
  const t = doc.tokens
  if (from >= t.count) return false
  const last = t.sentence[from] + sentences - 1
  let to = from
  while (to < t.count && t.sentence[to] <= last) to++
  return list.scan(t, from, to).length > 0
}

/** No clause break (a dash, a semicolon, "while") between a cue and the trigger: they speak of one act. */
/**
 * "has besieged El Fasher, the army's last stronghold in Darfur, for more than a year": between the act and the span, an
 * apposition set off by two commas (no verb in it), and the rest within the gap and one clause.
 */
function besideApposition(doc: Doc, g: GateKnowledge, from: number, to: number): boolean {
  if (to - from > LASTING_GAP + APPOSITION_WORDS) return false
  const t = doc.tokens
  const commas: number[] = []
  for (let i = from + 1; i < to; i++) if (t.norm[i] === ',') commas.push(i)
  if (commas.length !== 2 || commas[1] !== to - 1) return false
  for (let i = commas[0] + 1; i < commas[1]; i++) if (t.pos[i] === 'VERB' || t.pos[i] === 'AUX') return false
  for (let i = from + 1; i < commas[0]; i++) if (g.clauseBreaks.has(t.norm[i])) return false
  return commas[0] - from <= LASTING_GAP
}
const APPOSITION_WORDS = 10

/**
 * Round 26n: the act's noun, then a description of it between two commas, then the words after it: "The killings, the
 * deadliest use of force by police since the end of apartheid, remain a painful memory". No verb in the description.
 */
function nounApposition(doc: Doc, from: number, to: number): boolean {
  const t = doc.tokens
  if (to - from > NOUN_APPOSITION_WORDS + 2 || t.norm[from + 1] !== ',' || t.norm[to - 1] !== ',' || t.norm[from + 2] !== 'the') return false
  for (let i = from + 2; i < to - 1; i++) if (t.norm[i] === ',' || t.pos[i] === 'VERB' || t.pos[i] === 'AUX') return false
  return true
}
const NOUN_APPOSITION_WORDS = 18

/** Words between topic words and the second act word of a coordination: "the risk of attacks by Islamist insurgents and". */
const COORD_GAP = 10
/**
 * "risk of attacks by insurgents and kidnapping": `h` is the second noun of a coordination opened by another act word in
 * reach of the topic words `m` (TOPIC_GAP), one clause, no comma, and a noun or gerund (not "and kidnapped": a verb of its own).
 */
function coordinated(doc: Doc, g: GateKnowledge, hits: Hit[], m: Match<true>, h: Hit): boolean {
  const t = doc.tokens
  if (h.first - m.last > COORD_GAP || !g.coordinators.has(t.norm[h.first - 1] ?? '') || /ed$/i.test(t.value[h.first])) return false
  for (let i = m.last + 1; i < h.first; i++) if (t.value[i] === ',' || g.clauseBreaks.has(t.norm[i])) return false
  return hits.some((o) => o !== h && o.first > m.last && o.last < h.first - 1 && o.first - m.last <= TOPIC_GAP)
}

function sameClause(doc: Doc, g: GateKnowledge, m: Match<true>, h: Hit): boolean {
  const [from, to] = m.last < h.first ? [m.last + 1, h.first] : [h.last + 1, m.first]
  for (let i = from; i < to; i++) if (g.clauseBreaks.has(doc.tokens.norm[i])) return false
  return true
}

/** Subject words between a relative clause's opener and its auxiliary ("the gangs [the army] is fighting"). */
const RELATIVE_SUBJECT = 3
/** Words that give the act an object of its own right after it ("is fighting the gangs"). */
const OBJECT_POS = new Set(['NOUN', 'PROPN', 'DET', 'NUM', 'PRON'])

/**
 * "the gangs the army is fighting in the prisons": an act in the present progressive whose subject opens right after a noun,
 * with no object after it, is a contact relative clause describing that noun: which people a war is waged on, no incident.
 * Returns the words, or null.
 */
function objectRelative(doc: Doc, g: GateKnowledge, v: View, h: Hit): string | null {
  const t = doc.tokens
  if (h.last + 1 < v.s.to && OBJECT_POS.has(t.pos[h.last + 1])) return null
  const aux = v.scan(g.relativeProgressive).find((m) => m.last === h.first - 1)
  if (!aux) return null
  for (let d = aux.first - 1; d >= v.s.from + 1 && aux.first - d <= RELATIVE_SUBJECT; d--) {
    if (!/^[\p{L}-]+$/u.test(t.value[d])) return null
    if (!g.relativeSubjectOpeners.has(t.norm[d])) continue
    if (t.pos[d - 1] !== 'NOUN' || doc.dates.some((x) => x.span[0] <= t.start[d - 1] && t.end[d - 1] <= x.span[1])) return null
    return doc.text.slice(t.start[d - 1], t.end[h.last])
  }
  return null
}

const text = (doc: Doc, m: Match<true>) => doc.text.slice(doc.tokens.start[m.first], doc.tokens.end[m.last])

/** The trigger at `first` opens with "a"/"an", at most two words between ("for a suicide bombing", "for an attack"). */
function newAct(t: Doc['tokens'], first: number): boolean {
  for (let k = first - 1; k >= 0 && first - k <= 3 && t.sentence[k] === t.sentence[first]; k--) {
    const w = t.norm[k]
    if (w === 'a' || w === 'an') return true
    if (!/^[a-z-]+$/.test(w) || w === 'the' || w === 'for' || w === 'of') return false
  }
  return false
}

/** Helper verbs and adverbs between a subject and its protest verb: "Baghdad has formally protested". */
const SUBJECT_GAP = /^(?:has|have|had|also|formally|strongly|officially|already|repeatedly|again|swiftly|immediately)$/
/** Tokens after which a subject opens its clause. */
const CLAUSE_START = /^(?:[,;:—–"“(]|and|but|while|whereas|that|then)$/i

/**
 * The government that is the subject of a protest word, if any: a government body of `state_protesters` right before
 * it, or a country or national capital that is no part of a phrase of place ("in Baghdad, hundreds protested").
 */
function diplomaticSubject(doc: Doc, g: GateKnowledge, v: View, h: Hit): string | null {
  const t = doc.tokens
  // Only a verb has a subject: "anti-government protesters" are people.
  if (t.pos[h.first] !== 'VERB') return null
  let i = h.first - 1
  while (i >= v.s.from && SUBJECT_GAP.test(t.norm[i])) i--
  if (i < v.s.from) return null
  const body = v.scan(g.stateProtesters).find((m) => m.last === i)
  if (body) return text(doc, body)
  const end = t.end[i]
  const place = doc.places.find((p) => p.span[1] === end && (p.kind === 'country' || p.featureCode === 'PPLC'))
  if (!place) return null
  let k = i
  while (k > v.s.from && t.start[k] > place.span[0]) k--
  // The country or capital opens its clause ("Baghdad has protested", "..., and Iraq protested"): not "protesters in
  // Baghdad protested" nor "producers of North Benin march", where the place says where or whose.
  const before = k > v.s.from ? t.value[k - 1] : ''
  // A paragraph's line break before the name opens its clause too ("...said.\nBaghdad has protested", artev23).
  if (before && before.trim() && !CLAUSE_START.test(before)) return null
  return place.text
}

/** Politicians named just before the word ("Lawmakers clashed", "deputies ... gathered"), not as the object of "of"
 * ("supporters of the two candidates attacked": the crowd acts). */
/** "clash with the Senate President", "clashed with opposition lawmakers": "with", maybe "the" and one more word, then a politician. */
function debatePartnerAfter(doc: Doc, g: GateKnowledge, v: View, h: Hit): Match<true> | undefined {
  const n = doc.tokens.norm
  if (n[h.last + 1] !== 'with') return undefined
  return v.scan(g.debatePartners).find((m) => m.first > h.last + 1 && m.first - h.last <= 4
    && (m.first - h.last === 2 || (m.first - h.last === 3 && (n[h.last + 2] === 'the' || /^[a-z]+$/.test(n[h.last + 2] ?? '')))
      || (m.first - h.last === 4 && n[h.last + 2] === 'the'))
    && !g.debatePartnerNotAfter.has(n[m.last + 1] ?? ''))
}

function debatersBefore(doc: Doc, g: GateKnowledge, v: View, h: Hit, gap: number): Match<true> | undefined {
  return v.scan(g.debaters).find((m) => m.last < h.first && h.first - m.last <= gap && ![1, 2, 3].some((k) => doc.tokens.norm[m.first - k] === 'of'))
}
