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
    // Caption, credit, byline and boilerplate lines are found from the text's lines alone; a sentence wink runs across
    // one of them ("Read more: Troops kill 12 bandits in Zamfara" on a line with no full stop) is cut at its line breaks.
    markRegions(doc)
    const lineRegions = doc.regions.filter((r) => r.kind === 'caption' || r.kind === 'credit' || r.kind === 'byline' || r.kind === 'boilerplate')
    const inLine = (t: number) => lineRegions.some((r) => start[t] >= r.span[0] && end[t] <= r.span[1])
    const headings: [number, number, number][] = []
    const sentSpans = splitClock(values, splitHeadings(values, splitRegionLines(values, wdoc.sentences().out(its.span) as [number, number][], inLine), headings))
    sentSpans.forEach(([a, b], si) => { for (let t = a; t <= b; t++) sentence[t] = si })
    const tokens: Tokens = { count, value: values, norm: values.map((v) => v.toLowerCase()), pos, kind, start, end, sentence }
    doc.tokens = tokens
    doc.sentences = sentSpans.map(([a, b]) => [start[a], end[b]] as const)
    for (const [si, a, b] of headings) {
      const span: [number, number] = [start[a], end[b]]
      // A byline or a caption line is marked already, as what it is.
      if (doc.regions.some((r) => r.span[0] <= span[0] && span[1] <= r.span[1])) continue
      // The region is the whole sentence (with the line break wink leads it with), so that all it holds is set aside.
      doc.regions.push({ kind: 'heading', span: [doc.sentences[si][0], doc.sentences[si][1]] })
      say(doc, 'text', 'region-heading', 'A heading line of its own is kept out of event coding.', { span })
    }
  }
}

/**
 * Cut a sentence at each line break next to a line that is a region of its own (a caption, a credit, a byline, a
 * "Read more:" link): wink joins lines with no closing punctuation into one sentence, which would carry the link's
 * words into the story's next sentence. The line break goes with the part after it, as wink leads sentences with it.
 */
function splitRegionLines(values: string[], spans: [number, number][], inLine: (t: number) => boolean): [number, number][] {
  const out: [number, number][] = []
  const blank = (t: number) => /^\s+$/.test(values[t])
  for (const [a, b] of spans) {
    let from = a
    for (let t = a + 1; t <= b; t++) {
      if (!blank(t) || !values[t].includes('\n')) continue
      let before = t - 1
      while (before > from && blank(before)) before--
      let after = t + 1
      while (after <= b && blank(after)) after++
      if (blank(before) || after > b) continue
      if (inLine(before) || inLine(after)) { out.push([from, t - 1]); from = t }
    }
    out.push([from, b])
  }
  return out
}

// After "a.m." or "p.m.", words that go on the same sentence: a day, a month, a time zone ("4 a.m. Monday", "9 p.m. GMT").
const CLOCK_GOES_ON = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$|^[A-Z]{2,5}$|^(?:Eastern|Central|Pacific|Mountain|Atlantic|Local|Greenwich)$/
// A clock-time abbreviation wink reads as going on: "a.m.", "p.m.".
const CLOCK = /^[ap]\.m\.$/i

/**
 * "Residents were woken shortly before 4 a.m. Police found the entrance wrecked": wink ends a sentence after "a.m." before
 * "The" but not before a capitalised noun, and the next sentence's words then run on in the first. Cut after the clock
 * time when a capitalised word follows that does not go on with it (a day, a month, a time zone), nor a place's "time"
 * ("8 a.m. Kyiv time").
 */
function splitClock(values: string[], spans: [number, number][]): [number, number][] {
  const out: [number, number][] = []
  for (const [a, b] of spans) {
    let from = a
    for (let t = a; t < b; t++) {
      if (!CLOCK.test(values[t])) continue
      let next = t + 1
      while (next <= b && /^\s+$/.test(values[next])) next++
      if (next > b || !/^\p{Lu}\p{Ll}/u.test(values[next]) || CLOCK_GOES_ON.test(values[next])) continue
      if (/^time$/i.test(values[next + 1] ?? '') || next + 1 > b) continue
      out.push([from, t])
      from = t + 1
    }
    out.push([from, b])
  }
  return out
}

/** Most words a line can have and still be a heading of its own ("Fighting", "What we know so far"). */
const HEADING_WORDS = 6

/**
 * A short line of words with no closing punctuation, alone on its line and followed by a capitalised line, is a
 * heading (a live blog's "Fighting", "Diplomacy"): wink reads it as the start of the next sentence, which then
 * carries its words ("Fighting A Russian drone attack ..."). Split it off. Wrapped text keeps its sentences: its
 * lines are long, and a line ending on a comma or a dash (a dateline) is not a heading.
 */
function splitHeadings(values: string[], spans: [number, number][], headings: [number, number, number][]): [number, number][] {
  const out: [number, number][] = []
  const blank = (t: number) => /^\s+$/.test(values[t])
  for (const [a, b] of spans) {
    let from = a
    while (from < b && blank(from)) from++
    // wink gives a line break a token of its own: the heading is the words before the first one.
    const first = from === 0 || blank(from - 1) ? from : -1
    let end = first
    while (end >= 0 && end <= b && !blank(end) && end - first <= HEADING_WORDS) end++
    let next = end
    while (next >= 0 && next <= b && blank(next)) next++
    if (first >= 0 && end > first && end - first <= HEADING_WORDS && next > end && next <= b) {
      const words = values.slice(first, end)
      if (words.every((w) => /^[\p{L}\p{N}'’&-]+$/u.test(w)) && /^\p{Lu}/u.test(words[0]) && /^\p{Lu}/u.test(values[next])) {
        headings.push([out.length, first, end - 1])
        out.push([a, end - 1])
        out.push([end, b])
        continue
      }
    }
    out.push([a, b])
  }
  return out
}
