import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes that closed gaps of the whole-article fixtures (fixtures/unseen*.yaml, stop 34): each rule's text
// beside a near-identical one where it must not fire. Texts written for these tests.
function run(text: string, published = '2024-03-14', title: string | null = null) {
  const doc = extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { records, rules: doc.messages.map((m) => m.rule), row: records.map((r) => [r.sub_event_type, r.status, r.event_date, r.actor1, r.actor2, r.location, r.fatalities]) }
}

test('"the militia has shelled government-held towns with mortars": a side\'s areas in general, no day nor dead, is no event', () => {
  const lead = 'MOGADISHU, Oct 8 (Reuters) - A roadside bomb killed four soldiers near the town of Afgoye on Monday, police said.\n'
  const general = run(lead + 'The army relies on its armoured units, while the militia has shelled government-held towns with mortars and drones.', '2024-10-08')
  assert.deepEqual(general.row.map((r) => [r[0], r[5], r[6]]), [['Remote explosive/landmine/IED', 'Afgooye', 4]])
  assert.ok(general.rules.includes('held-areas'))
  // Twin: with a day of its own the same act is an incident.
  const dated = run(lead + 'On Tuesday, al-Shabaab fighters shelled government-held towns in the Bay region with mortars, residents said.', '2024-10-08')
  assert.deepEqual(dated.row.map((r) => [r[0], r[2], r[3], r[5]]), [['Remote explosive/landmine/IED', '2024-10-07', 'Unidentified Armed Group (Somalia)', 'Afgooye'],
    ['Shelling/artillery/missile attack', '2024-10-08', 'Al Shabaab', 'Bay']])
})

test('"as al-Shabaab militants forcibly recruit young men": recruiting with no day of its own is a practice, no change of activity', () => {
  const practice = run('MOGADISHU, Feb 12 (AP) - Families are fleeing the town of Jowhar as al-Shabaab militants forcibly recruit young men, elders said.', '2025-02-12')
  assert.deepEqual(practice.row, [])
  assert.ok(practice.rules.includes('recruiting-practice'))
  // Twin: recruiting told on a day of its own stays a change of activity.
  const dated = run('MOGADISHU, Feb 12 (AP) - Al-Shabaab militants forcibly recruited young men in the town of Jowhar on Monday, elders said.', '2025-02-12')
  assert.deepEqual(dated.row, [['Change to group/activity', 'reported', '2025-02-10', 'Al Shabaab', null, 'Jawhar', 0]])
})

test('"On the friendly side, the toll is four dead": a communiqué\'s own dead are a group beside the enemy\'s, added to them', () => {
  const story = (side: string) => 'OUAGADOUGOU, Sept 3 (AFP) - An army unit on patrol was attacked by armed terrorist groups near the town of Djibo on Sunday, the general staff said in a statement.\n'
    + 'The troops fought back and neutralised about thirty assailants, the statement said.\n'
    + `${side}, the toll is four dead and six wounded.`
  const own = run(story('On the friendly side'), '2024-09-03')
  assert.deepEqual(own.row.map((r) => [r[0], r[2], r[5], r[6]]), [['Armed clash', '2024-09-01', 'Djibo', 34]])
  // Twin: "In all" sums nothing new; the four are part of the thirty (a total).
  const all = run(story('In all'), '2024-09-03')
  assert.deepEqual(all.row.map((r) => [r[0], r[2], r[5], r[6]]), [['Armed clash', '2024-09-01', 'Djibo', 30]])
})

test('"leading to tit-for-tat kidnappings between the two clans": a run of reprisals with no count is no event of its own', () => {
  const lead = 'JUBA, Aug 6 (Reuters) - At least 14 people were killed in fighting between two rival clans near the town of Rumbek on Monday and Tuesday, local officials said.\n'
  const series = run(lead + 'The fighting began after a cattle keeper was robbed and beaten on the road to Yirol on Sunday, leading to tit-for-tat kidnappings between the two clans, officials said.', '2024-08-06')
  assert.deepEqual(series.row.map((r) => [r[0], r[5], r[6]]), [['Armed clash', 'Rumbek', 14]])
  assert.ok(series.rules.includes('reprisal-series'))
  // Twin: the abductions counted are an event of their own.
  const counted = run(lead + 'The fighting began after a cattle keeper was robbed and beaten on the road to Yirol on Sunday, leading to the tit-for-tat kidnappings of 12 herders, officials said.', '2024-08-06')
  assert.ok(!counted.rules.includes('reprisal-series'))
})

test('"Hours earlier, police were attacked in another town": a sentence that opens as another incident adds no side to the one before', () => {
  const story = (opener: string) => 'MEXICO CITY, May 5 (AP) - The bodies of six men were found in a ditch outside the city of Uruapan on Saturday, prosecutors in the state of Michoacan said.\n'
    + 'The men had been shot, the prosecutors said.\n'
    + `${opener}police officers were attacked by gunmen while on patrol in the town of Apatzingan, the state security ministry said. Officers returned fire, killing two of the attackers.`
  const earlier = run(story('Hours earlier, '), '2024-05-05')
  assert.deepEqual(earlier.row.map((r) => [r[0], r[4], r[5]]), [['Attack', 'Civilians (Mexico)', 'Uruapan'], ['Armed clash', 'Police Forces of Mexico (2018-)', 'Apatzingán']])
  assert.ok(earlier.rules.includes('separate-incident'))
})

test('a board game of a war, known by "is for two players aged 12 and over", reports no incident', () => {
  const game = (end: string) => 'In "Frozen Chosin", one player leads the U.S. Marines and the other the Chinese divisions that surrounded them in the winter of 1950.\n'
    + 'Chinese troops attack the Marine positions at night, and air strikes can break an assault if the dice are kind.\n'
    + `The Marines usually fight their way out to the coast by the last turn. ${end}`
  const marked = run(game('The rulebook is short, and the game is for two players aged 12 and over.'), '2024-11-20', 'A board game of the Chosin Reservoir battle')
  assert.deepEqual(marked.row, [])
  // Twin: the same war told with no mark of a game keeps its records (background).
  const plain = run(game('Historians still argue over the retreat.'), '2024-11-20', 'A board game of the Chosin Reservoir battle')
  assert.ok(plain.row.length > 0)
})
