import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with the eleventh round of whole articles (fixtures/unseen11.yaml): each rule's text beside a
// near-identical one where it must not fire. Texts written for these tests.
function run(text: string, published = '2025-04-14') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { doc, records, rules: doc.messages.map((m) => m.rule), row: records.map((r) => [r.sub_event_type, r.status, r.event_date, r.location, r.fatalities]) }
}

test('an army communiqué\'s "39 terrorists were neutralised" counts 39 dead; "neutralised a bomb" counts no one', () => {
  const clash = run('NIAMEY - The army said its units came under fire near Tillia last Thursday. After fierce fighting, 39 terrorists were neutralised, it said.')
  assert.deepEqual(clash.row, [['Armed clash', 'reported', '2025-04-10', 'Tillia', 39]])
  // Quoted, in the communiqué's words: the fight told with its toll is no longer a bare quoted account.
  const quoted = run('NIAMEY - Niger\'s army said on Sunday it had killed militants near Tillia last Thursday. "After fierce fighting, 39 terrorists were neutralised," the army said.')
  assert.deepEqual(quoted.row, [['Armed clash', 'reported', '2025-04-10', 'Tillia', 39]])
  // Twin: a bomb made safe is no one killed.
  const bomb = run('NIAMEY - Soldiers neutralised a bomb planted on the road near Tillia last Thursday, the army said.')
  assert.deepEqual(bomb.row.map((r) => [r[0], r[4]]), [['Disrupted weapons use', 0]])
})

test('"after a series of attacks on soldiers", with no day of its own, sums up many acts and tells none; a wave of attacks on a day is that day\'s', () => {
  const summary = run('BOGOTA - The government has suspended peace talks with the ELN after a series of attacks on soldiers and police.', '2024-12-09')
  assert.deepEqual(summary.row, [])
  assert.ok(summary.rules.includes('series-summary'))
  // Twin: one attack told with its day is an incident.
  assert.deepEqual(run('BOGOTA - The government has suspended peace talks with the ELN after an attack on soldiers near Tame on Friday.', '2024-12-09').row.map((r) => [r[0], r[2], r[3]]),
    [['Armed clash', '2024-12-06', 'Tame']])
  // Twin: a series told with its day and place is that day's act, and the latest in a series is still told.
  assert.deepEqual(run('BOGOTA - A wave of attacks on police stations in Tame on Sunday killed three officers.', '2024-12-09').row.map((r) => [r[0], r[2], r[3], r[4]]),
    [['Armed clash', '2024-12-08', 'Tame', 3]])
  assert.deepEqual(run('BOGOTA - Gunmen killed five soldiers near Tame on Sunday, the latest in a series of attacks on the army.', '2024-12-09').row.map((r) => [r[0], r[2], r[4]]),
    [['Armed clash', '2024-12-08', 5]])
})

test('"Kidnapping for ransom has become a lucrative business for gangs" is what the act has become, no kidnapping of the day', () => {
  const lead = 'KADUNA - Gunmen abducted 19 passengers from a bus near Katari on Tuesday, police said. '
  const trend = run(lead + 'Kidnapping for ransom has become a lucrative business for criminal gangs in northern Nigeria.', '2025-02-20')
  assert.deepEqual(trend.row.map((r) => [r[0], r[2], r[3]]), [['Abduction/forced disappearance', '2025-02-18', 'Katari']])
  assert.ok(trend.rules.includes('trend'))
  // Twin: a kidnapping told with its day, after the same words, is another act.
  const told = run(lead + 'Kidnappers seized a trader in Kaduna on Wednesday, a business that has grown for criminal gangs.', '2025-02-20')
  assert.deepEqual(told.row.map((r) => [r[0], r[2], r[3]]), [['Abduction/forced disappearance', '2025-02-18', 'Katari'], ['Abduction/forced disappearance', '2025-02-19', 'Kaduna']])
})

test('"a gunfight with guards in which one officer was killed" counts one dead; "which one" alone stays a pronoun', () => {
  const lead = 'ABUJA - Gunmen attacked a prison in Koton Karfe late on Sunday, freeing inmates after a gunfight with guards in which '
  assert.deepEqual(run(lead + 'one officer was killed, the prison service said.', '2024-10-07').row, [['Armed clash', 'reported', '2024-10-06', 'Koton-Karfe', 1]])
  // Twin: "which one" with no person after it names no one dead.
  assert.deepEqual(run(lead + 'one side fired first is not known, the prison service said.', '2024-10-07').row, [['Armed clash', 'reported', '2024-10-06', 'Koton-Karfe', 0]])
})

