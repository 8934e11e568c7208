/** @module text/language: does a text read as English? (sitrep reads English news; other languages are said, not silently skipped.) */
import { readYaml } from '../yaml-cache.js'
import { dataPath } from '../paths.js'

interface LanguageRules { english_function_words: string[]; min_share: number; min_words: number }
let rules: { words: Set<string>; minShare: number; minWords: number } | null = null

/**
 * False when a text of some length rarely uses English function words ("the", "of", "was", ...): French,
 * Arabic or Russian news. Too short a text is given the benefit of the doubt.
 */
export function readsAsEnglish(text: string): boolean {
  if (!rules) {
    const r = readYaml(dataPath('language.yaml')) as LanguageRules
    rules = { words: new Set(r.english_function_words), minShare: r.min_share, minWords: r.min_words }
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length < rules.minWords) return true
  const hits = words.filter((w) => rules!.words.has(w)).length
  return hits / words.length >= rules.minShare
}

/** What the CLI says of an article without events that does not read as English. */
export const NOT_ENGLISH = 'not-english: no events; the text does not read as English, and sitrep reads English news only'
