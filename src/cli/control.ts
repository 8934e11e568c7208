/** @module cli/control: `sitrep control PLACE [--at DATE]` → who held the place, period by period. */
import type { ControlPeriod } from '../index.js'
import { controlByName, noControlMessage } from '../names.js'
import { isCalendarDate } from '../store/calendar.js'
import { openForReading } from './common.js'
import type { Flag } from './flags.js'
import { bool, str, startCommand } from './flags.js'
import { dbFlag } from './ingest.js'
import type { Io } from './io.js'

const flags: Flag[] = [
  dbFlag,
  { name: 'at', type: 'string', value: 'DATE', help: 'only the period covering this day' },
  { name: 'json', type: 'boolean', help: 'print the timeline as JSON, as GET /api/control does' },
]
const USAGE = 'usage: sitrep control PLACE [--at DATE] [--db PATH|URL] [--json]   (PLACE as people write it: Palmyra, Tadmur, Aleppo, Halab)'

function line(p: ControlPeriod): string {
  const conflict = p.conflict ? `  CONFLICT: also claimed for ${p.contested_by.join(', ')}` : ''
  return `${p.from} → ${p.to ?? 'now'}\t${p.holder}\t(${p.event_ids.join(', ')})${conflict}\n`
}

export async function controlCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'control', usage: USAGE, summary: 'The territorial-control timeline of a place, from territory events.', flags }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const place = p.positionals.join(' ').trim()
  if (!place) { io.err(`sitrep control: no place given\n${USAGE}\n`); return 2 }
  const at = str(p, 'at')
  if (at !== undefined && !isCalendarDate(at)) { io.err(`sitrep control: --at must be a real date YYYY-MM-DD, got "${at}"\n`); return 2 }
  const opened = await openForReading(str(p, 'db'), io, 'control')
  if (!opened) return 1
  const { store, where, events } = opened
  try {
    const found = await controlByName(store, place, at)
    if (bool(p, 'json')) io.out(JSON.stringify({ location: found.location, ...(at ? { at } : {}), periods: found.periods }) + '\n')
    else for (const period of found.periods) io.out(line(period))
    if (found.location !== place && found.known) io.err(`control: "${place}" read as ${found.location}\n`)
    if (!found.periods.length && events > 0) {
      // A name that nothing knows is a bad argument (exit 1), not an empty answer.
      if (found.unknown) { io.err(`sitrep control: ${noControlMessage(place, found, where)}\n`); return 1 }
      const also = found.tried.length > 1 ? ` (also tried ${found.tried.slice(1).join(', ')})` : ''
      const hint = found.suggestions.length ? `; did you mean ${found.suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''
      const when = found.known && at ? ` covering ${at}` : ''
      io.err(`control: no territory events for "${place}"${also}${when} in ${where}${hint}\n`)
    }
  } finally {
    await store.close()
  }
  return 0
}
