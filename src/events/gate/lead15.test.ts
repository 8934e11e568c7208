import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with the lead's fourteenth round, second part (stop 33): each rule's text beside a
// near-identical one where it must not fire (or must still fire). Texts written for these tests.
function run(text: string, published: string) {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { doc, rec: records, row: records.map((r) => [r.sub_event_type, r.actor1, r.actor2, r.location, r.country, r.status, r.event_date]), fat: records.map((r) => r.fatalities) }
}

test('"protesters looted shops ..., and police said they had arrested 60 people": the teller\'s claim is the arrests\', not the riot\'s', () => {
  const riot = run('KANO, Nigeria, Aug 1 (Reuters) - Police fired tear gas at protesters in Abuja on Thursday. In the northern city of Kano, protesters looted shops and set fire to a government building, and police said they had arrested 60 people.', '2024-08-01')
  assert.deepEqual(riot.row.map((r) => [r[0], r[3], r[5]]), [['Protest with intervention', 'Abuja', 'reported'], ['Violent demonstration', 'Kano', 'reported']])
})
