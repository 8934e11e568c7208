/** @module store/types: the Store interface both backends implement, and the values it trades in. */
import type { EventRecord } from '../schema/record.js'
import type { Result } from '../errors.js'
import type { ControlPeriod } from './control.js'
import type { DashboardQueries } from './dashboard.js'
import type { UserStore } from './users.js'

/** An article as stored: identity, metadata and the text every evidence span points into. */
export interface StoredArticle {
  id: string
  title: string | null
  source: string | null
  url: string | null
  published: string | null
  text: string
  revision: number          // 1 for the first text, +1 for each new text under the same id
}

/** Filters of `GET /api/events` and `sitrep export`; every field optional. */
export interface EventFilter {
  from?: string             // YYYY-MM-DD inclusive
  to?: string
  event_type?: string
  sub_event_type?: string
  country?: string          // ISO2
  actor?: string            // case-insensitive substring of actor1/actor2/associated actors
  bbox?: [minLon: number, minLat: number, maxLon: number, maxLat: number]
  q?: string                // case-insensitive text over actors, location, notes and source text
  status?: string | readonly string[]   // one status or any of a list (the API sends reported, claimed unless asked)
  location?: string         // exact location name, case-insensitive (control timelines)
  includeRejected?: boolean // events marked not-an-event are left out unless asked for
}

export interface Page { limit: number; cursor?: string }
export interface EventPage { events: EventRecord[]; next: string | null; total: number }

/** One line of an event's history: revisions, merges, reviews, sources added. */
export interface HistoryEntry {
  kind: 'review' | 'merge' | 'unmerge' | 'source' | 'article-revision' | 'split'
  at: string
  author: string
  reason: string
  action?: string
  field?: string
  before?: unknown
  after?: unknown
  merge_id?: number
  score?: number
  auto?: boolean
  other?: string            // the other event of a merge or split
}

/** An event record as the store returns it: the record plus review state and history. */
export type StoredEvent = EventRecord & {
  review: 'auto' | 'accepted' | 'not-an-event' | 'retired'
  revision: number
  history: HistoryEntry[]
}

export interface MergeInfo {
  id: number
  survivor: string
  absorbed: string
  score: number | null
  reasons: string[]
  auto: boolean
  by: string
  reason: string
  at: string
  undone: boolean
}

export interface IngestOutcome {
  id: string
  status: 'new' | 'unchanged' | 'revised' | 'second-report'
  event_ids: string[]       // surviving ids of the events this article reports
  merges: number[]          // ids of the automatic merges it caused
  conflict?: number         // set (with status 'unchanged') when the caller named another revision than this stored one
}

export type ReviewAction = 'accept' | 'edit' | 'not-an-event' | 'split'
export interface ReviewInput {
  action: ReviewAction
  author: string
  reason: string
  field?: string            // edit: which record field
  value?: unknown           // edit: its new value
  articles?: string[]       // split: the source articles that leave to form their own event
  revision?: number         // the revision the reviewer saw: another one → conflict
}

/** The store: one interface, a SQLite and a PostgreSQL implementation; every method async. */
export interface Store {
  readonly kind: 'sqlite' | 'postgres'
  /** 'same' when the article is stored with exactly this text, 'changed' under another text, else 'absent'. */
  articleState(id: string, text: string): Promise<'same' | 'changed' | 'absent'>
  /** Store one article and the records extracted from it, merging them with stored events (one transaction). */
  putArticle(article: StoredArticle, records: EventRecord[], expectRevision?: number): Promise<IngestOutcome>
  getArticle(id: string): Promise<{ article: StoredArticle; events: EventRecord[] } | null>
  /** The event, following absorbed ids to the survivor; null when unknown. */
  getEvent(id: string): Promise<StoredEvent | null>
  /** `summary`: the events carry only the list fields (SUMMARY_FIELDS and revision), read without parsing whole records. */
  listEvents(filter: EventFilter, page: Page, options?: { summary?: boolean }): Promise<Result<EventPage>>
  /** Every event matching the filter, in pages, for exports. */
  scanEvents(filter: EventFilter): AsyncIterable<EventRecord>
  review(id: string, input: ReviewInput): Promise<Result<StoredEvent>>
  /** `revision`: the revision of `a` the reviewer saw; another one → conflict. */
  merge(a: string, b: string, by: string, reason: string, revision?: number): Promise<Result<MergeInfo>>
  unmerge(mergeId: number, by: string, reason: string): Promise<Result<MergeInfo>>
  getMerge(mergeId: number): Promise<MergeInfo | null>
  /** The territorial-control timeline of a place (case-insensitive name); with `at`, the period covering that day. */
  control(location: string, at?: string): Promise<ControlPeriod[]>
  health(): Promise<{ ok: boolean; backend: string; articles: number; events: number; schema: number }>
  /** Accounts, tokens and the append-only audit log. */
  users: UserStore
  /** Aggregates for the dashboard (clusters, daily counts, facets, review queue); optional for other implementations. */
  dashboard?: DashboardQueries
  close(): Promise<void>
}
