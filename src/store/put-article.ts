/** @module store/put-article: one article and its records into the store, per the contract's identity rules. */
import type { EventRecord } from '../schema/record.js'
import { mergeConfig } from '../merge/config.js'
import { OutOfScope, needScope } from './db.js'
import { candidates, mergeEvents } from './merges.js'
import { now, textHash } from './rows.js'
import type { IngestOutcome, StoredArticle } from './types.js'
import type { Writer } from './writer.js'

/**
 * Same id and text → nothing changes. Same id, new text → a revision: the old sources are
 * deactivated (kept for history) and the new records placed. A new id → its records are placed;
 * a record another article already gave (a syndicated copy) joins that event as a second source.
 */
export async function putArticle(w: Writer, article: StoredArticle, records: readonly EventRecord[], expect?: number): Promise<IngestOutcome> {
  const hash = textHash(article.text)
  await w.tx.lock?.(`article:${article.id}`)   // two writers of one article id (a feed repeating itself) take turns
  const old = await w.tx.get('SELECT hash, revision, title, text, stored_at FROM articles WHERE id = ?', [article.id])
  if (old && old.hash === hash) {
    return { id: article.id, status: 'unchanged', event_ids: await currentEvents(w, article.id), merges: [] }
  }
  // A new text under a stored id revises it: only from whoever saw the current revision, when the caller asks for that check.
  if (old && expect !== undefined && Number(old.revision) !== expect) {
    return { id: article.id, status: 'unchanged', event_ids: await currentEvents(w, article.id), merges: [], conflict: Number(old.revision) }
  }
  // A revision retires the old text's events, whatever their countries.
  if (old && w.tx.scope) throw new OutOfScope(`article ${article.id} is revised`)
  const at = now()
  const revision = old ? Number(old.revision) + 1 : 1
  w.countsChanged = true   // a new or revised article text changes what `q` finds
  let status: IngestOutcome['status'] = 'new'
  if (old) {
    status = 'revised'
    await w.tx.run('INSERT INTO article_revisions (article_id, revision, hash, title, text, stored_at) VALUES (?, ?, ?, ?, ?, ?)',
      [article.id, Number(old.revision), String(old.hash), (old.title as string | null) ?? null, String(old.text), String(old.stored_at)])
    await w.tx.run('UPDATE articles SET hash = ?, title = ?, source = ?, url = ?, published = ?, text = ?, revision = ?, stored_at = ? WHERE id = ?',
      [hash, article.title, article.source, article.url, article.published, article.text, revision, at, article.id])
    const touched = await w.tx.all('SELECT DISTINCT event_id FROM event_sources WHERE article_id = ? AND active = 1', [article.id])
    await w.tx.run('UPDATE event_sources SET active = 0 WHERE article_id = ?', [article.id])
    for (const t of touched) {
      await w.recompute(String(t.event_id))
      await w.log(String(t.event_id), { kind: 'article-revision', author: 'sitrep', reason: `article ${article.id} has a new text (revision ${revision})`, other: article.id })
    }
  } else {
    const twin = await w.tx.get('SELECT id FROM articles WHERE hash = ? LIMIT 1', [hash])
    if (twin) status = 'second-report'
    await w.tx.run('INSERT INTO articles (id, hash, title, source, url, published, text, revision, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [article.id, hash, article.title, article.source, article.url, article.published, article.text, revision, at])
  }
  const merges: number[] = []
  const ids: string[] = []
  const seen = new Set<string>()
  for (const raw of records) {
    if (seen.has(raw.id)) continue
    seen.add(raw.id)
    const record: EventRecord = { ...raw, article_id: article.id, sources: [{ article_id: article.id, source: article.source, url: article.url, published: article.published }] }
    const placed = await place(w, record, revision)
    if (placed.merge !== null) merges.push(placed.merge)
    ids.push(placed.id)
  }
  return { id: article.id, status, event_ids: [...new Set(ids)], merges }
}

async function place(w: Writer, record: EventRecord, revision: number): Promise<{ id: string; merge: number | null }> {
  const existing = await w.resolve(record.id)
  if (existing) needScope(w.tx, existing.iso, `event ${String(existing.id)} gets a source`)
  const target = existing ? String(existing.id) : record.id
  await w.tx.run(`INSERT INTO event_sources (article_id, record_id, article_revision, event_id, active, record, stored_at)
    VALUES (?, ?, ?, ?, 1, ?, ?)`, [record.article_id, record.id, revision, target, JSON.stringify(record), now()])
  await w.recompute(target)
  if (existing) {
    await w.log(target, { kind: 'source', author: 'sitrep', reason: `article ${record.article_id} reports this event too`, other: record.article_id })
    return { id: target, merge: null }
  }
  const [best] = await candidates(w.tx, record, mergeConfig())
  if (!best) return { id: target, merge: null }
  needScope(w.tx, best.iso, `a merge into event ${best.id}`)
  const merged = await mergeEvents(w, best.id, target, {
    auto: true, by: 'sitrep', reason: 'automatic: the reports describe the same event', score: best.decision.score, reasons: best.decision.reasons,
  })
  if (!merged.ok) return { id: target, merge: null }
  return { id: merged.value.survivor, merge: merged.value.id }
}

/** The surviving events an article's active records belong to. */
export async function currentEvents(w: { tx: Writer['tx'] }, articleId: string): Promise<string[]> {
  const rows = await w.tx.all('SELECT DISTINCT event_id FROM event_sources WHERE article_id = ? AND active = 1 ORDER BY event_id', [articleId])
  return rows.map((r) => String(r.event_id))
}
