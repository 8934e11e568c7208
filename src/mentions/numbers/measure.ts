/** @module mentions/numbers/measure: what a quantity counts (killed, injured, ...) and whose it is, from its clause. */
import type { Measure, NumberWords, CountMeasure } from './words.js'
import type { Word } from './scan.js'
import { besideMonth, phraseAt, phraseEnding } from './scan.js'

export interface Attribution { measure: Measure | null; group: [first: number, last: number] | null; how: string }

// Words between a number's noun and its verb: "20 were killed", "five are feared dead", "3 reportedly died".
const aux = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'reportedly', 'also', 'later',
  'all', 'allegedly', 'got', 'who', 'that', 'reported', 'believed', 'feared', 'confirmed', 'said', 'to', 'still', 'now',
  'subsequently', 'eventually', 'both', 'being', 'then', 'apparently', 'initially', 'were', 'left', 'lay'])
// Words that may sit between a verb and its counted object: "killed the two", "killed a teacher and two students".
const objectFill = new Set(['the', 'a', 'an', 'another', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'and', ',', 'at', 'least', 'some', 'of', 'them', 'whom', 'those', 'these', 'all']) // "killing all 33 attackers"
const stop = new Set(['were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'and', 'or', 'but', 'in', 'at', 'on', 'by',
  'with', 'from', 'to', 'for', 'during', 'after', 'before', 'while', 'who', 'that', 'which', 'when', 'where', 'as', 'the', 'a',
  'an', 'into', 'near', 'since', 'than', 'including', 'among', 'across', 'inside', 'outside', 'over', 'under', 'against'])
// Cues that are not verbs taking an object; any other cue followed by an object ("3 gunmen killed
// 5 people", "100 residents lynched two men") makes the number the doers, not the dead.
const intransitive = /^(died|die|dead|deaths?|fatalit|perished|lost|succumbed|bodies|body|corpses|injuries|injury|wounds|hostages|missing|arrests|detentions|abductions|kidnappings|lifeless|slain|in custody)/
const objectStart = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'him', 'them', 'at', 'over', 'more', 'nearly',
  'several', 'dozens', 'scores', 'hundreds', 'some', 'many', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'ten', 'one', 'another', 'about', 'around', 'up', 'as', 'local', 'civilians', 'people', 'soldiers'])
/** "2 January", "January 2", "2017": a number of the calendar, not a count. */
const dayOfMonth = (words: readonly Word[], k: number): boolean => besideMonth(words, k) || /^(19|20)\d\d$/.test(words[k].text)
/** How far back (words) a toll's noun may stand from "rose to N". */
const TOLL_REACH = 30
const tollBridge = new Set(['to', 'at', 'of', 'reached', 'hit', 'is', 'was', 'stands', 'stood', 'passed', 'topped', 'exceeded', 'now', 'has', 'had', 'rose', 'risen', 'climbed', 'jumped', 'increased', 'further'])

/** Prepositions of a short place phrase between a counted noun and its verb. */
const PLACE_PREPS = new Set(['at', 'in', 'inside', 'near', 'from'])
// The nouns of captives among the 'abducted' cues: a count of them may still be a count of dead (rule hostages-killed).
const CAPTIVE_NOUNS = new Set(['hostages', 'hostage', 'captives', 'abductees'])
const passiveAux = new Set(['were', 'was', 'been', 'being', 'are', 'is', 'be'])
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’'])
const QUOTED_REACH = 7   // the count, "of" and a noun of up to four words before the closing quote
const isAlpha = (w: Word | undefined) => !!w && /^[a-z\u00C0-\u024F]/i.test(w.text)

