/**
 * @module store/ingest-child: a writer process for the crash and concurrency tests.
 * `npx tsx src/store/ingest-child.ts DB PREFIX COUNT [DELAY_MS]` stores articles PREFIX-0…COUNT-1,
 * one event each, and prints `stored N` after each commit. Event i of every prefix is the same
 * event (same day, place and actor), so two prefixes ingested side by side must merge pairwise.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { art, rec } from './fixtures.js'
import { openStore } from './index.js'
import type { EventRecord } from '../schema/record.js'

export function childRecord(prefix: string, i: number): EventRecord {
  const day = new Date(Date.UTC(2016, 0, 1) + i * 10 * 86_400_000).toISOString().slice(0, 10)
  return rec({ id: `ev_${prefix}_${String(i).padStart(4, '0')}`, article_id: `${prefix}-${i}`, event_date: day,
    actor1: `Armed Group ${i}`, actor2: null, inter2: 0, location: `Place ${i}`, geonameid: 1_000_000 + i,
    latitude: 10 + (i % 60), longitude: 20 + Math.floor(i / 60) })
}

async function main(): Promise<void> {
  const [db, prefix, count, delay] = process.argv.slice(2)
  const store = await openStore(db)
  for (let i = 0; i < Number(count); i++) {
    const r = childRecord(prefix, i)
    await store.putArticle(art(r.article_id, `Article ${prefix} ${i}.`), [r])
    process.stdout.write(`stored ${i}\n`)
    if (Number(delay)) await sleep(Number(delay))
  }
  await store.close()
}

if (process.argv[1]?.endsWith('ingest-child.ts')) await main()
