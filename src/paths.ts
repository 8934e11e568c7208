/** @module paths: where the package's own files are, from source (tsx) or from dist/. */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
/** The package root: the folder holding package.json, whether we run from src/ or dist/src/. */
export const packageRoot: string = (() => {
  let dir = here
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir
    dir = resolve(dir, '..')
  }
  throw new Error(`sitrep: cannot find package.json above ${here}`)
})()

export const dataPath = (...parts: string[]): string => join(packageRoot, 'data', ...parts)
/** Compiled artifacts (the gazetteer index) live here, built at `prepare` or on first use. */
export const buildPath = (...parts: string[]): string => join(packageRoot, 'build', ...parts)

/** The gazetteer artifact: in `SITREP_GAZETTEER_DIR` beside its imports when that is set (a read-only install), else in build/. */
export const gazetteerPath = (): string => (process.env.SITREP_GAZETTEER_DIR ? join(process.env.SITREP_GAZETTEER_DIR, 'gazetteer.bin') : buildPath('gazetteer.bin'))
