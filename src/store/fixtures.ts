/** @module store/fixtures: hand-built event records and articles for the store, merge and API tests. */
import type { EventRecord } from '../schema/record.js'
import type { EventFilter, Store, StoredArticle } from './types.js'

/** A record as one article would give it; override what the case is about. */
export function rec(over: Partial<EventRecord> & { id: string; article_id: string }): EventRecord {
  return {
    event_date: '2016-03-27', time_precision: 1,
    disorder_type: 'Political violence', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
    actor1: 'Military Forces of Syria (2000-)', assoc_actor_1: '', inter1: 1,
    actor2: 'Civilians (Syria)', assoc_actor_2: '', inter2: 7, interaction: 17,
    country: 'Syria', iso: 'SY', admin1: 'Homs', admin2: 'Tadmur', location: 'Tadmur',
    latitude: 34.5601, longitude: 38.2672, geo_precision: 1, geonameid: 163345,
    fatalities: 0, fatalities_low: 0, fatalities_high: 0, fatality_claims: [], other_claims: [],
    status: 'reported', confidence: 0.8, evidence: { event_date: [0, 6] },
    sources: [{ article_id: over.article_id, source: null, url: null, published: null }],
    notes: 'An air strike hit the town.',
    ...over,
  }
}

export const claim = (value: number, start = 10): EventRecord['fatality_claims'][number] =>
  ({ value, qualifier: 'exact', claimant: null, group: null, span: [start, start + 2] })

export function art(id: string, text: string, over: Partial<StoredArticle> = {}): StoredArticle {
  return { id, title: null, source: `Outlet ${id}`, url: null, published: '2016-03-28', text, revision: 0, ...over }
}

/** Every event id `filter` lists, paging `limit` at a time through the cursors, and the total the store reports. */
export async function pageThrough(store: Store, filter: EventFilter, limit = 5): Promise<{ out: string[]; total: number }> {
  const out: string[] = []
  let cursor: string | undefined
  for (;;) {
    const page = await store.listEvents(filter, { limit, ...(cursor ? { cursor } : {}) })
    if (!page.ok) throw new Error(`listEvents failed: ${JSON.stringify(page)}`)
    out.push(...page.value.events.map((e) => e.id))
    if (!page.value.next) return { out, total: page.value.total }
    cursor = page.value.next
  }
}
