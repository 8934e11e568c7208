/** @module web/detail: one event with its provenance (evidence spans in the article text), and one article with its events. */
import { api } from './api.js'
import type { Article, EventRecord, HistoryEntry } from './api.js'
import { clear, h, swatch, toast } from './dom.js'
import { eventItem } from './list.js'
import { editable, reviewer } from './review.js'
import type { Reviewer } from './review.js'
import { sourceList } from './sources.js'
import { go } from './state.js'

const FIELDS = ['id', 'event_date', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'country', 'iso', 'admin1', 'admin2', 'location', 'latitude', 'longitude',
  'geo_precision', 'geonameid', 'fatalities', 'fatalities_low', 'fatalities_high', 'status', 'confidence', 'notes', 'article_id'] as const

interface Span { field: string; span: [number, number] }

/**
 * The article text as text nodes, with `<mark class="evidence" data-field>` around evidence spans.
 * Overlapping spans cannot nest as marks; the active field wins, then the earlier span.
 */
export function renderText(box: HTMLElement, text: string, spans: Span[], active?: string): void {
  clear(box)
  const valid = spans.filter((s) => s.span[0] >= 0 && s.span[1] <= text.length && s.span[0] < s.span[1])
  const shown = active ? valid.filter((s) => s.field === active) : valid
  const ordered = [...shown].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])
  let at = 0
  let first: HTMLElement | null = null
  for (const s of ordered) {
    if (s.span[0] < at) continue
    box.appendChild(document.createTextNode(text.slice(at, s.span[0])))
    const m = h('mark', { class: active ? 'evidence active' : 'evidence', 'data-field': s.field, title: s.field }, text.slice(s.span[0], s.span[1]))
    box.appendChild(m)
    first ??= m
    at = s.span[1]
  }
  box.appendChild(document.createTextNode(text.slice(at)))
  // Scroll the text box only, so the field just clicked stays where it is.
  if (active && first) box.scrollTop = Math.max(0, first.offsetTop - box.clientHeight / 3)   // the box is the offsetParent
}

function show(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—'
  if (typeof v === 'number' && !Number.isInteger(v)) return String(Math.round(v * 1000) / 1000)
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}

function historyLine(e: HistoryEntry, onUndo: (mergeId: number) => void): HTMLLIElement {
  const undone = (e.after as { undone?: boolean } | undefined)?.undone
  const what = e.kind === 'review' && e.action === 'edit' ? `edit ${e.field}: ${show(e.before)} → ${show(e.after)}`
    : e.kind === 'review' ? `${e.action}${e.before !== undefined ? ` (${show(e.before)} → ${show(e.after)})` : ''}`
    : e.kind === 'merge' ? `merge ${e.merge_id} with ${e.other}${e.auto ? ' (automatic)' : ''}${e.score !== undefined ? `, score ${show(e.score)}` : ''}${undone ? ', undone' : ''}`
    : `${e.kind}${e.other ? ` ${e.other}` : ''}`
  return h('li', { 'data-kind': e.kind },
    h('span', { class: 'muted' }, e.at.replace('T', ' ').slice(0, 19)), ' ', h('b', {}, what), ` by ${e.author}: ${e.reason}`,
    e.kind === 'merge' && !undone && e.merge_id !== undefined
      ? h('button', { type: 'button', class: 'unmerge', onclick: () => onUndo(e.merge_id!) }, 'Unmerge') : null)
}

/**
 * The spans that point into `articleId`'s text: the evidence of the record read from it, and those of
 * the event's claims made there (numbered as in the event's claims table).
 */
function spansOf(r: EventRecord, claims: EventRecord['fatality_claims'], articleId: string, primary: boolean): Span[] {
  return [
    ...Object.entries(r.evidence ?? {}).map(([field, span]) => ({ field, span })),
    ...claims.flatMap((c, i) => ((c.article_id ? c.article_id === articleId : primary) ? [{ field: `fatality_claims.${i}`, span: c.span }] : [])),
  ]
}

