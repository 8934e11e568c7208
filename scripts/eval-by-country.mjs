#!/usr/bin/env node
// Place figures of an `eval --dump` file of ACLED rows, overall and for groups of countries:
//   node scripts/eval-by-country.mjs DUMP.jsonl BJ ML BF,NE
// prints place within 25 / 100 km, country and geo_precision equal for all rows and per group (a
// group is comma-separated ISO codes of the gold country). Rows without an event count as misses,
// as in `sitrep eval`'s "all" column. Used to measure what imported villages buy (docs/villages.md).
import { readFileSync } from 'node:fs'

const [dump, ...groups] = process.argv.slice(2)
if (!dump) { console.error('usage: node scripts/eval-by-country.mjs DUMP.jsonl [ISO[,ISO...]]...'); process.exit(2) }
const rows = readFileSync(dump, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.gold)
const rad = (d) => (d * Math.PI) / 180
const km = (a, b, c, d) => 2 * 6371 * Math.asin(Math.sqrt(Math.sin(rad(c - a) / 2) ** 2 + Math.cos(rad(a)) * Math.cos(rad(c)) * Math.sin(rad(d - b) / 2) ** 2))
function line(label, sel) {
  let k25 = 0, k100 = 0, cc = 0, gp = 0
  for (const { gold: g, predicted: p } of sel) {
    if (!p) continue
    if (p.latitude != null) { const d = km(g.latitude, g.longitude, p.latitude, p.longitude); k25 += d <= 25; k100 += d <= 100 }
    cc += p.iso === g.iso; gp += p.geo_precision === g.geo_precision
  }
  const f = (x) => (sel.length ? (x / sel.length).toFixed(3) : '-')
  console.log(`${label.padEnd(24)} n=${String(sel.length).padStart(5)}  25km ${f(k25)}  100km ${f(k100)}  country ${f(cc)}  geo_precision ${f(gp)}`)
}
line('all', rows)
for (const g of groups) { const set = new Set(g.split(',')); line(g, rows.filter((r) => set.has(r.gold.iso))) }
