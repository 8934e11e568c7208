/** ux34: what an outside user meets first: a known route asked with a method it does not take, names that match nothing, bad input. */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { buildServer } from './api/index.js'
import { backends } from './api/test-backends.js'
import { controlCommand } from './cli/control.js'
import { exportCommand } from './cli/export.js'
import type { Io } from './cli/io.js'
import { art, rec } from './store/fixtures.js'
import { openStore } from './store/index.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-ux34-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const all = await backends('ux34')
after(async () => { for (const b of all) await b.cleanup() })

async function run(command: (args: string[], io: Io) => Promise<number>, args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await command(args, { out: (c) => out.push(c), err: (c) => err.push(c) })
  return { code, out: out.join(''), err: err.join('') }
}

/** A store with one territory event, at Tadmur (Palmyra), and one air strike. */
async function tadmurStore(db: string): Promise<void> {
  const store = await openStore(db)
  await store.putArticle(art('a', 'Text A.'), [rec({ id: 'ev_a', article_id: 'a' })])
  await store.putArticle(art('b', 'Text B.'), [rec({ id: 'ev_b', article_id: 'b', event_date: '2016-05-01', event_type: 'Battles',
    sub_event_type: 'Non-state actor overtakes territory', actor1: 'Islamic State (Syria)', actor2: null })])
  await store.close()
}

const UNKNOWN = 'no place, region or country of the gazetteer has this name, and no territory events are stored under it'

test('control: a name nothing knows is an error (exit 1) with the nearest names of places and countries; a known place with no events is an empty answer (exit 0)', async () => {
  const db = join(dir, 'control.db')
  await tadmurStore(db)
  const seen: [string, number, string, string][] = []
  for (const place of ['Narnia', 'narnia', 'Damscus', 'New Yrok', 'Syriaa', 'Qqqqqqqq', 'Palmra', 'Aleppo', 'syria', 'Palmyra']) {
    const r = await run(controlCommand, [place, '--db', db])
    seen.push([place, r.code, r.out, r.err])
  }
  assert.deepEqual(seen, [
    ['Narnia', 1, '', `sitrep control: unknown place "Narnia": ${UNKNOWN} in ${db}; did you mean "Narni" or "Nania" or "Nanïa"?\n`],
    ['narnia', 1, '', `sitrep control: unknown place "narnia": ${UNKNOWN} in ${db}; did you mean "Narni" or "Nania" or "Nanïa"?\n`],
    ['Damscus', 1, '', `sitrep control: unknown place "Damscus": ${UNKNOWN} in ${db}; did you mean "Damascus"?\n`],
    ['New Yrok', 1, '', `sitrep control: unknown place "New Yrok": ${UNKNOWN} in ${db}; did you mean "New York"?\n`],
    // GeoNames keeps "Syriaa" among Syria's other names.
    ['Syriaa', 0, '', `control: no territory events for "Syriaa" (also tried Syria) in ${db}\n`],
    ['Qqqqqqqq', 1, '', `sitrep control: unknown place "Qqqqqqqq": ${UNKNOWN} in ${db}\n`],
    // A misspelling of a held place's other name offers the held place.
    ['Palmra', 1, '', `sitrep control: unknown place "Palmra": ${UNKNOWN} in ${db}; did you mean "Tadmur"?\n`],
    ['Aleppo', 0, '', `control: no territory events for "Aleppo" in ${db}\n`],
    ['syria', 0, '', `control: no territory events for "syria" in ${db}\n`],
    ['Palmyra', 0, '2016-05-01 → now\tIslamic State (Syria)\t(ev_b)\n', 'control: "Palmyra" read as Tadmur\n'],
  ])
})

