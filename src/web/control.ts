/** @module web/control: who held a place when (GET /api/control), as a bar of periods with the events behind each. */
import { api } from './api.js'
import type { ControlPeriod, EventRecord } from './api.js'
import { clear, h, toast } from './dom.js'
import { eventItem } from './list.js'
import { go } from './state.js'
import { didYouMean } from '../suggest.js'

const TERRITORY = ['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory', 'Headquarters or base established']

/**
 * The timeline under the name people typed. Records carry the gazetteer's name ("Tadmur"), people
 * type the exonym ("Palmyra"): when the name itself has no timeline, the territory events whose text
 * mentions it give the stored name; when none does, the closest stored names are offered.
 */
async function controlFor(typed: string): Promise<{ location: string; periods: ControlPeriod[]; suggestions: string[]; unknown?: boolean }> {
  // The server reads exonyms and alternate names itself (Palmyra → Tadmur) and answers the stored name.
  const direct = await api.control(typed)
  if (direct.periods.length) return { location: direct.location, periods: direct.periods, suggestions: [] }
  const mentioned = new Map<string, number>()
  const held = new Set<string>()
  for (const sub of TERRITORY) {
    const [named, all] = await Promise.all([api.events({ sub_event_type: sub, q: typed, limit: 100 }), api.events({ sub_event_type: sub, limit: 1000 })])
    for (const e of named.events) if (e.location) mentioned.set(e.location, (mentioned.get(e.location) ?? 0) + 1)
    for (const e of all.events) if (e.location) held.add(e.location)
  }
  for (const [name] of [...mentioned].sort((a, b) => b[1] - a[1])) {
    const { periods } = await api.control(name)
    if (periods.length) return { location: name, periods, suggestions: [] }
  }
  if (direct.unknown) return { location: typed, periods: [], suggestions: direct.suggestions ?? [], unknown: true }
  return { location: typed, periods: [], suggestions: direct.suggestions?.length ? direct.suggestions : didYouMean(typed, held) }
}

const HUES = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf']

/**
 * `onPlace` gets the latest territory event of the place once it is read, so the map can move there: the control view
 * is about one place, and a map left on the world (or on the last event looked at) would not show it.
 */
export function renderControl(panel: HTMLElement, location: string | undefined, onPlace?: (e: EventRecord) => void): void {
  clear(panel)
  const input = h('input', { name: 'location', value: location ?? '', placeholder: 'place name, e.g. Palmyra', size: 24, required: true })
  const form = h('form', { class: 'inline' }, input, h('button', { type: 'submit' }, 'show'))
  form.addEventListener('submit', (ev) => { ev.preventDefault(); go(['control'], { location: input.value.trim() }) })
  const out = h('div', { class: 'control' })
  panel.append(h('div', { class: 'panel-head' }, h('h2', {}, 'Territorial control')), form, out)
  if (!location) { out.appendChild(h('p', { class: 'muted' }, 'Type a place to see who held it when, from territory events.')); return }
  void (async () => {
    try {
      const { location: stored, periods, suggestions, unknown } = await controlFor(location)
      if (!periods.length) {
        const p = h('p', { class: 'muted' }, unknown ? `Unknown place "${location}": no place, region or country of the gazetteer has this name.` : `No territory events for "${location}".`)
        if (suggestions.length) {
          p.append(' Did you mean ')
          suggestions.forEach((s, i) => p.append(i ? ' or ' : '', h('a', { href: `#/control?location=${encodeURIComponent(s)}` }, s)))
          p.append('?')
        }
        out.appendChild(p)
        return
      }
      const latest = periods[periods.length - 1].event_ids.at(-1)
      if (latest && onPlace) api.event(latest).then(onPlace, () => undefined)
      if (stored !== location) out.appendChild(h('p', { class: 'muted read-as' }, `"${location}" is stored as ${stored}.`))
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
