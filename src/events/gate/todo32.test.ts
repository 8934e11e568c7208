import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes that closed gaps of the whole-article fixtures (fixtures/unseen*.yaml, stop 32): each rule's text
// beside a near-identical one where it must not fire. Texts written for these tests.
function run(text: string, published = '2024-03-14', title: string | null = null) {
  const doc = extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { records, rules: doc.messages.map((m) => m.rule), row: records.map((r) => [r.sub_event_type, r.status, r.event_date, r.actor1, r.actor2, r.location, r.fatalities]) }
}

test('"Since the uprising began in May 2023, more than 300 villagers have been killed": a fronted period makes a running total, no event', () => {
  const lead = 'BAMAKO, Mali (AFP) - Malian soldiers clashed with jihadist fighters near the town of Djenne on Tuesday, killing six of them, the army said.\n'
  const since = run(lead + 'Since the uprising began in the central region in May 2023, more than 300 villagers have been killed by soldiers or militiamen, according to a rights group.', '2024-03-14')
  assert.deepEqual(since.row, [['Armed clash', 'reported', '2024-03-12', 'Military Forces of Mali (2021-)', 'Unidentified Armed Group (Mali)', 'Djénné', 6]])
  // Twin: "Since Friday," is a few days' spree, one incident's toll, and the villagers' killing stays an event with its dead.
  const days = run(lead + 'Since Friday, 12 villagers have been killed by militiamen in the village of Sofara, a local official said.', '2024-03-14')
  assert.deepEqual(days.row.map((r) => [r[0], r[5], r[6]]), [['Armed clash', 'Djénné', 6], ['Attack', 'Sofara', 12]])
})

test('the army had "repelled the extremists": a verb quoted from a statement still makes the other side the starter', () => {
  const story = (third: string) => 'ADDIS ABABA (Reuters) - Fano fighters stormed the town of Debre Markos on Sunday, freeing prisoners from the jail, residents said.\n'
    + 'At least nine people were killed in the fighting, a doctor said.\n' + third
  const repelled = run(story('The government said in a statement on Monday that the army had "repelled the extremists".'), '2025-03-04')
  assert.deepEqual(repelled.row, [['Armed clash', 'reported', '2025-03-02', 'Fano Militia', 'Military Forces of Ethiopia (2018-)', 'Debre Mark’os', 9]])
  // Twin: the same words unquoted give the same sides.
  const plain = run(story('The government said in a statement on Monday that the army had repelled the extremists.'), '2025-03-04')
  assert.deepEqual(plain.row, repelled.row)
})

test('"The government\'s communication service said": an office whose work is telling is a teller, no side of the fight', () => {
  const story = (teller: string) => 'ADDIS ABABA (Reuters) - Fano fighters stormed the town of Debre Markos on Sunday, freeing prisoners from the jail, residents said.\n'
    + `At least nine people were killed in the fighting, a doctor said.\n${teller} said in a statement on Monday that the army had repelled the extremists.`
  const office = run(story("The government's communication service"), '2025-03-04')
  assert.deepEqual(office.row, [['Armed clash', 'reported', '2025-03-02', 'Fano Militia', 'Military Forces of Ethiopia (2018-)', 'Debre Mark’os', 9]])
  assert.ok(office.rules.includes('teller-spokesperson'))
})

test('"The shelling was attributed to the RSF": a passive blame in the next sentence names the unnamed doer', () => {
  const story = (third: string) => 'KHARTOUM (AFP) - Artillery shells hit a market in the city of Omdurman on Tuesday, killing nine civilians, medics said.\n'
    + `${third}\nThe market was closed on Wednesday.`
  const passive = run(story('The shelling was attributed to the Rapid Support Forces.'), '2025-06-05')
  assert.deepEqual(passive.row, [['Shelling/artillery/missile attack', 'reported', '2025-06-03', 'Rapid Support Forces', 'Civilians (Sudan)', 'Omdurman', 9]])
  assert.ok(passive.rules.includes('claimed-after'))
  // Twin: a statement attributed to someone else names no doer; the shelling keeps its unnamed side.
  const quote = run(story('Residents said the shells came from the east of the city.'), '2025-06-05')
  assert.deepEqual(quote.row.map((r) => r[3]), ['Unidentified Armed Group (Sudan)'])
})

