/** @module eval/articles: score whole news articles against a coder's expectations (articles-dev.json format). */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { checkArticle, toInput } from '../ingest/index.js'
import { extract } from '../pipeline.js'
import { toRecords } from '../events/records.js'
import type { EventRecord } from '../schema/record.js'
import { fatal, why } from './gold.js'
import type { Match } from './match.js'
import { recordMatches } from './match.js'
import type { FileResult, ScoreOptions } from './result.js'

export interface Expectation { desc?: string; match: Match }
export interface ArticleCase {
  article: Record<string, unknown>
  expect: { events_min?: number; events_max?: number; must?: Expectation[]; mustNot?: Expectation[] }
}

/** One expectation of one case and whether the output meets it. */
export interface Checked {
  kind: 'events_min' | 'events_max' | 'must' | 'mustNot'
  desc: string
  met: boolean
  positive: boolean          // events_min and must: something has to be printed to meet them
}

/** Check one case's expectations against the records extracted from its article. */
export function checkCase(c: ArticleCase, records: readonly EventRecord[]): Checked[] {
  const out: Checked[] = []
  const n = records.length
  const { events_min: min, events_max: max, must = [], mustNot = [] } = c.expect
  if (min !== undefined) out.push({ kind: 'events_min', desc: `at least ${min} events`, met: typeof min === 'number' && n >= min, positive: true })
  if (max !== undefined) out.push({ kind: 'events_max', desc: `at most ${max} events`, met: typeof max === 'number' && n <= max, positive: false })
  for (const e of must) out.push({ kind: 'must', desc: e.desc ?? JSON.stringify(e.match), met: records.some((r) => recordMatches(r, e.match)), positive: true })
  for (const e of mustNot) out.push({ kind: 'mustNot', desc: e.desc ?? JSON.stringify(e.match), met: !records.some((r) => recordMatches(r, e.match)), positive: false })
  return out
}

/** The fields a person reads first when an expectation fails. */
const brief = (r: EventRecord, text: string) => ({
  id: r.id, status: r.status, event_date: r.event_date, time_precision: r.time_precision, sub_event_type: r.sub_event_type,
  actor1: r.actor1, actor2: r.actor2, location: r.location, admin1: r.admin1, iso: r.iso,
  latitude: r.latitude, longitude: r.longitude, geo_precision: r.geo_precision, fatalities: r.fatalities,
  claims: r.fatality_claims.map((c) => c.value),
  sentence: r.evidence.sub_event_type ? text.slice(r.evidence.sub_event_type[0], r.evidence.sub_event_type[1]) : null,
})

export function readCases(path: string): ArticleCase[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { cases?: unknown }
  if (!Array.isArray(data.cases)) throw new Error(`${path}: expected {"cases": [...]}`)
  return data.cases as ArticleCase[]
}

const share = (a: number, b: number): number | null => (b ? a / b : null)

export function scoreArticles(path: string, options: ScoreOptions = {}): FileResult {
  const name = options.name ?? path
  const started = performance.now()
  const cases = readCases(path).slice(0, options.limit ?? Infinity)
  let met = 0, total = 0, posMet = 0, pos = 0, negMet = 0, neg = 0, right = 0, failed = 0, eventCount = 0
  cases.forEach((c, i) => {
    // The article goes in as one JSON Lines line would: same schema check, same text normalisation.
    const input = `${basename(path)}#${i + 1}`
    const raw = checkArticle(c.article, input)
    if (!raw.ok) throw new Error(`${input}: ${raw.error.message}`)
    const prepared = toInput(raw.value, input)
    if (!prepared.ok) throw new Error(`${input}: ${prepared.error.message}`)
    const doc = extract(prepared.value)
    const records = toRecords(doc)
    eventCount += records.length
    const checked = checkCase(c, records)
    for (const x of checked) {
      total++; if (x.met) met++
      if (x.positive) { pos++; if (x.met) posMet++ } else { neg++; if (x.met) negMet++ }
    }
    if (checked.every((x) => x.met)) right++
    const crash = fatal(doc)
    if (crash) failed++
    options.dump?.write({
      file: name, id: raw.value.id ?? input, records: records.length, met: checked.filter((x) => x.met).length, of: checked.length,
      unmet: checked.filter((x) => !x.met).map((x) => `${x.kind}: ${x.desc}`),
      events: records.map((r) => brief(r, doc.text)), ...(crash ? { fatal: crash } : {}), ...(records.length ? {} : { why: why(doc) }),
    })
  })
  const seconds = (performance.now() - started) / 1000
  options.progress?.(`${name}: ${cases.length} articles in ${seconds.toFixed(1)} s`)
  return {
    file: name, kind: 'articles', rows: cases.length, seconds,
    metrics: [
      { key: 'expectations', label: 'expectations met', value: share(met, total), n: total },
      { key: 'positive', label: 'must + events_min items met', value: share(posMet, pos), n: pos },
      { key: 'negative', label: 'mustNot + events_max items met', value: share(negMet, neg), n: neg },
      { key: 'cases_right', label: 'articles fully right', value: share(right, cases.length), n: cases.length },
      { key: 'events', label: 'events printed', value: eventCount, n: cases.length, unit: 'count' },
      { key: 'failed', label: 'articles the pipeline failed on', value: failed, n: cases.length, unit: 'count' },
    ],
  }
}
