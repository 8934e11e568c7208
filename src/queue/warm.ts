/**
 * @module queue/warm: makes the extraction bundle's code cache (see queue/bundle), run by the build
 * as its own process (`node dist/src/queue/warm.js`): V8 takes a cache only under the flags it was
 * made with, so this sets the CLI's (cli/v8) before anything compiles, runs the bundle over a few
 * synthetic articles (bench/corpus: invented text), and keeps the bytecode of what they ran.
 */
import { corpus } from '../bench/corpus.js'
import { tuneV8 } from '../cli/v8.js'
import type { RunModule } from './bundle.js'
import { RUN, fresh, runBundle, writeCodeCache } from './bundle.js'

tuneV8()
if (!fresh(RUN.out)) {
  process.stderr.write('warm: no fresh extraction bundle, no code cache made\n')
  process.exit(1)
}
const loaded = runBundle(RUN, false)
const { runExtract } = loaded.exports as unknown as RunModule
for (const input of corpus(3)) {
  const done = runExtract({ input })
  if (!done.ok) throw new Error(`warm: extraction failed: ${done.message}`)
}
writeCodeCache(RUN.cache, loaded)
