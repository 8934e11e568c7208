/** @module queue/ingest: articles → the store with extraction on N threads; stored one at a time, in input order. */
import type { Result } from '../errors.js'
import type { Input } from '../pipeline.js'
import type { EventRecord } from '../schema/record.js'
import { ingestInput } from '../store/ingest.js'
import type { IngestOutcome, Store } from '../store/types.js'
import { extractor, threadsFor } from './extract.js'
import { mapOrdered } from './ordered.js'

/** One input item and what storing it gave (or why it failed). */
export interface Ingested { item: Result<Input>; outcome?: IngestOutcome; error?: string }

/**
 * Threads extract ahead (at most jobs × 8 articles), this thread stores in input order, so merges
 * see articles in the same order as with one job. An article already stored with the same text is
 * not extracted at all (one lookup), exactly as `ingestInput` does alone.
 */
export async function* ingestAll(store: Store, source: AsyncIterable<Result<Input>>, jobsWanted: number): AsyncGenerator<Ingested> {
  const { items, threads } = await threadsFor(source, jobsWanted)
  const ex = extractor(threads)
  const derive = async (input: Input): Promise<EventRecord[]> => {
    const done = await ex.run({ input })
    if (!done.ok) throw new Error(done.message)
    return done.records
  }
  const ahead = async (item: Result<Input>): Promise<{ item: Result<Input>; records?: Promise<EventRecord[]> }> => {
    if (!item.ok) return { item }
    if (await store.articleState(item.value.article.id, item.value.text) === 'same') return { item }
    const records = derive(item.value)
    records.catch(() => { /* reported when stored */ })
    return { item, records }
  }
  try {
    for await (const { item, records } of mapOrdered(items, ahead, Math.max(1, threads) * 8)) {
      if (!item.ok) { yield { item }; continue }
      try {
        // ingestInput looks again: an earlier article of this input may have stored the same id meanwhile.
        yield { item, outcome: await ingestInput(store, item.value, (input) => records ?? derive(input)) }
      } catch (error) {
        yield { item, error: (error as Error).message }
      }
    }
  } finally {
    await ex.close()
  }
}
