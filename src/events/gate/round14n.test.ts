import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with round fourteen of non-events (fixtures/unseen-none14.yaml): each rule's text beside a
// near-identical one where it must not fire. Texts written for these tests.
function run(text: string, title: string | null = null, published = '2025-03-12') {
  const doc = extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const rows = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities])
  return { rows, rules: doc.messages.map((m) => m.rule), doc }
}

test('"soldiers who had returned from a peacekeeping deployment in eastern Congo": a tour over, no change of activity', () => {
  const back = run('NAIROBI, Kenya — Kenya\'s health ministry confirmed two new cases of mpox on Monday, both among soldiers who had '
    + 'recently returned from a peacekeeping deployment in eastern Congo. The men were isolated at a military hospital in Nairobi.')
  assert.deepEqual(back.rows, [])
  assert.ok(back.rules.includes('ended-deployment'))
  // Troops sent there now are a deployment told.
  assert.deepEqual(run('NAIROBI, Kenya — Kenya deployed 400 more soldiers to eastern Congo on Monday, the defence ministry said.').rows.map((r) => r[0]),
    ['Change to group/activity'])
})

test('"Soldiers searched wrecked cars in flooded underpasses for bodies": a search for the dead, no attack', () => {
  const search = run('VALENCIA, Spain — Soldiers searched wrecked cars in flooded underpasses for bodies on Thursday, two days after '
    + 'torrential rain swept through towns south of Valencia. At least 95 people have died, officials said.')
  assert.deepEqual(search.rows, [])
  assert.ok(search.rules.includes('body-recovery'))
  // Bodies left by rebels after a search for arms are the dead of an attack.
  assert.deepEqual(run('GOMA, Congo — Rebels searched the houses for weapons on Thursday and left the bodies of four farmers in the road, residents said.').rows,
    [['Attack', 'reported', '2025-03-06', 4]])
})

test('"The army will fight dengue in Salta": a disease fought, no clash planned', () => {
  const dengue = run('BUENOS AIRES — The army will fight dengue in Salta next week, the government said.')
  assert.deepEqual(dengue.rows, [])
  assert.ok(dengue.rules.includes('figurative'))
  assert.deepEqual(run('BUENOS AIRES — The army will fight measles and polio in Salta next week, the government said.').rows, [])
})

test('a dateline is no place of the act: doer-fate and named-cause fire in a first sentence under one', () => {
  const fate = run('KAMPALA, Uganda — The soldier who fired the shot has never been found, the family says.')
  assert.deepEqual(fate.rows, [])
  assert.ok(fate.rules.includes('doer-fate'))
  const cause = run('BAMAKO, Mali — Jihadist attacks have also strained the state budget, the finance minister said.')
  assert.deepEqual(cause.rows, [])
  assert.ok(cause.rules.includes('named-cause'))
  // A town named in the sentence itself still makes the act one incident.
  assert.deepEqual(run('KAMPALA, Uganda — The soldier who fired the shot in Gulu has never been found, the family says.').rows.map((r) => r[0]), ['Attack'])
})

test('"children who have missed years of shots": vaccine doses, even where soldiers escort the vaccinators', () => {
  const doses = run('NIAMEY — Soldiers escorted vaccinators to villages near Tillaberi on Tuesday, to reach children who have missed years of shots.')
  assert.deepEqual(doses.rows, [])
  assert.ok(doses.rules.includes('false-friend'))
  assert.deepEqual(run('NIAMEY — Soldiers fired shots at a crowd of herders near Tillaberi on Tuesday, killing two men.').rows,
    [['Attack', 'reported', '2025-03-11', 2]])
})

test('"carried the names of friends killed at the front": the dead remembered, no incident', () => {
  const names = run('KYIV — Some runners in Sunday\'s race carried the names of friends killed at the front on their vests.')
  assert.deepEqual(names.rows, [])
  assert.ok(names.rules.includes('kin-recalled'))
})

test('"lists of villagers to be killed": who was to die, listed, not an act', () => {
  const lists = run('PARIS — The former mayor denies helping to draw up lists of villagers to be killed in his home town.')
  assert.deepEqual(lists.rows, [])
  assert.ok(lists.rules.includes('plotted'))
  // Men listed and then killed were killed.
  assert.deepEqual(run('KIGALI — Militiamen drew up lists of villagers and killed 12 of them in Nyamata on Tuesday, survivors said.').rows.map((r) => [r[0], r[3]]),
    [['Attack', 12]])
})

test('"a retired army colonel told the special peace court that his battalion had killed civilians": a confession heard, no new act', () => {
  const confession = run('BOGOTA — A retired army colonel told the special peace court on Tuesday that his battalion had killed farmers and dressed them as rebels years ago.')
  assert.deepEqual(confession.rows, [])
  assert.ok(confession.rules.includes('court-proceeding'))
})

test('"on Bastille Day 2016 ... shot dead by police that night": a day known by name dates the act told after it', () => {
  const text = 'PARIS — A court on Friday convicted eight people of helping the man who drove a lorry into a crowd on Bastille Day 2016. '
    + 'The driver was shot dead by police that night.'
  assert.deepEqual(run(text).rows, [['Attack', 'background', '2016-07-14', 1]])
})
