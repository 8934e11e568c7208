/** @module mentions/numbers/claims: who gives a figure ("according to the monitor", "state TV said") and whether that source is a party. */
import type { NumberWords } from './words.js'
import type { Word } from './scan.js'

/** `pronoun`: the speaker is "it", "they", "he" or "she", someone named in an earlier sentence; `anaphor`: a definite
 * teller noun ("the spokesman added") that may name the teller of an earlier sentence again. */
export interface Claimant { text: string | null; partisan: boolean; pronoun?: boolean; anaphor?: string }

// A speaker told by a pronoun: the teller of an earlier sentence (rule teller-pronoun).
const SPEAKER_PRONOUNS = new Set(['it', 'they', 'he', 'she'])

const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'this', 'that'])
const npStop = new Set(['that', 'and', 'but', 'who', 'which', 'while', 'as', 'after', 'when', 'because', 'if', 'on', 'in', 'at',
  'to', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'been', 'later', 'also', 'earlier', 'previously', 'later', 'had',
  'he', 'she', 'they', 'said', 'told', 'reported'])
const passiveBefore = new Set(['were', 'was', 'is', 'are', 'be', 'been', 'being', 'as', 'not', 'widely', 'unconfirmed'])
const punct = /^[,;:.!?"“”()[\]—–]$/

/** A sentence's attributions: "according to X" (subject null, `after` is X) and "X said" (its subject, or the phrase after). */
interface Cue { i: number; subject: [number, number] | null; after: [number, number] | null; partisan: boolean; pronoun: boolean; given?: boolean }

const GAVE = new Set(['gave', 'gives', 'give', 'giving'])
const TOLL_NOUNS = new Set(['toll', 'tolls', 'figure', 'figures', 'tally', 'count'])

// A sentence with several figures asks for its claimants once per figure; the cues do not depend on the figure.
const cueCache = new WeakMap<readonly Word[], Cue[]>()

function cuesOf(words: readonly Word[], nw: NumberWords): Cue[] {
  let cues = cueCache.get(words)
  if (cues) return cues
  cues = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i].lower
    if (w === 'according' && words[i + 1]?.lower === 'to') { cues.push({ i, subject: null, after: npAfter(words, i + 2), partisan: false, pronoun: false }); continue }
    // "The Sudan Doctors Network gave a toll of 21 dead", "A district official gave a higher toll": a source giving its own
    // count speaks as "said" does (rule toll-given, artev23).
    const tollGiven = GAVE.has(w) && words.slice(i + 1, i + 5).some((x) => TOLL_NOUNS.has(x.lower))
    if ((!nw.speechVerbs.has(w) && !tollGiven) || w === 'according') continue
    if (passiveBefore.has(words[i - 1]?.lower ?? '')) continue          // "were reported", "as reported"
    if (w.startsWith('report') && /^(killed|dead|missing|injured|wounded)$/.test(words[i + 1]?.lower ?? '')) continue
    // "The monitor, a group based abroad, calculates ...": the subject stands before the apposition.
    let subject = npBefore(words, i - 1)
    if (!subject && words[i - 1]?.text === ',') {
      for (let j = i - 2; j >= 0 && i - j <= 25; j--) if (words[j].text === ',') { subject = npBefore(words, j - 1); break }
    }
    const pronoun = !subject && SPEAKER_PRONOUNS.has(words[i - 1]?.lower ?? '')
    // "It gave a toll of 11": whose toll a pronoun gives is not read from the figure before (merge mend: toll-given beside
    // teller-pronoun); the figure stays unattributed, as before either rule.
    if (tollGiven && pronoun) continue
    cues.push({ i, subject, after: pronoun ? null : npAfter(words, i + 1), partisan: nw.partisanVerbs.has(w), pronoun, given: tollGiven })
  }
  cueCache.set(words, cues)
  return cues
}

/** Whole-sentence attribution of the quantity at words[at]: the nearest "according to X" or "X said". */
export function claimantOf(words: readonly Word[], at: number, text: string, nw: NumberWords): Claimant {
  let best: { dist: number; span: [number, number]; partisan: boolean; given?: boolean } | null = null
  let pronoun = false
  const consider = (span: [number, number] | null, verbAt: number, partisan: boolean, given?: boolean) => {
    if (!span) return
    const dist = Math.abs(verbAt - at)
    if (!best || dist < best.dist) best = { dist, span, partisan, given }
  }
  for (const c of cuesOf(words, nw)) {
    const according = words[c.i].lower === 'according'
    if (according) { consider(c.after, c.i, false); continue }
    if (c.pronoun) pronoun = true
    // A claimant is rarely the counted noun itself: "20 people were killed, said X" has X after.
    if (c.subject && !(c.subject[0] <= at && at <= c.subject[1])) consider(c.subject, c.i, c.partisan, c.given)
    else consider(c.after, c.i, c.partisan, c.given)
  }
  if (!best) return { text: null, partisan: false, pronoun }
  const chosen = best as { dist: number; span: [number, number]; partisan: boolean; given?: boolean }
  const [a, b] = chosen.span
  const claimant = text.slice(words[a].start, words[b].end).replace(/\s+/g, ' ')
  const kind = claimantKind(claimant, nw)
  // "The spokesman added that ...": a definite teller noun alone may be the teller named before ("a Fano spokesman").
  const anaphor = b === a + 1 && words[a].lower === 'the' ? words[b].lower : undefined
  // A toll given ("the army gave a toll of 9 soldiers killed") is a count of the dead, not a side's word of its enemy's.
  return { text: claimant, partisan: !chosen.given && kind !== 'neutral' && (chosen.partisan || kind === 'party'), anaphor }
}

/** The last teller a sentence names ("a Fano spokesman said", "according to the monitor"), or null: the one a later
 * "he said" or "the spokesman added" refers back to. */
export function tellerOf(words: readonly Word[], text: string, nw: NumberWords): string | null {
  let out: string | null = null
  for (const c of cuesOf(words, nw)) {
    const span = words[c.i].lower === 'according' ? c.after : c.subject ?? c.after
    if (span) out = text.slice(words[span[0]].start, words[span[1]].end).replace(/\s+/g, ' ')
  }
  return out
}

/** The noun phrase ending at words[end], walking back to punctuation or a clause word; null for pronouns. */
function npBefore(words: readonly Word[], end: number): [number, number] | null {
  let k = end
  while (k >= 0 && end - k < 8 && !punct.test(words[k].text) && !npStop.has(words[k].lower) && !/^\d/.test(words[k].text)) k--
  const first = k + 1
  if (first > end) return null
  if (first === end && pronouns.has(words[end].lower)) return null
  return [first, end]
}

/** The noun phrase starting at words[start] ("the monitor", "state TV"), to punctuation or a clause word. */
function npAfter(words: readonly Word[], start: number): [number, number] | null {
  let k = start
  while (k < words.length && k - start < 8 && !punct.test(words[k].text) && !(npStop.has(words[k].lower) && k > start)) k++
  const last = k - 1
  if (last < start || npStop.has(words[start].lower) || pronouns.has(words[start].lower) && last === start) return null
  return [start, last]
}

/** A claimant is a party (army, group, spokesman) or a neutral source (monitor, hospital, UN), or unknown. */
export function claimantKind(claimant: string | null, nw: NumberWords): 'party' | 'neutral' | 'unknown' {
  if (!claimant) return 'unknown'
  if (nw.neutral.test(claimant)) return 'neutral'
  if (nw.party.test(claimant)) return 'party'
  return 'unknown'
}
