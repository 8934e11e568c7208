/** `sitrep ingest`, `export` and `control` on a temporary SQLite file, output captured through Io. */
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import pg from 'pg'
import { openStore } from '../store/index.js'
import { PG_URL, dropSchemas, reachable } from '../store/postgres/test-server.js'
import { art, rec } from '../store/fixtures.js'
import { controlCommand } from './control.js'
import { exportCommand } from './export.js'
import { ingestCommand } from './ingest.js'
import { serveCommand } from './serve.js'
import { userCommand } from './user.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'))
after(() => rmSync(dir, { recursive: true, force: true }))

async function run(command: (args: string[], io: { out(c: string): void; err(c: string): void }) => Promise<number>, args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await command(args, { out: (c) => out.push(c), err: (c) => err.push(c) })
  return { code, out: out.join(''), err: err.join('') }
}

test('ingest --explain says why each merge joined two reports; without it, only the count', async () => {
  const db = join(dir, 'explain.db')
  const feed = join(dir, 'explain.jsonl')
  writeFileSync(feed, '{"id": "e1", "published": "2021-03-04", "text": "A roadside bomb struck a military convoy in Mogadishu on Wednesday, killing three soldiers."}\n' +
    '{"id": "e2", "published": "2021-03-04", "text": "Three Somali soldiers died when a roadside bomb hit their convoy in Mogadishu on 3 March."}\n')
  const r = await run(ingestCommand, ['--db', db, '--explain', feed])
  const said = r.err.split('\n').filter((l) => l.includes(': merge '))
  assert.equal(said.length, 1)
  assert.match(said[0], /^.*explain\.jsonl:2: merge 1: ev_[0-9a-f]{16} into ev_[0-9a-f]{16}: dates 0 day\(s\) apart \(window 1\); .*; score [\d.]+ ≥ threshold 0\.7$/)
  assert.match(r.err, /, 1 merges$/m)
  const quiet = await run(ingestCommand, ['--db', join(dir, 'explain2.db'), feed])
  assert.deepEqual([quiet.err.includes(': merge '), /, 1 merges$/m.test(quiet.err)], [false, true])
})

