/** @module cli/eval: `sitrep eval`, the thin shell over runEval: flags in, table (or JSON) out. */
import { runEval } from '../eval/index.js'
import type { EvalOptions } from '../eval/index.js'
import { formatTable } from '../eval/table.js'
import type { Io } from './io.js'

/** The flags, as data: name, whether it takes a value, what it does (drives parsing and --help). */
export const evalFlags = [
  ['--dir', 'DIR', 'eval dir (default: $SITREP_EVAL_DIR, else ../shared/eval beside the package)'],
  ['--file', 'NAME', 'score this gold file only, relative to the dir (repeatable)'],
  ['--limit', 'N', 'score the first N rows of each file'],
  ['--dump', 'FILE', 'write every article\'s gold and prediction as JSON Lines (keep it outside the repo)'],
  ['--confusion', null, 'print the sub-type confusion matrices under the table'],
  ['--json', null, 'print the result as JSON instead of the table'],
  ['--help', null, 'show this help'],
] as const

export function evalHelp(): string {
  return 'usage: sitrep eval [flags]\n' + evalFlags.map(([f, v, h]) => `  ${(v ? `${f} ${v}` : f).padEnd(16)}${h}`).join('\n') + '\n'
}

type Parsed = { ok: true; options: EvalOptions; json: boolean; help: boolean } | { ok: false; message: string }

export function parseEvalArgs(args: readonly string[]): Parsed {
  const options: EvalOptions = {}
  const files: string[] = []
  let json = false, help = false
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') && args[i].includes('=') ? [args[i].slice(0, args[i].indexOf('=')), args[i].slice(args[i].indexOf('=') + 1)] : [args[i], undefined]
    const spec = evalFlags.find(([f]) => f === flag)
    if (!spec) return { ok: false, message: `unknown argument: ${args[i]}` }
    let value: string | undefined
    if (spec[1]) {
      value = inline ?? args[++i]
      if (value === undefined || value === '') return { ok: false, message: `${flag} needs a value (${spec[1]})` }
    }
    switch (flag) {
      case '--dir': options.dir = value; break
      case '--file': files.push(value!); break
      case '--limit': {
        if (!/^\d+$/.test(value!) || Number(value) < 1) return { ok: false, message: `--limit needs a positive whole number, not "${value}"` }
        options.limit = Number(value); break
      }
      case '--dump': options.dump = value; break
      case '--confusion': options.confusion = true; break
      case '--json': json = true; break
      case '--help': help = true; break
    }
  }
  if (files.length) options.files = files
  return { ok: true, options, json, help }
}

export async function evalCommand(args: string[], io: Io): Promise<number> {
  const parsed = parseEvalArgs(args)
  if (!parsed.ok) { io.err(`sitrep eval: ${parsed.message}\n${evalHelp()}`); return 2 }
  if (parsed.help) { io.out(evalHelp()); return 0 }
  let result
  try {
    result = await runEval({ ...parsed.options, progress: (msg) => io.err(msg + '\n') })
  } catch (error) {
    // Unreadable dir or gold that does not parse: one line naming it, no stack.
    io.err(`sitrep eval: ${(error as Error).message}\n`)
    return 1
  }
  io.out(parsed.json ? JSON.stringify(result, null, 2) + '\n' : formatTable(result))
  // Non-zero when a scorer failed or nothing at all was scored: CI should notice either.
  return result.files.some((f) => f.error) || !result.files.some((f) => !f.skipped && !f.error) ? 1 : 0
}
