import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes that closed gaps of the whole-article fixtures (fixtures/unseen*.yaml, stop 27): each rule's text
// beside a near-identical one where it must not fire. Texts written for these tests.
function run(text: string, published = '2024-03-14') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { records, rules: doc.messages.map((m) => m.rule), row: records.map((r) => [r.sub_event_type, r.status, r.event_date, r.actor1, r.actor2, r.location]) }
}

test('"the minister was visiting troops deployed against bandits": forces described, no deployment told', () => {
  const lead = 'NAIROBI (Reuters) - A Kenyan minister was injured when his helicopter crashed near Marsabit on Wednesday, officials said. '
  const described = run(lead + 'The minister had been visiting troops deployed against cattle rustlers in the area.')
  assert.deepEqual(described.row, [])
  assert.ok(described.rules.includes('described-forces'))
  // Twin: troops who deployed, as the sentence's own act, are a change to their activity.
  const deployed = run(lead + 'The army deployed troops against cattle rustlers in Marsabit on Wednesday.')
  assert.deepEqual(deployed.row.map((r) => [r[0], r[1], r[3], r[5]]), [['Change to group/activity', 'reported', 'Military Forces of Kenya (2022-)', 'Marsabit']])
})
