/** Stop-32 audit (an outside user's probe of #13/#14): faults found with the CLI and the API on both backends. Texts written for these tests. */
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import Database from 'better-sqlite3'
import { ingestCommand } from './cli/ingest.js'
import { extractCommand } from './cli/extract.js'
import { openStore } from './store/index.js'
import { backends } from './api/test-backends.js'
import { rec } from './store/fixtures.js'

const dir = mkdtempSync(join(tmpdir(), 'audit32-'))
after(() => rmSync(dir, { recursive: true, force: true }))

/** A command run through Io, its output captured. */
async function cli(command: (args: string[], io: { out(c: string): void; err(c: string): void }) => Promise<number>, args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await command(args, { out: (c) => out.push(c), err: (c) => err.push(c) })
  return { code, out: out.join(''), err: err.join('') }
}

const NOTE = 'Gunmen attacked a village near Gao on Monday, killing five farmers, a local official said.'

test('ingest of inputs none of which can be read says so, exits 1 and leaves no store behind', async () => {
  const db = join(dir, 'never.db')
  const missing = join(dir, 'no-such-folder')
  const r = await cli(ingestCommand, ['--db', db, missing])
  assert.deepEqual([r.code, r.err, existsSync(db)], [1,
    `${missing}: input-unreadable: cannot read: no such file or directory (ENOENT)\ningest: no article could be read from the inputs; nothing stored, no store created at ${db}\n`, false])
  // Twin: one readable article beside the missing input is stored (exit 0), the missing one named.
  const feed = join(dir, 'one.jsonl')
  writeFileSync(feed, JSON.stringify({ id: 'one', published: '2024-05-06', text: NOTE }) + '\n')
  const ok = await cli(ingestCommand, ['--db', db, missing, feed])
  assert.deepEqual([ok.code, existsSync(db)], [0, true])
  assert.match(ok.err, /^ingest: 1 articles \(1 new, 0 revised, 0 second reports, 0 unchanged\), 1 events, 0 merges$/m)
})

