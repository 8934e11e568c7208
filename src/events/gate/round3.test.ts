import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with the third round of whole articles (fixtures/unseen.yaml, round three): each
// rule's text beside a near-identical one where the rule must not fire. Texts written for these tests.
function run(text: string, published = '2025-06-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities])
  const rules = doc.messages.map((m) => m.rule)
  return { doc, records, rules }
}
const village = (toll: string, more = '') => `KADUNA, Nigeria — Gunmen killed ${toll} in an attack on a village in Kaduna state on Monday, police said.${more}`

test('"killed five people, three of them children": the apposition names some of the dead, it adds none', () => {
  const part = run(village('five soldiers, three of them officers,'))
  assert.deepEqual(part.records, [['Armed clash', 'reported', '2025-06-09', 5]])
  assert.ok(part.rules.includes('part-of-count'))
  const bracket = run(village('five people (three of whom were children)'))
  assert.deepEqual(bracket.records.map((r) => r[3]), [5])
  // Twin: soldiers and officers counted apart add up.
  const apart = run(village('five soldiers and three officers'))
  assert.deepEqual(apart.records.map((r) => r[3]), [8])
  assert.ok(!apart.rules.includes('part-of-count'))
})

test('"wounded ten others, two of whom later died": the part counts the wounded who died, added to the dead', () => {
  const { records, rules } = run(village('five soldiers and wounded ten others, two of whom later died,'))
  assert.deepEqual(records.map((r) => r[3]), [7])
  assert.ok(!rules.includes('part-of-count'))
})

test('"12 of them" with nothing killed before it is the toll itself', () => {
  const { records } = run('KADUNA, Nigeria — Gunmen stopped a bus carrying 30 passengers in Kaduna state on Monday and killed 12 of them, police said.')
  assert.deepEqual(records.map((r) => r[3]), [12])
})

test('"killed my neighbour and his son": two dead, each a person of their own', () => {
  const { records } = run('KADUNA, Nigeria — Gunmen killed my neighbour and his son in an attack on a village in Kaduna state on Monday, a resident said.')
  assert.deepEqual(records.map((r) => r[3]), [2])
})

test('kin named after a toll are some of those dead; "also killed" adds', () => {
  const quote = run(village('two farmers', ' "They killed my neighbour and his son in their field," a resident said.'))
  assert.deepEqual(quote.records.map((r) => r[3]), [2])
  assert.ok(quote.rules.includes('kin-of-counted'))
  const brother = run(village('three soldiers', ' "My brother was killed there," said a woman in the town.'))
  assert.deepEqual(brother.records.map((r) => r[3]), [3])
  // Twin: "also" tells of one more dead.
  const also = run(village('a farmer', ' His son was also killed when he tried to flee.'))
  assert.deepEqual(also.records.map((r) => r[3]), [2])
  assert.ok(!also.rules.includes('kin-of-counted'))
})
