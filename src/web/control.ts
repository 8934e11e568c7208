/** @module web/control: who held a place when (GET /api/control), as a bar of periods with the events behind each. */
import { api } from './api.js'
import type { EventRecord } from './api.js'
import { clear, h, toast } from './dom.js'
import { eventItem } from './list.js'
import { go } from './state.js'

const HUES = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf']

export function renderControl(panel: HTMLElement, location: string | undefined): void {
  clear(panel)
  const input = h('input', { name: 'location', value: location ?? '', placeholder: 'place name, e.g. Palmyra', size: 24, required: true })
  const form = h('form', { class: 'inline' }, input, h('button', { type: 'submit' }, 'show'))
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go(['control'], { location: input.value.trim() }) })
  const out = h('div', { class: 'control' })
  panel.append(h('div', { class: 'panel-head' }, h('h2', {}, 'Territorial control')), form, out)
  if (!location) { out.appendChild(h('p', { class: 'muted' }, 'Type a place to see who held it when, from territory events.')); return }
  void (async () => {
    try {
      const { periods } = await api.control(location)
      if (!periods.length) { out.appendChild(h('p', { class: 'muted' }, `No territory events for "${location}".`)); return }
      const holders = [...new Set(periods.map((p) => p.holder))]
      const color = (holder: string) => HUES[holders.indexOf(holder) % HUES.length]
      const today = new Date().toISOString().slice(0, 10)
      const t = (d: string) => Date.parse(`${d}T00:00:00Z`)
      const start = t(periods[0].from)
      const end = Math.max(t(periods[periods.length - 1].to ?? today), start + 86400000)
      const bar = h('div', { class: 'control-bar' })
      for (const p of periods) {
        const seg = h('div', { class: 'seg', title: `${p.holder}: ${p.from} – ${p.to ?? 'now'}` })
        seg.style.left = `${((t(p.from) - start) / (end - start)) * 100}%`
        seg.style.width = `${Math.max(0.5, ((t(p.to ?? today) - t(p.from)) / (end - start)) * 100)}%`
        seg.style.background = color(p.holder)
        bar.appendChild(seg)
      }
      out.append(bar, h('p', { class: 'muted axis' }, h('span', {}, periods[0].from), h('span', {}, periods[periods.length - 1].to ?? 'now')))
      for (const p of periods) {
        const ul = h('ul', { class: 'events' })
        const head = h('h3', {}, h('span', { class: 'swatch' }), `${p.holder} `, h('small', { class: 'muted' }, `${p.from} → ${p.to ?? 'now'}`),
          p.conflict ? h('span', { class: 'badge bad' }, `contested by ${(p.contested_by ?? []).join(', ')}`) : null)
        ;(head.firstChild as HTMLElement).style.background = color(p.holder)
        out.append(head, ul)
        for (const id of p.event_ids.slice(0, 25)) {
          api.event(id).then((e: EventRecord) => ul.appendChild(eventItem(e)), () => ul.appendChild(h('li', { 'data-event-id': id }, id)))
        }
        if (p.event_ids.length > 25) out.appendChild(h('p', { class: 'muted' }, `and ${p.event_ids.length - 25} more`))
      }
    } catch (err) { toast((err as Error).message, true) }
  })()
}
