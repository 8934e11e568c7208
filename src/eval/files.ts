/** @module eval/files: which gold files an eval dir holds, and which scorer each one needs. */
import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { packageRoot } from '../paths.js'
import type { FileResult } from './result.js'

export type Kind = FileResult['kind']

/** The eval dir: `dir` if given, else $SITREP_EVAL_DIR, else ../shared/eval beside the package. */
export function evalDir(dir?: string): string {
  return dir ?? process.env.SITREP_EVAL_DIR ?? join(packageRoot, '..', 'shared', 'eval')
}

/** The PLOVER gold lives in a folder of its own, beside its readme and code table. */
const PLOVER_GOLD = join('plover-gsr', 'PLOVER_GSR_CAMEO.txt')

/** Every file in `dir` that has gold: the top-level `.jsonl` files and the PLOVER gold, sorted. */
export function goldFiles(dir: string): string[] {
  const names = readdirSync(dir).filter((n) => n.endsWith('.jsonl') || n.startsWith('articles-') && n.endsWith('.json')).sort()
  if (existsSync(join(dir, PLOVER_GOLD))) names.push(PLOVER_GOLD)
  return names
}

/** A name as given on the command line: relative to the eval dir unless absolute. */
export function resolveGold(dir: string, name: string): string {
  return isAbsolute(name) ? name : join(dir, name)
}

/**
 * Which scorer a gold file needs, from its first record's shape rather than its name, so that a
 * held-out file (`acled-test.jsonl`, another geoparsing corpus) is scored without code changes.
 */
export function sniffKind(path: string): Kind {
  const head = readHead(path, 1 << 20)
  if (head.trimStart().startsWith('[')) return /"event"\s*:/.test(head) ? 'plover' : 'unknown'
  // Whole articles with a coder's expectations: {"cases": [{"article", "expect"}]}.
  if (/^\s*\{\s*"cases"\s*:/.test(head) && /"expect"\s*:/.test(head)) return 'articles'
  const first = head.split('\n').find((l) => l.trim())
  if (!first) return 'unknown'
  let row: { gold?: unknown }
  try {
    row = JSON.parse(first) as { gold?: unknown }
  } catch {
    return 'unknown'   // a first line longer than the head, or not JSON: no scorer claims it
  }
  const gold = row.gold
  if (Array.isArray(gold)) return 'geo'
  if (gold && typeof gold === 'object') {
    if ('label' in gold) return 'case'
    if ('sub_event_type' in gold && 'event_date' in gold) return 'acled'
  }
  return 'unknown'
}

function readHead(path: string, bytes: number): string {
  const fd = openSync(path, 'r')
  try {
    const buf = Buffer.alloc(bytes)
    const n = readSync(fd, buf, 0, bytes, 0)
    return buf.subarray(0, n).toString('utf8')
  } finally {
    closeSync(fd)
  }
}
