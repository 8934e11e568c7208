/** @module text/nlp: the one wink-nlp instance, loaded once per process. */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import winkNlp from 'wink-nlp'
import { takeAhead, winkCoreArtifact, winkCoreFile } from '../ahead.js'

const require = createRequire(import.meta.url)
// wink-nlp ships CommonJS without types we can rely on; keep the surface we use typed here.
export interface WinkNlp {
  readDoc(text: string): any
  its: any
  as: any
}
let instance: WinkNlp | null = null
export function getNlp(): WinkNlp {
  // Only sentence breaks and POS: wink's NER, negation and sentiment passes change neither tokens nor
  // tags, nothing here reads them, and they cost a fifth of readDoc.
  // wink-nlp is imported, not required: the extraction bundle (queue/bundle) then holds it, and its
  // code cache holds wink's compiled functions with the pipeline's.
  if (!instance) instance = (winkNlp as unknown as (model: unknown, pipe: string[]) => WinkNlp)(liteModel(), ['sbd', 'pos'])
  return instance
}

/** wink's machine format for a model with no states: what a pass we never run is given to import. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}])

/**
 * wink-eng-lite-web-model as wink-nlp loads it, built faster (a third of `sitrep extract`'s start-up
 * was this): the package's own loader parses its 3 MB core JSON, then copies it through
 * JSON.stringify + JSON.parse and decodes two base64 tables a character at a time; its index module
 * also parses the NER and sentiment models (0.6 MB) and the WordNet lemma tables, which wink-nlp
 * imports whatever pipe it is given. Here the core is parsed once, the tables decode natively, NER and
 * sentiment (not in our pipe, never run) get empty machines, and the add-ons load on first use.
 * The data reaching wink-nlp is the same: tokens, sentences and tags do not change.
 */
function liteModel(): Record<string, unknown> {
  const dist = dirname(require.resolve('wink-eng-lite-web-model'))
  const part = (file: string): any => require(join(dist, file))
  const addons: Record<string, unknown> = Object.create(null)
  for (const [name, file] of [['stem', 'porter-stemmer.js'], ['lemmatize', 'lemmatize.js'], ['readabilityStats', 'readability-stats.js']]) {
    Object.defineProperty(addons, name, { enumerable: true, get: () => part(file) })
  }
  addons.wordVectors = undefined
  return {
    core: () => readCoreArtifact(winkCoreArtifact(), winkCoreFile()) ?? readCore(winkCoreFile()),
    sbd: part('load-sbd-model.js'),
    pos: part('load-pos-model.js'),
    negation: part('load-negation-model.js'),
    ner: () => ({ machines: [], transformers: [] }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
    metaCER: part('load-cer-meta-model.js'),
    featureFn: part('feature.js'),
    addons,
  }
}

function arrayBufferOf(base64: string): ArrayBuffer {
  const bytes = Buffer.from(base64, 'base64')
  const out = new ArrayBuffer(bytes.length)
  new Uint8Array(out).set(bytes)
  return out
}

/** read-core-model.js and load-core-model.js of wink-eng-lite-web-model 1.8, minus the deep copy. */
export function readCore(file: string): any {
  const model = decodeCore(file)
  return finishCore(model, lexemeTables(model.features.lexeme.list))
}

/** The core JSON parsed, its two base64 tables decoded: what the artifact keeps. */
function decodeCore(file: string): any {
  const model = JSON.parse(takeAhead(file)?.toString('utf8') ?? readFileSync(file, 'utf8'))
  model.lexicon = new Uint32Array(arrayBufferOf(model.lexicon))
  model.xpansions = new Uint32Array(arrayBufferOf(model.xpansions))
  return model
}

/** The rest of wink's loading, over a decoded model and the chains of its lexeme hash. */
function finishCore(model: any, tables: LexemeTables): any {
  const { packing, features, pos } = model
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue
    const hash = (features[f].hash = Object.create(null))
    const list = features[f].list
    for (let k = 0; k < list.length; k++) hash[list[k]] = k
  }
  const lexemes = features.lexeme.list
  features.lexeme.hash = lexemeHash(lexemes, tables)
  const clusters = features.posClusters.list
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set(clusters[k].split('_').map((e: string) => pos.hash[e] || 0))
  // load-core-model.js
  packing.efList = []
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].list.length
      features[f].index = features[f].list.length
      features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2]
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f)
  }
  features.lexeme.intrinsicSize = lexemes.length
  features.lexeme.index = lexemes.length
  return model
}

