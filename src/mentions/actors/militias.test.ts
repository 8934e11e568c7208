import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../../events/records.js'

// Sentences written for these tests: who ACLED names as a communal militia, and who stays an unidentified armed group.
function run(text: string, published = '2021-05-04') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.actor2, r.interaction])
}

test('local militiamen who raid a settlement are a communal militia', () => {
  assert.deepEqual(run('On 3 May 2021, local militiamen raided a herders\' settlement near Kafanchan (Kaduna) and raped two women.'),
    [['Sexual violence', 'Unidentified Communal Militia (Nigeria)', 'Civilians (Nigeria)', 47]])
})

test('twin: militiamen with no local tie stay an unidentified armed group', () => {
  assert.deepEqual(run('On 3 May 2021, militiamen raided a herders\' settlement near Kafanchan (Kaduna) and raped two women.'),
    [['Sexual violence', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 37]])
})

test('traditional hunters who kidnap someone are their community\'s militia', () => {
  assert.deepEqual(run('On 3 May 2021, traditional hunters kidnapped a trader near Bante (Collines). He was freed the next day.'),
    [['Abduction/forced disappearance', 'Unidentified Communal Militia (Benin)', 'Civilians (Benin)', 47]])
})

test('twin: hunters who are kidnapped are civilians, the unknown kidnappers an armed group', () => {
  assert.deepEqual(run('On 3 May 2021, unknown gunmen kidnapped two hunters near Bante (Collines). They were freed the next day.'),
    [['Abduction/forced disappearance', 'Unidentified Armed Group (Benin)', 'Civilians (Benin)', 37]])
})

test('members of a neighbouring community who attack a hamlet are a communal militia', () => {
  assert.deepEqual(run('On 3 May 2021, members of a neighbouring community attacked a hamlet near Djougou (Donga), wounding two people and burning huts.'),
    [['Attack', 'Unidentified Communal Militia (Benin)', 'Civilians (Benin)', 47]])
})

test('twin: gunmen who attack a hamlet are an unidentified armed group', () => {
  assert.deepEqual(run('On 3 May 2021, gunmen attacked a hamlet near Djougou (Donga), wounding two people and burning huts.'),
    [['Attack', 'Unidentified Armed Group (Benin)', 'Civilians (Benin)', 37]])
})

test('farmers and herders who clash, leaving people dead, are communal militias in an armed clash', () => {
  assert.deepEqual(run('On 3 May 2021, farmers and herders clashed near Kandi (Alibori), leaving three people dead.'),
    [['Armed clash', 'Unidentified Communal Militia (Benin)', 'Unidentified Communal Militia (Benin)', 44]])
})

test('clashes between clans that kill are an armed clash of clan or communal militias, not an attack on civilians', () => {
  assert.deepEqual(run('On 3 May 2021, two people were killed in inter-clan clashes near Beledweyne (Hiraan).').map((r) => [r[0], r[3]]),
    [['Armed clash', 44]])
})

test('twin: farmers and herders who quarrel with no weapon and no death stay a mob on both sides', () => {
  assert.deepEqual(run('On 3 May 2021, farmers and herders clashed near Kandi (Alibori) over damaged crops. Elders calmed them.'),
    [['Mob violence', 'Rioters (Benin)', 'Rioters (Benin)', 55]])
})

test('people assaulted by unknown people: an unidentified armed group attacked them, not a mob', () => {
  assert.deepEqual(run('On 2 May 2021, supporters of the opposition were assaulted by unknown people in Zomba (Southern). The attack was politically motivated.'),
    [['Attack', 'Unidentified Armed Group (Malawi)', 'Civilians (Malawi)', 37]])
})

test('twin: people assaulted by an angry crowd: mob violence', () => {
  assert.deepEqual(run('On 2 May 2021, supporters of the opposition were assaulted by an angry crowd in Zomba (Southern).').map((r) => [r[0], r[1]]),
    [['Mob violence', 'Rioters (Malawi)']])
})
