/** @module mentions/places/gazetteer-import: add GeoNames export files (XX.zip, allCountries.zip, or their .txt) to the local gazetteer. */
import { createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, closeSync, fstatSync, renameSync, writeFileSync, createWriteStream } from 'node:fs'
import { basename, join } from 'node:path'
import { createInterface } from 'node:readline'
import { createInflateRaw } from 'node:zlib'
import type { Readable } from 'node:stream'
import { buildPath } from '../../paths.js'

/** One imported file as the manifest records it. */
export interface ImportedSource { file: string; imported: string; rows: number; kept: number; countries: string[]; stored: string }

/** Where imported rows live: `SITREP_GAZETTEER_DIR`, else build/gazetteer-imports beside the artifact. */
export const importDir = (): string => process.env.SITREP_GAZETTEER_DIR ?? buildPath('gazetteer-imports')
const manifestPath = (dir: string): string => join(dir, 'manifest.json')

/** The sources imported so far (none on a fresh install). */
export function importedSources(dir = importDir()): ImportedSource[] {
  const path = manifestPath(dir)
  if (!existsSync(path)) return []
  return JSON.parse(readFileSync(path, 'utf8')) as ImportedSource[]
}

/** The stored row files the gazetteer build reads, in GeoNames' own column layout. */
export function importedFiles(dir = importDir()): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(dir, f))
}

/** The text entry of a GeoNames zip (`XX.txt`, `allCountries.txt`; never its readme) as a byte stream. */
function zipEntry(path: string): Readable {
  const fd = openSync(path, 'r')
  try {
    const size = fstatSync(fd).size
    const tailLen = Math.min(size, 65557)
    const tail = Buffer.alloc(tailLen)
    readSync(fd, tail, 0, tailLen, size - tailLen)
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    if (eocd < 0) throw new Error(`${path}: not a zip file`)
    const entries = tail.readUInt16LE(eocd + 10), cdSize = tail.readUInt32LE(eocd + 12), cdOff = tail.readUInt32LE(eocd + 16)
    const cd = Buffer.alloc(cdSize)
    readSync(fd, cd, 0, cdSize, cdOff)
    let at = 0
    for (let i = 0; i < entries; i++) {
      if (cd.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: broken zip directory`)
      const method = cd.readUInt16LE(at + 10), csize = cd.readUInt32LE(at + 20)
      const nameLen = cd.readUInt16LE(at + 28), extraLen = cd.readUInt16LE(at + 30), commentLen = cd.readUInt16LE(at + 32)
      const local = cd.readUInt32LE(at + 42)
      const name = cd.toString('utf8', at + 46, at + 46 + nameLen)
      at += 46 + nameLen + extraLen + commentLen
      if (!name.endsWith('.txt') || /readme/i.test(name)) continue
      const head = Buffer.alloc(30)
      readSync(fd, head, 0, 30, local)
      const start = local + 30 + head.readUInt16LE(26) + head.readUInt16LE(28)
      if (method !== 0 && method !== 8) throw new Error(`${path}: ${name} uses zip method ${method} (only stored and deflated are read)`)
      const raw = createReadStream(path, { start, end: start + csize - 1 })
      return method === 8 ? raw.pipe(createInflateRaw()) : raw
    }
    throw new Error(`${path}: no GeoNames .txt file inside`)
  } finally {
    closeSync(fd)
  }
}

/**
 * Copy the populated places (feature class P) of one GeoNames export into the import folder,
 * in GeoNames' column layout, so the gazetteer build reads them as it reads cities500. The
 * manifest records the source; importing the same file name again replaces it.
 */
export async function importGeoNames(file: string, dir = importDir()): Promise<ImportedSource> {
  if (!existsSync(file)) throw new Error(`${file}: no such file`)
  const input = file.toLowerCase().endsWith('.zip') ? zipEntry(file) : createReadStream(file)
  mkdirSync(dir, { recursive: true })
  const stem = basename(file).replace(/\.(zip|txt)$/i, '')
  const stored = join(dir, `${stem}.tsv`)
  const tmp = `${stored}.${process.pid}.tmp`
  const out = createWriteStream(tmp)
  let rows = 0, kept = 0
  const countries = new Set<string>()
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (!line) continue
    const f = line.split('\t')
    if (f.length < 15 || !/^\d+$/.test(f[0])) throw new Error(`${file}: line ${rows + 1} is not in the GeoNames table format (19 tab-separated columns)`)
    rows++
    if (f[6] !== 'P' || Number.isNaN(+f[4]) || Number.isNaN(+f[5])) continue
    kept++; countries.add(f[8])
    if (!out.write(line + '\n')) await new Promise<void>((r) => out.once('drain', () => r()))
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())))
  renameSync(tmp, stored)
  const source: ImportedSource = { file: basename(file), imported: new Date().toISOString(), rows, kept, countries: [...countries].sort(), stored: basename(stored) }
  const list = importedSources(dir).filter((s) => s.stored !== source.stored)
  writeFileSync(manifestPath(dir), JSON.stringify([...list, source], null, 1) + '\n')
  return source
}
