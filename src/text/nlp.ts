/** @module text/nlp: the one wink-nlp instance, loaded once per process. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { takeAhead, winkCoreFile } from '../ahead.js'

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
  if (!instance) instance = require('wink-nlp')(liteModel(), ['sbd', 'pos']) as WinkNlp
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
    core: () => readCore(winkCoreFile()),
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
  const model = JSON.parse(takeAhead(file)?.toString('utf8') ?? readFileSync(file, 'utf8'))
  const { packing, features, pos } = model
  model.lexicon = new Uint32Array(arrayBufferOf(model.lexicon))
  model.xpansions = new Uint32Array(arrayBufferOf(model.xpansions))
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue
    const hash = (features[f].hash = Object.create(null))
    const list = features[f].list
    for (let k = 0; k < list.length; k++) hash[list[k]] = k
  }
  const lexemes = features.lexeme.list
  features.lexeme.hash = lexemeHash(lexemes)
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
 * wink's lexeme hash (word → index), read and extended only by its cache.js as `hash[word]`. Filling
 * an object with the 87k lexemes is the dearest step of loading wink (every key is interned on
 * the way in), and even a Map of them costs ≈ 50 ms. So the words are chained in typed arrays by an
 * FNV-1a hash of their characters (a few ms), and the object starts empty over a prototype that
 * answers from that table and copies each word it is asked for onto the object: after its first
 * lookup a word is an own property, as before, and a word the model lacks reads undefined, so wink
 * adds it as before (to the object, and to the end of the list, past the words chained here).
 */
export function lexemeHash(lexemes: readonly string[]): Record<string, number> {
  const n = lexemes.length
  const mask = (1 << (32 - Math.clz32(Math.max(1, n * 2)))) - 1
  const head = new Int32Array(mask + 1).fill(-1), next = new Int32Array(n)
  for (let k = 0; k < n; k++) { const h = fnv1a(lexemes[k]) & mask; next[k] = head[h]; head[h] = k }
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