/** The people noun phrase starting at words[k] ("IS fighters", "police officers", "others"), or null. */
export function groupAt(words: readonly Word[], k: number, nw: NumberWords): { first: number; last: number; thing: boolean } | null {
  let start = k
  // "one of the soldiers", "20 of them"
  // "three of our men": a possessive stands where "the" does.
  if (words[k]?.lower === 'of' && ['the', 'our', 'their', 'them', 'whom', 'those', 'these'].includes(words[k + 1]?.lower ?? '')) start = k + (['the', 'our', 'their'].includes(words[k + 1].lower) ? 2 : 1)
  let best: { first: number; last: number; thing: boolean } | null = null
  for (let j = start; j < Math.min(words.length, start + 5); j++) {
    const p = phraseAt(words, j, nw.people)
    if (p) { best = { first: start, last: j + p - 1, thing: false }; j += p - 1; continue }
    const t = phraseAt(words, j, nw.things)
    if (t && !best) return { first: start, last: j + t - 1, thing: true }
    const acronym = /^[A-Z]{2,}$/.test(words[j]?.text ?? '')      // "IS fighters", "SDF fighters"
    // A hyphen inside a name ("al-Shabaab fighters") does not end the phrase.
    if ((words[j]?.text === '-' || words[j]?.text === '‐') && isAlpha(words[j - 1]) && isAlpha(words[j + 1]) && j > start) continue
    if (!isAlpha(words[j]) || (stop.has(words[j].lower) && !acronym) || cueAt(words, j, nw.after)) break
  }
  return best
}

// First (and last) words of any cue of any measure: a word in neither starts (ends) no cue, which is
// most words; one set lookup then spares a lookup per measure. Kept per cue table.
const firstWords = new WeakMap<NumberWords['after'], Set<string>>()
const lastWords = new WeakMap<NumberWords['before'], Set<string>>()
function union(sets: NumberWords['after'], part: 'starts' | 'ends', cache: WeakMap<NumberWords['after'], Set<string>>): Set<string> {
  let all = cache.get(sets)
  if (!all) { all = new Set<string>(); for (const set of sets.values()) for (const w of set[part]) all.add(w); cache.set(sets, all) }
  return all
}

function cueAt(words: readonly Word[], j: number, sets: NumberWords['after']): { measure: CountMeasure; n: number } | null {
  const w = words[j]
  if (j < 0 || !w || !union(sets, 'starts', firstWords).has(w.lower)) return null
  let found: { measure: CountMeasure; n: number } | null = null
  for (const [measure, set] of sets) {
    const n = phraseAt(words, j, set)
    if (n && (!found || n > found.n)) found = { measure, n }
  }
  return found
}

function cueEnding(words: readonly Word[], j: number, nw: NumberWords): CountMeasure | null {
  const w = words[j]
  if (j < 0 || !w || !union(nw.before, 'ends', lastWords).has(w.lower)) return null
  let found: { measure: CountMeasure; n: number } | null = null
  for (const [measure, set] of nw.before) {
    const n = phraseEnding(words, j, set)
    if (n && (!found || n > found.n)) found = { measure, n }
  }
  return found?.measure ?? null
}

/** Skip a coordinated quantity and its noun ("and five others", ", a civilian"), returning the index after it. */
function skipCoordinated(words: readonly Word[], k: number, nw: NumberWords): number {
  let j = k
  // "Nine soldiers and "dozens" of rebels were killed": a vague count, in quotes or not, is one more item of the list.
  const quote = (w: Word | undefined) => !!w && QUOTES.has(w.text)
  const v = quote(words[j]) ? j + 1 : j
  const vague = phraseAt(words, v, nw.vagueSet)
  if (vague) {
    j = v + vague
    if (quote(words[j])) j++
    if (words[j]?.lower === 'of' && !['them', 'whom', 'those', 'these'].includes(words[j + 1]?.lower ?? '')) j++
    const g = groupAt(words, j, nw)
    if (g) return g.thing ? k : g.last + 1
    let m = j
    while (m < words.length && m - j < 2 && isAlpha(words[m]) && !stop.has(words[m].lower) && !cueAt(words, m, nw.after)) m++
    return m > j && (cueAt(words, m, nw.after) || aux.has(words[m]?.lower ?? '')) ? m : k
  }
  while (j < words.length && (/^\d/.test(words[j].text) || nw.units.has(words[j].lower) || nw.tens.has(words[j].lower) ||
    nw.scales.has(words[j].lower) || ['a', 'an', 'another', 'at', 'least', 'more', 'than', '-', 'his', 'her', 'their', 'the'].includes(words[j].lower))) j++
  if (j === k) {
    // "45 soldiers and pro-government fighters were killed": a counted noun joined with no number of its own.
    const bare = groupAt(words, k, nw)
    return bare && !bare.thing ? bare.last + 1 : k
  }
  // ", two of whom later died": a part of the count before, with its own verb, is no item of a list.
  if (words[j]?.lower === 'of' && ['them', 'whom', 'those', 'these'].includes(words[j + 1]?.lower ?? '')) return k
  const g = groupAt(words, j, nw)
  if (g) return g.last + 1
  // "2 rebel and 1 military fatality": a modifier or two before the cue.
  let m = j
  while (m < words.length && m - j < 2 && isAlpha(words[m]) && !stop.has(words[m].lower) && !cueAt(words, m, nw.after)) m++
  return cueAt(words, m, nw.after) || aux.has(words[m]?.lower ?? '') ? m : j
}

