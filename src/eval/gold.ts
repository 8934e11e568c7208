/** @module eval/gold: read a gold file line by line, and run one gold text through the pipeline. */
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Doc } from '../doc.js'
import type { Dump } from './dump.js'
import { extract } from '../pipeline.js'
import { toRecords } from '../events/records.js'
import type { EventRecord } from '../schema/record.js'

export interface GoldLine<T> { line: number; row: T }

/**
 * Every row of a JSON Lines gold file (blank lines skipped), at most `limit`. A broken line
 * throws, naming file and line: gold data that does not parse would silently skew the figures.
 */
export function readJsonl<T>(path: string, limit?: number): GoldLine<T>[] {
  const out: GoldLine<T>[] = []
  const lines = readFileSync(path, 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (limit !== undefined && out.length >= limit) break
    const text = lines[i].trim()
    if (!text) continue
    try {
      out.push({ line: i + 1, row: JSON.parse(text) as T })
    } catch (error) {
      throw new Error(`${path}:${i + 1}: not a JSON line (${(error as Error).message})`)
    }
  }
  return out
}

export interface GoldText { id: string; text: string; published?: string | null; source?: string | null }

/** Where a gold row came from, as ingest names inputs: `acled-dev.jsonl:17`. */
export const inputName = (path: string, line: number): string => `${basename(path)}:${line}`

/** Run the whole pipeline over one gold text as an article, the way ingest would hand it over. */
export function runGold(input: string, gold: GoldText): { doc: Doc; records: EventRecord[] } {
  const doc = extract({
    article: {
      id: String(gold.id), title: null, section: null, byline: null, source: gold.source ?? null, url: null,
      published: gold.published ?? null, input,
    },
    text: gold.text,
  })
  return { doc, records: toRecords(doc) }
}

/** The record compared with gold: the first one that is not background (a gold row describes one event). */
export function mainRecord(records: readonly EventRecord[]): EventRecord | null {
  return records.find((r) => r.status !== 'background') ?? null
}

/** The doc's messages as `stage/rule: reason` lines, for the dump (why nothing was found). */
export function why(doc: Doc, max = 20): string[] {
  return doc.messages.slice(0, max).map((m) => `${m.stage}/${m.rule}: ${m.reason}`)
}

/** A scored gold row as the acled and case dumps write it. */
export interface ScoredRow { file: string; id: string; line: number; text_len: number; gold: unknown; predicted: unknown; records: number; ok: unknown }

/**
 * Write a scored row to the dump, with where the pipeline failed on it and, when nothing was predicted, the doc's
 * messages (why); returns where it failed, or null.
 */
export function dumpScored(dump: Dump | undefined, row: ScoredRow, doc: Doc): string | null {
  const crash = fatal(doc)
  dump?.write({ ...row, ...(crash ? { fatal: crash } : {}), ...(row.predicted ? {} : { why: why(doc) }) })
  return crash
}

/** Where the row failed outright (a stage crashed), or null. */
export function fatal(doc: Doc): string | null {
  const m = doc.messages.find((x) => x.level === 'fatal')
  return m ? `${m.stage}/${m.rule}: ${m.reason}` : null
}
