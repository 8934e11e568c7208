/** @module export/plover-map: data/plover-map.yaml, checked and compiled once. */
import { readFileSync } from 'node:fs'
import { parse } from '../yaml-cache.js'
import { dataPath } from '../paths.js'

/** How one ACLED sub-event type reads in PLOVER. */
export interface PloverRow {
  event: string | null
  mode: string | null
  context: string[]
  reciprocal: boolean
}

export interface PloverMap {
  quad: Map<string, number>                          // PLOVER category → quad code 1–4
  events: Map<string, PloverRow>                     // ACLED sub-event type → row
  statusContext: Map<string, string>                 // record status → PLOVER context
  sectorByName: [RegExp, string][]                   // first match wins
  sectorByInter: Map<number, string>
  codeByName: [RegExp, string][]                     // IGO, NGO, ...
}

const FILE = 'data/plover-map.yaml'
const WORD = /^[a-z][a-z_-]*$/
let cached: PloverMap | null = null

export function ploverMap(): PloverMap {
  if (!cached) cached = compilePloverMap(parse(readFileSync(dataPath('plover-map.yaml'), 'utf8')))
  return cached
}

/** Checks the raw YAML loudly, naming the entry, and compiles it. */
export function compilePloverMap(raw: any): PloverMap {
  const fail = (what: string): never => { throw new Error(`${FILE}: ${what}`) }
  if (!raw || typeof raw !== 'object') fail('not a YAML map')
  const quad = new Map<string, number>()
  for (const [cat, q] of Object.entries(raw.categories ?? fail('missing `categories`'))) {
    if (!/^[A-Z]+$/.test(cat) || ![1, 2, 3, 4].includes(q as number)) fail(`category ${cat}: quad code must be 1–4`)
    quad.set(cat, q as number)
  }
  const events = new Map<string, PloverRow>()
  for (const [sub, row] of Object.entries<any>(raw.events ?? fail('missing `events`'))) {
    const where = `events."${sub}"`
    if (!row || typeof row !== 'object') fail(`${where}: not a map`)
    if (row.event !== null && !quad.has(row.event)) fail(`${where}: unknown PLOVER category ${row.event}`)
    if (row.mode !== undefined && !WORD.test(row.mode)) fail(`${where}: mode "${row.mode}" is not a PLOVER word`)
    const context = row.context ?? []
    if (!Array.isArray(context) || !context.every((c: unknown) => typeof c === 'string' && WORD.test(c))) fail(`${where}: context must be a list of PLOVER words`)
    events.set(sub, { event: row.event, mode: row.mode ?? null, context, reciprocal: row.reciprocal === true })
  }
  const patterns = (list: unknown, name: string, valid: RegExp): [RegExp, string][] =>
    (Array.isArray(list) ? list : fail(`missing \`${name}\` list`)).map((pair: unknown, i: number) => {
      if (!Array.isArray(pair) || pair.length !== 2 || !valid.test(String(pair[1]))) fail(`${name}[${i}]: needs [pattern, CODE]`)
      const [pattern, code] = pair as [string, string]
      try { return [new RegExp(pattern, 'i'), code] } catch (e) { return fail(`${name}[${i}]: bad pattern ${pattern}: ${(e as Error).message}`) }
    })
  const sectors = raw.sectors ?? fail('missing `sectors`')
  const sectorByInter = new Map<number, string>()
  for (const [inter, sector] of Object.entries(sectors.by_inter ?? fail('missing `sectors.by_inter`'))) {
    if (!/^[1-8]$/.test(inter) || !/^[A-Z]{3}$/.test(String(sector))) fail(`sectors.by_inter.${inter}: needs inter 1–8 → 3-letter sector`)
    sectorByInter.set(Number(inter), String(sector))
  }
  const statusContext = new Map<string, string>(Object.entries(raw.status_context ?? {}).map(([k, v]) => [k, String(v)]))
  return {
    quad, events, statusContext, sectorByInter,
    sectorByName: patterns(sectors.by_name, 'sectors.by_name', /^[A-Z]{3}$/),
    codeByName: patterns(raw.codes, 'codes', /^[A-Z]{3}$/),
  }
}
