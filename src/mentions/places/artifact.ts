/** @module mentions/places/artifact: the gazetteer as one binary file of typed columns, read without JSON parsing. */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import type { GazetteerColumns, GazetteerFile, Kind } from './gazetteer-types.js'

/*
 * Layout: "SRGZ", a u32 header length, a JSON header (meta, section table), then 8-byte-aligned
 * sections. Numbers are typed arrays viewed straight over the file; repeated strings (kind, feature
 * code, country, admin names) are indices into dictionary sections; names, dictionary words and
 * keys are UTF-8 end to end with an offset column. Keys are sorted by their bytes and searched in
 * place (a binary search over the file), so start-up builds no map and no strings for them, and the
 * string columns are decoded entry by entry as they are read (lazyColumn): opening the file is a
 * header parse and some typed-array views, however many entities it holds.
 */
const MAGIC = 'SRGZ'
export const ARTIFACT_VERSION = 6
/** Every SAMPLE_STRIDE-th key is kept again in a small `${index}Sample` section: openGazetteer searches it in memory, then reads one block of keys. */
export const SAMPLE_STRIDE = 64

type NumType = 'i32' | 'f64' | 'u8' | 'u16' | 'u32'
interface Section { name: string; type: NumType | 'text'; offset: number; length: number }
interface Header {
  version: number; built: string; licence: string; maxWords: number; entities: number; sampleStride: number
  /** Words in each dictionary column's `${column}Dict` section. */
  dicts: Record<string, number>; sections: Section[]
}

const dictColumns = ['kind', 'code', 'cc', 'a1', 'a2', 'a1code'] as const

/** Keys sorted by their UTF-8 bytes, with their postings reordered to match. */
function sortedIndex(keys: string[], off: number[], post: number[]): { keys: Buffer[]; off: Int32Array; post: Int32Array } {
  const bytes = keys.map((k) => Buffer.from(k, 'utf8'))
  const order = keys.map((_, i) => i).sort((a, b) => Buffer.compare(bytes[a], bytes[b]))
  const outOff = new Int32Array(keys.length + 1), outPost = new Int32Array(post.length)
  let n = 0
  order.forEach((i, r) => { outOff[r] = n; for (let p = off[i]; p < off[i + 1]; p++) outPost[n++] = post[p] })
  outOff[keys.length] = n
  return { keys: order.map((i) => bytes[i]), off: outOff, post: outPost }
}

