/** @module mentions/places/gazetteer: load build/gazetteer.bin (compiling it first when missing or older than its sources). */
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { dataPath, gazetteerPath } from '../../paths.js'
// Re-exported: scripts/build.mjs and the gazetteer commands find the artifact through this module.
export { gazetteerPath }
import type { GazetteerColumns } from './gazetteer-types.js'
import { decodeGazetteer, findKey, openGazetteer } from './artifact.js'
import { bundledDistrictFiles, bundledVillageFiles, citiesFile, peoplesFile, writeGazetteer } from './build.js'
import { importedFiles, importedSources, type ImportedSource } from './gazetteer-import.js'


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
  // The build code itself (build.ts, or build.js when running from dist/), the binary layout and the key every name is indexed under.
  const code = ['./build.ts', './artifact.ts', './normalize.ts'].map((f) => new URL(f, import.meta.url)).map((u) => u.pathname.replace(/\.ts$/, existsSync(u) ? '.ts' : '.js'))
  return [...places, dataPath('countries.yaml'), citiesFile(), ...code, ...bundledVillageFiles(), dataPath('gazetteer', 'villages'), ...bundledDistrictFiles(), dataPath('gazetteer', 'refused.yaml'), peoplesFile(), ...importedFiles()]
}

/** A hash of the sources' bytes, written beside the artifact (`.sources`): a source only touched, not changed, rebuilds nothing. */
function sourcesHash(): string {
  const h = createHash('sha256')
  for (const s of sources()) {
    if (!existsSync(s)) continue
    h.update(s.replace(/\.[jt]s$/, '')).update('\0')
    if (statSync(s).isDirectory()) for (const f of readdirSync(s).sort()) h.update(f).update(readFileSync(join(s, f)))
    else h.update(readFileSync(s))
  }
  return h.digest('hex')
}

function stale(path: string): boolean {
  if (!existsSync(path)) return true
  const built = statSync(path).mtimeMs
  if (!sources().some((s) => existsSync(s) && statSync(s).mtimeMs > built)) return false
  // Newer by date only (tsc re-emits build.js, a checkout touches data files): compare the bytes before recompiling.
  const record = `${path}.sources`
  if (existsSync(record) && readFileSync(record, 'utf8').trim() === sourcesHash()) {
    const now = new Date()
    utimesSync(path, now, now)
    return false
  }
  return true
}

function compile(path: string): string {
  const out = writeGazetteer(path)
  writeFileSync(`${path}.sources`, sourcesHash() + '\n')
  return out
}

// Postings are copied out as plain arrays: callers filter and map them.
function range(list: Int32Array, from: number, to: number): number[] {
  const out = new Array<number>(to - from)
  for (let i = from; i < to; i++) out[i - from] = list[i]
  return out
}

/** The gazetteer, opened once per process: read as it is used (artifact.ts openGazetteer), not whole at start-up. */
export function gazetteer(): Gazetteer {
  if (cached) return cached
  const path = gazetteerPath()
  if (stale(path)) compile(path)
  cached = openGazetteer(path)
  return cached
}

/** A gazetteer over one artifact's bytes (the installed one, or one a test compiled). */
export function loadGazetteer(file: Buffer, path: string): Gazetteer {
  const d = decodeGazetteer(file, path)
  return {
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
}

/** What `sitrep gazetteer info` prints: the artifact, its entity counts by kind, the bundled village layer's countries, and the imported sources. */
export interface GazetteerInfo { path: string; built: string; licence: string; entities: number; byKind: Record<string, number>; villages: string[]; imports: ImportedSource[] }

export function gazetteerInfo(): GazetteerInfo {
  const { g } = gazetteer()
  const byKind: Record<string, number> = {}
  for (const k of g.kind) byKind[k] = (byKind[k] ?? 0) + 1
  const villages = bundledVillageFiles().map((f) => basename(f).replace(/\.tsv\.gz$/, ''))
  return { path: gazetteerPath(), built: g.built, licence: g.licence, entities: g.kind.length, byKind, villages, imports: importedSources() }
}

/** Rebuild the artifact now (after an import), and drop the copy loaded in this process. */
export function rebuildGazetteer(): string {
  cached = null
  return compile(gazetteerPath())
}
