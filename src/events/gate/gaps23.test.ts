import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the gaps closed in round gaps23 (fixtures/unseen*.yaml gap lines): each rule's text beside a near-identical
// one where it must not fire. Texts written for these tests.
function run(text: string, title: string | null = null, published = '2025-06-10') {
  const doc = extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const rows = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities, r.actor1])
  return { rows, rules: doc.messages.map((m) => m.rule) }
}

test('men "killed in the battle" are the battle\'s dead, a clash (rule battle-dead); men killed after it stay an attack', () => {
  const grave = 'PRAGUE — Archaeologists have dug up a pit near the village of Jankov holding the remains of 31 men killed in the battle of March 1645, the regional museum said on Monday.'
  assert.deepEqual(run(grave).rows, [['Armed clash', 'background', '1645-03-15', 31, 'Unidentified Armed Group (Czech Republic)']])
  const after = 'PRAGUE — Archaeologists have dug up a pit near the village of Jankov holding the remains of 31 men killed after the battle of March 1645, the regional museum said on Monday.'
  assert.deepEqual(run(after).rows.map((r) => r.slice(0, 4)), [['Attack', 'background', '1645-03-15', 31]])
})

test('people who "died in the protests" make a protest violent (rule died-at-protest); a protester\'s own death by fire does not', () => {
  const died = run('LA PAZ, Bolivia — Miners marched through La Paz on Monday to demand higher royalties. The union led protests in 2020 over fuel prices. At least nine people died in the 2020 protests.')
  assert.deepEqual(died.rows, [
    ['Peaceful protest', 'reported', '2025-06-09', 0, 'Protesters (Bolivia)'],
    ['Violent demonstration', 'background', '2020-07-01', 9, 'Rioters (Bolivia)'],
  ])
  assert.ok(died.rules.includes('died-at-protest'))
  const own = run('LA PAZ, Bolivia — Miners marched through La Paz on Monday to demand higher royalties. The union led protests in 2020 over fuel prices. One miner died in the 2020 protests after setting himself on fire.')
  assert.deepEqual(own.rows.map((r) => r.slice(0, 2)), [['Peaceful protest', 'reported'], ['Peaceful protest', 'background']])
  assert.ok(!own.rules.includes('died-at-protest'))
  // A death the protest is about, not one in it.
  const cause = run('LISBON, Portugal — Hundreds of teachers marched to the education ministry in Lisbon on Monday after a drunk driver killed a pupil at a school crossing.')
  assert.deepEqual(cause.rows, [['Peaceful protest', 'reported', '2025-06-09', 0, 'Protesters (Portugal)']])
})

test('gunfire that "drove hundreds of villagers out of" a town is an attack on them (rule drove-out-people); troops driving rebels out retake it', () => {
  const people = run('YANGON, Myanmar — Army troops drove hundreds of villagers out of the town of Kyaukme on Monday, residents said.')
  assert.deepEqual(people.rows, [['Attack', 'reported', '2025-06-09', 0, 'Military Forces of Myanmar (2021-)']])
  const rebels = run('YANGON, Myanmar — Army troops drove the rebels out of the town of Kyaukme on Monday, residents said.')
  assert.deepEqual(rebels.rows, [['Government regains territory', 'reported', '2025-06-09', 0, 'Military Forces of Myanmar (2021-)']])
})

test('"unexploded bombs and shells have killed ... since the war" is a running count of remnants, no act (rule unexploded-remnants); shells that killed on a day stay', () => {
  const since = run('VIENTIANE, Laos — Unexploded bombs and shells have killed or maimed more than 500 people in Xiangkhouang province since the war ended in 1975, officials said on Monday.')
  assert.deepEqual(since.rows, [])
  const day = run('VIENTIANE, Laos — Unexploded bombs and shells killed two boys in Xiangkhouang province on Monday, officials said.')
  assert.deepEqual(day.rows, [['Shelling/artillery/missile attack', 'reported', '2025-06-09', 2, 'Unidentified Armed Group (Laos)']])
})

test('"aircraft attacked a market" is a strike from the air (rule aircraft-attacked); troops who attacked it stay an attack', () => {
  assert.deepEqual(run('KHARTOUM, Sudan — Army aircraft attacked a market in Nyala on Monday, killing 12 people, residents said.').rows,
    [['Air/drone strike', 'reported', '2025-06-09', 12, 'Military Forces of Sudan (2019-)']])
  assert.deepEqual(run('KHARTOUM, Sudan — Army troops attacked a market in Nyala on Monday, killing 12 people, residents said.').rows,
    [['Attack', 'reported', '2025-06-09', 12, 'Military Forces of Sudan (2019-)']])
})

test('"destroyed a government force of some 300 men" is a battle won (rule destroyed-force); a depot destroyed stays property destruction', () => {
  assert.deepEqual(run('JUBA, South Sudan — Rebel fighters surrounded and destroyed a government force of some 300 men near Nasir on Monday, a rebel spokesman said.').rows,
    [['Armed clash', 'reported', '2025-06-09', 0, 'Unidentified Armed Group (South Sudan)']])
  assert.deepEqual(run('JUBA, South Sudan — Rebel fighters surrounded and destroyed a government depot of some 300 tonnes of grain near Nasir on Monday, a rebel spokesman said.').rows,
    [['Looting/property destruction', 'reported', '2025-06-09', 0, 'Unidentified Armed Group (South Sudan)']])
  // The force named after "by" is the doer, not what was destroyed.
  assert.deepEqual(run('KABUL, Afghanistan — Two houses were destroyed by government forces in Saydabad district on Monday, residents said.').rows.map((r) => r.slice(0, 2)),
    [['Looting/property destruction', 'reported']])
})

test('"as the 2019 peace agreement required" cites a deal\'s terms, no agreement made (gate false-friend); a deal signed in 2019 stays', () => {
  const cited = run('BANGUI, Central African Republic — The rebels have not handed over their weapons as the 2019 peace agreement required, a UN report said on Monday.')
  assert.deepEqual(cited.rows, [])
  assert.ok(cited.rules.includes('false-friend'))
  assert.deepEqual(run('BANGUI, Central African Republic — The rebels signed a peace agreement in 2019 that required them to hand over their weapons, a UN report said on Monday.').rows,
    [['Agreement', 'background', '2019-07-01', 0, 'Unidentified Armed Group (Central African Republic)']])
})

test('a government that "remained committed to the peace deal" states a stance, no agreement made (gate false-friend); one that "had signed" it stays', () => {
  const stance = run('JUBA, South Sudan — The country\'s envoy told the council on Monday that his government remained committed to the peace deal and that elections would be held next year.')
  assert.deepEqual(stance.rows, [])
  assert.deepEqual(run('JUBA, South Sudan — The country\'s envoy told the council on Monday that his government had signed the peace deal and that elections would be held next year.').rows,
    [['Agreement', 'reported', '2025-06-09', 0, 'Government of South Sudan (2011-)']])
})
