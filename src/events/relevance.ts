/** @module events/relevance: is the article about political violence, protest or strategic developments at all? */
import type { Doc } from '../doc.js'
import type { EventKnowledge } from './knowledge.js'

export interface Relevance { relevant: boolean; why: string }

/**
 * Sport, markets and weather borrow the words of war ("clash", "battle", "attack", "Shell").
 * An article dominated by one of those domains yields nothing unless it reports deaths or armed actors.
 */
export function relevance(doc: Doc, k: EventKnowledge): Relevance {
  const counts = new Map<string, number>()
  for (const m of k.domains.scan(doc.tokens)) counts.set(m.value, (counts.get(m.value) ?? 0) + 1)
  const [domain, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  const strong = k.triggers.scan(doc.tokens).filter((m) => m.value.weight > 2).length
  const killed = doc.numbers.some((x) => x.measure === 'killed' || x.measure === 'injured' || x.measure === 'abducted')
  const armed = doc.actors.some((a) => !a.generic && [1, 2, 3, 4, 8].includes(a.inter))
  const perThousand = (n * 1000) / Math.max(1, doc.tokens.count)
  if (n >= 4 && perThousand >= 25 && n > 2 * strong && !killed && !armed) {
    return { relevant: false, why: `The article reads as ${domain} news (${n} ${domain} words, ${strong} strong violence words, no casualties or armed actors).` }
  }
  return { relevant: true, why: '' }
}
