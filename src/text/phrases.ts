/** @module text/phrases: phrase lists from data files matched over token norms; `*` ends a prefix, alone any one word. */
import type { Tokens } from '../doc.js'

type Word = { exact: string } | { prefix: string } | { any: true }
export interface Phrase<T> { words: Word[]; value: T; source: string }
export interface Match<T> { value: T; first: number; last: number; phrase: string }

export interface PhraseIndex<T> {
  /** Every match starting at token i (longest first). */
  at(tokens: Tokens, i: number): Match<T>[]
  /** Every match in tokens [from, to), longest first at each start, overlaps removed left to right. */
  scan(tokens: Tokens, from?: number, to?: number): Match<T>[]
}

function word(w: string): Word {
  if (w === '*') return { any: true }
  if (w.endsWith('*') && w.length > 1) return { prefix: w.slice(0, -1) }
  return { exact: w }
}

// Words are matched in one flat shape (0 exact, 1 prefix, 2 any): the matcher runs at every token of every article.
interface Flat { kind: 0 | 1 | 2; text: string }
const flat = (w: Word): Flat => ('any' in w ? { kind: 2, text: '' } : 'exact' in w ? { kind: 0, text: w.exact } : { kind: 1, text: w.prefix })
const testFlat = (w: Flat, norm: string): boolean => (w.kind === 0 ? w.text === norm : w.kind === 2 || norm.startsWith(w.text))

// Every index looks tokens up by their first three letters. Each bucket key any index uses gets a
// number; a document's tokens are turned into those numbers once (-1: no index has such a key), so
// each scan reads an array instead of hashing strings. Cached ids are redone when keys were added since.
const keyIds = new Map<string, number>()
const idCache = new WeakMap<Tokens, { known: number; ids: Int32Array }>()
// The pipeline reads one article at a time, and each of its scans asks for the same table's ids: the last answer is
// kept beside the WeakMap (a hit costs a comparison, not a hash lookup).
let lastIdsOf: Tokens | null = null
let lastIds: { known: number; ids: Int32Array } | undefined
function idsOf(tokens: Tokens): Int32Array {
  const cached = tokens === lastIdsOf ? lastIds : idCache.get(tokens)
  if (cached && cached.known === keyIds.size) { lastIdsOf = tokens; lastIds = cached; return cached.ids }
  const ids = new Int32Array(tokens.count)
  for (let i = 0; i < tokens.count; i++) ids[i] = keyIds.get(tokens.norm[i].slice(0, 3)) ?? -1
  const made = { known: keyIds.size, ids }
  idCache.set(tokens, made)
  lastIdsOf = tokens; lastIds = made
  return ids
}
function keyId(key: string): number {
  let id = keyIds.get(key)
  if (id === undefined) keyIds.set(key, (id = keyIds.size))
  return id
}

// The gate asks some hundred indexes about each sentence with a hit, and most tokens start no phrase of a given
// index. Each compiled index gets a number; a word's numbers (the indexes with a phrase whose first word matches
// it) are found once per process, and a document's tokens once per token table, listed by index (`Starts`): a
// scan then visits only the tokens where its index has a phrase starting, and tries them left to right as before.
// `firstOf`: the bucket's phrases whose first word matches `norm` (longest first), or null when none does.
interface Registered { bucketOf(id: number): object | undefined; firstOf(bucket: object, norm: string): readonly object[] | null }
const registry: Registered[] = []
/** A word's indexes (`ids`, ascending) and, for each, its phrases whose first word the word matches (`firsts`, in step). */
interface WordIndexes { ids: Int32Array; firsts: readonly (readonly object[])[] }
const NO_INDEXES: WordIndexes = { ids: new Int32Array(0), firsts: [] }
const wordIndexes = new Map<string, WordIndexes>()
function indexesOf(norm: string): WordIndexes {
  let list = wordIndexes.get(norm)
  if (list !== undefined) return list
  const id = keyIds.get(norm.slice(0, 3))
  list = NO_INDEXES
  if (id !== undefined) {
    const found: number[] = [], firsts: (readonly object[])[] = []
    for (let x = 0; x < registry.length; x++) {
      const bucket = registry[x].bucketOf(id)
      const first = bucket ? registry[x].firstOf(bucket, norm) : null
      if (first) { found.push(x); firsts.push(first) }
    }
    if (found.length) list = { ids: Int32Array.from(found), firsts }
  }
  // Bounded: an archive brings ever more words; the lists are made again on demand.
  if (wordIndexes.size >= 200_000) wordIndexes.clear()
  wordIndexes.set(norm, list)
  return list
}
/**
 * Per token table: the tokens where each index has a phrase starting, ascending (`pos[start[x]..start[x+1])`), and at
 * each, that index's phrases whose first word matches the token (`firsts`, in step with `pos`): a scan tries those
 * without looking the word up again.
 */
