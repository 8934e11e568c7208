import { readdirSync, readFileSync } from 'node:fs'
const { parse } = await import(process.cwd() + '/node_modules/yaml/dist/index.js')
import { isDeepStrictEqual } from 'node:util'
const wt = process.cwd()
const { extract } = await import(wt + '/src/pipeline.ts')
const { toRecords } = await import(wt + '/src/events/records.ts')
const dir = wt + '/src/events/gate/fixtures/'
const ids = process.argv.slice(2)
const gapOnly = ids[0] === '--gaps'
const files = readdirSync(dir).filter((f) => /^unseen.*\.yaml$/.test(f)).sort()
const day = (d: any) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d))
for (const f of files) for (const row of parse(readFileSync(dir + f, 'utf8')) as any[]) {
  if (gapOnly ? !row.gap : !ids.some((i) => row.id.includes(i))) continue
  const doc = extract({ article: { id: row.id, title: row.title, section: null, byline: null, source: null, url: null, published: day(row.published), input: row.id }, text: row.text })
  const recs = toRecords(doc)
  const got = recs.map((r: any) => {
    const [, , , more] = row.events.find((e: any) => e[1] === r.sub_event_type && e[2] === r.status) ?? []
    const extra: any = {}
    if (more?.location !== undefined) extra.location = r.location
    if (more?.fatalities !== undefined) extra.fatalities = r.fatalities
    if (more?.date !== undefined) extra.date = r.event_date ?? ''
    if (more?.actor1 !== undefined) extra.actor1 = r.actor1 ?? ''
    if (more?.actor2 !== undefined) extra.actor2 = r.actor2 ?? ''
    return more ? [r.event_type, r.sub_event_type, r.status, extra] : [r.event_type, r.sub_event_type, r.status]
  })
  const want = row.events.map(([a, b, c, more]: any) => (more ? [a, b, c, { ...more, ...(more.date !== undefined ? { date: day(more.date) } : {}) }] : [a, b, c]))
  const ok = isDeepStrictEqual(got, want)
  console.log(`${ok ? 'PASS' : 'FAIL'} ${f} ${row.id}${row.gap ? ' [gap: ' + row.gap + ']' : ''}`)
  if (!ok || process.env.V) {
    console.log('  want', JSON.stringify(want)); console.log('  got ', JSON.stringify(got))
    for (const r of recs) console.log('   ', r.event_date, '|', r.sub_event_type, '|', r.actor1, '|', r.actor2, '|', r.location, '|', r.fatalities, '|', r.status)
  }
}
