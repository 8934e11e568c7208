import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Short articles written for these tests, one phenomenon each.
const GATE_RULES = new Set(['not-relevant', 'month-name', 'proper-name', 'false-friend', 'figurative', 'attribution', 'hypothetical',
  'court-proceeding', 'history', 'non-human-cause', 'animal-victim', 'weak-alone', 'no-crowd', 'no-human-agent', 'ordinary-crime'])
function run(text: string, published = '2024-05-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const gate = doc.messages.filter((m) => m.stage === 'events' && GATE_RULES.has(m.rule))
    .map((m) => [m.rule, m.span ? doc.text.slice(m.span[0], m.span[1]) : ''])
  return { records: toRecords(doc), gate, doc }
}
const kinds = (r: ReturnType<typeof toRecords>) => r.map((e) => [e.sub_event_type, e.status])

test('an outbreak story full of health words is not relevant at all', () => {
  const { records, gate } = run('The H5N1 strain has killed 40 people in the province since January, health officials said. '
    + 'Veterinary teams slaughtered 20,000 chickens at two farms after the virus was found there. '
    + 'Doctors at the hospital urged patients and residents to get a flu vaccine before winter, as the disease spreads.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['not-relevant', '']])
})

test('one outbreak sentence in other news: the virus killed, birds were culled, a flu shot', () => {
  const { records, gate } = run('The new strain has killed 40 people in the province since January. '
    + 'Teams slaughtered 20,000 chickens at two farms. Residents were told to get a flu shot.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['non-human-cause', 'killed'], ['animal-victim', 'slaughtered'], ['false-friend', 'shot']])
})

test('metaphors: under fire from critics, a battle against cancer, an attack on the economy', () => {
  const { records, gate } = run('The mayor came under fire from critics over the new budget. '
    + 'She has fought a long battle against cancer. The opposition called the tax plan an attack on the economy.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['figurative', 'came under fire'], ['figurative', 'fought'], ['figurative', 'battle'], ['figurative', 'attack']])
})

test('an accident: a bus crash that killed nine people is not political violence', () => {
  const { records, gate } = run('Nine people were killed when a bus collided with a lorry on the highway near Nakuru on Sunday, police said.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['non-human-cause', 'killed']])
})

test('a sport match: a derby "battle" and a late "strike" give no event', () => {
  const { records } = run('United won the derby 2-1 in a fierce battle at the stadium on Saturday. '
    + 'The striker scored the winning goal with a late strike after the coach changed the team at half-time. '
    + 'Fans celebrated the victory as the club moved top of the league, two points clear of their rivals this season.')
  assert.deepEqual(records, [])
})

test('a market story: prices rocket and shares rally, the story is not relevant', () => {
  const { records, gate } = run('Oil prices rocketed on Monday as traders bet on tighter supply, and bank shares rallied on the stock market.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['not-relevant', '']])
})

test('a court case of an old attack: the trial is not a new event', () => {
  const { records, gate } = run('A man was sentenced to life in prison on Tuesday for the 2019 bombing of a bus station in Kano, the court heard.')
  assert.deepEqual(kinds(records).filter(([, s]) => s !== 'background'), [])
  assert.deepEqual(gate, [['court-proceeding', 'bombing']])
})

test('an ordinary robbery in a crime story gives no political-violence event', () => {
  const { records, gate } = run('A man robbed a convenience store on Main Street on Friday night and stabbed the clerk, police said. '
    + 'Detectives arrested a suspect on Saturday and charged him with robbery and assault. '
    + 'The suspect was booked into the county jail, where he is held on a $50,000 bond, the sheriff said.')
  // Nor an arrest: policing an ordinary robbery is not a strategic development ACLED codes.
  assert.deepEqual(kinds(records), [])
  assert.deepEqual(gate.filter(([r]) => r === 'ordinary-crime'), [['ordinary-crime', 'robbed'], ['ordinary-crime', 'stabbed'], ['ordinary-crime', 'arrested'], ['ordinary-crime', 'robbery'], ['ordinary-crime', 'assault']])
})

test('a real attack: gunmen killing villagers stays an attack', () => {
  const { records, gate } = run('Gunmen killed five villagers in Zamfara state, Nigeria, on Saturday, residents said.', '2024-03-12')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.actor1, r.actor2, r.fatalities, r.status]),
    [['Attack', 'Unidentified Armed Group (Nigeria)', 'Civilians (Nigeria)', 5, 'reported']])
  assert.deepEqual(gate, [])
})

test('a real protest: thousands marching against a tax law stay a protest', () => {
  const { records } = run('Thousands of protesters marched through Nairobi on Tuesday against a new finance bill, chanting slogans.', '2024-06-26')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.actor1, r.iso, r.status]), [['Peaceful protest', 'Protesters (Kenya)', 'KE', 'reported']])
})

test('the month March and a name are not protests or battles', () => {
  const { records, gate } = run('In March the council opened the Battle Creek Library, and on March 4 it approved a new park.')
  assert.deepEqual(records, [])
  assert.deepEqual(gate, [['month-name', 'March'], ['proper-name', 'Battle'], ['month-name', 'March']])
})

test('a claim of responsibility names who did it; the act is not coded twice from it', () => {
  const { gate } = run('The group claimed responsibility for the bombing in a statement on Sunday.')
  assert.deepEqual(gate, [['attribution', 'bombing']])
})

test('"…, state prosecutors said" after an attack tells the news; prosecutors naming the dead keep the court rule', () => {
  const { records, gate } = run('Five men died in an armed attack on a cockfight in Salamanca on Sunday, state prosecutors said.')
  assert.deepEqual(kinds(records), [['Attack', 'reported']])
  assert.deepEqual(gate.filter(([r]) => r === 'court-proceeding'), [])
  const twin = run('Five men who died in an armed attack on a cockfight in Salamanca were named on Sunday by state prosecutors.')
  assert.deepEqual(kinds(twin.records), [])
  assert.deepEqual(twin.gate.filter(([r]) => r === 'court-proceeding'), [['court-proceeding', 'attack']])
})
