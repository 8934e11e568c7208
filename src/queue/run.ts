/** @module queue/run: one article through the pipeline to plain, copyable results (what a thread sends back). */
import { formatMessages } from '../explain.js'
import { toRecords } from '../events/records.js'
import { extract } from '../pipeline.js'
import type { Input } from '../pipeline.js'
import type { EventRecord } from '../schema/record.js'

/** An article to extract; `explain` asks for the --explain text as well. */
export interface ExtractTask { input: Input; explain?: boolean; verbose?: boolean }
/** Records and report, or why the article could not be handled (the pipeline turns stage crashes into messages, so this is rare). */
export type ExtractDone = { ok: true; records: EventRecord[]; report: string } | { ok: false; message: string }

export function runExtract(task: ExtractTask): ExtractDone {
  try {
    const doc = extract(task.input)
    return { ok: true, records: toRecords(doc), report: task.explain ? formatMessages(doc, { verbose: task.verbose === true }) : '' }
  } catch (error) {
    return { ok: false, message: (error as Error).message }
  }
}
