import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with the twenty-first round of whole articles (fixtures/unseen21.yaml). Texts written for these tests.
function run(text: string, published = '2025-03-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc)
}

test('"would not let the blockades hold the country hostage": a figure of speech takes no one', () => {
  const figure = run([
    'LA PAZ, Oct 8 (Reuters) - Bolivian police fired tear gas on Tuesday to clear truck drivers who had blocked a highway near the city of Cochabamba with burning tyres, and detained nine people, police said.',
    '"We only want fuel at a fair price," said a driver, Juan Mamani.',
    'Interior Minister Roberto Rios declared a state of emergency on Monday and said the blockades would not be allowed to "hold the whole country hostage".',
  ].join('\n'), '2025-10-08')
  assert.deepEqual(figure.map((r) => [r.sub_event_type, r.event_date]), [['Violent demonstration', '2025-10-07']])
  // Twin: people held hostage are still taken.
  const taken = run('COCHABAMBA, Bolivia, Oct 7 (Reuters) - Armed men stopped a bus near the town of Sacaba on Monday and held nine passengers hostage for several hours, police said.', '2025-10-07')
  assert.deepEqual(taken.map((r) => [r.sub_event_type, r.event_date]), [['Abduction/forced disappearance', '2025-10-06']])
})

test('"Seven soldiers and dozens of rebels were killed": a vague count joined by "and" is one more item of the list, the first is counted too', () => {
  const lead = 'ADEN, Yemen, May 12 (Reuters) - Government forces repelled a Houthi attack on their positions in the Harib district of Marib province on Sunday, the army said.'
  const vague = run(`${lead}\nSeven soldiers and dozens of Houthi fighters were killed in the fighting, an army spokesman said.`, '2025-05-12')
  assert.deepEqual(vague.map((r) => [r.sub_event_type, r.fatalities, r.event_date]), [['Armed clash', 19, '2025-05-11']])
  // In quotes, the vague word still leaves the first count standing.
  const quoted = run(`${lead}\nSeven soldiers and "scores" of Houthi fighters were killed in the fighting, an army spokesman said.`, '2025-05-12')
  assert.deepEqual(quoted.map((r) => [r.sub_event_type, r.fatalities]), [['Armed clash', 7]])
  // Twin: two exact counts were already summed.
  const exact = run(`${lead}\nSeven soldiers and 12 Houthi fighters were killed in the fighting, an army spokesman said.`, '2025-05-12')
  assert.deepEqual(exact.map((r) => [r.sub_event_type, r.fatalities]), [['Armed clash', 19]])
})

test('"Gunmen raided the village, looting shops ... police drove the attackers off": looting with people killed is an Attack, and the police who fought the attackers are not its doers', () => {
  const killed = run([
    'GONAIVES, Haiti, Aug 5 (Reuters) - Armed men raided the village of Ennery in northern Haiti on Saturday, looting shops and setting fire to houses, the mayor said.',
    'Four residents were killed, he said.',
    'Police said officers had driven the attackers out of the village on Sunday.',
  ].join('\n'), '2025-08-05')
  assert.deepEqual(killed.map((r) => [r.event_type, r.sub_event_type, r.fatalities, r.actor1, r.actor2]),
    [['Violence against civilians', 'Attack', 4, 'Unidentified Armed Group (Haiti)', 'Civilians (Haiti)']])
  // Twin: looting and burning with no one hurt stays property destruction.
  const spared = run([
    'GONAIVES, Haiti, Aug 5 (Reuters) - Armed men raided the village of Ennery in northern Haiti on Saturday, looting shops and setting fire to houses, the mayor said.',
    'No one was hurt, he said.',
  ].join('\n'), '2025-08-05')
  assert.deepEqual(spared.map((r) => [r.event_type, r.sub_event_type, r.fatalities]), [['Strategic developments', 'Looting/property destruction', 0]])
})

test('"The army said on Wednesday it had repelled an attack ... The RSF said it had stormed the positions on Tuesday": the other side\'s claim names the act\'s day', () => {
  const lead = 'PORT SUDAN, June 11 (Reuters) - Sudan\'s army said on Wednesday it had repelled an attack by the Rapid Support Forces on its positions in the town of Dilling in South Kordofan state.'
  const named = run(`${lead}\nThe RSF said it had stormed the positions on Tuesday and killed 40 soldiers.`, '2025-06-11')
  assert.deepEqual(named.map((r) => [r.sub_event_type, r.event_date, r.location]), [['Armed clash', '2025-06-10', 'Dilling']])
  // Twin: a claim told on the same day names no earlier one; the day stays.
  const told = run(`${lead}\nThe RSF said on Wednesday it had stormed the positions and killed 40 soldiers.`, '2025-06-11')
  assert.deepEqual(told.map((r) => [r.sub_event_type, r.event_date, r.location]), [['Armed clash', '2025-06-11', 'Dilling']])
})

test('"has killed 15 fighters since Friday, an official said on Monday ... The clashes broke out on Friday": one fight, dated the day it began', () => {
  const since = run([
    'BUNIA, Congo, Sept 9 (Reuters) - Fighting between two armed groups near the town of Djugu in Congo\'s Ituri province has killed at least 15 fighters since Friday, a local official said on Monday.',
    'The clashes between CODECO militiamen and a rival militia broke out on Friday near a gold mine, he said.',
  ].join('\n'), '2025-09-09')
  assert.deepEqual(since.map((r) => [r.sub_event_type, r.fatalities, r.event_date]), [['Armed clash', 15, '2025-09-05']])
})