interface Starts { known: number; start: Int32Array; pos: Int32Array; firsts: (readonly object[])[] }
const startsCache = new WeakMap<Tokens, Starts>()
// As for idsOf: the last table's starts, kept beside the WeakMap.
let lastStartsOf: Tokens | null = null
let lastStarts: Starts | undefined
function startsOf(tokens: Tokens): Starts {
  const cached = tokens === lastStartsOf ? lastStarts : startsCache.get(tokens)
  if (cached && cached.known === registry.length) { lastStartsOf = tokens; lastStarts = cached; return cached }
  const n = registry.length
  const lists: WordIndexes[] = new Array(tokens.count)
  const start = new Int32Array(n + 1)
  let total = 0
  for (let i = 0; i < tokens.count; i++) {
    const list = (lists[i] = indexesOf(tokens.norm[i])).ids
    for (let k = 0; k < list.length; k++) start[list[k] + 1]++
    total += list.length
  }
  for (let x = 0; x < n; x++) start[x + 1] += start[x]
  const fill = start.slice(0, n)
  const pos = new Int32Array(total)
  const firsts: (readonly object[])[] = new Array(total)
  for (let i = 0; i < tokens.count; i++) {
    const { ids: list, firsts: own } = lists[i]
    for (let k = 0; k < list.length; k++) { const at = fill[list[k]]++; pos[at] = i; firsts[at] = own[k] }
  }
  const starts = { known: n, start, pos, firsts }
  startsCache.set(tokens, starts)
  lastStartsOf = tokens; lastStarts = starts
  return starts
}

/**
 * Compile phrases once. Keys are bucketed by their first word's first three letters. Only the
 * bucket key of a phrase is read here: a bucket's phrases are parsed, ordered and flattened when a
 * token first meets it (start-up compiles some 3,000 phrases, of which an article meets a few dozen).
 */
