/** @module bench/web: the dashboard with 100k synthetic events: first map render and filter time, measured in chromium. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { EventRecord } from '../schema/record.js'
import { buildServer } from '../api/index.js'
import { openStore } from '../store/index.js'
import { EVENT_COLUMNS, recordColumns } from '../store/rows.js'

import { CHROMIUM, CHROMIUM_ARGS as ARGS, ensureWebBuilt } from '../web/e2e-build.js'

// Places events cluster around, so the map looks like conflict data rather than noise.
const PLACES: [location: string, admin1: string, country: string, iso: string, lat: number, lon: number][] = [
  ['Aleppo', 'Aleppo', 'Syria', 'SY', 36.20, 37.13], ['Idlib', 'Idlib', 'Syria', 'SY', 35.93, 36.63], ['Deir ez-Zor', 'Deir ez-Zor', 'Syria', 'SY', 35.33, 40.14],
  ['Mosul', 'Nineveh', 'Iraq', 'IQ', 36.34, 43.13], ['Baghdad', 'Baghdad', 'Iraq', 'IQ', 33.31, 44.36], ['Kandahar', 'Kandahar', 'Afghanistan', 'AF', 31.61, 65.71],
  ['Kabul', 'Kabul', 'Afghanistan', 'AF', 34.53, 69.17], ['Maiduguri', 'Borno', 'Nigeria', 'NG', 11.85, 13.16], ['Zamfara', 'Zamfara', 'Nigeria', 'NG', 12.17, 6.25],
  ['Gao', 'Gao', 'Mali', 'ML', 16.27, -0.04], ['Mopti', 'Mopti', 'Mali', 'ML', 14.49, -4.19], ['Ouagadougou', 'Centre', 'Burkina Faso', 'BF', 12.37, -1.52],
  ['Mogadishu', 'Banaadir', 'Somalia', 'SO', 2.04, 45.34], ['Kismayo', 'Lower Juba', 'Somalia', 'SO', -0.36, 42.55], ['Goma', 'North Kivu', 'Democratic Republic of Congo', 'CD', -1.68, 29.22],
  ['Khartoum', 'Khartoum', 'Sudan', 'SD', 15.50, 32.56], ['El Fasher', 'North Darfur', 'Sudan', 'SD', 13.63, 25.35], ['Taiz', 'Taiz', 'Yemen', 'YE', 13.58, 44.02],
  ['Sanaa', 'Amanat al Asimah', 'Yemen', 'YE', 15.37, 44.19], ['Bakhmut', 'Donetsk', 'Ukraine', 'UA', 48.59, 38.00], ['Kharkiv', 'Kharkiv', 'Ukraine', 'UA', 49.99, 36.23],
  ['Gaza City', 'Gaza Strip', 'Palestine', 'PS', 31.50, 34.47], ['Peshawar', 'Khyber Pakhtunkhwa', 'Pakistan', 'PK', 34.01, 71.58], ['Srinagar', 'Jammu and Kashmir', 'India', 'IN', 34.08, 74.80],
  ['Culiacan', 'Sinaloa', 'Mexico', 'MX', 24.80, -107.39], ['Caracas', 'Capital District', 'Venezuela', 'VE', 10.49, -66.88], ['Port-au-Prince', 'Ouest', 'Haiti', 'HT', 18.54, -72.34],
  ['Myitkyina', 'Kachin', 'Myanmar', 'MM', 25.38, 97.40], ['Marawi', 'Lanao del Sur', 'Philippines', 'PH', 8.00, 124.29], ['Benghazi', 'Cyrenaica', 'Libya', 'LY', 32.12, 20.07],
]
const TYPES: [sub: string, type: string, disorder: string, weight: number][] = [
  ['Armed clash', 'Battles', 'Political violence', 30], ['Air/drone strike', 'Explosions/Remote violence', 'Political violence', 12],
  ['Shelling/artillery/missile attack', 'Explosions/Remote violence', 'Political violence', 12], ['Remote explosive/landmine/IED', 'Explosions/Remote violence', 'Political violence', 6],
  ['Attack', 'Violence against civilians', 'Political violence', 14], ['Abduction/forced disappearance', 'Violence against civilians', 'Political violence', 4],
  ['Peaceful protest', 'Protests', 'Demonstrations', 12], ['Violent demonstration', 'Riots', 'Demonstrations', 4],
  ['Arrests', 'Strategic developments', 'Strategic developments', 3], ['Non-state actor overtakes territory', 'Battles', 'Political violence', 3],
]
const ACTORS = ['Military Forces', 'Rebel Forces', 'Unidentified Armed Group', 'Police Forces', 'Protesters', 'Militia']

/** `n` event records, the same on every run (mulberry32, a seeded generator, not Math.random). */
export function syntheticRecords(n: number): EventRecord[] {
  let seed = 7
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]
  const weightSum = TYPES.reduce((s, t) => s + t[3], 0)
  const start = Date.UTC(2022, 0, 1)
  const out: EventRecord[] = []
  for (let i = 0; i < n; i++) {
    const [location, admin1, country, iso, lat, lon] = PLACES[Math.floor(rand() ** 1.6 * PLACES.length)]
    let w = rand() * weightSum
    const [sub, type, disorder] = TYPES.find((t) => (w -= t[3]) < 0) ?? TYPES[0]
    const precision = rand() < 0.7 ? 1 : rand() < 0.7 ? 2 : 3
    const spread = precision === 1 ? 0.6 : 1.5
    const fatalities = type === 'Protests' ? 0 : Math.floor(-Math.log(1 - rand()) * 4)
    const date = new Date(start + Math.floor(rand() ** 0.8 * 1000) * 86_400_000).toISOString().slice(0, 10)
    const a1 = `${pick(ACTORS)} of ${country}`
    out.push({
      id: `syn-${String(i).padStart(6, '0')}`, article_id: `syn-article-${i}`, event_date: date, time_precision: 1,
      disorder_type: disorder, event_type: type, sub_event_type: sub, actor1: a1, assoc_actor_1: '', inter1: 1,
      actor2: type === 'Protests' ? null : `${pick(ACTORS)} of ${country}`, assoc_actor_2: '', inter2: type === 'Protests' ? 0 : 2, interaction: 12,
      country, iso, admin1, admin2: '', location, latitude: Math.round((lat + (rand() - 0.5) * spread) * 1e4) / 1e4,
      longitude: Math.round((lon + (rand() - 0.5) * spread) * 1e4) / 1e4, geo_precision: precision, geonameid: null,
      fatalities, fatalities_low: fatalities, fatalities_high: fatalities, fatality_claims: [], other_claims: [],
      status: 'reported', confidence: Math.round(rand() * 100) / 100, evidence: {},
      sources: [{ article_id: `syn-article-${i}`, source: 'Synthetic Wire', url: null, published: date }],
      notes: `${sub} involving ${a1} near ${location}.`,
    })
  }
  return out
}

