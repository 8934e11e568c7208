/** @module store/repo: the Store both backends share, written once over the Db operations. */
import { fail, ok } from '../errors.js'
import type { Result } from '../errors.js'
import type { EventRecord } from '../schema/record.js'
import type { Db, WriteScope } from './db.js'
import { readControl } from './control.js'
import { dashboardQueries } from './dashboard.js'
import { mergeEvents, mergeInfo, unmergeEvents } from './merges.js'
import { putArticle } from './put-article.js'
import { getArticle, getEvent, listEvents, scanEvents } from './reader.js'
import { applyReview } from './review.js'
import { textHash } from './rows.js'
import type { Store, StoredEvent } from './types.js'
import { userStore } from './users.js'
import { Writer } from './writer.js'

/** Run `fn` in a write transaction with a Writer, then rebuild the control timelines it touched. */
async function writing<T>(db: Db, fn: (w: Writer) => Promise<T>, scope?: WriteScope): Promise<T> {
  return db.write(async (tx) => {
    const w = new Writer(tx)
    const value = await fn(w)
    await w.finish()
    return value
  }, scope)
}

/** An article's write needs the countries of its records, or everything when one has no country (it may join any). */
function articleScope(records: readonly EventRecord[]): WriteScope | undefined {
  return records.every((r) => r.iso) ? { countries: records.map((r) => r.iso) } : undefined
}

export function createStore(db: Db): Store {
  const eventAfter = async <T>(r: Result<T>, id: (v: T) => string): Promise<Result<StoredEvent>> => {
    if (!r.ok) return r
    const e = await getEvent(db, id(r.value))
    return e ? ok(e) : fail('not-found', `no event "${id(r.value)}"`)
  }
  return {
    kind: db.kind,
    async articleState(id, text) {
      const row = await db.get('SELECT hash FROM articles WHERE id = ?', [id])
      return !row ? 'absent' : row.hash === textHash(text) ? 'same' : 'changed'
    },
    putArticle: (article, records, expect) => writing(db, (w) => putArticle(w, article, records, expect), articleScope(records)),
    getArticle: (id) => getArticle(db, id),
    getEvent: (id) => getEvent(db, id),
    listEvents: (filter, page, options) => listEvents(db, filter, page, true, options?.summary ?? false),
    scanEvents: (filter) => scanEvents(db, filter),
    async review(id, input) {
      return eventAfter(await writing(db, (w) => applyReview(w, id, input)), (v) => v)
    },
    merge: (a, b, by, reason, revision) => writing(db, (w) => mergeEvents(w, a, b, { auto: false, by, reason, score: null, reasons: [`merged by ${by}`], ...(revision !== undefined ? { revision } : {}) })),
    unmerge: (id, by, reason) => writing(db, (w) => unmergeEvents(w, id, by, reason)),
    async getMerge(id) {
      const row = await db.get('SELECT * FROM merges WHERE id = ?', [id])
      return row ? mergeInfo(row) : null
    },
    control: (location, at) => readControl(db, location, at),
    dashboard: dashboardQueries(db),
    users: userStore(db),
    async health() {
      const a = await db.get('SELECT count(*) AS n FROM articles')
      const e = await db.get('SELECT count(*) AS n FROM events WHERE absorbed_into IS NULL')
      return { ok: true, backend: db.kind, articles: Number(a?.n ?? 0), events: Number(e?.n ?? 0), schema: await db.schemaVersion() }
    },
    close: () => db.close(),
  }
}