test('export --country: names, codes and any case read the country; a misspelling is refused with the nearest country', async () => {
  const db = join(dir, 'export.db')
  await tadmurStore(db)
  const seen: [string, number, number, string][] = []
  for (const country of ['Syriaa', 'syria', 'SY', 'Syrian Arab Republic', 'Narnia']) {
    const r = await run(exportCommand, ['--db', db, '--country', country, '--status', 'all'])
    seen.push([country, r.code, r.out ? r.out.trim().split('\n').length : 0, r.err])
  }
  assert.deepEqual(seen, [
    ['Syriaa', 2, 0, 'sitrep export: unknown country "Syriaa" (give a name or an ISO code such as SY); did you mean "Syria"?\n'],
    ['syria', 0, 2, `export: 2 events from ${db}\n`],
    ['SY', 0, 2, `export: 2 events from ${db}\n`],
    ['Syrian Arab Republic', 0, 2, `export: 2 events from ${db}\n`],
    ['Narnia', 2, 0, 'sitrep export: unknown country "Narnia" (give a name or an ISO code such as SY)\n'],
  ])
})

for (const b of all) {
  test(`${b.name}: /api/control answers a name nothing knows with unknown: true and the nearest names`, { skip: b.skip }, async () => {
    const store = await b.open()
    await store.putArticle(art('b', 'Text B.'), [rec({ id: 'ev_b', article_id: 'b', event_date: '2016-05-01', event_type: 'Battles',
      sub_event_type: 'Non-state actor overtakes territory', actor1: 'Islamic State (Syria)', actor2: null })])
    const app = await buildServer(store, { derive: () => [], webRoot: '/nonexistent' })
    try {
      const got = await Promise.all(['Narnia', 'Aleppo'].map(async (l) => (await app.inject({ method: 'GET', url: `/api/control?location=${l}` })).json()))
      assert.deepEqual(got, [
        { location: 'Narnia', periods: [], suggestions: ['Narni', 'Nania', 'Nanïa'], unknown: true, message: `unknown place "Narnia": ${UNKNOWN}; did you mean "Narni" or "Nania" or "Nanïa"?` },
        { location: 'Aleppo', periods: [], suggestions: [], unknown: false, message: 'no territory events for "Aleppo"' },
      ])
    } finally {
      await app.close()
      await store.close()
    }
  })
}


