/** @module events/status tests: time status per clause, tolls over periods, riots, bodies counted. Articles written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

function run(text: string, published: string | null) {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return { doc, records: toRecords(doc) }
}
const row = (r: ReturnType<typeof toRecords>[number]) => [r.event_date, r.sub_event_type, r.iso, r.fatalities, r.fatalities_low, r.fatalities_high, r.status]
const rules = (doc: ReturnType<typeof run>['doc']) => doc.messages.filter((m) => m.stage === 'events').map((m) => m.rule)

test('"23 bodies of soldiers" is one more count of the soldiers, not a total: the lowest credible figure wins', () => {
  const { doc, records } = run('Nineteen Nigerien soldiers were killed on Sunday when a landmine hit their patrol near Tillaberi, officials said. '
    + 'The army gave a toll of 9 soldiers killed. Two residents said they had counted 21 bodies of soldiers at the hospital.', '2024-05-07')
  assert.deepEqual(records.map(row), [['2024-05-05', 'Remote explosive/landmine/IED', 'NE', 9, 9, 21, 'reported']])
  assert.ok(rules(doc).includes('bodies-of-group'))
})
