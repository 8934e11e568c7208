/** @module mentions/numbers: numerals, number words and vague quantities, with what they count, whose they are and who says so. */
import type { Doc, NumberMention, Qualifier, Span } from '../../doc.js'
import { inRegion, say } from '../../doc.js'
import type { Stage } from '../../stage.js'
import { ageEnd, attribute, groupAt } from './measure.js'
import { claimantOf, claimantKind, tellerOf } from './claims.js'
import { phraseAt, phraseEnding, quantities, wordsIn } from './scan.js'
import type { Word } from './scan.js'
import type { Measure, NumberWords } from './words.js'
import { numberWords } from './words.js'

/** Prepositions that open a teller's workplace before the speech verb: ", a doctor at the city hospital said". */
const TELLER_PLACE = new Set(['at', 'in', 'from', 'with'])

export { claimantKind } from './claims.js'
export { numberWords } from './words.js'

// A statement that nobody died: "No fatalities were reported", "neither fatalities nor injuries", "no one was killed".
const none = /\b(?:no|zero)\s+(?:(?:injuries|injured)\s+(?:or|nor|and(?:\/or)?)\s+)?(?:fatalities|deaths|casualties|fatality)\b|\bneither\s+(?:fatalities|deaths)\s+nor\b|\b(?:no\s+one|nobody|none)\s+(?:was|were)\s+(?:reported\s+)?(?:killed|hurt|injured|wounded)\b/gi

// Every statement `none` finds holds one of these letters in a row: a sentence without them (most) skips its many alternatives.
const NONE_WORDS = /no|zero|neither/i

// A verb of saying that ends a teller's phrase ("a security source said"); not "accused", which an alleged killer's phrase holds.
const SAID = /^(?:said|says|told|added|stated)$/

export function numbers(): Stage {
  const nw = numberWords()
  const cues = cueWords(nw)
  return function numbers(doc: Doc) {
    const spans: Span[] = doc.sentences.length ? doc.sentences : [[0, doc.text.length]]
    for (const [s, e] of spans) scanSentence(doc, s, e, nw, cues)
    doc.numbers.sort((a, b) => a.span[0] - b.span[0])      // several passes per sentence: back to text order
  }
}

/** The last teller named in the (up to three) sentences before the one at `from`, or null. */
function tellerBefore(doc: Doc, from: number, nw: NumberWords): string | null {
  const at = doc.sentences.findIndex((s) => s[0] >= from)
  for (let i = (at < 0 ? doc.sentences.length : at) - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const [s, e] = doc.sentences[i]
    const told = tellerOf(wordsIn(doc.text, s, e, doc.text.slice(s, e)), doc.text, nw)
    if (told) return told
  }
  return null
}

/**
 * Every word that can be part of a cue giving a count of one its measure: a word an "after" cue
 * starts with, a word a "before" cue ends with, the toll words, "shot" ("shot him dead"). A sentence
 * with none of them has no count of one ("a man", "killed him"): `singles` is not run on it.
 */
function cueWords(nw: NumberWords): Set<string> {
  const out = new Set<string>(['toll', 'tally', 'losses', 'shot'])
  for (const set of nw.after.values()) for (const w of set.starts) out.add(w)
  for (const set of nw.before.values()) for (const w of set.ends) out.add(w)
  return out
}

