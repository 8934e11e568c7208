/** @module web/review: accept, edit with a reason, mark not-an-event, merge, split; the review queue and its keys. */
import { ApiError, api } from './api.js'
import type { EventRecord, Query } from './api.js'
import { clear, h, toast } from './dom.js'
import { eventItem } from './list.js'
import { go } from './state.js'

/** The fields a reviewer may edit (the store's list), and how to read a typed value. */
const EDITABLE: Record<string, 'string' | 'nullable-string' | 'int' | 'number' | 'nullable-number' | 'date'> = {
  event_date: 'date', time_precision: 'int', disorder_type: 'string', event_type: 'string', sub_event_type: 'string',
  actor1: 'nullable-string', actor2: 'nullable-string', assoc_actor_1: 'string', assoc_actor_2: 'string',
  inter1: 'int', inter2: 'int', interaction: 'int', country: 'string', iso: 'string', admin1: 'string', admin2: 'string',
  location: 'string', latitude: 'nullable-number', longitude: 'nullable-number', geo_precision: 'int',
  geonameid: 'nullable-number', fatalities: 'int', status: 'string', notes: 'string',
}
export const editable = (field: string): boolean => field in EDITABLE

function parseValue(field: string, raw: string): unknown {
  const kind = EDITABLE[field]
  const s = raw.trim()
  if (kind.startsWith('nullable') && s === '') return null
  if (kind === 'date') return s === '' ? null : s
  if (kind === 'int' || kind === 'number' || kind === 'nullable-number') {
    const n = Number(s)
    if (s === '' || !Number.isFinite(n) || (kind === 'int' && !Number.isInteger(n))) throw new Error(`"${field}" takes ${kind === 'int' ? 'a whole number' : 'a number'}`)
    return n
  }
  return raw
}

export interface Reviewer { el: HTMLElement; key(k: string): boolean; edit(field: string): void }

/** The action bar of one event; `done` gets the event as the API returns it after the action. */
export function reviewer(event: EventRecord, done: (e: EventRecord) => void): Reviewer {
  const form = h('div', { class: 'review-form' })
  // The revision this view shows: a write names it, so a change made meanwhile by someone else is a 409, not lost.
  let seen = event.revision
  const rev = () => (seen === undefined ? {} : { revision: seen })
  /** `fn` does the change on the revision given; after a 409 the reviewer sees both and may redo it on the fresh record. */
  const run = async (what: string, fn: () => Promise<EventRecord>, field?: string, mine?: unknown) => {
    try {
      const e = await fn()
      toast(`${what}: ${e.id}`)
      window.dispatchEvent(new CustomEvent('sitrep:changed'))   // map and timeline refresh
      done(e)
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.current) conflict(what, err, err.current as EventRecord, fn, field, mine)
      else toast((err as Error).message, true)
    }
  }
  function conflict(what: string, err: ApiError, current: EventRecord, fn: () => Promise<EventRecord>, field?: string, mine?: unknown) {
    clear(form)
    const now = field ? (current as unknown as Record<string, unknown>)[field] : current.review
    const lastBy = [...(current.history ?? [])].reverse().find((x) => x.kind === 'review' || x.kind === 'merge')
    form.appendChild(h('div', { class: 'conflict', role: 'alert', 'data-revision': String(current.revision ?? '') },
      h('b', {}, 'Changed meanwhile. '), err.message, ' ',
      lastBy ? h('span', { class: 'muted' }, `Last change by ${lastBy.author}: ${lastBy.action ?? lastBy.kind}${lastBy.field ? ` ${lastBy.field}` : ''}. `) : null,
      field ? h('span', { class: 'compare' }, `${field} now: ${JSON.stringify(now ?? null)} · yours: ${JSON.stringify(mine ?? null)}`) : null, ' ',
      h('button', { type: 'button', 'data-action': 'redo', onclick: () => { seen = current.revision; clear(form); void run(what, fn, field, mine) } }, `redo on r${current.revision}`),
      h('button', { type: 'button', 'data-action': 'discard', onclick: () => { clear(form); done(current) } }, 'keep theirs')))
  }
  const accept = () => run('accepted', () => api.review(event.id, { action: 'accept', reason: 'accepted in review', ...rev() }))
  const reject = () => run('marked not an event', () => api.review(event.id, { action: 'not-an-event', reason: 'not an event (review)', ...rev() }))

  function edit(field = 'event_type') {
    clear(form)
    const select = h('select', { name: 'field' }, ...Object.keys(EDITABLE).map((f) => h('option', { value: f, selected: f === field }, f)))
    const current = (f: string) => { const v = (event as unknown as Record<string, unknown>)[f]; return v === null || v === undefined ? '' : String(v) }
    const value = h('input', { name: 'value', value: current(field), size: 24 })
    const reason = h('input', { name: 'reason', placeholder: 'reason (required)', size: 24, required: true })
    select.addEventListener('change', () => { value.value = current(select.value) })
    const f = h('form', { class: 'inline', 'data-form': 'edit' }, h('b', {}, 'Edit '), select, ' = ', value, reason, h('button', { type: 'submit' }, 'save'),
      h('button', { type: 'button', onclick: () => clear(form) }, 'cancel'))
    f.addEventListener('submit', (ev) => {
      ev.preventDefault()
      let v: unknown
      try { v = parseValue(select.value, value.value) } catch (err) { toast((err as Error).message, true); return }
      if (!reason.value.trim()) { toast('an edit needs a reason', true); return }
      const field = select.value
      const why = reason.value.trim()
      void run(`edited ${field}`, () => api.review(event.id, { action: 'edit', field, value: v, reason: why, ...rev() }), field, v)
    })
    form.appendChild(f)
    value.focus()
  }

  function merge() {
    clear(form)
    const other = h('input', { name: 'other', placeholder: 'other event id', size: 22, required: true })
    const reason = h('input', { name: 'reason', placeholder: 'reason', size: 20, value: 'same event' })
    const f = h('form', { class: 'inline', 'data-form': 'merge' }, h('b', {}, 'Merge with '), other, reason, h('button', { type: 'submit' }, 'merge'),
      h('button', { type: 'button', onclick: () => clear(form) }, 'cancel'))
    f.addEventListener('submit', (ev) => {
      ev.preventDefault()
      void run('merged', async () => (await api.merge(event.id, other.value.trim(), reason.value.trim() || 'same event', seen)).event)
    })
    form.appendChild(f)
    other.focus()
  }

  function split() {
    clear(form)
    const ids = [...new Set(event.sources.map((s) => s.article_id))]
    if (ids.length < 2) { form.appendChild(h('p', { class: 'muted' }, 'Only one source: nothing to split off.')); return }
    const boxes = ids.map((id) => h('input', { type: 'checkbox', value: id }))
    const reason = h('input', { name: 'reason', placeholder: 'reason', size: 20, value: 'different events' })
    const f = h('form', { class: 'inline', 'data-form': 'split' }, h('b', {}, 'Split off: '),
      ...ids.map((id, i) => h('label', {}, boxes[i], id)), reason, h('button', { type: 'submit' }, 'split'),
      h('button', { type: 'button', onclick: () => clear(form) }, 'cancel'))
    f.addEventListener('submit', (ev) => {
      ev.preventDefault()
      const articles = boxes.filter((b) => b.checked).map((b) => b.value)
      if (!articles.length) { toast('tick the sources that report a different event', true); return }
      void run('split', () => api.review(event.id, { action: 'split', articles, reason: reason.value.trim() || 'different events', ...rev() }))
    })
    form.appendChild(f)
  }

  const button = (label: string, keyHint: string, fn: () => void, cls = '') =>
    h('button', { type: 'button', class: cls, 'data-action': label.toLowerCase().replace(/\W+/g, '-'), title: `key: ${keyHint}`, onclick: fn }, label, h('kbd', {}, keyHint))
  const el = h('div', { class: 'review-bar' },
    h('span', { class: `review-state ${event.review ?? ''}` }, event.review ?? ''),
    button('Accept', 'a', () => void accept(), 'ok'),
    button('Edit', 'e', () => edit()),
    button('Not an event', 'r', () => void reject(), 'bad'),
    button('Merge', 'm', merge),
    button('Split', 's', split),
    form)
  const keys: Record<string, () => void> = { a: () => void accept(), r: () => void reject(), e: () => edit(), m: merge, s: split }
  return { el, edit, key: (k) => { const fn = keys[k]; if (!fn) return false; fn(); return true } }
}

