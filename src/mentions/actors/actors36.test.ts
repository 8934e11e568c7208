import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../../events/records.js'

// Sentences of our own: the words each side's evidence points at (who did it, who it was done to). The names are
// ACLED's unnamed classes and do not change; the evidence says which words of the text they stand for.
function sides(text: string, published = '2021-06-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  const words = (k: 'actor1' | 'actor2') => records.map((r) => (r.evidence[k] ? doc.text.slice(...r.evidence[k]!) : null))
  return { doc, records, words }
}
const reasons = (doc: ReturnType<typeof sides>['doc'], rule: string) => doc.messages.filter((m) => m.rule === rule).map((m) => m.reason)

test('protesters named by no known word: the subject noun phrase before the verb is their evidence', () => {
  const { doc, records, words } = sides('Hardline nationalists staged a sit-in outside parliament in Sofia on Tuesday.')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.actor1, r.actor2]), [['Peaceful protest', 'Protesters (Bulgaria)', null]])
  assert.deepEqual(words('actor1'), ['Hardline nationalists'])
  assert.deepEqual(reasons(doc, 'crowd-subject-phrase'), ['"Hardline nationalists" did the act: the protesters\' words.'])
})

test('an apposition stays with the subject; the object\'s own modifiers lead back to the verb', () => {
  const { words } = sides('Ahmed Karimov, Tajikistan\'s best-known labour organizer, began a three-day hunger strike in Dushanbe on Friday.')
  assert.deepEqual(words('actor1'), ['Ahmed Karimov, Tajikistan\'s best-known labour organizer'])
})

test('a leading count is no part of the crowd\'s words; the act may be the verb itself', () => {
  const { records, words } = sides('About 300 followers of the jailed cleric blocked roads in Tunis on Monday to demand his release.')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.actor1]), [['Peaceful protest', 'Protesters (Tunisia)']])
  assert.deepEqual(words('actor1'), ['followers of the jailed cleric'])
})

test('the crowd\'s words keep their modifiers: "radical separatist demonstrators", not "demonstrators"', () => {
  const { records, words } = sides('Kenyan police fired tear gas to disperse radical separatist demonstrators in Mombasa on Monday.')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.actor1, r.actor2]), [['Protest with intervention', 'Protesters (Kenya)', 'Police Forces of Kenya (2013-)']])
  assert.deepEqual(words('actor1'), ['radical separatist demonstrators'])
  assert.deepEqual(words('actor2'), ['Kenyan police'])
})
