/** @module store/merges: merging two events and undoing it exactly, inside a write transaction. */
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import type { EventRecord } from '../schema/record.js'
import type { MergeConfig } from '../merge/config.js'
import { decide, maxDateWindow } from '../merge/match.js'
import { passageOf, writtenOf } from '../merge/details.js'
import type { Decision } from '../merge/match.js'
import type { Row, Sql } from './db.js'
import { LIVE, now, parse } from './rows.js'
import type { MergeInfo } from './types.js'
import type { EventRowValues, Writer } from './writer.js'

interface Snapshot {
  events: EventRowValues[]                       // survivor, absorbed, and events absorbed into the absorbed one
  moved: [article: string, record: string, revision: number][]   // sources that changed event
  revisionAfter: number                          // the survivor's revision right after the merge
}

export interface MergeMeta { auto: boolean; by: string; reason: string; score: number | null; reasons: string[]; revision?: number }


/** Stored events that could be the same as `record`: dated near it, same country, not from the same article. */
export async function candidates(tx: Sql, record: EventRecord, cfg: MergeConfig): Promise<{ id: string; iso: string; decision: Decision }[]> {
  if (!record.event_date) return []
  const day = Date.parse(record.event_date + 'T00:00:00Z')
  const span = maxDateWindow(cfg) * 86_400_000
  const from = new Date(day - span).toISOString().slice(0, 10)
  const to = new Date(day + span).toISOString().slice(0, 10)
  // sort_date is event_date where there is one: the range walks the live (iso, sort_date) index, one country at a time.
  const country = record.iso ? `AND iso IN (?, '')` : ''
  const rows = await tx.all(`SELECT id, iso, record FROM events WHERE ${LIVE} AND sort_date >= ? AND sort_date <= ? AND id <> ? ${country}
      AND NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = events.id AND s.article_id = ? AND s.active = 1)
    LIMIT 500`, [from, to, record.id, ...(record.iso ? [record.iso] : []), record.article_id])
  const out: { id: string; iso: string; decision: Decision }[] = []
  let own: string[] | null = null
  for (const r of rows) {
    const stored = parse<EventRecord>(r.record)
    if (!decide(stored, record, cfg).wantsText) continue
    // What the articles write can only keep apart what the coded fields join (merge/details.ts): read them for those only.
    own ??= (await tx.all('SELECT text FROM articles WHERE id = ?', [record.article_id])).map((a) => passageOf(String(a.text), record))
    const theirs = (await tx.all(`SELECT s.record, a.text FROM event_sources s JOIN articles a ON a.id = s.article_id
      WHERE s.event_id = ? AND s.active = 1 LIMIT 20`, [String(r.id)])).map((x) => passageOf(String(x.text), parse<EventRecord>(x.record)))
    const decision = decide(stored, record, cfg, { a: writtenOf(theirs, stored, cfg), b: writtenOf(own, record, cfg) })
    if (decision.same) out.push({ id: String(r.id), iso: String(r.iso), decision })
  }
  return out.sort((a, b) => b.decision.score - a.decision.score || (a.id < b.id ? -1 : 1))
}

export function mergeInfo(row: Row): MergeInfo {
  return {
    id: Number(row.id), survivor: String(row.survivor), absorbed: String(row.absorbed),
    score: row.score === null ? null : Number(row.score), reasons: parse<string[]>(row.reasons),
    auto: Number(row.auto) === 1, by: String(row.by_whom), reason: String(row.reason), at: String(row.at),
    undone: row.undone_at !== null && row.undone_at !== undefined,
  }
}

