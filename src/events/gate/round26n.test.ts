import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with round twenty-six of non-events (fixtures/unseen-none26.yaml): each rule's text beside a
// near-identical one where it must still fire. Texts written for these tests.
function run(text: string, published = '2025-08-13') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const rows = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities])
  return { rows, rules: doc.messages.map((m) => m.rule) }
}

test('"The eight men were arrested over several months": arrests spread over a span, no round-up of a day', () => {
  const span = run('PRETORIA, South Africa — The eight men were arrested over several months after detectives traced a phone left in a getaway car.', '2025-10-14')
  assert.deepEqual(span.rows, [])
  assert.ok(span.rules.includes('period-total'))
  assert.deepEqual(run('PRETORIA, South Africa — Police arrested eight men in Boksburg on Monday after detectives traced a phone left in a getaway car.', '2025-10-14').rows,
    [['Arrests', 'reported', '2025-10-13', 0]])
})

test('"Police had said at the time that the two brothers ... had opened fire first": the account given of a past shooting', () => {
  const then = run('NAIROBI, Kenya — Police had said at the time that the two brothers were carjackers and had opened fire on officers first.', '2025-02-26')
  assert.deepEqual(then.rows, [])
  assert.ok(then.rules.includes('history'))
  assert.deepEqual(run('NAIROBI, Kenya — Police said that two carjackers had opened fire on officers in Kasarani on Tuesday night.', '2025-02-26').rows,
    [['Armed clash', 'reported', '2025-02-25', 0]])
})

test('"have staged protests outside the tribunal at earlier hearings to demand": protests of earlier hearings', () => {
  const earlier = run('ABUJA, Nigeria — Retired teachers have staged protests outside the tribunal at earlier hearings to demand their gratuities.', '2025-06-03')
  assert.deepEqual(earlier.rows, [])
  assert.ok(earlier.rules.includes('earlier-occasion'))
  assert.deepEqual(run('ABUJA, Nigeria — Retired teachers staged a protest outside the tribunal on Tuesday to demand their gratuities.', '2025-06-03').rows,
    [['Peaceful protest', 'reported', '2025-06-03', 0]])
})

test('"the commanders responsible were tried and executed": a state\'s sentence carried out, no attack', () => {
  const tried = run('ERBIL, Iraq — Two of the commanders responsible were tried and executed in Baghdad.', '2025-03-16')
  assert.deepEqual(tried.rows, [])
  assert.ok(tried.rules.includes('court-proceeding'))
  assert.deepEqual(run('ERBIL, Iraq — Militants executed two villagers near Hawija on Saturday, security sources said.', '2025-03-16').rows,
    [['Attack', 'reported', '2025-03-15', 2]])
})

test('"Talks aimed at a ceasefire ... adjourned without a deal": a ceasefire aimed at, none agreed', () => {
  const aim = run('GENEVA, Switzerland — Talks aimed at a ceasefire in South Sudan adjourned in Geneva on Thursday without a deal.', '2025-02-13')
  assert.deepEqual(aim.rows, [])
  assert.ok(aim.rules.includes('hypothetical'))
  assert.deepEqual(run('JUBA, South Sudan — The army and the rebels agreed a ceasefire in Geneva on Thursday, mediators said.', '2025-02-13').rows,
    [['Agreement', 'reported', '2025-02-13', 0]])
})

test('"of the total were displaced within their own countries": a yearly count split up, no flight', () => {
  const count = run('GENEVA, Switzerland — About 9 million of the total were displaced within their own countries, the agency said.', '2025-06-12')
  assert.deepEqual(count.rows, [])
  assert.ok(count.rules.includes('figurative'))
  assert.deepEqual(run('GOMA, Congo — About 9,000 people were displaced from Sake on Tuesday by fighting between the army and M23 rebels.', '2025-06-12').rows,
    [['Other', 'reported', '2025-06-10', 0]])
})

test('"Relatives of the villagers shot dead by soldiers ... gathered to mark ten years since the killings": the dead remembered', () => {
  const marked = run('NKANDLA, South Africa — Relatives of the villagers shot dead by soldiers at Nkandla gathered on Saturday to mark ten years since the killings.', '2025-08-16')
  assert.deepEqual(marked.rows, [])
  assert.ok(marked.rules.includes('looked-back'))
  // Without the anniversary, the shooting of Thursday is told.
  assert.deepEqual(run('NKANDLA, South Africa — Relatives of the villagers shot dead by soldiers at Nkandla on Thursday gathered at the mortuary on Saturday.', '2025-08-16').rows,
    [['Attack', 'reported', '2025-08-14', 0]])
})

test('"Church bells rang at 9:40 a.m., the minute the first shells landed": a moment kept in memory', () => {
  const moment = run('HALABJA, Iraq — Church bells rang across the town at 9:40 a.m., the minute the first shells landed, and people stood in silence.', '2025-03-16')
  assert.deepEqual(moment.rows, [])
  assert.ok(moment.rules.includes('marked-moment'))
  assert.deepEqual(run('HALABJA, Iraq — Shells landed on the town at 9:40 a.m. on Sunday, killing two people, local officials said.', '2025-03-16').rows,
    [['Shelling/artillery/missile attack', 'reported', '2025-03-16', 2]])
})

test('"The killings, the deadliest use of force by soldiers since independence, remain a painful memory": a past act remembered', () => {
  const memory = run('BULAWAYO, Zimbabwe — The killings, the deadliest use of force by soldiers since independence, remain a painful memory for the town.', '2025-08-16')
  assert.deepEqual(memory.rows, [])
  assert.ok(memory.rules.includes('lasting-cause'))
  assert.deepEqual(run('BULAWAYO, Zimbabwe — The killings, the deadliest use of force by soldiers since independence, left four people dead on Friday, residents said.', '2025-08-16').rows,
    [['Attack', 'reported', '2025-08-15', 4]])
})