export function compilePhrases<T>(entries: Iterable<[phrase: string, value: T]>): PhraseIndex<T> {
  type Raw = { form: string; value: T; source: string }
  const buckets = new Map<string, Raw[]>()
  for (const [phrase, value] of entries) {
    // wink splits most hyphenated words (sit-in → sit - in) but keeps prefixed ones whole (anti-aircraft,
    // pro-government, counter-attack): a hyphenated phrase is indexed both ways, so it matches either reading.
    const lower = phrase.toLowerCase().trim()
    const forms = /\w-\w/.test(lower) ? [lower.replace(/(\w)-(\w)/g, '$1 - $2'), lower] : [lower]
    for (const form of forms) {
      const first = word(form.split(/\s/, 1)[0])
      if ('any' in first) throw new Error(`phrase "${phrase}" cannot start with *`)
      const key = ('exact' in first ? first.exact : first.prefix).slice(0, 3)
      const list = buckets.get(key) ?? []
      list.push({ form, value, source: phrase })
      buckets.set(key, list)
    }
  }
  type Entry = { p: Phrase<T>; words: Flat[] }
  // Each bucket also keeps, per first word met in text, the entries whose first word matches it (in
  // bucket order, so longest first as before): a token then tests only those, from their second word.
  type Bucket = { raw: Raw[] | null; list: Entry[]; byFirst: Map<string, Entry[]> }
  const own = new Map<number, Bucket>()
  for (const [key, raw] of buckets) own.set(keyId(key), { raw, list: [], byFirst: new Map() })
  // Dense from id 0 (a sparse array is a hash table in V8); ids made by later indexes read past its end: undefined.
  // Sized to this index's highest id and filled by the builtin, then its own buckets set by id: asking the Map for
  // every id made so far cost each of the gate's hundred-odd indexes a JS pass over the keys of all those before it.
  let top = -1
  for (const id of own.keys()) if (id > top) top = id
  const byId: (Bucket | undefined)[] = new Array<Bucket | undefined>(top + 1).fill(undefined)
  for (const [id, bucket] of own) byId[id] = bucket
  // The bucket's phrases, longest first (a stable sort: equal lengths keep the data's order).
  const listOf = (bucket: Bucket): Entry[] => {
    if (bucket.raw) {
      const phrases: Phrase<T>[] = bucket.raw.map((r) => ({ words: r.form.split(/\s+/).map(word), value: r.value, source: r.source }))
      phrases.sort((a, b) => b.words.length - a.words.length)
      bucket.list = phrases.map((p) => ({ p, words: p.words.map(flat) }))
      bucket.raw = null
    }
    return bucket.list
  }
  const firstMatching = (bucket: Bucket, first: string): Entry[] => {
    let list = bucket.byFirst.get(first)
    if (list === undefined) {
      // Bounded: a bucket sees at most the distinct words of its three letters; cleared if text brings too many.
      if (bucket.byFirst.size >= 4096) bucket.byFirst.clear()
      bucket.byFirst.set(first, (list = listOf(bucket).filter((e) => testFlat(e.words[0], first))))
    }
    return list
  }
  // Every phrase of the bucket that matches at token i (longest first), or null when none does.
  const matches = (tokens: Tokens, bucket: Bucket, i: number): Match<T>[] | null => matchesOf(tokens, firstMatching(bucket, tokens.norm[i]), i)
  // Every phrase of `list` (the bucket's phrases whose first word matches token i) that matches at token i.
  const matchesOf = (tokens: Tokens, list: readonly Entry[], i: number): Match<T>[] | null => {
    let out: Match<T>[] | null = null
    const norm = tokens.norm
    for (let e = 0; e < list.length; e++) {
      const { p, words } = list[e]
      const n = words.length
      if (i + n > tokens.count) continue
      let ok = true
      for (let k = 1; k < n && ok; k++) ok = testFlat(words[k], norm[i + k])
      if (ok) (out ??= []).push({ value: p.value, first: i, last: i + n - 1, phrase: p.source })
    }
    return out
  }
  const self = registry.length
  registry.push({ bucketOf: (id) => (id < byId.length ? byId[id] : undefined), firstOf: (bucket, norm) => { const list = firstMatching(bucket as Bucket, norm); return list.length ? list : null } })
  // A word's index lists were made without this index.
  wordIndexes.clear()
  const at = (tokens: Tokens, i: number): Match<T>[] => {
    const id = idsOf(tokens)[i]
    const bucket = id === undefined || id < 0 || id >= byId.length ? undefined : byId[id]
    return (bucket && matches(tokens, bucket, i)) ?? []
  }
  // Whole-document scans are asked for more than once per article (the pipeline's event-word gate, then
  // relevance; the domain words by relevance and the gate's context): kept per token table, handed out as copies.
  const whole = new WeakMap<Tokens, Match<T>[]>()
  // The gate scans each sentence with a hit by some hundred indexes, most never scanned whole: the last table asked
  // about and its whole scan (or none) are kept beside the WeakMap, so those scans cost a comparison, not a hash lookup.
  let lastTokens: Tokens | null = null
  let lastWhole: Match<T>[] | undefined
  const remember = (tokens: Tokens, matches: Match<T>[]): void => { whole.set(tokens, matches); lastTokens = tokens; lastWhole = matches }
  return {
    at,
    scan(tokens, from = 0, to = tokens.count) {
      const all = from === 0 && to === tokens.count
      if (tokens !== lastTokens) { lastTokens = tokens; lastWhole = whole.get(tokens) }
      const known = lastWhole
      if (known && all) return known.slice()
      // A part of an article already scanned whole: the scan of [from, to) is the whole scan's matches starting
      // there, unless a match of the whole scan runs over `from` (then the part is scanned on its own). Left to
      // right, the whole scan tries `from` as a start just as the part's scan does, and goes on the same way.
      if (known) {
        let lo = 0, hi = known.length
        while (lo < hi) { const mid = (lo + hi) >> 1; if (known[mid].first < from) lo = mid + 1; else hi = mid }
        if (lo === 0 || known[lo - 1].last < from) {
          let end = lo
          while (end < known.length && known[end].first < to) end++
          return known.slice(lo, end)
        }
      }
      const out: Match<T>[] = []
      // A whole scan of a table not listed yet tries every token: an article with no event word (most of an archive)
      // is only scanned whole, by a few indexes, and listing its starts for every index would cost more than it saves.
      const listed = all ? (tokens === lastStartsOf ? lastStarts : startsCache.get(tokens)) : undefined
      if (all && !(listed && listed.known === registry.length)) {
        const ids = idsOf(tokens)
        for (let i = from; i < to; i++) {
          const id = ids[i]
          const bucket = id >= 0 && id < byId.length ? byId[id] : undefined
          const found = bucket ? matches(tokens, bucket, i) : null
          if (!found) continue
          const longest = found[0].last
          for (const m of found) if (m.last === longest) out.push(m)
          i = longest
        }
        remember(tokens, out.slice())
        return out
      }
      const { start, pos, firsts } = startsOf(tokens)
      // The tokens where a phrase of this index starts, from the first at or after `from`: the others match nothing.
      let k = start[self], end = start[self + 1]
      let hi = end
      while (k < hi) { const mid = (k + hi) >> 1; if (pos[mid] < from) k = mid + 1; else hi = mid }
      for (let next = from; k < end; k++) {
        const i = pos[k]
        if (i >= to) break
        if (i < next) continue
        const found = matchesOf(tokens, firsts[k] as Entry[], i)
        if (!found) continue
        const longest = found[0].last
        for (const m of found) if (m.last === longest) out.push(m)
        next = longest + 1
      }
      if (all) remember(tokens, out.slice())
      return out
    },
  }
}