function scanSentence(doc: Doc, from: number, to: number, nw: NumberWords, cues: ReadonlySet<string>): void {
  const text = doc.text
  const sentence = text.slice(from, to)
  const words = wordsIn(text, from, to, sentence)
  if (!words.length) return
  const taken = new Set<number>()
  const wordAt = (offset: number) => words.findIndex((w) => w.start <= offset && offset < w.end)
  const push = (first: number, last: number, m: Omit<NumberMention, 'span' | 'text' | 'claimant' | 'partisan'>) => {
    for (let k = first; k <= last; k++) taken.add(k)
    let who = claimantOf(words, first, text, nw)
    // "It put the losses at 180": "it" is the source of the figure before, in an earlier sentence.
    if (who.pronoun) {
      const before = doc.numbers.filter((n) => n.span[1] <= from && n.claimant).pop()
      if (before && from - before.span[1] < 600) who = { text: before.claimant, partisan: before.partisan ?? false }
      else {
        // "..., a Fano spokesman said. He said more than 60 soldiers had been killed": with no figure before, the
        // pronoun is the teller last named in the sentences before (rule teller-pronoun).
        const told = tellerBefore(doc, from, nw)
        if (told) { const kind = claimantKind(told, nw); who = { text: told, partisan: kind === 'party' } }
      }
    } else if (who.anaphor) {
      // "The spokesman added ...": the teller named before whose words hold the same noun.
      const told = tellerBefore(doc, from, nw)
      if (told && told.toLowerCase() !== who.text?.toLowerCase() && new RegExp(`\\b${who.anaphor}\\b`, 'i').test(told)) {
        say(doc, 'numbers', 'teller-pronoun', `"${who.text}" is "${told}", the teller named before.`, { span: [from, to] })
        who = { text: told, partisan: who.partisan || claimantKind(told, nw) === 'party' }
      }
    }
    const span: Span = [words[first].start, words[last].end]
    // A figure in a caption, credit or dateline is kept but trusted less: it may be about another day.
    const score = inRegion(doc, span, ['caption', 'credit', 'byline', 'dateline', 'boilerplate']) ? m.score * 0.3 : m.score
    // Written out rather than spread (same key order): this runs for every figure of every article.
    doc.numbers.push({ value: m.value, high: m.high, qualifier: m.qualifier, vague: m.vague, measure: m.measure, group: m.group, score, rule: m.rule,
      span, text: text.slice(span[0], span[1]), claimant: who.text, partisan: who.partisan })
  }
  if (NONE_WORDS.test(sentence)) for (const m of sentence.matchAll(none)) {
    const a = wordAt(from + m.index!), b = wordAt(from + m.index! + m[0].length - 1)
    if (a < 0 || b < a || taken.has(a)) continue
    const measure: Measure = /hurt|injur|wound/i.test(m[0]) && !/fatalit|death|casualt/i.test(m[0]) ? 'injured' : 'killed'
    push(a, b, { value: 0, high: null, qualifier: 'exact', vague: null, measure, group: null, score: 0.8, rule: 'no-fatalities' })
  }
  const oneEnds = new Set<number>()        // last word of each count of one ("1 child"): an apposition may follow it
  for (const q of quantities(words, nw)) {
    if (taken.has(q.core)) continue
    const at = attribute(words, q.first, q.last, nw)
    // "killed 20 people, including 5 children": a breakdown of a figure already counted.
    if (breakdown(words, q.first) && at.measure && at.measure !== 'other') at.measure = 'people'
    // "Two of the dead were brothers": a part of the toll, told after it.
    if (at.measure === 'killed' && partOfDead(words, q.last, nw)) {
      at.measure = 'people'
      say(doc, 'numbers', 'part-of-dead', `"${text.slice(words[q.first].start, words[q.last].end)}" counts some of the dead already counted, not a toll of its own.`, { span: [words[q.first].start, words[q.last].end] })
    }
    // "said a trader who lost two of his workers": a mourner's own dead, some of the toll told before (rule mourner-lost).
    if (at.measure === 'killed' && phraseEnding(words, q.first - 1, nw.mournerLost) > 0) {
      at.measure = 'people'
      say(doc, 'numbers', 'part-of-dead', `"${text.slice(words[q.first].start, words[q.last].end)}" is a mourner's own loss: some of the dead already counted, not a toll of its own (rule mourner-lost).`, { span: [words[q.first].start, words[q.last].end] })
    }
    // "Fourteen inmates were killed ... Thirteen of the inmates died of asphyxiation": some of the same dead, counted before
    // by the same noun with a larger figure (rule part-of-named).
    if (at.measure === 'killed' && partOfNamed(words, q.last, q.value, doc.numbers, nw)) {
      at.measure = 'people'
      say(doc, 'numbers', 'part-of-named', `"${text.slice(words[q.first].start, words[q.last].end)}" counts some of the dead already counted by the same noun, not a toll of its own.`, { span: [words[q.first].start, words[q.last].end] })
    }
    // "Police killed three of them": some of a group named before (the attackers), never a total of every dead.
    if (at.measure === 'killed' && !at.group && words[q.last + 1]?.lower === 'of' && ['them', 'whom', 'those', 'these'].includes(words[q.last + 2]?.lower ?? '')) {
      at.group = [q.last + 1, q.last + 2]
    }
    // "On the friendly side, the provisional toll is three dead": a communiqué's own forces, a group beside the enemy's dead.
    if (at.measure === 'killed' && !at.group) {
      for (let i = q.first - 1; i >= 0; i--) {
        const n = phraseEnding(words, i, nw.ownSide)
        if (n > 0) { at.group = [i - n + 1, i]; break }
      }
    }
    // "said Amra, whose father and two brothers were killed": a speaker's dead recalled, no toll of the story.
    if (at.measure === 'killed' && whoseKin(words, q.first, nw)) {
      at.measure = 'people'
      say(doc, 'numbers', 'kin-recalled', `"${text.slice(words[q.first].start, words[q.last].end)}" counts a speaker's dead recalled after "whose", not a toll.`, { span: [words[q.first].start, words[q.last].end] })
    }
    // "killed five people, three of them children": an apposition that names some of the dead just counted.
    if (at.measure === 'killed' && partOfCount(words, q.first, q.last, doc.numbers, from)) {
      at.measure = 'people'
      say(doc, 'numbers', 'part-of-count', `"${text.slice(words[q.first].start, words[q.last].end)}" names some of the dead counted just before, not more dead.`, { span: [words[q.first].start, words[q.last].end] })
    }
    // "two men suspected of killing two farmers": the victims of a crime alleged of someone, not dead of this event.
    if (at.measure === 'killed' && at.how === 'before' && allegedVictim(words, q.first, nw)) {
      at.measure = 'people'
      say(doc, 'numbers', 'alleged-crime-victims', `"${text.slice(words[q.first].start, words[q.last].end)}" counts the victims of a crime alleged of someone, not dead of this event.`, { span: [words[q.first].start, words[q.last].end] })
    }
    if (at.measure === 'killed' && at.how === 'before' && succession(words, q.first, nw)) {
      at.measure = 'people'
      say(doc, 'numbers', 'succession', `"${text.slice(words[q.first].start, words[q.last].end)}": a death that turned a reign or a life, no toll.`, { span: [words[q.first].start, words[q.last].end] })
    }
    if (!at.measure && (q.kind === 'vague' || q.value === 1 && q.kind !== 'digits')) continue
    const rule = q.kind === 'digits' ? 'digits' : q.kind === 'words' ? 'number-words' : q.kind === 'exact' ? 'exact-phrase' : 'vague-quantity'
    const score = !at.measure ? 0.3 : q.kind === 'vague' ? 0.6 : at.how === 'noun' ? 0.7 : 0.9
    push(q.first, q.last, {
      value: q.value, high: q.high, qualifier: q.qualifier, vague: q.vague, measure: at.measure,
      group: groupText(words, at.group, text), score, rule,
    })
    if (q.value === 1 && !q.high && at.group) oneEnds.add(at.group[1])
    if (q.kind === 'vague' && at.measure === 'killed') {
      say(doc, 'numbers', 'vague-quantity', `"${q.vague}" read as ${q.value}, ACLED's conventional figure.`, { span: doc.numbers[doc.numbers.length - 1].span })
    }
  }
  // A count of one needs a cue word for its measure: most sentences have none.
  const before = doc.numbers.length
  if (words.some((w) => cues.has(w.lower))) singles(words, taken, nw, push, doc.numbers.some((n) => n.measure === 'killed' && n.value === 1), oneEnds)
  kinOfCounted(doc, from, words, before, nw)
}

