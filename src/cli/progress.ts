/** @module cli/progress: a line on stderr every few seconds during long runs; stdout stays data. */
import type { Io } from './io.js'

export function progress(io: Io, label: string, everyMs = 2000): { tick(): void; done(): void; count: () => number } {
  let n = 0
  let started = Date.now()
  let last = started
  return {
    tick() {
      n++
      const now = Date.now()
      // Start the clock at the first article: loading knowledge is not throughput.
      if (n === 1) { started = last = now; return }
      if (now - last >= everyMs) {
        last = now
        io.err(`${label}: ${n} articles, ${Math.round(n / ((now - started) / 1000))}/s\n`)
      }
    },
    done() {
      if (n > 1 && Date.now() - started >= everyMs) io.err(`${label}: ${n} articles in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
    },
    count: () => n,
  }
}
