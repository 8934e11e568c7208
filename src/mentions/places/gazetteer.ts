/** @module mentions/places/gazetteer: load build/gazetteer.json (compiling it first when missing or older than its sources). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { buildPath, dataPath } from '../../paths.js'
import type { GazetteerFile } from './gazetteer-types.js'
import { citiesFile, writeGazetteer } from './build.js'

export const gazetteerPath = (): string => buildPath('gazetteer.json')

/** The loaded index: entity columns plus key → postings (`entity * 4 + flag`). */
export interface Gazetteer {
  readonly g: GazetteerFile
  lookup(key: string): number[] | undefined
  /** Entities under a loose key (normalize.skeleton), for spellings the exact index misses. */
  loose(skeletonKey: string): number[] | undefined
  /** Longest name in words, to bound the scan. */
  readonly maxWords: number
}

let cached: Gazetteer | null = null

function sources(): string[] {
  const places = readdirSync(dataPath('places')).filter((f) => f.endsWith('.yaml')).map((f) => dataPath('places', f))
  return [...places, dataPath('countries.yaml'), citiesFile(), new URL('./build.ts', import.meta.url).pathname.replace(/\.ts$/, existsSync(new URL('./build.ts', import.meta.url)) ? '.ts' : '.js')]
}

function stale(path: string): boolean {
  if (!existsSync(path)) return true
  const built = statSync(path).mtimeMs
  return sources().some((s) => existsSync(s) && statSync(s).mtimeMs > built)
}

/** The gazetteer, loaded once per process. */
export function gazetteer(): Gazetteer {
  if (cached) return cached
  const path = gazetteerPath()
  if (stale(path)) writeGazetteer(path)
  const g = JSON.parse(readFileSync(path, 'utf8')) as GazetteerFile
  const keys = g.keys.split('\n')
  const index = new Map<string, number>()
  let maxWords = 1
  for (let i = 0; i < keys.length; i++) {
    index.set(keys[i], i)
    const words = keys[i].split(' ').length
    if (words > maxWords && words <= 6) maxWords = words
  }
  g.keys = ''
  const skel = new Map<string, number>()
  g.skelKeys.split('\n').forEach((k, i) => skel.set(k, i))
  g.skelKeys = ''
  cached = {
    g, maxWords,
    lookup(key) {
      const i = index.get(key)
      return i === undefined ? undefined : g.post.slice(g.postOff[i], g.postOff[i + 1])
    },
    loose(key) {
      const i = skel.get(key)
      return i === undefined ? undefined : g.skel.slice(g.skelOff[i], g.skelOff[i + 1])
    },
  }
  return cached
}
