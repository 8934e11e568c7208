/** @module mentions/places/artifact: the gazetteer as one binary file of typed columns, read without JSON parsing. */
import type { GazetteerColumns, GazetteerFile, Kind } from './gazetteer-types.js'

/*
 * Layout: "SRGZ", a u32 header length, a JSON header (meta, small dictionaries, section table),
 * then 8-byte-aligned sections. Numbers are typed arrays viewed straight over the file; repeated
 * strings (kind, feature code, country, admin names) are indices into dictionaries; names and
 * keys are UTF-8. Keys are sorted by their bytes and searched in place (a binary search over the
 * file), so start-up builds no map and no strings for them.
 */
const MAGIC = 'SRGZ'
export const ARTIFACT_VERSION = 3

type NumType = 'i32' | 'f64' | 'u16' | 'u32'
interface Section { name: string; type: NumType | 'text'; offset: number; length: number }
interface Header {
  version: number; built: string; licence: string; maxWords: number; entities: number
  dicts: Record<string, string[]>; sections: Section[]
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
  const dicts: Record<string, string[]> = {}
  const parts: { name: string; type: NumType | 'text'; data: Uint8Array; length: number }[] = []
  const num = (name: string, type: NumType, values: ArrayLike<number>): void => {
    const arr = type === 'i32' ? Int32Array.from(values) : type === 'f64' ? Float64Array.from(values) : type === 'u16' ? Uint16Array.from(values) : Uint32Array.from(values)
    parts.push({ name, type, data: new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength), length: arr.length })
  }
  const text = (name: string, list: readonly string[]): void => {
    const data = Buffer.from(list.join('\n'), 'utf8')
    parts.push({ name, type: 'text', data, length: list.length })
  }
  num('id', 'i32', g.id); num('lat', 'f64', g.lat); num('lon', 'f64', g.lon); num('pop', 'f64', g.pop)
  text('name', g.name)
  for (const c of dictColumns) {
    const values = g[c] as readonly string[]
    const dict: string[] = [], at = new Map<string, number>()
    const codes = values.map((v) => at.get(v) ?? (at.set(v, dict.push(v) - 1), dict.length - 1))
    dicts[c] = dict
    num(c, dict.length < 65536 ? 'u16' : 'u32', codes)
  }
  const keyBytes = (name: string, list: Buffer[]): void => {
    const at = new Int32Array(list.length + 1)
    list.forEach((b, i) => { at[i + 1] = at[i] + b.length })
    parts.push({ name, type: 'text', data: Buffer.concat(list), length: list.length })
    num(`${name}At`, 'i32', at)
  }
  keyBytes('keys', main.keys); num('postOff', 'i32', main.off); num('post', 'i32', main.post)
  keyBytes('skelKeys', loose.keys); num('skelOff', 'i32', loose.off); num('skel', 'i32', loose.post)
  const sections: Section[] = []
  let offset = 0
  for (const p of parts) { sections.push({ name: p.name, type: p.type, offset, length: p.length }); offset += Math.ceil(p.data.byteLength / 8) * 8 }
  const header: Header = { version: ARTIFACT_VERSION, built: g.built, licence: g.licence, maxWords, entities: g.id.length, dicts, sections }
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
  // Names: an article reads a few dozen of the 275k, so each is decoded from its line when first read.
  const lazyLines = (s: Section, base0: number, byteEnd: number): readonly string[] => {
    if (s.length === 0) return []
    const start = base0 + s.offset
    let end = byteEnd
    while (end > start && bytes[end - 1] === 0) end--
    const at = new Int32Array(s.length + 1)
    let n = 0
    at[0] = start
    for (let i = start; i < end && n < s.length; i++) if (bytes[i] === 10) at[++n] = i + 1
    at[++n] = end + 1
    if (n !== s.length) return bytes.toString('utf8', start, end).split('\n')
    const decoded = new Array<string | undefined>(s.length)
    const length = s.length
    const name = (i: number): string => (decoded[i] ??= bytes.toString('utf8', at[i], at[i + 1] - 1))
    // Reflection (Object.keys, deepEqual) sees the array whole: decode every name first.
    const whole = (): void => { for (let i = 0; i < length; i++) name(i) }
    return new Proxy(decoded, {
      ownKeys(target) { whole(); return Reflect.ownKeys(target) },
      getOwnPropertyDescriptor(target, prop) { whole(); return Reflect.getOwnPropertyDescriptor(target, prop) },
      has(target, prop) { whole(); return Reflect.has(target, prop) },
      get(target, prop) {
        if (typeof prop === 'string' && prop.charCodeAt(0) >= 48 && prop.charCodeAt(0) <= 57) {
          const i = +prop
          if (i < length && Number.isInteger(i)) {
            return target[i] ?? name(i)
          }
        }
        return Reflect.get(target, prop)
      },
    }) as readonly string[]
  }
  // A text section ends where the next section starts (minus padding zeros).
  const endOf = (name: string): number => {
    const i = header.sections.findIndex((s) => s.name === name)
    const next = header.sections[i + 1]
    return 8 + headLen + (next ? next.offset : bytes.length - 8 - headLen)
  }
  const keyIndex = (name: string): KeyIndex => {
    const s = get(name), at = ints(`${name}At`)
    return { bytes: new Uint8Array(bytes.buffer, base + s.offset, at[at.length - 1]), at }
  }
  const dict = (c: (typeof dictColumns)[number]): string[] => {
    const s = get(c), d = header.dicts[c]
    const codes = s.type === 'u16' ? new Uint16Array(bytes.buffer, base + s.offset, s.length) : new Uint32Array(bytes.buffer, base + s.offset, s.length)
    const out = new Array<string>(s.length)
    for (let i = 0; i < s.length; i++) out[i] = d[codes[i]]
    return out
  }
  const g: GazetteerColumns = {
    version: header.version, built: header.built, licence: header.licence,
    id: ints('id'), lat: f64('lat'), lon: f64('lon'), pop: f64('pop'), name: lazyLines(get('name'), 8 + headLen, endOf('name')),
    kind: dict('kind') as Kind[], code: dict('code'), cc: dict('cc'), a1: dict('a1'), a2: dict('a2'), a1code: dict('a1code'),
  }
  if (g.name.length !== header.entities) throw new Error(`${path}: ${g.name.length} names for ${header.entities} entities`)
  return {
    g, maxWords: header.maxWords,
    keys: keyIndex('keys'), postOff: ints('postOff'), post: ints('post'),
    skelKeys: keyIndex('skelKeys'), skelOff: ints('skelOff'), skel: ints('skel'),
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