test('"clashes around the town since 1 June": with no other day in the sentence, the period\'s first day dates the fighting', () => {
  const story = (second: string) => 'GENEVA (OCHA) - On 3 June, a drone strike hit a market in Kadugli, killing five people, local sources said.\n' + second
  const since = run(story('In West Kordofan, fighting between the Sudanese army (SAF) and the RSF around Babanusa since 1 June has driven more than 3,000 people from their homes.'), '2025-06-05')
  assert.deepEqual(since.row.map((r) => [r[0], r[2], r[5]]), [['Air/drone strike', '2025-06-03', 'Kadugli'], ['Armed clash', '2025-06-01', 'Babanūsah']])
  assert.equal(since.records[1].time_precision, 2)
  // Twin: a period opened long before publication gives no day; the story's last day carries on.
  const old = run(story('In West Kordofan, fighting between the Sudanese army (SAF) and the RSF around Babanusa since 1 April has driven more than 3,000 people from their homes.'), '2025-06-05')
  assert.ok(!old.rules.includes('since-day-start'))
})

test('"and that 12 of its own men had been killed": a side\'s own men who died make the fight a clash, not an attack on civilians', () => {
  const story = (tail: string) => 'MOPTI, Mali (Reuters) - Jihadist fighters attacked the town of Boni in central Mali on Saturday, residents said.\n'
    + `The army told state radio that its soldiers had repelled the assault on the town${tail}`
  const own = run(story(', and that seven of its own men had been killed.'), '2025-03-10')
  assert.deepEqual(own.row, [['Armed clash', 'reported', '2025-03-08', 'Unidentified Armed Group (Mali)', 'Military Forces of Mali (2021-)', 'Boni', 7]])
  // Twin: civilians killed in the assault are its victims: an attack.
  const civilians = run(story(', and that seven civilians had been killed.'), '2025-03-10')
  assert.deepEqual(civilians.row.map((r) => [r[0], r[4], r[6]]), [['Attack', 'Civilians (Mali)', 7]])
})

test('"the army still holds the big towns and has stepped up air strikes": a rate raised over time, with no day, is no strike', () => {
  const story = (tail: string) => 'BANGKOK (Reuters) - Rebels in Myanmar said on Tuesday they had captured the town of Hakha in Chin state after weeks of fighting.\n'
    + `Aid workers say much of the town has been destroyed by air strikes.\nThe junta seized power in a coup in February 2021. ${tail}`
  const trend = run(story('Rebel armies have since taken much of the north, although the army still holds the big towns and has stepped up air strikes.'), '2025-04-08')
  assert.deepEqual(trend.row, [['Non-state actor overtakes territory', 'reported', '2025-04-08', 'Unidentified Armed Group (Myanmar)', null, 'Hakha', 0]])
  // Twin: strikes stepped up on a day, with their dead, are an act.
  const day = run(story('Rebel armies have since taken much of the north. On Sunday the army stepped up air strikes on the town of Mindat, killing five civilians, residents said.'), '2025-04-08')
  assert.deepEqual(day.row.slice(1), [['Air/drone strike', 'reported', '2025-04-06', 'Military Forces of Myanmar (2021-)', 'Civilians (Myanmar)', 'Mindat', 5]])
})

test('"the five-month battle for Marawi" in a documentary: a campaign\'s length dates no history, and the battle has no day of its own', () => {
  const story = (battle: string) => `MANILA (AP) - A documentary that premiered in Manila on Monday tells the story of ${battle} through the eyes of three nurses who stayed in the city.\n`
    + 'The nurses say they treated hundreds of wounded people in a basement clinic.'
  assert.deepEqual(run(story('the five-month battle for Marawi'), '2025-03-05').row, [])
  // Twin: a year written out dates the battle, a background record of its own.
  assert.deepEqual(run(story('the battle for Marawi in 2017'), '2025-03-05').row.map((r) => [r[0], r[1], r[2]]), [['Armed clash', 'background', '2017-07-01']])
})