test('ingest reports bad inputs, stores the rest, and a second run changes nothing', async () => {
  const db = join(dir, 'ingest.db')
  const feed = join(dir, 'in.jsonl')
  writeFileSync(feed, '{"id": "n1", "text": "The weather in the capital was mild on Tuesday."}\n{"id": 3\n{"id": "n2", "text": "A football match ended in a draw."}\n')
  const first = await run(ingestCommand, ['--db', db, feed, join(dir, 'missing.txt')])
  assert.equal(first.code, 0)
  // JSON.parse's own wording differs between Node versions: compare up to it.
  assert.deepEqual(first.err.split('\n').filter((l) => !l.startsWith('ingest: ') && l).map((l) => l.replace(/ \(.*$/, '')), [
    `${feed}:2: jsonl-malformed: not valid JSON`,
    `${join(dir, 'missing.txt')}: input-unreadable: cannot read: no such file or directory`,
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
  assert.deepEqual([all.code, all.out.trim().split('\n').map((l) => JSON.parse(l).id), all.err], [0, ['ev_b', 'ev_a'], `export: 2 events from ${db}\n`])
  for (const country of ['SY', 'sy', 'Syria', 'SYRIA', 'SYR', 'Syrian Arab Republic']) {
    const some = await run(exportCommand, ['--db', db, '--format', 'geojson', '--to', '2016-04-01', '--country', country])
    assert.deepEqual(JSON.parse(some.out).features.map((f: { properties: { id: string } }) => f.properties.id), ['ev_a'], country)
  }
  const typo = await run(exportCommand, ['--db', db, '--country', 'Syira'])
  assert.deepEqual([typo.code, typo.out, typo.err], [2, '', 'sitrep export: unknown country "Syira" (give a name or an ISO code such as SY); did you mean "Syria"?\n'])
  assert.equal((await run(exportCommand, ['--db', db, '--format', 'xls'])).code, 2)
  assert.equal((await run(exportCommand, ['--db', db, '--bbox', '1,2'])).err, 'sitrep export: "bbox" must be four numbers: minLon,minLat,maxLon,maxLat\n')
  const control = await run(controlCommand, ['Tadmur', '--db', db])
  assert.deepEqual([control.code, control.out, control.err], [0, '2016-05-01 → now\tIslamic State (Syria)\t(ev_b)\n', ''])
  const exonym = await run(controlCommand, ['palmyra', '--db', db])
  assert.deepEqual([exonym.code, exonym.out, exonym.err], [0, '2016-05-01 → now\tIslamic State (Syria)\t(ev_b)\n', 'control: "palmyra" read as Tadmur\n'])
  const before = await run(controlCommand, ['tadmur', '--db', db, '--at', '2016-04-01', '--json'])
  assert.deepEqual(JSON.parse(before.out), { location: 'tadmur', at: '2016-04-01', periods: [] })
  const variant = await run(controlCommand, ['Tadmor', '--db', db])
  assert.deepEqual([variant.code, variant.out, variant.err], [0, '2016-05-01 → now\tIslamic State (Syria)\t(ev_b)\n', 'control: "Tadmor" read as Tadmur\n'])
  const none = await run(controlCommand, ['Tadmu', '--db', db])
  assert.deepEqual([none.code, none.out, none.err], [1, '', `sitrep control: unknown place "Tadmu": no place, region or country of the gazetteer has this name, and no territory events are stored under it in ${db}; did you mean "Tadmur"?\n`])
})

test('export keeps reported and claimed events unless --status says otherwise', async () => {
  const db = join(dir, 'status.db')
  const store = await openStore(db)
  await store.putArticle(art('s', 'Text S.'), [rec({ id: 'ev_r', article_id: 's' }),
    rec({ id: 'ev_old', article_id: 's', status: 'background', event_date: '1995-07-11' }), rec({ id: 'ev_plan', article_id: 's', status: 'planned', event_date: '2016-04-02' })])
  await store.close()
  const ids = (out: string) => out.trim().split('\n').map((l) => JSON.parse(l).id).sort()
  const plain = await run(exportCommand, ['--db', db])
  assert.deepEqual([ids(plain.out), plain.err], [['ev_r'], `export: 1 events from ${db}; 2 left out by status (background, planned or denied; --status all keeps them)\n`])
  assert.deepEqual(ids((await run(exportCommand, ['--db', db, '--status', 'all'])).out), ['ev_old', 'ev_plan', 'ev_r'])
  assert.deepEqual(ids((await run(exportCommand, ['--db', db, '--status', 'planned,background'])).out), ['ev_old', 'ev_plan'])
  assert.equal((await run(exportCommand, ['--db', db, '--status', 'rumoured'])).err,
    'sitrep export: --status takes all or a list of reported, claimed, denied, planned, background; got "rumoured"\n')
})

test('read-only commands never create a store: they say there is none, or that it is empty', async () => {
  const missing = join(dir, 'nothing-here.db')
  for (const [command, args, name] of [[exportCommand, [], 'export'], [controlCommand, ['Palmyra'], 'control']] as const) {
    const r = await run(command, [...args, '--db', missing])
    assert.deepEqual([r.code, r.out, r.err], [1, '', `sitrep ${name}: no store at ${missing}: nothing has been ingested there. Run \`sitrep ingest INPUT...\` first, or give --db PATH|URL.\n`])
    assert.equal(existsSync(missing), false)
  }
  const empty = join(dir, 'empty.db')
  await (await openStore(empty)).close()
  const r = await run(controlCommand, ['Palmyra', '--db', empty])
  assert.deepEqual([r.code, r.out, r.err], [0, '', `control: the store ${empty} is empty (0 events): run \`sitrep ingest INPUT...\` first.\n`])
})

test('user list and user revoke on a missing store say so and leave no file; twin: user add creates the store', async () => {
  const missing = join(dir, 'no-users.db')
  for (const args of [['list'], ['revoke', 'ana']]) {
    const r = await run(userCommand, [...args, '--db', missing])
    assert.deepEqual([r.code, r.out, r.err], [1, '', `sitrep user: no store at ${missing}: nothing has been ingested there. Run \`sitrep ingest INPUT...\` first, or give --db PATH|URL.\n`])
    assert.equal(existsSync(missing), false)
  }
  const added = await run(userCommand, ['add', 'ana', '--role', 'reader', '--db', missing])
  assert.deepEqual([added.code, existsSync(missing), (await run(userCommand, ['list', '--db', missing])).out.split('\t').slice(0, 2)], [0, true, ['ana', 'reader']])
})

test('a PostgreSQL password never reaches a message: read, ingest and queue commands show it as ***', async () => {
  // Port 1 on loopback refuses at once: every command fails to open the store and names it.
  const url = 'postgres://ana:s3cret-pw@127.0.0.1:1/sitrep?sslmode=disable&password=other-pw'
  const shown = 'postgres://ana:***@127.0.0.1:1/sitrep?sslmode=disable&password=***'
  const refused = 'connect ECONNREFUSED 127.0.0.1:1'
  for (const [command, args, name] of [[exportCommand, [], 'export'], [controlCommand, ['Palmyra'], 'control'], [userCommand, ['list'], 'user'], [ingestCommand, [join(dir, 'none.txt')], 'ingest'], [serveCommand, ['--port', '0'], 'serve']] as const) {
    const r = await run(command, [...args, '--db', url])
    assert.deepEqual([r.code, r.err], [1, `sitrep ${name}: store-unavailable: cannot open ${shown}: ${refused}\n`])
  }
})

test('read-only commands on a PostgreSQL database without sitrep tables say there is no store and create none', async (t) => {
  const why = await reachable()
  if (why) { t.skip(`PostgreSQL not reachable: ${why}`); return }
  const schema = `cli_nostore_${process.pid}`
  const client = new pg.Client({ connectionString: PG_URL })
  await client.connect()
  t.after(async () => { await client.end(); await dropSchemas([schema]) })
  await client.query(`CREATE SCHEMA ${schema}`)
  const u = new URL(PG_URL)
  u.searchParams.set('options', `-c search_path=${schema}`)
  const url = u.toString()
  for (const [command, args, name] of [[exportCommand, [], 'export'], [controlCommand, ['Palmyra'], 'control'], [userCommand, ['list'], 'user']] as const) {
    const r = await run(command, [...args, '--db', url])
    assert.deepEqual([r.code, r.out, r.err], [1, '', `sitrep ${name}: no store at ${url}: nothing has been ingested there. Run \`sitrep ingest INPUT...\` first, or give --db PATH|URL.\n`])
  }
  const tables = await client.query('SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1', [schema])
  assert.equal(tables.rows[0].n, 0)
})
