/** @module scripts/eval-dates-numbers: date, time precision and fatalities against ACLED notes (acled-dev.jsonl). */
// Usage: npx tsx scripts/eval-dates-numbers.ts [path/to/acled-dev.jsonl] [--errors N] [--no-pub]
// text = the ACLED note, published = the file's stand-in date (which equals the event date there,
// so the publication fallback is reported apart: "from text" counts only dates the text gave).
import { readFileSync } from 'node:fs'
import type { Article, FatalityClaim, Span } from '../src/doc.js'
import { createDoc } from '../src/doc.js'
import { text as textStage } from '../src/text/index.js'
import { numbers } from '../src/mentions/numbers/index.js'
import { dates, eventDate } from '../src/mentions/dates/index.js'
import { fatalitiesFrom } from '../src/events/fatalities.js'

interface Row { id: string; text: string; published: string; gold: { event_date: string; time_precision: number; fatalities: number } }

const args = process.argv.slice(2)
const path = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? '/work/shared/eval/acled-dev.jsonl'
const showErrors = Number(args[args.indexOf('--errors') + 1]) || 0
const noPub = args.includes('--no-pub')
const rows = readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row)
const stages = [textStage(), numbers(), dates()]
// A word that usually marks the event in a note or a news lead.
const violent = /\b(attack|kill|clash|fight|shell|bomb|strike|struck|shot|shoot|fire|fired|protest|demonstrat|riot|arrest|abduct|kidnap|loot|burn|explo|ambush|raid|seiz|captur|storm|assault|found dead|died|dead|march|gather|rall)/i

let dateExact = 0, precExact = 0, bothExact = 0, fromText = 0, fromTextExact = 0, firstExact = 0
let fatalExact = 0, fatalOver = 0, fatalUnder = 0
const dateErrors: string[] = [], fatalErrors: string[] = []
const precMatrix = new Map<string, number>()
for (const row of rows) {
  const article: Article = { id: row.id, title: null, section: null, byline: null, source: null, url: null, published: noPub ? null : row.published, input: path }
  const doc = createDoc(article, row.text)
  for (const stage of stages) stage(doc)
  const m = violent.exec(row.text)
  const trigger: Span = m ? [m.index, m.index + m[0].length] : [0, 0]
  const { date } = eventDate(doc, trigger)
  const day = date?.day ?? null
  if (day === row.gold.event_date) dateExact++
  else if (dateErrors.length < showErrors) dateErrors.push(`${row.id} got ${day} (${date?.rule}) want ${row.gold.event_date}: ${row.text.slice(0, 140)}`)
  if (date && date.precision === row.gold.time_precision) precExact++
  if (day === row.gold.event_date && date?.precision === row.gold.time_precision) bothExact++
  const key = `${row.gold.time_precision}->${date?.precision ?? '-'}`
  precMatrix.set(key, (precMatrix.get(key) ?? 0) + 1)
  if (date && date.rule !== 'date-from-publication') { fromText++; if (day === row.gold.event_date) fromTextExact++ }
  const first = doc.dates.find((d) => d.day !== null)
  if ((first?.day ?? (noPub ? null : row.published)) === row.gold.event_date) firstExact++

  const claims: FatalityClaim[] = doc.numbers.filter((n) => n.measure === 'killed').map((n) => ({
    value: n.value, qualifier: n.qualifier, claimant: n.claimant, group: n.group, span: n.span, partisan: n.partisan, high: n.high,
  }))
  const f = fatalitiesFrom(claims)
  if (f.fatalities === row.gold.fatalities) fatalExact++
  else {
    if (f.fatalities > row.gold.fatalities) fatalOver++; else fatalUnder++
    if (fatalErrors.length < showErrors) fatalErrors.push(`${row.id} got ${f.fatalities} want ${row.gold.fatalities} [${claims.map((c) => `${c.value}:${c.group ?? '-'}`).join(', ')}]: ${row.text.slice(0, 220)}`)
  }
}
const pct = (n: number, d = rows.length) => `${(100 * n / Math.max(1, d)).toFixed(1)}% (${n}/${d})`
console.log(`rows: ${rows.length}${noPub ? ' (publication date withheld)' : ''}`)
console.log(`date exact (eventDate at the first event word): ${pct(dateExact)}`)
console.log(`  of which the text gave the date: ${pct(fromText)}; exact among those: ${pct(fromTextExact, fromText)}`)
console.log(`date exact (first date mention, else publication): ${pct(firstExact)}`)
console.log(`time_precision match: ${pct(precExact)}; date and precision both: ${pct(bothExact)}`)
console.log(`  gold->ours: ${[...precMatrix].sort().map(([k, v]) => `${k}: ${v}`).join(', ')}`)
console.log(`fatalities exact: ${pct(fatalExact)}; over: ${fatalOver}, under: ${fatalUnder}`)
for (const e of [...dateErrors, ...fatalErrors]) console.log('  ' + e)