for (const b of all) {
  test(`${b.name}: a known route asked with a method it does not take answers 405 with an Allow header, in the one error format; an unknown path stays 404`, { skip: b.skip }, async () => {
    const store = await b.open()
    const app = await buildServer(store, { derive: () => [], webRoot: '/nonexistent' })
    try {
      const seen: [string, string, number, string | undefined, unknown][] = []
      for (const [method, url] of [
        ['DELETE', '/api/events/ev_1'], ['PUT', '/api/events/ev_1'], ['PATCH', '/api/events/ev_1'], ['POST', '/api/events'],
        ['GET', '/api/events/ev_1/review'], ['DELETE', '/api/events/ev_1/merge'], ['PUT', '/api/merges/m1'], ['GET', '/api/merges/m1/undo'],
        ['GET', '/api/articles'], ['DELETE', '/api/articles/a1'], ['POST', '/api/health'], ['DELETE', '/api/control?location=x'],
        ['POST', '/api/export'], ['PUT', '/api/openapi.json'], ['POST', '/api/me'], ['DELETE', '/api/audit'], ['POST', '/api/web/clusters'],
        ['PUT', '/api/web/events/ev_1/sources'], ['DELETE', '/'], ['DELETE', '/api/nothing'], ['POST', '/nothing'],
      ] as const) {
        const res = await app.inject({ method, url })
        seen.push([method, url, res.statusCode, res.headers.allow as string | undefined, res.json()])
      }
      const na = (method: string, path: string, allow: string) =>
        ({ error: { code: 'method-not-allowed', message: `${method} is not allowed on ${path} (allowed: ${allow})` } })
      assert.deepEqual(seen, [
        ['DELETE', '/api/events/ev_1', 405, 'GET, HEAD', na('DELETE', '/api/events/ev_1', 'GET, HEAD')],
        ['PUT', '/api/events/ev_1', 405, 'GET, HEAD', na('PUT', '/api/events/ev_1', 'GET, HEAD')],
        ['PATCH', '/api/events/ev_1', 405, 'GET, HEAD', na('PATCH', '/api/events/ev_1', 'GET, HEAD')],
        ['POST', '/api/events', 405, 'GET, HEAD', na('POST', '/api/events', 'GET, HEAD')],
        ['GET', '/api/events/ev_1/review', 405, 'POST', na('GET', '/api/events/ev_1/review', 'POST')],
        ['DELETE', '/api/events/ev_1/merge', 405, 'POST', na('DELETE', '/api/events/ev_1/merge', 'POST')],
        ['PUT', '/api/merges/m1', 405, 'GET, HEAD', na('PUT', '/api/merges/m1', 'GET, HEAD')],
        ['GET', '/api/merges/m1/undo', 405, 'POST', na('GET', '/api/merges/m1/undo', 'POST')],
        ['GET', '/api/articles', 405, 'POST', na('GET', '/api/articles', 'POST')],
        ['DELETE', '/api/articles/a1', 405, 'GET, HEAD', na('DELETE', '/api/articles/a1', 'GET, HEAD')],
        ['POST', '/api/health', 405, 'GET, HEAD', na('POST', '/api/health', 'GET, HEAD')],
        ['DELETE', '/api/control?location=x', 405, 'GET, HEAD', na('DELETE', '/api/control', 'GET, HEAD')],
        ['POST', '/api/export', 405, 'GET, HEAD', na('POST', '/api/export', 'GET, HEAD')],
        ['PUT', '/api/openapi.json', 405, 'GET, HEAD', na('PUT', '/api/openapi.json', 'GET, HEAD')],
        ['POST', '/api/me', 405, 'GET, HEAD', na('POST', '/api/me', 'GET, HEAD')],
        ['DELETE', '/api/audit', 405, 'GET, HEAD', na('DELETE', '/api/audit', 'GET, HEAD')],
        ['POST', '/api/web/clusters', 405, 'GET, HEAD', na('POST', '/api/web/clusters', 'GET, HEAD')],
        ['PUT', '/api/web/events/ev_1/sources', 405, 'GET, HEAD', na('PUT', '/api/web/events/ev_1/sources', 'GET, HEAD')],
        ['DELETE', '/', 405, 'GET, HEAD', na('DELETE', '/', 'GET, HEAD')],
        ['DELETE', '/api/nothing', 404, undefined, { error: { code: 'not-found', message: 'no route DELETE /api/nothing' } }],
        ['POST', '/nothing', 404, undefined, { error: { code: 'not-found', message: 'no route POST /nothing' } }],
      ])
    } finally {
      await app.close()
      await store.close()
    }
  })
}

test('a mistyped option is named with the nearest known one; a missing or unwanted value says which option', async () => {
  const { extractCommand } = await import('./cli/extract.js')
  const seen: [number, string][] = []
  for (const args of [['--pubdate', '2020-01-01', 'x.txt'], ['--explian', 'x.txt'], ['--bogus', 'x.txt'], ['--jobs'], ['--jobs', '--explain', 'x.txt'], ['--explain=yes', 'x.txt']]) {
    const r = await run(extractCommand, args)
    seen.push([r.code, r.err.split('\n')[0]])
  }
  assert.deepEqual(seen, [
    [2, 'sitrep extract: unknown option --pubdate; did you mean --pub-date? (--help lists the options)'],
    [2, 'sitrep extract: unknown option --explian; did you mean --explain? (--help lists the options)'],
    [2, 'sitrep extract: unknown option --bogus (--help lists the options)'],
    [2, 'sitrep extract: --jobs needs a value'],
    [2, 'sitrep extract: --jobs needs a value (one that starts with a dash is written --jobs=-VALUE)'],
    [2, 'sitrep extract: --explain takes no value'],
  ])
})

