/** @module cli/common: the input flags every reading command shares, and their parsing. */
import type { Flag, Parsed } from './flags.js'
import { str } from './flags.js'
import type { Format, ReadOptions } from '../core.js'

export const inputFlags: Flag[] = [
  { name: 'input-format', type: 'string', value: 'FMT', help: 'txt|html|feed|jsonl: force the format of every input' },
  { name: 'pub-date', type: 'string', value: 'DATE', help: 'YYYY-MM-DD publication date for articles that carry none' },
]

const FORMATS = ['txt', 'html', 'feed', 'jsonl']

export function readOptions(p: Parsed): { ok: true; value: ReadOptions } | { ok: false; message: string } {
  const fmt = str(p, 'input-format')
  if (fmt !== undefined && !FORMATS.includes(fmt)) return { ok: false, message: `--input-format must be one of ${FORMATS.join(', ')}, got "${fmt}"` }
  const pub = str(p, 'pub-date')
  if (pub !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(pub)) return { ok: false, message: `--pub-date must be YYYY-MM-DD, got "${pub}"` }
  return { ok: true, value: { ...(fmt ? { inputFormat: fmt as Format } : {}), ...(pub ? { pubDate: pub } : {}) } }
}
