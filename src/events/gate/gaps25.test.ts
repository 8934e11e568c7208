import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the gaps closed in round gaps25 (fixtures/unseen*.yaml gap lines): each rule's text beside a near-identical
// one where it must not fire. Texts written for these tests.
function run(text: string, title: string | null = null, published = '2025-06-10') {
  const doc = extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const rows = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities, r.actor1])
  return { rows, rules: doc.messages.map((m) => m.rule) }
}

test('a peace deal that ended "the war in <place>, which ended with" it is the war\'s history (rule war-end, named war); a deal signed stays', () => {
  const ended = run('JUBA, South Sudan — The minister said the money would rebuild schools damaged during the war in Jonglei, which ended with a peace deal in March 2019.')
  assert.deepEqual(ended.rows, [])
  assert.ok(ended.rules.includes('war-end'))
  const signed = run('JUBA, South Sudan — The government and the rebels signed a peace deal in Jonglei on Monday, the minister said.')
  assert.deepEqual(signed.rows.map((r) => r.slice(0, 3)), [['Agreement', 'reported', '2025-06-09']])
})

test('"during the truce" makes the truce the time of something else (rule agreement-frame); a truce agreed stays', () => {
  const frame = run('COLOMBO, Sri Lanka — Fishermen said on Monday that catches had doubled during the long truce, when boats could sail at night.')
  assert.deepEqual(frame.rows, [])
  assert.ok(frame.rules.includes('agreement-frame'))
  const agreed = run('COLOMBO, Sri Lanka — The army and the rebels agreed a truce on Monday, officials said.')
  assert.deepEqual(agreed.rows.map((r) => r.slice(0, 3)), [['Agreement', 'reported', '2025-06-09']])
})

test('"threatening to kill the hostages if" a ransom is unpaid is a threat held over a demand (rule conditional-threat), with no toll', () => {
  const threat = run('ABUJA, Nigeria — Gunmen kidnapped 12 farmers near Bida on Sunday, police said. On Tuesday night one of the gunmen called a farmer\'s wife and asked for money, threatening to kill the hostages if it was not paid by Friday, she said.')
  assert.deepEqual(threat.rows, [['Abduction/forced disappearance', 'reported', '2025-06-08', 0, 'Unidentified Armed Group (Nigeria)']])
  assert.ok(threat.rules.includes('conditional-threat'))
  // No condition after it: the threat stays what it was before (a planned act).
  const plain = run('ABUJA, Nigeria — Gunmen kidnapped 12 farmers near Bida on Sunday, police said. On Tuesday night one of the gunmen called a farmer\'s wife and asked for money, threatening to kill the hostages, she said.')
  assert.ok(!plain.rules.includes('conditional-threat'))
})

test('"began firing rockets and drones at ships in late 2023" is when a campaign began (rule campaign-start); firing on a day stays', () => {
  const began = run('LONDON — Freight rates climbed after the rebels began firing rockets and drones at tankers in late 2023, brokers said.')
  assert.deepEqual(began.rows, [])
  assert.ok(began.rules.includes('campaign-start'))
  const day = run('ADEN, Yemen — The rebels began firing rockets at a tanker off Aden on Monday, the navy said.')
  assert.deepEqual(day.rows.map((r) => r.slice(0, 3)), [['Shelling/artillery/missile attack', 'reported', '2025-06-09']])
  // No date at all in the sentence: the act of the day the lead tells, not a campaign's start.
  const lead = run('NAIROBI, Kenya — Police fired tear gas at protesters in Nairobi on Tuesday. Rioters started fires in the city centre and looted shops.')
  assert.deepEqual(lead.rows, [['Violent demonstration', 'reported', '2025-06-10', 0, 'Rioters (Kenya)']])
})

test('a "truth and reconciliation commission" is a body, no agreement (false-friend); a reconciliation deal signed by the sides stays', () => {
  const body = run('FREETOWN, Sierra Leone — Parliament on Monday passed a law on pensions for amputees. The country\'s truth and reconciliation commission recommended in 2004 that some fifty people be tried, including militia leaders who later became ministers.')
  assert.deepEqual(body.rows, [])
  assert.ok(body.rules.includes('false-friend'))
  const deal = run('FREETOWN, Sierra Leone — The government and the rebels signed a reconciliation agreement in Makeni on Monday, officials said.')
  assert.deepEqual(deal.rows.map((r) => r.slice(0, 3)), [['Agreement', 'reported', '2025-06-09']])
})

test('a place "fought over by" two groups with no day is what the place is (rule contested-place); fought over on a day stays a clash', () => {
  const place = run('BOGOTA, Colombia — The valley has been one of the country\'s most violent regions for years, fought over by the ELN and the Gulf Clan since the 2016 peace deal.')
  assert.deepEqual(place.rows, [])
  assert.ok(place.rules.includes('contested-place'))
  const day = run('BOGOTA, Colombia — The village of Tibu was fought over by the ELN and the Gulf Clan on Monday, leaving three fighters dead, the army said.')
  assert.deepEqual(day.rows.map((r) => r.slice(0, 4)), [['Armed clash', 'reported', '2025-06-09', 3]])
})

test('a count in quotes right after the killing word is still its object: killing "dozens of terrorists" counts 12; a quoted word with no count counts none', () => {
  const quoted = run('NIAMEY, Niger — The army said on Monday that its jets had struck a column of pickups near Ayorou, killing "dozens of terrorists".')
  assert.deepEqual(quoted.rows, [['Air/drone strike', 'reported', '2025-06-09', 12, 'Military Forces of Niger (2023-)']])
  const word = run('NIAMEY, Niger — The army said on Monday that its jets had struck a column of pickups near Ayorou, killing what it called "terrorists".')
  assert.deepEqual(word.rows, [['Air/drone strike', 'reported', '2025-06-09', 0, 'Military Forces of Niger (2023-)']])
  // A figure quoted alone is the reporter's distance from a side's claim: not counted.
  const alone = run('NIAMEY, Niger — The army said on Monday that its jets had struck a column of pickups near Ayorou, killing "dozens" of terrorists.')
  assert.deepEqual(alone.rows, [['Air/drone strike', 'reported', '2025-06-09', 0, 'Military Forces of Niger (2023-)']])
})
