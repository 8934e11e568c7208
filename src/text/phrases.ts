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

const test = (w: Word, norm: string): boolean =>
  'any' in w ? true : 'exact' in w ? w.exact === norm : norm.startsWith(w.prefix)

// Every index looks tokens up by their first three letters; cut them once per document, not per index.
const keyCache = new WeakMap<Tokens, string[]>()
function keysOf(tokens: Tokens): string[] {
  let keys = keyCache.get(tokens)
  if (!keys) { keys = tokens.norm.map((n) => n.slice(0, 3)); keyCache.set(tokens, keys) }
  return keys
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
  const at = (tokens: Tokens, i: number): Match<T>[] => {
    const list = buckets.get(keysOf(tokens)[i])
    if (!list) return []
    const out: Match<T>[] = []
    for (const p of list) {
      if (i + p.words.length > tokens.count) continue
      let ok = true
      for (let k = 0; k < p.words.length && ok; k++) ok = test(p.words[k], tokens.norm[i + k])
      if (ok) out.push({ value: p.value, first: i, last: i + p.words.length - 1, phrase: p.source })
    }
    return out
  }
  return {
    at,
    scan(tokens, from = 0, to = tokens.count) {
      const out: Match<T>[] = []
      for (let i = from; i < to; i++) {
        const found = at(tokens, i)
        if (!found.length) continue
        const longest = found[0].last
        for (const m of found) if (m.last === longest) out.push(m)
        i = longest
      }
      return out
    },
  }
}
