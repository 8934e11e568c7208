/** @module text: tokens, sentences and POS from wink-nlp with character offsets; captions, credits, bylines marked. */
import type { Doc, Tokens } from '../doc.js'
import { say } from '../doc.js'
import { getNlp } from './nlp.js'
import { markRegions } from './regions.js'

export type { Stage } from "../stage.js"
import type { Stage } from "../stage.js"

export function text(): Stage {
  const nlp = getNlp()
  const its = nlp.its
  return function text(doc) {
    if (!doc.text.trim()) {
      say(doc, 'text', 'empty-text', 'The article has no text after extraction.', { level: 'fatal' })
      return
    }
    const wdoc = nlp.readDoc(doc.text)
    const values = wdoc.tokens().out() as string[]
    const pos = wdoc.tokens().out(its.pos) as string[]
    const kind = wdoc.tokens().out(its.type) as string[]
    const sentSpans = wdoc.sentences().out(its.span) as [number, number][]
    const count = values.length
    const start = new Int32Array(count), end = new Int32Array(count), sentence = new Int32Array(count)
    let cursor = 0
    for (let i = 0; i < count; i++) {
      // wink keeps each token's characters; find it from the cursor to get offsets.
      const at = doc.text.indexOf(values[i], cursor)
      const s = at < 0 || at - cursor > 40 ? cursor : at
      start[i] = s
      end[i] = at < 0 || at - cursor > 40 ? Math.min(doc.text.length, s + values[i].length) : s + values[i].length
      cursor = end[i]
    }
    sentSpans.forEach(([a, b], si) => { for (let t = a; t <= b; t++) sentence[t] = si })
    const tokens: Tokens = { count, value: values, norm: values.map((v) => v.toLowerCase()), pos, kind, start, end, sentence }
    doc.tokens = tokens
    doc.sentences = sentSpans.map(([a, b]) => [start[a], end[b]] as const)
    markRegions(doc)
  }
}
