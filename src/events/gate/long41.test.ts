import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with the long articles of fixtures/unseen-long41.yaml: a backer's list with an initialism,
// a taking told after a country's name with no subject (a crash), a toll right after a sentence telling a fight that
// lasted days. Texts written for these tests.
function doc(text: string, published: string) {
  return extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
}
const run = (text: string, published: string) => toRecords(doc(text, published))

test('"troops, backed by U.S. air strikes and tribal fighters, retook the town": the army retakes it, the fighters back it (rule backer-initialism)', () => {
  const us = run('BAGHDAD, May 8 (Reuters) - Iraqi troops, backed by U.S. air strikes and tribal fighters, retook the town of Rawa from Islamic State militants on Friday, the army said.', '2026-05-08')
  assert.deepEqual(us.map((r) => [r.sub_event_type, r.event_date, r.actor1, r.actor2]),
    [['Government regains territory', '2026-05-08', 'Military Forces of Iraq (2022-)', 'Islamic State (Iraq)']])
  // Twin: militants with no backing cue before them took the town: a non-state actor overtakes it.
  const took = run('BAGHDAD, May 8 (Reuters) - Islamic State militants seized the town of Rawa from Iraqi troops on Friday, the army said.', '2026-05-08')
  assert.deepEqual(took.map((r) => [r.sub_event_type, r.actor1]), [['Non-state actor overtakes territory', 'Islamic State (Iraq)']])
})

test('"its forces had \\"liberated\\" a military camp ... envoy for Yemen": the events stage does not crash, the taking is coded (rule country-taker-alone)', () => {
  const d = doc('SANAA, May 20 (Reuters) - The Houthi-run television quoted a spokesman as saying that its forces had "liberated" a military camp west of Marib and killed dozens of "mercenaries". The United Nations envoy for Yemen, Maria Lopez, urged both sides to stop.', '2026-05-20')
  assert.equal(d.messages.some((m) => m.rule === 'stage-crashed'), false)
  assert.deepEqual(toRecords(d).map((r) => [r.sub_event_type, r.status, r.location]), [['Government regains territory', 'reported', "Ma'rib"]])
})

test('"... after a battle that began on Aug. 1. He said 120 rebels had been killed": the whole fight\'s toll, not the day\'s (rule battle-carried)', () => {
  const fight = run([
    'JUBA, Aug 19 (Reuters) - South Sudan\'s army said on Wednesday it had recaptured the town of Ulang from the White Army militia on Monday after a battle that began on Aug. 1.',
    'He said 120 militiamen had been killed and 30 soldiers had died.',
  ].join('\n'), '2026-08-19')
  assert.deepEqual(fight.map((r) => [r.sub_event_type, r.event_date, r.location, r.fatalities]), [['Government regains territory', '2026-08-17', 'Ulang', 0]])
  // Twin: the same toll after a sentence that tells one day's fight is that fight's dead (the army's figures, summed).
  const day = run([
    'JUBA, Aug 19 (Reuters) - South Sudan\'s army said on Wednesday it had recaptured the town of Ulang from the White Army militia on Monday after a battle.',
    'He said 12 militiamen had been killed and three soldiers had died.',
  ].join('\n'), '2026-08-19')
  assert.deepEqual(day.map((r) => [r.sub_event_type, r.event_date, r.location, r.fatalities]), [['Government regains territory', '2026-08-17', 'Ulang', 15]])
})
