import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes that closed gaps of the whole-article fixtures (fixtures/unseen*.yaml, stop 27): each rule's text
// beside a near-identical one where it must not fire. Texts written for these tests.
function run(text: string, published = '2024-03-14') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { records, rules: doc.messages.map((m) => m.rule), row: records.map((r) => [r.sub_event_type, r.status, r.event_date, r.actor1, r.actor2, r.location]) }
}

test('"the minister was visiting troops deployed against bandits": forces described, no deployment told', () => {
  const lead = 'NAIROBI (Reuters) - A Kenyan minister was injured when his helicopter crashed near Marsabit on Wednesday, officials said. '
  const described = run(lead + 'The minister had been visiting troops deployed against cattle rustlers in the area.')
  assert.deepEqual(described.row, [])
  assert.ok(described.rules.includes('described-forces'))
  // Twin: troops who deployed, as the sentence's own act, are a change to their activity.
  const deployed = run(lead + 'The army deployed troops against cattle rustlers in Marsabit on Wednesday.')
  assert.deepEqual(deployed.row.map((r) => [r[0], r[1], r[3], r[5]]), [['Change to group/activity', 'reported', 'Military Forces of Kenya (2022-)', 'Marsabit']])
})

test('"thousands of residents fled the city after the volcano erupted, killing 15": the crowd fled, the eruption killed', () => {
  const fled = run('GOMA, Congo (AP) — Thousands of residents fled the town of Rutshuru after a volcano erupted on Sunday, killing at least 12 people, officials said.', '2024-03-12')
  assert.deepEqual(fled.row, [])
  assert.ok(fled.rules.includes('non-human-cause'))
  // Twin: the same flight from gunmen who killed is their attack.
  const attack = run('GOMA, Congo (AP) — Thousands of residents fled the town of Rutshuru after gunmen attacked it on Sunday, killing at least 12 people, officials said.', '2024-03-12')
  assert.deepEqual(attack.row, [['Attack', 'reported', '2024-03-10', 'Unidentified Armed Group (Democratic Republic of Congo)', 'Civilians (Democratic Republic of Congo)', 'Rutshuru']])
})

test('"we will not stand by while the militia attacks the people of Darfur," the minister said: the war told in the present, quoted', () => {
  const lead = 'LONDON (Reuters) — Britain on Tuesday imposed sanctions on two commanders of a Sudanese militia. '
  const quoted = run(lead + '"We will not stand by while the RSF attacks the people of El Geneina," the foreign minister said in a statement.')
  assert.deepEqual(quoted.row, [])
  assert.ok(quoted.rules.includes('quoted-present'))
  // Twin: the same words told as news, in the past tense, are an attack.
  const told = run(lead + 'The RSF attacked the people of El Geneina on Monday, the foreign minister said in a statement.')
  assert.deepEqual(told.row.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5]]), [['Attack', 'reported', '2024-03-11', 'Rapid Support Forces', 'Civilians (Sudan)', 'Geneina']])
})

test('"deputies from both sides gathered in front of the speaker\'s podium": a row in the chamber, no protest', () => {
  const lead = 'MEXICO CITY — Opposition and ruling party deputies traded insults in Congress on Tuesday over the security budget. '
  const row = run(lead + 'The session was suspended after deputies from both sides gathered in front of the speaker\'s podium.', '2025-07-16')
  assert.deepEqual(row.row, [])
  assert.ok(row.rules.includes('debate'))
  // Twin: teachers who gathered in front of the building are protesters.
  const teachers = run(lead + 'Hundreds of teachers gathered in front of the Congress building on Tuesday to demand higher pay.', '2025-07-16')
  assert.deepEqual(teachers.row.map((r) => [r[0], r[1], r[2], r[5]]), [['Peaceful protest', 'reported', '2025-07-15', 'Mexico City']])
})

test('"the bus was travelling from A to B when it was hit": B is where the journey went, the blast is the attack near A', () => {
  const lead = 'KADUNA, Nigeria (Reuters) - Gunmen attacked a bus near the town of Birnin Gwari on Sunday, killing six passengers, officials said.\n'
  const journey = run(lead + 'The bus was travelling from Birnin Gwari to Funtua when it was hit by an explosive device.', '2024-03-12')
  assert.deepEqual(journey.row, [['Remote explosive/landmine/IED', 'reported', '2024-03-10', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'Birnin Gwari']])
  assert.ok(journey.rules.includes('journey-destination'))
  // Twin: a blast told in the other town is an event there.
  const other = run(lead + 'Another bus was hit by an explosive device in Funtua.', '2024-03-12')
  assert.deepEqual(other.row.map((r) => [r[0], r[5]]), [['Attack', 'Birnin Gwari'], ['Remote explosive/landmine/IED', 'Funtua']])
})

