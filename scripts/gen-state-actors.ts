/** @module scripts/gen-state-actors: writes data/actors/state-forces.yaml from REIGN's leaders (data/sources/reign-leaders.csv), the coup events and later leaders that date the periods after it (data/sources/cdp-coups.csv, data/sources/wikidata-leaders.csv, data/sources/wikidata-days.csv, data/sources/factbook-days.csv, data/sources/ucdp-peace-days.csv, data/sources/openstates-governors.csv) and the rules in data/actors/regimes.yaml. */
// Run: npx tsx scripts/gen-state-actors.ts   (the output is committed data; rerun after editing either input)
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'
import { countries } from '../src/mentions/countries.js'
import { dataPath } from '../src/paths.js'

type Open = string | { from: string; suffix?: string }
/** A period opened by a listed event; exactly one of cdp / wikidata / wikidata_day / factbook / ucdp_peace / openstates / hand names where its date comes from. */
interface Event { from: string; reason: string; cdp?: string; wikidata?: string; wikidata_day?: string; factbook?: string; ucdp_peace?: string; openstates?: string; hand?: string; suffix?: string }
interface Rules { short_days: number; coverage_from: string; opens: Record<string, Open[]>; events: Record<string, Event[]> }
interface CountryExtra { with_the: string[] }
interface Leader { iso: string; leader: string; start: string; end: string }
/** One period: the day it opens, why (a REIGN tenure or a listed event), and a suffix. */
interface Start { from: string; why: string; suffix?: string }

const rules = parse(readFileSync(dataPath('actors', 'regimes.yaml'), 'utf8')) as Rules
const extra = parse(readFileSync(dataPath('actors', 'countries.yaml'), 'utf8')) as CountryExtra
const all = countries()
const kinds = [['military', 'Military Forces of'], ['police', 'Police Forces of'], ['government', 'Government of']] as const

const leaders = new Map<string, Leader[]>()
const csv = readFileSync(dataPath('sources', 'reign-leaders.csv'), 'utf8').trim().split('\n').slice(1)
for (const line of csv) {
  const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'))
  const [iso, , , leader, start, end] = cells
  leaders.set(iso, [...(leaders.get(iso) ?? []), { iso, leader, start, end }])
}

/** Simple CSV rows (quoted fields may hold commas) as objects keyed by the header. */
function readCsv(file: string): Record<string, string>[] {
  const [head, ...rows] = readFileSync(dataPath('sources', file), 'utf8').trim().split('\n').map((line) =>
    line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')))
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])))
}
const coups = new Map(readCsv('cdp-coups.csv').map((r) => [r.coup_id, r]))
const wikidata = readCsv('wikidata-leaders.csv')
const wikidataDays = readCsv('wikidata-days.csv')
const factbookDays = readCsv('factbook-days.csv')
const peaceDays = readCsv('ucdp-peace-days.csv')
const governors = readCsv('openstates-governors.csv')

/** Where a listed event's day comes from, checked against its source row; throws when the row does not bear it out. */
function provenance(iso: string, e: Event): string {
  const where = `data/actors/regimes.yaml: events.${iso} ${e.from}`
  const given = (['cdp', 'wikidata', 'wikidata_day', 'factbook', 'ucdp_peace', 'openstates', 'hand'] as const).filter((k) => e[k])
  if (given.length !== 1) throw new Error(`${where} needs exactly one of cdp, wikidata, wikidata_day, factbook, ucdp_peace, openstates, hand`)
  if (e.cdp) {
    const row = coups.get(e.cdp)
    if (!row) throw new Error(`${where}: coup ${e.cdp} is not in data/sources/cdp-coups.csv`)
    if (row.iso !== iso || row.date !== e.from) throw new Error(`${where}: coup ${e.cdp} is ${row.iso} ${row.date}`)
    return `Cline Center coup ${e.cdp}, ${row.event_type}`
  }
  if (e.wikidata) {
    const rows = wikidata.filter((r) => r.officeholder === e.wikidata && r.iso === iso)
    const row = rows.find((r) => r.start_year === e.from.slice(0, 4))
    if (!row) throw new Error(`${where}: no tenure of ${e.wikidata} in ${iso} beginning in ${e.from.slice(0, 4)} in data/sources/wikidata-leaders.csv`)
    return `Wikidata ${e.wikidata} ${row.officeholder_label}, ${row.position_label} from ${row.start_year}; day by hand`
  }
  if (e.wikidata_day) {
    const row = wikidataDays.find((r) => r.item === e.wikidata_day && r.iso === iso && r.day === e.from)
    if (!row) throw new Error(`${where}: no fact of ${e.wikidata_day} in ${iso} on ${e.from} in data/sources/wikidata-days.csv`)
    return `Wikidata ${e.wikidata_day} ${row.label}, ${row.fact} on ${row.day}`
  }
  if (e.factbook) {
    const row = factbookDays.find((r) => r.id === e.factbook && r.iso === iso && r.day === e.from)
    if (!row) throw new Error(`${where}: no fact ${e.factbook} in ${iso} on ${e.from} in data/sources/factbook-days.csv`)
    return `World Factbook ${e.factbook}, ${row.fact} on ${row.day}`
  }
  if (e.ucdp_peace) {
    const row = peaceDays.find((r) => r.id === e.ucdp_peace && r.iso === iso && r.day === e.from)
    if (!row) throw new Error(`${where}: no agreement ${e.ucdp_peace} in ${iso} on ${e.from} in data/sources/ucdp-peace-days.csv`)
    return `UCDP Peace Agreement ${row.paid} ${row.pa_name}, signed on ${row.day}`
  }
  if (e.openstates) {
    const row = governors.find((r) => r.id === e.openstates && r.iso === iso && r.day === e.from)
    if (!row) throw new Error(`${where}: no role ${e.openstates} in ${iso} from ${e.from} in data/sources/openstates-governors.csv`)
    return `Open States ${row.ocd_id} ${row.person}, ${row.role} from ${row.day}`
  }
  return `hand: ${e.hand}`
}

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000
const dayPattern = /^\d{4}-\d{2}-\d{2}$/

