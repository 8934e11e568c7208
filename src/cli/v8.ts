/** @module cli/v8: V8 settings for the sitrep process (the CLI and the bench), set before any pipeline code is compiled. */
import { setFlagsFromString } from 'node:v8'

/**
 * Executions of a regular expression by V8's regexp interpreter before it is compiled to machine
 * code (V8's default: 1, so the second run compiles). chrono-node's patterns are large alternations
 * (every number word, every time unit); compiling them all costs hundreds of milliseconds of the main
 * thread, which a one-file `sitrep extract` paid as soon as a second sentence held a date (cold CPU of
 * a seven-sentence dated article ≈ 1.07 s → ≈ 0.72 s). A pattern used more often is compiled after
 * these runs as before: a long run's throughput is unchanged; results are the same either way.
 * SITREP_REGEXP_TICKS=1 measures with V8's default.
 */
const REGEXP_TICKS = 20

/**
 * The largest function (bytes of bytecode) TurboFan compiles (V8's default: 61,440). A few functions
 * of the events stage are several hundred lines long (the sentence gate's reject, classify,
 * assignRoles); each TurboFan compile of one takes a second or more of a helper thread, and meeting
 * new object shapes they are deoptimized and compiled again, three to five times over the first
 * thousand articles. Above this size a function stays in V8's baseline code. Measured per thread
 * from /proc over the first 1,000 bench articles on one thread (interleaved runs): helper-thread
 * CPU per article 9.1–9.7 ms → 3.6–4.4 ms, the extraction thread's own unchanged (15–19 ms either
 * way, a loaded machine); that helper time is what two jobs on two cores take from each other.
 */
const MAX_OPTIMIZED_BYTECODE = 8000

/**
 * A smaller budget of bytecode TurboFan inlines into one function (V8's default is 920). The events
 * stage's large functions meet objects of several shapes and are deoptimized and compiled again
 * for hundreds of articles; each compile with everything inlined costs tens of milliseconds on a
 * helper thread, so one extraction thread kept ≈ 1.5 cores busy and `--jobs 2` on two cores
 * gained little. Measured on the bench corpus (warm, 800 articles): helper-thread CPU per article
 * −30 %, the extraction thread's own unchanged. Flags are process-wide: worker threads get them too.
 */
export const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=150', `--max-optimized-bytecode-size=${MAX_OPTIMIZED_BYTECODE}`,
  `--regexp-tier-up-ticks=${process.env.SITREP_REGEXP_TICKS ?? REGEXP_TICKS}`]

let done = false
export function tuneV8(): void {
  if (done || process.env.SITREP_V8_DEFAULTS === '1') return
  done = true
  for (const flag of V8_FLAGS) setFlagsFromString(flag)
}
