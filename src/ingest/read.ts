/** @module ingest/read: paths, directories and stdin → a stream of Result<Input>, one per article. */
import { createReadStream, promises as fs } from 'node:fs'
import { extname, join, relative } from 'node:path'
import { createInterface } from 'node:readline'
import type { Result } from '../errors.js'
import { fail } from '../errors.js'
import type { Input } from '../pipeline.js'
import type { IngestOptions, RawArticle } from './article.js'
import { toInput } from './article.js'
import { decode } from './decode.js'
import { splitTxt } from './txt.js'

// JSON Lines (the schema checker) and feeds (the XML parser) load only when such an input comes:
// a plain-text article should not pay for either at start-up.
const jsonl = () => import('./jsonl.js')
const feeds = () => import('./feed.js')

export type Format = 'txt' | 'html' | 'feed' | 'jsonl'
export interface ReadOptions extends IngestOptions {
  inputFormat?: Format           // --input-format: forces every input's format
  stdin?: NodeJS.ReadableStream  // for `-`; process.stdin by default
}

/** A whole file above this is refused; JSON Lines are streamed and limited per line instead. */
export const MAX_FILE = 16 * 1024 * 1024
const EXT: Record<string, Format> = {
  '.txt': 'txt', '.text': 'txt', '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
}

const REASONS: Record<string, string> = { ENOENT: 'no such file or directory', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'is a directory', ENOTDIR: 'a part of the path is not a directory', ELOOP: 'too many symbolic links', ENAMETOOLONG: 'the name is too long' }

/** Why a file could not be read, in words with the system's code after them ("no such file or directory (ENOENT)"). */
function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  return code ? `${REASONS[code] ?? 'system error'} (${code})` : (error as Error).message
}

export function formatOf(path: string): Format | null {
  return EXT[extname(path).toLowerCase()] ?? null
}

/** Notes that sit beside articles in a folder (a README, a table of expected results): left out without a word. */
const NOTES = new Set(['.md', '.yaml', '.yml'])

export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<Result<Input>> {
  for (const path of paths) {
    if (path === '-') { yield* readStdin(options); continue }
    let stat
    try {
      stat = await fs.stat(path)
    } catch (error) {
      yield fail('input-unreadable', `cannot read: ${unreadable(error)}`, path)
      continue
    }
    if (stat.isDirectory()) {
      const files = await listFiles(path)
      const known = files.filter((f) => options.inputFormat || formatOf(f))
      if (!known.length) yield fail('input-unreadable', 'the directory holds no article files (.txt .html .xml .rss .atom .jsonl)', path)
      else {
        // Files of other types are left out, but said once: a PDF or a .json among the articles is not silently ignored.
        const skipped = files.filter((f) => !known.includes(f) && !NOTES.has(extname(f).toLowerCase()))
        if (skipped.length) {
          const types = [...new Set(skipped.map((f) => extname(f).toLowerCase() || '(none)'))].sort().join(' ')
          const names = skipped.slice(0, 3).map((f) => relative(path, f)).join(', ') + (skipped.length > 3 ? ', ...' : '')
          yield fail('input-unknown-format', `${skipped.length} file(s) not read, of types sitrep does not read (${types}): ${names}; ` +
            'articles are .txt .html .xml .rss .atom .jsonl, or give --input-format', path)
        }
      }
      yield* readInputs(known, options)
      continue
    }
    yield* readFile(path, stat.size, options)
  }
}

async function* readFile(path: string, size: number, options: ReadOptions): AsyncGenerator<Result<Input>> {
  const format = options.inputFormat ?? formatOf(path)
  if (!format) {
    yield fail('input-unknown-format', `unknown file type "${extname(path) || '(none)'}"; use .txt .html .xml .rss .atom .jsonl or --input-format`, path)
    return
  }
  if (format === 'jsonl') { yield* readJsonl(createReadStream(path, 'utf8'), path, options); return }
  if (size > MAX_FILE) {
    yield fail('input-too-large', `the file is ${(size / 1048576).toFixed(1)} MB, over the ${MAX_FILE / 1048576} MB limit for one article or feed`, path)
    return
  }
  let bytes: Uint8Array
  try {
    bytes = await fs.readFile(path)
  } catch (error) {
    yield fail('input-unreadable', `cannot read: ${unreadable(error)}`, path)
    return
  }
  yield* fromBytes(bytes, format, path, options)
}

async function* fromBytes(bytes: Uint8Array, format: Format, input: string, options: ReadOptions): AsyncGenerator<Result<Input>> {
  const decoded = decode(bytes, input)
  if (!decoded.ok) { yield decoded; return }
  const text = decoded.value
  if (format === 'txt') { yield toInput(splitTxt(text), input, options); return }
  if (format === 'html') { yield toInput({ html: text }, input, options); return }
  if (format === 'jsonl') {
    const { parseLine } = await jsonl()
    let n = 0
    for (const line of text.split('\n')) {
      const got = parseLine(line, input, ++n)
      if (got) yield got.ok ? toInput(got.value, `${input}:${n}`, options) : got
    }
    return
  }
  const feed = (await feeds()).readFeed(text, input)
  if (!feed.ok) { yield feed; return }
  if (!feed.value.items.length) yield fail('article-empty', 'the feed has no items', input)
  let i = 0
  for (const item of feed.value.items) yield toInput(item as RawArticle, `${input}#${++i}`, options)
}

async function* readJsonl(stream: NodeJS.ReadableStream, input: string, options: ReadOptions): AsyncGenerator<Result<Input>> {
  const { parseLine } = await jsonl()
  let n = 0
  let lines = 0
  try {
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      const got = parseLine(n === 0 ? line.replace(/^\ufeff/, '') : line, input, ++n)
      if (got) { lines++; yield got.ok ? toInput(got.value, `${input}:${n}`, options) : got }
    }
  } catch (error) {
    yield fail('input-unreadable', `cannot read: ${unreadable(error)}`, input)
    return
  }
  const what = input === '-' ? 'standard input' : 'the file'
  if (n === 0) yield fail('input-empty', `${what} is empty`, input)
  // Only blank lines: nothing to read, and saying nothing would leave an exit code 1 unexplained.
  else if (lines === 0) yield fail('input-empty', `${what} has only blank lines, no article (one JSON object a line)`, input)
}

async function* readStdin(options: ReadOptions): AsyncGenerator<Result<Input>> {
  const stream = options.stdin ?? process.stdin
  if (options.inputFormat === 'jsonl') { yield* readJsonl(stream, '-', options); return }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += b.length
    if (size > MAX_FILE) { yield fail('input-too-large', `standard input is over the ${MAX_FILE / 1048576} MB limit`, '-'); return }
    chunks.push(b)
  }
  const bytes = Buffer.concat(chunks)
  const format = options.inputFormat ?? sniff(bytes)
  yield* fromBytes(bytes, format, '-', options)
}

/** Without --input-format, stdin is JSON Lines when it starts with `{`, a feed or page when it starts with `<`. */
function sniff(bytes: Uint8Array): Format {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').trimStart()
  if (head.startsWith('{')) return 'jsonl'
  if (/^<\?xml|^<rss|^<feed/i.test(head)) return 'feed'
  if (head.startsWith('<')) return 'html'
  return 'txt'
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await listFiles(full)))
    else if (entry.isFile()) out.push(full)
  }
  return out
}
