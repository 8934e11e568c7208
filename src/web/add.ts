/** @module web/add: paste an article or upload files → POST /api/articles → the extracted events, at once. */
import { api } from './api.js'
import { clear, h, toast } from './dom.js'
import { eventItem } from './list.js'

/** A file → article objects in the API's input format (one per JSON Lines row). */
async function fromFile(file: File): Promise<Record<string, unknown>[]> {
  const text = await file.text()
  const name = file.name.toLowerCase()
  if (name.endsWith('.jsonl')) return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>)
  if (name.endsWith('.json')) { const v = JSON.parse(text) as unknown; return (Array.isArray(v) ? v : [v]) as Record<string, unknown>[] }
  const id = name.replace(/\.[^.]+$/, '')
  return [/\.html?$/.test(name) ? { id, html: text } : { id, text }]
}

export function renderAdd(panel: HTMLElement, added: () => void): void {
  clear(panel)
  const title = h('input', { name: 'title', placeholder: 'headline (optional)', size: 40 })
  const source = h('input', { name: 'source', placeholder: 'publisher (optional)', size: 18 })
  const published = h('input', { name: 'published', type: 'date', title: 'publication date: relative dates resolve against it' })
  const text = h('textarea', { name: 'text', rows: 12, placeholder: 'Paste the article text here' })
  const file = h('input', { name: 'file', type: 'file', accept: '.txt,.html,.htm,.json,.jsonl', multiple: true })
  const out = h('div', { class: 'added' })
  const form = h('form', { class: 'add' }, h('div', {}, title, ' ', source, ' ', published), text,
    h('div', {}, h('label', {}, 'or upload ', file), ' ', h('button', { type: 'submit' }, 'Extract and store')))
  panel.append(h('div', { class: 'panel-head' }, h('h2', {}, 'Add articles')), form, out)
  form.addEventListener('submit', (ev) => {
    ev.preventDefault()
    void (async () => {
      try {
        let body: Record<string, unknown>[] = []
        for (const f of file.files ?? []) body.push(...(await fromFile(f)))
        if (text.value.trim()) {
          body.push({ text: text.value, ...(title.value.trim() ? { title: title.value.trim() } : {}),
            ...(source.value.trim() ? { source: source.value.trim() } : {}), ...(published.value ? { published: published.value } : {}) })
        }
        if (!body.length) { toast('paste a text or choose a file', true); return }
        clear(out)
        out.appendChild(h('p', { class: 'muted' }, 'extracting…'))
        const res = await api.addArticles(body.length === 1 ? body[0] : body)
        clear(out)
        for (const a of res.articles) {
          const ul = h('ul', { class: 'events' })
          out.append(h('h3', {}, h('a', { href: `#/articles/${encodeURIComponent(a.id)}` }, a.id), ` · ${a.event_ids.length} event${a.event_ids.length === 1 ? '' : 's'}`), ul)
          if (!a.event_ids.length) ul.appendChild(h('li', { class: 'muted' }, 'No event found in this article.'))
          for (const id of a.event_ids) ul.appendChild(eventItem(await api.event(id)))
        }
        added()
      } catch (err) { clear(out); toast((err as Error).message, true) }
    })()
  })
}
