import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { main } from './main.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'))
const file = (name: string, content: string) => { const p = join(dir, name); writeFileSync(p, content); return p }

async function run(...args: string[]) {
  let out = '', err = ''
  const code = await main(args, { out: (s) => { out += s }, err: (s) => { err += s } })
  return { code, out, err }
}

const bomb = file('bomb.jsonl', JSON.stringify({ id: 'b1', published: '2023-10-03', source: 'Wire',
  text: 'A roadside bomb struck an army convoy near Gao on Monday, killing more than 20 Malian soldiers, a military source said.' }) + '\n')

test('extract prints one JSON record per event on stdout, nothing else', async () => {
  const { code, out, err } = await run('extract', bomb)
  assert.equal(code, 0)
  assert.equal(err, '')
  const records = out.trim().split('\n').map((l) => JSON.parse(l))
  assert.deepEqual(records.map((r) => [r.article_id, r.event_date, r.sub_event_type, r.location, r.fatalities, r.sources[0].source]),
    [['b1', '2023-10-02', 'Remote explosive/landmine/IED', 'Gao', 20, 'Wire']])
})

test('--format acled-csv writes ACLED columns; a bad line is reported with its number and the rest still go through', async () => {
  const mixed = file('mixed.jsonl', readFileSync(bomb, 'utf8') + '{oops\n')
  const { code, out, err } = await run('extract', '--format', 'acled-csv', mixed)
  assert.equal(code, 0)
  assert.equal(out.split('\r\n')[0].split(',').slice(0, 4).join(','), 'event_id_cnty,event_date,year,time_precision')
  assert.equal(out.trim().split('\r\n').length, 2)
  assert.equal(err, `${mixed}:2: jsonl-malformed: not valid JSON (Expected property name or '}' in JSON at position 1)\n`)
})

test('--explain says why an article gave nothing', async () => {
  const sport = file('sport.txt', 'Georgia beat Scotland 2-1 in a bruising clash in Tbilisi on Saturday. The visitors attacked in waves but the home defence held firm, and the striker scored twice in the second half before the fans.')
  const { code, out, err } = await run('extract', '--explain', '--pub-date', '2023-10-15', sport)
  assert.equal(code, 0)
  assert.equal(out, '')
  assert.match(err, /events\/not-relevant: The article reads as sport news/)
})

test('exit codes: 1 when nothing could be read, 2 for a usage error', async () => {
  assert.equal((await run('extract', join(dir, 'missing.txt'))).code, 1)
  assert.equal((await run('extract', '--format', 'pdf', bomb)).code, 2)
  assert.equal((await run('extract')).code, 2)
  assert.equal((await run('nonsense')).code, 2)
})

test('show prints the text that evidence offsets index into', async () => {
  const { out } = await run('extract', bomb)
  const record = JSON.parse(out)
  const shown = (await run('show', bomb)).out.replace(/\n$/, '')
  assert.equal(shown.slice(...record.evidence.location), 'Gao')
  assert.equal(shown.slice(...record.evidence.event_date), 'Monday')
})
