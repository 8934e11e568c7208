/** @module cli/v8: V8 settings for the sitrep process (the CLI and the bench), set before any pipeline code is compiled. */
import { setFlagsFromString } from 'node:v8'

/**
 * A smaller budget of bytecode TurboFan inlines into one function (V8's default is 920). The events
 * stage's large functions meet objects of several shapes and are deoptimized and compiled again
 * for hundreds of articles; each compile with everything inlined costs tens of milliseconds on a
 * helper thread, so one extraction thread kept ≈ 1.5 cores busy and `--jobs 2` on two cores
 * gained little. Measured on the bench corpus (warm, 800 articles): helper-thread CPU per article
 * −30 %, the extraction thread's own unchanged. Flags are process-wide: worker threads get them too.
 */
export const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=150']

let done = false
export function tuneV8(): void {
  if (done || process.env.SITREP_V8_DEFAULTS === '1') return
  done = true
  for (const flag of V8_FLAGS) setFlagsFromString(flag)
}
