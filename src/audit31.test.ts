/** Stop-31 audit (an outside user's probe): fixes found with the examples table, the CLI and the API. Texts written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from './pipeline.js'
import { toRecords } from './events/records.js'

function run(text: string, published = '2024-09-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.location, r.geo_precision])
}

test('"the X area of <a province>" is the land around the town (precision 2); "the X area of <a district>" is a named part, at itself (1)', () => {
  // A town's area within its first-level region: ACLED codes the town with precision 2, as "the X area (Province)".
  assert.deepEqual(run('MOGADISHU - Al-Shabaab fighters ambushed an army patrol in the Bardere area of Gedo region on Monday, killing four soldiers, a local official said.'),
    [['Armed clash', 'Baardheere', 2]])
  assert.deepEqual(run('MOGADISHU - Al-Shabaab fighters ambushed an army patrol in the Jilib area of Middle Juba on Monday, killing four soldiers, a local official said.'),
    [['Armed clash', 'Jilib', 2]])
  // Twin: a village's area in its province is the village (no town of 10,000 people, no district of its name).
  assert.deepEqual(run('KABUL - A roadside bomb struck a police vehicle in the Chin Zai area of Takhar province on Monday, killing two policemen, officials said.'),
    [['Remote explosive/landmine/IED', 'Chīn Zaī', 1]])
  // Twin: a named part of a district stays at itself.
  assert.deepEqual(run('KABUL - Taliban fighters attacked a police checkpoint in the Chowni area of Gardez district on Monday, killing three policemen, officials said.'),
    [['Armed clash', 'Chownī', 1]])
})

test('two reports only near two towns 24 km apart (one a city named like its province), same day, sides and unit, in the area of two mines: two positions', async () => {
  const { rec } = await import('./store/fixtures.js')
  const { mergeConfig } = await import('./merge/config.js')
  const { decide } = await import('./merge/match.js')
  const { writtenOf } = await import('./merge/details.js')
  const cfg = mergeConfig()
  const src = (id: string) => [{ article_id: id, source: null, url: null, published: '2021-02-03' }]
  const front = (id: string, location: string, latitude: number, longitude: number) => rec({ id, article_id: id, event_date: '2021-02-02', event_type: 'Battles',
    sub_event_type: 'Armed clash', actor1: 'Military Forces of Ukraine (2019-)', actor2: 'NAF: United Armed Forces of Novorossiya', assoc_actor_2: "Donbass People's Militia",
    country: 'Ukraine', iso: 'UA', admin1: 'Donetsk', admin2: '', location, latitude, longitude, geo_precision: 2, geonameid: null, fatalities: 0, fatality_claims: [], sources: src(id) })
  // Donetsk city, named like its province: the other-named-places veto (two named areas) does not see it as a town.
  const north = front('n', 'Donetsk', 48.016, 37.803)
  const south = front('s', 'Marinka', 47.942, 37.503)
  const ctx = (x: string, y: string) => ({ a: writtenOf([x], north, cfg), b: writtenOf([y], south, cfg) })
  const two = decide(north, south, cfg, ctx('Government troops fired mortars at militia positions in the area of Shakhta Zasyadko on Tuesday.',
    'Government troops fired machine guns at militia positions in the area of Shakhta imeni Abakumova on Tuesday.'))
  assert.deepEqual([two.same, two.reasons.at(-1)], [false, 'area-level places near two towns 24 km apart (limit 15 for two areas)'])
  // Twin: both articles name one finer place, spelled alike, on one day: one place whatever the coded towns.
  const one = decide(north, south, cfg, ctx('Government troops fired mortars at militia positions in the area of Shakhta Zasyadko on Tuesday.',
    'Militia positions in the area of Shakhta Zasyadko came under mortar fire from government troops on Tuesday.'))
  assert.deepEqual([one.same, one.reasons[1]], [true, 'area-level places near two towns 24 km apart, both articles name one place finer than the coded ones (shakhta zasyadko)'])
  // Twin: one town near both (the coded places agree) still merges on the shared sides and unit.
  assert.equal(decide(north, front('m', 'Donetsk', 48.016, 37.803), cfg).same, true)
})

/** A command run through Io, its output captured. */
async function cli(command: (args: string[], io: { out(c: string): void; err(c: string): void }) => Promise<number>, args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await command(args, { out: (c) => out.push(c), err: (c) => err.push(c) })
  return { code, out: out.join(''), err: err.join('') }
}

