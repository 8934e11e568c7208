import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rows } from '../mentions/actors/fixtures/rows.js'

// Sentences written for these tests: whether the one state forces met was armed (off duty: a civilian; fire returned,
// a post attacked: armed), and whether force met a violent crowd (rule violent-crowd-met). Each rule with its twin.
const cases: [name: string, text: string, expected: unknown[][]][] = [
  ['armed men ambushing a police commander who was off duty: an attack on a civilian',
    'On 3 May 2021, armed men ambushed a police commander who was off duty in Uruapan, Michoacan. He was injured.',
    [['Attack', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 37]]],
  ['twin: armed men ambushing a police patrol: an armed clash with the police',
    'On 3 May 2021, armed men ambushed a police patrol in Uruapan, Michoacan. Two officers were injured.',
    [['Armed clash', 'Unidentified Armed Group (Mexico)', 'Police Forces of Mexico (2018-)', 13]]],
  ['police who fire back at a man who shot at them fought an armed side: a clash (rule fire-returned)',
    'On 3 May 2021, two police officers were shot by a man in Uruapan, Michoacan. The officers returned fire and wounded him.',
    [['Armed clash', 'Unidentified Armed Group (Mexico)', 'Police Forces of Mexico (2018-)', 13]]],
  ['twin: police who shoot a man no one says fired: an attack on a civilian',
    'On 3 May 2021, police officers shot and wounded a man in Uruapan, Michoacan. His family said he was unarmed.',
    [['Attack', 'Police Forces of Mexico (2018-)', 'Civilians (Mexico)', 17]]],
  ['militants who attacked a gendarmerie station and killed a civilian fought the state: a clash',
    'On 5 May 2021, militants attacked the gendarmerie station in Boni (Douentza, Mopti), killed one civilian and wounded three gendarmes.',
    [['Armed clash', 'Unidentified Armed Group (Mali)', 'Military Forces of Mali (2020-) Gendarmerie', 13]]],
  ['twin: militants who attacked a market near a gendarmerie station and killed a civilian: an attack',
    'On 5 May 2021, militants attacked a market near the gendarmerie station in Boni (Douentza, Mopti) and killed one civilian.',
    [['Attack', 'Unidentified Armed Group (Mali)', 'Civilians (Mali)', 37]]],
  ['police killing protesters while removing their barricades: a violent demonstration met by force',
    'On 3 May 2021, police shot dead two protesters while removing barricades and dispersing demonstrators in Parakou (Borgou).',
    [['Violent demonstration', 'Rioters (Benin)', 'Police Forces of Benin (2016-)', 15]]],
  ['demonstrators barricading roads, fired on by the police: a violent demonstration',
    'On 3 May 2021, police fired live rounds as they dispersed demonstrators barricading the main roads in Parakou (Borgou), killing one.',
    [['Violent demonstration', 'Rioters (Benin)', 'Police Forces of Benin (2016-)', 15]]],
  ['twin: police killing peaceful marchers is excessive force against protesters',
    'On 3 May 2021, police shot dead two protesters while dispersing a peaceful march in Parakou (Borgou).',
    [['Excessive force against protesters', 'Police Forces of Benin (2016-)', 'Protesters (Benin)', 16]]],
  ['gunmen who abduct two policemen on patrol fought the state: an armed clash (rule forces-taken)',
    'On 3 May 2021, gunmen abducted two policemen on patrol near Ilaro, Ogun State.',
    [['Armed clash', 'Unidentified Armed Group (Nigeria)', 'Police Forces of Nigeria (2015-)', 13]]],
  ['twin: gunmen who abduct two traders: an abduction of civilians',
    'On 3 May 2021, gunmen abducted two traders near Ilaro, Ogun State.',
    [['Abduction/forced disappearance', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 37]]],
]
for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(rows(text, '2021-05-04'), expected))
