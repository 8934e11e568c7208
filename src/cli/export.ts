/** @module cli/export: `sitrep export --format FMT [filters]` → stored events on stdout, the same filters as the API. */
import { eventFilter } from '../index.js'
import { createWriter, formats, keepStatuses, statuses, statusesOf } from '../export/index.js'
import { resolveCountry } from '../names.js'
import { nearestContaining } from '../suggest.js'
import { openForReading } from './common.js'
import type { Flag } from './flags.js'
import { bool, helpText, parseFlags, str } from './flags.js'
import { dbFlag } from './ingest.js'
import type { Io } from './io.js'

const FILTERS = ['from', 'to', 'event-type', 'sub-event-type', 'country', 'actor', 'bbox', 'q'] as const
const flags: Flag[] = [
  { name: 'format', type: 'string', short: 'f', value: 'FMT', help: `${formats.join('|')} (default jsonl)` },
  dbFlag,
  { name: 'from', type: 'string', value: 'DATE', help: 'events on or after this day' },
  { name: 'to', type: 'string', value: 'DATE', help: 'events on or before this day' },
  { name: 'event-type', type: 'string', value: 'TYPE', help: 'ACLED event type' },
  { name: 'sub-event-type', type: 'string', value: 'TYPE', help: 'ACLED sub-event type' },
  { name: 'country', type: 'string', value: 'ISO2', help: 'country name or ISO code: Syria, SY, SYR (any case)' },
  { name: 'actor', type: 'string', value: 'TEXT', help: 'actor name contains TEXT' },
  { name: 'bbox', type: 'string', value: 'BOX', help: 'minLon,minLat,maxLon,maxLat' },
  { name: 'q', type: 'string', value: 'TEXT', help: 'text over actors, location, notes and sources' },
  { name: 'status', type: 'string', value: 'S', help: `all, or a list of ${statuses.join('|')} (default reported,claimed)` },
]
const USAGE = 'usage: sitrep export [--format FMT] [--db PATH|URL] [filters]'
const DAY = /^\d{4}-\d{2}-\d{2}$/

export async function exportCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseFlags(args, flags)
  if (!parsed.ok) { io.err(`sitrep export: ${parsed.message}\n${USAGE}\n`); return 2 }
  const p = parsed.value
  if (bool(p, 'help')) { io.out(helpText(USAGE, 'Write the stored events in an export format to stdout.', flags)); return 0 }
  const format = str(p, 'format') ?? 'jsonl'
  if (!formats.includes(format)) { io.err(`sitrep export: unknown --format "${format}"; use ${formats.join(', ')}\n`); return 2 }
  for (const day of ['from', 'to']) {
    const v = str(p, day)
    if (v !== undefined && !DAY.test(v)) { io.err(`sitrep export: --${day} must be YYYY-MM-DD, got "${v}"\n`); return 2 }
  }
  const query: Record<string, string> = {}
  for (const name of FILTERS) {
    const v = str(p, name)
    if (v !== undefined) query[name.replace(/-/g, '_')] = v
  }
  if (query.country !== undefined) {
    const country = resolveCountry(query.country)
    if (!country.ok) { io.err(`sitrep export: ${country.message}\n`); return 2 }
    query.country = country.value.iso
  }
  const keep = statusesOf(str(p, 'status'))
  if (!keep.ok) { io.err(`sitrep export: ${keep.message}\n`); return 2 }
  // One status goes to the store as a filter; a set of them is sorted out while writing.
  if (keep.value?.size === 1) query.status = [...keep.value][0]
  const filter = eventFilter(query)
  if (!filter.ok) { io.err(`sitrep export: ${filter.error.message}\n`); return 2 }
  const opened = await openForReading(str(p, 'db'), io, 'export')
  if (!opened) return 1
  const { store, where, events } = opened
  const writer = keepStatuses(createWriter(format, io.out), keep.value)
  let hint = ''
  try {
    for await (const record of store.scanEvents(filter.value)) writer.write(record)
    writer.end()
    // An --actor that matched nothing: the stored actors that hold something close to it ("Islamc State").
    if (query.actor && writer.kept() + writer.dropped() === 0 && events > 0) {
      const actors = new Set<string>()
      for await (const r of store.scanEvents({})) for (const a of [r.actor1, r.actor2]) if (a) actors.add(a)
      const close = nearestContaining(query.actor, actors)
      if (close.length) hint = `; no actor holds "${query.actor}": did you mean ${close.map((a) => `"${a}"`).join(' or ')}?`
    }
  } finally {
    await store.close()
  }
  if (events > 0) {
    const left = writer.dropped() ? `; ${writer.dropped()} left out by status (background, planned or denied; --status all keeps them)` : ''
    io.err(`export: ${writer.kept()} events from ${where}${left}${hint}\n`)
  }
  return 0
}