/**
 * The core model's build artifact (build/wink-core.bin): a little-endian u32 header length, the
 * header (JSON: the model without its large parts, where each part lies, and the stamp of the JSON
 * it was made from), then the parts at 4-byte offsets: the lexicon and expansion tables as wink
 * uses them, the lexemes (UTF-8, joined by a character none holds) and the lexeme hash's chains.
 * Loading views the tables over the bytes and splits one string: ≈ a tenth of parsing the JSON.
 */
interface CoreHeader { stamp: CoreStamp; model: any; sep: string; parts: Record<'lexicon' | 'xpansions' | 'lexemes' | 'head' | 'next', [offset: number, length: number]> }
/** Which JSON an artifact was made from: the package's version, and the file's size and time. */
interface CoreStamp { version: string; size: number; mtimeMs: number }
function stampOf(json: string): CoreStamp {
  const { size, mtimeMs } = statSync(json)
  const version = (JSON.parse(readFileSync(join(dirname(json), '..', '..', '..', '..', 'package.json'), 'utf8')) as { version: string }).version
  return { version, size, mtimeMs }
}
const sameStamp = (a: CoreStamp, b: CoreStamp): boolean => a.version === b.version && a.size === b.size && a.mtimeMs === b.mtimeMs

/** Make the artifact `bin` of the core JSON `json` (the build does, when `coreArtifactFresh` is false). */
export function compileCore(json: string, bin: string): void {
  const model = decodeCore(json)
  const lexemes: string[] = model.features.lexeme.list
  const sep = ['\u0000', '\u0001', '\u001f'].find((c) => lexemes.every((w) => !w.includes(c)))
  if (sep === undefined) throw new Error('wink core: no separator for the lexemes')
  const { head, next } = lexemeTables(lexemes)
  const blobs: Record<CoreHeader['parts'] extends Record<infer K, unknown> ? K : never, Uint8Array> = {
    lexicon: new Uint8Array(model.lexicon.buffer), xpansions: new Uint8Array(model.xpansions.buffer),
    lexemes: Buffer.from(lexemes.join(sep), 'utf8'), head: new Uint8Array(head.buffer), next: new Uint8Array(next.buffer),
  }
  const rest = { ...model, lexicon: null, xpansions: null, features: { ...model.features, lexeme: { ...model.features.lexeme, list: null } } }
  // The header's length does not change the parts' offsets: they are counted from the end of the header.
  const parts = {} as CoreHeader['parts']
  let at = 0
  for (const [name, bytes] of Object.entries(blobs) as [keyof CoreHeader['parts'], Uint8Array][]) { parts[name] = [at, bytes.length]; at += Math.ceil(bytes.length / 4) * 4 }
  const header = Buffer.from(JSON.stringify({ stamp: stampOf(json), model: rest, sep, parts } satisfies CoreHeader), 'utf8')
  const start = 4 + Math.ceil(header.length / 4) * 4
  const out = Buffer.alloc(start + at)
  out.writeUInt32LE(header.length, 0)
  header.copy(out, 4)
  for (const [name, bytes] of Object.entries(blobs) as [keyof CoreHeader['parts'], Uint8Array][]) out.set(bytes, start + parts[name][0])
  mkdirSync(dirname(bin), { recursive: true })
  const tmp = `${bin}.${process.pid}.tmp`
  writeFileSync(tmp, out)
  renameSync(tmp, bin)
}

