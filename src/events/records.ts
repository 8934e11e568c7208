/** @module events/records: EventDraft → the contract's flat record, with a stable id. */
import { createHash } from 'node:crypto'
import type { Hash } from 'node:crypto'
import type { Doc, EventDraft, FatalityClaim } from '../doc.js'
import type { EventRecord, FatalityClaimRecord } from '../schema/record.js'
import { countryName } from '../mentions/countries.js'
import { draftFatalities } from './fatalities.js'

/** ACLED interaction code from two inter codes: 10·min + max, or the single code ×10 when alone. */
export function interactionCode(inter1: number, inter2: number): number {
  if (!inter1 && !inter2) return 0
  if (!inter2) return inter1 * 10
  if (!inter1) return inter2 * 10
  const [a, b] = inter1 <= inter2 ? [inter1, inter2] : [inter2, inter1]
  return a * 10 + b
}

/** Stable id: hash of the normalized article text and the event's key fields. */
export function eventId(text: string, draft: EventDraft): string {
  const key = [draft.subEventType, draft.actor1?.name ?? '', draft.actor2?.name ?? '', draft.place?.geonameid ?? draft.place?.text ?? '',
    draft.date?.day ?? '', draft.trigger[0]].join('|')
  return 'ev_' + textHash(text).copy().update(key).digest('hex').slice(0, 16)
}

// The events of one article share its text: it is normalized and hashed once, each id hashing on from a copy.
let hashed: { text: string; hash: Hash } | null = null
function textHash(text: string): Hash {
  // Runs of two or more, and lone tabs or newlines: a lone space already is what \s+ → ' ' makes of it (and is left as it is).
  if (hashed?.text !== text) hashed = { text, hash: createHash('sha256').update(text.replace(/\s{2,}|[^\S ]/g, ' ').trim()).update('\u0000') }
  return hashed.hash
}

const claimRecord = (c: FatalityClaim & { measure?: string }): FatalityClaimRecord => ({
  value: c.value, qualifier: c.qualifier, claimant: c.claimant, group: c.group, span: [c.span[0], c.span[1]],
  ...(c.measure ? { measure: c.measure } : c.total ? { measure: 'total' } : {}),
})

export function toRecord(doc: Doc, draft: EventDraft): EventRecord {
  const place = draft.place
  const inter1 = draft.actor1?.inter ?? 0
  const inter2 = draft.actor2?.inter ?? 0
  const f = draftFatalities(draft)
  const iso = place?.countryCode ?? draft.actor1?.countryCode ?? ''
  const evidence: Record<string, [number, number]> = {}
  for (const [k, v] of Object.entries(draft.evidence)) evidence[k] = [v[0], v[1]]
  if (draft.protestTarget) evidence.protest_target = [draft.protestTarget.span[0], draft.protestTarget.span[1]]
  return {
    id: eventId(doc.text, draft),
    article_id: doc.article.id,
    event_date: draft.date?.day ?? null,
    time_precision: draft.date?.precision ?? 3,
    disorder_type: draft.disorderType,
    event_type: draft.eventType,
    sub_event_type: draft.subEventType,
    actor1: draft.actor1?.name ?? null,
    assoc_actor_1: draft.assoc1.join('; '),
    inter1,
    actor2: draft.actor2?.name ?? null,
    assoc_actor_2: draft.assoc2.join('; '),
    inter2,
    interaction: interactionCode(inter1, inter2),
    country: iso ? (place?.country ?? countryName(iso)) : '',
    iso,
    admin1: place?.admin1 ?? '',
    admin2: place?.admin2 ?? '',
    location: place?.name ?? place?.text ?? '',
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    geo_precision: place?.precision ?? 3,
    geonameid: place?.geonameid ?? null,
    fatalities: f.fatalities,
    fatalities_low: f.low,
    fatalities_high: f.high,
    fatality_claims: draft.claims.map(claimRecord),
    other_claims: draft.otherClaims.map(claimRecord),
    status: draft.status,
    confidence: Math.round(draft.confidence * 100) / 100,
    evidence,
    sources: [{ article_id: doc.article.id, source: doc.article.source, url: doc.article.url, published: doc.article.published }],
    notes: draft.notes,
    protest_target: draft.protestTarget?.name ?? null,
  }
}

export function toRecords(doc: Doc): EventRecord[] {
  return doc.events.map((d) => toRecord(doc, d))
}
