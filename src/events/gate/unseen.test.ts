import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { parse } from 'yaml'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Whole articles written for these tests (fixtures/unseen*.yaml): every record sitrep prints, and nothing more.
interface More { location?: string; fatalities?: number; date?: string | Date; actor1?: string; actor2?: string }
interface Row { id: string; published: string | Date; title: string; text: string; gap?: string; events: [string, string, string, More?][] }
// Every fixtures/unseen*.yaml: round one and two in unseen.yaml, later rounds in files of their own.
const dir = new URL('./fixtures/', import.meta.url)
const rows = readdirSync(dir).filter((f) => /^unseen.*\.yaml$/.test(f)).sort()
  .flatMap((f) => parse(readFileSync(new URL(f, dir), 'utf8')) as Row[])
const day = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d))

for (const row of rows) {
  test(`unseen article ${row.id}: ${row.events.length} record(s)`, row.gap ? { todo: row.gap } : {}, () => {
    const doc = extract({ article: { id: row.id, title: row.title, section: null, byline: null, source: null, url: null, published: day(row.published), input: row.id }, text: row.text })
    const got = toRecords(doc).map((r) => {
      const [, , , more] = row.events.find((e) => e[1] === r.sub_event_type && e[2] === r.status) ?? []
      const extra: More = {}
      if (more?.location !== undefined) extra.location = r.location
      if (more?.fatalities !== undefined) extra.fatalities = r.fatalities
      if (more?.date !== undefined) extra.date = r.event_date ?? ''
      if (more?.actor1 !== undefined) extra.actor1 = r.actor1 ?? ''
      if (more?.actor2 !== undefined) extra.actor2 = r.actor2 ?? ''
      return more ? [r.event_type, r.sub_event_type, r.status, extra] : [r.event_type, r.sub_event_type, r.status]
    })
    // yaml reads a bare 2025-08-20 as a Date: compare days as strings.
    const want = row.events.map(([a, b, c, more]) => (more ? [a, b, c, { ...more, ...(more.date !== undefined ? { date: day(more.date) } : {}) }] : [a, b, c]))
    assert.deepEqual(got, want)
  })
}