/** Encode the compiled gazetteer. */
export function encodeGazetteer(g: GazetteerFile): Buffer {
  const keyList = g.keys ? g.keys.split('\n') : []
  const skelList = g.skelKeys ? g.skelKeys.split('\n') : []
  for (const [what, list] of [['key', keyList], ['loose key', skelList], ['name', g.name]] as const) {
    if (list.some((k) => k.includes('\n'))) throw new Error(`gazetteer build: a ${what} holds a newline`)
  }
  let maxWords = 1
  for (const k of keyList) { const w = k.split(' ').length; if (w > maxWords && w <= 6) maxWords = w }
  const main = sortedIndex(keyList, g.postOff, g.post)
  const loose = sortedIndex(skelList, g.skelOff, g.skel)
  const dicts: Record<string, number> = {}
  const parts: { name: string; type: NumType | 'text'; data: Uint8Array; length: number }[] = []
  const num = (name: string, type: NumType, values: ArrayLike<number>): void => {
    const arr = type === 'i32' ? Int32Array.from(values) : type === 'f64' ? Float64Array.from(values) : type === 'u8' ? Uint8Array.from(values) : type === 'u16' ? Uint16Array.from(values) : Uint32Array.from(values)
    parts.push({ name, type, data: new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), length: arr.length })
  }
  // Strings as their UTF-8 bytes end to end plus an offset column (`${name}At`, one more than the strings): no scan at load.
  const strings = (name: string, list: readonly (string | Buffer)[]): void => {
    const bufs = list.map((s) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s))
    const at = new Int32Array(bufs.length + 1)
    bufs.forEach((b, i) => { at[i + 1] = at[i] + b.length })
    parts.push({ name, type: 'text', data: Buffer.concat(bufs), length: bufs.length })
    num(`${name}At`, 'i32', at)
  }
  // The whole file is read at start-up (page faults cost ≈ 3 ms a MB here): populations are whole numbers, and codes fit a byte when their dictionary does.
  const wholePop = g.pop.every((p) => Number.isInteger(p) && p >= 0 && p < 2 ** 32)
  num('id', 'i32', g.id); num('lat', 'f64', g.lat); num('lon', 'f64', g.lon); num('pop', wholePop ? 'u32' : 'f64', g.pop)
  strings('name', g.name)
  for (const c of dictColumns) {
    const values = g[c] as readonly string[]
    const dict: string[] = [], at = new Map<string, number>()
    const codes = values.map((v) => at.get(v) ?? (at.set(v, dict.push(v) - 1), dict.length - 1))
    dicts[c] = dict.length
    num(c, dict.length <= 256 ? 'u8' : dict.length <= 65536 ? 'u16' : 'u32', codes)
    strings(`${c}Dict`, dict)
  }
  strings('keys', main.keys); num('postOff', 'i32', main.off); num('post', 'i32', main.post)
  strings('skelKeys', loose.keys); num('skelOff', 'i32', loose.off); num('skel', 'i32', loose.post)
  strings('keysSample', main.keys.filter((_, i) => i % SAMPLE_STRIDE === 0))
  strings('skelKeysSample', loose.keys.filter((_, i) => i % SAMPLE_STRIDE === 0))
  const sections: Section[] = []
  let offset = 0
  for (const p of parts) { sections.push({ name: p.name, type: p.type, offset, length: p.length }); offset += Math.ceil(p.data.byteLength / 8) * 8 }
  const header: Header = { version: ARTIFACT_VERSION, built: g.built, licence: g.licence, maxWords, entities: g.id.length, sampleStride: SAMPLE_STRIDE, dicts, sections }
  let head = Buffer.from(JSON.stringify(header), 'utf8')
  const pad = (8 - ((8 + head.length) % 8)) % 8
  head = Buffer.concat([head, Buffer.alloc(pad, 0x20)])
  const out = Buffer.alloc(8 + head.length + offset)
  out.write(MAGIC, 0, 'latin1'); out.writeUInt32LE(head.length, 4); head.copy(out, 8)
  parts.forEach((p, i) => out.set(p.data, 8 + head.length + sections[i].offset))
  return out
}

/** Sorted keys searched in the file's bytes: `at` holds each key's byte offset (and the end). */
export interface KeyIndex { bytes: Uint8Array; at: Int32Array }

/** The decoded artifact: columns plus sorted key indexes for binary search. */
export interface DecodedGazetteer {
  g: GazetteerColumns
  keys: KeyIndex; postOff: Int32Array; post: Int32Array
  skelKeys: KeyIndex; skelOff: Int32Array; skel: Int32Array
  maxWords: number
}

/**
 * Reads of a string column through its Proxy before it becomes a plain array. An article reads a few
 * dozen of the 300k+ entries (a Proxy read costs a string key, under a microsecond); a long run reads
 * them by the thousand, and then one pass (milliseconds) makes the column as fast as an array.
 */
export const PLAIN_AFTER = 8192

/**
 * A column of `length` strings, `read(i)` making entry i, that costs nothing to open: a Proxy answers
 * each index from `read` until PLAIN_AFTER reads, then the column is made whole, once, into the plain
 * array that `current()` returns from then on (and the Proxy answers from). Reflection (Object.keys,
 * deepEqual, `in`) makes it whole first.
 */