/** The queue: unreviewed and least confident first; j/k move, a/r/e/m/s act, Enter opens. */
export function renderQueue(panel: HTMLElement, query: Query): { key(k: string): boolean } {
  let items: { event: EventRecord; review: string }[] = []
  let index = 0
  let bar: Reviewer | null = null
  clear(panel)
  const ul = h('ul', { class: 'events queue' })
  const slot = h('div', { class: 'queue-bar' })
  panel.append(h('div', { class: 'panel-head' }, h('h2', {}, 'Review queue'),
    h('span', { class: 'muted' }, 'j/k move · a accept · r not an event · e edit · m merge · s split · Enter open')), slot, ul)

  function show() {
    clear(ul)
    items.forEach((it, i) => {
      const li = eventItem(it.event, h('span', { class: `badge ${it.review}` }, `${it.review} · ${Math.round(it.event.confidence * 100)}%`))
      if (i === index) li.classList.add('current')
      li.onclick = () => { index = i; show() }
      li.ondblclick = () => go(['events', it.event.id])
      ul.appendChild(li)
    })
    clear(slot)
    const cur = items[index]
    bar = cur ? reviewer({ ...cur.event, review: cur.review }, () => void load()) : null
    if (bar) slot.appendChild(bar.el)
    else slot.appendChild(h('p', { class: 'muted' }, 'Nothing to review for these filters.'))
    ul.querySelector('.current')?.scrollIntoView({ block: 'nearest' })
  }
  async function load() {
    try {
      items = (await api.queue({ ...query, limit: 100 })).items
      index = Math.min(index, Math.max(0, items.length - 1))
      show()
    } catch (err) { toast((err as Error).message, true) }
  }
  void load()
  return {
    key(k) {
      if (k === 'j' || k === 'ArrowDown') { index = Math.min(items.length - 1, index + 1); show(); return true }
      if (k === 'k' || k === 'ArrowUp') { index = Math.max(0, index - 1); show(); return true }
      if ((k === 'Enter' || k === 'o') && items[index]) { go(['events', items[index].event.id]); return true }
      return bar?.key(k) ?? false
    },
  }
}
