import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rows } from './fixtures/rows.js'

// Sentences written for these tests: who ACLED names as a communal militia, and who stays an unidentified armed group
// or a mob. Each rule with its twin where it must not fire. `fields` narrows a row where the name is not the point.
type Case = [name: string, text: string, expected: unknown[][], fields?: Parameters<typeof rows>[2]]
const cases: Case[] = [
  ['local militiamen who raid a settlement are a communal militia',
    'On 3 May 2021, local militiamen raided a herders\' settlement near Kafanchan (Kaduna) and raped two women.',
    [['Sexual violence', 'Unidentified Communal Militia (Nigeria)', 'Civilians (Nigeria)', 47]]],
  ['twin: militiamen with no local tie stay an unidentified armed group',
    'On 3 May 2021, militiamen raided a herders\' settlement near Kafanchan (Kaduna) and raped two women.',
    [['Sexual violence', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 37]]],
  ['traditional hunters who kidnap someone are their community\'s militia',
    'On 3 May 2021, traditional hunters kidnapped a trader near Bante (Collines). He was freed the next day.',
    [['Abduction/forced disappearance', 'Unidentified Communal Militia (Benin)', 'Civilians (Benin)', 47]]],
  ['twin: hunters who are kidnapped are civilians, the unknown kidnappers an armed group',
    'On 3 May 2021, unknown gunmen kidnapped two hunters near Bante (Collines). They were freed the next day.',
    [['Abduction/forced disappearance', 'Unidentified Armed Group (Benin)', 'Civilians (Benin)', 37]]],
  ['members of a neighbouring community who attack a hamlet are a communal militia',
    'On 3 May 2021, members of a neighbouring community attacked a hamlet near Djougou (Donga), wounding two people and burning huts.',
    [['Attack', 'Unidentified Communal Militia (Benin)', 'Civilians (Benin)', 47]]],
  ['twin: gunmen who attack a hamlet are an unidentified armed group',
    'On 3 May 2021, gunmen attacked a hamlet near Djougou (Donga), wounding two people and burning huts.',
    [['Attack', 'Unidentified Armed Group (Benin)', 'Civilians (Benin)', 37]]],
  ['farmers and herders who clash, leaving people dead, are communal militias in an armed clash',
    'On 3 May 2021, farmers and herders clashed near Kandi (Alibori), leaving three people dead.',
    [['Armed clash', 'Unidentified Communal Militia (Benin)', 'Unidentified Communal Militia (Benin)', 44]]],
  ['clashes between clans that kill are an armed clash of militias, not an attack on civilians',
    'On 3 May 2021, two people were killed in inter-clan clashes near Beledweyne (Hiraan).',
    [['Armed clash', 44]], ['sub_event_type', 'interaction']],
  ['twin: farmers and herders who quarrel with no weapon and no death stay a mob on both sides',
    'On 3 May 2021, farmers and herders clashed near Kandi (Alibori) over damaged crops. Elders calmed them.',
    [['Mob violence', 'Rioters (Benin)', 'Rioters (Benin)', 55]]],
  ['people assaulted by unknown people: an unidentified armed group attacked them, not a mob',
    'On 2 May 2021, supporters of the opposition were assaulted by unknown people in Zomba (Southern). The attack was politically motivated.',
    [['Attack', 'Unidentified Armed Group (Malawi)', 'Civilians (Malawi)', 37]]],
  ['twin: people assaulted by an angry crowd: mob violence',
    'On 2 May 2021, supporters of the opposition were assaulted by an angry crowd in Zomba (Southern).',
    [['Mob violence', 'Rioters (Malawi)', 'Civilians (Malawi)', 57]]],
  ['a shoot-out in a neighbourhood with no side named: two unidentified armed sides, not a mob',
    'On 2 May 2021, shoot-outs took place in the Vila Nova community of Duque de Caxias, Rio de Janeiro.',
    [['Armed clash', 33]], ['sub_event_type', 'interaction']],
  ['twin: community members who fight with sticks are a mob on both sides',
    'On 2 May 2021, members of two communities fought with sticks in Duque de Caxias, Rio de Janeiro.',
    [['Mob violence', 55]], ['sub_event_type', 'interaction']],
]
for (const [name, text, expected, fields] of cases) test(name, () => assert.deepEqual(rows(text, '2021-05-04', fields), expected))
