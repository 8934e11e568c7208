/** @module store/writer: the writes of one transaction: sources, recomputed events, history, control. */
import type { EventRecord } from '../schema/record.js'
import { combine } from '../merge/combine.js'
import type { Param, Sql } from './db.js'
import { COUNTED, EVENT_COLUMNS, TERRITORY, TEXT_COUNTED, eventRow, now, parse, recordColumns } from './rows.js'
import { refreshControl } from './control.js'
import { MAX_FATALITIES } from './validate.js'
import type { HistoryEntry } from './types.js'

export type EventRowValues = Record<string, Param>

/** The reviews that take an event out of LIVE (rows.ts). */
const DEAD = ['not-an-event', 'retired']
/** Entries of write_log kept; a reader further behind than that drops its cached pages. */
export const WRITE_LOG_KEEP = 20_000

/** One write transaction; remembers the places whose control timeline must be rebuilt at the end. */
export class Writer {
  private readonly places = new Set<string>()
  /** Set when this transaction may change what some filter counts (see COUNTED); then the count clock moves. */
  countsChanged = false
  /** Set when it changed only the searched text of events (TEXT_COUNTED): then only the text clock moves. */
  textChanged = false
  /**
   * Rows this transaction read or wrote, as they stand in it: each is read once (on PostgreSQL a read is a round
   * trip). Every change of an event row goes through putRow, or is followed by forget().
   */
  private readonly known = new Map<string, EventRowValues | null>()
  constructor(readonly tx: Sql) {}

  async row(id: string): Promise<EventRowValues | null> {
    if (!this.known.has(id)) {
      const row = await this.tx.get(`SELECT ${EVENT_COLUMNS.join(', ')} FROM events WHERE id = ?`, [id])
      this.known.set(id, row ? eventRow(row) : null)
    }
    const known = this.known.get(id)
    return known ? { ...known } : null
  }

  /** After a statement that changed event rows directly: read them again. */
  forget(): void {
    this.known.clear()
  }

  /** Follow absorbed ids to the event that holds them now. */
  async resolve(id: string): Promise<EventRowValues | null> {
    let row = await this.row(id)
    for (let hops = 0; row && row.absorbed_into && hops < 20; hops++) row = await this.row(String(row.absorbed_into))
    return row
  }

  private touch(row: EventRowValues | null): void {
    if (row && TERRITORY.has(String(row.sub_event_type)) && row.location) this.places.add(String(row.location))
  }

  /** Write a whole row (insert or replace), as recompute and unmerge do. */
  async putRow(values: EventRowValues): Promise<void> {
    // Scoped writers commit at once, so their write_log entries may appear out of seq order: the count
    // clock moves too, which drops every cached page (reader.ts, syncPages).
    if (this.tx.scope) this.countsChanged = true
    if (!this.countsChanged) {
      const old = await this.row(String(values.id))
      // Filters read review only as live or not (LIVE): an accept ('auto' → 'accepted') changes no count.
      const of = (r: EventRowValues, c: string) => (c === 'review' ? DEAD.includes(String(r.review)) : r[c] ?? null)
      const changed = old ? COUNTED.filter((c) => of(old, c) !== of(values, c)) : null
      if (!changed || changed.some((c) => !TEXT_COUNTED.includes(c))) this.countsChanged = true
      else if (changed.length) this.textChanged = true
    }
    const cols = EVENT_COLUMNS
    const row = cols.map((c) => values[c] ?? null)
    await this.tx.run(
      `INSERT INTO events (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`, row)
    this.known.set(String(values.id), eventRow(Object.fromEntries(cols.map((c, k) => [c, row[k]]))))
    await this.tx.run('INSERT INTO write_log (event_id) VALUES (?)', [String(values.id)])
    // Readers need only the recent past: keep the last WRITE_LOG_KEEP entries (trimmed once per 1000; no
    // result is read back, so PostgreSQL sends both statements with the transaction's next query).
    await this.tx.run(`DELETE FROM write_log WHERE (SELECT max(seq) FROM write_log) % 1000 = 0
      AND seq <= (SELECT max(seq) FROM write_log) - ?`, [WRITE_LOG_KEEP])
    this.touch(values)
  }

