/** @module export/writer: the streaming writer shape every export format shares. */
import type { EventRecord } from '../schema/record.js'

/** Where a writer sends its text: stdout, an HTTP reply, a string being built. */
export type Out = (chunk: string) => void

/** Writes records one at a time; `end()` closes the document (also when nothing was written). */
export interface RecordWriter {
  write(record: EventRecord): void
  end(): void
}

export interface Frame {
  open: string                           // before the first record (a CSV header, `[`)
  before: (index: number) => string      // before record `index` (a separator)
  close: (count: number) => string       // after the last; count lets `[]` stay on one line
}

/**
 * A writer that frames rendered records. The opening is written with the first record or
 * at `end()`, not on creation, so a caller can still fail (and answer with an error) before
 * any output has gone out.
 */
export function framed(out: Out, frame: Frame, render: (record: EventRecord) => string): RecordWriter {
  let count = 0
  let opened = false
  let ended = false
  const open = () => {
    if (!opened) { opened = true; out(frame.open) }
  }
  return {
    write(record) {
      if (ended) throw new Error('export: write() after end()')
      open()
      out(frame.before(count) + render(record))
      count++
    },
    end() {
      if (ended) throw new Error('export: end() called twice')
      open()
      ended = true
      out(frame.close(count))
    },
  }
}

/** Frame of a JSON array holding one value per line: `[\n{...},\n{...}\n]\n`, or `[]\n` when empty. */
export function jsonArrayFrame(open: string, close: string): Frame {
  return {
    open,
    before: (i) => (i === 0 ? '\n' : ',\n'),
    close: (n) => (n === 0 ? close : '\n' + close),
  }
}
