/** @module web/focus: the stretch of days the timeline shows, so a few stray old (or far future) events do not squeeze the rest into a corner. */

export interface Focus {
  from: string            // first day shown
  to: string              // last day shown
  before: number          // events on days before `from`, left out of the plot
  after: number           // events on days after `to`
}

const DAY_MS = 86_400_000
const span = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS

/**
 * Days sorted by date → the range to plot. At each end, events are left out while together they are
 * at most `share` of all events and leaving them out at least halves the span; otherwise the whole range.
 */
export function focus(days: readonly { date: string; events: number }[], share = 0.02): Focus | null {
  if (!days.length) return null
  const total = days.reduce((n, d) => n + d.events, 0)
  const budget = Math.floor(total * share)
  let lo = 0
  let hi = days.length - 1
  let dropped = 0
  // Take the stray end days one at a time, from whichever end is further from the rest.
  for (;;) {
    if (lo >= hi) break
    const gapLo = span(days[lo].date, days[lo + 1].date)
    const gapHi = span(days[hi - 1].date, days[hi].date)
    const fromLo = gapLo >= gapHi
    const n = fromLo ? days[lo].events : days[hi].events
    if (dropped + n > budget) break
    dropped += n
    if (fromLo) lo++
    else hi--
  }
  const full = span(days[0].date, days[days.length - 1].date)
  const kept = span(days[lo].date, days[hi].date)
  if (dropped === 0 || kept > full / 2) return { from: days[0].date, to: days[days.length - 1].date, before: 0, after: 0 }
  const count = (xs: readonly { events: number }[]) => xs.reduce((n, d) => n + d.events, 0)
  return { from: days[lo].date, to: days[hi].date, before: count(days.slice(0, lo)), after: count(days.slice(hi + 1)) }
}
