/** @module mentions/actors/associates: who backs whom ("Turkish-backed rebels", "backed by Russian air strikes"). */
import type { ActorMention, Doc } from '../../doc.js'
import { sentenceAt } from '../../doc.js'
import type { ActorIndex } from './compile.js'
import { phraseWords } from './phrases.js'
import type { ActorRef } from './resolve.js'
import { classRef } from './resolve.js'

// "X-backed", "X-allied": the backer is named in the same word as the adjective.
const hyphenBacked = /([A-Z][\w.]*)[-‐](?:backed|supported|allied|aligned|sponsored)\b/g
// "backed by X", "with the support of X": the backer follows, in the same sentence.
const backedBy = /\b(?:backed|supported|aided|assisted|helped|reinforced|accompanied|joined) by\b|\bwith (?:the )?(?:support|help|backing|assistance|air support|cover) (?:of|from)\b|\balongside\b|\ballied (?:to|with)\b|\bloyal to\b/i

const refOf = (a: ActorMention): ActorRef => ({ name: a.name, inter: a.inter, countryCode: a.countryCode, role: a.role, generic: a.generic })

/**
 * Actors associated with `m` by the text: a country backing it ("Russian-backed separatists" →
 * the Russian military) or an actor named right after a cue ("gunmen backed by Russian air
 * strikes"). Never `m` itself; empty when the text says nothing.
 */
export function associatesOf(doc: Doc, m: ActorMention, index: ActorIndex, iso: string | null): ActorRef[] {
  const out: ActorRef[] = []
  const s = sentenceAt(doc, m.span[0])
  const [sStart, sEnd] = s >= 0 ? doc.sentences[s] : [0, doc.text.length]
  const near = doc.text.slice(Math.max(sStart, m.span[0] - 30), m.span[1])
  for (const hit of near.matchAll(hyphenBacked)) {
    const country = countryOf(index, hit[1])
    if (country) out.push(classRef(index, 'military', country, doc.article.published, iso))
  }
  // Only the words right after the mention: "rebels, backed by Turkish drones, ..." but not a later clause.
  const after = doc.text.slice(m.span[1], Math.min(sEnd, m.span[1] + 60))
  const cue = backedBy.exec(after)
  if (cue) {
    const from = m.span[1] + cue.index + cue[0].length
    const next = doc.actors
      .filter((a) => a !== m && a.span[0] >= from && a.span[0] - from < 40 && a.span[1] <= sEnd)
      .sort((a, b) => a.span[0] - b.span[0])[0]
    // People backing it ("supported by local vigilantes") ride along under their group's name, never as "Civilians (X)".
    if (next) out.push(next.role === 'civilian' && next.assoc ? { ...refOf(next), name: next.assoc.split('; ')[0] } : refOf(next))
  }
  return out.filter((r, i) => r.name !== m.name && out.findIndex((o) => o.name === r.name) === i)
}

function countryOf(index: ActorIndex, word: string): string | null {
  const words = phraseWords(word).words.map((w) => ({ w, raw: w, token: 0, first: true, last: true }))
  const hit = index.trie.matchAt(words, 0).find((x) => x.end === words.length && x.entry.target.type === 'country')
  return hit?.entry.target.type === 'country' ? hit.entry.target.iso : null
}