  async sources(eventId: string): Promise<EventRecord[]> {
    const rows = await this.tx.all('SELECT record FROM event_sources WHERE event_id = ? AND active = 1', [eventId])
    return rows.map((r) => parse<EventRecord>(r.record))
  }

  /** Rebuild an event's record from its active sources and its reviewers' edits; no source left → retired. */
  async recompute(id: string): Promise<EventRowValues> {
    const old = (await this.row(id)) ?? null
    this.touch(old)
    const records = await this.sources(id)
    const at = now()
    const base: EventRowValues = old ?? {
      id, absorbed_into: null, review: 'auto', overrides: '{}', revision: 0, created_at: at,
    }
    let values: EventRowValues
    if (!records.length) {
      values = { ...base, review: 'retired', revision: Number(base.revision) + 1, updated_at: at }
    } else {
      const record = bounded({ ...combine(id, records), ...parse<Record<string, unknown>>(base.overrides ?? '{}') } as EventRecord)
      const review = base.review === 'retired' ? 'auto' : base.review
      values = { ...base, ...recordColumns(record), review, revision: Number(base.revision) + 1, updated_at: at }
    }
    await this.putRow(values)
    await this.rebuildClaims(id, records)
    return values
  }

  /** The claims table mirrors the active sources' claims (`records`, when just read), so it is rebuilt rather than patched. */
  async rebuildClaims(id: string, records?: EventRecord[]): Promise<void> {
    await this.tx.run('DELETE FROM claims WHERE event_id = ?', [id])
    for (const r of records ?? await this.sources(id)) {
      for (const c of r.fatality_claims) {
        await this.tx.run(`INSERT INTO claims (event_id, article_id, record_id, value, qualifier, claimant, grp, measure, span_start, span_end)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [id, r.article_id, r.id, c.value === null ? null : Math.min(Math.max(0, c.value), MAX_FATALITIES), c.qualifier, c.claimant, c.group, c.measure ?? 'killed', c.span[0], c.span[1]])
      }
    }
  }

  async log(eventId: string, e: Omit<HistoryEntry, 'at'>): Promise<void> {
    await this.tx.run(`INSERT INTO reviews (event_id, kind, action, field, before_value, after_value, author, reason, other, merge_id, at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [eventId, e.kind, e.action ?? null, e.field ?? null, e.before === undefined ? null : JSON.stringify(e.before),
        e.after === undefined ? null : JSON.stringify(e.after), e.author, e.reason, e.other ?? null, e.merge_id ?? null, now()])
  }

  /** Rebuild the control timelines of every territorial place this transaction touched. */
  async finish(): Promise<void> {
    // Writers of other countries may rebuild a place of the same name: one at a time (sorted: see Sql.lock).
    for (const place of [...new Set([...this.places].map((p) => p.toLowerCase()))].sort()) {
      await this.tx.lock?.(`place:${place}`)
      await refreshControl(this.tx, place)
    }
    const ids = this.countsChanged ? '(1, 2, 3)' : this.textChanged ? '(2, 3)' : '(2)'
    await this.tx.run(`UPDATE count_clock SET n = n + 1 WHERE id IN ${ids}`)
  }
}

/** Figures inside 0…MAX_FATALITIES and low ≤ best ≤ high, whatever a source or an edit gave: both backends store the same. */
function bounded(r: EventRecord): EventRecord {
  const clamp = (n: number) => (Number.isFinite(n) ? Math.min(Math.max(0, Math.round(n)), MAX_FATALITIES) : 0)
  const best = clamp(r.fatalities)
  return { ...r, fatalities: best, fatalities_low: Math.min(clamp(r.fatalities_low), best), fatalities_high: Math.max(clamp(r.fatalities_high), best) }
}
