/** @module cli/show: `sitrep show ARTICLE` prints the normalized text that evidence offsets point into. */
import { formatFailure, readInputs } from '../core.js'
import { inputFlags, readOptions } from './common.js'
import type { Flag } from './flags.js'
import { bool, startCommand } from './flags.js'
import type { Io } from './io.js'

const flags: Flag[] = [
  { name: 'meta', type: 'boolean', help: 'print the article metadata as a JSON line before the text' },
  ...inputFlags,
]
const USAGE = 'usage: sitrep show [--meta] INPUT...'

export async function showCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'show', usage: USAGE, summary: 'Print the normalized article text that evidence spans index into.', flags: flags, needsInput: true }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const opts = readOptions(p)
  if (!opts.ok) { io.err(`sitrep show: ${opts.message}\n`); return 2 }
  let read = 0
  for await (const item of readInputs(p.positionals, opts.value)) {
    if (!item.ok) { io.err(formatFailure(item.error) + '\n'); continue }
    if (read++) io.out('\n')
    if (bool(p, 'meta')) io.out(JSON.stringify(item.value.article) + '\n')
    io.out(item.value.text + '\n')
  }
  return read === 0 ? 1 : 0
}
