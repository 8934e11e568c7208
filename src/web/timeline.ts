/** @module web/timeline: events and fatalities per day by type (uPlot); dragging across it sets the from/to filter. */
import uPlot from 'uplot'
import type { DayCount } from './api.js'
import { clear, h, typeColor } from './dom.js'
import { focus } from './focus.js'

const DAY = 86400
const LEGEND = 34       // room under the plot for uPlot's legend, the colour key of the types
const toSec = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000
const toDay = (s: number) => new Date(Math.round(s / DAY) * DAY * 1000).toISOString().slice(0, 10)

export interface Timeline {
  draw(days: DayCount[], range: { from?: string; to?: string }): void
  showRange(range: { from?: string; to?: string }): void
}

export function createTimeline(el: HTMLElement, brushed: (from: string, to: string) => void): Timeline {
  let plot: uPlot | null = null
  let quiet = false

  function showRange(range: { from?: string; to?: string }) {
    if (!plot) return
    const xs = plot.data[0]
    if (!range.from && !range.to) { quiet = true; plot.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false); quiet = false; return }
    const a = plot.valToPos(range.from ? toSec(range.from) : xs[0], 'x')
    const b = plot.valToPos(range.to ? toSec(range.to) + DAY : xs[xs.length - 1], 'x')
    quiet = true
    plot.setSelect({ left: Math.max(0, a), top: 0, width: Math.max(2, b - a), height: plot.bbox.height / devicePixelRatio }, false)
    quiet = false
  }

  function draw(all: DayCount[], range: { from?: string; to?: string }) {
    plot?.destroy()
    plot = null
    clear(el)
    const f = focus(all)
    if (!f) { el.appendChild(h('p', { class: 'muted empty' }, 'No dated events match these filters.')); return }
    // A few stray days far from the rest (an anniversary's 1995 massacre) are named, not plotted.
    const days = all.filter((d) => d.date >= f.from && d.date <= f.to)
    const events = (n: number) => `${n} event${n === 1 ? '' : 's'}`
    const left = [f.before ? `${events(f.before)} before ${f.from} (from ${all[0].date})` : '', f.after ? `${events(f.after)} after ${f.to} (to ${all[all.length - 1].date})` : ''].filter(Boolean)
    if (left.length) el.appendChild(h('p', { class: 'muted outside' }, `not shown: ${left.join(', ')}`))
    const types = [...new Set(days.map((d) => d.event_type))].sort()
    const first = toSec(days[0].date)
    const last = toSec(days[days.length - 1].date)
    // Daily up to about a year; beyond that a day is one pixel or less, so weeks (then months) read better.
    const span = Math.round((last - first) / DAY) + 1
    const step = span <= 400 ? 1 : span <= 2500 ? 7 : 30
    const unit = step === 1 ? 'day' : step === 7 ? 'week' : '30 days'
    const n = Math.ceil(span / step)
    // Every bucket between the first and last, so quiet days read as zero rather than a line across the gap.
    const x = Array.from({ length: n }, (_, i) => first + i * step * DAY)
    const series = types.map(() => new Array<number>(n).fill(0))
    const dead = new Array<number>(n).fill(0)
    for (const d of days) {
      const i = Math.floor((toSec(d.date) - first) / DAY / step)
      if (i < 0 || i >= n) continue
      series[types.indexOf(d.event_type)][i] += d.events
      dead[i] += d.fatalities
    }
    const opts: uPlot.Options = {
      width: Math.max(300, el.clientWidth - 8),
      height: Math.max(100, el.clientHeight - LEGEND),
      legend: { show: true, live: false },
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      scales: { x: { time: true }, n: { auto: true }, f: { auto: true } },
      axes: [
        {},
        { scale: 'n', label: `events/${unit}`, size: 50 },
        { scale: 'f', side: 1, label: 'fatalities', grid: { show: false }, size: 50 },
      ],
      series: [
        {},
        ...types.map((t) => ({ label: t, scale: 'n', stroke: typeColor(t), width: 1.5, points: { show: n < 60 } })),
        { label: `fatalities/${unit}`, scale: 'f', stroke: '#444', dash: [4, 3], width: 1, points: { show: false } },
      ],
      hooks: {
        setSelect: [(u: uPlot) => {
          if (quiet || u.select.width < 3) return
          const a = u.posToVal(u.select.left, 'x')
          const b = u.posToVal(u.select.left + u.select.width, 'x')
          brushed(toDay(Math.floor(a / DAY) * DAY), toDay(Math.floor(b / DAY) * DAY))
        }],
      },
    }
    plot = new uPlot(opts, [x, ...series, dead], el)
    showRange(range)
  }

  window.addEventListener('resize', () => {
    if (plot) plot.setSize({ width: Math.max(300, el.clientWidth - 8), height: Math.max(100, el.clientHeight - LEGEND) })
  })
  return { draw, showRange }
}
