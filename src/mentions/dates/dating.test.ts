/** @module mentions/dates dating tests: the day and time precision the whole pipeline gives an event, with twins. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { extract } from '../../pipeline.js'
import { toRecords } from '../../events/records.js'

// 2016-03-29 is a Tuesday: Saturday 26, Sunday 27, Monday 28.
const dated = (text: string, published = '2016-03-29') =>
  toRecords(extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text }))
    .map((r) => [r.sub_event_type, r.event_date, r.time_precision, r.status])

test('history told beside the news never takes the day of the news around it: dated only by "last year", it is not coded', () => {
  assert.deepEqual(dated('Government forces recaptured the town of Palmyra from Islamic State fighters on Sunday. The militants had destroyed ancient monuments in the town the year before.'),
    [['Government regains territory', '2016-03-27', 1, 'reported']])
  assert.deepEqual(dated('Soldiers patrolled the town of Palmyra on Monday. Militants attacked the town last year, killing 20 soldiers.'),
    [['Change to group/activity', '2016-03-28', 1, 'reported']])
  // With a year of its own written out, it is background on that year.
  assert.deepEqual(dated('Soldiers patrolled the town of Palmyra on Monday. Militants attacked the town in 2015, killing 20 soldiers.'),
    [['Change to group/activity', '2016-03-28', 1, 'reported'], ['Armed clash', '2015-07-01', 3, 'background']])
  // Twin: told with a day of the week, the same attack is news of that day.
  assert.deepEqual(dated('Soldiers patrolled the town of Palmyra on Monday. Militants attacked the town on Sunday, killing 20 soldiers.'),
    [['Change to group/activity', '2016-03-28', 1, 'reported'], ['Armed clash', '2016-03-27', 1, 'reported']])
})

test('an act told in the past perfect with a time word takes that time and its precision', () => {
  assert.deepEqual(dated('The militia had attacked the village near Beni last month, killing 9 civilians.'), [['Attack', '2016-02-15', 3, 'reported']])
  assert.deepEqual(dated('The militia had attacked the village near Beni on Saturday, killing 9 civilians.'), [['Attack', '2016-03-26', 1, 'reported']])
})

test('a dated dateline: the report\'s day, not the event\'s, unless the event is told as today', () => {
  assert.deepEqual(dated('KABUL, March 27 (Reuters) - A suicide bomber killed 12 people at a mosque in Kabul on Monday, officials said.'), [['Suicide bomb', '2016-03-21', 1, 'reported']])
  assert.deepEqual(dated('KABUL, March 27 (Reuters) - A suicide bomber killed 12 people at a mosque in Kabul today, officials said.'), [['Suicide bomb', '2016-03-27', 1, 'reported']])
  assert.deepEqual(dated('KABUL, March 27 (Reuters) - A suicide bomber killed 12 people at a mosque in Kabul, officials said.'), [['Suicide bomb', '2016-03-27', 2, 'reported']])
  // Twin: without a date in the dateline, the page's date counts.
  assert.deepEqual(dated('KABUL (Reuters) - A suicide bomber killed 12 people at a mosque in Kabul on Monday, officials said.'), [['Suicide bomb', '2016-03-28', 1, 'reported']])
})

test('the day a statement was made yields to the day the act took place, told in the next sentence', () => {
  assert.deepEqual(dated('Gunmen killed 12 villagers in an attack near Mopti, officials said on Monday. The attack took place on Saturday night.'), [['Attack', '2016-03-26', 1, 'reported']])
  assert.deepEqual(dated('Gunmen killed 12 villagers in an attack near Mopti, officials said on Monday.'), [['Attack', '2016-03-28', 1, 'reported']])
})

test('nights and weekday ranges: the evening\'s day; a range at its middle with time precision 2', () => {
  assert.deepEqual(dated('Rebels attacked a village near Beni on the night of Saturday to Sunday, killing 9 civilians.'), [['Attack', '2016-03-26', 1, 'reported']])
  assert.deepEqual(dated('Rebels attacked a village near Beni between Friday and Sunday, killing 9 civilians.'), [['Attack', '2016-03-26', 2, 'reported']])
  assert.deepEqual(dated('Rebels attacked a village near Beni on Sunday, killing 9 civilians.'), [['Attack', '2016-03-27', 1, 'reported']])
})

test('reported speech of a recent act with its own time word is news of that time; with an old year it stays history', () => {
  assert.deepEqual(dated('MAIDUGURI, Nigeria (Reuters) - The Nigerian army said on Monday it had killed 30 militants in raids in Borno state last week.'),
    // "last week" counts from the day of saying: Monday 28, so the week of 21-27, at its middle.
    [['Armed clash', '2016-03-24', 2, 'reported']])
  // Twin: an old year of its own keeps "had killed" history, coded on that year.
  assert.deepEqual(dated('MAIDUGURI, Nigeria (Reuters) - The Nigerian army said on Monday it had killed 30 militants in raids in Borno state in 2015.'),
    [['Armed clash', '2015-07-01', 3, 'background']])
  // Twin: no time word of its own: a teller's pluperfect about itself ("said on Monday it had killed") is the backshift of
  // the telling, the news of that day (status.ts SAID_HAD, stop 34; before, it was left uncoded as the story's past).
  assert.deepEqual(dated('MAIDUGURI, Nigeria (Reuters) - The Nigerian army said on Monday it had killed 30 militants in raids in Borno state.'),
    [['Armed clash', '2016-03-28', 1, 'reported']])
  // Twin: recalled in a relative clause, the act is not what was said: still the story's past.
  assert.deepEqual(dated('MAIDUGURI, Nigeria (Reuters) - The army said on Monday it would free 30 fishermen, whom militants had taken hostage in Borno state last week.'), [])
})

test('the day of saying does not date the next sentence\'s act when its sentence gives the act\'s own day', () => {
  assert.deepEqual(dated('Gunmen killed two farmers near Gusau in Zamfara state on Saturday, a local militia leader said on Monday. Soldiers later clashed with bandits in the town of Tsafe, killing five of them.'),
    [['Attack', '2016-03-26', 1, 'reported'], ['Armed clash', '2016-03-26', 1, 'reported']])
  // Twin: with only the day of saying, that day carries on as before.
  assert.deepEqual(dated('Gunmen killed two farmers near Gusau in Zamfara state, a local militia leader said on Monday. Soldiers later clashed with bandits in the town of Tsafe, killing five of them.'),
    [['Attack', '2016-03-28', 1, 'reported'], ['Armed clash', '2016-03-28', 1, 'reported']])
})

test('a year used as an adjective of the act ("the 2015 village massacre") makes it history, never the news of the day', () => {
  // This year's "2016 bombing" has no day of its own: background, not coded.
  assert.deepEqual(dated('Residents of Konduga in Borno state said on Monday that a 2016 bombing killed five traders at the market.'), [])
  assert.deepEqual(dated('Villagers in Konduga in Borno state buried victims on Monday. They recalled the 2015 village massacre in which gunmen killed 40 people.'),
    [['Attack', '2015-07-01', 3, 'background']])
  // Twin: the same bombing told with a day of its own is the news of that day.
  assert.deepEqual(dated('Residents of Konduga in Borno state said a bombing on Sunday killed five traders at the market.'), [['Remote explosive/landmine/IED', '2016-03-27', 1, 'reported']])
})

test('a relative clause with a subject of its own dates another act; one about the event itself does not', () => {
  assert.deepEqual(dated('The army said on Sunday it had regained control of Goma, which M23 rebels seized in January.'),
    [['Government regains territory', '2016-03-27', 1, 'reported']])
  // "which was stormed on Monday": the clause tells the same place being taken, and its day stands.
  assert.deepEqual(dated('Rebels took control of the army base near Goma, which was stormed on Monday, residents said.').map((r) => r[1]), ['2016-03-28'])
})
