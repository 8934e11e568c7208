import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the gaps closed in the conflict fixtures (unseen13, unseen19, ...). Texts written for these tests.
function run(text: string, published = '2025-03-05') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc)
}

test('"as Russian drones target cars": a weapon in the plural present, a warning\'s reason, no strike planned', () => {
  const warn = run([
    'KYIV, March 4 (Reuters) - A Russian drone hit a bakery in the town of Bilopillia on Monday night, killing three workers, the regional governor said.',
    'Regional officials have urged civilians in border villages of the Sumy region to leave, saying that the trip out will get harder as Russian drones target cars.',
  ].join('\n'))
  assert.deepEqual(warn.map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities]), [['Air/drone strike', 'reported', '2025-03-03', 3]])
  // Twin: drones that struck on a day are a strike.
  const done = run('KYIV, March 4 (Reuters) - Russian drones targeted cars on a road near the town of Bilopillia on Monday, killing two people, the governor said.')
  assert.deepEqual(done.map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities]), [['Air/drone strike', 'reported', '2025-03-03', 2]])
})

test('"took office in 2005 on the death of his father": a reign\'s turn, no dead of the day\'s protest', () => {
  const reign = run([
    'LOME, May 6 (AFP) - Protesters set up barricades of burning tyres in the Nyekonakpoe district of Togo\'s capital Lome on Monday and police fired tear gas at them, witnesses said.',
    'The president took office in 2005 on the death of his father, who had ruled for 38 years.',
  ].join('\n'), '2025-05-06')
  assert.deepEqual(reign.map((r) => [r.sub_event_type, r.status, r.event_date, r.location, r.fatalities]), [['Violent demonstration', 'reported', '2025-05-05', 'Lomé', 0]])
  // Twin: a death at the barricades is one.
  const shot = run('LOME, May 6 (AFP) - Police shot dead a protester at a barricade of burning tyres in Togo\'s capital Lome on Monday, witnesses said.', '2025-05-06')
  assert.deepEqual(shot.map((r) => r.fatalities), [1])
})