/**
 * Skip what may stand between a counted noun and its verb: "of the same family", and an
 * apposition between commas ("five people, aged 3 to 40, were killed") when a verb follows it.
 */
function skipModifiers(words: readonly Word[], j: number, nw: NumberWords): number {
  for (let round = 0; round < 3; round++) {
    const next = skipOnce(words, j, nw)
    if (next === j) return j
    j = next
  }
  return j
}

function skipOnce(words: readonly Word[], j: number, nw: NumberWords): number {
  if (words[j]?.lower === 'of') {
    let k = j + 1
    while (k < words.length && k - j < 5 && isAlpha(words[k]) && !aux.has(words[k].lower) && !cueAt(words, k, nw.after)) k++
    // "a jawan of the District Reserve Guard (DRG) were killed": the unit's short name in brackets follows it.
    if (aux.has(words[k]?.lower ?? '') || cueAt(words, k, nw.after) || words[k]?.text === ',' || words[k]?.text === '(') j = k
  }
  if (words[j]?.text === '(') {                 // "19 (10 policemen and 9 civilians) were wounded"
    let k = j + 1
    while (k < words.length && k - j < 15 && words[k].text !== ')') k++
    if (words[k]?.text === ')') j = k + 1
  }
  // "15 militants including a commander were killed": the breakdown sits inside the counted phrase.
  if (['including', 'among', 'incl'].includes(words[j]?.lower ?? '')) {
    let k = j + 1
    while (k < words.length && k - j < 10 && !aux.has(words[k].lower) && !cueAt(words, k, nw.after) && !/^[,;.]$/.test(words[k].text)) k++
    if (aux.has(words[k]?.lower ?? '') || cueAt(words, k, nw.after)) return k
  }
  // "three women who were also nurses were found dead": a relative clause that says who they were, then the verb.
  if ((words[j]?.lower === 'who' || words[j]?.lower === 'that') && passiveAux.has(words[j + 1]?.lower ?? '') && !cueAt(words, j + 2, nw.after)) {
    for (let k = j + 3; k < words.length && k - j < 12 && !/^[,;.:]$/.test(words[k].text); k++) {
      if (!passiveAux.has(words[k].lower)) continue
      let v = k
      while (v < words.length && aux.has(words[v].lower)) v++
      if (cueAt(words, v, nw.after)) return k
    }
  }
  // "two police agents, were also killed" (but not "killed two soldiers, wounded three": a new clause with its own object).
  if (words[j]?.text === ',' && aux.has(words[j + 1]?.lower ?? '')) return j + 1
  if (words[j]?.text === ',') {
    let k = j + 1
    while (k < words.length && k - j < 10 && words[k].text !== ',' && words[k].text !== ';') k++
    if (words[k]?.text === ',' && (aux.has(words[k + 1]?.lower ?? '') || cueAt(words, k + 1, nw.after))) return k + 1
  }
  return j
}

