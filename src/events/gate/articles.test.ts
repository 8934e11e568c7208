import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Whole short articles written for these tests: a word that proposes an event that did not happen, and a near twin that did.
const RULES = new Set(['military-strike', 'no-protest', 'false-friend', 'background-undated', 'non-human-cause', 'naming', 'funeral'])
function run(text: string, published = '2024-05-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.actor1, r.location, r.event_date, r.fatalities])
  const gate = doc.messages.filter((m) => m.stage === 'events' && RULES.has(m.rule)).map((m) => [m.rule, m.span ? doc.text.slice(m.span[0], m.span[1]) : ''])
  return { records, gate }
}

test('in a story of air strikes, "strikes" with no word of work or protest is one of them, not a labour strike', () => {
  const { records, gate } = run('A drone strike killed four militants near Marib in Yemen on Wednesday, the army said.\n'
    + 'A military spokesman said: "Strikes will go on until the group stops its raids."')
  assert.deepEqual(records, [['Air/drone strike', 'reported', 'Unidentified Armed Group (Yemen)', "Ma'rib", '2024-05-08', 4]].map((r) => r))
  assert.deepEqual(gate, [['military-strike', 'Strikes']])
})

test('in the same story, drivers who strike for pay still make a protest', () => {
  const { records } = run('A drone strike killed four militants near Marib in Yemen on Wednesday, the army said.\n'
    + 'In Aden, hundreds of bus drivers held strikes on Thursday to demand unpaid wages.')
  assert.deepEqual(records.map((r) => [r[0], r[3], r[4]]), [['Air/drone strike', "Ma'rib", '2024-05-08'], ['Peaceful protest', 'Aden', '2024-05-09']])
})

test('"brutally attacked" with no protest told is no force against protesters: the killing is coded once', () => {
  const { records, gate } = run('Gunmen killed three farmers near Djibo in Burkina Faso on Monday. The farmers were brutally attacked as they returned from their fields.')
  assert.deepEqual(records.map((r) => [r[0], r[3], r[4], r[5]]), [['Attack', 'Djibo', '2024-05-06', 3]])
  assert.deepEqual(gate, [['no-protest', 'brutally attacked']])
})

test('"brutally attacked" students who marched is force against protesters', () => {
  const { records, gate } = run('Students marched to the parliament in Kampala, Uganda, on Monday. Police brutally attacked them near the gate.')
  assert.deepEqual(records.map((r) => [r[0], r[3], r[4]]), [['Excessive force against protesters', 'Kampala', '2024-05-06']])
  assert.deepEqual(gate, [])
})

test('a funeral behind the coffin of a murdered policeman is no killing; a funeral sentence that names the killers still is', () => {
  const mourned = run('Hundreds of people in Omagh, Northern Ireland, walked behind the coffin of a murdered policeman on Tuesday. The priest told mourners the killing was a crime against the whole town.')
  assert.deepEqual(mourned.records, [])
  assert.deepEqual(mourned.gate, [['funeral', 'murdered'], ['funeral', 'killing']])
  const named = run('At the funeral in Gusau, Nigeria, on Wednesday, relatives said bandits killed five villagers on Monday.')
  assert.deepEqual(named.records.map((r) => [r[0], r[3], r[4], r[5]]), [['Attack', 'Gusau', '2024-05-06', 5]])
  assert.deepEqual(named.gate, [])
})

test('"it\'s a citizens\' march" names what an event is; beside a crowd told ("Thousands joined a rally; it was a protest") the word reports one', () => {
  const named = run('The organiser in Moscow said on Monday: "It is not a political march, it\'s a citizens\' march."')
  assert.deepEqual(named.records, [])
  assert.deepEqual(named.gate, [['naming', 'march']])
  const rally = run('Thousands joined a rally in Moscow on Saturday; it was a protest against the new tax.')
  assert.deepEqual(rally.records.map((r) => [r[0], r[3], r[4]]), [['Peaceful protest', 'Moscow', '2024-05-04']])
  assert.deepEqual(rally.gate, [])
})

test('a paramedic who demonstrates to a teacher\'s class teaches; pupils who demonstrate outside the school protest', () => {
  const teach = run('A paramedic visited the school in Dayton, Ohio, on Friday to demonstrate to teacher Ann Lee\'s class how to clear an airway.')
  assert.deepEqual(teach.records, [])
  assert.deepEqual(teach.gate, [['false-friend', 'demonstrate']])
})

test('a gas leak from a chemical factory and blasts at an industrial warehouse are accidents; a car bomb outside a warehouse is not', () => {
  const leak = run('More than 100 people fell ill after inhaling poisonous gas that leaked from a chemical factory in Karachi, Pakistan, on Wednesday.')
  assert.deepEqual(leak.records, [])
  assert.deepEqual(leak.gate, [['non-human-cause', 'poisonous gas']])
  const blast = run('Explosions tore through an industrial warehouse storing chemicals in Chittagong, Bangladesh, on Monday. The blasts killed 12 people.')
  assert.deepEqual(blast.records, [])
  const bomb = run('A car bomb exploded outside a warehouse in Mosul, Iraq, on Monday, killing 12 people.')
  assert.deepEqual(bomb.records.map((r) => [r[0], r[3], r[4], r[5]]), [['Remote explosive/landmine/IED', 'Mosul', '2024-05-06', 12]])
  assert.deepEqual(bomb.gate, [])
})

test('"there was a demonstration" reports one: the existential copula is no naming', () => {
  const { records, gate } = run('On Monday, in Morelia, Mexico, there was a demonstration by teachers to demand unpaid wages.')
  assert.deepEqual(records.map((r) => [r[0], r[3], r[4]]), [['Peaceful protest', 'Morelia', '2024-05-06']])
  assert.deepEqual(gate, [])
})