function lazyColumn(length: number, read: (i: number) => string, beforeWhole?: () => void, afterWhole?: () => void,
  fill?: (into: string[]) => void): { current(): readonly string[] } {
  const plain: string[] = []
  let reads = 0
  let current: readonly string[]
  const whole = (): void => {
    if (current === plain) return
    beforeWhole?.()
    // Sized once, then filled in order: growing an array of 800k entries push by push costs several times more.
    plain.length = length
    if (fill) fill(plain)
    else for (let i = 0; i < length; i++) plain[i] = read(i)
    current = plain
    afterWhole?.()
  }
  current = new Proxy(plain, {
    ownKeys(target) { whole(); return Reflect.ownKeys(target) },
    getOwnPropertyDescriptor(target, prop) { whole(); return Reflect.getOwnPropertyDescriptor(target, prop) },
    has(target, prop) { whole(); return Reflect.has(target, prop) },
    get(target, prop) {
      if (typeof prop === 'string') {
        const c = prop.charCodeAt(0)
        if (c >= 48 && c <= 57) {
          const i = +prop
          if (i < length && Number.isInteger(i)) {
            if (current === plain) return plain[i]
            if (++reads > PLAIN_AFTER) { whole(); return plain[i] }
            return read(i)
          }
        } else if (prop === 'length') return length
      }
      return Reflect.get(target, prop)
    },
  }) as readonly string[]
  return { current: () => current }
}

