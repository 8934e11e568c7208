/** @module mentions/numbers/scan: word tokens of a sentence and the quantities in them (digits, words, ranges, vague words). */
import type { Qualifier } from '../../doc.js'
import type { NumberWords, PhraseSet } from './words.js'
import { parseNumberWords } from './words.js'

/** A token with its character offsets in doc.text. `lower` is lower case. */
export interface Word { readonly text: string; readonly lower: string; readonly start: number; readonly end: number }

/** Words, digit groups ("1,200", "1.5") and single punctuation marks between `from` and `to`. */
// After "one of": a possessive or the article, then a superlative ("Asia's longest", "the deadliest", "the most violent").
const RANKED = /^(?:the|its|their|[\p{L}.-]+\s?['’]s?)\s+(?:most\s+\w+|\w{3,}est|worst|biggest|largest)\b/iu

export function wordsIn(text: string, from: number, to: number, sentence: string = text.slice(from, to)): Word[] {
  const out: Word[] = []
  const re = /\d[\d,.]*\d|\d|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?\.?|[^\s\w]/g
  // Over the sentence alone (the pattern looks at no text before a match nor past `to`): the same
  // words as over text[0, to) from `from`, without copying the article up to here for every sentence.
  const part = sentence
  for (let m = re.exec(part); m; m = re.exec(part)) {
    let t = m[0]
    // Keep the dot only for abbreviations we test for ("no.", "rs."); a sentence-final dot is punctuation.
    if (t.length > 1 && t.endsWith('.') && /[A-Za-z]\.$/.test(t) && !/^(no|rs|nos|a\.m|p\.m)\.$/i.test(t)) t = t.slice(0, -1)
    const start = from + m.index
    out.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length })
    if (t.length !== m[0].length) re.lastIndex = m.index + t.length
  }
  return out
}

export interface Quantity {
  first: number            // index of the first word (qualifier included)
  core: number             // index of the first word of the number itself
  last: number             // index of the last word
  value: number
  high: number | null
  qualifier: Qualifier
  vague: string | null
  kind: 'digits' | 'words' | 'exact' | 'vague'
}

const months = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/
// A digit first: char codes 48-57 (what /^\d/ tests, without the regex).
const isDigits = (w: Word | undefined) => { const c = w ? w.text.charCodeAt(0) : 0; return c >= 48 && c <= 57 }
const glued = (a: Word | undefined, b: Word | undefined) => !!a && !!b && a.end === b.start

/** Longest phrase of `set` starting at `words[i]`, as a word count (0 when none). */
export function phraseAt(words: readonly Word[], i: number, set: PhraseSet): number {
  if (i < 0 || i >= words.length || !set.starts.has(words[i].lower)) return 0
  let phrase = words[i].lower
  let best = set.has(phrase) ? 1 : 0
  for (let n = 2; n <= set.longest && i + n - 1 < words.length; n++) {
    phrase += ' ' + words[i + n - 1].lower
    if (!set.prefixes.has(phrase)) break      // no phrase goes on this way
    if (set.has(phrase)) best = n
  }
  return best
}

/** Longest phrase of `set` ending at `words[i]`, as a word count (0 when none). */
export function phraseEnding(words: readonly Word[], i: number, set: PhraseSet): number {
  if (i < 0 || i >= words.length || !set.ends.has(words[i].lower)) return 0
  let phrase = words[i].lower
  let best = set.has(phrase) ? 1 : 0
  for (let n = 2; n <= set.longest && i - n + 1 >= 0; n++) {
    phrase = words[i - n + 1].lower + ' ' + phrase
    if (!set.suffixes.has(phrase)) break
    if (set.has(phrase)) best = n
  }
  return best
}