/** Whether the count at words[k] is the object of a crime alleged of someone: "suspected of killing ", "men believed to have murdered ". */
function allegedVictim(words: readonly Word[], k: number, nw: NumberWords): boolean {
  const before = words.slice(Math.max(0, k - 10), k).map((w) => w.text).join(' ') + ' '
  return nw.allegedCrime.test(before) || nw.allegedRelative.test(before)
}

/** Whether the count at words[k] is a death that turned a reign or a life ("took power on the death of his father"): no toll. */
function succession(words: readonly Word[], k: number, nw: NumberWords): boolean {
  return nw.succession.test(words.slice(Math.max(0, k - 6), k).map((w) => w.text).join(' '))
}

const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'our'])

/**
 * "Gunmen killed two farmers. 'They killed my neighbour and his son,' a resident said.": when a sentence's
 * only deaths are kin ("my neighbour", "his son") and an earlier sentence gave a toll, the kin are some of
 * those dead named by who they were, not more dead; unless the sentence adds ("his son was also killed").
 */
function kinOfCounted(doc: Doc, from: number, words: readonly Word[], firstNew: number, nw: NumberWords): void {
  const own = doc.numbers.filter((n) => n.span[0] >= from && n.measure === 'killed' && n.value > 0)
  if (!own.length) return
  // "my neighbour", "his son", or a count after a possessive: "her two children".
  const isKin = (n: NumberMention) => {
    const ws = n.text.toLowerCase().split(/\s+/)
    if (POSSESSIVES.has(ws[0]) && ws.length <= 3 && nw.kin.has(ws[ws.length - 1])) return true
    const before = doc.text.slice(Math.max(0, n.span[0] - 8), n.span[0]).toLowerCase().match(/(\w+)\s+$/)
    const head = n.group?.toLowerCase().split(/\s+/).pop() ?? ''
    return !!before && POSSESSIVES.has(before[1]) && nw.kin.has(head)
  }
  if (!own.every(isKin) || !doc.numbers.slice(firstNew).some(isKin)) return
  for (let k = 0; k < words.length; k++) if (phraseAt(words, k, nw.additive)) return
  const earlier = doc.numbers.some((n) => n.span[1] <= from && from - n.span[1] < 600 && n.measure === 'killed' && n.value > 0 && !n.vague)
  if (!earlier) return
  for (const n of own) {
    n.measure = 'people'
    say(doc, 'numbers', 'kin-of-counted', `"${n.text}" names one of the dead counted before by who they were, not one more dead.`, { span: n.span })
  }
}