/** Merge two live events; the lexicographically smaller id survives, the other redirects to it. */
export async function mergeEvents(w: Writer, a: string, b: string, meta: MergeMeta): Promise<Result<MergeInfo>> {
  const x = await w.resolve(a)
  const y = await w.resolve(b)
  if (!x) return fail('not-found', `no event "${a}"`)
  if (!y) return fail('not-found', `no event "${b}"`)
  if (meta.revision !== undefined && Number(x.revision) !== meta.revision) {
    return fail('conflict', `event "${String(x.id)}" is at revision ${Number(x.revision)}, not ${meta.revision}: someone changed it since`)
  }
  if (x.id === y.id) return fail('conflict', `"${a}" and "${b}" are already one event (${x.id})`)
  for (const e of [x, y]) if (e.review === 'retired' || e.review === 'not-an-event') return fail('conflict', `event "${e.id}" is ${e.review}`)
  const [s, d] = String(x.id) < String(y.id) ? [x, y] : [y, x]
  const survivor = String(s.id)
  const absorbed = String(d.id)
  const redirected = await w.tx.all('SELECT id FROM events WHERE absorbed_into = ?', [absorbed])
  const events: EventRowValues[] = [s, d]
  for (const r of redirected) events.push((await w.row(String(r.id)))!)
  const moved = (await w.tx.all('SELECT article_id, record_id, article_revision FROM event_sources WHERE event_id = ?', [absorbed]))
    .map((r) => [String(r.article_id), String(r.record_id), Number(r.article_revision)] as Snapshot['moved'][number])
  await w.tx.run('UPDATE event_sources SET event_id = ? WHERE event_id = ?', [survivor, absorbed])
  await w.tx.run('UPDATE events SET absorbed_into = ? WHERE absorbed_into = ?', [survivor, absorbed])
  w.forget()
  // Edits made on either side stay; where both edited a field, the survivor's edit wins.
  const overrides = { ...parse<object>(d.overrides), ...parse<object>(s.overrides) }
  await w.putRow({ ...s, overrides: JSON.stringify(overrides) })
  await w.putRow({ ...d, absorbed_into: survivor, updated_at: now() })
  await w.tx.run('DELETE FROM claims WHERE event_id = ?', [absorbed])
  const after = await w.recompute(survivor)
  const snapshot: Snapshot = { events, moved, revisionAfter: Number(after.revision) }
  const at = now()
  const row = await w.tx.get(`INSERT INTO merges (survivor, absorbed, score, reasons, auto, by_whom, reason, at, snapshot)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    [survivor, absorbed, meta.score, JSON.stringify(meta.reasons), meta.auto ? 1 : 0, meta.by, meta.reason, at, JSON.stringify(snapshot)])
  return ok({ id: Number(row!.id), survivor, absorbed, score: meta.score, reasons: meta.reasons, auto: meta.auto, by: meta.by, reason: meta.reason, at, undone: false })
}

/**
 * Undo a merge. While nothing else changed the survivor since (its revision is the one the merge
 * left), the rows it changed are restored exactly. Otherwise the absorbed event's sources go back
 * to it and both events are rebuilt from their sources and edits, keeping the later changes.
 */
export async function unmergeEvents(w: Writer, mergeId: number, by: string, reason: string): Promise<Result<MergeInfo>> {
  const row = await w.tx.get('SELECT * FROM merges WHERE id = ?', [mergeId])
  if (!row) return fail('not-found', `no merge ${mergeId}`)
  const info = mergeInfo(row)
  if (info.undone) return fail('conflict', `merge ${mergeId} is already undone`)
  const snap = parse<Snapshot>(row.snapshot)
  const current = await w.row(info.survivor)
  const exact = !!current && Number(current.revision) === snap.revisionAfter && !current.absorbed_into
  if (exact) {
    for (const e of snap.events) await w.putRow(e)
  } else {
    const [, absorbed, ...redirected] = snap.events
    await w.putRow({ ...absorbed, absorbed_into: null, updated_at: now() })
    for (const e of redirected) await w.tx.run('UPDATE events SET absorbed_into = ? WHERE id = ?', [info.absorbed, String(e.id)])
    w.forget()
  }
  for (const [article, record, revision] of snap.moved) {
    await w.tx.run('UPDATE event_sources SET event_id = ? WHERE article_id = ? AND record_id = ? AND article_revision = ?',
      [info.absorbed, article, record, revision])
  }
  if (exact) {
    await w.rebuildClaims(info.survivor)
    await w.rebuildClaims(info.absorbed)
  } else {
    await w.recompute(info.absorbed)
    const holder = await w.resolve(info.survivor)
    if (holder) await w.recompute(String(holder.id))
  }
  await w.tx.run('UPDATE merges SET undone_at = ?, undone_by = ?, undo_reason = ? WHERE id = ?', [now(), by, reason, mergeId])
  for (const [id, other] of [[info.survivor, info.absorbed], [info.absorbed, info.survivor]]) {
    await w.log(id, { kind: 'unmerge', author: by, reason, merge_id: mergeId, other })
  }
  return ok({ ...info, undone: true })
}