test('an event type that is no ACLED type is refused with the closest names, not answered with 0 events; any case is read', async () => {
  const { eventFilter } = await import('./index.js')
  const bad = eventFilter({ event_type: 'Battle' })
  assert.deepEqual(bad.ok ? null : [bad.error.code, bad.error.message], ['bad-query', '"event_type": "Battle" is no ACLED event type; did you mean Battles?'])
  const sub = eventFilter({ sub_event_type: 'armed clashes' })
  assert.deepEqual(sub.ok ? null : sub.error.message, '"sub_event_type": "armed clashes" is no ACLED sub-event type; did you mean Armed clash?')
  const none = eventFilter({ event_type: 'Bogus' })
  assert.deepEqual(none.ok ? null : none.error.message,
    '"event_type": "Bogus" is no ACLED event type; one of Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments')
  const lower = eventFilter({ event_type: 'battles', sub_event_type: 'ARMED CLASH' })
  assert.deepEqual(lower.ok ? [lower.value.event_type, lower.value.sub_event_type] : null, ['Battles', 'Armed clash'])
  // The same through `sitrep export`: exit 2 before any store is opened.
  const { exportCommand } = await import('./cli/export.js')
  const r = await cli(exportCommand, ['--db', '/nonexistent/audit31.db', '--event-type', 'Battle'])
  assert.deepEqual([r.code, r.err], [2, 'sitrep export: "event_type": "Battle" is no ACLED event type; did you mean Battles?\n'])
})

test('control --at takes a real calendar date (2020-02-30 is refused like "yesterday")', async () => {
  const { controlCommand } = await import('./cli/control.js')
  const r = await cli(controlCommand, ['Palmyra', '--at', '2020-02-30', '--db', '/nonexistent/audit31.db'])
  assert.deepEqual([r.code, r.err], [2, 'sitrep control: --at must be a real date YYYY-MM-DD, got "2020-02-30"\n'])
})

test('--db with a URL of a database sitrep does not speak is refused by name, not opened as a file path', async () => {
  const { exportCommand } = await import('./cli/export.js')
  const r = await cli(exportCommand, ['--db', 'mysql://user@localhost/events'])
  assert.deepEqual([r.code, r.err], [1, 'sitrep export: store-unavailable: cannot open mysql://user@localhost/events: "mysql:" URLs are not supported: give a SQLite file path (./sitrep.db) or a postgres:// URL\n'])
  const { ingestCommand } = await import('./cli/ingest.js')
  const i = await cli(ingestCommand, ['--db', 'sqlite://./x.db', '-'])
  assert.equal(i.code, 1)
  assert.match(i.err, /cannot open sqlite:\/\/\.\/x\.db: "sqlite:" URLs are not supported/)
})

test('a missing input is named with the reason in words, not only the system code', async () => {
  const { extractCommand } = await import('./cli/extract.js')
  const r = await cli(extractCommand, ['/nonexistent/audit31-article.txt'])
  assert.deepEqual([r.code, r.err], [1, '/nonexistent/audit31-article.txt: input-unreadable: cannot read: no such file or directory (ENOENT)\n'])
})

test('--explain never prints "null" for the place a sentence passed over: it says why that place gave way', () => {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2023-11-06', input: 't' },
    text: 'Al-Shabaab said its fighters shot down a military drone over the Jilib area of Middle Juba region, a stronghold of the group in southern Somalia, on Sunday.' })
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'event-place-sentence').map((m) => m.reason),
    ['"Jilib" is named in the event\'s sentence (over "Somalia", a wider or other place named beside it).'])
})

