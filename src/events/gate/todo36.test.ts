import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes that closed gaps of the whole-article fixtures (fixtures/unseen*.yaml, todo 36): each rule's text
// beside a near-identical one where it must not fire. Texts written for these tests.
function run(text: string, published = '2025-05-16') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const records = toRecords(doc)
  return { rules: doc.messages.map((m) => m.rule), row: records.map((r) => [r.sub_event_type, r.status, r.event_date, r.actor1, r.actor2, r.location, r.fatalities]) }
}

test('"Weeks of shelling destroyed much of the power grid": a span of time as the doer is a campaign summed, no event', () => {
  const lead = 'MOSUL, Iraq (AP) - Families are returning to the old city, where shops have reopened along the river, officials said on Tuesday.\n'
  const campaign = run(lead + "Weeks of shelling destroyed much of the old city's power grid, and engineers said repairs would take a year.")
  assert.deepEqual(campaign.row, [])
  assert.ok(campaign.rules.includes('campaign-subject'))
  // Twin: a side that did it on a day is an act.
  const act = run(lead + "Islamic State fighters destroyed much of the old city's power grid on Monday, and engineers said repairs would take a year.")
  assert.deepEqual(act.row, [['Looting/property destruction', 'reported', '2025-05-12', 'Islamic State (Iraq)', 'Civilians (Iraq)', 'Mosul', 0]])
})

test('"The report counts abduction, sexual violence ...": categories a report counts are no act', () => {
  const lead = 'GENEVA (Reuters) - Abuses against women in conflict zones rose last year, a UN report said on Tuesday.\n'
  const counted = run(lead + 'The report counts abduction, sexual violence and forced marriage by armed groups in Sudan, Congo and Myanmar.')
  assert.deepEqual(counted.row, [])
  assert.ok(counted.rules.includes('report-summary'))
  // Twin: an act the report tells with its day and place stays one.
  const told = run(lead + 'Armed men subjected women to sexual violence in the town of El Geneina in West Darfur on Sunday, the report said.')
  assert.deepEqual(told.row, [['Sexual violence', 'reported', '2025-05-11', 'Unidentified Armed Group (Sudan)', 'Civilians (Sudan)', 'Geneina', 0]])
})

test('"Glide bombs ... caused the most deaths in the region": the leading cause of a period\'s dead is a statistic', () => {
  const lead = 'KYIV (Reuters) - Civilian deaths in Ukraine rose in the first half of the year, UN monitors said on Friday.\n'
  const share = run(lead + 'Glide bombs dropped from jets caused the most deaths in the Sumy region, the monitors said.')
  assert.deepEqual(share.row, [])
  assert.ok(share.rules.includes('trend'))
  const act = run(lead + 'Russian glide bombs killed three civilians in the Sumy region on Thursday, the monitors said.')
  assert.deepEqual(act.row, [['Air/drone strike', 'reported', '2025-05-15', 'Military Forces of Russia (2000-)', 'Civilians (Ukraine)', 'Sumy', 3]])
})

test('"the detention of aid workers by the Houthis had forced agencies to close offices": a lasting act named as a cause', () => {
  const lead = 'GENEVA (Reuters) - Aid deliveries to northern Yemen fell sharply this year, a UN agency said on Thursday.\n'
  const cause = run(lead + 'It said the detention of aid workers by the Houthis had forced agencies to close offices in Saada.')
  assert.deepEqual(cause.row, [])
  assert.ok(cause.rules.includes('lasting-cause'))
  const act = run(lead + 'It said the Houthis detained four aid workers in Saada on Tuesday.')
  assert.deepEqual(act.row, [['Arrests', 'reported', '2025-05-13', 'Military Forces of Yemen (2017-) Houthi', 'Civilians (Yemen)', "Sa'dah", 0]])
})

test('"have been displaced ... since March, the UN said on Friday": the day of the telling makes no flight of the day; "the displaced" are people', () => {
  const total = run('KINSHASA (Reuters) - More than 30,000 people have been displaced in Rutshuru territory since fighting broke out in March, the UN said on Friday.\n'
    + 'Most of the displaced are staying in churches and schools in Goma.')
  assert.deepEqual(total.row, [])
  assert.ok(total.rules.includes('displacement-total'))
  // Twin: a flight since a day of its own is news of the day (told with the fighting that caused it).
  const fresh = run('KINSHASA (Reuters) - More than 30,000 people have been displaced in Rutshuru territory since Wednesday, when fighting broke out, the UN said on Friday.')
  assert.deepEqual(fresh.row, [['Armed clash', 'reported', '2025-05-16', 'Unidentified Armed Group (Democratic Republic of Congo)', 'Unidentified Armed Group (Democratic Republic of Congo)', 'Rutshuru', 0]])
})

test('"Peace talks between the government and the group have been suspended": talks on hold are no agreement', () => {
  const lead = 'BOGOTA (Reuters) - Farmers in Cauca say they fear more violence this year.\n'
  const held = run(lead + 'Peace talks between the government and the dissident group in the province have been suspended.')
  assert.deepEqual(held.row, [])
  assert.ok(held.rules.includes('false-friend'))
  const signed = run(lead + 'The government and the dissident group signed a ceasefire agreement in Popayan on Monday.')
  assert.deepEqual(signed.row, [['Agreement', 'reported', '2025-05-12', 'Government of Colombia (2022-)', null, 'Popayán', 0]])
})

