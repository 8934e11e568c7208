/** @module web/list: the events matching the filters, newest first, a page at a time; every item carries data-event-id. */
import { api } from './api.js'
import type { EventRecord, Query } from './api.js'
import { clear, h, summary, swatch, toast } from './dom.js'
import { go } from './state.js'

export function eventItem(e: EventRecord, extra?: Node | string): HTMLLIElement {
  const actors = [e.actor1, e.actor2].filter(Boolean).join(' vs ')
  return h('li', { class: 'event-item', 'data-event-id': e.id, tabindex: 0, onclick: () => go(['events', e.id]),
    onkeydown: (ev: Event) => { if ((ev as KeyboardEvent).key === 'Enter') go(['events', e.id]) } },
  swatch(e.event_type),
  h('span', { class: 'line' }, summary(e)),
  actors ? h('span', { class: 'sub muted' }, actors) : null,
  extra ?? null)
}

/** Renders the list into `panel`; returns a function that aborts a pending load when the view changes. */
export function renderList(panel: HTMLElement, query: Query): () => void {
  const ctl = new AbortController()
  clear(panel)
  const head = h('div', { class: 'panel-head' }, h('h2', {}, 'Events'), h('span', { class: 'muted' }, 'loading…'))
  const ul = h('ul', { class: 'events' })
  const more = h('button', { class: 'more', hidden: true }, 'more')
  panel.append(head, ul, more)
  let cursor: string | null = null
  async function load() {
    try {
      const page = await api.events({ ...query, limit: 100, cursor: cursor ?? undefined }, ctl.signal)
      head.lastElementChild!.textContent = `${page.total.toLocaleString()} matching`
      for (const e of page.events) ul.appendChild(eventItem(e))
      if (!page.events.length && !cursor) ul.appendChild(h('li', { class: 'muted' }, 'No events match these filters.'))
      cursor = page.next
      more.hidden = !cursor
      performance.mark('sitrep:list-drawn')
    } catch (err) {
      if (!ctl.signal.aborted) toast(String((err as Error).message), true)
    }
  }
  more.addEventListener('click', () => void load())
  void load()
  return () => ctl.abort()
}
