import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

function run(text: string, published: string | null) {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return { doc, records: toRecords(doc) }
}
const core = (r: ReturnType<typeof toRecords>[number]) =>
  [r.event_date, r.time_precision, r.event_type, r.sub_event_type, r.actor1, r.actor2, r.interaction, r.iso, r.fatalities, r.status]

test('a foreign air force striking a market: air strike on civilians, "at least three" kept as a claim', () => {
  const { records } = run('Saudi-led coalition warplanes struck a market in the Yemeni town of Saada on Tuesday, killing at least three civilians, medics said.', '2019-06-20')
  assert.deepEqual(records.map(core), [['2019-06-18', 1, 'Explosions/Remote violence', 'Air/drone strike',
    'Military Forces of Saudi Arabia (2015-)', 'Civilians (Yemen)', 78, 'YE', 3, 'reported']])
  assert.deepEqual(records[0].fatality_claims.map((c) => [c.value, c.qualifier, c.group]), [[3, 'at-least', 'civilians']])
  assert.equal(records[0].location, "Sa'dah")
})

test('tear gas on marchers: protest with intervention by the police', () => {
  const { records } = run('Police fired tear gas to disperse hundreds of protesters in Nairobi on Wednesday as demonstrators marched against new taxes.', '2023-07-20')
  assert.deepEqual(records.map(core), [['2023-07-19', 1, 'Protests', 'Protest with intervention', 'Protesters (Kenya)', 'Police Forces of Kenya (2022-)', 16, 'KE', 0, 'reported']])
})

test('a roadside bomb: an unidentified group against the army, "near" gives precision 2, "more than 20" is 20', () => {
  const { records } = run('A roadside bomb struck an army convoy near Gao on Monday, killing more than 20 Malian soldiers, a military source said.', '2023-10-03')
  assert.deepEqual(records.map(core), [['2023-10-02', 1, 'Explosions/Remote violence', 'Remote explosive/landmine/IED',
    'Unidentified Armed Group (Mali)', 'Military Forces of Mali (2021-)', 13, 'ML', 20, 'reported']])
  assert.deepEqual([records[0].location, records[0].geo_precision], ['Gao', 2])
})

test('an abduction by gunmen: Violence against civilians, the count kept apart from deaths', () => {
  const { records } = run('Gunmen abducted dozens of villagers from a farming community in Zamfara state, Nigeria, on Saturday, residents said.', '2024-03-12')
  assert.deepEqual(records.map(core), [['2024-03-09', 1, 'Violence against civilians', 'Abduction/forced disappearance',
    'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 37, 'NG', 0, 'reported']])
})

test('a planned offensive is kept but marked planned', () => {
  const { records } = run('The army said it plans to launch an offensive to retake the city of Sittwe from the Arakan Army next month.', '2024-01-09')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.status]), [['Government regains territory', 'planned']])
})

test('a claim the other side denies is marked denied', () => {
  const { records } = run('Al Shabaab claimed to have shot down a military drone near Jilib in Somalia on Sunday. The army denied the claim.', '2023-11-06')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.actor1, r.status]), [['Armed clash', 'Al Shabaab', 'denied']])
})

test('fighting words in sport news give no event, with the reason', () => {
  const { doc, records } = run('Georgia beat Scotland 2-1 in a bruising clash in Tbilisi on Saturday. The visitors attacked in waves but the home defence held firm, and the striker scored twice in the second half before the fans.', '2023-10-15')
  assert.deepEqual(records, [])
  assert.deepEqual(doc.messages.filter((m) => m.stage === 'events').map((m) => m.rule), ['not-relevant'])
})

test('no publication date and no date in the text: the event date stays empty, with a reason', () => {
  const { doc, records } = run('Insurgents attacked a police post in Mocimboa da Praia, Mozambique, killing three officers.', null)
  assert.deepEqual(records.map(core), [[null, 3, 'Battles', 'Armed clash', 'Islamist Militia (Mozambique)', 'Police Forces of Mozambique (1990-)', 13, 'MZ', 3, 'reported']])
  assert.ok(doc.messages.some((m) => m.stage === 'events' && m.rule === 'date-unknown'))
})

test('history recalled in a later paragraph is background, not news', () => {
  const { records } = run('Rebels shelled the outskirts of Aleppo on Monday, killing two civilians.\n\nIn 2012 rebels had seized the eastern half of the city after weeks of fighting.', '2016-03-29')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.event_date, r.status]), [
    ['Shelling/artillery/missile attack', '2016-03-28', 'reported'],
    ['Non-state actor overtakes territory', '2012-07-01', 'background'],
  ])
})