test('"have fired missiles and drones at ships since late 2023": a campaign\'s span, no act of the day', () => {
  const lead = 'SANAA (Reuters) - Shipping companies are avoiding the Suez Canal, insurers said on Monday.\n'
  const span = run(lead + 'The Houthis have fired missiles and drones at merchant ships in the Red Sea since late 2023.')
  assert.deepEqual(span.row, [])
  assert.ok(span.rules.includes('period-total'))
  const act = run(lead + 'The Houthis fired missiles and drones at a merchant ship in the Red Sea on Sunday.')
  assert.deepEqual(act.row, [['Air/drone strike', 'reported', '2025-05-11', 'Military Forces of Yemen (2017-) Houthi', null, 'Red Sea', 0]])
})

test('"the military has blocked roads and rivers leading into them": forces closing routes is neither riot nor property destroyed', () => {
  const lead = 'SITTWE, Myanmar (Reuters) - Food prices in Rakhine state have tripled, a UN agency said on Wednesday.\n'
  const closure = run(lead + "The Arakan Army holds most of the state's towns, and the military has blocked roads and rivers leading into them.")
  assert.deepEqual(closure.row, [])
  assert.ok(closure.rules.includes('false-friend'))
  // Twin: a crowd that blocks roads and burns tyres riots.
  const riot = run(lead + 'In Sittwe, angry residents blocked roads and burned tyres on Tuesday to protest against the shortages.')
  assert.deepEqual(riot.row, [['Violent demonstration', 'reported', '2025-05-13', 'Rioters (Myanmar)', null, 'Sittwe', 0]])
})

test('"Sudan\'s war began after the RSF attack on army bases": the act a war is dated from is looked back on, no record', () => {
  const lead = 'PORT SUDAN (Reuters) - Aid trucks reached the city of El Obeid on Friday, the UN said.\n'
  const origin = run(lead + "Sudan's war began after the RSF attack on army bases in Khartoum on April 15, 2023, and has displaced more than 12 million people.")
  assert.deepEqual(origin.row, [])
  assert.ok(origin.rules.includes('looked-back') && origin.rules.includes('displacement-total'))
  // Twin: the attack told as an act of its own is a background record.
  const told = run(lead + 'The RSF attacked army bases in Khartoum on April 15, 2023, and the war has since displaced more than 12 million people.')
  assert.deepEqual(told.row, [['Armed clash', 'background', '2023-04-15', 'Rapid Support Forces', 'Military Forces of Sudan (2019-)', 'Khartoum', 0]])
})

test('a war\'s toll "since the war began", a demining tally and "still kill": no act of the day', () => {
  const lead = 'HODEIDAH, Yemen (AFP) - Farmers near the port city of Hodeidah are returning to their fields after a lull in fighting, officials said on Thursday.\n'
  const toll = run(lead + 'Landmines have killed thousands of civilians in Yemen since the war began in 2014, according to aid groups.')
  assert.deepEqual(toll.row, [])
  assert.ok(toll.rules.includes('period-total'))
  const blast = run(lead + 'A landmine killed two farmers in the Hays district of Hodeidah province on Tuesday, according to aid groups.')
  assert.deepEqual(blast.row, [['Remote explosive/landmine/IED', 'reported', '2025-05-13', 'Unidentified Armed Group (Yemen)', 'Civilians (Yemen)', 'Hays', 2]])
  const tally = run(lead + 'A demining programme says it has removed more than 300,000 mines and explosive devices in the province.')
  assert.deepEqual(tally.row, [])
  assert.ok(tally.rules.includes('false-friend'))
  const seized = run(lead + 'Coast guards seized 200 mines and explosive devices on a boat off the Hodeidah coast on Tuesday.')
  assert.deepEqual(seized.row, [['Disrupted weapons use', 'reported', '2025-05-13', 'Military Forces of Yemen (2022-)', null, 'Al Ḩudaydah', 0]])
  const still = run(lead + 'Fighting near the city has eased, but snipers and shelling still kill civilians.')
  assert.deepEqual(still.row, [])
  assert.ok(still.rules.includes('habitual'))
  const sniper = run(lead + 'Fighting near the city has eased, but a Houthi sniper killed a civilian in the Hays district on Tuesday.')
  assert.deepEqual(sniper.row, [['Attack', 'reported', '2025-05-13', 'Military Forces of Yemen (2017-) Houthi', 'Civilians (Yemen)', 'Hays', 1]])
})

test('"Nurses in the region have protested for months over unpaid wages": a movement\'s length, no rally of the day', () => {
  const lead = 'ERBIL, Iraq (Reuters) - The Kurdistan regional government said on Thursday it would pay two months of overdue salaries next week.\n'
  const months = run(lead + 'Nurses in the region have protested for months over unpaid wages, blaming a row with Baghdad over the budget.')
  assert.deepEqual(months.row, [])
  assert.ok(months.rules.includes('war-length'))
  const rally = run(lead + 'Nurses protested outside the main hospital in Duhok on Tuesday over unpaid wages, blaming a row with Baghdad over the budget.')
  assert.deepEqual(rally.row, [['Peaceful protest', 'reported', '2025-05-13', 'Protesters (Iraq)', null, 'Dihok', 0]])
})
