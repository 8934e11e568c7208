/** @module explain: a doc's messages as a coder's worksheet, one block per event; --explain prints this, never a second code path. */
import type { Doc, EventDraft, Message, Span } from './doc.js'
import { sentenceAt } from './doc.js'
import { toRecords } from './events/records.js'
import type { EventRecord } from './schema/record.js'

type Topic = 'type' | 'actors' | 'fatalities' | 'place' | 'date' | 'other'

/** Which worksheet line a message belongs to: by its stage, or by words in its rule id. */
function topicOf(m: Message): Topic {
  const r = m.rule
  if (m.stage === 'numbers' || /count|fatal|claim|toll|dead|death|killed/.test(r)) return 'fatalities'
  if (m.stage === 'places' || /place|toponym|dateline|locat|geo/.test(r)) return 'place'
  if (m.stage === 'dates' || /date|day|time/.test(r)) return 'date'
  if (m.stage === 'actors' || /actor|role|side|perpetrat|victim|claimant/.test(r)) return 'actors'
  if (m.stage === 'events') return 'type'
  return 'other'
}

/** The text of a span, on one line, clipped to `max` characters, in quotes. */
function quote(doc: Doc, span: Span, max = 90): string {
  const one = doc.text.slice(span[0], span[1]).replace(/\s+/g, ' ').trim()
  return `"${one.length > max ? one.slice(0, max - 3) + '...' : one}"`
}

/** The sentence a span starts in (skipping the space a sentence span may open with), or -1. */
function sentenceOf(doc: Doc, span: Span): number {
  let at = span[0]
  while (at < span[1] && /\s/.test(doc.text[at])) at++
  return sentenceAt(doc, at)
}

/** The sentences an event stands on: its trigger's, its evidence's, its claims', and those a message says it adds to it. */
function sentencesOf(doc: Doc, d: EventDraft): Set<number> {
  const spans: Span[] = [d.trigger, ...Object.values(d.evidence), ...d.claims.map((c) => c.span), ...d.otherClaims.map((c) => c.span)]
  const out = new Set([d.sentence, ...spans.map((s) => sentenceOf(doc, s))].filter((s) => s >= 0))
  for (const m of doc.messages) {
    // The message names the event by its type and the sentence it was told in: two events of one type each keep their own.
    // A later sentence that denies the event ("Somalia's armed forces denied the claim") is part of its worksheet: it set the status.
    if (m.rule === 'denied' && m.span && m.reason.includes(`denies the ${d.subEventType} event told in sentence ${d.sentence + 1}:`)) { out.add(sentenceOf(doc, m.span)); continue }
    if (m.rule !== 'same-event' || !m.span || !m.reason.includes(`to the ${d.subEventType} event`)) continue
    const told = /event told in sentence (\d+)/.exec(m.reason)
    if (told ? Number(told[1]) === d.sentence + 1 : doc.events.find((e) => e.subEventType === d.subEventType) === d) out.add(sentenceOf(doc, m.span))
  }
  return out
}

/** Every message with a span goes to the first event standing on its sentence; the rest are the article's. */
function assign(doc: Doc, groups: Set<number>[]): { perEvent: Message[][]; article: Message[] } {
  const perEvent: Message[][] = groups.map(() => [])
  const article: Message[] = []
  for (const m of doc.messages) {
    const s = m.span ? sentenceOf(doc, m.span) : -1
    const owner = m.span ? doc.events.findIndex((d) => d.trigger[0] >= m.span![0] && d.trigger[1] <= m.span![1]) : -1
    const i = owner >= 0 ? owner : groups.findIndex((g) => g.has(s))
    if (i >= 0) perEvent[i].push(m)
    else article.push(m)
  }
  return { perEvent, article }
}

/** Messages as lines; the same reason at several places is one line with every quote. */
function grouped(doc: Doc, messages: Message[], indent: string): string[] {
  const byReason = new Map<string, Message[]>()
  for (const m of messages) byReason.set(`${m.level} ${m.stage}/${m.rule}: ${m.reason}`, [...(byReason.get(`${m.level} ${m.stage}/${m.rule}: ${m.reason}`) ?? []), m])
  return [...byReason.values()].map((ms) => {
    const m = ms[0]
    const quotes = ms.filter((x) => x.span).map((x) => quote(doc, x.span!, ms.length > 1 ? 30 : 70))
    return `${indent}${m.level === 'info' ? '' : m.level.toUpperCase() + ' '}${m.stage}/${m.rule}: ${m.reason}${quotes.length ? ' ' + quotes.join(', ') : ''}`
  })
}


