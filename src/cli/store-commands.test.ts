/** `sitrep ingest`, `export` and `control` on a temporary SQLite file, output captured through Io. */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { openStore } from '../store/index.js'
import { art, rec } from '../store/fixtures.js'
import { controlCommand } from './control.js'
import { exportCommand } from './export.js'
import { ingestCommand } from './ingest.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'))
after(() => rmSync(dir, { recursive: true, force: true }))

async function run(command: (args: string[], io: { out(c: string): void; err(c: string): void }) => Promise<number>, args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await command(args, { out: (c) => out.push(c), err: (c) => err.push(c) })
  return { code, out: out.join(''), err: err.join('') }
}

test('ingest reports bad inputs, stores the rest, and a second run changes nothing', async () => {
  const db = join(dir, 'ingest.db')
  const feed = join(dir, 'in.jsonl')
  writeFileSync(feed, '{"id": "n1", "text": "The weather in the capital was mild on Tuesday."}\n{"id": 3\n{"id": "n2", "text": "A football match ended in a draw."}\n')
  const first = await run(ingestCommand, ['--db', db, feed, join(dir, 'missing.txt')])
  assert.equal(first.code, 0)
  // JSON.parse's own wording differs between Node versions: compare up to it.
  assert.deepEqual(first.err.split('\n').filter((l) => !l.startsWith('ingest: ') && l).map((l) => l.replace(/ \(.*$/, '')), [
    `${feed}:2: jsonl-malformed: not valid JSON`,
    `${join(dir, 'missing.txt')}: input-unreadable: cannot read: ENOENT`,
  ])
  assert.match(first.err, /^ingest: 2 articles \(2 new, 0 revised, 0 second reports, 0 unchanged\), \d+ events, \d+ merges$/m)
  const again = await run(ingestCommand, ['--db', db, feed])
  assert.match(again.err, /^ingest: 2 articles \(0 new, 0 revised, 0 second reports, 2 unchanged\), \d+ events, 0 merges$/m)
  const nothing = await run(ingestCommand, ['--db', db, join(dir, 'missing.txt')])
  assert.equal(nothing.code, 1)
})

test('export writes the stored events with filters; control prints the timeline', async () => {
  const db = join(dir, 'export.db')
  const store = await openStore(db)
  await store.putArticle(art('a', 'Text A.'), [rec({ id: 'ev_a', article_id: 'a' })])
  await store.putArticle(art('b', 'Text B.'), [rec({ id: 'ev_b', article_id: 'b', event_date: '2016-05-01', event_type: 'Battles',
    sub_event_type: 'Non-state actor overtakes territory', actor1: 'Islamic State (Syria)', actor2: null })])
  await store.close()
  const all = await run(exportCommand, ['--db', db])
  assert.deepEqual([all.code, all.out.trim().split('\n').map((l) => JSON.parse(l).id), all.err], [0, ['ev_b', 'ev_a'], 'export: 2 events\n'])
  const some = await run(exportCommand, ['--db', db, '--format', 'geojson', '--to', '2016-04-01', '--country', 'SY'])
  assert.deepEqual(JSON.parse(some.out).features.map((f: { properties: { id: string } }) => f.properties.id), ['ev_a'])
  assert.equal((await run(exportCommand, ['--db', db, '--format', 'xls'])).code, 2)
  assert.equal((await run(exportCommand, ['--db', db, '--bbox', '1,2'])).err, 'sitrep export: "bbox" must be four numbers: minLon,minLat,maxLon,maxLat\n')
  const control = await run(controlCommand, ['Tadmur', '--db', db])
  assert.deepEqual([control.code, control.out], [0, '2016-05-01 → now\tIslamic State (Syria)\t(ev_b)\n'])
  const before = await run(controlCommand, ['tadmur', '--db', db, '--at', '2016-04-01', '--json'])
  assert.deepEqual(JSON.parse(before.out), { location: 'tadmur', at: '2016-04-01', periods: [] })
})
