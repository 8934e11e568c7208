/** @module mentions/actors/phrases: a word trie over folded tokens, shared by aliases, nouns and demonyms. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { buildPath } from '../../paths.js'
import { getNlp } from '../../text/nlp.js'
import type { Tokens } from '../../doc.js'

/** Lower case, no diacritics, one apostrophe: the form both aliases and text are compared in. */
export function fold(word: string): string {
  let f = folded.get(word)
  if (f === undefined) {
    if (folded.size >= 100_000) folded.clear()
    f = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`´]/g, "'").toLowerCase()
    folded.set(word, f)
  }
  return f
}
// fold is pure and runs on every word of every article: the vocabulary repeats, so keep the answers.
const folded = new Map<string, string>()

const dashes = new Set(['-', '–', '—', '‐'])

/** One word of the stream: part of a token (hyphenated tokens are split), with the token's index. */
export interface Word { readonly w: string; readonly raw: string; readonly token: number; readonly first: boolean; readonly last: boolean }

/** Tokens → words: folded, hyphens dropped, "pro-government" split in two, so that spelling variants meet. */
export function wordsOf(tokens: Pick<Tokens, 'count' | 'value'>): Word[] {
  const out: Word[] = []
  for (let t = 0; t < tokens.count; t++) {
    const value = tokens.value[t]
    if (dashes.has(value)) continue
    const parts = value.length > 2 && /\w[-‐]\w/.test(value) ? value.split(/[-‐]/).filter(Boolean) : [value]
    parts.forEach((raw, i) => out.push({ w: fold(raw), raw, token: t, first: i === 0, last: i === parts.length - 1 }))
  }
  return out
}

// Tokenizing thousands of aliases with wink costs about a second at start-up; the token lists
// are kept in build/ and reused (keyed by the phrase itself, so edited data never goes stale).
const CACHE = buildPath('actor-phrases.json')
let cache: Map<string, string[]> | null = null
let added = 0
function tokensOf(phrase: string): string[] {
  if (!cache) {
    try { cache = new Map(Object.entries(JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, string[]>)) } catch { cache = new Map() }
  }
  let values = cache.get(phrase)
  if (!values) { values = getNlp().readDoc(phrase).tokens().out() as string[]; cache.set(phrase, values); added++ }
  return values
}

/** Write the alias token cache when this run tokenized new phrases (best effort: a read-only install just re-tokenizes). */
export function savePhraseCache(): void {
  if (!cache || !added) return
  try { mkdirSync(dirname(CACHE), { recursive: true }); writeFileSync(CACHE, JSON.stringify(Object.fromEntries(cache))); added = 0 } catch { /* read-only */ }
}

/** Split a data phrase the way the text is split, so "al-Shabaab" in data meets "al - Shabaab" in text. */
export function phraseWords(phrase: string): { words: string[]; raw: string[] } {
  const values = tokensOf(phrase)
  const words = wordsOf({ count: values.length, value: values })
  return { words: words.map((w) => w.w), raw: words.map((w) => w.raw) }
}

/** Single-word aliases up to this length with a capital ("Rada", "3R") match only as written (data/actors/alias-rules.yaml). */
let shortChars = 5
export function setShortAliasChars(n: number): void { shortChars = n }

/**
 * Capitals inside a word (SAA, LeT, FAMa, 3R), or a short capitalised single word ("Rada", "Chad"),
 * make an alias match only text written the same way.
 */
export function caseSensitive(phrase: string): boolean {
  const parts = phrase.split(/[\s\-/]+/).filter(Boolean)
  if (parts.length === 1 && phrase.length <= shortChars && /[A-Z]/.test(phrase)) return true
  return parts.some((word) => /[A-Z]/.test(word.slice(1)))
}

/**
 * A lower-case first word written with a capital, as at the start of a sentence ("Dissidents of the former FARC" for
 * the alias "dissidents of the former FARC"); an alias whose first word has a capital already stays as written.
 */
function capitalised(word: string): string | null {
  return /^\p{Ll}/u.test(word) ? word[0].toUpperCase() + word.slice(1) : null
}

/** `raw`: the written words when they must match exactly; `written`: the phrase's words as written in the data. */
export interface Entry<T> { readonly words: readonly string[]; readonly raw: readonly string[] | null; readonly written: readonly string[]; readonly target: T }
// `null` under a word: a filtered trie (Trie.only) remembers that the word leads to none of its entries.
interface Node<T> { next: Map<string, Node<T> | null>; entries: Entry<T>[] }

/** A trie keyed by folded words; each end node keeps every entry (several targets may share a phrase). */
export class Trie<T> {
  private readonly root: Node<T> = { next: new Map(), entries: [] }

  /** `split`: the phrase's words when the caller has them already (compiling thousands of aliases). */
  add(phrase: string, target: T, split: { words: string[]; raw: string[] } = phraseWords(phrase)): Entry<T> {
    const { words, raw } = split
    if (!words.length) throw new Error(`empty phrase "${phrase}"`)
    let node = this.root
    for (const w of words) {
      let child = node.next.get(w)
      if (!child) node.next.set(w, (child = { next: new Map(), entries: [] }))
      node = child
    }
    const entry: Entry<T> = { words, raw: caseSensitive(phrase) ? raw : null, written: raw, target }
    node.entries.push(entry)
    this.subs.clear()
    return entry
  }

  /**
   * The trie of the entries `keep` accepts (the same entry objects, in the same order), one per
   * predicate: its matchAt gives exactly the kept entries of this trie's matchAt, walking only their
   * paths. Its nodes are made as words first reach them (start-up copied the whole trie, tens of
   * milliseconds, for the few paths an article walks); a path with no kept entry ends where it would
   * have been cut from a full copy.
   */
  only(keep: (entry: Entry<T>) => boolean): Trie<T> {
    let sub = this.subs.get(keep)
    if (!sub) {
      const out = new Trie<T>()
      const source = new WeakMap<Node<T>, Node<T>>()
      const holds = new WeakMap<Node<T>, boolean>()
      const kept = (from: Node<T>): boolean => {
        let k = holds.get(from)
        if (k === undefined) {
          k = from.entries.some(keep)
          for (const child of from.next.values()) if (!k && child) k = kept(child)
          holds.set(from, k)
        }
        return k
      }
      const make = (from: Node<T>): Node<T> => {
        const node: Node<T> = { next: new Map(), entries: from.entries.filter(keep) }
        source.set(node, from)
        return node
      }
      out.root.entries = this.root.entries.filter(keep)
      source.set(out.root, this.root)
      out.grow = (node, w) => {
        const from = source.get(node)?.next.get(w)
        const child = from && kept(from) ? make(from) : null
        // Misses are remembered too (the root meets every word of the text), up to a bound.
        if (child || node.next.size < 50_000) node.next.set(w, child)
        return child
      }
      this.subs.set(keep, (sub = out))
    }
    return sub
  }
  /** A filtered trie's maker of the node under `w`, for a word not met before at `node` (null: no kept entry that way). */
  private grow: ((node: Node<T>, w: string) => Node<T> | null) | null = null
  private readonly subs = new Map<(entry: Entry<T>) => boolean, Trie<T>>()

  /**
   * Every entry matching the words from `at` on, longest first, with the index after the match;
   * `onCase` hears of the entries whose folded words matched but whose written case did not.
   */
  matchAt(words: readonly Word[], at: number, onCase?: (entry: Entry<T>, end: number) => void): { end: number; entry: Entry<T> }[] {
    const found: { end: number; entry: Entry<T> }[] = []
    if (at >= words.length || !words[at].first) return found
    let node: Node<T> | undefined = this.root
    for (let i = at; i < words.length && node; i++) {
      let next = node.next.get(words[i].w)
      if (next === undefined && this.grow) next = this.grow(node, words[i].w)
      node = next ?? undefined
      if (!node) break
      if (!node.entries.length || !words[i].last) continue
      for (const entry of node.entries) {
        if (entry.raw && !entry.raw.every((r, k) => words[at + k].raw === r || (k === 0 && capitalised(r) === words[at].raw))) { onCase?.(entry, i + 1); continue }
        found.push({ end: i + 1, entry })
      }
    }
    return found.reverse()
  }
}