/** `#/events/{id}`; returns the keyboard handler of its review bar. */
export function renderEvent(panel: HTMLElement, id: string, onLoaded: (e: EventRecord) => void): { key(k: string): boolean } {
  let bar: Reviewer | null = null
  clear(panel)
  panel.appendChild(h('p', { class: 'muted' }, 'loading…'))
  void (async () => {
    let e: EventRecord
    try { e = await api.event(id) } catch (err) { clear(panel); panel.appendChild(h('p', { class: 'error' }, (err as Error).message)); return }
    if (e.id !== id) { go(['events', e.id]); return }   // an absorbed id: show the survivor under its own address
    onLoaded(e)
    let article: Article | null = null
    try { article = (await api.article(e.article_id)).article } catch { /* the record still shows without its text */ }
    clear(panel)
    const reload = () => { renderEvent(panel, e.id, onLoaded) }
    bar = reviewer(e, (after) => (after.id === e.id ? reload() : go(['events', after.id])))
    const textBox = h('div', { class: 'article-text', 'data-article-id': e.article_id })
    const title = h('span', {})
    // Which article the text box shows, and the spans that point into it: the event's own evidence
    // (from its primary article) or, after "show its evidence", one source's record.
    let current: { article: Article | null; spans: Span[] } = { article, spans: spansOf(e, e.fatality_claims, e.article_id, true) }
    const showing = (a: Article | null) => {
      title.replaceChildren(a ? h('a', { href: `#/articles/${encodeURIComponent(a.id)}` }, a.title ?? a.id) : '')
      if (a) textBox.dataset.articleId = a.id
    }
    showing(article)
    const select = (field: string | undefined) => {
      if (current.article) renderText(textBox, current.article.text, current.spans, field)
      for (const r of panel.querySelectorAll('.fields tr.active, .claims tr.active')) r.classList.remove('active')
      if (field) panel.querySelector(`tr[data-field="${CSS.escape(field)}"]`)?.classList.add('active')
    }
    const fields = h('table', { class: 'fields' }, ...FIELDS.map((f) => {
      const ev = e.evidence?.[f]
      const row = h('tr', { 'data-field': f, class: ev ? 'has-evidence' : '', title: ev ? 'show the evidence in the text' : '' },
        h('th', {}, f), h('td', {}, show((e as unknown as Record<string, unknown>)[f])),
        h('td', { class: 'tools' }, editable(f) ? h('button', { type: 'button', class: 'link', title: 'edit this field', onclick: (ev2: Event) => { ev2.stopPropagation(); bar?.edit(f) } }, '✎') : null))
      if (ev) row.addEventListener('click', () => select(f))
      return row
    }))
    const claimTable = h('table', { class: 'claims' },
      h('tr', {}, h('th', {}, 'value'), h('th', {}, 'qualifier'), h('th', {}, 'claimant'), h('th', {}, 'side'), h('th', {}, 'measure')),
      ...e.fatality_claims.map((c, i) => {
        const row = h('tr', { 'data-field': `fatality_claims.${i}`, class: 'has-evidence' },
          h('td', {}, show(c.value)), h('td', {}, c.qualifier), h('td', {}, show(c.claimant)), h('td', {}, show(c.group)), h('td', {}, show(c.measure ?? 'killed')))
        row.addEventListener('click', () => select(`fatality_claims.${i}`))
        return row
      }))
    const sources = sourceList(e, (r) => {
      void (async () => {
        try {
          const a = r.article_id === article?.id ? article : (await api.article(r.article_id)).article
          const primary = r.article_id === e.article_id
          current = { article: a, spans: spansOf(primary ? e : r, e.fatality_claims, r.article_id, primary) }
          showing(a)
          select(undefined)
          textBox.scrollIntoView({ block: 'nearest' })
        } catch (err) { toast((err as Error).message, true) }
      })()
    })
    const undo = async (mergeId: number) => {
      try {
        await api.unmerge(mergeId, 'undone in review')
        toast(`merge ${mergeId} undone`)
        window.dispatchEvent(new CustomEvent('sitrep:changed'))
        reload()
      } catch (err) { toast((err as Error).message, true) }
    }
    panel.append(
      h('div', { class: 'panel-head' }, swatch(e.event_type), h('h2', { title: `${e.sub_event_type} · ${e.location || 'unknown place'}` }, `${e.sub_event_type} · ${e.location || 'unknown place'}`)),
      h('p', { class: 'meta' }, h('span', { class: `badge status-${e.status}` }, e.status), h('span', { class: 'badge' }, `confidence ${Math.round(e.confidence * 100)}%`),
        h('span', { class: `badge ${e.review ?? ''}` }, `review: ${e.review ?? 'auto'}`), e.revision ? h('span', { class: 'badge' }, `revision ${e.revision}`) : null),
      h('p', { class: 'notes' }, e.notes),
      bar.el,
      h('div', { class: 'provenance' }, h('h3', {}, 'Article ', title), textBox),
      h('h3', {}, 'Fields ', h('small', { class: 'muted' }, '(click an underlined one to see its evidence)')), fields,
      h('h3', {}, `Fatality claims (${e.fatality_claims.length}) `, h('small', { class: 'muted' }, `fatalities ${e.fatalities}, range ${e.fatalities_low}–${e.fatalities_high}`)), claimTable,
      h('h3', {}, `Sources (${e.sources.length})`), sources,
      // No heading over nothing: a new event has no history yet.
      ...(e.history?.length ? [h('h3', {}, `History (${e.history.length})`), h('ul', { class: 'history' }, ...e.history.map((x) => historyLine(x, (m) => void undo(m))))] : []),
    )
    select(undefined)
  })()
  return { key: (k) => bar?.key(k) ?? false }
}

/** `#/articles/{id}`: the text exactly as stored, shown as text, and the events it reports. */
export function renderArticle(panel: HTMLElement, id: string): void {
  clear(panel)
  void (async () => {
    try {
      const { article, events } = await api.article(id)
      const textBox = h('div', { class: 'article-text', 'data-article-id': article.id })
      renderText(textBox, article.text, events.filter((e) => e.article_id === article.id)
        .flatMap((e) => Object.entries(e.evidence ?? {}).map(([field, span]) => ({ field, span }))))
      panel.append(
        h('div', { class: 'panel-head' }, h('h2', { title: article.title ?? article.id }, article.title ?? article.id)),
        h('p', { class: 'meta muted' }, [article.source, article.published, article.id].filter(Boolean).join(' · ')),
        h('h3', {}, `Events (${events.length})`), h('ul', { class: 'events' }, ...events.map((e) => eventItem(e))),
        h('h3', {}, 'Text'), textBox)
    } catch (err) { panel.appendChild(h('p', { class: 'error' }, (err as Error).message)) }
  })()
}
