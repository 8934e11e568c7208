/** @module store/control: who held a place when, from territory events; kept per place in control_periods. */
import type { EventRecord } from '../schema/record.js'
import type { Sql } from './db.js'
import { LIVE, TERRITORY, parse } from './rows.js'

/** One stretch of control: `to` is the day the next holder's event shows a change, null while current. */
export interface ControlPeriod {
  holder: string
  from: string
  to: string | null
  event_ids: string[]
  conflict: boolean          // sources disagree about the holder on the day the period starts
  contested_by: string[]     // the other holders claimed that day
}

/** Events in date order → periods. The gaining side is actor1 in all four territory sub-event types. */
export function timeline(records: readonly EventRecord[]): ControlPeriod[] {
  const byDay = new Map<string, EventRecord[]>()
  for (const r of records) {
    if (!TERRITORY.has(r.sub_event_type) || !r.event_date || !r.actor1) continue
    byDay.set(r.event_date, [...(byDay.get(r.event_date) ?? []), r])
  }
  const periods: ControlPeriod[] = []
  for (const day of [...byDay.keys()].sort()) {
    const events = byDay.get(day)!.sort((a, b) => (a.id < b.id ? -1 : 1))
    const votes = new Map<string, string[]>()
    for (const e of events) votes.set(e.actor1!, [...(votes.get(e.actor1!) ?? []), e.id])
    const current = periods[periods.length - 1]
    // The most-reported holder wins the day; on a tie, a change over continuity, then alphabetical.
    const ranked = [...votes.entries()].sort((a, b) =>
      b[1].length - a[1].length || Number(a[0] === current?.holder) - Number(b[0] === current?.holder) || (a[0] < b[0] ? -1 : 1))
    const [holder, ids] = ranked[0]
    const contested = ranked.slice(1).map(([h]) => h)
    if (current && current.holder === holder && !contested.length) {
      current.event_ids.push(...ids)
      continue
    }
    if (current) current.to = day
    periods.push({ holder, from: day, to: null, event_ids: [...ids, ...ranked.slice(1).flatMap(([, i]) => i)], conflict: contested.length > 0, contested_by: contested })
  }
  return periods
}

/** The periods that cover `at` (from ≤ at < to). */
export function periodsAt(periods: readonly ControlPeriod[], at: string): ControlPeriod[] {
  return periods.filter((p) => p.from <= at && (p.to === null || at < p.to))
}

/** Rebuild the stored timeline of one place from its live territory events. */
export async function refreshControl(tx: Sql, location: string): Promise<void> {
  const key = location.toLowerCase()
  const types = [...TERRITORY]
  const rows = await tx.all(`SELECT record FROM events WHERE ${LIVE} AND lower(location) = ? AND sub_event_type IN (${types.map(() => '?').join(', ')})`, [key, ...types])
  const periods = timeline(rows.map((r) => parse<EventRecord>(r.record)))
  await tx.run('DELETE FROM control_periods WHERE location = ?', [key])
  let seq = 0
  for (const p of periods) {
    await tx.run('INSERT INTO control_periods (location, seq, holder, from_date, to_date, event_ids, conflict) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [key, seq++, p.holder, p.from, p.to, JSON.stringify({ ids: p.event_ids, contested_by: p.contested_by }), p.conflict ? 1 : 0])
  }
}

/** The stored timeline of a place (case-insensitive name), optionally only the period covering `at`. */
export async function readControl(sql: Sql, location: string, at?: string): Promise<ControlPeriod[]> {
  const rows = await sql.all('SELECT holder, from_date, to_date, event_ids, conflict FROM control_periods WHERE location = ? ORDER BY seq',
    [location.toLowerCase()])
  const periods = rows.map((r) => {
    const e = parse<{ ids: string[]; contested_by: string[] }>(r.event_ids)
    return { holder: String(r.holder), from: String(r.from_date), to: r.to_date === null ? null : String(r.to_date),
      event_ids: e.ids, conflict: Number(r.conflict) === 1, contested_by: e.contested_by }
  })
  return at ? periodsAt(periods, at) : periods
}
