/** @module cli/flags: flags as tables (name, type, help) that drive both parsing and --help. */
import { parseArgs } from 'node:util'
import { nearest } from '../suggest.js'

export interface Flag {
  name: string
  type: 'string' | 'boolean'
  multiple?: boolean
  short?: string
  value?: string      // placeholder in help: FILE, N, DATE
  help: string
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>
  positionals: string[]
}

export function parseFlags(args: string[], flags: readonly Flag[]): { ok: true; value: Parsed } | { ok: false; message: string } {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {}
  for (const f of flags) options[f.name] = { type: f.type, ...(f.multiple ? { multiple: true } : {}), ...(f.short ? { short: f.short } : {}) }
  options.help = { type: 'boolean', short: 'h' }
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true })
    return { ok: true, value: { values: values as Parsed['values'], positionals } }
  } catch (error) {
    return { ok: false, message: flagMessage(error as Error & { code?: string }, flags) }
  }
}

/**
 * node:util's parse errors in a line a user reads: the option named, the nearest known one offered
 * ("--pubdate" → --pub-date), and where the list is; other errors as node words them.
 */
function flagMessage(error: Error & { code?: string }, flags: readonly Flag[]): string {
  const names = [...flags.map((f) => f.name), 'help']
  const unknown = /^Unknown option '([^']+)'/.exec(error.message)
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const typed = unknown[1]
    const close = nearest(typed.replace(/^-+/, ''), names, 1)
    return `unknown option ${typed}${close.length ? `; did you mean --${close[0]}?` : ''} (--help lists the options)`
  }
  const missing = /^Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(error.message)
  if (missing) return `${missing[1]} needs a value`
  const ambiguous = /^Option '(--[\w-]+)' argument is ambiguous/.exec(error.message)
  if (ambiguous) return `${ambiguous[1]} needs a value (one that starts with a dash is written ${ambiguous[1]}=-VALUE)`
  const noValue = /^Option '(--[\w-]+)' does not take an argument/.exec(error.message)
  if (noValue) return `${noValue[1]} takes no value`
  return error.message
}

export function helpText(usage: string, summary: string, flags: readonly Flag[]): string {
  const rows = flags.map((f) => {
    const left = `  --${f.name}${f.value ? ' ' + f.value : ''}${f.short ? `, -${f.short}` : ''}`
    return `${left.padEnd(30)} ${f.help}`
  })
  return `${usage}\n\n${summary}\n\nOptions:\n${rows.join('\n')}\n  --help, -h                   this help\n`
}

export const str = (p: Parsed, name: string): string | undefined => p.values[name] as string | undefined
export const bool = (p: Parsed, name: string): boolean => p.values[name] === true
export function int(p: Parsed, name: string): number | undefined | Error {
  const v = str(p, name)
  if (v === undefined) return undefined
  const n = Number(v)
  return Number.isInteger(n) ? n : new Error(`--${name} takes a whole number, got "${v}"`)
}

/** What every command does first: parse its flags, answer --help, refuse bad usage (exit 2). */
export interface CommandSpec { name: string; usage: string; summary: string; flags: readonly Flag[]; needsInput?: boolean }
export function startCommand(spec: CommandSpec, args: string[], io: { out(s: string): void; err(s: string): void }): { ok: true; value: Parsed } | { ok: false; code: number } {
  const parsed = parseFlags(args, spec.flags)
  if (!parsed.ok) { io.err(`sitrep ${spec.name}: ${parsed.message}\n${spec.usage}\n`); return { ok: false, code: 2 } }
  if (bool(parsed.value, 'help')) { io.out(helpText(spec.usage, spec.summary, spec.flags)); return { ok: false, code: 0 } }
  if (spec.needsInput && !parsed.value.positionals.length) { io.err(`sitrep ${spec.name}: no input given\n${spec.usage}\n`); return { ok: false, code: 2 } }
  return parsed
}
