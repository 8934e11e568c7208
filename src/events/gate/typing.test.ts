import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Short articles written for these tests: is there an event at all, in campaign, sport and outbreak stories.
const RULES = new Set(['unknown-count', 'campaign-event', 'no-gathering', 'no-human-agent', 'history', 'false-friend', 'weak-alone'])
function run(text: string, published = '2024-05-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const gate = doc.messages.filter((m) => m.stage === 'events' && RULES.has(m.rule))
    .map((m) => [m.rule, m.span ? doc.text.slice(m.span[0], m.span[1]) : ''])
  return { records: toRecords(doc), gate }
}

test('an election-campaign story: the rallies and the welcome march are no protests', () => {
  const { records, gate } = run('The ruling party closed its election campaign on Wednesday with a rally in Kaduna, two days before the polls. '
    + 'Its presidential candidate told voters the elections would be peaceful. '
    + 'Thousands of party members thronged the rallies, and others marched through the streets to greet the candidates, a spokesman said. '
    + 'The opposition candidate ended his campaign in Kano with a call on voters to turn out.', '2023-02-23')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['false-friend', 'rally'], ['campaign-event', 'rallies'], ['false-friend', 'marched']])
})

test('a protest in an election story is still a protest', () => {
  const { records } = run('The ruling party closed its election campaign on Wednesday, two days before the polls. '
    + 'Its presidential candidate told voters the elections would be free, and the opposition candidate urged voters to turn out. '
    + 'In Kano, hundreds of traders protested on Wednesday against the closure of the central market, chanting slogans.', '2023-02-23')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.location, r.event_date]), [['Peaceful protest', 'Kano', '2023-02-22']])
})

test('a hockey report: a foiled strike is no disrupted weapons use', () => {
  const { records, gate } = run('The home team beat the visitors in a shootout to reach the final. '
    + 'After a 1-1 draw, the goalkeeper foiled the last strike in the shootout. '
    + 'The clash with the champions is on Sunday, and the coach expects another shootout. The fans cheered the players.')
  assert.deepEqual(records, [])
  // "foiled" names no weapon, aircraft or attack: rule no-weapon drops it before the sport rule would.
  assert.deepEqual(gate.filter(([r]) => r === 'no-human-agent').map(([, w]) => w), ['beat', 'shootout', 'shootout', 'clash', 'shootout'])
})

test('an outbreak story: campaigners protesting against a finding are not a demonstration; nurses outside the hospital are', () => {
  const story = 'The virus outbreak has infected 300 patients, health officials said, and doctors at the hospital fear more cases of the disease. '
    + 'The vaccine will reach clinics next week, the health ministry said, as the epidemic spreads. '
  const objection = run(story + 'Animal welfare campaigners are protesting against evidence that the farm infected its staff.')
  assert.deepEqual(objection.records, [])
  assert.deepEqual(objection.gate, [['no-gathering', 'protesting']])
  const gathered = run(story + 'On Thursday, nurses protested outside the hospital in Mombasa over unpaid wages.')
  assert.deepEqual(gathered.records.map((r) => [r.sub_event_type, r.location]), [['Peaceful protest', 'Mombasa']])
})

test('an attack named by its day long past is history: the 9/11 attacks', () => {
  const { records, gate } = run('The post 9/11 anthrax attack on the country used army anthrax, the report said.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['history', 'attack']])
})

test('a question about casualties is no report of any', () => {
  const { records, gate } = run('Officials said they had no information on how many attackers were wounded or killed.')
  assert.deepEqual(records, [])
  // "attackers" beside "killed" names the doers (rule doer-noun, round 24n), so only the act word meets the question.
  assert.deepEqual(gate.filter(([r]) => r === 'unknown-count'), [['unknown-count', 'killed']])
})

test('a candidate who "visited" the states is campaigning, not a group activity; soldiers deployed still are', () => {
  assert.deepEqual(run("Nigeria's main parties ended their presidential campaigns on Thursday ahead of Saturday's general election. "
    + "The ruling APC's presidential candidate visited every state of the federation and returned to several of them for more meetings "
    + 'during the campaign, which opened in Plateau State in November 2022. The PDP candidate held his last meeting in Lagos.', '2023-02-23').records, [])
  const { records } = run('Soldiers were deployed to Jos on Monday after the killings in nearby villages.', '2024-05-10')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.actor1, r.location]), [['Change to group/activity', 'Military Forces of Nigeria (2023-)', 'Jos']])
})
