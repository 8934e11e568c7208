/** @module web/main: wires filters, map, timeline and the side panel to the URL hash; the page's only entry point. */
import 'leaflet/dist/leaflet.css'
import 'uplot/dist/uPlot.min.css'
import './style.css'
import { api } from './api.js'
import type { Facets, Query } from './api.js'
import { renderAdd } from './add.js'
import { installSignIn } from './auth.js'
import { renderControl } from './control.js'
import { renderArticle, renderEvent } from './detail.js'
import { $, h, toast } from './dom.js'
import { renderList } from './list.js'
import { createMap } from './map.js'
import { renderQueue } from './review.js'
import { FILTER_KEYS, go, readHash, sameFilters, update } from './state.js'
import type { Filters, View } from './state.js'
import { createTimeline } from './timeline.js'

const panel = $('#panel')
const form = $<HTMLFormElement>('#filters')
let view: View = readHash()
let shown: View | null = null
let keys: { key(k: string): boolean } | null = null
let dispose: (() => void) | null = null
let mapLoads = 0

const query = (f: Filters = view.filters): Query => ({ ...f })
const withoutDates = (f: Filters): Filters => { const { from: _f, to: _t, ...rest } = f; return rest }

// Performance marks for the bench: the first map drawn, and each filter change until its map is drawn.
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

const map = createMap($('#map'), view.extra.map, {
  moved: (v) => { update(null, { map: v.center }); void loadMap() },
  open: (id) => go(['events', id]),
})
const timeline = createTimeline($('#timeline'), (from, to) => update({ ...view.filters, from, to }))

let mapCtl: AbortController | null = null
async function loadMap(mark?: string): Promise<void> {
  mapCtl?.abort()
  const ctl = (mapCtl = new AbortController())
  const v = map.view()
  try {
    const res = await api.clusters({ ...query(), bbox: v.bbox, cell: v.cell, expand: 500 }, ctl.signal)
    if (ctl.signal.aborted) return
    const first = mapLoads++ === 0
    map.draw(res.clusters)
    const sel = view.path[0] === 'events' ? view.path[1] : null
    map.select(sel ?? null)
    $('#total').textContent = `${res.total.toLocaleString()} events in view`
    await painted()
    if (first) performance.mark('sitrep:first-map')
    if (mark) performance.mark(mark)
    // A link to one event opens the map on that event (renderEvent focuses it): fitting every cluster would undo that.
    if (first && !view.extra.map && view.path[0] !== 'events' && res.clusters.length) map.fit(res.clusters)
  } catch (err) {
    if (!ctl.signal.aborted) toast((err as Error).message, true)
  }
}

let daysCtl: AbortController | null = null
async function loadDays(): Promise<void> {
  daysCtl?.abort()
  const ctl = (daysCtl = new AbortController())
  try {
    const { days } = await api.days(query(withoutDates(view.filters)), ctl.signal)
    if (ctl.signal.aborted) return
    timeline.draw(days, view.filters)
    await painted()
    performance.mark('sitrep:days-drawn')
  } catch (err) {
    if (!ctl.signal.aborted) toast((err as Error).message, true)
  }
}

function fillFacets(f: Facets): void {
  const fill = (name: string, items: { value: string; label: string; count: number }[], label = (x: { value: string; label: string }) => x.value, first: [string, string][] = [['', 'any']]) => {
    const sel = form.elements.namedItem(name) as HTMLSelectElement
    const keep = sel.value
    sel.replaceChildren(...first.map(([value, text]) => h('option', { value }, text)), ...items.map((x) => h('option', { value: x.value, 'data-type': x.label }, `${label(x)} (${x.count})`)))
    sel.value = keep
  }
  fill('event_type', f.event_types)
  fill('sub_event_type', f.sub_event_types)
  fill('country', f.countries, (x) => `${x.label} (${x.value})`)
  // The API's default: events that happened as told; background, planned and denied ones on request.
  fill('status', f.statuses, (x) => x.value, [['', 'reported + claimed'], ['all', 'all statuses']])
  syncForm()
}

