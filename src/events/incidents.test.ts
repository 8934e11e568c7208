/** @module events/incidents tests: one incident, one event; time status per clause; whose dead a figure counts. Articles written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

function run(text: string, published: string | null) {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return { doc, records: toRecords(doc) }
}
/** The fields this part of the pipeline decides: when, what, how many dead, which status, every claim and its scope. */
const row = (r: ReturnType<typeof toRecords>[number]) =>
  [r.event_date, r.time_precision, r.sub_event_type, r.iso, r.fatalities, r.status, r.fatality_claims.map((c) => [c.value, c.claimant, c.measure ?? null])]
const rules = (doc: ReturnType<typeof run>['doc']) => doc.messages.filter((m) => m.stage === 'events' && m.rule !== 'actors-chosen' && m.rule !== 'event-typed').map((m) => m.rule)

test('headline, lead and body of one attack are one event with every claim', () => {
  const { records } = run('Gunmen kill five in attack on Nigerian village\n\nGunmen killed five villagers in an attack on Kadisau in Zamfara state on Sunday, police said.\n\n'
    + 'The attackers arrived on motorcycles and opened fire on residents of Kadisau, a police spokesman said. Five people were killed and three others were wounded in the attack.', '2024-03-12')
  assert.deepEqual(records.map(row), [['2024-03-10', 1, 'Attack', 'NG', 5, 'reported', [[5, null, null], [5, 'police', null], [5, null, null]]]])
})

test('two attacks in two towns on two days stay two events', () => {
  const { records } = run('Gunmen killed four villagers in Kadisau in Zamfara state on Sunday, police said. In a separate attack on Monday, gunmen killed three farmers in Gusau, officials said.', '2024-03-12')
  assert.deepEqual(records.map(row), [
    ['2024-03-10', 1, 'Attack', 'NG', 4, 'reported', [[4, 'police', null]]],
    ['2024-03-11', 1, 'Attack', 'NG', 3, 'reported', [[3, 'officials', null]]],
  ])
  assert.equal(records[1].location, 'Gusau')
})

test('an earlier attack with its own date is background on that date; one without a date is not coded', () => {
  const dated = run('Suspected jihadists killed six soldiers in an ambush near Djibo on Sunday, the army said. In March 2019, militants killed twelve people in an attack on a market in Arbinda.', '2023-06-14')
  assert.deepEqual(dated.records.map(row), [
    ['2023-06-11', 1, 'Armed clash', 'BF', 6, 'reported', [[6, 'the army', null]]],
    ['2019-03-15', 3, 'Attack', 'BF', 12, 'background', [[12, null, null]]],
  ])
  const bare = run('Gunmen killed three traders near Gusau on Sunday, police said. Last year, bandits killed dozens of villagers across Zamfara.', '2024-03-12')
  assert.deepEqual(bare.records.map(row), [['2024-03-10', 1, 'Attack', 'NG', 3, 'reported', [[3, 'police', null]]]])
  // "across Zamfara": the state-wide dead are also a summed toll (rule spread-toll), said before the act is set aside.
  assert.deepEqual(rules(bare.doc), ['running-total', 'background-undated'])
})

test('"a week earlier" dates the attack a week before publication, not on the day the army spoke', () => {
  const { records } = run('Militants attacked an army post near Djibo a week earlier, killing four soldiers, the army said on Tuesday.', '2023-06-14')
  assert.deepEqual(records.map(row), [['2023-06-07', 2, 'Armed clash', 'BF', 4, 'reported', [[4, 'the army', null]]]])
})

test('an anniversary recalls history: background at its own year, or nothing when the text gives no date', () => {
  const dated = run('Survivors gathered in the town of Beslan on Friday to mark the anniversary of the 2004 school siege, in which militants took hundreds of hostages.', '2024-09-06')
  assert.deepEqual(dated.records.map(row), [['2004-07-01', 3, 'Abduction/forced disappearance', 'RU', 0, 'background', []]])
  const bare = run('Thousands of mourners gathered in Srebrenica on Tuesday to mark the anniversary of the massacre.', '2023-07-11')
  assert.deepEqual(bare.records, [])
  // Mourners recalling a killing with no killer named: the gate's funeral rule drops it before status would call it background.
  assert.deepEqual(rules(bare.doc), ['funeral', 'no-trigger'])
})

test('the trial of an old attack is no new event', () => {
  const { records } = run('A court in Paris on Monday opened the trial of twenty men accused of helping the gunmen who killed 130 people in attacks on the city in November 2015.', '2021-09-08')
  assert.deepEqual(records, [])
})

test('a running total is kept as a claim, never as the day\'s fatalities, and is no incident of its own', () => {
  const { doc, records } = run('Islamist insurgents killed seven civilians in an attack on the village of Chai in Cabo Delgado on Sunday, police said. '
    + 'The insurgency has killed more than 4,000 people since 2017.', '2024-03-12')
  assert.deepEqual(records.map(row), [['2024-03-10', 1, 'Attack', 'MZ', 7, 'reported', [[7, 'police', null], [4000, null, 'total']]]])
  assert.deepEqual([records[0].fatalities_low, records[0].fatalities_high], [7, 7])
  assert.deepEqual(rules(doc), ['running-total', 'cumulative-toll'])
})

test('a campaign\'s toll over weeks: both claims kept, neither given to the day the town fell', () => {
  const { records } = run('Syrian government forces have recaptured the town of Palmyra from Islamic State fighters. A monitoring group said at least 400 Islamic State fighters '
    + 'died during three weeks of fighting for the town. It put the losses on the government side at 180 soldiers.', '2016-03-27')
  assert.deepEqual(records.map(row), [['2016-03-27', 1, 'Government regains territory', 'SY', 0, 'reported',
    [[400, 'A monitoring group', 'total'], [180, 'A monitoring group', 'total']]]])
  assert.deepEqual([records[0].fatalities_low, records[0].fatalities_high], [0, 0])
})