test('"the drivers were seized when gunmen stopped their convoy": people seized are kidnapped, not a place taken', () => {
  const seized = run('BAMAKO, Mali — Five truck drivers were seized on Monday when gunmen stopped their convoy near Segou, officials said.', '2025-10-03')
  assert.deepEqual(seized.row, [['Abduction/forced disappearance', 'reported', '2025-09-29', 'Unidentified Armed Group (Mali)', 'Civilians (Mali)', 'Ségou']])
  // Twin: a town seized is a place taken.
  const town = run('BAMAKO, Mali — Jihadist fighters seized the town of Niono on Monday, officials said.', '2025-10-03')
  assert.deepEqual(town.row.map((r) => r[0]), ['Non-state actor overtakes territory'])
})

test('"the town of Bulo Burde": news\'s spelling of Buulobarde (data/places/variants.yaml) is the place, not the dateline', () => {
  const town = run('MOGADISHU, Somalia — Al Shabaab militants attacked the town of Bulo Burde on Wednesday, killing four soldiers, officials said.', '2024-03-14')
  assert.deepEqual(town.row.map((r) => [r[0], r[1], r[2], r[5]]), [['Armed clash', 'reported', '2024-03-13', 'Buulobarde']])
  // Twin: the GeoNames spelling was found before.
  const geonames = run('MOGADISHU, Somalia — Al Shabaab militants attacked the town of Buulobarde on Wednesday, killing four soldiers, officials said.', '2024-03-14')
  assert.deepEqual(geonames.row.map((r) => r[5]), ['Buulobarde'])
})

test('"the governor ordered police to arrest the youths": an order, no arrest made (planned)', () => {
  const order = run('JOS, Nigeria (AP) - Plateau state governor Caleb Mutfwang on Tuesday ordered police to arrest the youths who burned a market in Jos.')
  assert.deepEqual(order.row, [['Arrests', 'planned', '2024-03-12', 'Police Forces of Nigeria (2023-)', null, 'Jos']])
  // Twin: police who arrested the youths made the arrest.
  const arrest = run('JOS, Nigeria (AP) - Police on Tuesday arrested the youths who burned a market in Jos, a spokesman said.')
  assert.deepEqual(arrest.row.map((r) => [r[0], r[1]]), [['Arrests', 'reported']])
})

test('"The attackers stormed the village of X in Bokkos local government area": the lead\'s state narrows to the district, and the unit is no government', () => {
  const lead = 'JOS, Nigeria (AP) - Gunmen killed at least 20 people in an attack on a village in central Plateau state, officials said on Thursday.\n'
  const next = run(lead + 'The attackers stormed the village of Mangu-Halle in Bokkos local government area late on Tuesday, the council chairman said.')
  assert.deepEqual(next.row, [['Attack', 'reported', '2024-03-12', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 'Bokkos']])
  assert.ok(next.rules.includes('government-unit'))
  // Twin: a next sentence that does not open on the attack or its doers leaves the state.
  const other = run(lead + 'Residents of Bokkos local government area said they feared more violence.')
  assert.deepEqual(other.row.map((r) => r[5]), ['Plateau State'])
})

test('"in the city\'s Dniprovskyi district" after Kherson: a quarter of Kherson, not Kyiv\'s namesake, and no second shelling', () => {
  const lead = 'KYIV, Ukraine — Russian shelling killed three people in the southern city of Kherson on Sunday, the governor said.\n'
  const quarter = run(lead + 'Shells hit a market in the city\'s Dniprovskyi district, he said.', '2025-12-01')
  assert.deepEqual(quarter.row, [['Shelling/artillery/missile attack', 'reported', '2025-11-30', 'Military Forces of Russia (2000-)', 'Civilians (Ukraine)', 'Kherson']])
  assert.ok(quarter.rules.includes('city-quarter'))
  // Twin: the quarter of the city it does belong to is no namesake (Kyiv's own Dniprovskyi district).
  const own = run('KYIV, Ukraine — A Russian drone attack killed two people in Kyiv on Sunday, the mayor said.\nDebris hit a house in the city\'s Dniprovskyi district, he said.', '2025-12-01')
  assert.ok(!own.rules.includes('city-quarter'))
})

test('"Russian forces, which withdrew from Kherson in November 2022, shell the city almost daily": an aside and a habit, no events', () => {
  const lead = 'KYIV, Ukraine — Russian shelling killed three people in the southern city of Kherson on Sunday, the governor said.\n'
  const aside = run(lead + 'Russian forces, which withdrew from Kherson in November 2022, shell the city almost daily from across the river.', '2025-12-01')
  assert.deepEqual(aside.row.map((r) => [r[0], r[1], r[5]]), [['Shelling/artillery/missile attack', 'reported', 'Kherson']])
  assert.ok(aside.rules.includes('which-aside'))
  assert.ok(aside.rules.includes('habitual'))
  // Twin: an aside that names its day tells an incident.
  const dated = run(lead + 'Russian forces, which shelled the village of Bilozerka on Saturday, fired on the city again on Monday.', '2025-12-02')
  assert.deepEqual(dated.row.map((r) => [r[0], r[2], r[5]]), [['Shelling/artillery/missile attack', '2025-11-30', 'Kherson'], ['Shelling/artillery/missile attack', '2025-11-29', 'Bilozerka']])
})
