/** @module events/reading tests: what a sentence's violent words are about (an agreement's aim, the dead, a group's description, a plan), follow-ups and definite mentions of an event already told, and namesakes abroad. Articles written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

function run(text: string, published: string) {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return { doc, records: toRecords(doc) }
}
const row = (r: ReturnType<typeof toRecords>[number]) => [r.sub_event_type, r.actor1, r.actor2, r.location, r.iso, r.event_date, r.fatalities, r.status]
const said = (doc: ReturnType<typeof run>['doc'], rule: string) => doc.messages.filter((m) => m.rule === rule || m.reason.includes(`(events/${rule})`)).length

test('a truce pledging to end the fighting is an agreement, and "those killed" are the dead, not a killing', () => {
  const { doc, records } = run('Elders of the Dinka and Nuer communities signed a peace agreement in Bor on Friday, pledging to end years of cattle raids and fighting between the two groups. '
    + 'The deal provides for compensation to the families of those killed.', '2023-03-04')
  assert.deepEqual(records.map(row), [['Agreement', 'Dinka Communal Militia (South Sudan)', 'Nuer Communal Militia (South Sudan)', 'Bor', 'SS', '2023-03-03', 0, 'reported']])
  assert.equal(said(doc, 'ended-before'), 1)
})

test('a group "fighting" the army is its description; a vow on a named day and a fear are plans, not events', () => {
  const { records } = run('The Kachin Independence Army, a rebel group fighting the junta in Kachin State, vowed on Tuesday to seize the town of Bhamo. '
    + 'Residents have fled the town fearing an attack.', '2024-02-07')
  assert.deepEqual(records.filter((r) => r.status === 'reported'), [])
})

test('arrests after a protest in the same place are its intervention, not an event of their own', () => {
  const { doc, records } = run('Police fired tear gas at hundreds of protesters in Lusaka on Thursday. A police spokesman said 20 people had been arrested.', '2023-05-12')
  assert.deepEqual(records.map(row), [['Protest with intervention', 'Protesters (Zambia)', 'Police Forces of Zambia (2021-)', 'Lusaka', 'ZM', '2023-05-11', 0, 'reported']])
  assert.equal(said(doc, 'follow-up'), 1)
})

test('bodies recovered from a mass grave are history, not a new attack', () => {
  const { records } = run('Forensic teams recovered 12 bodies from a mass grave outside Kharkiv, officials said.', '2023-05-12')
  assert.deepEqual(records, [])
})

test('machine-gun fire that residents report is a battle of armed groups, not mob violence; the next morning\'s truce is its end', () => {
  const { doc, records } = run('Rival militias fought with heavy weapons in the Abu Salim district of Tripoli on Friday, killing four fighters. '
    + 'Residents reported machine-gun fire and explosions until dawn. Tribal elders announced a truce on Saturday morning.', '2024-05-19')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.location, r.iso, r.event_date, r.fatalities, r.status]), [['Armed clash', 'Tripoli', 'LY', '2024-05-17', 4, 'reported']])
  assert.equal(said(doc, 'follow-up'), 1)
})

test('two towns are two events, even when one is given as "outside" a town', () => {
  const { records } = run('Militants attacked an army post outside Djibo on Sunday, killing four soldiers, the army said. '
    + 'Last week, a supply convoy was ambushed near Dori and a soldier was killed.', '2023-06-14')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.location, r.event_date, r.time_precision, r.fatalities]), [
    ['Armed clash', 'Djibo', '2023-06-11', 1, 4],
    ['Armed clash', 'Dori', '2023-06-08', 2, 1],
  ])
})

test('"police confirmed the attack" names the abduction already told: no new event, and its place and sides stay', () => {
  const { doc, records } = run('Gunmen abducted 20 villagers from Gidan Dawa in Zamfara State on Monday night, residents said. '
    + 'Police in Gusau confirmed the attack and said officers were searching the forest.', '2024-03-13')
  assert.equal(records.length, 1)
  assert.deepEqual([records[0].sub_event_type, records[0].actor2, records[0].iso, records[0].event_date], ['Abduction/forced disappearance', 'Civilians (Nigeria)', 'NG', '2024-03-11'])
  assert.notEqual(records[0].location, 'Gusau')
  // The gate may drop the bare "attack" first (weak-alone); otherwise the definite mention folds it in.
  assert.equal(said(doc, 'refers-back') + said(doc, 'weak-alone'), 1)
})

test('a foreign town cut from a longer local name is no event place', () => {
  const { doc, records } = run('Armed groups clashed in the Lebanese city of Tripoli on Saturday, killing one soldier, the army said. '
    + 'Gunmen fired from rooftops in Bab al-Tabbaneh. Lebanese officials called for calm.', '2023-11-19')
  assert.deepEqual(records.filter((r) => r.status === 'reported').map((r) => [r.location, r.iso]), [['Tripoli', 'LB']])
  // "Bab" of "Bab al-Tabbaneh": the places stage drops it as the head of a longer name, or a later stage as a stray namesake.
  assert.equal(said(doc, 'stray-namesake') + (doc.places.some((p) => p.text === 'Bab') ? 0 : 1), 1)
})

test('what one side accuses the other of is no reported act', () => {
  const { records } = run('Army artillery shelled the village of Hass in Idlib province on Monday, killing two children, rescuers said. '
    + 'The army accuses rebels in the area of firing mortars at government-held towns.', '2019-05-14')
  assert.deepEqual(records.map(row), [['Shelling/artillery/missile attack', 'Military Forces of Syria (2000-)', 'Civilians (Syria)', 'Idlib', 'SY', '2019-05-13', 2, 'reported']])
})

test('bombing "hundreds of times during the war" is history, not a second strike', () => {
  const { doc, records } = run('A drone strike hit a car in Marib province on Tuesday, killing three men, officials said. '
    + 'Coalition jets have bombed Marib hundreds of times during the war.', '2021-03-10')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.iso, r.event_date, r.fatalities, r.status]), [['Air/drone strike', 'YE', '2021-03-09', 3, 'reported']])
  assert.equal(said(doc, 'background-undated') + said(doc, 'history'), 1)
})

test('people killed in fighting between armed factions: a battle, not mob violence or an attack; "repeated bouts" since a year are history', () => {
  const { records } = run('Seven people were killed, among them a child, in fighting between rival armed factions in the Libyan city of Zawiya on Sunday night, the health ministry said. '
    + 'Zawiya has seen repeated bouts of fighting since 2014.', '2024-06-03')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.inter1, r.iso, r.event_date, r.fatalities, r.status]), [
    ['Armed clash', 3, 'LY', '2024-06-02', 7, 'reported'],
    // (The health ministry that tells of the fighting is no side of it: the bouts' fighters are unnamed, inter 3.)
    ['Armed clash', 3, 'LY', '2014-07-01', 0, 'background'],
  ])
})

test('"had been detained" retells the arrest just told: one event on its own day, not another on the day of the speech', () => {
  const { doc, records } = run('Police in Lome arrested the opposition activist Kossi Agbeko at his home on Wednesday. '
    + 'A court official said Agbeko had been detained over a speech on Saturday in which he criticised the president.', '2024-05-16')
  assert.deepEqual(records.map(row), [['Arrests', 'Police Forces of Togo (2005-)', 'Civilians (Togo)', 'Lomé', 'TG', '2024-05-15', 0, 'reported']])
  assert.equal(said(doc, 'refers-back'), 1)
})

test('protests "in Kumasi and Tamale" are one event per town', () => {
  const { doc, records } = run('Hundreds of students marched in Accra on Monday against fee increases. Similar protests took place in Kumasi and Tamale, where police fired tear gas.', '2024-02-13')
  assert.deepEqual(records.map(row), [
    ['Peaceful protest', 'Protesters (Ghana)', null, 'Accra', 'GH', '2024-02-12', 0, 'reported'],
    ['Protest with intervention', 'Protesters (Ghana)', 'Police Forces of Ghana (2017-)', 'Tamale', 'GH', '2024-02-12', 0, 'reported'],
    ['Protest with intervention', 'Protesters (Ghana)', 'Police Forces of Ghana (2017-)', 'Kumasi', 'GH', '2024-02-12', 0, 'reported'],
  ])
  assert.equal(said(doc, 'per-town'), 1)
})

test('"Sunday\'s attack in Djibo" names the Sunday event, not the one told last', () => {
  const { doc, records } = run('Gunmen attacked a checkpoint in Djibo on Sunday, killing three soldiers, the army said. Last week, militants ambushed a convoy near Dori, killing one soldier. '
    + "Witnesses said Sunday's attack in Djibo lasted two hours and JNIM fighters took part.", '2023-06-14')
  assert.deepEqual(records.map((r) => [r.location, r.event_date, r.fatalities]), [['Djibo', '2023-06-11', 3], ['Dori', '2023-06-08', 1]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'refers-back').map((m) => m.reason.includes('sentence 1 again')), [true])
})

test('a car bomb beside a factory is political violence; a boiler blast or a fire in a factory is an accident', () => {
  const bomb = run('A car bomb exploded outside a textile factory in Faisalabad on Monday, killing four workers.', '2023-10-15')
  assert.deepEqual(bomb.records.map((r) => [r.sub_event_type, r.location, r.event_date, r.fatalities]), [['Remote explosive/landmine/IED', 'Faisalabad', '2023-10-09', 4]])
  assert.equal(said(bomb.doc, 'not-political'), 0)
  const grenade = run('Attackers threw a grenade into a crowded factory canteen in Faisalabad on Monday, wounding six workers.', '2023-10-15')
  assert.deepEqual(grenade.records.map((r) => r.sub_event_type), ['Grenade'])
  assert.deepEqual(run('A fire broke out in a textile factory in Faisalabad on Monday, killing four workers.', '2023-10-15').records, [])
  assert.deepEqual(run('A boiler exploded at a textile factory in Faisalabad on Monday, killing four workers.', '2023-10-15').records, [])
  assert.deepEqual(run('A gas cylinder blast at a factory in Faisalabad on Monday killed four workers.', '2023-10-15').records, [])
})

test('"fire fighters" and "fire-fighters" are firefighters, not armed fighters; "fighters" alone still are', () => {
  const actors = (text: string) => run(text, '2023-10-15').records.map((r) => [r.actor1, r.actor2])
  assert.deepEqual(actors('Fire fighters clashed with traders at a market in Surat on Tuesday.'), [['Rioters (India)', 'Rioters (India)']])
  assert.deepEqual(actors('Fire-fighters clashed with traders at a market in Surat on Tuesday.'), [['Rioters (India)', 'Rioters (India)']])
  assert.equal(actors('Fighters clashed with traders at a market in Surat on Tuesday.')[0]?.[0], 'Unidentified Armed Group (India)')
})

test('police or officials named only as the source ("police said", "according to police") do not make an accident political; armed men they report still act', () => {
  const pub = '2023-10-15'
  assert.deepEqual(run('A fire broke out in a textile factory in Faisalabad on Monday, killing four workers, police said.', pub).records, [])
  assert.deepEqual(run('A fire broke out in a textile factory in Faisalabad on Monday, killing four workers, according to police.', pub).records, [])
  assert.deepEqual(run('A bus crashed into a ravine near Faisalabad on Monday, killing 10 passengers, police said.', pub).records, [])
  assert.deepEqual(run('A bus crashed into a ravine near Faisalabad on Monday, killing 10 passengers, police told reporters.', pub).records, [])
  assert.deepEqual(run('A building collapsed in Faisalabad on Monday, killing six people, officials said.', pub).records, [])
  const gunmen = run('Police said gunmen killed four workers at a textile factory in Faisalabad on Monday.', pub)
  assert.deepEqual(gunmen.records.map((r) => [r.sub_event_type, r.actor1, r.location, r.event_date, r.fatalities]), [['Attack', 'Unidentified Armed Group (Pakistan)', 'Faisalabad', '2023-10-09', 4]])
  const shot = run('Police shot two protesters in Faisalabad on Monday, witnesses said.', pub)
  assert.equal(shot.records.length, 1)
  assert.equal(shot.records[0].location, 'Faisalabad')
})

test('a weak word in a sentence with its own town and day is not folded into the event told before; with the same town and day it is', () => {
  const pub = '2023-06-14'
  const other = run('Gunmen attacked a checkpoint in Djibo on Sunday, killing three soldiers, the army said. On Tuesday, residents found five bodies in Dori.', pub)
  assert.deepEqual(other.records.map((r) => [r.sub_event_type, r.location, r.event_date, r.fatalities]), [['Armed clash', 'Djibo', '2023-06-11', 3]])
  assert.equal(said(other.doc, 'weak-elsewhere'), 1)
  const same = run('Gunmen attacked a checkpoint in Djibo on Sunday, killing three soldiers, the army said. Residents found five bodies near the checkpoint on Sunday.', pub)
  assert.deepEqual(same.records.map((r) => [r.sub_event_type, r.location, r.event_date, r.fatalities]), [['Armed clash', 'Djibo', '2023-06-11', 5]])
  assert.equal(said(same.doc, 'weak-elsewhere'), 0)
})
