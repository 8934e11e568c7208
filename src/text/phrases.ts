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
// Each token's whole norm gets a number too (the vocabulary repeats from article to article): an index
// keeps, per word number, the phrases of the bucket whose first word matches that word, so a scan
// tests only those. Past WORDS_MAX distinct words, new words get none (-1) and take the bucket walk.
const keyIds = new Map<string, number>()
const wordIds = new Map<string, number>()
const WORDS_MAX = 200_000
interface Ids { known: number; ids: Int32Array; words: Int32Array }
const idCache = new WeakMap<Tokens, Ids>()
function idsOf(tokens: Tokens): Ids {
  const cached = idCache.get(tokens)
  if (cached && cached.known === keyIds.size) return cached
  const ids = new Int32Array(tokens.count), words = new Int32Array(tokens.count)
  for (let i = 0; i < tokens.count; i++) {
    const norm = tokens.norm[i]
    ids[i] = keyIds.get(norm.slice(0, 3)) ?? -1
    let w = wordIds.get(norm)
    if (w === undefined) {
      w = wordIds.size < WORDS_MAX ? wordIds.size : -1
      if (w >= 0) wordIds.set(norm, w)
    }
    words[i] = w
  }
  const entry = { known: keyIds.size, ids, words }
  idCache.set(tokens, entry)
  return entry
}
function keyId(key: string): number {
  let id = keyIds.get(key)
  if (id === undefined) keyIds.set(key, (id = keyIds.size))
  return id
}

/** Compile phrases once. Keys are bucketed by their first word's first three letters. */
export function compilePhrases<T>(entries: Iterable<[phrase: string, value: T]>): PhraseIndex<T> {
  const buckets = new Map<string, Phrase<T>[]>()
  for (const [phrase, value] of entries) {
    // wink splits hyphenated words (sit-in → sit - in); split phrases the same way.
    const words = phrase.toLowerCase().replace(/(\w)-(\w)/g, '$1 - $2').trim().split(/\s+/).map(word)
    const first = words[0]
    if ('any' in first) throw new Error(`phrase "${phrase}" cannot start with *`)
    const key = ('exact' in first ? first.exact : first.prefix).slice(0, 3)
    const list = buckets.get(key) ?? []
    list.push({ words, value, source: phrase })
    buckets.set(key, list)
  }
  for (const list of buckets.values()) list.sort((a, b) => b.words.length - a.words.length)
  type Compiled = { p: Phrase<T>; words: Flat[] }
  const byId: (Compiled[] | undefined)[] = []
  for (const [key, list] of buckets) byId[keyId(key)] = list.map((p) => ({ p, words: p.words.map(flat) }))
  // Per word number: the bucket's phrases whose first word matches that word, in bucket order.
  const byWord: (Compiled[] | undefined)[] = []
  const firstMatching = (list: Compiled[], word: number, norm: string): Compiled[] => {
    let sub = byWord[word]
    if (!sub) byWord[word] = sub = list.filter((c) => testFlat(c.words[0], norm))
    return sub
  }
  // Every phrase of the list that matches at token i (longest first), or null when none does; `from`:
  // the first word to test (1 when the list holds only phrases whose first word matched).
  const matches = (tokens: Tokens, list: Compiled[], i: number, from: number): Match<T>[] | null => {
    let out: Match<T>[] | null = null
    const norm = tokens.norm
    for (const { p, words } of list) {
      const n = words.length
      if (i + n > tokens.count) continue
      let ok = true
      for (let k = from; k < n && ok; k++) ok = testFlat(words[k], norm[i + k])
      if (ok) (out ??= []).push({ value: p.value, first: i, last: i + n - 1, phrase: p.source })
    }
    return out
  }
  const matchesAt = (tokens: Tokens, ids: Ids, i: number): Match<T>[] | null => {
    const id = ids.ids[i]
    const list = id >= 0 ? byId[id] : undefined
    if (!list) return null
    const word = ids.words[i]
    if (word < 0) return matches(tokens, list, i, 0)
    const sub = firstMatching(list, word, tokens.norm[i])
    return sub.length ? matches(tokens, sub, i, 1) : null
  }
  const at = (tokens: Tokens, i: number): Match<T>[] => (i >= 0 && i < tokens.count ? matchesAt(tokens, idsOf(tokens), i) : null) ?? []
  return {
    at,
    scan(tokens, from = 0, to = tokens.count) {
      const out: Match<T>[] = []
      const ids = idsOf(tokens)
      for (let i = from; i < to; i++) {
        const found = matchesAt(tokens, ids, i)
        if (!found) continue
        const longest = found[0].last
        for (const m of found) if (m.last === longest) out.push(m)
        i = longest
      }
      return out
    },
  }
}
