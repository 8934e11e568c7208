/** @module cli/geoparse: `sitrep geoparse INPUT...` → one JSON line of toponyms per article. */
import { extractUpTo, formatFailure, formatMessages, readInputs, toGeoparse } from '../core.js'
import { inputFlags, readOptions } from './common.js'
import type { Flag } from './flags.js'
import { bool, startCommand } from './flags.js'
import type { Io } from './io.js'
import { progress } from './progress.js'

const flags: Flag[] = [
  { name: 'explain', type: 'boolean', help: 'report why each place was chosen (stderr)' },
  ...inputFlags,
]
const USAGE = 'usage: sitrep geoparse [options] INPUT...'

export async function geoparseCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'geoparse', usage: USAGE, summary: 'List every place-name mention with its GeoNames resolution.', flags: flags, needsInput: true }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const opts = readOptions(p)
  if (!opts.ok) { io.err(`sitrep geoparse: ${opts.message}\n`); return 2 }
  const bar = progress(io, 'geoparse')
  let read = 0
  for await (const item of readInputs(p.positionals, opts.value)) {
    if (!item.ok) { io.err(formatFailure(item.error) + '\n'); continue }
    read++
    const doc = extractUpTo(item.value, 'places')
    io.out(JSON.stringify(toGeoparse(doc)) + '\n')
    if (bool(p, 'explain')) io.err(formatMessages(doc))
    bar.tick()
  }
  bar.done()
  return read === 0 ? 1 : 0
}