/** After a short place phrase ("at the plant", "in the village") that a verb of the count follows, the verb's index; else `j`. */
function placePhraseEnd(words: readonly Word[], j: number, nw: NumberWords): number {
  if (!PLACE_PREPS.has(words[j]?.lower ?? '')) return j
  let k = j + 1
  while (k < words.length && k - j <= 4 && isAlpha(words[k]) && (!stop.has(words[k].lower) || ['the', 'a', 'an'].includes(words[k].lower))
    && !aux.has(words[k].lower) && !cueAt(words, k, nw.after)) k++
  return k > j + 1 && (aux.has(words[k]?.lower ?? '') || cueAt(words, k, nw.after)) ? k : j
}

/** Index after an age at words[k] ("35-year-old", "20 years old", "twenty-year-old"), or k when there is none. */
export function ageEnd(words: readonly Word[], k: number, nw: NumberWords): number {
  const w = words[k]
  if (!w || !(/^\d{1,3}$/.test(w.text) || nw.units.has(w.lower) || nw.tens.has(w.lower))) return k
  let j = k + 1
  if (words[j]?.text === '-') j++
  if (!['year', 'years', 'yr'].includes(words[j]?.lower ?? '')) return k
  j++
  if (words[j]?.text === '-') j++
  return words[j]?.lower === 'old' ? j + 1 : k
}

/** Most words of a relative clause ("who tried to resist") skipped to reach the verb of its noun. */
const RELATIVE_WORDS = 6