test('an API value outside a fixed list names the values it takes, not only "one of the allowed values"', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const { openStore } = await import('./store/index.js')
  const { buildServer } = await import('./api/index.js')
  const dir = mkdtempSync(join(tmpdir(), 'audit31-api-'))
  const store = await openStore(join(dir, 'api.db'), { writeThread: false, readThreads: 0 })
  const app = await buildServer(store, { webRoot: join(dir, 'no-web') })
  try {
    const res = await app.inject({ method: 'GET', url: '/api/export?format=xml' })
    assert.deepEqual([res.statusCode, res.json()], [400, { error: { code: 'bad-query', message: '"format" must be one of "jsonl", "acled-csv", "geojson", "plover", "ucdp-csv"' } }])
  } finally {
    await app.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('POST /api/articles refuses an id with a lone surrogate (stored as U+FFFD, it could never be read back); a well-formed one is read back', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const { openStore } = await import('./store/index.js')
  const { buildServer } = await import('./api/index.js')
  const dir = mkdtempSync(join(tmpdir(), 'audit31-api-'))
  const store = await openStore(join(dir, 'api.db'), { writeThread: false, readThreads: 0 })
  const made = await store.users.add('audit31-editor', 'editor')
  assert.ok(made.ok)
  const app = await buildServer(store, { derive: () => [], webRoot: join(dir, 'no-web') })
  const post = (id: string) => app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: `Bearer ${made.value.token}`, 'content-type': 'application/json' },
    payload: `{"id":${id},"text":"A note with no event in it."}` })
  try {
    const bad = await post('"\\u00fc\\ud800"')
    assert.deepEqual([bad.statusCode, bad.json().error], [422, { code: 'invalid-value', message: 'article: "id" must be well-formed Unicode (it holds a lone surrogate, such as \\ud800)' }])
    // Twin: a letter outside the Basic Multilingual Plane is a surrogate pair, well formed, and read back by its URL.
    const good = await post('"note-\\ud83d\\ude00"')
    assert.equal(good.statusCode, 200)
    assert.equal((await app.inject({ method: 'GET', url: `/api/articles/${encodeURIComponent('note-\u{1F600}')}` })).statusCode, 200)
  } finally {
    await app.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('--explain: a denied event says its status and why under its type, and a backer is quoted from a word\'s start', async () => {
  const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const { extractCommand } = await import('./cli/extract.js')
  const dir = mkdtempSync(join(tmpdir(), 'audit31-explain-'))
  const file = join(dir, 'deny.txt')
  writeFileSync(file, 'Militants say they downed army drone; military denies\n\nThe Islamist group al-Shabaab said on Sunday that its fighters had shot down a military drone near Bardere in southern Somalia. The army denied the claim. The government, backed by African Union troops, launched an offensive against the group last year.\n')
  try {
    const r = await cli(extractCommand, ['--explain', '--pub-date', '2023-11-06', file])
    const lines = r.err.split('\n')
    assert.ok(lines[1].startsWith('  Event 1: Battles / Armed clash · denied · 2023-11-05'), lines[1])
    const at = lines.findIndex((l) => l.startsWith('    Type: '))
    assert.equal(lines[at + 1], '    Status: denied, not reported as typed above: Sentence 2 denies the Armed clash event told in sentence 1: it refers back to it. "The army denied the claim."')
    assert.equal(lines.filter((l) => l.includes('events/denied:')).length, 0)
    assert.deepEqual(lines.filter((l) => l.includes('backer-associated')).map((l) => l.trim()),
      ['actors/backer-associated: "African Union troops" backs the agent ("government, backed by ..."): associated with actor1, not a side. "African Union troops"'])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('a nationality after a place cue names no place: "in the Libyan capital" and "in the Mitiga and Ain Zara districts" are no two places', async () => {
  const { rec, claim } = await import('./store/fixtures.js')
  const { mergeConfig } = await import('./merge/config.js')
  const { decide } = await import('./merge/match.js')
  const { writtenOf } = await import('./merge/details.js')
  const cfg = mergeConfig()
  const clash = (id: string, toll: number) => rec({ id, article_id: id, event_date: '2024-05-13', event_type: 'Battles', sub_event_type: 'Armed clash',
    actor1: 'Rada: Special Deterrence Forces', actor2: 'SSA: Stability Support Apparatus', country: 'Libya', iso: 'LY', admin1: 'Tripoli', admin2: '',
    location: 'Tripoli', latitude: 32.885, longitude: 13.18, geo_precision: 1, geonameid: 2210247, fatalities: toll, fatality_claims: [claim(toll)] })
  const a = clash('a', 8)
  const b = clash('b', 10)
  const ctx = (x: string, y: string) => ({ a: writtenOf([x], a, cfg), b: writtenOf([y], b, cfg) })
  assert.deepEqual(writtenOf(['Two armed groups fought overnight in the Libyan capital, leaving at least eight dead.'], a, cfg).places, [])
  const one = decide(a, b, cfg, ctx('Two armed groups fought overnight in the Libyan capital, leaving at least eight dead.',
    'Ten people died as the two groups fought in the Mitiga and Ain Zara districts of Tripoli.'))
  assert.deepEqual([one.same, one.reasons.at(-1)], [true, 'score 1 ≥ threshold 0.7'])
  // Twin: two quarters named by each, none shared, are still two places.
  const two = decide(a, b, cfg, ctx('Two armed groups fought overnight in the Souq al-Jumaa district, leaving at least eight dead.',
    'Ten people died as the two groups fought in the Mitiga and Ain Zara districts of Tripoli.'))
  assert.equal(two.same, false)
})
