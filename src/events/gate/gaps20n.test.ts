import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the gaps of round twenty of non-events (fixtures/unseen-none20.yaml): each rule's text beside a near-identical
// one where it must still fire. Texts written for these tests.
function run(text: string, published = '2025-10-28') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const rows = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities])
  return { rows, rules: doc.messages.map((m) => m.rule), doc }
}

test('"told the judges ..., citing troop movements near the border": a complaint put to a court, no move of the day', () => {
  const court = run('THE HAGUE, Netherlands — Lawyers for Belize told the judges on Monday that Guatemala had pressed its claim with threats, citing troop movements near the border.', '2025-11-11')
  assert.deepEqual(court.rows, [])
  assert.ok(court.rules.includes('court-finding'))
  // An army that saw the troops move tells a move.
  assert.deepEqual(run('GEORGETOWN, Guyana — Guyana\'s army said on Monday it had seen Venezuelan troop movements near the border.', '2025-11-11').rows,
    [['Change to group/activity', 'reported', '2025-11-10', 0]])
})

test('"the draft has been marred by reports of officers detaining men": a complaint about a practice, no arrest told', () => {
  const marred = run('KYIV, Ukraine — Critics said the draft has been marred by reports of officers detaining men on the street.', '2025-03-05')
  assert.deepEqual(marred.rows, [])
  assert.ok(marred.rules.includes('topic'))
  assert.deepEqual(run('KYIV, Ukraine — Police in Kyiv said on Wednesday officers were detaining men who had dodged the draft.', '2025-03-05').rows,
    [['Arrests', 'reported', '2025-03-05', 0]])
})

test('"given the name of a unit that fought rebels in the north": whom a name honours, no clash of the day', () => {
  const honour = run('BAMAKO, Mali — A square in the capital was given the name of a unit that fought rebels in the north.', '2025-08-28')
  assert.deepEqual(honour.rows, [])
  assert.ok(honour.rules.includes('name-honours'))
  assert.deepEqual(run('BAMAKO, Mali — A unit that fought rebels in the north near Kidal on Wednesday lost four soldiers, the army said.', '2025-08-28').rows,
    [['Armed clash', 'reported', '2025-08-27', 4]])
})

test('"have held a vigil outside the site every Sunday since": a weekly habit, no protest of the last Sunday', () => {
  const weekly = run('COLOMBO, Sri Lanka — Families of the disappeared have held a vigil outside the site every Sunday since it was found.', '2025-08-21')
  assert.deepEqual(weekly.rows, [])
  assert.ok(weekly.rules.includes('habitual'))
  // A vigil of a day told beside the habit stands.
  assert.deepEqual(run('COLOMBO, Sri Lanka — Families of the disappeared held a vigil outside the court in Colombo on Sunday, as they have every Sunday since May.', '2025-08-21').rows,
    [['Peaceful protest', 'reported', '2025-08-17', 0]])
})

test('"removed a bomb from the Second World War ... lifted the bomb onto a lorry": a wartime bomb taken away, no IED of the day', () => {
  const wartime = run('NOVI SAD, Serbia — Army engineers on Monday removed a 250-kilogram bomb from the Second World War that builders had found near the river. Police moved residents from nearby streets while the team lifted the bomb onto a lorry. It will be destroyed at a military range.', '2025-06-02')
  assert.deepEqual(wartime.rows, [])
  assert.ok(wartime.rules.includes('false-friend'))
  // A bomb of the day that went off stands.
  assert.deepEqual(run('NOVI SAD, Serbia — A bomb planted outside a cafe near the river exploded on Monday, wounding two people. Police moved residents from nearby streets while the team searched for a second bomb.', '2025-06-02').rows,
    [['Remote explosive/landmine/IED', 'reported', '2025-06-02', 0]])
})

test('"The war between 1991 and 2002 killed about 50,000 people. Rebel fighters massacred villagers ...": a war long over told on', () => {
  const history = run('FREETOWN, Sierra Leone — The government on Monday named the judges of a special court for wartime crimes. The war between 1991 and 2002 killed about 50,000 people. Rebel fighters massacred villagers and mutilated civilians across the east.', '2025-03-10')
  assert.deepEqual(history.rows, [])
  assert.ok(history.rules.includes('history'))
  // A war only compared with is no story told on: the shelling after it stands.
  assert.deepEqual(run('KHARKIV, Ukraine — Officials said the war had brought the worst destruction in Europe since World War II. Russian troops shelled the town, killing three civilians.', '2025-03-10').rows.map((r) => [r[0], r[3]]),
    [['Shelling/artillery/missile attack', 3]])
})
