import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

// Twins for the event detection and typing fixes of stop 27 (coverage and sub-types): each rule's sentence beside a
// near-identical one where it must not fire. Sentences written for these tests, in the style of wire news.
function run(text: string, published = '2024-03-12') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { doc, records, rules: doc.messages.map((m) => m.rule), row: records.map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities]) }
}
const types = (text: string, published?: string) => run(text, published).row.map((r) => r[0])

test('a bomb named as what killed or hit ("a bomb planted by the insurgents killed four policemen") is an explosion, not a clash', () => {
  assert.deepEqual(run('KANDAHAR, Afghanistan — A bomb planted by the insurgents killed four policemen in Maiwand district on Monday, officials said.').row,
    [['Remote explosive/landmine/IED', 'reported', '2024-03-11', 4]])
  assert.deepEqual(types('KANDAHAR, Afghanistan — A roadside bomb hit an army patrol in Maiwand district on Monday, killing two soldiers.'),
    ['Remote explosive/landmine/IED'])
  // Twin: no bomb as the subject, the gunmen killed them: a clash with the police.
  assert.deepEqual(types('KANDAHAR, Afghanistan — Gunmen planted in a crowd killed four policemen in Maiwand district on Monday, officials said.'),
    ['Armed clash'])
})

test('"were killed after their vehicle hit a landmine": the blast after a toll told in the passive is how they died', () => {
  assert.deepEqual(run('KUNDUZ, Afghanistan — Three soldiers were killed after their vehicle struck a landmine in Dasht-e Archi district on Monday.').row,
    [['Remote explosive/landmine/IED', 'reported', '2024-03-11', 3]])
  assert.deepEqual(types('BAKU — A soldier was killed on Monday after the explosion of a landmine near the village of Tovuz, the ministry said.'),
    ['Remote explosive/landmine/IED'])
  // Twin: killers named before the toll ("militants killed ... after a bomb"): the killing is its own act, the blast its context.
  assert.deepEqual(types('KUNDUZ, Afghanistan — Militants shot and killed three soldiers in Dasht-e Archi district on Monday after a roadside bomb stopped their convoy.'),
    ['Armed clash'])
})

test('heavy machine guns fired with mortars at positions are one side\'s standoff fire (shelling); small arms with them make a battle', () => {
  const story = (weapons: string) => `DONETSK, Ukraine — On Monday, separatist forces fired 82mm mortars, ${weapons} and grenade launchers at government positions near Avdiivka.`
  assert.deepEqual(types(story('heavy machine guns')), ['Shelling/artillery/missile attack'])
  // Twin: small arms are infantry fire, ground fighting: the shelling is part of the battle.
  assert.deepEqual(types(story('small arms')), ['Armed clash'])
})

test('"a bomb ... destroyed a truck, killing all inside" went off: not explosives found and destroyed; a bomb destroyed by the army is', () => {
  assert.deepEqual(types('LASHKAR GAH, Afghanistan — On Monday, a bomb planted by the insurgents destroyed an army supply truck, killing all inside, in Nad Ali district.'),
    ['Remote explosive/landmine/IED'])
  // Twin: the army destroyed the bomb, no one was killed: disrupted weapons use.
  assert.deepEqual(types('LASHKAR GAH, Afghanistan — On Monday, army engineers found a bomb planted by the insurgents and destroyed it in Nad Ali district.'),
    ['Disrupted weapons use'])
})

test('arson of property with no one hurt ("gunmen torched three trucks", "burned the farmhouse") is property destruction; with people killed it stays an attack', () => {
  assert.deepEqual(run('TEMUCO, Chile — On Monday, gunmen torched three trucks and a tractor of a logging company near Contulmo. No one was hurt.').row,
    [['Looting/property destruction', 'reported', '2024-03-11', 0]])
  assert.deepEqual(types('TEMUCO, Chile — On Monday, three trucks of a logging company were set on fire by armed men near Contulmo.'),
    ['Looting/property destruction'])
  assert.deepEqual(types('ASUNCION — On Monday, rebels burned the main house and two tractors of a cattle ranch near Horqueta, police said.'),
    ['Looting/property destruction'])
  // Twins: people killed with the arson, and a burn that is no property.
  assert.deepEqual(types('TEMUCO, Chile — On Monday, gunmen torched three houses near Contulmo and killed two farmers.'), ['Attack'])
  assert.deepEqual(types('ASUNCION — On Monday, police said the cook burned his hand at a ranch near Horqueta.'), [])
})

test('arson stays an attack on people when a settlement was assaulted or people were hurt in the next sentence', () => {
  assert.deepEqual(types('PARAKOU, Benin — On Monday, a group of farmers attacked a herders\' camp near Kalale and burned two houses.'),
    ['Attack'])
  assert.deepEqual(types('TEMUCO, Chile — On Monday, two trucks of a logging company were set on fire by armed men near Contulmo. One driver was injured by a gunshot.'),
    ['Attack'])
  // Twin: "No one was injured" after it: property destruction.
  assert.deepEqual(types('TEMUCO, Chile — On Monday, two trucks of a logging company were set on fire by armed men near Contulmo. No one was injured.'),
    ['Looting/property destruction'])
})

test('"Clashes with the police broke out" right after a protest is the protest turned violent; a clash with named gunmen is a battle', () => {
  const lead = 'KYIV — On Tuesday, about 500 shop owners demonstrated outside the Cabinet of Ministers in Kyiv against the lockdown. '
  const turned = run(lead + 'Clashes with the police broke out when officers tried to clear the road.', '2024-03-13')
  assert.deepEqual(turned.row, [['Violent demonstration', 'reported', '2024-03-12', 0]])
  assert.deepEqual(turned.records.map((r) => [r.actor1, r.actor2]), [['Rioters (Ukraine)', 'Police Forces of Ukraine (2019-)']])
  assert.ok(turned.rules.includes('protest-then-clash'))
  // Twin: gunmen named in the clash are an armed side: a battle of its own beside the protest.
  assert.deepEqual(types(lead + 'Gunmen clashed with the police near the building later that day.', '2024-03-13'), ['Peaceful protest', 'Armed clash'])
})