/** "killed a man", "a woman was shot dead", "killed him": a count of one when the clause says what happened. */
function singles(words: readonly Word[], taken: Set<number>, nw: NumberWords,
  push: (first: number, last: number, m: Omit<NumberMention, 'span' | 'text' | 'claimant' | 'partisan'>) => void, oneKilled: boolean,
  singleEnds: Set<number>): void {       // last word of each count of one ("1 child", "his mother")
  for (let i = 0; i < words.length; i++) {
    if (taken.has(i)) continue
    const w = words[i].lower
    // "a man", "his brother" (in "a farmer and his brother were killed"), "killing the man", "the man died".
    // "killed its deputy imam", "shot their commander": a possessive of a group before one person, too.
    if (w === 'a' || w === 'an' || w === 'his' || w === 'her' || w === 'my' || w === 'the' || w === 'its' || w === 'their') {
      const cueBefore = phraseEnding(words, i - 1, nw.beforeAny) > 0    // "the body of a man"
      // "a judge of a provincial court": a noun inside a phrase is not a count.
      const insidePhrase = !cueBefore && ['of', 'from', 'at', 'in', 'on', 'with', 'for', 'by', 'to', 'into', 'near'].includes(words[i - 1]?.lower ?? '')
      if (insidePhrase || breakdown(words, i)) continue
      // "her two children": the number counts them, not the possessive.
      if (taken.has(i + 1)) continue
      // "a 35-year-old man": an age describes the one person; the noun comes after it.
      const head = ageEnd(words, i + 1, nw) - 1
      const g = groupAt(words, head + 1, nw)
      // "the remains of a house", "the wreckage of a drone": a thing is nobody's death.
      if (g?.thing && !phraseAt(words, g.last + 1, nw.people)) continue      // ("a cattle trader" is a trader)
      // A plural people noun after "the" or a possessive ("killed the men", "his children") is no count of one.
      // After "a" the noun is one ("a security forces personnel").
      const plural = w !== 'a' && w !== 'an' && !!g && !g.thing && !nw.singular.has(words[g.last].lower) && /s$|men$|^(?:children|people|police|personnel)$/.test(words[g.last].lower)
      if (plural && g!.last - head <= 4) continue
      // "said its supporters had been killed": after "its" or "their", a noun the lists do not know that ends in a plural
      // "-s" names many, never one (rule possessive-plural).
      if (!g && (w === 'its' || w === 'their') && /[^s]s$/.test(words[head + 1]?.lower ?? '')) continue
      const known = g && !g.thing && g.last - head <= 4 && (nw.singular.has(words[g.last].lower) || !/s$/.test(words[g.last].lower))
      // An unknown noun ("a drug trafficker was killed", "assassinated an economic operator") counts
      // only when the verb sits right against the phrase.
      let last = known ? g!.last : head
      // ("a security source said dozens ...": the phrase ends before a speech verb.)
      if (!known) while (last + 1 < words.length && last - head < 4 && /^[a-z]+$/.test(words[last + 1].lower) && !/ing$/.test(words[last + 1].lower) && !stopWord(words[last + 1].lower, nw)
        && !SAID.test(words[last + 1].lower)) last++
      if (last === i) continue
      // "a group beat two men to death", "a mob lynched a thief": the band that acted, not one dead.
      if (w === 'a' && nw.collective.has(words[head + 1]?.lower ?? '') && !nw.people.has(words[head + 2]?.lower ?? '')) { i = head + 1; continue }
      // "the father of one of the dead soldiers told ...": a relative of the dead, not one of them.
      if (words[last + 1]?.lower === 'of' && relativeOfDead(words, last + 2, nw)) { i = last; continue }
      const at = attribute(words, i, known ? head : last, nw)
      // "the" counts only right against the verb: "killing the man", "the man died" (not "the head of ...").
      // An unknown noun needs a verb right after it ("a drug trafficker was killed", "a judge of ... was killed").
      const verbNext = aux.has(words[last + 1]?.lower ?? '') || /(ed|died)$/.test(words[last + 1]?.lower ?? '') || words[last + 1]?.lower === 'of'
      const plain = w === 'the' ? (cueBefore || at.how === 'after' && known)
        : w === 'his' || w === 'her' || w === 'my' ? known && at.how !== 'noun'
        : known || at.how === 'before' && cueBefore || at.how === 'after' && verbNext
      if (!plain || !at.measure || at.measure === 'people' || at.measure === 'other') continue
      // "two men believed to have murdered a trader": the victim of a crime alleged of them, not dead of this event.
      if (at.measure === 'killed' && at.how === 'before' && allegedVictim(words, i, nw)) { i = last; continue }
      // "took power on the death of his father": a succession, not a death of the story.
      if (at.measure === 'killed' && at.how === 'before' && succession(words, i, nw)) { i = last; continue }
      // "killed five civilians, a local official said": the phrase before a speech verb is who tells, not one more dead.
      // So is ", a Taliban police spokesman said": the teller's title between the phrase and the verb.
      if (w !== 'the' && words[i - 1]?.text === ',' && [1, 2, 3].some((k) => nw.speechVerbs.has(words[last + k]?.lower ?? '')
        && words.slice(last + 1, last + k).every((x) => /^[a-z]+$/i.test(x.text) && !stopWord(x.lower, nw)))) { i = last; continue }
      // ", a doctor at Nakuru Level 5 hospital said": the teller's workplace between the phrase and the verb.
      if (w !== 'the' && words[i - 1]?.text === ',' && TELLER_PLACE.has(words[last + 1]?.lower ?? '')
        && [3, 4, 5, 6, 7].some((k) => nw.speechVerbs.has(words[last + k]?.lower ?? '') && words.slice(last + 2, last + k).every((x) => /^[\p{L}\d'’-]+$/u.test(x.text)))) { i = last; continue }
      // "killed his mother, a police officer, in Herat": the second phrase says who the first one was.
      const after = words[last + 1]?.lower
      if (w !== 'the' && words[i - 1]?.text === ',' && singleEnds.has(i - 2) && after !== 'and' && !(after === ',' && words[last + 2]?.lower === 'and')) { i = last; continue }
      push(i, last, { value: 1, high: null, qualifier: 'exact', vague: null, measure: at.measure, group: words.slice(last > head ? head + 1 : i + 1, last + 1).map((x) => x.text).join(' ').replace(/ - /g, '-'), score: known ? 0.75 : 0.6, rule: 'singular' })
      singleEnds.add(last)
      i = last
    } else if (nw.onePronouns.has(w) && !oneKilled) {
      // After a sentence that already counted one dead, "killed him" is most likely that person again.
      let measure: Measure | null = null
      for (const [m, set] of nw.before) if (phraseEnding(words, i - 1, set)) { measure = m; break }
      if (!measure && words[i - 1]?.lower === 'shot' && words[i + 1]?.lower === 'dead') measure = 'killed'
      // The pronoun is its own group: one person, added to others named apart ("shot him dead; two guards were also killed").
      if (measure) push(i, i, { value: 1, high: null, qualifier: 'exact' as Qualifier, vague: null, measure, group: words[i].lower, score: 0.6, rule: 'pronoun' })
    }
  }
}

const clauseWords = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'been', 'and', 'or', 'but', 'in', 'at', 'on', 'by', 'with', 'from',
  'to', 'for', 'who', 'that', 'which', 'after', 'during', 'near', 'of', 'while', 'when', 'as', 'over', 'under', 'about', 'against',
  'before', 'through', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'into', 'following'])
const aux = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'got', 'been'])
function stopWord(w: string, nw: NumberWords): boolean {
  if (clauseWords.has(w)) return true
  for (const set of nw.after.values()) if (set.has(w)) return true
  return false
}