function syncForm(): void {
  for (const k of FILTER_KEYS) {
    const el = form.elements.namedItem(k) as HTMLInputElement | HTMLSelectElement | null
    if (!el) continue
    const v = view.filters[k] ?? ''
    if (el instanceof HTMLSelectElement && v && ![...el.options].some((o) => o.value === v)) el.appendChild(h('option', { value: v }, v))
    if (document.activeElement !== el) el.value = v
  }
  // Sub-types follow the chosen event type.
  const type = view.filters.event_type
  for (const o of (form.elements.namedItem('sub_event_type') as HTMLSelectElement).options) o.hidden = !!type && !!o.dataset.type && o.dataset.type !== type
}

function readForm(): Filters {
  const f: Filters = {}
  for (const k of FILTER_KEYS) {
    const v = ((form.elements.namedItem(k) as HTMLInputElement | null)?.value ?? '').trim()
    if (v) f[k] = v
  }
  return f
}

let typing = 0
form.addEventListener('input', (ev) => {
  const t = ev.target as HTMLElement
  window.clearTimeout(typing)
  const apply = () => { performance.mark('sitrep:filter-start'); update(readForm()) }
  if (t instanceof HTMLInputElement && (t.type === 'text' || t.type === 'search' || !t.type || t.type === '')) typing = window.setTimeout(apply, 300)
  else apply()
})
form.addEventListener('submit', (ev) => ev.preventDefault())
form.addEventListener('reset', () => window.setTimeout(() => { performance.mark('sitrep:filter-start'); update({}) }, 0))

function renderPanel(): void {
  dispose?.()
  dispose = null
  keys = null
  const [route, id] = view.path
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('on', (a as HTMLElement).dataset.nav === (route ?? 'list'))
  // The control view has its own time axis; the global timeline under it would read as the place's.
  document.body.classList.toggle('no-timeline', route === 'control')
  panel.classList.toggle('fill', route === 'add')
  if (route === 'events' && id) keys = renderEvent(panel, id, (e) => {
    map.select(e.id)
    if (e.latitude !== null && e.longitude !== null) map.focus(e.latitude, e.longitude)
  })
  else if (route === 'articles' && id) renderArticle(panel, id)
  else if (route === 'review') keys = renderQueue(panel, query())
  else if (route === 'control') renderControl(panel, view.extra.location, (e) => {
    if (e.latitude !== null && e.longitude !== null) map.focus(e.latitude, e.longitude)
  })
  else if (route === 'add') renderAdd(panel, () => { void loadMap().then(loadDays); void api.facets().then(fillFacets, () => undefined) })
  else dispose = renderList(panel, query())
  if (!(route === 'events' && id)) map.select(null)
}

function route(): void {
  view = readHash()
  const before = shown
  shown = view
  syncForm()
  const filtersChanged = !before || !sameFilters(before.filters, view.filters)
  const datesOnly = before && sameFilters(withoutDates(before.filters), withoutDates(view.filters))
  // The map asks first and the rest follow its answer: the server works through requests one at a
  // time, so the map would otherwise wait behind the slower list count.
  const mapDone = filtersChanged ? loadMap(before ? 'sitrep:filter-map' : undefined) : Promise.resolve()
  if (filtersChanged) {
    if (!datesOnly) void mapDone.then(loadDays)
    else timeline.showRange(view.filters)
  }
  const panelChanged = !before || before.path.join('/') !== view.path.join('/') || before.extra.location !== view.extra.location
  const listy = !view.path[0] || view.path[0] === 'review'
  if (panelChanged) renderPanel()
  else if (filtersChanged && listy) {
    const shownNow = view
    void mapDone.then(() => { if (shown === shownNow) renderPanel() })
  }
}

window.addEventListener('sitrep:changed', () => { void loadMap().then(loadDays) })
window.addEventListener('hashchange', route)
window.addEventListener('sitrep:state', route)
document.addEventListener('keydown', (ev) => {
  const t = ev.target as HTMLElement
  if (ev.ctrlKey || ev.metaKey || ev.altKey || t.closest('input, textarea, select')) return
  if (ev.key === '/') { ev.preventDefault(); (form.elements.namedItem('q') as HTMLInputElement).focus(); return }
  if (ev.key === 'Escape' && view.path.length) { go([]); return }
  if (keys?.key(ev.key)) ev.preventDefault()
})

installSignIn($('#top'))

// The map's request goes first: the server answers in order, and the menus can wait.
route()
void api.facets().then(fillFacets, (err: Error) => toast(err.message, true))
