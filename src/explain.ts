/** @module explain: a doc's messages as a readable report; --explain prints this, never a second code path. */
import type { Doc } from './doc.js'

export function formatMessages(doc: Doc, options: { verbose?: boolean } = {}): string {
  const head = `== ${doc.article.id}${doc.article.title ? ` "${doc.article.title}"` : ''} (${doc.article.input}): ${doc.events.length} event(s)`
  const lines = [head]
  for (const m of doc.messages) {
    if (!options.verbose && m.rule.startsWith('region-')) continue
    const at = m.span ? ` @${m.span[0]}-${m.span[1]} "${clip(doc.text.slice(m.span[0], m.span[1]))}"` : ''
    lines.push(`  ${m.level.padEnd(7)} ${m.stage}/${m.rule}: ${m.reason}${at}`)
  }
  if (!doc.events.length && !doc.messages.some((m) => m.stage === 'events')) lines.push('  info    events/no-event: no stage found an event in this article.')
  return lines.join('\n') + '\n'
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ')
  return one.length > 60 ? one.slice(0, 57) + '...' : one
}
