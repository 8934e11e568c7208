/** @module eval/strip: take ACLED coders' own annotations out of a note, so the figures measure reading, not the answer key. */

// Notes carry the coder's answers: "Fatalities coded as 10", "split across 2 events (3)",
// "(coded as X at geoprecision 2)", "[size=hundreds]", "[coded to Athens-Central Athens]". News never does.
const BRACKETS = /\s*\[(?:size\s*=[^\]]*|coded\b[^\]]*)(?:\]|$)/gi
const PARENS = /\s*\((?:[^()]*\bcoded\b[^()]*|[^()]*\bgeo-?precision\b[^()]*)\)/gi
const SENTENCE_CUES = /\b(?:coded (?:as|across|separately)|split (?:across|between|into) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|several) events)\b/i

/** The note without the coders' annotations; everything else is kept as written. */
export function stripAnnotations(note: string): string {
  let text = note.replace(BRACKETS, '').replace(PARENS, '')
  // A sentence that states a coding decision goes whole ("Fatalities coded as 0 (VoJ reported 1).").
  for (let guard = 0; guard < 20; guard++) {
    const m = SENTENCE_CUES.exec(text)
    if (!m) break
    const start = sentenceStart(text, m.index)
    const end = sentenceEnd(text, m.index + m[0].length)
    const clause = text[start] === ','   // a clause goes without its sentence's full stop
    text = (text.slice(0, start) + (clause ? text.slice(end - 1) : ' ' + text.slice(end))).replace(/\s{2,}/g, ' ')
  }
  return text.trim()
}

/** Where the annotation starts: its sentence, or its clause when a comma and a few words lead to it (", location coded as X"). */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    if (text[i] === ',' && /^[\s\w]*$/.test(text.slice(i + 1, at)) && text.slice(i + 1, at).trim().split(/\s+/).length <= 3) return i
    // Notes sometimes run sentences together ("Urozgan.Fatalities coded as 0").
    if (/[.!?]/.test(text[i]) && /[\sA-Z]/.test(text[i + 1] ?? '')) return i + 1
  }
  return 0
}

/** The end of the sentence, past any parentheses it opens ("coded as 0 (VoJ reported unknown (10))."). */
function sentenceEnd(text: string, from: number): number {
  let depth = 0
  for (let i = from; i < text.length; i++) {
    const ch = text[i]
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    else if (depth === 0 && /[.!?]/.test(ch) && (i + 1 === text.length || /\s/.test(text[i + 1]))) return i + 1
  }
  return text.length
}
