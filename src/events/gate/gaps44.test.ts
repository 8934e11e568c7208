import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the gaps closed in round gaps44 (fixtures/unseen*.yaml gap lines): each rule's text beside a near-identical
// one where it must not fire. Texts written for these tests.
function run(text: string, title: string | null = null, published = '2025-03-05') {
  const doc = extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const rows = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.event_date, r.location])
  return { rows, rules: doc.messages.map((m) => m.rule) }
}

const traders = (between: string) => run(`LAGOS, March 5 (Reuters) - Nigerian police fired tear gas at hundreds of traders protesting against new market levies in Lagos on Tuesday, witnesses said.

The traders blocked the main road to the port and burned tyres, two witnesses said.

A police spokesman said officers had shown restraint and that 14 people were detained.

The state government said the levies were needed to fund road repairs.

Union leaders blamed the 2024 budget law for the charges.
${between}
In the northern city of Kano, rioters looted warehouses and set fire to a tax office, residents said.`)

test('an undated act told further on happens on the lead\'s day, not the report\'s (rule lead-day-carries); a time told between ends it', () => {
  const carried = traders('')
  const kano = carried.rows.find((r) => r[3] === 'Kano')
  assert.deepEqual(kano?.slice(1, 4), ['reported', '2025-03-04', 'Kano'])
  assert.ok(carried.rules.includes('lead-day-carries'))
  // "In 2023" told between sets another time: the lead's day no longer carries (the report's day stays).
  const broken = traders('\nIn 2023, a strike closed the markets for a week.\n')
  assert.deepEqual(broken.rows.find((r) => r[3] === 'Kano')?.slice(1, 4), ['reported', '2025-03-05', 'Kano'])
})

test('"near the town of Bu\'ale" finds the gazetteer\'s Bu\'aale, a doubled letter written once (rule cue-fold-doubles)', () => {
  const town = run('MOGADISHU, Nov 12 (Reuters) - Al Shabaab fighters attacked a police post near the town of Bu\'ale in the Middle Juba region on Tuesday, killing three officers, a local elder said.', null, '2025-11-12')
  assert.deepEqual(town.rows, [['Armed clash', 'reported', '2025-11-11', 'Bu’aale']])
})

test('"the city\'s X neighbourhood" is in the city named before, even one named as where an act was near (rule city-owns-near)', () => {
  const story = (where: string) => run(`MEXICO CITY, Aug 4 (Reuters) - The bodies of four men were found in a ditch ${where}, the capital of Mexico's Sonora state, on Sunday, state prosecutors said.

Separately, gunmen shot dead a taxi driver in the city's Lomas Doradas neighbourhood on Saturday night, police said.`, null, '2025-08-04')
  assert.deepEqual(story('on the outskirts of Hermosillo').rows[1], ['Attack', 'reported', '2025-08-02', 'Hermosillo'])
  assert.deepEqual(story('in Hermosillo').rows[1], ['Attack', 'reported', '2025-08-02', 'Hermosillo'])
})

test('"since <a long phrase> in February, when fighters seized the town" is the period\'s start, history with its own month (rule since-when)', () => {
  const story = (when: string) => run(`BEIRUT, March 5 (Reuters) - Clashes between the army and tribal fighters near the Syrian town of Tadmur killed nine people on Tuesday, a war monitor said.

The fighting around Tadmur has grown since the collapse of the talks with the tribal leaders ${when}, when the fighters seized the town from the army.`)
  assert.deepEqual(story('in February').rows[1], ['Non-state actor overtakes territory', 'background', '2025-02-15', 'Tadmur'])
  // A day of the week: the news of the week, not history.
  assert.deepEqual(story('on Sunday').rows[1], ['Non-state actor overtakes territory', 'reported', '2025-03-02', 'Tadmur'])
})

test('"It has denied in the past that ..." is a side\'s habit of denial, not a denial of the act just told (rule denial-habit)', () => {
  const story = (denial: string) => run(`KAMPALA, March 5 (Reuters) - Rebels of the Lord's Resistance Army ambushed a police patrol near the town of Gulu on Tuesday, killing three officers, police said.

The group did not comment. ${denial} that it attacks the police.`)
  assert.deepEqual(story('It has denied in the past').rows.map((r) => r[1]), ['reported'])
  assert.deepEqual(story('It has repeatedly denied').rows.map((r) => r[1]), ['reported'])
  assert.ok(story('It has denied in the past').rules.includes('denial-habit'))
  // A plain denial still marks the act denied.
  assert.deepEqual(story('It denied').rows.map((r) => r[1]), ['denied'])
})

test('"Karenni state" is Myanmar\'s Kayah State (variants.yaml)', () => {
  const strike = run('BANGKOK, March 5 (AP) - A Myanmar military jet bombed a monastery sheltering displaced families in the eastern Karenni state on Tuesday, killing seven people, a rescue worker said.')
  assert.deepEqual(strike.rows, [['Air/drone strike', 'reported', '2025-03-04', 'Kayah State']])
})