test('every record has stable ids and evidence spans that point at its words', () => {
  const text = 'Police fired tear gas to disperse hundreds of protesters in Nairobi on Wednesday as demonstrators marched against new taxes.'
  const a = run(text, '2023-07-20').records, b = run(text, '2023-07-20').records
  assert.deepEqual(a.map((r) => r.id), b.map((r) => r.id))
  const ev = a[0].evidence
  assert.deepEqual([text.slice(...ev.sub_event_type), text.slice(...ev.location), text.slice(...ev.event_date), text.slice(...ev.actor2)],
    ['tear gas', 'Nairobi', 'Wednesday', 'Police'])
})

test('combined "air and missile strikes" are air strikes; missiles alone stay shelling/missile attacks', () => {
  const { records } = run('Zorbanian air and missile strikes on the town of Saada killed 12 people on Tuesday, health officials said.', '2021-05-12')
  assert.deepEqual(records.map((r) => [r.event_date, r.sub_event_type, r.fatalities]), [['2021-05-11', 'Air/drone strike', 12]])
  const twin = run('Missile strikes on the town of Saada killed 12 people on Tuesday, health officials said.', '2021-05-12').records
  assert.deepEqual(twin.map((r) => [r.event_date, r.sub_event_type, r.fatalities]), [['2021-05-11', 'Shelling/artillery/missile attack', 12]])
})

test('air defences are the state\'s forces: the interceptor of drones is actor1 of the disrupted weapons use', () => {
  const { records } = run('Zorbanian air defences shot down four drones over Saada on Monday, the air force said.', '2024-01-10')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.inter1]), [['Disrupted weapons use', 1]])
})

test('missiles or rockets shot down are the interceptor\'s disrupted weapons use; missiles that hit a town are the attacker\'s', () => {
  const shot = run('Ukrainian air defences shot down six cruise missiles over Odesa on Monday, the air force said.', '2024-01-10').records
  assert.deepEqual(shot.map((r) => [r.sub_event_type, r.actor1, r.inter1]), [['Disrupted weapons use', 'Military Forces of Ukraine (2019-)', 1]])
  const passive = run('Two rockets were intercepted over Saada on Monday, the army said.', '2024-01-10').records
  assert.deepEqual(passive.map((r) => r.sub_event_type), ['Disrupted weapons use'])
  const hit = run('Russian missiles hit the town of Izium on Monday, killing three people, officials said.', '2024-01-10').records
  assert.deepEqual(hit.map((r) => [r.sub_event_type, r.actor1, r.fatalities]), [['Shelling/artillery/missile attack', 'Military Forces of Russia (2000-)', 3]])
})

test('an update of the toll of an attack, its subject long, is the attack\'s fatalities; the toll of a flood is no event', () => {
  const attack = run('The toll from the attack by gunmen on a displacement camp in Kaura Namoda, in Zamfara state, on 3 May has risen to 20, a local official said.', '2024-05-05').records
  assert.deepEqual(attack.map((r) => r.fatalities), [20])
  const flood = run('The toll from the floods that swept through the camps around Maiduguri, in Borno state, since the start of May has risen to 20, officials said.', '2024-05-05').records
  assert.deepEqual(flood, [])
})

// A bombing told by what dropped the bomb or what it was hidden on (data/events/triggers.yaml): merging two reports of
// one strike needs both coded alike.
test('"a military jet bombed" is an air strike; a jet circling while soldiers shoot is not', () => {
  const { records } = run('A military jet bombed a monastery in Shan State on Friday, killing seven people, residents said.', '2024-03-04')
  assert.deepEqual(records.map(core), [['2024-03-01', 1, 'Explosions/Remote violence', 'Air/drone strike',
    'Military Forces of Myanmar (2021-)', 'Civilians (Myanmar)', 17, 'MM', 7, 'reported']])
  const twin = run('A military jet circled over a monastery in Shan State on Friday as soldiers shot dead seven monks, residents said.', '2024-03-04')
  assert.deepEqual(twin.records.map((r) => r.sub_event_type), ['Attack'])
})

test('"a minibus was bombed" is a planted explosive; a minibus stopped and its passengers shot is an attack', () => {
  const { records } = run('A minibus was bombed on the road to Peshawar on Sunday, killing four passengers, police said.', '2024-03-04')
  assert.deepEqual(records.map(core), [['2024-03-03', 1, 'Explosions/Remote violence', 'Remote explosive/landmine/IED',
    'Unidentified Armed Group (Pakistan)', 'Civilians (Pakistan)', 37, 'PK', 4, 'reported']])
  const twin = run('A minibus was stopped on the road to Peshawar on Sunday and four passengers were shot dead, police said.', '2024-03-04')
  assert.deepEqual(twin.records.map((r) => r.sub_event_type), ['Attack'])
})
