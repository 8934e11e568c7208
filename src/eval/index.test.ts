import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { evalCommand, parseEvalArgs } from '../cli/eval.js'
import { goldFiles, sniffKind } from './files.js'
import { geoDumpPath } from './geo-wire.js'
import { formatTable, runEval } from './index.js'
import type { EvalResult } from './result.js'

// Hand-written rows in the shapes of the gold files (shared/eval/README.md); no gold text.
const acledGold = {
  event_date: '2021-03-14', time_precision: 1, disorder_type: 'Political violence', event_type: 'Battles',
  sub_event_type: 'Armed clash', actor1: 'Rebels', assoc_actor_1: '', inter1: 2, actor2: 'Army', assoc_actor_2: '',
  inter2: 1, interaction: 12, country: 'Freedonia', iso: 'FD', admin1: 'North', admin2: '', admin3: '', location: 'Alpha',
  latitude: 10, longitude: 20, geo_precision: 1, fatalities: 2,
}
function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-eval-'))
  const acled = [
    { id: 'T1', text: 'On 14 March 2021, rebels clashed with the army near Alpha. Two soldiers were killed.', published: '2021-03-14', source: 'Made up', gold: acledGold },
    { id: 'T2', text: 'On 14 March 2021, residents marched through Alpha to demand water.', published: '2021-03-14', source: 'Made up', gold: { ...acledGold, sub_event_type: 'Peaceful protest' } },
  ]
  writeFileSync(join(dir, 'acled-mini.jsonl'), acled.map((r) => JSON.stringify(r)).join('\n') + '\n\n')
  writeFileSync(join(dir, 'case-mini.jsonl'), [
    { id: '1', text: 'Fighter jets bombed a depot outside the town.', gold: { label: 'AIR_STRIKE', sub_event_type: 'Air/drone strike', event_type: 'Explosions/Remote violence' } },
    { id: '2', text: 'A storm flooded the coastal road on Monday.', gold: { label: 'NATURAL_DISASTER', sub_event_type: null, event_type: null } },
  ].map((r) => JSON.stringify(r)).join('\n'))
  writeFileSync(join(dir, 'odd.jsonl'), '{"id": "x", "text": "y", "gold": {"stance": 1}}\n')
  mkdirSync(join(dir, 'plover-gsr'))
  writeFileSync(join(dir, 'plover-gsr', 'PLOVER_GSR_CAMEO.txt'), '[{"id": "D", "event": "DOCUMENT"}]')
  writeFileSync(join(dir, 'geo-mini.jsonl'), '{"id": "g", "text": "In Alpha.", "gold": [{"start": 3, "end": 8}]}\n')
  return dir
}

test('gold files are found and told apart by the shape of their first row', () => {
  const dir = fixtureDir()
  const names = goldFiles(dir)
  assert.deepEqual(names, ['acled-mini.jsonl', 'case-mini.jsonl', 'geo-mini.jsonl', 'odd.jsonl', join('plover-gsr', 'PLOVER_GSR_CAMEO.txt')])
  assert.deepEqual(names.map((n) => sniffKind(join(dir, n))), ['acled', 'case', 'geo', 'unknown', 'plover'])
})

