/** @module cli/control: `sitrep control PLACE [--at DATE]` → who held the place, period by period. */
import type { ControlPeriod } from '../index.js'
import type { Flag } from './flags.js'
import { bool, helpText, parseFlags, str } from './flags.js'
import { dbFlag, openOrSay } from './ingest.js'
import type { Io } from './io.js'

const flags: Flag[] = [
  dbFlag,
  { name: 'at', type: 'string', value: 'DATE', help: 'only the period covering this day' },
  { name: 'json', type: 'boolean', help: 'print the timeline as JSON, as GET /api/control does' },
]
const USAGE = 'usage: sitrep control PLACE [--at DATE] [--db PATH|URL] [--json]'

function line(p: ControlPeriod): string {
  const conflict = p.conflict ? `  CONFLICT: also claimed for ${p.contested_by.join(', ')}` : ''
  return `${p.from} → ${p.to ?? 'now'}\t${p.holder}\t(${p.event_ids.join(', ')})${conflict}\n`
}

export async function controlCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseFlags(args, flags)
  if (!parsed.ok) { io.err(`sitrep control: ${parsed.message}\n${USAGE}\n`); return 2 }
  const p = parsed.value
  if (bool(p, 'help')) { io.out(helpText(USAGE, 'The territorial-control timeline of a place, from territory events.', flags)); return 0 }
  const place = p.positionals.join(' ').trim()
  if (!place) { io.err(`sitrep control: no place given\n${USAGE}\n`); return 2 }
  const at = str(p, 'at')
  if (at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(at)) { io.err(`sitrep control: --at must be YYYY-MM-DD, got "${at}"\n`); return 2 }
  const store = await openOrSay(str(p, 'db'), io, 'control')
  if (!store) return 1
  try {
    const periods = await store.control(place, at)
    if (bool(p, 'json')) io.out(JSON.stringify({ location: place, ...(at ? { at } : {}), periods }) + '\n')
    else if (!periods.length) io.err(`control: no territory events for "${place}"${at ? ` covering ${at}` : ''}\n`)
    else for (const period of periods) io.out(line(period))
  } finally {
    await store.close()
  }
  return 0
}