/** "whose father and two brothers": "whose" and a kin noun in the few words before the count at `first`, in its clause. */
function whoseKin(words: readonly Word[], first: number, nw: NumberWords): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    if (/^[,;.:]$/.test(words[k].text)) return false
    if (words[k].lower === 'whose') return nw.kin.has(words[k + 1]?.lower ?? '')
  }
  return false
}

/** Within the few words from k, a noun of the dead ("of one of the dead soldiers", "of a victim"). */
function relativeOfDead(words: readonly Word[], k: number, nw: NumberWords): boolean {
  for (let j = k; j < Math.min(words.length, k + 5); j++) {
    // The phrase ends at its verb: "the son of a village chief was killed" is the son's death.
    if (/^[,;.:]$/.test(words[j].text) || aux.has(words[j].lower)) return false
    if (phraseAt(words, j, nw.deadNouns) > 0) return true
  }
  return false
}

/** "Thirteen of the inmates died": "of the" and a people noun that an earlier, larger death toll counted ("Fourteen inmates were killed"). */
function partOfNamed(words: readonly Word[], last: number, value: number, counted: readonly NumberMention[], nw: NumberWords): boolean {
  if (words[last + 1]?.lower !== 'of' || words[last + 2]?.lower !== 'the') return false
  const g = groupAt(words, last + 3, nw)
  if (!g || g.thing) return false
  const noun = words.slice(last + 3, g.last + 1).map((w) => w.lower).join(' ')
  return counted.some((n) => n.measure === 'killed' && n.span[1] <= words[last].start && n.value > value && (n.group ?? '').toLowerCase() === noun)
}

