/** @module cli/io: the streams a command writes to, passed in so tests can capture them. */
export interface Io {
  out(chunk: string): void   // data only
  err(chunk: string): void   // progress, reports, failures
}
