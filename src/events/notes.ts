/** @module events/notes: a generated one-sentence summary in ACLED's style, and the extractor's confidence. */
import type { EventDraft } from '../doc.js'
import { draftFatalities } from './fatalities.js'
import { taxonomy } from './taxonomy.js'


export function notesOf(d: EventDraft): string {
  const when = d.date?.day ? `On ${longDate(d.date.day)}${d.date.precision > 1 ? ' (approximately)' : ''}, ` : ''
  const who = d.actor1?.name ?? 'an unidentified actor'
  const verb = taxonomy().bySub.get(d.subEventType)?.verb ?? 'was involved in'
  const whom = d.actor2 ? ` ${d.actor2.name}` : ''
  const where = d.place ? ` in ${d.place.name ?? d.place.text}${d.place.admin1 ? ` (${d.place.admin1})` : ''}` : ''
  const f = draftFatalities(d).fatalities
  const deaths = f ? ` ${f} fatalit${f === 1 ? 'y' : 'ies'}.` : ''
  const status = d.status === 'reported' ? '' : ` [${d.status}]`
  const sentence = `${when}${who} ${verb}${whom}${where}.${deaths}${status}`
  return sentence.charAt(0).toUpperCase() + sentence.slice(1)
}

function longDate(day: string): string {
  const [y, m, dd] = day.split('-').map(Number)
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  return `${dd} ${months[m - 1]} ${y}`
}

/** How much the text supports the record: explicit date and place, named actors, a strong trigger, agreement. */
export function confidenceOf(d: EventDraft): number {
  let c = 0.35
  if (d.place) c += d.place.precision === 1 ? 0.15 : 0.08
  if (d.date) c += d.date.precision === 1 ? 0.12 : 0.06
  if (d.actor1 && !d.actor1.generic) c += 0.12
  if (d.actor2 && !d.actor2.generic) c += 0.06
  if (d.claims.length) c += 0.05
  if (d.status === 'claimed' || d.status === 'denied') c -= 0.1
  if (d.place?.score !== undefined) c += 0.1 * (d.place.score - 0.5)
  return Math.max(0.05, Math.min(0.99, c))
}