/** "two of the dead", "three of those killed": the words after the quantity name the dead as a whole. */
function partOfDead(words: readonly Word[], last: number, nw: NumberWords): boolean {
  if (words[last + 1]?.lower !== 'of') return false
  const det = words[last + 2]?.lower
  const at = det === 'the' || det === 'those' || det === 'these' ? last + 3 : last + 2
  if (phraseAt(words, at, nw.deadNouns) > 0) return true
  // "One of the men who died was a cartel leader": the relative clause says they are the dead already counted.
  const g = groupAt(words, at, nw)
  if (!g || g.thing || !['who', 'that'].includes(words[g.last + 1]?.lower ?? '')) return false
  let k = g.last + 2
  while (['were', 'was', 'had', 'have', 'been', 'later'].includes(words[k]?.lower ?? '')) k++
  return (nw.after.get('killed')!.has(words[k]?.lower ?? ''))
}

/**
 * "killed five soldiers, three of them officers", "(two of whom were children)": a quantity set off by a
 * comma, dash or bracket and followed by "of them/whom/those/these", when the last count before it in
 * the sentence is a death toll, names some of those dead. After "and wounded 10 others, two of them ..."
 * the last count is the wounded: the words go on counting those, and this rule does not fire.
 */
function partOfCount(words: readonly Word[], first: number, last: number, counted: readonly NumberMention[], from: number): boolean {
  if (words[last + 1]?.lower !== 'of' || !['them', 'whom', 'those', 'these'].includes(words[last + 2]?.lower ?? '')) return false
  let k = first - 1
  while (k >= 0 && ['at', 'least', 'about', 'nearly', 'almost', 'some', 'all'].includes(words[k].lower)) k--
  // "killed five civilians, beheading three of them": a participle of the same act names how some of them died.
  if (k >= 1 && /ing$/.test(words[k].lower) && [',', '—', '–'].includes(words[k - 1].text)) k--
  if (!['(', ',', '—', '–', '-'].includes(words[k]?.text ?? '')) return false
  const before = counted.filter((n) => n.span[0] >= from && n.span[1] <= words[first].start).pop()
  return before?.measure === 'killed'
}

/** A figure right after "including", "among them", "of whom": part of a figure already given. */
function breakdown(words: readonly Word[], first: number): boolean {
  // Walk back over a coordinated list ("including one policeman and four soldiers") to its head word.
  for (let k = first - 1; k >= 0 && first - k <= 8; k--) {
    const p = words[k].lower, pp = words[k - 1]?.lower
    if (p === 'including' || p === 'incl' || (pp === 'among' && (p === 'them' || p === 'whom')) || (pp === 'of' && p === 'whom')) return true
    if (['was', 'were', 'is', 'are', 'killed', 'died', 'wounded', 'injured', ';', ':', '.', ')'].includes(p)) return false
  }
  return false
}

function groupText(words: readonly Word[], group: [number, number] | null, text: string): string | null {
  return group ? text.slice(words[group[0]].start, words[group[1]].end).replace(/\s+/g, ' ') : null
}
