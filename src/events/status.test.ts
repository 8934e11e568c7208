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

test('a protest told with "last fall" is background with no date of its own: not coded', () => {
  const { doc, records } = run('Hundreds of farmers protested against the new dam near Cajamarca last fall, demanding clean water.', '2024-05-07')
  assert.deepEqual(records.map(row), [])
  assert.ok(rules(doc).includes('background-undated'))
})

test('a background cue in another clause with its own event word does not make this event background', () => {
  const { doc, records } = run('Gunmen killed four villagers near Gusau on Sunday, and last year bandits attacked the market in the same town.', '2024-03-12')
  assert.deepEqual(records.map(row).slice(0, 1), [['2024-03-10', 'Attack', 'NG', 4, 4, 4, 'reported']])
  assert.ok(rules(doc).includes('cue-own-clause'))
})

test('an anniversary recalls what follows it, not the protest that marks it', () => {
  const { doc, records } = run('Thousands of students marched peacefully through Dhaka on Sunday to mark the anniversary of the 1952 language movement.', '2024-02-26')
  assert.deepEqual(records.map(row), [['2024-02-25', 'Peaceful protest', 'BD', 0, 0, 0, 'reported']])
  assert.ok(rules(doc).includes('cue-own-clause'))
})

test('an act after an intention and "to" has not happened: planned', () => {
  const { doc, records } = run('Militants in central Mali want their fighters to attack the town of Gao, a local official said.', '2024-03-12')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.status]), [['Armed clash', 'planned']])
  assert.ok(doc.messages.some((m) => m.stage === 'events' && /rule infinitive-intent/.test(m.reason)))
})

test('an undated shooting under investigation is history: not coded', () => {
  const { doc, records } = run('The reporter had been investigating the shooting of a human rights lawyer in Moscow.', '2024-05-07')
  assert.deepEqual(records.map(row), [])
  assert.ok(doc.messages.some((m) => m.stage === 'events' && /rule inquiry-object/.test(m.reason)))
})

test('"believed to have been killed in the unrest" is a running total, no incident', () => {
  const { doc, records } = run('More than 300 people are believed to have been killed in the post-election unrest, a rights group said.', '2024-05-07')
  assert.deepEqual(records.map(row), [])
  assert.ok(doc.messages.some((m) => m.stage === 'events' && /rule perfect-period-toll/.test(m.reason)))
})

test('residents firing at police in unrest are rioters, not security forces using excessive force', () => {
  const { records } = run('Residents opened fire on police during protests over evictions in Soweto on Tuesday, killing one officer.', '2024-03-12')
  assert.deepEqual(records.map(row), [['2024-03-12', 'Violent demonstration', 'ZA', 1, 1, 1, 'reported']])
  const police = run('Protesters said police opened fire on the crowd in Soweto on Tuesday, killing two demonstrators.', '2024-03-12')
  assert.deepEqual(police.records.map(row), [['2024-03-12', 'Excessive force against protesters', 'ZA', 2, 2, 2, 'reported']])
})

test('fire bombs and rockets thrown by youths during riots are a riot, not shelling; rebels firing rockets stay shelling', () => {
  const { doc, records } = run('Youths threw fire bombs and rockets at a police station in Tottenham on Saturday night during riots.', '2024-03-12')
  assert.deepEqual(records.map(row), [['2024-03-09', 'Violent demonstration', 'GB', 0, 0, 0, 'reported']])
  assert.ok(doc.messages.some((m) => m.stage === 'events' && /rule crowd-remote/.test(m.reason)))
  const rebels = run('Rebels fired rockets at the police station in Goma on Saturday during unrest.', '2024-03-12')
  assert.deepEqual(rebels.records.map((r) => r.sub_event_type), ['Shelling/artillery/missile attack'])
})

test('a dated shooting under investigation is news when the report is recent, history when no publication date says so (not coded)', () => {
  const recent = run('Police are investigating the shooting of a journalist in Lagos on 3 March 2024.', '2024-03-05')
  assert.deepEqual(recent.records.map((r) => [r.event_date, r.status]), [['2024-03-03', 'reported']])
  const undated = run('Police are investigating the shooting of a journalist in Lagos on 3 March 2024.', null)
  assert.deepEqual(undated.records, [])
  assert.ok(undated.doc.messages.some((m) => m.rule === 'background-undated' && /rule inquiry-object/.test(m.reason)))
})

test('a year long past in the clause makes the act background; a period up to now does not', () => {
  const old = run('Students protested against fee increases at the university in Accra in 2001.', '2024-05-07')
  assert.deepEqual(old.records.map((r) => [r.event_date, r.status]), [['2001-07-01', 'background']])
  const period = run('Workers protested outside the ministry in Tunis on Friday, as they have for the past three months.', '2024-05-07')
  assert.deepEqual(period.records.map((r) => [r.event_date, r.sub_event_type, r.status]), [['2024-05-03', 'Peaceful protest', 'reported']])
})

test('police firing tear gas shells at a crowd is no shelling', () => {
  const { records } = run('Police fired tear gas shells to disperse hundreds of protesters who pelted stones in Surat on Saturday.', '2024-05-07')
  assert.ok(records.length > 0)
  assert.ok(records.every((r) => r.sub_event_type !== 'Shelling/artillery/missile attack'))
})
