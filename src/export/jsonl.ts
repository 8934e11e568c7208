/** @module export/jsonl: one record per line, as `sitrep extract` prints by default. */
import { framed, type Out, type RecordWriter } from './writer.js'

export function jsonlWriter(out: Out): RecordWriter {
  return framed(out, { open: '', before: () => '', close: () => '' }, (r) => JSON.stringify(r) + '\n')
}
