/** @module ingest/txt: a plain-text article; a leading section label and headline are kept out of the body. */
import type { RawArticle } from './article.js'

const SENTENCE_END = /[.!?…"”'’)]$/

/**
 * The contract: the first non-empty line may be a section label, the next a headline.
 * A label is a few words with no sentence punctuation; a headline is a line that does not end
 * like a sentence and is followed by more text.
 */
export function splitTxt(text: string): RawArticle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const nonEmpty: number[] = []
  for (let i = 0; i < lines.length && nonEmpty.length < 3; i++) if (lines[i].trim()) nonEmpty.push(i)
  if (nonEmpty.length < 2) return { text }
  const [a, b, c] = nonEmpty.map((i) => lines[i].trim())
  const isLabel = (s: string) => s.split(/\s+/).length <= 4 && s.length <= 40 && !SENTENCE_END.test(s) && !/\d{4}/.test(s)
  const isHeadline = (s: string) => s.length <= 200 && !/[.!?]$/.test(s) && s.split(/\s+/).length >= 2
  let section: string | null = null
  let title: string | null = null
  let bodyFrom = nonEmpty[0]
  if (c !== undefined && isLabel(a) && isHeadline(b)) {
    section = a; title = b; bodyFrom = nonEmpty[2]
  } else if (isHeadline(a) && !isLabel(a)) {
    title = a; bodyFrom = nonEmpty[1]
  }
  return { text: lines.slice(bodyFrom).join('\n'), section, title }
}
