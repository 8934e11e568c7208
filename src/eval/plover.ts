/** @module eval/plover: PLOVER event-type accuracy on the PLOVER gold-standard sentences, via our ACLED→PLOVER map. */
import { existsSync, readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { dataPath } from '../paths.js'
import { ploverMap } from '../export/plover-map.js'
import { fatal, mainRecord, runGold, why } from './gold.js'
import type { FileResult, Metric, ScoreOptions } from './result.js'

interface PloverActor { actorText?: string; code?: string; sector?: string }
/** One record of PLOVER_GSR_CAMEO.txt (fields in plover-gsr/SOURCE.md); the first is a DOCUMENT header. */
export interface PloverRow {
  id: string; event: string; text?: string; date?: string; dead?: string
  source?: PloverActor[] | string | null; target?: PloverActor[] | string | null
}

/**
 * The gold standard is coded in PLOVER 0.5b1; our map in draft 0.8, which folded FIGHT into
 * ASSAULT and renamed DISAPPROVE and DEMAND (as data/plover-map.yaml notes). Gold is read in 0.8 terms.
 */
const GOLD_0_8: Record<string, string> = { FIGHT: 'ASSAULT', DISAPPROVE: 'ACCUSE', DEMAND: 'REQUEST' }

/**
 * ACLED sub-event type → PLOVER event, from the exporter's own map (so the figure measures what
 * `--format plover` writes), or null when data/plover-map.yaml is not there.
 */
export function ploverEvents(): Map<string, string> | null {
  if (!existsSync(dataPath('plover-map.yaml'))) return null
  const out = new Map<string, string>()
  for (const [sub, row] of ploverMap().events) if (row.event) out.set(sub, row.event)
  return out
}

export function scorePlover(path: string, options: ScoreOptions = {}): FileResult {
  const name = options.name ?? path
  const started = performance.now()
  const map = ploverEvents()
  if (!map) {
    const skipped = 'data/plover-map.yaml not there: PLOVER scoring skipped'
    options.progress?.(`${name}: ${skipped}`)
    return { file: name, kind: 'plover', rows: 0, seconds: 0, metrics: [], skipped }
  }
  const all = JSON.parse(readFileSync(path, 'utf8')) as PloverRow[]
  const rows = all.filter((r) => r.event !== 'DOCUMENT').slice(0, options.limit)
  const reachable = new Set(map.values())
  const sides = { source: { n: 0, covered: 0, right: 0 }, target: { n: 0, covered: 0, right: 0 } }
  let covered = 0, inRange = 0, coveredIn = 0, right = 0, outRange = 0, alarms = 0, withDead = 0, deadRight = 0, failed = 0
  rows.forEach((row, i) => {
    const { doc, records } = runGold(`${basename(path)}#${i + 1}`, { id: row.id, text: row.text ?? '', published: row.date ?? null })
    const p = mainRecord(records)
    const gold = GOLD_0_8[row.event] ?? row.event
    const predicted = p ? map.get(p.sub_event_type) ?? null : null
    if (p) covered++
    if (fatal(doc)) failed++
    const ok: Record<string, boolean> = {}
    if (reachable.has(gold)) {
      inRange++
      if (p) coveredIn++
      ok.event = predicted === gold
      if (ok.event) right++
      // Who did it to whom: actor1's evidence span on a gold source's words, actor2's on a target's.
      for (const [side, field] of [['source', 'actor1'], ['target', 'actor2']] as const) {
        const spans = goldSpans(row.text ?? '', row[side])
        if (!spans.length) continue
        const s = sides[side]
        s.n++
        if (p) s.covered++
        // A demonstration's target is its protest_target when actor2 is empty, as the PLOVER export writes it.
        const at = p?.evidence?.[field] ?? (field === 'actor2' && p && !p.actor2 ? p.evidence?.protest_target : undefined)
        ok[side] = !!at && spans.some(([a, b]) => at[0] < b && a < at[1])
        if (ok[side]) s.right++
      }
    } else {
      outRange++
      ok.false_alarm = p !== null
      if (p) alarms++
    }
    if (row.dead !== undefined && /^\d+$/.test(row.dead)) {
      withDead++
      ok.dead = p?.fatalities === Number(row.dead)
      if (ok.dead) deadRight++
    }
    options.dump?.write({
      file: name, id: row.id, text_len: (row.text ?? '').length, gold: { event: gold, event_0_5: row.event, dead: row.dead ?? null },
      predicted: p ? { plover: predicted, record: p } : null, ok, ...(p ? {} : { why: why(doc) }),
    })
  })
  const share = (a: number, b: number): number | null => (b ? a / b : null)
  const metrics: Metric[] = [
    { key: 'coverage', label: 'coverage (an event predicted)', value: share(covered, rows.length), n: rows.length },
    { key: 'plover_event', label: 'PLOVER event accuracy (types our map reaches)', value: share(right, inRange), covered: share(right, coveredIn), n: inRange },
    { key: 'source_actor', label: 'source actor = actor1 (types our map reaches)', value: share(sides.source.right, sides.source.n), covered: share(sides.source.right, sides.source.covered), n: sides.source.n },
    { key: 'target_actor', label: 'target = actor2/protest target (types reached)', value: share(sides.target.right, sides.target.n), covered: share(sides.target.right, sides.target.covered), n: sides.target.n },
    { key: 'false_alarm_rate', label: 'event predicted for a type we never code', value: share(alarms, outRange), n: outRange },
    { key: 'dead', label: 'fatalities = gold dead', value: share(deadRight, withDead), n: withDead },
    { key: 'failed', label: 'articles the pipeline failed on', value: failed, n: rows.length, unit: 'count' },
  ]
  const seconds = (performance.now() - started) / 1000
  options.progress?.(`${name}: ${rows.length} sentences in ${seconds.toFixed(1)} s`)
  return { file: name, kind: 'plover', rows: rows.length, seconds, metrics }
}

/** Where the gold actors' words are in the sentence (every occurrence of each `actorText`). */
function goldSpans(text: string, actors: PloverRow['source']): [number, number][] {
  if (!Array.isArray(actors)) return []
  const out: [number, number][] = []
  for (const a of actors) {
    const words = (a.actorText ?? '').replace(/\s+/g, ' ').trim()
    if (!words) continue
    for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) out.push([at, at + words.length])
  }
  return out
}