test('runEval scores every row, dumps one line per row plus the confusion, and names what it skipped', async () => {
  const dir = fixtureDir()
  const dump = join(dir, 'out', 'dump.jsonl')
  mkdirSync(join(dir, 'out'))
  const seen: string[] = []
  const result = await runEval({ dir, files: ['acled-mini.jsonl', 'case-mini.jsonl', 'odd.jsonl', 'gone.jsonl'], dump, progress: (m) => seen.push(m) })
  assert.deepEqual(result.files.map((f) => [f.file, f.kind, f.rows, f.skipped ?? null]), [
    ['acled-mini.jsonl', 'acled', 2, null],
    ['case-mini.jsonl', 'case', 2, null],
    ['odd.jsonl', 'unknown', 0, 'no scorer for this gold shape'],
    ['gone.jsonl', 'unknown', 0, `no such file: ${join(dir, 'gone.jsonl')}`],
  ])
  assert.deepEqual(result.files[0].metrics.map((m) => m.key), [
    'coverage', 'event_type', 'sub_event_type', 'sub_event_type_macro_f1', 'disorder_type', 'event_date', 'time_precision',
    'fatalities', 'fatalities_20pct', 'place_25km', 'place_100km', 'iso', 'admin1', 'geo_precision', 'actor_pair', 'actor1',
    'actor_names', 'interaction', 'median_km', 'failed'])
  assert.deepEqual(result.files[1].metrics.map((m) => [m.key, m.n]), [
    ['coverage', 1], ['sub_event_type_macro_f1', 2], ['accuracy', 2], ['sub_event_type', 1], ['event_type', 1],
    ['false_alarm_rate', 1], ['failed', 2]])
  const lines = readFileSync(dump, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
  assert.deepEqual(lines.map((l) => [l.file, l.id ?? 'confusion', l.text_len ?? null]), [
    ['acled-mini.jsonl', 'T1', 84], ['acled-mini.jsonl', 'T2', 66], ['acled-mini.jsonl', 'confusion', null],
    ['case-mini.jsonl', '1', 45], ['case-mini.jsonl', '2', 43], ['case-mini.jsonl', 'confusion', null],
  ])
  assert.deepEqual((lines[0].gold as { sub_event_type: string }).sub_event_type, 'Armed clash')
  assert.deepEqual(seen.filter((m) => m.includes('scoring as')), [
    'acled-mini.jsonl: scoring as acled', 'case-mini.jsonl: scoring as case', 'odd.jsonl: scoring as unknown'])
})

test('each geo gold file gets its own dump beside the main one', () => {
  assert.deepEqual([geoDumpPath('/tmp/d.jsonl', 'geo-lgl.jsonl'), geoDumpPath('/tmp/d', 'sub/geo-x.jsonl')], ['/tmp/d.geo-lgl.jsonl', '/tmp/d.geo-x.jsonl'])
})

test('the table prints every figure, "-" where there is none', () => {
  const result: EvalResult = {
    dir: '/gold', limit: 10, confusion: false, seconds: 1.25,
    files: [
      { file: 'a.jsonl', kind: 'acled', rows: 10, seconds: 1.2, metrics: [
        { key: 'coverage', label: 'coverage', value: 0.5, covered: null, n: 10 },
        { key: 'sub_event_type', label: 'sub-type', value: 0.25, covered: 0.5, n: 10 },
        { key: 'median_km', label: 'median', value: 12.345, n: 4, unit: 'km' },
        { key: 'failed', label: 'failed', value: 0, n: 10, unit: 'count' },
      ] },
      { file: 'g.jsonl', kind: 'geo', rows: 0, seconds: 0, metrics: [], skipped: 'geo scorer not available' },
    ],
  }
  const pad = (label: string, all: string, covered: string, n: string) =>
    '  ' + label.padEnd(46) + all.padStart(10) + covered.padStart(10) + n.padStart(8)
  assert.equal(formatTable(result), [
    'sitrep eval: /gold  (1.3 s, first 10 rows per file)',
    pad('metric', 'all', 'covered', 'n'),
    'a.jsonl  (acled, 10 rows, 1.2 s)',
    pad('coverage', '0.500', '-', '10'),
    pad('sub-type', '0.250', '0.500', '10'),
    pad('median', '12.3 km', '-', '4'),
    pad('failed', '0', '-', '10'),
    'g.jsonl  (geo)',
    '  skipped: geo scorer not available',
  ].join('\n') + '\n')
})

test('flags: repeatable --file, --limit as a number, bad input named', () => {
  assert.deepEqual(parseEvalArgs(['--file', 'a.jsonl', '--file=b.jsonl', '--limit', '20', '--dump', '/tmp/d.jsonl', '--confusion', '--json', '--dir', '/g']), {
    ok: true, json: true, help: false,
    options: { files: ['a.jsonl', 'b.jsonl'], limit: 20, dump: '/tmp/d.jsonl', confusion: true, dir: '/g' },
  })
  assert.deepEqual(parseEvalArgs(['--limit', 'ten']), { ok: false, message: '--limit needs a positive whole number, not "ten"' })
  assert.deepEqual(parseEvalArgs(['--dump']), { ok: false, message: '--dump needs a value (FILE)' })
  assert.deepEqual(parseEvalArgs(['--fast']), { ok: false, message: 'unknown argument: --fast' })
})

test('evalCommand: exit 2 on a bad flag, 1 when the dir cannot be read', async () => {
  const out: string[] = [], err: string[] = []
  const io = { out: (s: string) => { out.push(s) }, err: (s: string) => { err.push(s) } }
  assert.equal(await evalCommand(['--fast'], io), 2)
  assert.equal(err[0].split('\n')[0], 'sitrep eval: unknown argument: --fast')
  assert.equal(await evalCommand(['--dir', '/nonexistent/sitrep-eval'], io), 1)
  assert.equal(err.at(-1)!, 'sitrep eval: no evaluation data at /nonexistent/sitrep-eval: give --dir DIR or set SITREP_EVAL_DIR (by default ../shared/eval beside the package)\n')
  assert.deepEqual(out, [])
})
