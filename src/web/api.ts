/** @module web/api: typed calls to the sitrep HTTP API with the signed-in token; every failure becomes an ApiError with the server's message. */
import { authHeaders } from './auth.js'

export interface Claim { value: number | null; qualifier: string; claimant: string | null; group: string | null; span: [number, number]; article_id?: string; measure?: string }
export interface Source { article_id: string; source: string | null; url: string | null; published: string | null }
export interface HistoryEntry {
  kind: string; at: string; author: string; reason: string; action?: string; field?: string
  before?: unknown; after?: unknown; merge_id?: number; score?: number; auto?: boolean; other?: string
}
/** An event record as the API returns it; `review`, `revision` and `history` come with /api/events/{id}. */
export interface EventRecord {
  id: string; article_id: string; event_date: string | null; time_precision: number
  disorder_type: string; event_type: string; sub_event_type: string
  actor1: string | null; assoc_actor_1: string; inter1: number; actor2: string | null; assoc_actor_2: string; inter2: number
  interaction: number; country: string; iso: string; admin1: string; admin2: string; location: string
  latitude: number | null; longitude: number | null; geo_precision: number; geonameid: number | null
  fatalities: number; fatalities_low: number; fatalities_high: number; fatality_claims: Claim[]
  status: string; confidence: number; evidence: Record<string, [number, number]>; sources: Source[]; notes: string
  review?: string; revision?: number; history?: HistoryEntry[]
}
export interface Article { id: string; title: string | null; source: string | null; url: string | null; published: string | null; text: string }
export interface MarkerEvent {
  id: string; event_type: string; sub_event_type: string; fatalities: number; geo_precision: number
  location: string; event_date: string | null; latitude: number; longitude: number
}
export interface Cluster { lat: number; lon: number; count: number; fatalities: number; types: Record<string, number>; event?: MarkerEvent }
export interface DayCount { date: string; event_type: string; events: number; fatalities: number }
export interface Facet { value: string; label: string; count: number }
export interface Facets { countries: Facet[]; event_types: Facet[]; sub_event_types: Facet[]; statuses: Facet[] }
export interface ControlPeriod { holder: string; from: string; to: string | null; event_ids: string[]; conflict?: boolean; contested_by?: string[] }
export interface MergeInfo { id: number; survivor: string; absorbed: string; undone: boolean }

export type Query = Record<string, string | number | undefined>

function qs(query: Query): string {
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') p.set(k, String(v))
  const s = p.toString()
  return s ? `?${s}` : ''
}

/** A failed call: the server's message, its status, and for a 409 the record as it is now. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly current?: unknown) { super(message) }
}

async function call<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, {
    method,
    headers: { ...authHeaders(), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  })
  const data = (await res.json().catch(() => null)) as (T & { error?: { message: string }; current?: unknown }) | null
  if (res.status === 401 && method !== 'GET') throw new ApiError(`${data?.error?.message ?? 'sign in first'} — sign in with your token (top right)`, 401)
  if (!res.ok) throw new ApiError(data?.error?.message ?? `${method} ${path}: HTTP ${res.status}`, res.status, data?.current)
  return data as T
}

const enc = encodeURIComponent

export const api = {
  events: (q: Query, signal?: AbortSignal) => call<{ events: EventRecord[]; next: string | null; total: number }>('GET', `api/events${qs(q)}`, undefined, signal),
  event: (id: string) => call<{ event: EventRecord }>('GET', `api/events/${enc(id)}`).then((r) => r.event),
  article: (id: string) => call<{ article: Article; events: EventRecord[] }>('GET', `api/articles/${enc(id)}`),
  addArticles: (body: unknown) => call<{ articles: { id: string; event_ids: string[] }[] }>('POST', 'api/articles', body),
  control: (location: string) => call<{ location: string; periods: ControlPeriod[]; suggestions?: string[]; unknown?: boolean; message?: string }>('GET', `api/control${qs({ location })}`),
  review: (id: string, body: { action: string; reason: string; field?: string; value?: unknown; articles?: string[]; revision?: number }) =>
    call<{ event: EventRecord }>('POST', `api/events/${enc(id)}/review`, body).then((r) => r.event),
  // No author field: the server records the signed-in token's user as the author.
  merge: (id: string, other: string, reason: string, revision?: number) =>
    call<{ merge: MergeInfo; event: EventRecord }>('POST', `api/events/${enc(id)}/merge`, { other, reason, ...(revision !== undefined ? { revision } : {}) }),
  unmerge: (mergeId: number, reason: string) => call<{ merge: MergeInfo }>('POST', `api/merges/${mergeId}/undo`, { reason }),
  clusters: (q: Query, signal?: AbortSignal) => call<{ clusters: Cluster[]; total: number }>('GET', `api/web/clusters${qs(q)}`, undefined, signal),
  days: (q: Query, signal?: AbortSignal) => call<{ days: DayCount[] }>('GET', `api/web/days${qs(q)}`, undefined, signal),
  facets: () => call<Facets>('GET', 'api/web/facets'),
  sources: (id: string) => call<{ event_id: string; records: EventRecord[] }>('GET', `api/web/events/${enc(id)}/sources`).then((r) => r.records),
  queue: (q: Query) => call<{ items: { event: EventRecord; review: string }[] }>('GET', `api/web/queue${qs(q)}`),
}