test('demonstrators who burned property held a violent demonstration; demonstrators who burned an effigy did not', () => {
  assert.deepEqual(types('KANDI, Benin — On Monday, demonstrators against the election results burned a cotton warehouse in Kandi.'), ['Violent demonstration'])
  assert.deepEqual(types('KANDI, Benin — On Monday, demonstrators against the election results burned an effigy of the mayor in Kandi.'), ['Peaceful protest'])
})

test('a negation that asks who did it ("not known who shot", "(sources are not clear) shot") does not cancel the act; "did not shoot" does', () => {
  assert.deepEqual(run('KANDI, Benin — On Monday, gunmen or a rival policeman (sources are not clear) shot and killed a policeman near Karimama.').row,
    [['Armed clash', 'reported', '2024-03-11', 1]])
  assert.deepEqual(types('KANDI, Benin — On Monday night, it is not known who shot and killed a policeman near Karimama, officials said.'), ['Armed clash'])
  // Twin: a denial of the act.
  assert.deepEqual(types('KANDI, Benin — On Monday, officials said the guards did not shoot and kill a policeman near Karimama.'), [])
})

test('an abduction whose victims were killed in the next sentence is an attack; one whose victims were freed stays an abduction', () => {
  const lead = 'CINTALAPA, Mexico — On Monday, armed men kidnapped three members of a family in Cintalapa. '
  assert.deepEqual(types(lead + 'The victims were taken outside the town and were killed.'), ['Attack'])
  assert.deepEqual(types(lead + 'The victims were taken outside the town and were released on Tuesday.'), ['Abduction/forced disappearance'])
})

test('a history word in a clause after the protest that tells its cause ("teachers who have been on strike since January") does not make the protest history', () => {
  assert.deepEqual(run('COTONOU, Benin — On Monday, thousands of students marched through Cotonou against the refusal to negotiate with teachers who have been on strike since January.', '2024-03-12').row,
    [['Peaceful protest', 'reported', '2024-03-11', 0]])
  assert.deepEqual(types('TANGIER, Morocco — On Monday, about 450 parents held a sit-in in front of a private school in Tangier, denouncing the suspension of classes since the start of the outbreak.'),
    ['Peaceful protest'])
  // Twin: the history word in the act's own clause ("have marched every week since January") keeps it the running story.
  assert.deepEqual(types('COTONOU, Benin — Students have marched through Cotonou every week since the start of the year.'), [])
})

test('"opened gun fire on" is opening fire; "a civilian was wounded by Afghan forces fire" is an attack by the forces', () => {
  assert.deepEqual(types('GALKAYO, Somalia — On Monday, a civilian was injured after clan militiamen opened gun fire on a football field in Galkayo.'), ['Attack'])
  assert.deepEqual(run('GARDEZ, Afghanistan — On Monday, two girls were wounded by Afghan forces fire in Zurmat district, Paktia.').records.map((r) => [r.sub_event_type, r.actor1]),
    [['Attack', 'Military Forces of Afghanistan (2021-)']])
  // Twin: a house fire is no gunfire.
  assert.deepEqual(types('GARDEZ, Afghanistan — On Monday, two girls were injured by a fire in their house in Zurmat district, Paktia.'), [])
})

test('"inter-clan violence erupted, leaving five dead" is a clash between clans; a fist fight between councillors is mob violence', () => {
  assert.deepEqual(run('JIJIGA, Ethiopia — On Monday, inter-clan violence erupted in Afdere zone, leaving at least five people dead.').row,
    [['Armed clash', 'reported', '2024-03-11', 5]])
  assert.deepEqual(types('COTONOU, Benin — On Monday, a fist fight linked to a local political dispute broke out between councillors in Saclo. Three councillors were injured.'),
    ['Mob violence'])
  // Twin: violence as a topic, not an act told.
  assert.deepEqual(types('JIJIGA, Ethiopia — Elders met on Monday to discuss how to end violence in Afdere zone.'), [])
})

test('armed men who seized a vehicle or stole sheep took property by force; militants who seized a town took the town', () => {
  assert.deepEqual(types('NIAMEY, Niger — On Monday, suspected militants seized a vehicle belonging to a municipal councillor in Safala.'),
    ['Looting/property destruction'])
  assert.deepEqual(types('NYALA, Sudan — On Monday, militiamen stole 45 sheep near Golo, residents said.'), ['Looting/property destruction'])
  assert.deepEqual(types('NIAMEY, Niger — On Monday, suspected militants seized the town of Safala, residents said.'), ['Non-state actor overtakes territory'])
  // Twin: the seizure in an attack that wounded a gendarme does not retype the attack (the seizure words are weak).
  assert.deepEqual(types('BAMAKO, Mali — On Monday, suspected militants attacked a customs post in Sienso, wounded a gendarme and seized four motorbikes.'),
    ['Armed clash'])
})

test('"merchants from the historic centre demonstrated" is news of the day, not history', () => {
  assert.deepEqual(run('OAXACA, Mexico — On Monday, merchants from the historic centre demonstrated in Oaxaca to be allowed to work.').row,
    [['Peaceful protest', 'reported', '2024-03-11', 0]])
  // Twin: the history word in its own sense ("a historic march"): the march of 2006 is history.
  assert.deepEqual(run('OAXACA, Mexico — Merchants recalled the historic march they held in Oaxaca in 2006.').row.map((r) => r[1]), ['background'])
})
