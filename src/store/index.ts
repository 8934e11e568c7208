/** @module store: openStore(url) → the SQLite or PostgreSQL store; the Store types. */
import { existsSync } from 'node:fs'
import { createStore } from './repo.js'
import { openSqlite } from './sqlite/index.js'
import type { Store } from './types.js'

export type { Store, StoredArticle, StoredEvent, EventFilter, EventPage, Page, HistoryEntry, MergeInfo, IngestOutcome, ReviewInput, ReviewAction } from './types.js'
export type { ControlPeriod } from './control.js'
export { timeline, periodsAt } from './control.js'
export { ingestInput, recordsOf } from './ingest.js'
export type { Deriver } from './ingest.js'

export const DEFAULT_DB = './sitrep.db'

export interface OpenOptions {
  /** PostgreSQL only: use (and create) this schema, as the tests do to stay apart. */
  schema?: string
  /** SQLite only: read threads (a number, or 'auto': two once a read is slow); see store/sqlite. */
  readThreads?: number | 'auto'
  /** SQLite only: writes in a thread of their own, batched (default true; see store/sqlite). */
  writeThread?: boolean
}

export const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url)

/** A URL of a database sitrep does not speak ("mysql://…", "sqlite://…"): refused by name rather than taken as a file path. */
function refuseOtherUrl(target: string): void {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(target)?.[1]
  if (scheme && !isPostgresUrl(target)) throw new Error(`"${scheme}:" URLs are not supported: give a SQLite file path (./sitrep.db) or a postgres:// URL`)
}

/** Whether there is a store to read at `target`: a SQLite file that exists, or a PostgreSQL database with sitrep's tables. Creates nothing. */
export async function storeExists(target: string): Promise<boolean> {
  refuseOtherUrl(target)
  if (!isPostgresUrl(target)) return existsSync(target)
  const { postgresHasStore } = await import('./postgres/index.js')
  return postgresHasStore(target)
}

/** `postgres://…` or `postgresql://…` → PostgreSQL; anything else is a SQLite file path. Default: $SITREP_DB, then ./sitrep.db. */
export async function openStore(url?: string, options: OpenOptions = {}): Promise<Store> {
  const target = url || process.env.SITREP_DB || DEFAULT_DB
  refuseOtherUrl(target)
  if (isPostgresUrl(target)) {
    const { openPostgres } = await import('./postgres/index.js')
    return createStore(await openPostgres(target, options))
  }
  return createStore(openSqlite(target, {
    ...(options.readThreads === undefined ? {} : { readThreads: options.readThreads }),
    ...(options.writeThread === undefined ? {} : { writeThread: options.writeThread }),
  }))
}
