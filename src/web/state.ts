/** @module web/state: the view lives in the URL hash (`#/route?filters`), so every view can be shared as a link. */

export const FILTER_KEYS = ['from', 'to', 'event_type', 'sub_event_type', 'country', 'actor', 'status', 'q'] as const
export type FilterKey = (typeof FILTER_KEYS)[number]
export type Filters = Partial<Record<FilterKey, string>>

export interface View {
  path: string[]              // '#/events/abc' → ['events', 'abc']
  filters: Filters
  extra: Record<string, string>   // other query values: map=lat,lon,zoom, location=...
}

export function readHash(hash = location.hash): View {
  const raw = hash.replace(/^#\/?/, '')
  const q = raw.indexOf('?')
  const path = (q < 0 ? raw : raw.slice(0, q)).split('/').filter(Boolean).map(decodeURIComponent)
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1))
  const filters: Filters = {}
  const extra: Record<string, string> = {}
  for (const [k, v] of params) {
    if (!v) continue
    if ((FILTER_KEYS as readonly string[]).includes(k)) filters[k as FilterKey] = v
    else extra[k] = v
  }
  return { path, filters, extra }
}

export function writeHash(view: View): string {
  const params = new URLSearchParams()
  for (const k of FILTER_KEYS) if (view.filters[k]) params.set(k, view.filters[k]!)
  for (const [k, v] of Object.entries(view.extra)) if (v) params.set(k, v)
  const s = params.toString()
  return `#/${view.path.map(encodeURIComponent).join('/')}${s ? `?${s}` : ''}`
}

/** Go to another route keeping the filters and map position. */
export function go(path: string[], extra: Record<string, string> = {}): void {
  const v = readHash()
  location.hash = writeHash({ path, filters: v.filters, extra: { ...(v.extra.map ? { map: v.extra.map } : {}), ...extra } })
}

/** Change filters (or extras) in place without adding a history entry per keystroke. */
export function update(filters: Filters | null, extra: Record<string, string | undefined> = {}): void {
  const v = readHash()
  const next: View = { path: v.path, filters: filters ?? v.filters, extra: { ...v.extra } }
  for (const [k, val] of Object.entries(extra)) {
    if (val) next.extra[k] = val
    else delete next.extra[k]
  }
  const hash = writeHash(next)
  if (hash !== location.hash) history.replaceState(null, '', hash)
  window.dispatchEvent(new CustomEvent('sitrep:state'))
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return FILTER_KEYS.every((k) => (a[k] ?? '') === (b[k] ?? ''))
}