test('with no publication date, an act dated years before the latest day the article names is history; one a week before is news', () => {
  const text = (old: string) => `Rebels killed two soldiers near Goma, DR Congo, on 12 March 2009, the army said. On ${old}, rebels killed ten villagers in Rutshuru.`
  const history = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 't' }, text: text('4 June 1996') })
  assert.deepEqual(toRecords(history).map((r) => [r.status, r.location, r.event_date]), [['reported', 'Goma', '2009-03-12'], ['background', 'Rutshuru', '1996-06-04']])
  const news = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 't' }, text: text('5 March 2009') })
  assert.deepEqual(toRecords(news).map((r) => [r.status, r.location, r.event_date]), [['reported', 'Goma', '2009-03-12'], ['reported', 'Rutshuru', '2009-03-05']])
})

test('a fire that destroys shops and a herd that destroys crops are no property destruction; militiamen who destroy homes are', () => {
  const fire = run('A fire tore through the main market in Onitsha, Nigeria, on Monday night, destroying hundreds of shops.')
  assert.deepEqual(fire.records, [])
  const herd = run('A herd of elephants broke into farms near Kasane, Botswana, on Tuesday, destroying crops.')
  assert.deepEqual(herd.records, [])
  const gunmen = run('Militiamen destroyed dozens of homes in the village of Kwall near Jos, Nigeria, on Monday.')
  assert.deepEqual(gunmen.records.map((r) => [r[0], r[1]]), [['Looting/property destruction', 'reported']])
})

test('a fire a drone strike started is its result, not the cause of the deaths; a fire that broke out alone is an accident', () => {
  const strike = run('A drone hit a fuel depot in Rostov, Russia, on Tuesday, starting a fire that killed two workers.')
  assert.deepEqual(strike.records.map((r) => [r[0], r[1], r[3], r[5]]), [['Air/drone strike', 'reported', 'Rostov-na-Donu', 2]])
  const fire = run('A fire broke out at a fuel depot in Rostov, Russia, on Tuesday and killed two workers.')
  assert.deepEqual(fire.records, [])
})

test('what judges found is the case\'s subject; soldiers who round up men and shoot them kill, they make no arrest', () => {
  const found = run('A court in Arusha, Tanzania, convicted a former mayor on Monday. Judges found that fighters under his command rounded up men in the village.')
  assert.deepEqual(found.records, [])
  assert.deepEqual(found.gate.length, 0)
  const shot = run('Soldiers rounded up 12 men at the market in Djibo, Burkina Faso, on Monday and shot them.')
  assert.deepEqual(shot.records.map((r) => [r[0], r[1]]), [['Attack', 'reported']])
  const held = run('Police rounded up 30 opposition supporters at the market in Djibo, Burkina Faso, on Monday.')
  assert.deepEqual(held.records.map((r) => [r[0], r[1]]), [['Arrests', 'reported']])
})

test('an opinion piece reports no incident; the same words in a news report do', () => {
  const body = 'Gunmen killed 12 villagers in Kajuru, Nigeria, on Sunday. The government must act.'
  const extractTitled = (title: string) => toRecords(extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published: '2024-05-10', input: 't' }, text: body }))
  assert.deepEqual(extractTitled('Opinion: Nigeria cannot keep burying its villagers').length, 0)
  assert.deepEqual(extractTitled('Gunmen kill 12 villagers in Kajuru').map((r) => r.sub_event_type), ['Attack'])
})

test('a sentence right before a photo credit ("REUTERS/Jane Doe") is its caption; without the credit it is the story', () => {
  const glued = run('Police fire tear gas at students in Nairobi, Kenya, May 8, 2024. REUTERS/Jane Doe NAIROBI, Kenya — Parliament passed the budget on Thursday.')
  assert.deepEqual(glued.records, [])
  const story = run('Police fired tear gas at students in Nairobi, Kenya, on Wednesday. Parliament passed the budget on Thursday.')
  assert.deepEqual(story.records.map((r) => [r[0], r[3]]), [['Protest with intervention', 'Nairobi']])
})

test('fighting that people fled is no incident; fighting that killed people in a named town on a day is', () => {
  const fled = run('More than 5,000 people have fled fighting in eastern Chad into Sudan, the UN said on Tuesday.')
  assert.deepEqual(fled.records, [])
  const fought = run('Fighting between soldiers and rebels killed 12 people in Abeche, Chad, on Monday.')
  assert.deepEqual(fought.records.map((r) => [r[0], r[3], r[5]]), [['Armed clash', 'Abéché', 12]])
})

test('a quoted memory with no count, day, place or side is no incident; a quote that tells one is', () => {
  const memory = run('Aid workers in Goma, Congo, opened a new camp on Monday. "Some tell us they saw their relatives killed," a nurse said.')
  assert.deepEqual(memory.records, [])
  const told = run('"Gunmen killed my two brothers in Rutshuru on Sunday," a farmer said in Goma, Congo, on Monday.')
  assert.deepEqual(told.records.map((r) => [r[0], r[4], r[5]]), [['Attack', '2024-05-05', 2]])
})

test('in a match report, fans who throw flares and stones at police and hurt officers riot; a side that storms back does not', () => {
  const riot = run('Fans threw flares and stones at police outside the stadium in Split, Croatia, on Sunday after the cup final, injuring nine officers. The home side had won the match 2-1, and the coach praised the players and the supporters.')
  assert.deepEqual(riot.records.map((r) => [r[0], r[3]]), [['Mob violence', 'Split']])
  const match = run('The home side stormed back to win the cup final 2-1 in Split, Croatia, on Sunday, and the fans celebrated long into the night. The coach praised the players and the supporters after the match.')
  assert.deepEqual(match.records, [])
})
