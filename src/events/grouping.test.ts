import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

// Short articles written for these tests: one incident, one event.
function run(text: string, published = '2024-05-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc).map((r) => [r.sub_event_type, r.location, r.event_date, r.fatalities])
}

test('fighting that ran on "until the early hours of Tuesday" is the Monday night battle, not a second one', () => {
  assert.deepEqual(run('Heavy fighting broke out in Benghazi on Monday night between two rival armed groups, killing at least six people, medics said on Tuesday. '
    + 'Residents of Benghazi reported machine-gun fire from about 10 p.m. until the early hours of Tuesday. '
    + 'The clashes pitted the two brigades against each other for control of a checkpoint.', '2024-05-14'),
  [['Armed clash', 'Benghazi', '2024-05-13', 6]])
})

test('the run into Tuesday joins the Monday battle also when its own sentence names only unknown districts of the country', () => {
  assert.deepEqual(run('Heavy fighting broke out in Benghazi on Monday night between two rival armed groups in the Libyan city, killing at least six people, medics said on Tuesday. '
    + 'Residents reported machine-gun fire in the Qarwasha and Zeitouna districts from about 10 p.m. until the early hours of Tuesday.', '2024-05-14'),
  [['Armed clash', 'Benghazi', '2024-05-13', 6]])
})

test('an attack on the next day in the same town, told as its own, stays a second event', () => {
  assert.deepEqual(run('Gunmen attacked an army post in Benghazi on Monday night, killing two soldiers. '
    + 'On Tuesday gunmen attacked another army post in Benghazi, killing three soldiers.', '2024-05-15'),
  [['Armed clash', 'Benghazi', '2024-05-13', 2], ['Armed clash', 'Benghazi', '2024-05-14', 3]])
})

test('protesters arrested while blocking a road: a protest with intervention, in that town only', () => {
  assert.deepEqual(run('Thousands of demonstrators marched in Leeds and Bradford on Saturday against the closure of the hospital. '
    + 'The protests were mostly peaceful, although police in Bradford said they arrested 12 people who tried to block a motorway.', '2024-05-12'),
  [['Peaceful protest', 'Leeds', '2024-05-11', 0], ['Protest with intervention', 'Bradford', '2024-05-11', 0]])
})

test('an arrest the protest is about, or one threatened, is no intervention', () => {
  assert.deepEqual(run('Hundreds of students protested in Leeds on Saturday, demanding the release of two activists arrested last month.', '2024-05-12'),
    [['Peaceful protest', 'Leeds', '2024-05-11', 0]])
  assert.deepEqual(run('Hundreds of students protested in Leeds on Saturday. "Those who block roads can expect immediate arrest," the mayor warned.', '2024-05-12'),
    [['Peaceful protest', 'Leeds', '2024-05-11', 0]])
})

test('each town of a march list is its own event, also when the list comes in a later report of the same protest', () => {
  assert.deepEqual(run('Hundreds of nurses protested in Kisumu on Tuesday over unpaid wages. '
    + 'Nurses marched in Kisumu, Nakuru and Eldoret on Tuesday, chanting slogans.', '2024-05-08'),
  [['Peaceful protest', 'Kisumu', '2024-05-07', 0], ['Peaceful protest', 'Nakuru', '2024-05-07', 0], ['Peaceful protest', 'Eldoret', '2024-05-07', 0]])
})

test('a headline with no day of its own takes the day the body gives the same incident', () => {
  assert.deepEqual(run('Nurses march in Kisumu and Nakuru over unpaid wages\n\nHundreds of nurses protested in Kisumu and Nakuru on Tuesday over unpaid wages, chanting slogans.', '2024-05-08'),
    [['Peaceful protest', 'Kisumu', '2024-05-07', 0], ['Peaceful protest', 'Nakuru', '2024-05-07', 0]])
})

test('an armed group shooting down an army drone fought it; drones returning to base are no strike', () => {
  assert.deepEqual(run('The militant group al-Shabaab said on Sunday that its fighters had shot down a military drone near Jilib in southern Somalia.', '2024-05-06'),
    [['Armed clash', 'Jilib', '2024-05-05', 0]])
  assert.deepEqual(run('"All our drones returned safely to base," the army spokesman in Mogadishu said on Monday.', '2024-05-06'), [])
})
