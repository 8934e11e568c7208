/** @module store/repo: the Store both backends share, written once over the Db operations. */
import { fail, ok } from '../errors.js'
import type { Result } from '../errors.js'
import type { EventRecord } from '../schema/record.js'
import type { Db, WriteScope } from './db.js'
import { readControl } from './control.js'
import { dashboardQueries } from './dashboard.js'
import { mergeInfo } from './merges.js'
import { applyOp } from './ops.js'
import type { WriteOp } from './ops.js'
import { getArticle, getEvent, listEvents, scanEvents } from './reader.js'
import { textHash } from './rows.js'
import type { Store, StoredEvent } from './types.js'
import { userStore } from './users.js'

/** Run a write operation: whole in the backend's writer when it can (Db.writeOp), else in a write transaction here. */
function writing<T>(db: Db, op: WriteOp, scope?: WriteScope): Promise<T> {
  return (db.writeOp ? db.writeOp(op, scope) : db.write((tx) => applyOp(tx, op), scope)) as Promise<T>
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
    putArticle: (article, records, expect) => writing(db, { kind: 'putArticle', article, records, ...(expect !== undefined ? { expect } : {}) }, articleScope(records)),
    getArticle: (id) => getArticle(db, id),
    getEvent: (id) => getEvent(db, id),
    listEvents: (filter, page, options) => listEvents(db, filter, page, true, options?.summary ?? false),
    scanEvents: (filter) => scanEvents(db, filter),
    async review(id, input) {
      return eventAfter(await writing<Result<string>>(db, { kind: 'review', id, input }), (v) => v)
    },
    merge: (a, b, by, reason, revision) => writing(db, { kind: 'merge', a, b, meta: { auto: false, by, reason, score: null, reasons: [`merged by ${by}`], ...(revision !== undefined ? { revision } : {}) } }),
    unmerge: (id, by, reason) => writing(db, { kind: 'unmerge', id, by, reason }),
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