/** The number at words[i] (digits or number words), or null; `last` is its last word index. */
function numberAt(words: readonly Word[], i: number, nw: NumberWords): { value: number; last: number; digits: boolean } | null {
  const w = words[i]
  if (!w) return null
  if (isDigits(w)) {
    const plain = w.text.replace(/,(?=\d{3}\b)/g, '')
    if (!/^\d+(\.\d+)?$/.test(plain)) return null
    let value = Number(plain), last = i
    const scale = nw.scales.get(words[i + 1]?.lower ?? '')
    if (scale && scale >= 1000) { value *= scale; last = i + 1 }     // "1.5 million", "2 thousand"
    if (!Number.isInteger(value)) return null
    return { value, last, digits: true }
  }
  // Number words start with a unit, a ten or "a" ("a thousand"); anything else is no number (the common case).
  if (w.lower !== 'a' && !nw.units.has(w.lower) && !nw.tens.has(w.lower)) return null
  // Number words, with a glued hyphen between them ("twenty-three") skipped.
  const run: string[] = [], index: number[] = []
  for (let j = i; j < words.length && run.length < 8; j++) {
    if (words[j].text === '-' && glued(words[j - 1], words[j]) && glued(words[j], words[j + 1]) && j > i) continue
    if (!/^[a-z]+$/.test(words[j].lower)) break
    run.push(words[j].lower); index.push(j)
  }
  const parsed = parseNumberWords(run, nw)
  return parsed ? { value: parsed.value, last: index[parsed.used - 1], digits: false } : null
}

/** A month's name right after word `last` or right before word `first` ("9 May", "May 9"): a day of the month. */
export const besideMonth = (words: readonly Word[], first: number, last: number = first): boolean =>
  months.test(words[last + 1]?.lower ?? '') || months.test(words[first - 1]?.lower ?? '')

/** Every quantity in `words`, left to right, none overlapping. Dates, years, ages, labels and measurements are skipped. */
export function quantities(words: readonly Word[], nw: NumberWords): Quantity[] {
  const out: Quantity[] = []
  for (let i = 0; i < words.length; i++) {
    const q = quantityAt(words, i, nw)
    if (!q) continue
    if (!skipped(words, q, nw)) out.push(q)
    i = q.last
  }
  return out
}

// Every word a quantity can start with other than a digit, one set per NumberWords (built once).
const starters = new WeakMap<NumberWords, Set<string>>()
function startWords(nw: NumberWords): Set<string> {
  let set = starters.get(nw)
  if (!set) {
    set = new Set(['a', ...nw.qualifierSet.starts, ...nw.exactSet.starts, ...nw.vagueSet.starts, ...nw.units.keys(), ...nw.tens.keys()])
    starters.set(nw, set)
  }
  return set
}

function quantityAt(words: readonly Word[], i: number, nw: NumberWords): Quantity | null {
  // Most words start nothing: no qualifier, exact or vague phrase, digit or number word.
  if (!isDigits(words[i]) && !startWords(nw).has(words[i].lower)) return null
  const ql = phraseAt(words, i, nw.qualifierSet)
  const tries = ql ? [ql, 0] : [0]
  for (const qn of tries) {
    const core = i + qn
    const qualifier: Qualifier = qn ? nw.qualifiers.get(words.slice(i, core).map((w) => w.lower).join(' '))! : 'exact'
    const ex = phraseAt(words, core, nw.exactSet)
    if (ex) {
      const phrase = words.slice(core, core + ex).map((w) => w.lower).join(' ')
      return { first: i, core, last: core + ex - 1, value: nw.exact.get(phrase)!, high: null, qualifier, vague: null, kind: 'exact' }
    }
    const n = numberAt(words, core, nw)
    if (n) {
      const q: Quantity = { first: i, core, last: n.last, value: n.value, high: null, qualifier, vague: null, kind: n.digits ? 'digits' : 'words' }
      // Ranges: "20 to 30", "20-30", "two or three", "between 20 and 30".
      const sep = words[n.last + 1]?.lower
      const between = ['between', 'from'].includes(words[i - 1]?.lower ?? '') && !qn
      if (sep === '-' || sep === '–' || sep === 'to' || sep === 'or' || (between && sep === 'and')) {
        const hi = numberAt(words, n.last + 2, nw)
        if (hi && hi.value > n.value && hi.digits === n.digits) {
          q.high = hi.value; q.last = hi.last
          if (between) q.first = i - 1
        }
      }
      return q
    }
    {
      const vg = phraseAt(words, core, nw.vagueSet)
      if (vg) {
        const phrase = words.slice(core, core + vg).map((w) => w.lower).join(' ')
        // "several hundred", "a few dozen": the vague word multiplies the number word after it.
        const scale = nw.scales.get(words[core + vg]?.lower ?? '') ?? (words[core + vg]?.lower === 'dozen' ? 12 : 0)
        const value = scale ? nw.vague.get(phrase)! * scale : nw.vague.get(phrase)!
        // ACLED: a vague word is its conventional value, whatever qualifier came before it.
        return { first: i, core, last: core + vg - 1 + (scale ? 1 : 0), value, high: null, qualifier: 'vague', vague: words.slice(core, core + vg + (scale ? 1 : 0)).map((w) => w.lower).join(' '), kind: 'vague' }
      }
    }
  }
  return null
}