/** What the quantity at words[first..last] counts, read from its clause. */
export function attribute(words: readonly Word[], first: number, last: number, nw: NumberWords): Attribution {
  const g = groupAt(words, last + 1, nw)
  // Things are never the dead, whatever verb comes near: "killed 15 livestock", "3 vehicles were destroyed".
  if (g?.thing) return { measure: 'other', group: null, how: 'noun' }
  let group: [number, number] | null = g ? [g.first, g.last] : null
  // 1. After the number: "20 were killed", "400 fighters died", "3 dead", "two soldiers and five others injured".
  let j = g ? g.last + 1 : last + 1
  if (!g) {
    // A noun we do not know ("3 Fulani were killed", "One Mayi Mayi was killed"): up to three words right before the verb.
    let probe = j
    while (probe < words.length && probe - j < 3 && isAlpha(words[probe]) && !stop.has(words[probe].lower) && !aux.has(words[probe].lower) && !cueAt(words, probe, nw.after)) probe++
    // "Three Fulani and three farmers were killed": the unknown noun ends at "and" before another count.
    const coordinated = words[probe]?.lower === 'and' && skipCoordinated(words, probe + 1, nw) > probe + 1
    if (probe > j && (aux.has(words[probe]?.lower ?? '') || cueAt(words, probe, nw.after) || coordinated)) { group = [j, probe - 1]; j = probe }
  }
  j = skipModifiers(words, j, nw)
  // "two workers at the plant were killed": where they were, then the verb. Not for one person ("the former leader in
  // Petatlan was shot"), who is often the same one a relative clause has already counted.
  if (!['a', 'an', 'the', 'one', '1'].includes(words[first].lower)) j = placePhraseEnd(words, j, nw)
  // "One man who tried to resist was shot dead": a relative clause stands between the noun and its verb.
  if (words[j]?.lower === 'who') {
    for (let k = j + 2; k < words.length && k - j <= RELATIVE_WORDS && isAlpha(words[k]); k++) {
      // "troops who fought and were wounded": a verb joined by "and" is the relative clause's own, not its noun's.
      if (aux.has(words[k].lower) && words[k - 1].lower !== 'and' && cueAt(words, k + 1, nw.after)) { j = k; break }
    }
  }
  // "killing 14 soldiers, two security sources said": a counted noun whose verb is one of speech is who told the figure,
  // not one more item of the verb's list before it (rule speaker-count).
  // Also two tellers joined ("..., a police officer and a doctor said"): up to three words after "and", no comma.
  let said = j
  // The verb ends the clause ("... and a doctor said."), not "and alleged Syrian mercenaries were killed".
  const closes = (m: number) => !words[m + 1] || /^[.,;:)"”]/.test(words[m + 1].text) || ['on', 'in', 'that', 'late', 'early'].includes(words[m + 1].lower)
  if (words[j]?.lower === 'and') for (let m = j + 1; m < words.length && m <= j + 4 && words[m].text !== ','; m++) if (nw.speechVerbs.has(words[m].lower) && closes(m)) { said = m; break }
  // "..., a member of the local People's Defence Force (PDF) told Reuters": the teller's "of" phrase, then its verb.
  if (words[j]?.lower === 'of') for (let m = j + 1; m < words.length && m <= j + 9 && words[m].text !== ','; m++) if (nw.speechVerbs.has(words[m].lower) && (closes(m) || words[m].lower === 'told')) { said = m; break }
  // Not "a civilian said to be a trader": a verb of speech before "to" describes the noun.
  if (group && nw.speechVerbs.has(words[said]?.lower ?? '') && words[said + 1]?.lower !== 'to') return { measure: 'people', group, how: 'speaker' }
  for (let hop = 0; hop < 3 && j < words.length; hop++) {
    let passive = false
    while (j < words.length && aux.has(words[j].lower)) { passive = true; j++ }
    // "was attacked and beaten to death", "was shot and died": the second verb says what happened.
    if (passive && /ed$/.test(words[j]?.lower ?? '') && words[j + 1]?.lower === 'and' && !cueAt(words, j, nw.after)) j += 2
    const cue = cueAt(words, j, nw.after)
    // "killed 21 hostages", "21 hostages were killed": the captives' noun names who died; the killing says what befell them
    // (rule hostages-killed).
    if (cue?.measure === 'abducted' && j === last + 1 && !passive && CAPTIVE_NOUNS.has(words[j].lower)) {
      if (cueEnding(words, first - 1, nw) === 'killed') return { measure: 'killed', group: [j, j], how: 'before' }
      let k = j + 1
      while (k < words.length && aux.has(words[k].lower)) k++
      if (k > j + 1 && cueAt(words, k, nw.after)?.measure === 'killed') return { measure: 'killed', group: [j, j], how: 'after' }
    }
    if (cue) {
      const verb = words.slice(j, j + cue.n).map((w) => w.lower).join(' ')
      const obj = words[j + cue.n]
      // "a group lynched and killed a thief": the object comes after a second verb joined by "and".
      const second = obj?.lower === 'and' ? cueAt(words, j + cue.n + 1, nw.after)?.n ?? (/^[a-z]+ed$/.test(words[j + cue.n + 1]?.lower ?? '') ? 1 : 0) : 0
      const objAfter = second ? words[j + cue.n + 1 + second] : obj
      const agent = !passive && !intransitive.test(verb) && !!objAfter && (objectStart.has(objAfter.lower) || /^\d/.test(objAfter.text))
      if (!agent) return { measure: cue.measure, group, how: 'after' }
      return { measure: group ? 'people' : null, group, how: 'agent' }
    }
    if (words[j]?.lower !== 'and' && words[j]?.text !== ',') break
    // ", and 1 soldier were killed": a list's last item after a comma.
    const from = words[j].text === ',' && words[j + 1]?.lower === 'and' ? j + 2 : j + 1
    const next = skipCoordinated(words, from, nw)
    if (next === from) break
    j = skipModifiers(words, next, nw)
  }
  // "forced off nine men (from Punjab) and shot them dead": a second verb takes the counted people up again as "them".
  if (group) {
    for (let k = group[1] + 1; k < words.length && k <= group[1] + 5 && !/^[,;.:]$/.test(words[k].text); k++) {
      if (words[k].lower !== 'and') continue
      const again = cueAt(words, k + 1, nw.after)
      if (again && words.slice(k + 1, k + 1 + again.n).some((w) => w.lower === 'them')) return { measure: again.measure, group, how: 'after' }
      break
    }
  }
  // "we lost three of our men", "the army lost 12 soldiers": a side's own dead, when what is lost is people.
  if (g && !g.thing && phraseEnding(words, first - 1, nw.lostPeople) > 0) return { measure: 'killed', group, how: 'before' }
  // "beat to death and set on fire four men": a second act joined by "and" stands between the killing and its object
  // (rule kill-then-second-act).
  const secondAct = g ? phraseEnding(words, first - 1, nw.secondActs) : 0
  if (secondAct && words[first - 1 - secondAct]?.lower === 'and' && cueEnding(words, first - 2 - secondAct, nw) === 'killed') return { measure: 'killed', group, how: 'before' }
  // 2. Before the number: "killing 6 civilians", "arrested 12", "killed a teacher and two students", "the lives of 12".
  let unknown = 0
  for (let k = first - 1, n = 0; k >= 0 && n < 8; k--, n++) {
    const m = cueEnding(words, k, nw)
    // "were killed and 19 were wounded": a passive verb does not take the next number as its object.
    if (m && !(k < first - 1 && passiveAux.has(words[k - 1]?.lower ?? ''))) return { measure: m, group, how: 'before' }
    if (m) break
    // "killing a 67-year-old woman and a 70-year-old man": an age inside a coordinated object is part of its noun phrase
    // (rule age-in-list).
    const age = k < first - 1 ? [2, 3, 4, 5].map((d) => k - d).find((s) => s >= 0 && ageEnd(words, s, nw) === k + 1) : undefined
    if (age !== undefined) { k = age; continue }
    const w = words[k]
    // "killed a suspected commander and his son": a participle right after an article describes the noun.
    const described = /ed$/.test(w.lower) && ['a', 'an', 'the'].includes(words[k - 1]?.lower ?? '') && k < first - 1
    const passable = described || objectFill.has(w.lower) || nw.people.has(w.lower) || nw.singular.has(w.lower) || /^\d/.test(w.text) ||
      nw.units.has(w.lower) || nw.tens.has(w.lower) || /^[A-Z]/.test(w.text) && k < first - 1 ||
      // gaps25: a quotation opening right before the count and closing after its noun ("killing \"dozens of terrorists\""):
      // the army's words quoted whole, still the verb's object. Not a figure quoted alone ("killing \"hundreds\" of
      // fighters") nor a verb in quotes ("\"neutralised\" many of the assailants"): the reporter's distance from a claim.
      QUOTES.has(w.text) && k === first - 1 && !QUOTES.has(words[first + 1]?.text ?? '')
        && words.slice(first + 2, first + QUOTED_REACH).some((x) => QUOTES.has(x.text))
    // An unknown noun in a coordinated object: "killed the headmaster and two teachers" (not a verb form, at most two).
    // (Counted only when nothing else lets the word pass: "a senior Hezbollah commander" has two unknown nouns, not three.)
    const noun = !passable && isAlpha(w) && !stop.has(w.lower) && !/(ed|ing)$/.test(w.lower) && k < first - 1 && ++unknown <= 2
    if (!passable && !noun) break
  }
  // 3. "the death toll (from the attack) rose to 40"
  if (tollBridge.has(words[first - 1]?.lower ?? '')) {
    // The toll's subject may name the attack, its place and day at length ("the toll from the RSF attack on a camp in
    // El Geneina on 23 May has risen to 20"): up to TOLL_REACH words, within one clause of counts.
    for (let k = first - 1; k >= Math.max(0, first - TOLL_REACH); k--) {
      // Another count stops the search ("a toll of 5 ... rose to 9"), a day of the month does not ("on 2 January rose to 36");
      // so do a contrast ("the toll is unclear, but the number of wounded rose to 30") and another measure's cue.
      if ((/^\d/.test(words[k].text) && !dayOfMonth(words, k)) || words[k].text === ';' || words[k].lower === 'but') break
      const other = cueEnding(words, k, nw)
      if (other && other !== 'killed') break
      // "put the losses ... at 180": losses are deaths in war reporting, as a toll is.
      if (words[k].lower === 'toll' || words[k].lower === 'tally' || words[k].lower === 'losses') return { measure: 'killed', group, how: 'toll' }
    }
  }
  if (g) return { measure: 'people', group, how: 'noun' }
  return { measure: null, group: null, how: 'none' }
}
