/** @module events/relevance: is the article about political violence, protest or strategic developments at all? */
import type { Doc } from '../doc.js'
import type { EventKnowledge } from './knowledge.js'
import type { GateKnowledge } from './gate/index.js'
import { gateKnowledge } from './gate/index.js'

export interface Relevance { relevant: boolean; why: string }

const MIN_HEALTH = 8

/**
 * Sport, markets and weather borrow the words of war ("clash", "battle", "attack", "Shell").
 * An article dominated by one of those domains yields nothing unless it reports deaths or armed actors.
 */
export function relevance(doc: Doc, k: EventKnowledge): Relevance {
  const opinion = opinionMark(doc, gateKnowledge())
  if (opinion) return { relevant: false, why: `The article is an opinion piece (${opinion}): it argues about events and reports none of its own.` }
  const counts = new Map<string, number>()
  for (const m of k.domains.scan(doc.tokens)) counts.set(m.value, (counts.get(m.value) ?? 0) + 1)
  const [domain, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  const hits = k.triggers.scan(doc.tokens)
  const strong = hits.filter((m) => m.value.weight > 2).length
  // Traders protesting a market closure are news in any domain but sport (where "rally" and "march" are plays).
  const protest = hits.some((m) => m.value.family === 'protest' && m.value.weight > 1)
  const killed = doc.numbers.some((x) => x.measure === 'killed' || x.measure === 'injured' || x.measure === 'abducted')
  // "Fans threw stones at police, injuring 14 officers": a riot with people hurt is news in a sport story too, and so is
  // one with people arrested ("Police said 14 fans had been arrested"; rule sport-riot-arrests).
  const riot = (killed || doc.numbers.some((x) => x.measure === 'arrested')) && hits.some((m) => m.value.family === 'riot' && m.value.weight > 1)
  // Fighting actors, not governments: "the government said" appears in every kind of news. Unnamed gunmen count too
  // ("armed men broke into a health centre and shot dead a guard" in an mpox story); soldiers and police unnamed do not.
  const fighters = doc.actors.filter((a) => a.role === 'armed' && !a.name.startsWith('Government of')
    && (!a.generic || a.name.startsWith('Unidentified Armed Group')))
  // Sentences where a strong trigger and a fighting actor meet: from the one scan above, not a second one.
  const strongSentences = new Set(hits.filter((m) => m.value.weight > 2).map((m) => doc.tokens.sentence[m.first]))
  const armedAct = [...strongSentences].filter((si) => {
    const s = doc.sentences[si]
    return fighters.some((a) => a.span[0] >= s[0] && a.span[1] <= s[1])
  }).length
  const perThousand = (n * 1000) / Math.max(1, doc.tokens.count)
  // Hospitals and patients run through much conflict news: a health story needs more of its words (the gate weighs it per sentence).
  if (domain === 'health' && n < MIN_HEALTH) return { relevant: true, why: '' }
  if (n >= 3 && perThousand >= 20 && n > 2 * strong && armedAct < 2 && !(killed && armedAct) && !riot && !(protest && domain !== 'sport')) {
    return { relevant: false, why: `The article reads as ${domain} news (${n} ${domain} words, ${strong} strong violence words, ${armedAct} sentence(s) where an armed group acts).` }
  }
  return { relevant: true, why: '' }
}


/** "Opinion: The world cannot look away", a section "Comment", a last line "The author is a former envoy": what marks an opinion piece. */
function opinionMark(doc: Doc, g: GateKnowledge): string | null {
  const title = doc.article.title?.trim().toLowerCase() ?? ''
  const label = g.opinionTitles.find((w) => title.startsWith(w) && /^\s*[:|–—-]/.test(title.slice(w.length)))
  if (label) return `the title opens with "${label}"`
  // "Helldivers 2 review: a glorious war against the bugs": the work's name, then the word, then a colon.
  const head = title.split(/\s*[:|–—]\s*/)[0]
  const named = head !== title ? g.reviewTitles.find((w) => head.endsWith(' ' + w)) : undefined
  if (named) return `the title names a "${named}" before its colon`
  const section = doc.article.section?.trim().toLowerCase() ?? ''
  if (section && g.opinionTitles.includes(section)) return `the section is "${section}"`
  const last = doc.text.trim().split('\n').pop()?.trim().toLowerCase() ?? ''
  const signoff = g.opinionSignoffs.find((w) => last.startsWith(w + ' '))
  if (signoff) return `the closing line opens with "${signoff}"`
  const release = g.reviewMarks.scan(doc.tokens)[0]
  return release ? `a review: "${doc.text.slice(doc.tokens.start[release.first], doc.tokens.end[release.last])}"` : null
}
