/** @module eval/dump: the `--dump FILE` writer, one JSON line per scored article, gold next to prediction. */
import { closeSync, openSync, writeSync } from 'node:fs'

export interface Dump {
  write(entry: object): void
  close(): void
}

/** A JSON Lines writer on `path` (truncated first), or a writer that drops everything when no path is given. */
export function openDump(path: string | undefined): Dump {
  if (!path) return { write() {}, close() {} }
  const fd = openSync(path, 'w')
  let buffer: string[] = []
  // Batch the writes: one syscall per few hundred rows keeps the dump from costing eval time.
  const flush = () => { if (buffer.length) { writeSync(fd, buffer.join('')); buffer = [] } }
  return {
    write(entry) { buffer.push(JSON.stringify(entry) + '\n'); if (buffer.length >= 256) flush() },
    close() { flush(); closeSync(fd) },
  }
}