/** Create a SQLite store and bulk-load `n` synthetic events straight into its events table (no extraction, no merging). */
export async function seedSynthetic(path: string, n: number): Promise<void> {
  await (await openStore(path)).close()    // creates and migrates the schema
  const db = new Database(path)
  const now = new Date().toISOString()
  const insert = db.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`)
  db.transaction((records: EventRecord[]) => {
    for (const r of records) {
      const row: Record<string, unknown> = { ...recordColumns(r), id: r.id, absorbed_into: null, review: 'auto', overrides: '{}', revision: 1, created_at: now, updated_at: now }
      insert.run(...EVENT_COLUMNS.map((c) => row[c] ?? null))
    }
  })(syntheticRecords(n))
  db.close()
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function runWebBench(n = Number(process.env.BENCH_WEB_EVENTS ?? 100_000)): Promise<Record<string, number | string>> {
  if (!existsSync(CHROMIUM)) return { web_bench: `skipped: ${CHROMIUM} is not installed` }
  const { chromium } = await import('playwright-core')
  ensureWebBuilt()
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-webbench-'))
  const path = join(dir, 'bench.db')
  let t0 = performance.now()
  await seedSynthetic(path, n)
  const seedMs = performance.now() - t0
  const store = await openStore(path)
  const app = await buildServer(store)
  const base = await app.listen({ host: '127.0.0.1', port: 0 })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS })
  try {
    const firsts: number[] = []
    const parts: { dom: number; clustersStart: number; clusters: number }[] = []
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
      await page.goto(base + '/')
      await page.waitForFunction(() => performance.getEntriesByName('sitrep:first-map').length > 0, undefined, { timeout: 60_000 })
      firsts.push(await page.evaluate(() => performance.getEntriesByName('sitrep:first-map')[0].startTime))
      // Where the time went: the page's own loading, and the first clusters request (server + network).
      parts.push(await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
        const req = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) => r.name.includes('api/web/clusters'))
        return { dom: nav.domContentLoadedEventEnd, clustersStart: req?.startTime ?? 0, clusters: req ? req.responseEnd - req.startTime : 0 }
      }))
      if (i < 2) await page.close()
    }
    const page = browser.contexts()[0].pages().at(-1)!
    await page.waitForFunction(() => performance.getEntriesByName('sitrep:days-drawn').length > 0 && performance.getEntriesByName('sitrep:list-drawn').length > 0)
    await page.waitForTimeout(500)   // the first fit-to-data move settles
    // Functions, not strings: the page's CSP forbids eval, which string predicates would need.
    const count = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).length, name)
    const last = (name: string) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? 0, name)
    const settled = async (name: string, before: number) => {
      await page.waitForFunction(([n, b]) => performance.getEntriesByName(n as string).length > (b as number), [name, before], { timeout: 30_000 })
      return last(name)
    }
    const steps: [string, () => Promise<unknown>][] = [
      ['event type', () => page.selectOption('#filters select[name="event_type"]', 'Battles')],
      ['country', () => page.selectOption('#filters select[name="country"]', 'SY')],
      ['clear', () => page.click('#filters button[type="reset"]')],
      ['status', () => page.selectOption('#filters select[name="status"]', 'reported')],
      ['date from', () => page.fill('#filters input[name="from"]', '2023-06-01')],
      ['text', () => page.fill('#filters input[name="q"]', 'rebel')],
      ['clear', () => page.click('#filters button[type="reset"]')],
    ]
    const mapTimes: number[] = []
    const allTimes: number[] = []
    const lines: string[] = []
    for (const [label, act] of steps) {
      const before = { map: await count('sitrep:filter-map'), list: await count('sitrep:list-drawn'), start: await count('sitrep:filter-start') }
      await act()
      await page.waitForFunction((b) => performance.getEntriesByName('sitrep:filter-start').length > b, before.start)
      const start = await last('sitrep:filter-start')
      const map = (await settled('sitrep:filter-map', before.map)) - start
      const list = (await settled('sitrep:list-drawn', before.list)) - start
      await page.waitForTimeout(300)
      const days = await last('sitrep:days-drawn')
      mapTimes.push(map)
      allTimes.push(Math.max(map, list, days > start ? days - start : 0))
      lines.push(`${label}: map ${Math.round(map)} ms, everything ${Math.round(allTimes.at(-1)!)} ms`)
    }
    if (process.env.BENCH_VERBOSE) {
      for (const p of parts) process.stderr.write(`  first load: DOM ready ${Math.round(p.dom)} ms, clusters request at ${Math.round(p.clustersStart)} ms took ${Math.round(p.clusters)} ms\n`)
      for (const l of lines) process.stderr.write(`  ${l}\n`)
    }
    t0 = performance.now()
    const clusters = await app.inject({ method: 'GET', url: '/api/web/clusters?cell=8&bbox=-180,-90,180,90' })
    const clusterMs = performance.now() - t0
    return {
      web_events: n,
      web_seed_ms: Math.round(seedMs),
      web_first_map_ms_median: Math.round(median(firsts)),
      web_first_map_ms_max: Math.round(Math.max(...firsts)),
      web_filter_map_ms_median: Math.round(median(mapTimes)),
      web_filter_map_ms_max: Math.round(Math.max(...mapTimes)),
      web_filter_all_ms_median: Math.round(median(allTimes)),
      web_world_clusters_api_ms: Math.round(clusterMs),
      web_world_clusters: (clusters.json() as { clusters: unknown[] }).clusters.length,
    }
  } finally {
    await browser.close()
    await app.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

if (process.argv[1] && /bench[\\/]web\.(js|ts)$/.test(process.argv[1])) {
  const figures = await runWebBench()
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(28)} ${v}\n`)
}
