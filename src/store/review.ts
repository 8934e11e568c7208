/** @module store/review: an analyst's accept, edit, not-an-event and split, each logged with author and reason. */
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import { now, parse } from './rows.js'
import type { ReviewInput } from './types.js'
import type { Writer } from './writer.js'
import { checkEdit, derivedEdits, typeOfSub } from './validate.js'

/** Apply one review to a live event; returns the id of the event it leaves current. */
export async function applyReview(w: Writer, id: string, input: ReviewInput): Promise<Result<string>> {
  const row = await w.resolve(id)
  if (!row) return fail('not-found', `no event "${id}"`)
  const eventId = String(row.id)
  if (input.revision !== undefined && input.revision !== Number(row.revision)) {
    return fail('conflict', `event "${eventId}" is at revision ${Number(row.revision)}, not ${input.revision}: someone changed it since`)
  }
  const entry = { kind: 'review' as const, action: input.action, author: input.author, reason: input.reason }
  if (input.action === 'accept' || input.action === 'not-an-event') {
    const review = input.action === 'accept' ? 'accepted' : 'not-an-event'
    await w.putRow({ ...row, review, revision: Number(row.revision) + 1, updated_at: now() })
    await w.log(eventId, { ...entry, before: row.review, after: review })
    return ok(eventId)
  }
  if (input.action === 'edit') {
    if (!input.field) return fail('bad-query', 'an edit needs "field" and "value"')
    if (input.value === undefined) return fail('bad-query', 'an edit needs "value"')
    const bad = checkEdit(input.field, input.value)
    if (bad) return fail('invalid-value', bad)
    const record = parse<Record<string, unknown>>(row.record)
    if (input.field === 'event_type' && typeOfSub(String(record.sub_event_type)) !== input.value) {
      return fail('invalid-value', `"${String(record.sub_event_type)}" is a sub-event type of ${String(typeOfSub(String(record.sub_event_type)))}: edit sub_event_type, which sets the type with it`)
    }
    const before = record[input.field] ?? null
    const overrides = { ...parse<Record<string, unknown>>(row.overrides), ...derivedEdits(input.field, input.value) }
    await w.putRow({ ...row, overrides: JSON.stringify(overrides) })
    await w.recompute(eventId)
    await w.log(eventId, { ...entry, field: input.field, before, after: input.value })
    return ok(eventId)
  }
  return split(w, eventId, input)
}

/** Move the sources from `input.articles` out into an event of their own. */
async function split(w: Writer, eventId: string, input: ReviewInput): Promise<Result<string>> {
  const leaving = new Set(input.articles ?? [])
  if (!leaving.size) return fail('bad-query', 'a split needs "articles": the source articles that leave this event')
  const sources = await w.tx.all('SELECT article_id, record_id FROM event_sources WHERE event_id = ? AND active = 1 ORDER BY record_id', [eventId])
  const moving = sources.filter((s) => leaving.has(String(s.article_id)))
  const unknown = [...leaving].filter((a) => !sources.some((s) => String(s.article_id) === a))
  if (unknown.length) return fail('bad-query', `event "${eventId}" has no source from ${unknown.map((a) => `"${a}"`).join(', ')}`)
  if (moving.length === sources.length) return fail('bad-query', 'a split must leave at least one source in the event')
  // The new event takes back the id one of its records first had, if that id is free or merely redirecting.
  let newId: string | null = null
  for (const r of moving.map((s) => String(s.record_id))) {
    const prior = await w.row(r)
    if (r !== eventId && (!prior || prior.absorbed_into || prior.review === 'retired')) { newId = r; break }
  }
  for (let n = 1; !newId; n++) if (!(await w.row(`${eventId}-split${n}`))) newId = `${eventId}-split${n}`
  const old = await w.row(newId)
  if (old) await w.putRow({ ...old, absorbed_into: null, review: 'auto', updated_at: now() })
  for (const s of moving) {
    await w.tx.run('UPDATE event_sources SET event_id = ? WHERE event_id = ? AND article_id = ? AND record_id = ? AND active = 1',
      [newId, eventId, String(s.article_id), String(s.record_id)])
  }
  await w.recompute(eventId)
  await w.recompute(newId)
  const entry = { kind: 'split' as const, action: 'split', author: input.author, reason: input.reason, after: [...leaving] }
  await w.log(eventId, { ...entry, other: newId })
  await w.log(newId, { ...entry, other: eventId })
  return ok(eventId)
}