/** The period starts of one country, oldest first. */
function starts(iso: string): Start[] {
  const list = [...(leaders.get(iso) ?? [])].sort((a, b) => a.start.localeCompare(b.start))
  const out: Start[] = []
  const opens = rules.opens[iso]
  if (opens) {
    for (const o of opens) {
      const from = typeof o === 'string' ? o : o.from
      const l = list.find((x) => x.start === from)
      if (!l) throw new Error(`data/actors/regimes.yaml: opens.${iso} ${from} is no tenure start in data/sources/reign-leaders.csv`)
      out.push({ from, why: `REIGN: ${l.leader}`, ...(typeof o === 'object' && o.suffix ? { suffix: o.suffix } : {}) })
    }
  } else {
    list.forEach((l, i) => {
      const next = list[i + 1]
      // A caretaker or acting leader opens no period; nor does a leader following themself.
      if (next && days(l.start, next.start) < rules.short_days) return
      const prev = out[out.length - 1]
      if (prev && prev.why === `REIGN: ${l.leader}`) return
      out.push({ from: l.start, why: `REIGN: ${l.leader}` })
    })
  }
  for (const e of rules.events[iso] ?? []) {
    if (!dayPattern.test(e.from)) throw new Error(`data/actors/regimes.yaml: events.${iso} has bad day ${e.from}`)
    out.push({ from: e.from, why: `${e.reason} (${provenance(iso, e)})`, ...(e.suffix ? { suffix: e.suffix } : {}) })
  }
  out.sort((a, b) => a.from.localeCompare(b.from))
  // Keep the period in force when coverage starts and all later ones.
  let first = 0
  out.forEach((s, i) => { if (s.from <= rules.coverage_from) first = i })
  return out.slice(first)
}

for (const iso of [...Object.keys(rules.opens), ...Object.keys(rules.events)]) if (!all.has(iso)) throw new Error(`data/actors/regimes.yaml: unknown ISO code ${iso}`)

const lines: string[] = [
  '# GENERATED by scripts/gen-state-actors.ts from data/sources/{reign-leaders,cdp-coups,wikidata-leaders,wikidata-days,factbook-days,ucdp-peace-days,openstates-governors}.csv and data/actors/regimes.yaml: do not edit by hand.',
  '# State actors of every country with ACLED naming, one entry per actor and regime period; the comment',
  '# before each country gives where every period\'s date comes from. `from`/`to`: the days the period',
  '# covers (to: exclusive); undated names are countries with no leader in the source.',
]
let listed = 0, hand = 0
const isoList = [...all.keys()].sort()
for (const iso of isoList) {
  const country = all.get(iso)!
  const label = extra.with_the.includes(iso) ? `the ${country.name}` : country.name
  const periods = starts(iso)
  lines.push(`# ${country.name}${periods.length ? ': ' + periods.map((p) => `${p.from} ${p.why}`).join('; ') : ''}`)
  listed += periods.filter((p) => !p.why.startsWith('REIGN')).length
  hand += periods.filter((p) => p.why.includes('(hand: ')).length
  for (const [kind, prefix] of kinds) {
    if (!periods.length) {
      lines.push(`- {name: "${prefix} ${label}", inter: 1, country: ${iso}, kind: ${kind}}`)
      continue
    }
    periods.forEach((p, i) => {
      const next = periods[i + 1]
      const dates = `${p.from.slice(0, 4)}-${next ? next.from.slice(0, 4) : ''}`
      const name = `${prefix} ${label} (${dates})${p.suffix ? ' ' + p.suffix : ''}`
      lines.push(`- {name: "${name}", inter: 1, country: ${iso}, kind: ${kind}, from: ${p.from}${next ? `, to: ${next.from}` : ''}}`)
    })
  }
}
writeFileSync(dataPath('actors', 'state-forces.yaml'), lines.join('\n') + '\n')
console.log(`wrote data/actors/state-forces.yaml: ${lines.length - 4 - isoList.length} actors for ${isoList.length} countries; ${listed} periods from listed events, ${hand} of them dated by hand`)