test('a JSON Lines file of blank lines says so (it exited 1 in silence); standard input is named as such, not "the file"', async () => {
  const { writeFileSync } = await import('node:fs')
  const { Readable } = await import('node:stream')
  const { readInputs } = await import('./ingest/read.js')
  const { extractCommand } = await import('./cli/extract.js')
  const blank = join(dir, 'blank.jsonl')
  writeFileSync(blank, '\n  \n\n')
  const r = await run(extractCommand, [blank])
  assert.deepEqual([r.code, r.out, r.err], [1, '', `${blank}: input-empty: the file has only blank lines, no article (one JSON object a line)\n`])
  const stdin = async (bytes: Buffer, inputFormat?: 'jsonl') => {
    const out: unknown[] = []
    for await (const got of readInputs(['-'], { stdin: Readable.from(bytes.length ? [bytes] : []), ...(inputFormat ? { inputFormat } : {}) })) out.push(got.ok ? 'ok' : got.error)
    return out
  }
  assert.deepEqual(await stdin(Buffer.alloc(0)), [{ code: 'input-empty', message: 'standard input is empty', input: '-' }])
  assert.deepEqual(await stdin(Buffer.from([0, 1, 2, 3, 0, 0, 5])), [{ code: 'input-binary', message: 'standard input is binary, not text (NUL or control bytes found)', input: '-' }])
  assert.deepEqual(await stdin(Buffer.from('\n\n'), 'jsonl'), [{ code: 'input-empty', message: 'standard input has only blank lines, no article (one JSON object a line)', input: '-' }])
})

test('eval without its data folder says where it looked and how to point it elsewhere (it quoted node\'s ENOENT scandir)', async () => {
  const { evalCommand } = await import('./cli/eval.js')
  const missing = join(dir, 'no-eval')
  const r = await run(evalCommand, ['--dir', missing])
  assert.deepEqual([r.code, r.out, r.err], [1, '', `sitrep eval: no evaluation data at ${missing}: give --dir DIR or set SITREP_EVAL_DIR (by default ../shared/eval beside the package)\n`])
})

test('a mistyped command is named with the nearest one; a word near none is only refused', async () => {
  const { main } = await import('./cli/main.js')
  const seen: [number, string][] = []
  for (const name of ['extarct', 'exprot', 'contrl', 'bogus']) {
    const r = await run((args, io) => main(args, io), [name])
    seen.push([r.code, r.err.split('\n')[0]])
  }
  assert.deepEqual(seen, [
    [2, 'sitrep: unknown command "extarct"; did you mean "extract"?'],
    [2, 'sitrep: unknown command "exprot"; did you mean "export"?'],
    [2, 'sitrep: unknown command "contrl"; did you mean "control"?'],
    [2, 'sitrep: unknown command "bogus"'],
  ])
})

test('export --actor that matches nothing offers the stored actors holding something close; a word near none gets the bare count', async () => {
  const db = join(dir, 'actors.db')
  await tadmurStore(db)
  const seen: [string, number, string][] = []
  for (const actor of ['Islamc State', 'Militry Forces', 'Zzzzzz', 'islamic state']) {
    const r = await run(exportCommand, ['--db', db, '--actor', actor, '--status', 'all'])
    seen.push([actor, r.code, r.err])
  }
  assert.deepEqual(seen, [
    ['Islamc State', 0, `export: 0 events from ${db}; no actor holds "Islamc State": did you mean "Islamic State (Syria)"?\n`],
    ['Militry Forces', 0, `export: 0 events from ${db}; no actor holds "Militry Forces": did you mean "Military Forces of Syria (2000-)"?\n`],
    ['Zzzzzz', 0, `export: 0 events from ${db}\n`],
    ['islamic state', 0, `export: 1 events from ${db}\n`],
  ])
})
