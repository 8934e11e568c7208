/**
 * @module store/ops: the store's writes as plain data (an operation and its arguments), so a backend can run
 * one whole in its writer: SQLite's write thread runs a review, an article or a merge from one message,
 * not one message per statement.
 */
import type { EventRecord } from '../schema/record.js'
import type { Sql } from './db.js'
import { mergeEvents, unmergeEvents } from './merges.js'
import type { MergeMeta } from './merges.js'
import { putArticle } from './put-article.js'
import { applyReview } from './review.js'
import type { ReviewInput, StoredArticle } from './types.js'
import { Writer } from './writer.js'

export type WriteOp =
  | { kind: 'putArticle'; article: StoredArticle; records: readonly EventRecord[]; expect?: number }
  | { kind: 'review'; id: string; input: ReviewInput }
  | { kind: 'merge'; a: string; b: string; meta: MergeMeta }
  | { kind: 'unmerge'; id: number; by: string; reason: string }
  /** Statements in one write, as the audit log's appends. */
  | { kind: 'statements'; statements: { sql: string; params: (string | number | null)[] }[] }

/** Run `op` in the write transaction `tx`, with a Writer, then rebuild the control timelines it touched. */
export async function applyOp(tx: Sql, op: WriteOp): Promise<unknown> {
  if (op.kind === 'statements') {
    for (const s of op.statements) await tx.run(s.sql, s.params)
    return null
  }
  const w = new Writer(tx)
  const value = op.kind === 'putArticle' ? await putArticle(w, op.article, op.records, op.expect)
    : op.kind === 'review' ? await applyReview(w, op.id, op.input)
      : op.kind === 'merge' ? await mergeEvents(w, op.a, op.b, op.meta)
        : await unmergeEvents(w, op.id, op.by, op.reason)
  await w.finish()
  return value
}
