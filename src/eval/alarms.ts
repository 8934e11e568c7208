/** @module eval/alarms: how many articles of a corpus with no political violence still get such an event (false alarms). */
import type { EventRecord } from '../schema/record.js'
import { inputName, readJsonl, runGold } from './gold.js'
import type { Dump } from './dump.js'

/** Event types a user reads as "something violent or contentious happened here". */
const ALARM_TYPES = new Set(['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots'])
/** Statuses that do not claim a new incident. */
const QUIET = new Set(['background', 'planned', 'denied'])

/** The records that count as an alarm: a political-violence or demonstration event reported as new. */
export const alarms = (records: readonly EventRecord[]): EventRecord[] =>
  records.filter((r) => ALARM_TYPES.has(r.event_type) && !QUIET.has(r.status))

export interface AlarmScore { flagged: number; n: number }

/**
 * Run whole extraction over every text of a corpus (geoparsing gold: outbreak news, local news)
 * and count the articles with an alarm. Each flagged article goes to the dump with the sentence
 * that fired, so a person can check whether the article really reports violence or a protest.
 */
export function scoreAlarms(path: string, options: { limit?: number; dump?: Dump; name?: string } = {}): AlarmScore {
  const rows = readJsonl<{ id: string; text: string }>(path, options.limit)
  let flagged = 0
  for (const { line, row } of rows) {
    const { doc, records } = runGold(inputName(path, line), { id: row.id, text: row.text, published: null })
    const hits = alarms(records)
    if (!hits.length) continue
    flagged++
    options.dump?.write({
      file: options.name ?? path, id: row.id, alarm: hits.map((r) => ({
        sub_event_type: r.sub_event_type, status: r.status, actor1: r.actor1, actor2: r.actor2, location: r.location,
        trigger: r.evidence.sub_event_type ? doc.text.slice(r.evidence.sub_event_type[0], r.evidence.sub_event_type[1]) : null,
      })),
    })
  }
  return { flagged, n: rows.length }
}