/** Decode a file written by encodeGazetteer; throws (naming the file) when it is not one or is of another version. */
export function decodeGazetteer(file: Buffer, path: string): DecodedGazetteer {
  if (file.length < 8 || file.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${path}: not a sitrep gazetteer artifact`)
  const headLen = file.readUInt32LE(4)
  const header = JSON.parse(file.toString('utf8', 8, 8 + headLen)) as Header
  if (header.version !== ARTIFACT_VERSION) throw new Error(`${path}: gazetteer artifact version ${header.version}, expected ${ARTIFACT_VERSION}`)
  // Typed views need aligned offsets; a large file read whole starts its own buffer at 0, else copy once.
  const bytes = file.byteOffset % 8 === 0 ? file : Buffer.from(file)
  const base = bytes.byteOffset + 8 + headLen
  const sec = new Map(header.sections.map((s) => [s.name, s]))
  const get = (name: string): Section => { const s = sec.get(name); if (!s) throw new Error(`${path}: missing section ${name}`); return s }
  const ints = (name: string): Int32Array => { const s = get(name); return new Int32Array(bytes.buffer, base + s.offset, s.length) }
  const f64 = (name: string): Float64Array => { const s = get(name); return new Float64Array(bytes.buffer, base + s.offset, s.length) }
  const numbers = (name: string): Float64Array | Uint32Array => (get(name).type === 'u32' ? new Uint32Array(bytes.buffer, base + get(name).offset, get(name).length) : f64(name))
  const keyIndex = (name: string): KeyIndex => {
    const s = get(name), at = ints(`${name}At`)
    return { bytes: new Uint8Array(bytes.buffer, base + s.offset, at[at.length - 1]), at }
  }
  // String i of a strings() section, decoded from its bytes.
  const stringAt = (name: string): { length: number; read: (i: number) => string } => {
    const { bytes: b, at } = keyIndex(name)
    const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength)
    return { length: at.length - 1, read: (i) => buf.toString('utf8', at[i], at[i + 1]) }
  }
  const names = stringAt('name')
  // Dictionary words are few and shared by many entities: each is decoded once.
  const dict = (c: (typeof dictColumns)[number]): { current(): readonly string[] } => {
    const s = get(c), words = stringAt(`${c}Dict`)
    if (words.length !== header.dicts[c]) throw new Error(`${path}: ${words.length} ${c} words, expected ${header.dicts[c]}`)
    const codes = s.type === 'u8' ? new Uint8Array(bytes.buffer, base + s.offset, s.length) : s.type === 'u16' ? new Uint16Array(bytes.buffer, base + s.offset, s.length) : new Uint32Array(bytes.buffer, base + s.offset, s.length)
    const cache: (string | undefined)[] = []
    return lazyColumn(s.length, (i) => { const w = codes[i]; return cache[w] ?? (cache[w] = words.read(w)) })
  }
  const name = lazyColumn(names.length, names.read)
  const kind = dict('kind'), code = dict('code'), cc = dict('cc'), a1 = dict('a1'), a2 = dict('a2'), a1code = dict('a1code')
  // Getters: a column that has become a plain array is read as one, not through its Proxy.
  const g: GazetteerColumns = {
    version: header.version, built: header.built, licence: header.licence,
    id: ints('id'), lat: f64('lat'), lon: f64('lon'), pop: numbers('pop'),
    get name() { return name.current() },
    get kind() { return kind.current() as readonly Kind[] },
    get code() { return code.current() }, get cc() { return cc.current() },
    get a1() { return a1.current() }, get a2() { return a2.current() }, get a1code() { return a1code.current() },
  }
  if (names.length !== header.entities) throw new Error(`${path}: ${names.length} names for ${header.entities} entities`)
  return {
    g, maxWords: header.maxWords,
    keys: keyIndex('keys'), postOff: ints('postOff'), post: ints('post'),
    skelKeys: keyIndex('skelKeys'), skelOff: ints('skelOff'), skel: ints('skel'),
  }
}

/**
 * Strings 0..count-1 of a strings() section (`bytes`, offsets `at`) into `into[0..count)`, the same as decoding each
 * string's bytes on its own: decoded as one text and cut where each string's bytes end. Each string was written whole
 * (Buffer.from of a JS string), so its UTF-16 length is its count of bytes that are no continuation byte, plus one for
 * each four-byte character (a surrogate pair).
 */
export function decodeAll(bytes: Buffer, at: ArrayLike<number>, count: number, into: string[]): void {
  const text = bytes.toString('utf8', at[0], at[count])
  let byte = at[0], unit = 0
  for (let i = 0; i < count; i++) {
    const end = at[i + 1], from = unit
    for (; byte < end; byte++) { const x = bytes[byte]; if ((x & 0xc0) !== 0x80) unit += x >= 0xf0 ? 2 : 1 }
    into[i] = text.slice(from, unit)
  }
}

/** Index of `key` in the sorted index, or -1. */
export function findKey(index: KeyIndex, key: string): number {
  // An ASCII key is its own UTF-8: compare its char codes straight against the bytes, with no buffer made.
  const ascii = /^[\x00-\x7f]*$/.test(key)
  const q = ascii ? null : Buffer.from(key, 'utf8'), { bytes, at } = index
  let lo = 0, hi = at.length - 2
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const c = q ? compareBytes(bytes, at[mid], at[mid + 1], q) : compareAscii(bytes, at[mid], at[mid + 1], key)
    if (c < 0) lo = mid + 1
    else if (c > 0) hi = mid - 1
    else return mid
  }
  return -1
}

function compareAscii(bytes: Uint8Array, from: number, to: number, q: string): number {
  const n = Math.min(to - from, q.length)
  for (let i = 0; i < n; i++) {
    const d = bytes[from + i] - q.charCodeAt(i)
    if (d !== 0) return d
  }
  return to - from - q.length
}

/** Buffer.compare of bytes[from, to) with q, without making a view. */
function compareBytes(bytes: Uint8Array, from: number, to: number, q: Uint8Array): number {
  const n = Math.min(to - from, q.length)
  for (let i = 0; i < n; i++) {
    const d = bytes[from + i] - q[i]
    if (d !== 0) return d
  }
  return to - from - q.length
}

/** The gazetteer as openGazetteer gives it: the columns, and postings by key (copied out as plain arrays). */
export interface OpenedGazetteer {
  g: GazetteerColumns
  maxWords: number
  lookup(key: string): number[] | undefined
  loose(skeletonKey: string): number[] | undefined
}

/**
 * Lookups of an index answered by reading one block of it from the file, before the index is read
 * whole and searched in memory. An article makes a few hundred; a long run passes this in its first articles.
 */
export const LOOKUPS_BEFORE_WHOLE = 8192

/** Keys whose answers an index keeps (then it starts again): a few MB at most. */
export const KEYS_KEPT = 50_000

/**
 * What one read of a few entries from the file costs, in bytes read whole: a system call, a fresh
 * buffer and a typed view (≈ 10 µs, against ≈ 3 ms a MB for a whole section). A section whose reads
 * one by one have cost as much as reading it whole is read whole (rent until the price of buying):
 * a long run stops paying a read per entry after its first articles, one short article never buys.
 */
export const PIECE_COST = 4096

const BYTES: Record<NumType, number> = { i32: 4, f64: 8, u8: 1, u16: 2, u32: 4 }
type Typed = Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array
function typedOver(type: NumType, buf: ArrayBufferLike, offset: number, length: number): Typed {
  return type === 'i32' ? new Int32Array(buf, offset, length) : type === 'f64' ? new Float64Array(buf, offset, length) : type === 'u8' ? new Uint8Array(buf, offset, length) : type === 'u16' ? new Uint16Array(buf, offset, length) : new Uint32Array(buf, offset, length)
}

/**
 * The artifact at `path`, opened without reading it: the header only. Reading the whole 50 MB file
 * costs ≈ 0.2 s of CPU (mostly page faults) while one article needs a few hundred keys and entities.
 * So a key is found through the in-memory sample (every SAMPLE_STRIDE-th key) and one block read
 * from the file, and a column answers each entry with a read of its bytes, until it has been read
 * PLAIN_AFTER times (an index, LOOKUPS_BEFORE_WHOLE times): then it is read whole, once, and
 * answers from memory, as decodeGazetteer's do. Answers are the same either way. The file stays open
 * for the life of the process (a rebuild replaces it by rename, so this keeps reading the one it opened).
 */
export function openGazetteer(path: string): OpenedGazetteer {
  const fd = openSync(path, 'r')
  try {
    return openedOn(fd, path)
  } catch (error) {
    closeSync(fd)
    throw error
  }
}

function openedOn(fd: number, path: string): OpenedGazetteer {
  const size = fstatSync(fd).size
  /** `length` bytes of the file at `at`, into a fresh buffer of its own (offset 0: typed views fit). */
  const pread = (at: number, length: number): Buffer => {
    const buf = Buffer.allocUnsafeSlow(length)
    let done = 0
    while (done < length) {
      const n = readSync(fd, buf, done, length - done, at + done)
      if (n === 0) throw new Error(`${path}: the file ends early (${size} bytes)`)
      done += n
    }
    return buf
  }
  if (size < 8) throw new Error(`${path}: not a sitrep gazetteer artifact`)
  const head = pread(0, 8)
  if (head.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${path}: not a sitrep gazetteer artifact`)
  const headLen = head.readUInt32LE(4)
  const header = JSON.parse(pread(8, headLen).toString('utf8')) as Header
  if (header.version !== ARTIFACT_VERSION) throw new Error(`${path}: gazetteer artifact version ${header.version}, expected ${ARTIFACT_VERSION}`)
  const base = 8 + headLen
  const sec = new Map(header.sections.map((s) => [s.name, s]))
  const get = (name: string): Section => { const s = sec.get(name); if (!s) throw new Error(`${path}: missing section ${name}`); return s }
  // A section's bytes run to the next section (padding included) or the end of the file.
  const starts = header.sections.map((s) => s.offset).sort((a, b) => a - b)
  const byteSize = (s: Section): number => (starts.find((o) => o > s.offset) ?? size - base) - s.offset
  const wholes = new Map<string, Buffer>()
  const whole = (name: string): Buffer => {
    let b = wholes.get(name)
    if (!b) { const s = get(name); wholes.set(name, (b = pread(base + s.offset, byteSize(s)))) }
    return b
  }
  const typedWhole = (name: string): Typed => { const s = get(name) as Section & { type: NumType }; return typedOver(s.type, whole(name).buffer, 0, s.length) }
  // Per section, the bytes its reads one by one have cost (PIECE_COST each, plus their length).
  const spent = new Map<string, number>()
  /** True when a read of `length` bytes of section `name` should rather read the section whole (it then has been). */
  const buys = (name: string, length: number): boolean => {
    const cost = (spent.get(name) ?? 0) + PIECE_COST + length
    if (cost < byteSize(get(name))) { spent.set(name, cost); return false }
    whole(name)
    return true
  }
  /** Entries [from, to) of a numeric section: from memory when it has been read whole, else from the file. */
  const entries = (name: string, from: number, to: number): Typed => {
    const s = get(name) as Section & { type: NumType }
    const n = BYTES[s.type]
    const held = wholes.get(name) ?? (buys(name, Math.max(0, to - from) * n) ? wholes.get(name) : undefined)
    if (held) return typedOver(s.type, held.buffer, from * n, Math.max(0, to - from))
    return typedOver(s.type, pread(base + s.offset + from * n, Math.max(0, to - from) * n).buffer, 0, Math.max(0, to - from))
  }

  /** A numeric column: entries read one by one, until PLAIN_AFTER reads make it a typed array over the whole section. */
  const numColumn = (name: string): { current(): ArrayLike<number>; whole(): Typed } => {
    const s = get(name)
    let typed: Typed | null = null
    let reads = 0
    const plain = (): Typed => (typed ??= typedWhole(name))
    const proxy = new Proxy({} as ArrayLike<number>, {
      ownKeys() { return Reflect.ownKeys(plain()) },
      getOwnPropertyDescriptor(_t, prop) { return Reflect.getOwnPropertyDescriptor(plain(), prop) },
      has(_t, prop) { return Reflect.has(plain(), prop) },
      get(_t, prop) {
        if (typeof prop === 'string') {
          const c = prop.charCodeAt(0)
          if (c >= 48 && c <= 57) {
            const i = +prop
            if (Number.isInteger(i)) {
              if (typed) return typed[i]
              if (i >= s.length) return undefined
              if (++reads > PLAIN_AFTER) return plain()[i]
              return entries(name, i, i + 1)[0]
            }
          } else if (prop === 'length') return s.length
        }
        // Anything else (iteration, subarray): the typed array itself answers.
        const t = plain()
        const v = Reflect.get(t, prop, t) as unknown
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v
      },
    })
    return { current: () => typed ?? proxy, whole: plain }
  }

  /** String i of a strings() section: its bounds from `${name}At`, then its bytes. */
  const stringAt = (name: string): { length: number; read: (i: number) => string; load: () => void; release: () => void; all: (into: string[]) => void } => {
    const length = get(`${name}At`).length - 1
    let bytes: Buffer | null = null, at: Typed | null = null
    return {
      length,
      load() { bytes = whole(name); at = typedWhole(`${name}At`) },
      // Every string, in order, into `into`: one decode (decodeAll), for the few words of a dictionary.
      all(into) { decodeAll(whole(name), typedWhole(`${name}At`), length, into) },
      // Once its column holds every string, the section's bytes are read no more: let them go.
      release() { bytes = null; at = null; wholes.delete(name); wholes.delete(`${name}At`) },
      read(i) {
        if (bytes && at) return bytes.toString('utf8', at[i], at[i + 1])
        const [from, to] = entries(`${name}At`, i, i + 2)
        if (to <= from) return ''
        // Bought whole by its reads one by one: its bytes stay until the column is made whole (release).
        if (wholes.has(name) || buys(name, to - from)) { bytes = whole(name); at = typedWhole(`${name}At`); return bytes.toString('utf8', from, to) }
        return pread(base + get(name).offset + from, to - from).toString('utf8')
      },
    }
  }

  const names = stringAt('name')
  if (names.length !== header.entities) throw new Error(`${path}: ${names.length} names for ${header.entities} entities`)
  // Made whole, the names are JS strings: their 11 MB of bytes and offsets are let go.
  // Each name decoded on its own: cut from one decoded text (decodeAll) they would keep all 800k names' text alive (+16 MB).
  const name = lazyColumn(names.length, names.read, names.load, names.release)
  // Dictionary words are few and shared by many entities: the dictionary is read whole, each word decoded once.
  const dict = (c: (typeof dictColumns)[number]): { current(): readonly string[] } => {
    const s = get(c)
    const words = stringAt(`${c}Dict`)
    if (words.length !== header.dicts[c]) throw new Error(`${path}: ${words.length} ${c} words, expected ${header.dicts[c]}`)
    const codes = numColumn(c)
    const cache: (string | undefined)[] = []
    let loaded = false
    return lazyColumn(s.length, (i) => {
      if (!loaded) { words.load(); loaded = true }
      const w = codes.current()[i]
      return cache[w] ?? (cache[w] = words.read(w))
    }, () => { codes.whole(); words.load(); loaded = true }, undefined, (into) => {
      // Made whole in one pass: every word decoded once, then each entry is its code's word.
      const all: string[] = []
      words.all(all)
      const typed = codes.whole()
      for (let i = 0; i < typed.length; i++) into[i] = all[typed[i]]
    })
  }
  const id = numColumn('id'), lat = numColumn('lat'), lon = numColumn('lon'), pop = numColumn('pop')
  const kind = dict('kind'), code = dict('code'), cc = dict('cc'), a1 = dict('a1'), a2 = dict('a2'), a1code = dict('a1code')
  const g: GazetteerColumns = {
    version: header.version, built: header.built, licence: header.licence,
    get id() { return id.current() }, get lat() { return lat.current() }, get lon() { return lon.current() }, get pop() { return pop.current() },
    get name() { return name.current() },
    get kind() { return kind.current() as readonly Kind[] },
    get code() { return code.current() }, get cc() { return cc.current() },
    get a1() { return a1.current() }, get a2() { return a2.current() }, get a1code() { return a1code.current() },
  }

  /** Postings of a key in index `name` (keys, skelKeys) with offsets `off` and postings `post`. */
  const index = (name: string, off: string, post: string): ((key: string) => number[] | undefined) => {
    const n = get(`${name}At`).length - 1
    const stride = header.sampleStride
    let sample: KeyIndex | null = null
    let mem: KeyIndex | null = null
    let lookups = 0
    const keyIndexOf = (section: string): KeyIndex => {
      const at = typedWhole(`${section}At`) as Int32Array, b = whole(section)
      return { bytes: new Uint8Array(b.buffer, 0, at[at.length - 1]), at }
    }
    // Which key of the index is `key`, or -1.
    const find = (key: string): number => {
      if (mem || ++lookups > LOOKUPS_BEFORE_WHOLE) {
        // Postings too: from here on `entries` answers from memory.
        if (!mem) { whole(off); whole(post); mem = keyIndexOf(name) }
        return findKey(mem, key)
      }
      sample ??= keyIndexOf(`${name}Sample`)
      // The last sampled key at or before `key`: its block holds `key` if any does.
      const j = lastAtOrBefore(sample, key)
      if (j < 0) return -1
      const from = j * stride, to = Math.min(n, from + stride)
      const at = entries(`${name}At`, from, to + 1)
      // Its key blocks read one by one have cost as much as the whole keys: the index is read whole, as after LOOKUPS_BEFORE_WHOLE.
      if (buys(name, at[to - from] - at[0])) {
        whole(off); whole(post); mem = keyIndexOf(name)
        return findKey(mem, key)
      }
      const bytes = pread(base + get(name).offset + at[0], at[to - from] - at[0])
      const local = new Int32Array(to - from + 1)
      for (let k = 0; k <= to - from; k++) local[k] = at[k] - at[0]
      const i = findKey({ bytes, at: local }, key)
      return i < 0 ? -1 : from + i
    }
    // News names the same towns and capitalised words again and again: each key's postings (or its absence) are
    // kept, so a repeated key costs a map read, not a search (and, before the index is whole, a read of the file).
    const known = new Map<string, Int32Array | null>()
    return (key) => {
      let found = known.get(key)
      if (found === undefined) {
        const i = find(key)
        if (i < 0) found = null
        else { const [a, b] = entries(off, i, i + 2); found = Int32Array.from(entries(post, a, b)) }
        if (known.size >= KEYS_KEPT) known.clear()
        known.set(key, found)
      }
      // A fresh array each time: callers filter and map it.
      return found === null ? undefined : Array.from(found)
    }
  }
  return { g, maxWords: header.maxWords, lookup: index('keys', 'postOff', 'post'), loose: index('skelKeys', 'skelOff', 'skel') }
}

/** Index of the last key of `index` at or before `key` in byte order, or -1 when `key` comes before all. */
function lastAtOrBefore(index: KeyIndex, key: string): number {
  const ascii = /^[\x00-\x7f]*$/.test(key)
  const q = ascii ? null : Buffer.from(key, 'utf8'), { bytes, at } = index
  let lo = 0, hi = at.length - 2, best = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const c = q ? compareBytes(bytes, at[mid], at[mid + 1], q) : compareAscii(bytes, at[mid], at[mid + 1], key)
    if (c <= 0) { best = mid; lo = mid + 1 } else hi = mid - 1
  }
  return best
}