test('the toll of an earlier incident recalled after "comes after" stays off the new one', () => {
  const { doc, records } = run('Gunmen killed three soldiers at a checkpoint near Gao on Monday, the army said. The attack came after militants killed 12 civilians in a nearby village a week earlier.', '2023-10-03')
  assert.deepEqual(records.map(row), [['2023-10-02', 1, 'Armed clash', 'ML', 3, 'reported', [[3, 'the army', null]]]])
  assert.ok(rules(doc).includes('other-incident-toll'))
})

test('threats and plans are planned, a denied claim is denied', () => {
  const planned = run('The Arakan Army vowed to capture the town of Sittwe, and the military junta threatened to launch air strikes on the rebels\' positions.', '2024-01-09')
  assert.deepEqual(planned.records.map((r) => [r.status, r.fatalities]), [['planned', 0]])
  const denied = run('Al Shabaab said its fighters shot down a military drone near Jilib on Sunday. The Somali army denied the claim.', '2023-11-06')
  assert.deepEqual(denied.records.map((r) => [r.event_date, r.status, r.iso]), [['2023-11-05', 'denied', 'SO']])
})

test('"No group has claimed Sunday\'s attack" names Sunday\'s event, and the group it mentions is no side of any event', () => {
  const { records } = run('Gunmen attacked a police post outside Kaya in Burkina Faso on Sunday, killing four officers, local sources said. '
    + 'Last week, a convoy was ambushed near Fada N\'Gourma and a soldier was killed, a security source said. '
    + 'No group has claimed Sunday\'s attack, but fighters of JNIM are active around Kaya.', '2024-06-14')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.location, r.event_date, r.fatalities]),
    [['Armed clash', 'Kaya', '2024-06-09', 4], ['Armed clash', 'Fada N\'gourma', '2024-06-06', 1]])
  assert.deepEqual(records.filter((r) => [r.actor1, r.actor2, ...r.assoc_actor_1.split('; ')].some((a) => a?.startsWith('JNIM'))), [])
})

test('killings "three weeks ago", told as residents "said at the time", are news of their own, apart from last week\'s clash', () => {
  const { records } = run('Three weeks ago, gunmen killed five herders near Kaya in Burkina Faso, residents said at the time. '
    + 'Last week, soldiers clashed with militants near Kaya, the army said.', '2024-06-14')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.status, r.location, r.event_date, r.time_precision, r.fatalities]),
    [['Attack', 'reported', 'Kaya', '2024-05-24', 2, 5], ['Armed clash', 'reported', 'Kaya', '2024-06-06', 2, 0]])
})

test('a retaken town and a bombing last week in a city far from it are two events, each at its own place and day', () => {
  const { records } = run('Government troops recaptured the town of Jowhar from al-Shabaab on Monday after two days of fighting, a commander said. '
    + 'Last week, an al-Shabaab suicide bomber killed nine people at a cafe in Mogadishu.', '2024-05-15')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.location, r.event_date, r.time_precision, r.fatalities]), [
    ['Government regains territory', 'Jawhar', '2024-05-13', 1, 0],
    ['Suicide bomb', 'Mogadishu', '2024-05-09', 2, 9],
  ])
  // The same bombing told again in the same city is still one event.
  const one = run('An al-Shabaab suicide bomber killed nine people at a cafe in Mogadishu on Monday, police said. The bomber detonated his vest near the entrance of the cafe in Mogadishu, a witness said.', '2024-05-15')
  assert.deepEqual(one.records.map((r) => [r.sub_event_type, r.location, r.fatalities]), [['Suicide bomb', 'Mogadishu', 9]])
})

test('a killing told as last month\'s, in a region, is not folded into Monday\'s attack in a town of it', () => {
  const { records } = run('Gang members stormed Pétionville early on Monday, killing at least 20 people, a human rights group said. '
    + 'Last month, gangs killed more than 70 people in the Artibonite region.', '2024-10-08')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.location, r.event_date, r.time_precision, r.fatalities]), [
    ['Attack', 'Pétionville', '2024-10-07', 1, 20],
    ['Attack', 'Artibonite', '2024-09-15', 3, 70],
  ])
})

test('a bomb named as what went off, words between ("a bomb hidden in a cart exploded"), makes the killing an explosion; a shooting stays an attack', () => {
  const typed = (text: string) => run(text, '2025-03-04').records.map((r) => [r.sub_event_type, r.fatalities])
  assert.deepEqual(typed('A bomb hidden in a cart exploded at a crowded market in Jalalabad on Monday, killing three people, police said.'), [['Remote explosive/landmine/IED', 3]])
  assert.deepEqual(typed('Gunmen shot dead three people at a crowded market in Jalalabad on Monday before a device hidden in a bag went off nearby, police said.').map((r) => r[0]), ['Attack'])
})

test('troops "who patrol" a road say what they do, not an act; "three of them" are part of the five', () => {
  const { records } = run('Insurgents killed five civilians, beheading three of them, in an attack on a village near Macomia in Mozambique on Sunday. '
    + 'Mozambican troops, who patrol the main road through the district, arrived after the attackers had left.', '2024-10-08')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.fatalities]), [['Attack', 5]])
  // Twin: troops that patrolled on a day of their own are a deployment told.
  const told = run('Mozambican soldiers began patrols along the main road near Macomia in Mozambique on Monday, the army said.', '2024-10-08')
  assert.deepEqual(told.records.map((r) => r.sub_event_type), ['Change to group/activity'])
})
