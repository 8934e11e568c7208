/** @module web/dom: build DOM from data with text nodes only; nothing here ever parses a string as HTML. */

type Child = Node | string | number | null | undefined | false
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>

/** `h('a', {href: '#/'}, 'text')`: attributes set one by one, children appended as text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v)
    else if (k === 'class') el.className = String(v)
    else el.setAttribute(k, v === true ? '' : String(v))
  }
  append(el, ...children)
  return el
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c)
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild)
}

export const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document): T => root.querySelector(sel) as T

/** ACLED's six event types, each with one colour used by map, timeline and lists alike. */
export const TYPE_COLORS: Record<string, string> = {
  'Battles': '#d62728',
  'Explosions/Remote violence': '#ff7f0e',
  'Violence against civilians': '#9467bd',
  'Protests': '#2ca02c',
  'Riots': '#e6b800',
  'Strategic developments': '#1f77b4',
}
export const typeColor = (t: string): string => TYPE_COLORS[t] ?? '#7f7f7f'

export function toast(message: string, error = false): void {
  const el = $('#toast')
  el.textContent = message
  el.className = error ? 'show error' : 'show'
  window.setTimeout(() => { if (el.textContent === message) el.className = '' }, 4000)
}

/** A one-line summary of an event for hover text and lists. */
export function summary(e: { event_date: string | null; sub_event_type: string; location: string; fatalities: number }): string {
  const dead = e.fatalities ? ` · ${e.fatalities} killed` : ''
  return `${e.event_date ?? 'undated'} · ${e.sub_event_type} · ${e.location || 'unknown place'}${dead}`
}

export function swatch(type: string): HTMLElement {
  const s = h('span', { class: 'swatch', title: type })
  s.style.background = typeColor(type)
  return s
}