function worksheet(doc: Doc, d: EventDraft, r: EventRecord, n: number, sentences: Set<number>, messages: Message[]): string[] {
  const out: string[] = []
  const by = (t: Topic) => messages.filter((m) => topicOf(m) === t)
  const place = [r.location, r.admin1, r.iso].filter(Boolean).join(', ') || 'no place'
  out.push(`  Event ${n}: ${d.eventType} / ${d.subEventType} · ${d.status} · ${r.event_date ?? 'date unknown'} · ${place} · fatalities ${r.fatalities}`)
  out.push('    Sentences:')
  for (const s of [...sentences].sort((a, b) => a - b)) out.push(`      [${s + 1}] ${quote(doc, doc.sentences[s], 200)}`)

  // Type: the proposal at the trigger won; every other proposal in its sentences was folded in.
  const typed = by('type')
  const chosen = typed.find((m) => m.rule === 'event-typed' && m.span && m.span[0] === d.trigger[0])
  out.push(`    Type: ${d.subEventType} from ${quote(doc, d.trigger)}${chosen ? `: ${chosen.reason}` : ''}`)
  // The status the typing said is not always the one coded: a later sentence may deny or claim the event. Say which, and why.
  const typedStatus = chosen ? /status (reported|claimed|denied|planned|background)\b/.exec(chosen.reason)?.[1] : undefined
  const why = typedStatus && typedStatus !== d.status ? messages.find((m) => m.rule === 'denied' && m.span && m.reason.includes(`event told in sentence ${d.sentence + 1}:`)) : undefined
  if (typedStatus && typedStatus !== d.status) out.push(`    Status: ${d.status}, not ${typedStatus} as typed above${why ? `: ${why.reason} ${quote(doc, why.span!, 70)}` : ''}`)
  const others = typed.filter((m) => m.rule === 'event-typed' && m !== chosen && m.span)
  if (others.length) {
    out.push('      over the other types proposed in its sentences, which were folded into this event (events/same-event) rather than coded apart:')
    for (const m of others) out.push(`        ${quote(doc, m.span!, 40)} (sentence ${sentenceOf(doc, m.span!) + 1}): ${m.reason}`)
  }
  out.push(...grouped(doc, typed.filter((x) => x.rule !== 'event-typed' && x !== why), '      '))

  // Actors: who, from which words, and the rule that picked them.
  const actor = (label: string, a: EventDraft['actor1'], assoc: string[]) => a
    ? `    ${label}: ${a.name} (inter ${a.inter}) from ${quote(doc, a.span, 60)} [${a.rule}${a.generic ? ', generic' : ''}]${assoc.length ? `; associated: ${assoc.join('; ')}` : ''}`
    : `    ${label}: none${label === 'Actor 2' ? ' (one-sided event)' : ''}`
  out.push(actor('Actor 1', d.actor1, d.assoc1), actor('Actor 2', d.actor2, d.assoc2))
  if (d.protestTarget) out.push(`    Protest target: ${d.protestTarget.name} from ${quote(doc, d.protestTarget.span, 60)} [${d.protestTarget.rule}]: ${d.protestTarget.reason}`)
  out.push(...grouped(doc, by('actors'), '      '))

  // Fatalities: every claim with its claimant, and which figure was coded.
  if (!d.claims.length) out.push('    Fatalities: 0 (no death figure in its sentences)')
  else {
    out.push(`    Fatalities: coded ${r.fatalities} (range ${r.fatalities_low}–${r.fatalities_high}) from ${d.claims.length} claim(s):`)
    let marked = false
    for (const c of d.claims) {
      const coded = !marked && c.value === r.fatalities
      if (coded) marked = true
      const who = c.claimant ? `claimant ${c.claimant}` : 'no claimant named'
      out.push(`      ${coded ? '* coded ' : '  '}${c.value ?? '?'}${c.qualifier !== 'exact' ? ` (${c.qualifier})` : ''} ${quote(doc, c.span, 50)}, ${who}${c.group ? `, dead: ${c.group}` : ''}${c.partisan ? ', partisan' : ''}${c.total ? ', a running total: kept, not this event\'s dead' : ''}`)
    }
    // Why this figure over the other figures given (a coder's worksheet names the rule, not only the pick).
    const others = [...new Set(d.claims.filter((c) => !c.total && c.value !== null && c.value !== r.fatalities).map((c) => c.value))]
    if (marked && others.length) {
      out.push(others.every((v) => (v ?? 0) > r.fatalities)
        ? `      the coded ${r.fatalities} over ${others.join(', ')}: the lowest credible figure for the same dead (ACLED), the others kept as claims`
        : `      the coded ${r.fatalities} over ${others.join(', ')}: a total above the figures of its groups, or a party's claim about its enemy set aside (fatalities rules); the others kept as claims`)
    }
    // A running total is never this event's figure: say so, rather than imply the claims were combined.
    if (!marked) out.push(d.claims.every((c) => c.total)
      ? `      the coded ${r.fatalities}: every claim is a running total over many days, none counts this event's own dead`
      : `      the coded ${r.fatalities} is not one claim's figure: the claims combined (fatalities rules)`)
  }
  for (const c of d.otherClaims) out.push(`      not deaths: ${c.value ?? '?'} ${c.measure} ${quote(doc, c.span, 50)}`)
  out.push(...grouped(doc, by('fatalities'), '      '))

  // Place: the mention chosen, and the other places named in its sentences.
  if (d.place) {
    out.push(`    Place: ${place} (geo_precision ${r.geo_precision}${r.geonameid ? `, GeoNames ${r.geonameid}` : ''}) from ${quote(doc, d.place.span, 60)} [${d.place.rule}]`)
  } else out.push('    Place: none found')
  const rivals = new Map<string, string>()
  for (const p of doc.places) {
    if (!sentences.has(sentenceOf(doc, p.span)) || (d.place && (p.span[0] === d.place.span[0] || (p.geonameid !== null && p.geonameid === d.place.geonameid)))) continue
    const name = `${quote(doc, p.span, 30)} (${[p.name, p.countryCode].filter(Boolean).join(', ') || 'unresolved'})`
    rivals.set(name.toLowerCase(), name)
  }
  if (rivals.size) out.push(`      over the other places in its sentences: ${[...rivals.values()].join(', ')}`)
  out.push(...grouped(doc, by('place'), '      '))

  // Date: the day, the words it comes from, and what they were counted from.
  const pub = doc.article.published ? `the publication date ${doc.article.published}` : 'no publication date'
  if (d.date && d.date.span[1] > d.date.span[0]) {
    const anchor = d.date.relative ? `counted from ${pub}` : 'a date written in the text'
    out.push(`    Date: ${d.date.day ?? 'unknown'} (time_precision ${d.date.precision}) from ${quote(doc, d.date.span, 50)}, ${anchor}`)
  } else out.push(`    Date: ${r.event_date ?? 'unknown'} (time_precision ${r.time_precision}): no date words near it; anchor: ${pub}`)
  out.push(...grouped(doc, by('date'), '      '))
  out.push(...grouped(doc, by('other'), '    Also: '))
  return out
}

export function formatMessages(doc: Doc, options: { verbose?: boolean } = {}): string {
  const head = `== ${doc.article.id}${doc.article.title ? ` "${doc.article.title}"` : ''} (${doc.article.input}): ${doc.events.length} event(s)`
  const lines = [head]
  const shown = (m: Message) => options.verbose || !m.rule.startsWith('region-')
  const records = toRecords(doc)
  const groups = doc.events.map((d) => sentencesOf(doc, d))
  const { perEvent, article } = assign(doc, groups)
  doc.events.forEach((d, i) => lines.push(...worksheet(doc, d, records[i], i + 1, groups[i], perEvent[i].filter(shown))))
  const rest = article.filter(shown)
  const eventsRan = doc.messages.some((m) => m.stage === 'events')
  if (rest.length) lines.push(doc.events.length ? '  Elsewhere in the article:' : eventsRan ? '  Why no event:' : '  Messages:')
  lines.push(...grouped(doc, rest, '    '))
  if (!doc.events.length && !eventsRan) lines.push('    events/no-event: no stage found an event in this article.')
  return lines.join('\n') + '\n'
}
