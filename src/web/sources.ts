/** @module web/sources: every source of an event with the record it gave on its own, before the reports were combined. */
import { api } from './api.js'
import type { EventRecord, Source } from './api.js'
import { h } from './dom.js'

const line = (r: EventRecord) => [r.event_date ?? 'undated', r.sub_event_type, r.location || 'unknown place',
  [r.actor1, r.actor2].filter(Boolean).join(' vs '), `${r.fatalities} killed`, `confidence ${Math.round(r.confidence * 100)}%`].filter(Boolean).join(' · ')

/** The sources list; `show` puts a source's article text and that record's evidence in the text box. */
export function sourceList(e: EventRecord, show: (r: EventRecord) => void): HTMLElement {
  const ul = h('ul', { class: 'sources' })
  const item = (s: Source, r?: EventRecord) => h('li', { 'data-article-id': s.article_id },
    h('a', { href: `#/articles/${encodeURIComponent(s.article_id)}` }, s.article_id), ` · ${s.source ?? 'unknown source'} · ${s.published ?? 'undated'}`,
    s.article_id === e.article_id ? h('span', { class: 'badge' }, 'primary') : null,
    s.url && /^https?:\/\//i.test(s.url) ? h('a', { href: s.url, rel: 'noopener noreferrer nofollow', target: '_blank', class: 'ext' }, 'link') : null,
    r ? h('div', { class: 'source-record' }, h('span', { class: 'muted' }, `its record: ${line(r)} `),
      h('button', { type: 'button', class: 'link show-source', onclick: () => show(r) }, 'show its evidence')) : null)
  for (const s of e.sources) ul.appendChild(item(s))
  // The per-source records come from a dashboard route; without it the list still names every source.
  api.sources(e.id).then((records) => {
    ul.replaceChildren(...e.sources.map((s) => item(s, records.find((r) => r.article_id === s.article_id))))
  }, () => undefined)
  return ul
}
