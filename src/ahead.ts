/**
 * @module ahead: the large knowledge file read whole at start-up (wink's 3 MB core model)
 * read on a libuv thread while start-up compiles modules on the main one. Reading fresh memory is
 * mostly page faults, which then land on that thread. Their loaders take the bytes when they have
 * arrived and read the file themselves otherwise, so nothing depends on this having run.
 */
import { existsSync } from 'node:fs'
import { open } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { buildPath } from './paths.js'

// One map per thread, kept on the global: the extraction bundle (queue/bundle) holds its own copy of
// this module, and its loaders must find what the unbundled start-up read.
const AHEAD = Symbol.for('sitrep.ahead')
const arrived: Map<string, Buffer> = ((globalThis as Record<symbol, unknown>)[AHEAD] ??= new Map<string, Buffer>()) as Map<string, Buffer>

/**
 * Wink's core model: its build artifact (text/nlp.ts compileCore) when there is one, else the package's
 * JSON. (Not the gazetteer artifact: it is read as it is used, see places/artifact.ts openGazetteer.)
 */
export function knowledgeFiles(): string[] {
  return [existsSync(winkCoreArtifact()) ? winkCoreArtifact() : winkCoreFile()]
}

/** Wink's core model as the build leaves it: typed tables ready to view, no JSON or base64 to decode. */
export const winkCoreArtifact = (): string => buildPath('wink-core.bin')

export function winkCoreFile(): string {
  const dist = dirname(createRequire(import.meta.url).resolve('wink-eng-lite-web-model'))
  return join(dist, 'languages', 'cur', 'models', 'eng-core-web-model.json')
}

/** Read `paths` whole (one read call each, off the main thread); a file that cannot be read is left to its loader. */
export async function readAhead(paths: readonly string[]): Promise<void> {
  await Promise.all(paths.map(async (path) => {
    try {
      const file = await open(path, 'r')
      try {
        const { size } = await file.stat()
        // Its own ArrayBuffer (offset 0): the gazetteer views typed columns straight over it.
        const bytes = Buffer.allocUnsafeSlow(size)
        let at = 0
        while (at < size) {
          const { bytesRead } = await file.read(bytes, at, size - at, at)
          if (bytesRead === 0) return
          at += bytesRead
        }
        arrived.set(path, bytes)
      } finally {
        await file.close()
      }
    } catch {
      // Missing or unreadable: the loader reads (or builds) it and reports any error itself.
    }
  }))
}

/** The bytes of `path` read ahead, once (then forgotten), or undefined. */
export function takeAhead(path: string): Buffer | undefined {
  const bytes = arrived.get(path)
  arrived.delete(path)
  return bytes
}