test('a side that denies hitting a hospital "saying it had struck a terrorist base" owns the strike: the strike stays reported; "a local resistance group" is no one dead', () => {
  const lead = 'BANGKOK - A military air strike hit a hospital in the town of Wetlet in Sagaing region on Saturday night, killing at least 21 patients and staff, a local resistance group said. '
  const target = run(lead + 'The military government\'s spokesman denied that the air force had hit any hospital, saying it had struck a terrorist base in the area.', '2025-10-20')
  assert.deepEqual(target.row, [['Air/drone strike', 'reported', '2025-10-18', 'Wetlet', 21]])
  assert.ok(target.rules.includes('denial-of-target'))
  // Twin: a denial with no strike owned denies the act.
  const denied = run(lead + 'The military government\'s spokesman denied that the air force had hit any hospital, calling the report fabricated.', '2025-10-20')
  assert.deepEqual(denied.row, [['Air/drone strike', 'denied', '2025-10-18', 'Wetlet', 21]])
})

test('"killed 23 villagers in an attack earlier this month" is that attack\'s toll; "have killed 40 villagers this month" stays a running total', () => {
  const dated = run('BENI - ADF rebels killed 23 villagers in an attack on Oicha earlier this month, officials said.', '2025-03-31')
  assert.deepEqual(dated.row.map((r) => [r[0], r[3], r[4]]), [['Attack', 'Oicha', 23]])
  // Twin: the month as a whole is the period a total runs over.
  // (a toll over the month is no incident: nothing is printed)
  assert.deepEqual(run('BENI - ADF rebels have killed 40 villagers around Oicha this month, officials said.', '2025-03-31').row, [])
  assert.ok(run('BENI - ADF rebels have killed 40 villagers around Oicha this month, officials said.', '2025-03-31').rules.includes('running-total'))
})

test('"Petion-Ville, a suburb in the hills above Haiti\'s capital": the capital in the apposition is where the suburb lies, not the event place', () => {
  const lynching = run('PORT-AU-PRINCE - Residents of Petion-Ville, a suburb in the hills above Haiti\'s capital, lynched four men on Sunday, police said.', '2025-05-12')
  assert.deepEqual(lynching.row, [['Mob violence', 'reported', '2025-05-11', 'Pétionville', 4]])
  assert.ok(lynching.rules.includes('apposition-reference'))
  // Twin: the capital named before an apposition of its own is where it happened.
  assert.deepEqual(run('PORT-AU-PRINCE - A mob lynched four men on Sunday in Haiti\'s capital, a city of three million, police said.', '2025-05-12').row,
    [['Mob violence', 'reported', '2025-05-11', 'Port-au-Prince', 4]])
})

test('"Vigilante groups have sprung up across the capital" is what the doers have become, no second lynching', () => {
  const lead = 'PORT-AU-PRINCE - Residents of Petion-Ville lynched four men on Sunday, police said. '
  const trend = run(lead + 'Vigilante groups have sprung up across the capital as gangs have expanded their control.', '2025-05-12')
  assert.deepEqual(trend.row, [['Mob violence', 'reported', '2025-05-11', 'Pétionville', 4]])
  // Twin: vigilantes who acted in the capital on a day are another act.
  assert.deepEqual(run(lead + 'On Monday vigilantes lynched a suspected gang member in the capital.', '2025-05-12').row.map((r) => [r[0], r[2], r[3]]),
    [['Mob violence', '2025-05-11', 'Pétionville'], ['Mob violence', '2025-05-12', 'Port-au-Prince']])
})

test('"after a gunfight in which one officer was killed, the prison service said on Monday": the day of the telling gives the "after" clause no day of its own', () => {
  const told = run('ABUJA - Gunmen attacked a prison in Koton Karfe late on Sunday, freeing inmates after a gunfight with guards in which one officer was killed, the prison service said on Monday.', '2024-10-07')
  assert.deepEqual(told.row, [['Armed clash', 'reported', '2024-10-06', 'Koton-Karfe', 1]])
  // Twin: an "after" clause dated by a day of its own tells another incident, whose dead are not this event's.
  const other = run('ABUJA - Gunmen attacked a prison in Koton Karfe late on Sunday, freeing inmates after a gunfight with guards in which one officer was killed on Saturday, the prison service said.', '2024-10-07')
  assert.deepEqual(other.row, [['Armed clash', 'reported', '2024-10-06', 'Koton-Karfe', 0]])
  assert.ok(other.rules.includes('other-incident-toll'))
})
