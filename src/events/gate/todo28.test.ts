import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes that closed gaps of the whole-article fixtures (fixtures/unseen*.yaml, stop 28): each rule's text
// beside a near-identical one where it must not fire. Texts written for these tests.
function run(text: string, published = '2024-03-14') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { records, rules: doc.messages.map((m) => m.rule), row: records.map((r) => [r.sub_event_type, r.status, r.event_date, r.actor1, r.actor2, r.location]) }
}

test('"forces have been attacked more than 80 times since mid-June": a running count of attacks, no background record', () => {
  const lead = 'MOGADISHU (Reuters) - Gunmen attacked a police station in Baidoa on Monday, killing two officers, officials said. '
  const counted = run(lead + 'Somali and African Union forces in Somalia have been attacked more than 80 times since mid-June, according to the interior ministry.', '2024-03-13')
  assert.deepEqual(counted.row, [['Armed clash', 'reported', '2024-03-11', 'Unidentified Armed Group (Somalia)', 'Police Forces of Somalia (2022-)', 'Baidoa']])
  // Twin: a war that runs since then, with no count, keeps its background record.
  const war = run(lead + 'Somali and African Union forces in Somalia have been fighting al Shabaab since mid-June 2012, according to the interior ministry.', '2024-03-13')
  assert.deepEqual(war.row.map((r) => [r[0], r[1], r[2], r[3]]), [['Armed clash', 'reported', '2024-03-11', 'Unidentified Armed Group (Somalia)'], ['Armed clash', 'background', '2012-06-15', 'Al Shabaab']])
})

test('"the 12th exchange of prisoners since the war began in February 2022": a series counted from its start, not an act of February 2022', () => {
  const lead = 'KYIV (Reuters) - Ukraine and Russia each released 40 prisoners of war on Friday in a swap brokered by Qatar, officials said. ' +
    'President Volodymyr Zelenskiy posted photos of the freed men. "We will bring every one of them home," he said. Many had been held for more than a year. '
  const series = run(lead + 'It was the 12th exchange of prisoners since the war began in February 2022.', '2024-03-15')
  assert.deepEqual(series.row, [])
  // Twin: an exchange dated by its own month is history, kept as background.
  const old = run(lead + 'The first exchange of prisoners took place in Istanbul in May 2022.', '2024-03-15')
  assert.deepEqual(old.row.map((r) => [r[0], r[1], r[2], r[5]]), [['Agreement', 'background', '2022-05-15', 'Istanbul']])
})

test('"the province has faced an insurgency since March 2018, with attacks claimed by the group since 2020": a state, no attack of 2018', () => {
  const lead = 'PEMBA, Mozambique (Lusa) - Insurgents killed three farmers in the village of Mazeze on Saturday, local sources said. '
  const state = run(lead + 'Cabo Delgado has faced an insurgency since March 2018, with attacks claimed by the Islamic State since 2020.', '2024-03-12')
  assert.deepEqual(state.row.map((r) => [r[0], r[1], r[2], r[5]]), [['Attack', 'reported', '2024-03-09', 'Mazeze']])
  // Twin: "since March 2018, when insurgents attacked ...": the act at "when" is dated by it, kept as background.
  const when = run(lead + 'Cabo Delgado has faced an insurgency since March 2018, when insurgents attacked police posts in Mocimboa da Praia.', '2024-03-12')
  assert.deepEqual(when.row.map((r) => [r[0], r[1], r[2], r[5]]), [['Attack', 'reported', '2024-03-09', 'Mazeze'], ['Armed clash', 'background', '2018-03-15', 'Mocímboa da Praia']])
})

test('"insecurity has displaced more than 4 million people in the east": how many are displaced, no displacement of the day', () => {
  const lead = 'GENEVA (Reuters) - The United Nations appealed on Tuesday for $2 billion for eastern Congo. '
  const total = run(lead + 'Insecurity has displaced more than 4 million people in the east, including 1 million in Ituri alone.', '2024-03-13')
  assert.deepEqual(total.row, [])
  assert.ok(total.rules.includes('displacement-total'))
  // Twin: people driven out on a day of their own are a displacement of that day.
  const day = run(lead + 'Insecurity displaced more than 4,000 people from Kalehe on Monday, including 1,000 children.', '2024-03-13')
  assert.deepEqual(day.row, [['Other', 'reported', '2024-03-11', 'Civilians (Democratic Republic of Congo)', null, 'Kalehe']])
})
