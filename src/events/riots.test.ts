import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

// Short articles written for these tests: violent unrest is Riots by rioters, not protests, battles or shelling.
function run(text: string, published = '2024-05-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.actor2, r.location, r.event_date, r.fatalities])
}

test('residents firing live rounds at the police in service protests: a riot by rioters, not excessive force', () => {
  assert.deepEqual(run('Residents of Soweto fired live ammunition at police officers and a councillor\'s house on Tuesday morning during protests over water cuts.', '2024-05-08'),
    [['Violent demonstration', 'Rioters (South Africa)', 'Police Forces of South Africa (1994-)', 'Soweto', '2024-05-07', 0]])
})

test('a protest that became clashes with the police is one riot, whatever the first word said', () => {
  assert.deepEqual(run('Hundreds of traders protested in Kisumu on Monday against new market fees. '
    + 'Dozens of people were injured in clashes with police as the protesters tried to block the main road.', '2024-05-07'),
    [['Violent demonstration', 'Rioters (Kenya)', 'Police Forces of Kenya (2022-)', 'Kisumu', '2024-05-06', 0]])
})

test('in a story about rioting, a police station firebombed is the rioters\' work though no crowd is named beside it', () => {
  assert.deepEqual(run('Rioting spread across the north on Tuesday night as looters broke into shops and riot police fought running battles with youths. '
    + 'A police station in Bradford was firebombed on Tuesday night, police said.', '2024-05-08'),
    [['Violent demonstration', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom (2022-)', 'Bradford', '2024-05-07', 0]])
})

// A day told after "after … <verb>" is another act's (mentions/dates), but here a riot word names that act: it is the
// same incident ("Riot police … were attacked after rioters hurled missiles on Tuesday night"), and the riot takes its day.
test('rioters hurling missiles at officers is a riot, not shelling, though riot police are named first', () => {
  assert.deepEqual(run('Riot police in Leeds were attacked after 200 rioters hurled missiles at officers on Tuesday night.', '2024-05-08'),
    [['Violent demonstration', 'Rioters (United Kingdom)', 'Police Forces of the United Kingdom (2022-)', 'Leeds', '2024-05-07', 0]])
})

test('an act of another kind after "after ... <verb>" keeps its day to itself: the fighting does not take Friday', () => {
  // 2024-05-08 is a Wednesday: Friday is 2024-05-03.
  assert.deepEqual(run('Fighting broke out in Kismayo after gunmen killed two elders on Friday.', '2024-05-08').map((r) => [r[0], r[4]]),
    [['Armed clash', '2024-05-08']])
})

test('arrests "in connection with" one attack say nothing of the rioting in the next clause', () => {
  const rows = run('Eight people were arrested in connection with the attack – while in Leeds 200 rioters hurled stones at officers on Tuesday night.', '2024-05-08')
  assert.deepEqual(rows.filter((r) => r[0] === 'Violent demonstration').map((r) => [r[0], r[1], r[3], r[4]]), [['Violent demonstration', 'Rioters (United Kingdom)', 'Leeds', '2024-05-07']])
})

test('violence in an "after" clause retypes the protest unless the clause dates it earlier', () => {
  assert.deepEqual(run('Residents of Mendoza held a peaceful protest on Sunday against the release of prisoners, after riots in the prisons in mid-April.', '2024-05-06')
    .map((r) => [r[0], r[3], r[4]]), [['Peaceful protest', 'Mendoza', '2024-05-05']])
  assert.deepEqual(run('Protests continued in Mendoza on Sunday after demonstrators clashed with police.', '2024-05-06')
    .map((r) => [r[0], r[3], r[4]]), [['Violent demonstration', 'Mendoza', '2024-05-05']])
})

test('houses set on fire by raiding fighters are part of their attack, not a demonstration', () => {
  assert.deepEqual(run('Insurgents killed four villagers in an attack on a village near Mocimboa da Praia on Sunday. '
    + 'The fighters arrived in the afternoon, set fire to 15 houses and took food from shops, a resident said.', '2024-05-06').map((r) => [r[0], r[3], r[5]]),
  [['Attack', 'Mocímboa da Praia', 4]])
})

test('"a group of" ordinary people beating a suspected thief is mob violence; "a group of gunmen" killing passengers stays an attack', () => {
  assert.deepEqual(run('On Sunday, a group of traders beat a man suspected of stealing a phone at the market in Parakou, Benin.', '2024-05-07'),
    [['Mob violence', 'Rioters (Benin)', 'Civilians (Benin)', 'Parakou', '2024-05-05', 0]])
  assert.deepEqual(run('On Sunday, a group of gunmen attacked a bus on the road to Parakou, Benin, and killed two passengers.', '2024-05-07'),
    [['Attack', 'Unidentified Armed Group (Benin)', 'Civilians (Benin)', 'Parakou', '2024-05-05', 2]])
})

// A force's own non-violent move after an incident ("were deployed to keep order") is not a side of it.
test('police deployed to keep order after a march do not become the marchers', () => {
  assert.deepEqual(run('Hundreds of residents marched through Kisumu on Tuesday to protest against a rise in fuel prices. '
    + 'Police were deployed to keep order in the town centre.', '2024-05-08'),
    [['Peaceful protest', 'Protesters (Kenya)', null, 'Kisumu', '2024-05-07', 0]])
})

test('twin: police who dispersed the marchers are the second side of a protest with intervention', () => {
  assert.deepEqual(run('Hundreds of residents marched through Kisumu on Tuesday to protest against a rise in fuel prices. '
    + 'Police dispersed the crowd with tear gas.', '2024-05-08'),
    [['Protest with intervention', 'Protesters (Kenya)', 'Police Forces of Kenya (2022-)', 'Kisumu', '2024-05-07', 0]])
})

test('troops sent to a village after gunmen attacked it do not take the gunmen\'s place', () => {
  assert.deepEqual(run('Gunmen attacked soldiers at a checkpoint in Djibo on Tuesday, killing three. '
    + 'Security forces were deployed to the area.', '2024-05-08').map((r) => [r[0], r[1], r[2]]),
    [['Armed clash', 'Unidentified Armed Group (Burkina Faso)', 'Military Forces of Burkina Faso (2022-)']])
})

test('residents who died in an attack are its victims, not a mob; residents who attacked a bar are one', () => {
  assert.deepEqual(run('Four residents died in an attack on a bar in Irapuato on Friday.'),
    [['Attack', 'Unidentified Armed Group (Mexico)', 'Civilians (Mexico)', 'Irapuato', '2024-05-10', 4]])
  assert.deepEqual(run('Residents attacked a bar in Irapuato on Friday; four men died.'),
    [['Mob violence', 'Rioters (Mexico)', 'Civilians (Mexico)', 'Irapuato', '2024-05-10', 4]])
})

test('"suspected herders" raiding villages are a communal militia; villagers beating a suspected thief are a mob', () => {
  assert.deepEqual(run('Suspected herders killed 12 people in attacks on villages in Benue State on Monday.'),
    [['Attack', 'Unidentified Communal Militia (Nigeria)', 'Civilians (Nigeria)', 'Benue State', '2024-05-06', 12]])
  assert.deepEqual(run('Villagers beat a suspected thief to death in Jos on Friday.'),
    [['Mob violence', 'Rioters (Nigeria)', 'Civilians (Nigeria)', 'Jos', '2024-05-10', 1]])
})

test('people killed before an arson are its victims, not a crowd: an armed side\'s attack; a crowd that kills and burns is mob violence', () => {
  const typed = (text: string) => toRecords(extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2025-06-02', input: 't' }, text }))
    .map((r) => [r.sub_event_type, r.actor1])
  assert.deepEqual(typed('Gang members killed at least eight people and set fire to dozens of homes in Port-au-Prince on Sunday, residents said.'), [['Attack', 'Unidentified Gang (Haiti)']])
  assert.deepEqual(typed('Residents killed a suspected thief and set fire to his house in Port-au-Prince on Sunday, police said.').map((r) => r[0]), ['Mob violence'])
})
