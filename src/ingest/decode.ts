/** @module ingest/decode: bytes → text: BOMs, UTF-8, UTF-16, Windows-1252 fallback; binary refused. */
import { createRequire } from 'node:module'
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'

const utf8 = new TextDecoder('utf-8', { fatal: true })
let iconv: { decode(bytes: Buffer, encoding: string): string } | null = null

/** Decode a file's bytes. Binary content (NUL bytes, many control characters) is a failure, not text. */
export function decode(bytes: Uint8Array, input: string): Result<string> {
  // "-" is standard input: a message about "the file" would not say where to look.
  const what = input === '-' ? 'standard input' : 'the file'
  if (bytes.length === 0) return fail('input-empty', `${what} is empty`, input)
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return ok(new TextDecoder('utf-8').decode(bytes.subarray(3)))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ok(new TextDecoder('utf-16le').decode(bytes.subarray(2)))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ok(new TextDecoder('utf-16be').decode(bytes.subarray(2)))
  if (looksBinary(bytes)) return fail('input-binary', `${what} is binary, not text (NUL or control bytes found)`, input)
  try {
    return ok(utf8.decode(bytes))
  } catch {
    // Not valid UTF-8: old newsroom exports are usually Windows-1252 (a superset of Latin-1's printable range).
    // Node's TextDecoder reads 'windows-1252' as Latin-1 (curly quotes lost); iconv-lite maps it fully.
    // Loaded here, on the rare file that needs it: start-up does not pay for iconv-lite's tables (~5 ms).
    iconv ??= createRequire(import.meta.url)('iconv-lite') as { decode(bytes: Buffer, encoding: string): string }
    return ok(iconv.decode(Buffer.from(bytes), 'win1252'))
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return control / n > 0.1
}

/** One normal form for every text: NFC, \n line ends, no NBSP or zero-width characters, trimmed lines. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
