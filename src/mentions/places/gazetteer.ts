/** @module mentions/places/gazetteer: load build/gazetteer.bin (compiling it first when missing or older than its sources). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { buildPath, dataPath } from '../../paths.js'
import type { GazetteerColumns } from './gazetteer-types.js'
import { decodeGazetteer, findKey } from './artifact.js'
import { citiesFile, writeGazetteer } from './build.js'

export const gazetteerPath = (): string => buildPath('gazetteer.bin')

/** The loaded index: entity columns plus key → postings (`entity * 4 + flag`). */
export interface Gazetteer {
  readonly g: GazetteerColumns
  lookup(key: string): number[] | undefined
  /** Entities under a loose key (normalize.skeleton), for spellings the exact index misses. */
  loose(skeletonKey: string): number[] | undefined
  /** Longest name in words, to bound the scan. */
  readonly maxWords: number
}

let cached: Gazetteer | null = null

function sources(): string[] {
  const places = readdirSync(dataPath('places')).filter((f) => f.endsWith('.yaml')).map((f) => dataPath('places', f))
  // The build code itself (build.ts, or build.js when running from dist/) and the binary layout.
  const code = ['./build.ts', './artifact.ts'].map((f) => new URL(f, import.meta.url)).map((u) => u.pathname.replace(/\.ts$/, existsSync(u) ? '.ts' : '.js'))
  return [...places, dataPath('countries.yaml'), citiesFile(), ...code]
}

function stale(path: string): boolean {
  if (!existsSync(path)) return true
  const built = statSync(path).mtimeMs
  return sources().some((s) => existsSync(s) && statSync(s).mtimeMs > built)
}

// Postings are copied out as plain arrays: callers filter and map them.
function range(list: Int32Array, from: number, to: number): number[] {
  const out = new Array<number>(to - from)
  for (let i = from; i < to; i++) out[i - from] = list[i]
  return out
}

/** The gazetteer, loaded once per process. */
export function gazetteer(): Gazetteer {
  if (cached) return cached
  const path = gazetteerPath()
  if (stale(path)) writeGazetteer(path)
  const d = decodeGazetteer(readFileSync(path), path)
  cached = {
    g: d.g, maxWords: d.maxWords,
    lookup(key) {
      const i = findKey(d.keys, key)
      return i < 0 ? undefined : range(d.post, d.postOff[i], d.postOff[i + 1])
    },
    loose(key) {
      const i = findKey(d.skelKeys, key)
      return i < 0 ? undefined : range(d.skel, d.skelOff[i], d.skelOff[i + 1])
    },
  }
  return cached
}