/** True when `bin` was made from the core JSON `json` as it is now. */
export function coreArtifactFresh(bin: string, json: string): boolean {
  try {
    return sameStamp(headerOf(readFileSync(bin)).header.stamp, stampOf(json))
  } catch {
    return false
  }
}

function headerOf(bytes: Buffer): { header: CoreHeader; start: number } {
  const length = bytes.readUInt32LE(0)
  return { header: JSON.parse(bytes.toString('utf8', 4, 4 + length)) as CoreHeader, start: 4 + Math.ceil(length / 4) * 4 }
}

/** The core model from its artifact, loaded as readCore loads the JSON; undefined when there is none or it is stale. */
export function readCoreArtifact(bin: string, json: string): any {
  let bytes = takeAhead(bin)
  try {
    bytes ??= readFileSync(bin)
    const { header, start } = headerOf(bytes)
    if (!sameStamp(header.stamp, stampOf(json))) return undefined
    // Typed views need 4-byte alignment within the buffer; a read buffer starts its own memory, but copy if not.
    if ((bytes.byteOffset + start) % 4 !== 0) bytes = Buffer.from(bytes)
    const view = <T>(name: keyof CoreHeader['parts'], Type: new (buffer: ArrayBuffer, offset: number, length: number) => T): T => {
      const [offset, length] = header.parts[name]
      return new Type(bytes!.buffer as ArrayBuffer, bytes!.byteOffset + start + offset, length / 4)
    }
    const model = header.model
    model.lexicon = view('lexicon', Uint32Array)
    model.xpansions = view('xpansions', Uint32Array)
    const [offset, length] = header.parts.lexemes
    model.features.lexeme.list = bytes.toString('utf8', start + offset, start + offset + length).split(header.sep)
    return finishCore(model, { head: view('head', Int32Array), next: view('next', Int32Array) })
  } catch {
    return undefined
  }
}

/**
 * wink's lexeme hash (word → index), read and extended only by its cache.js as `hash[word]`. Filling
 * an object with the 87k lexemes is the dearest step of loading wink (every key is interned on
 * the way in), and even a Map of them costs ≈ 50 ms. So the words are chained in typed arrays by an
 * FNV-1a hash of their characters (a few ms), and the object starts empty over a prototype that
 * answers from that table and copies each word it is asked for onto the object: after its first
 * lookup a word is an own property, as before, and a word the model lacks reads undefined, so wink
 * adds it as before (to the object, and to the end of the list, past the words chained here).
 */
/** The chains of lexemeHash: `head[h]` the last lexeme of FNV-1a hash h (masked), `next[k]` the one before k. */
export interface LexemeTables { head: Int32Array; next: Int32Array }
export function lexemeTables(lexemes: readonly string[]): LexemeTables {
  const n = lexemes.length
  const mask = (1 << (32 - Math.clz32(Math.max(1, n * 2)))) - 1
  const head = new Int32Array(mask + 1).fill(-1), next = new Int32Array(n)
  for (let k = 0; k < n; k++) { const h = fnv1a(lexemes[k]) & mask; next[k] = head[h]; head[h] = k }
  return { head, next }
}

export function lexemeHash(lexemes: readonly string[], { head, next }: LexemeTables = lexemeTables(lexemes)): Record<string, number> {
  const mask = head.length - 1
  // Later entries are met first: a repeated word answers its last index, as the object and Map did.
  const find = (word: string): number | undefined => {
    for (let k = head[fnv1a(word) & mask]; k >= 0; k = next[k]) if (lexemes[k] === word) return k
    return undefined
  }
  const fallback = new Proxy(Object.create(null) as Record<string, number>, {
    get(_target, word, hash) {
      const index = typeof word === 'string' ? find(word) : undefined
      if (index !== undefined) Object.defineProperty(hash, word, { value: index, writable: true, enumerable: true, configurable: true })
      return index
    },
  })
  return Object.create(fallback) as Record<string, number>
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h >>> 0
}
