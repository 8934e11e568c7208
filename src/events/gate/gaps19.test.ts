import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the gaps closed in fixtures/unseen19.yaml. Texts written for these tests.
function run(text: string, published = '2025-05-06') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc)
}
const shape = (rs: ReturnType<typeof run>) => rs.map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities])

test('"its usual term for killing fighters": a gloss on a word, no act of its own and no side of the strike', () => {
  const gloss = run([
    'ANKARA, May 6 (Reuters) - A Turkish air strike hit a pickup truck near Zakho in northern Iraq on Sunday, killing three men, local officials said.',
    'The village head said the truck was driving on a dirt road when it was hit.',
    'The defence ministry said on Monday that its forces had "neutralised" three militants in the area, using its usual term for killing fighters.',
  ].join('\n'))
  assert.deepEqual(gloss.map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities, r.actor1, r.actor2]),
    [['Air/drone strike', 'reported', '2025-05-04', 3, 'Military Forces of Türkiye (2016-)', null]])
})

test('"passed a law allowing detention of", "the law was meant to crush the protests": powers and aims, no act', () => {
  const law = run('BELGRADE, May 6 (AP) - Lawmakers on Tuesday passed a law allowing detention of up to 30 days for people who block roads.')
  assert.deepEqual(shape(law), [])
  const aim = run('BELGRADE, May 6 (AP) - Opposition leaders said the new rules were meant to crush the protests.')
  assert.deepEqual(shape(aim), [])
  // Twin: a detention done is one (of road-blockers: a protest met by the police).
  const done = run('BELGRADE, May 6 (AP) - Police detained 30 people who blocked a road in Belgrade on Monday, the interior ministry said.')
  assert.deepEqual(done.map((r) => [r.sub_event_type, r.event_date]), [['Protest with intervention', '2025-05-05']])
})

test('"have banned the general from entering": an entry ban, no group outlawed', () => {
  const entry = run('BRUSSELS, May 6 (Reuters) - Three European countries have banned the army chief from entering their territory.')
  assert.deepEqual(shape(entry), [])
})

test('"has criticised the rebels in the past but has also banned the group": the second clause shares the past', () => {
  const past = run('BAGHDAD, May 6 (Reuters) - Iraq\'s government has criticised Turkish raids on its soil in the past but has also banned the PKK.')
  assert.deepEqual(past.filter((r) => r.status !== 'background').map((r) => r.sub_event_type), [])
  // Twin: a ban of the day is news.
  const now = run('BAGHDAD, May 6 (Reuters) - Iraq\'s government banned the PKK on Monday.')
  assert.deepEqual(now.map((r) => [r.sub_event_type, r.status, r.event_date]), [['Change to group/activity', 'reported', '2025-05-05']])
})

test('"the government said it had arrested 25 people" after a riot: the state\'s response, folded into the riot', () => {
  const riot = run([
    'DHAKA, May 6 (Reuters) - Hundreds of protesters threw stones at police and set fire to a bus in the town of Faridpur on Monday, police said.',
    'The district administration imposed a curfew and said it had arrested 25 people.',
  ].join('\n'))
  assert.deepEqual(riot.map((r) => [r.sub_event_type, r.event_date, r.location]), [['Violent demonstration', '2025-05-05', 'Farīdpur']])
})

test('"Protests broke out in Surabaya this week": a wave\'s onset known only by its week, the story\'s setting', () => {
  const wave = run([
    'JAKARTA, Sept 3 (Reuters) - Students threw stones at police outside the regional parliament in Bandung on Tuesday, and police fired tear gas to disperse them, witnesses said.',
    'Protests broke out in Surabaya this week against a rise in fuel prices.',
  ].join('\n'), '2025-09-03')
  assert.deepEqual(wave.map((r) => [r.sub_event_type, r.status, r.event_date, r.location]), [['Violent demonstration', 'reported', '2025-09-02', 'Bandung']])
  // Twin: a protest on a day of that week is one.
  const day = run('JAKARTA, Sept 3 (Reuters) - Hundreds of students protested in Surabaya on Tuesday against a rise in fuel prices.', '2025-09-03')
  assert.deepEqual(day.map((r) => [r.sub_event_type, r.event_date, r.location]), [['Peaceful protest', '2025-09-02', 'Surabaya']])
})

test('"Security forces returned fire, and the gunmen fled" after gunmen killed farmers: the attack stays an Attack', () => {
  const farm = run([
    'IMPHAL, India, May 6 (Reuters) - Gunmen opened fire on villagers harvesting rice in Manipur\'s Kakching district on Monday, killing three women, police said.',
    'Security forces returned fire, and the gunmen escaped into the forest.',
  ].join('\n'))
  assert.deepEqual(farm.map((r) => [r.event_type, r.sub_event_type, r.event_date, r.fatalities, r.actor1, r.actor2]),
    [['Violence against civilians', 'Attack', '2025-05-05', 3, 'Unidentified Armed Group (India)', 'Civilians (India)']])
  // Twin: soldiers killed by the gunmen when the forces fired back make it a fight.
  const fight = run('IMPHAL, India, May 6 (Reuters) - Gunmen attacked an army patrol in Manipur\'s Kakching district on Monday, killing two soldiers, and troops returned fire, police said.')
  assert.deepEqual(fight.map((r) => [r.sub_event_type, r.fatalities]), [['Armed clash', 2]])
})
