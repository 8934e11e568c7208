/** @module cli/common: the input flags every reading command shares, their parsing, and opening a store only to read it. */
import type { Flag, Parsed } from './flags.js'
import { str } from './flags.js'
import type { Format, ReadOptions } from '../core.js'
import type { Store } from '../index.js'
import { statusesOf } from '../export/index.js'
import type { Io } from './io.js'
import { implausibleDay, isCalendarDate } from '../store/calendar.js'

export const inputFlags: Flag[] = [
  { name: 'input-format', type: 'string', value: 'FMT', help: 'txt|html|feed|jsonl: force the format of every input' },
  { name: 'pub-date', type: 'string', value: 'DATE', help: 'YYYY-MM-DD publication date for articles that carry none' },
]

const FORMATS = ['txt', 'html', 'feed', 'jsonl']

export function readOptions(p: Parsed): { ok: true; value: ReadOptions } | { ok: false; message: string } {
  const fmt = str(p, 'input-format')
  if (fmt !== undefined && !FORMATS.includes(fmt)) return { ok: false, message: `--input-format must be one of ${FORMATS.join(', ')}, got "${fmt}"` }
  const pub = str(p, 'pub-date')
  if (pub !== undefined && !isCalendarDate(pub)) return { ok: false, message: `--pub-date must be a real date YYYY-MM-DD, got "${pub}"` }
  const far = pub === undefined ? null : implausibleDay(pub)
  if (far) return { ok: false, message: `--pub-date must be a day from 1900-01-01 to tomorrow: ${far}` }
  return { ok: true, value: { ...(fmt ? { inputFormat: fmt as Format } : {}), ...(pub ? { pubDate: pub } : {}) } }
}

/**
 * A store as messages name it: a PostgreSQL URL's password (after the user name, or a `password=` parameter)
 * shown as `***`, so that stderr and a server's log never carry it. A SQLite path is shown as given.
 */
export function shownStore(where: string): string {
  if (!/^postgres(ql)?:\/\//i.test(where)) return where
  return where.replace(/^(postgres(?:ql)?:\/\/[^:@/?#]*:)[^/?#]*@/i, '$1***@').replace(/([?&]password=)[^&#]*/gi, '$1***')
}

/** The store a command reads: where it is (as the user wrote it, a password hidden) and how many events it holds. */
export interface ReadStore { store: Store; where: string; events: number }

/**
 * Open a store only to read it. A SQLite file that does not exist is not created, nor are sitrep's tables in a
 * PostgreSQL database that has none: the command says so and stops (exit 1). An empty store is opened and named,
 * so that "0 events" reads as "nothing ingested there" and not as "nothing matched".
 */
export async function openForReading(db: string | undefined, io: Io, command: string, opts: { sayEmpty?: boolean } = {}): Promise<ReadStore | null> {
  // Loaded here, not at the top: extract imports this file and must not pay for the store at start-up.
  const { DEFAULT_DB, openStore, storeExists } = await import('../store/index.js')
  const target = db || process.env.SITREP_DB || DEFAULT_DB
  const where = shownStore(target)
  let present: boolean
  try {
    present = await storeExists(target)
  } catch (error) {
    io.err(`sitrep ${command}: store-unavailable: cannot open ${where}: ${(error as Error).message}\n`)
    return null
  }
  if (!present) {
    io.err(`sitrep ${command}: no store at ${where}: nothing has been ingested there. Run \`sitrep ingest INPUT...\` first, or give --db PATH|URL.\n`)
    return null
  }
  let store: Store
  try {
    store = await openStore(target)
  } catch (error) {
    io.err(`sitrep ${command}: store-unavailable: cannot open ${where}: ${(error as Error).message}\n`)
    return null
  }
  const { events } = await store.health()
  if (events === 0 && opts.sayEmpty !== false) io.err(`${command}: the store ${where} is empty (0 events): run \`sitrep ingest INPUT...\` first.\n`)
  return { store, where, events }
}

/** `--status` of the commands that write exports (extract's formats, export). */
export const statusFlag: Flag = { name: 'status', type: 'string', value: 'S', help: 'all, or a list of reported|claimed|denied|planned|background (exports default to reported,claimed)' }

/** The statuses `extract --format F` keeps: every record in its own JSON Lines, reported and claimed in exports. */
export function extractStatuses(p: Parsed, format: string): ReturnType<typeof statusesOf> {
  const value = str(p, 'status')
  return value === undefined && format === 'jsonl' ? { ok: true, value: null } : statusesOf(value)
}