const TIME_UNITS = new Set(['seconds', 'minutes', 'hours', 'days', 'nights', 'weeks', 'months', 'years', 'decades', 'centuries'])
function skipped(words: readonly Word[], q: Quantity, nw: NumberWords): boolean {
  const core = words[q.core], prev = words[q.core - 1], next = words[q.last + 1], after = words[q.last + 2]
  const lastWord = words[q.last]
  // "over several days", "for a few weeks": a vague length of time, no count of people.
  if (q.kind === 'vague' && next && TIME_UNITS.has(next.lower)) return true
  if (q.kind === 'vague' || q.kind === 'exact') return false
  // Glued letters: "82mm", "1st", "1990s"; glued hyphen words: "19-year-old", "three-day", "Su-24", "COVID-19".
  if (next && glued(lastWord, next) && /^[a-z]/i.test(next.text)) return true
  if (next?.text === '-' && glued(lastWord, next) && after && glued(next, after) && /^[a-z]/i.test(after.text)) return true
  if (prev?.text === '-' && glued(prev, core) && /^[a-z]/i.test(words[q.core - 2]?.text ?? '') && glued(words[q.core - 2], prev)) return true
  if (next && (next.text === '%' || (next.text === ':' && isDigits(after) && glued(next, after)))) return true
  // The minutes of a clock time ("11:05 Two people were killed"): the hour's half is skipped above, this is the other.
  if (prev?.text === ':' && glued(prev, core) && isDigits(words[q.core - 2]) && glued(words[q.core - 2], prev)) return true
  if (prev && /^[$€£¥#]$/.test(prev.text)) return true
  // Dates: a month name on either side ("9 May", "May 9", "May 9, 2020").
  if (besideMonth(words, q.core, q.last)) return true
  if (q.kind === 'digits') {
    const plain = core.text
    // A year: "in 2012 rebels seized ..." is a year even before a people noun; "2012 rebels were killed" is not.
    const yearWord = /^(in|since|by|from|until|till|before|after|of|during|early|late|mid)$/i.test(prev?.text ?? '')
    if (/^\d{4}$/.test(plain) && +plain >= 1900 && +plain <= 2100 && (yearWord || !(next && (nw.people.has(next.lower) || nw.things.has(next.lower))))) return true
    if (/^\d{6,}$/.test(plain)) return true                        // phone numbers, ids
    if (prev?.text === '(' && next?.text === ')' && q.value < 120) return true   // "Ahmed (25)": an age
    if (prev?.text === ',' && next?.text === ',' && /^[A-Z]/.test(words[q.core - 2]?.text ?? '') && q.value < 120) return true   // "Ahmed, 25,"
  }
  const unit = next ? phraseAt(words, q.last + 1, nw.measurementUnits) : 0
  if (unit) return true
  const label = prev ? phraseEnding(words, q.first - 1, nw.labelBefore) : 0
  if (label && q.first === q.core) return true
  // "aged between 6 and 12": a range word after an age word still counts years, not people.
  if (q.first !== q.core && q.first > 0 && phraseEnding(words, q.first - 1, nw.ageBefore)) return true
  // "one by one", "two by two": the same number word either side of "by" says how, not how many.
  if (q.kind === 'words' && q.last === q.core && next?.lower === 'by' && after && after.lower === core.lower) return true
  // The second half of it: "killing people one by one" counts no one.
  if (q.kind === 'words' && q.first === q.core && prev?.lower === 'by' && words[q.core - 2]?.lower === core.lower) return true
  // "one" as a pronoun: "no one", "the one who", "one another".
  if (q.kind === 'words' && q.value === 1 && q.last === q.core) {
    // Not "a gunfight in which one officer was killed": after "which" a person noun makes it a count of one.
    if (prev && prev.lower === 'which' && next && phraseAt(words, q.last + 1, nw.singular)) return false
    if (prev && ['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'only'].includes(prev.lower)) return true
    if (next && ['another', 'day', 'side', 'way', 'time', 'point', 'hand', 'thing'].includes(next.lower)) return true
    // "one of Asia's longest", "one of the deadliest": a rank among others, no count.
    if (next?.lower === 'of' && RANKED.test(words.slice(q.last + 2, q.last + 6).map((w) => w.text).join(' '))) return true
  }
  return false
}
