/** @module mentions/places/normalize: one lookup key for a place name, shared by the gazetteer build and the text scan. */

const marks = /[\u0300-\u036f]/g
const quotes = /[’'`ʿʾ‘ʻ\u02bc.]/g
const dashes = /[-‐‑–—_/]+/g
// Arabic articles written as separate words or with a hyphen: "al-Bab", "Deir ez-Zor", "Ar Raqqah".
const leadingArticle = /^(?:al|el|ad|ar|as|ash|az|an|at|ed|es|ul|ur) (?=\S{3})/
const innerArticle = / (?:al|el|ez|ad|ed|ar|er|as|ash|az|an|ul|ur|es|et|at) (?=\S)/g

/**
 * The key a name is indexed and looked up under: lower case, diacritics, apostrophes and dots
 * dropped, hyphens as spaces, Arabic articles dropped, and common transliteration endings folded
 * (-iyah/-iyeh → -iya, -ah → -a, -aa → -a), so "Dar'a", "Daraa" and "Dara" meet, as do
 * "al-Bab" and "Bab", "Deir al-Zor" and "Deir ez-Zor".
 */
export function placeKey(name: string): string {
  let k = keyCache.get(name)
  if (k === undefined) {
    if (keyCache.size >= 100_000) keyCache.clear()
    k = computeKey(name)
    keyCache.set(name, k)
  }
  return k
}

// placeKey is pure and the scan asks for the same few thousand surfaces over and over.
const keyCache = new Map<string, string>()

// A lone letter joined by a hyphen to the rest of a word is an elision like an apostrophe: "N-Dali" is N'Dali, "N-Djamena" N'Djamena.
const elision = /(^|[\s(])(\p{L})[-‐‑–](?=\p{L})/gu

function computeKey(name: string): string {
  let k = name.normalize('NFD').replace(marks, '').toLowerCase().replace(quotes, '').replace(elision, '$1$2').replace(dashes, ' ')
  k = k.replace(/\s+/g, ' ').trim()
  if (!k) return k
  k = k.replace(/^saint /, 'st ').replace(/ saint /g, ' st ').replace(/^mount /, 'mt ').replace(/^fort /, 'ft ')
  k = k.replace(leadingArticle, '').replace(innerArticle, ' ')
  k = k.replace(/iy(?:ah|eh)\b/g, 'iya').replace(/(?<=\w\w)ah\b/g, 'a').replace(/aa\b/g, 'a')
  return k
}

/** Plain lower-case form with diacritics stripped, for stoplists and cue words. */
export function plain(word: string): string {
  let p = plainCache.get(word)
  if (p === undefined) {
    if (plainCache.size >= 100_000) plainCache.clear()
    p = word.normalize('NFD').replace(marks, '').toLowerCase()
    plainCache.set(word, p)
  }
  return p
}
// Called on every word around every candidate name; pure, so answers are kept like placeKey's.
const plainCache = new Map<string, string>()

// Words that transliterations add or drop between parts of a name: Persian izafe ("Dahana-ye", "Deh-e"), "wa" (and).
const joiners = new Set(['i', 'e', 'ye', 'y', 'wa', 'va', 'o'])

/**
 * A looser key for spellings that differ in vowels and spacing ("Mohammad Agha" and "Muhammad
 * Aghah", "Lashkargah" and "Lashkar Gah", "Dawlat Abad" and "Dowlatabad"): the placeKey without
 * joiner words, spaces, doubled letters, and vowels (with w, y, h) after the first letter.
 */
export function skeleton(key: string): string {
  const joined = key.split(' ').filter((w) => !joiners.has(w)).join('')
  return (joined[0] ?? '') + joined.slice(1).replace(/[aeiouywh]/g, '').replace(/(.)\1+/g, '$1')
}

/** The loose index's prefix for a folded key (foldDoubles), apart from the skeletons. */
export const FOLD = '='

/** A key with every doubled letter written once ("hiiraan" → "hiran", "middle shabelle" → "midle shabele"): romanisations double and undouble letters freely. */
export const foldDoubles = (key: string): string => key.replace(/(\p{L})\1+/gu, '$1')

/** The loose index's prefix for a name of two or more words written as one ("Dansadau" for Dan Sadau), apart from the other keys. */
export const JOINED = '+'

/** A key with its words run together: the JOINED index's key ("dan sadau" → "dansadau"). */
export const joinedKey = (key: string): string => key.replace(/ /g, '')

/**
 * A key with an aspirate "ph" inside a word written as plain "p" ("kyaukphyu" → "kyaukpyu"): Burmese and Thai romanisations
 * mark the aspirate or leave it out. Only inside a word: a leading "Ph" is the name's own ("Phnom Penh").
 */
export const aspirateFold = (key: string): string => key.replace(/(?<=\p{L})ph/gu, 'p')