test('ingest exits 1 and counts the failures when every article fails on its way into the store', async () => {
  const db = join(dir, 'failing.db')
  const store = await openStore(db)
  await store.close()
  // A store that refuses every new article (a broken disk or a full one would do the same).
  const raw = new Database(db)
  raw.exec("CREATE TRIGGER refuse BEFORE INSERT ON articles BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
  raw.close()
  const feed = join(dir, 'two.jsonl')
  writeFileSync(feed, JSON.stringify({ id: 'a', published: '2024-05-06', text: NOTE }) + '\n' +
    JSON.stringify({ id: 'b', published: '2024-05-06', text: 'Protesters marched through Bamako on Friday against rising prices.' }) + '\n')
  const r = await cli(ingestCommand, ['--db', db, '--jobs', '1', feed])
  assert.deepEqual([r.code, existsSync(db)], [1, true])
  assert.deepEqual(r.err.split('\n').filter(Boolean).map((l) => l.replace(/: internal: .*/, ': internal')),
    [`${feed}:1: internal`, `${feed}:2: internal`, 'ingest: 2 articles (0 new, 0 revised, 0 second reports, 0 unchanged, 2 failed), 0 events, 0 merges'])
})

test('an article id the API could never read back (over 200 characters, a lone surrogate) is refused in JSON Lines as by the API', async () => {
  const feed = join(dir, 'ids.jsonl')
  writeFileSync(feed, `{"id": "${'x'.repeat(201)}", "text": "${NOTE}"}\n{"id": "a\\ud800", "text": "${NOTE}"}\n{"id": "${'y'.repeat(200)}", "text": "${NOTE}"}\n{"id": " ", "text": "${NOTE}"}\n`)
  const r = await cli(extractCommand, ['--pub-date', '2024-05-06', '--jobs', '1', feed])
  assert.deepEqual([r.code, r.err], [0,
    `${feed}:1: jsonl-malformed: field /id: "id" must be 1–200 characters without control characters\n` +
    `${feed}:2: jsonl-malformed: field /id: "id" must be well-formed Unicode (it holds a lone surrogate, such as \\ud800)\n`])
  // Twin: an id of exactly 200 characters is kept; a blank one falls back to the text's hash.
  assert.deepEqual(r.out.trim().split('\n').map((l) => JSON.parse(l).article_id.slice(0, 7)), ['yyyyyyy', 'sha256-'])
})

test('a date far in the future or before 1900 is refused: --pub-date, a JSON Lines "published"', async () => {
  const feed = join(dir, 'future.jsonl')
  writeFileSync(feed, JSON.stringify({ id: 'f', published: '2999-01-01', text: NOTE }) + '\n')
  const flag = await cli(extractCommand, ['--pub-date', '2999-01-01', feed])
  assert.match(flag.err, /^sitrep extract: --pub-date must be a day from 1900-01-01 to tomorrow: 2999-01-01 is in the future \(the latest day taken is tomorrow, \d{4}-\d{2}-\d{2}\)\n$/)
  assert.equal(flag.code, 2)
  const old = await cli(extractCommand, ['--pub-date', '1850-06-01', feed])
  assert.deepEqual([old.code, old.err], [2, 'sitrep extract: --pub-date must be a day from 1900-01-01 to tomorrow: 1850-06-01 is before 1900-01-01\n'])
  const line = await cli(extractCommand, [feed])
  assert.equal(line.code, 1)
  assert.match(line.err, /^.*future\.jsonl:1: jsonl-malformed: field \/published: 2999-01-01 is in the future \(the latest day taken is tomorrow, [\d-]+\) \(give a day from 1900-01-01 to tomorrow, or leave it out and use --pub-date\)\n/)
  // Twin: today is taken.
  const today = new Date().toISOString().slice(0, 10)
  const now = await cli(extractCommand, ['--pub-date', today, '--jobs', '1', join(dir, 'one.jsonl')])
  assert.deepEqual([now.code, now.err], [0, ''])
})

test('a folder of articles with files of other types (a PDF, a .json) says once which were not read; notes beside articles pass without a word', async () => {
  const { mkdirSync } = await import('node:fs')
  const folder = join(dir, 'mixed')
  mkdirSync(folder)
  writeFileSync(join(folder, 'a.txt'), NOTE + '\n')
  writeFileSync(join(folder, 'b.pdf'), '%PDF-1.4 not an article we read\n')
  writeFileSync(join(folder, 'c.json'), JSON.stringify([{ text: NOTE }]) + '\n')
  writeFileSync(join(folder, 'README.md'), '# what these are\n')
  const r = await cli(extractCommand, ['--pub-date', '2024-05-06', '--jobs', '1', folder])
  assert.deepEqual([r.code, r.err, r.out.trim().split('\n').length], [0,
    `${folder}: input-unknown-format: 2 file(s) not read, of types sitrep does not read (.json .pdf): b.pdf, c.json; articles are .txt .html .xml .rss .atom .jsonl, or give --input-format\n`, 1])
  // Twin: only articles and notes: nothing said.
  rmSync(join(folder, 'b.pdf'))
  rmSync(join(folder, 'c.json'))
  const quiet = await cli(extractCommand, ['--pub-date', '2024-05-06', '--jobs', '1', folder])
  assert.deepEqual([quiet.code, quiet.err], [0, ''])
})

test('an article in another language is said to be so when it yields nothing, not answered with silence; English without events stays silent', async () => {
  const fr = join(dir, 'depeche.txt')
  writeFileSync(fr, 'Des hommes armés ont attaqué lundi soir un village proche de Gao, dans le nord du Mali, selon un responsable local. ' +
    'Cinq cultivateurs ont été tués et plusieurs maisons ont été incendiées avant que les assaillants ne prennent la fuite.\n')
  const en = join(dir, 'weather.txt')
  writeFileSync(en, 'Forecasters said on Monday that the rains would return to the capital later in the week, after a dry spell ' +
    'that had lasted for most of the month and left the reservoirs of the region lower than usual for the season.\n')
  const r = await cli(extractCommand, ['--pub-date', '2024-05-06', '--jobs', '1', fr, en])
  assert.deepEqual([r.code, r.out, r.err], [0, '', `${fr}: not-english: no events; the text does not read as English, and sitrep reads English news only\n`])
  const db = join(dir, 'lang.db')
  const i = await cli(ingestCommand, ['--db', db, '--pub-date', '2024-05-06', '--jobs', '1', fr, en])
  assert.deepEqual([i.code, i.err.split('\n')[0]], [0, `${fr}: not-english: no events; the text does not read as English, and sitrep reads English news only`])
})

const stores = await backends('audit32')
after(async () => { for (const b of stores) await b.cleanup() })
for (const b of stores) {
  test(`${b.name}: a review edit of event_date to 2999-01-01 or 1850-01-01 is refused (422) with the reason; POST /api/articles refuses such a "published"`, { skip: b.skip }, async () => {
    const { buildServer } = await import('./api/index.js')
    const store = await b.open()
    const made = await store.users.add('audit32-editor', 'editor')
    assert.ok(made.ok)
    await store.putArticle({ id: 'a1', title: null, source: null, url: null, published: '2024-05-07', text: NOTE, revision: 0 },
      [rec({ id: 'ev_d', article_id: 'a1', event_date: '2024-05-06' })])
    const app = await buildServer(store, { derive: () => [], webRoot: join(dir, 'no-web') })
    const auth = { authorization: `Bearer ${made.value.token}` }
    const edit = (value: string) => app.inject({ method: 'POST', url: '/api/events/ev_d/review', headers: auth, payload: { action: 'edit', field: 'event_date', value, reason: 'typo check' } })
    try {
      const future = await edit('2999-01-01')
      assert.equal(future.statusCode, 422)
      assert.match(future.json().error.message, /^"event_date" takes a day from 1900-01-01 to tomorrow or null: 2999-01-01 is in the future \(the latest day taken is tomorrow, \d{4}-\d{2}-\d{2}\)$/)
      const past = await edit('1850-01-01')
      assert.deepEqual([past.statusCode, past.json().error], [422, { code: 'invalid-value', message: '"event_date" takes a day from 1900-01-01 to tomorrow or null: 1850-01-01 is before 1900-01-01' }])
      assert.equal((await store.getEvent('ev_d'))!.event_date, '2024-05-06')
      // Twin: a plausible correction goes through.
      const fine = await edit('2024-05-05')
      assert.deepEqual([fine.statusCode, fine.json().event.event_date], [200, '2024-05-05'])
      const article = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { id: 'later', published: '2999-01-01', text: NOTE } })
      assert.deepEqual([article.statusCode, article.json().error.code], [422, 'invalid-value'])
      assert.match(article.json().error.message, /^article: "published" must be a day from 1900-01-01 to tomorrow: 2999-01-01 is in the future/)
      // A reviewer posting an article reads "an editor", not "a editor".
      const reviewer = await store.users.add('audit32-reviewer', 'reviewer')
      assert.ok(reviewer.ok)
      const refused = await app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: `Bearer ${reviewer.value.token}` }, payload: { id: 'r', text: NOTE } })
      assert.deepEqual([refused.statusCode, refused.json().error.message], [403, 'user "audit32-reviewer" is a reviewer; this route needs an editor or above'])
    } finally {
      await app.close()
      await store.close()
    }
  })
}
