import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

// Short sentences of our own, one phenomenon each: who did it to whom, as ACLED names them.
function sides(text: string, published = '2020-06-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return { doc, rows: toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.assoc_actor_1, r.actor2, r.assoc_actor_2, r.interaction]) }
}

test('a backer named with "supported by" is associated with actor1, never a side', () => {
  const { doc, rows } = sides('A gendarmerie unit, supported by volunteer fighters, killed thirteen militants near Djibo in Burkina Faso on Monday.')
  assert.deepEqual(rows, [['Armed clash', 'Military Forces of Burkina Faso (2015-)', 'VDP: Volunteers for the Defense of the Homeland',
    'Unidentified Armed Group (Burkina Faso)', '', 13]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'backer-associated').map((m) => doc.text.slice(...m.span!)), ['volunteer fighters'])
})

test('the agent after "by" in the passive voice is actor1, the ones hit actor2', () => {
  assert.deepEqual(sides('Soldiers were killed by militants in an ambush near Diffa, Niger, on Monday.').rows, [
    ['Armed clash', 'Unidentified Armed Group (Niger)', '', 'Military Forces of Niger (2011-)', '', 13]])
})

test('teachers protesting: Protesters (Brazil) with Teachers (Brazil) associated', () => {
  assert.deepEqual(sides('Hundreds of teachers protested in Brasilia on Tuesday to demand higher pay.').rows, [
    ['Peaceful protest', 'Protesters (Brazil)', 'Teachers (Brazil)', null, '', 60]])
})

test('a victim group rides along with the civilians hit', () => {
  assert.deepEqual(sides('Police said unidentified gunmen killed a trader in Kano, Nigeria, on behalf of a rival clan.').rows, [
    ['Attack', 'Unidentified Armed Group (Nigeria)', '', 'Civilians (Nigeria)', 'Labour Group (Nigeria)', 37]])
})

test('a drive-by shooting in Mexico is the work of an unidentified gang, as ACLED names it there', () => {
  const { doc, rows } = sides('Armed men on a motorcycle carried out a drive-by shooting in Monterrey, Mexico on Friday, killing a man.')
  assert.deepEqual(rows, [['Attack', 'Unidentified Gang (Mexico)', '', 'Civilians (Mexico)', '', 37]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'gang-convention').map((m) => m.reason), [
    '"drive-by" marks a criminal killing: the unidentified perpetrator is "Unidentified Gang (Mexico)", as ACLED names gangs here.'])
})

test('"X or Y militants" is one uncertain actor, "X and/or Y"', () => {
  assert.deepEqual(sides('JNIM or Islamic State militants attacked an army post near Menaka in Mali on Sunday, killing four soldiers.').rows, [
    ['Armed clash', 'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)', '', 'Military Forces of Mali (2013-)', '', 12]])
})

test('who tells of the event ("military sources said") is no side of it', () => {
  assert.deepEqual(sides('Rebels shelled the town of Goma in Congo on Sunday, killing four civilians, military sources said.').rows, [
    ['Shelling/artillery/missile attack', 'Unidentified Armed Group (Democratic Republic of Congo)', '', 'Civilians (Democratic Republic of Congo)', '', 37]])
})

test('the actors chosen and the interaction are explained', () => {
  const { doc } = sides('Soldiers were killed by militants in an ambush near Diffa, Niger, on Monday.')
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'actors-chosen').map((m) => m.reason), [
    'actor1 "Unidentified Armed Group (Niger)" (inter 3, generic-armed, "militants"), actor2 "Military Forces of Niger (2011-)" (inter 1, generic-military, "Soldiers"): interaction 13.'])
})

test('those who repel an attack did not start the clash: the attackers are actor1', () => {
  const { doc, rows } = sides('Nine Taliban militants were killed when Afghan forces repulsed their attack on a checkpoint in Chora district, Uruzgan, on Friday.', '2020-05-10')
  assert.deepEqual(rows, [['Armed clash', 'Taliban', '', 'Military Forces of Afghanistan (2014-)', '', 12]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'defender-second').map((m) => doc.text.slice(...m.span!)), ['Afghan forces'])
})

test('communities fighting over land: both sides communal militias, not the state', () => {
  assert.deepEqual(sides('Militias from Umuleri and Aguleri clashed over a land dispute in Anambra, Nigeria, on Monday.').rows, [
    ['Armed clash', 'Unidentified Communal Militia (Nigeria)', '', 'Unidentified Communal Militia (Nigeria)', '', 44]])
  assert.deepEqual(sides('Unknown raiders attacked a cattle camp near Bor in South Sudan on Monday, killing two herders.').rows, [
    ['Attack', 'Unidentified Communal Militia (South Sudan)', '', 'Civilians (South Sudan)', 'Pastoralists (South Sudan)', 47]])
})

test('a body found bound in Mexico: gang violence; the same words in Afghanistan name no gang', () => {
  assert.deepEqual(sides('A man was found dead with his hands tied on a road in Culiacan, Mexico, on Friday.').rows, [
    ['Attack', 'Unidentified Gang (Mexico)', '', 'Civilians (Mexico)', '', 37]])
  assert.deepEqual(sides('Gunmen killed a man and left his body with the hands tied near Herat, Afghanistan, on Friday.').rows.map((r) => r[1]), [
    'Unidentified Armed Group (Afghanistan)'])
})
