/**
 * @module mentions/dates article tests: short news stories of our own, each with its publication day and dateline,
 * and the exact day and time precision of every event the whole pipeline codes from them.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { extract } from '../../pipeline.js'
import { toRecords } from '../../events/records.js'
import { createDoc } from '../../doc.js'
import { text as textStage } from '../../text/index.js'
import { dates } from './index.js'

/** [event_date, time_precision, status] of each record, in order. */
const dated = (text: string, published: string) =>
  toRecords(extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text }))
    .map((r) => [r.event_date, r.time_precision, r.status])

/** [text, day, precision] of each date the dates stage finds. */
function found(body: string, published: string): unknown[][] {
  const doc = createDoc({ id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, body)
  textStage()(doc)
  dates()(doc)
  return doc.dates.map((d) => [d.text, d.day, d.precision])
}

// Weekdays of the publication days used below:
// 2019-05-13 Mon · 2020-08-01 Sat · 2021-02-11 Thu · 2021-03-04 Thu · 2022-07-10 Sun · 2023-11-06 Mon ·
// 2023-11-07 Tue · 2023-11-08 Wed · 2023-11-09 Thu · 2023-11-20 Mon · 2024-01-02 Tue · 2024-01-15 Mon · 2025-02-14 Fri

test('wire datelines: the dateline\'s day anchors "on Sunday" and "yesterday", whatever its format', () => {
  // A Monday story: "on Sunday" is the day before.
  assert.deepEqual(dated('BAMAKO, Nov 6 (Reuters) - Suspected jihadists killed at least 14 civilians in an attack on a village in central Mali on Sunday, local officials said.', '2023-11-06'),
    [['2023-11-05', 1, 'reported']])
  // Filed on Sunday 14 January, published on Monday: Saturday is the 13th.
  assert.deepEqual(dated('ADEN, Yemen, Jan 14 (AP) — Houthi rebels fired a missile at a cargo ship in the Red Sea on Saturday, the U.S. military said.', '2024-01-15'),
    [['2024-01-13', 1, 'reported']])
  // Filed on Wednesday 10 February, published on Thursday: yesterday is the 9th, not the 10th.
  assert.deepEqual(dated('ISLAMABAD, Feb 10 (Reuters) - Gunmen shot dead four polio workers in North Waziristan yesterday, police said.', '2021-02-11'),
    [['2021-02-09', 1, 'reported']])
  // A day-month-year dateline is no day of the story: filed on Wednesday 3 March, "on Tuesday" is the 2nd.
  assert.deepEqual(dated('Mogadishu, 3 March 2021 – Al Shabaab militants attacked a police station in Afgoye on Tuesday, killing three officers.', '2021-03-04'),
    [['2021-03-02', 1, 'reported']])
  // Datelines with a year (data/regions.yaml): filed on Saturday 4 November, published on Monday, yesterday is the 3rd.
  assert.deepEqual(dated('JUBA, South Sudan, Nov. 4, 2023 (AP) — Cattle raiders killed 14 people in Jonglei state yesterday, officials said.', '2023-11-06'),
    [['2023-11-03', 1, 'reported']])
  assert.deepEqual(dated('Juba, 4 November 2023 – Cattle raiders killed 14 people in Jonglei state yesterday, officials said.', '2023-11-06'),
    [['2023-11-03', 1, 'reported']])
  // Twin: a date opening a sentence of the story is no dateline; yesterday counts from publication.
  assert.deepEqual(dated('Juba, 4 November 2023 was a quiet day. Cattle raiders killed 14 people in Jonglei state yesterday, officials said.', '2023-11-06'),
    [['2023-11-05', 1, 'reported']])
})

test('a weekday in a story of that weekday is today; the day before is the one before', () => {
  assert.deepEqual(dated('NAIROBI (Reuters) - Kenyan police fired tear gas at hundreds of protesters in central Nairobi on Tuesday as anger over new taxes spilled onto the streets.', '2023-11-07'),
    [['2023-11-07', 1, 'reported']])
  // A Sunday story: "on Monday" is six days back, never tomorrow.
  assert.deepEqual(dated('Taliban fighters attacked a police checkpoint in Kunduz on Monday, killing five policemen.', '2022-07-10'),
    [['2022-07-04', 1, 'reported']])
  // A Wednesday story: "last Thursday" is the Thursday of the week before.
  assert.deepEqual(dated('Hundreds of mourners gathered in Kirkuk on Wednesday for the funeral of a policeman.\n\nThe policeman was shot dead by gunmen at a checkpoint last Thursday.', '2023-11-08'),
    [['2023-11-02', 1, 'reported']])
})

test('times of night: "late on Saturday", "Sunday night", "overnight into Monday", "in the early hours of Sunday", "last night"', () => {
  assert.deepEqual(dated('Gunmen stormed a church in the town of Owo in Ondo state late on Saturday, killing five worshippers, police said on Monday.', '2023-11-06'),
    [['2023-11-04', 1, 'reported']])
  assert.deepEqual(dated('Unknown gunmen killed three people in a bar in the town of Tumaco on Sunday night, the mayor said.', '2019-05-13'),
    [['2019-05-12', 1, 'reported']])
  // A night is coded on the evening's day, as ACLED codes it.
  assert.deepEqual(dated('KYIV, Nov 6 (Reuters) - Russian drones struck the port city of Odesa overnight into Monday, killing two people and damaging a museum, the regional governor said.', '2023-11-06'),
    [['2023-11-05', 1, 'reported']])
  assert.deepEqual(dated('Israeli air strikes hit a refugee camp in the central Gaza Strip in the early hours of Sunday, killing at least 20 people, health officials said.', '2023-11-06'),
    [['2023-11-05', 1, 'reported']])
  assert.deepEqual(dated('Gunmen opened fire on a bus shortly after midnight on Saturday near Zamfara, killing nine passengers.', '2023-11-07'),
    [['2023-11-04', 1, 'reported']])
  assert.deepEqual(dated('Protesters clashed with police in Tbilisi last night, throwing stones and fireworks at riot officers.', '2025-02-14'),
    [['2025-02-13', 1, 'reported']])
  assert.deepEqual(dated('A roadside bomb killed three soldiers in Helmand province this morning, an army spokesman said.', '2020-08-01'),
    [['2020-08-01', 1, 'reported']])
})

test('weeks, weekends and months: their middle with ACLED\'s precision, across a year\'s end too', () => {
  // Last week of a Wednesday story: Monday 30 October to Sunday 5 November, at its middle.
  assert.deepEqual(dated('ABUJA (Reuters) - Islamist militants attacked an army base in Borno state last week, killing seven soldiers, the army said on Wednesday.', '2023-11-08'),
    [['2023-11-02', 2, 'reported']])
  assert.deepEqual(dated('Police arrested 23 people in Lagos over the weekend after protests against fuel prices turned violent.', '2023-11-06'),
    [['2023-11-04', 2, 'reported']])
  assert.deepEqual(dated('Residents of Beni said on Monday that rebels had abducted 30 farmers near the town earlier this month.', '2023-11-20'),
    [['2023-11-15', 3, 'reported']])
  assert.deepEqual(dated('Security forces killed 12 protesters in Conakry last month, a rights group said on Tuesday.', '2024-01-02'),
    [['2023-12-15', 3, 'reported']])
  assert.deepEqual(dated('Police in Dhaka arrested 40 opposition activists on December 30 after clashes at a rally, a party spokesman said.', '2024-01-02'),
    [['2023-12-30', 1, 'reported']])
})

test('an attack named by its day ("Saturday\'s suicide bombing") keeps that day, not the day of the toll', () => {
  assert.deepEqual(dated('The death toll from Saturday\'s suicide bombing at a market in Maiduguri rose to 30 on Monday, officials said.', '2019-05-13'),
    [['2019-05-11', 1, 'reported']])
})

test('no date anywhere: the publication day with time precision 2, as ACLED codes a report\'s day standing for the event\'s', () => {
  assert.deepEqual(dated('Gunmen killed two traders on the road between Kaduna and Abuja, police said.', '2025-02-14'), [['2025-02-14', 2, 'reported']])
})

test('history beside the news keeps its own year and is marked background', () => {
  assert.deepEqual(dated('Protesters blocked roads in Santiago on Monday. In 2019, police killed 30 people during mass protests in the city.', '2023-11-08'),
    [['2023-11-06', 1, 'reported'], ['2019-07-01', 3, 'background']])
})

test('"The attack happened late on Saturday" in the next paragraph dates an act told with only the day of a statement', () => {
  assert.deepEqual(dated('At least 11 people were killed when gunmen attacked a wedding party in Zamfara state, police said on Monday.\n\nThe attack happened late on Saturday in the village of Kaura.', '2023-11-06'),
    [['2023-11-04', 1, 'reported']])
  // Twin: without it, the day of the statement stands.
  assert.deepEqual(dated('At least 11 people were killed when gunmen attacked a wedding party in Zamfara state, police said on Monday.', '2023-11-06'),
    [['2023-11-06', 1, 'reported']])
})

test('"The attack took place last week" dates a lead with no date of its own; a later "began" does not', () => {
  assert.deepEqual(dated('Islamist fighters killed 15 soldiers in an attack on a military base in western Niger, the defence ministry said.\n\nThe attack took place last week near the town of Tillaberi.', '2023-11-08'),
    [['2023-11-02', 2, 'reported']])
  // Twin: "began" may tell when a wider fighting started, not when this attack took place: the report's day stands.
  assert.deepEqual(dated('Islamist fighters killed 15 soldiers in an attack on a military base in western Niger, the defence ministry said.\n\nThe fighting in the region began last week, the ministry added.', '2023-11-08'),
    [['2023-11-08', 2, 'reported']])
})

test('"two days after Sunday\'s election", "on the eve of Sunday\'s election": counted from the day named right after', () => {
  assert.deepEqual(dated('Protesters clashed with police in Conakry two days after the disputed election on Sunday, killing one officer.', '2023-11-08'),
    [['2023-11-07', 1, 'reported']])
  assert.deepEqual(dated('Gunmen shot dead an opposition candidate in the town of Bauchi on the eve of Sunday\'s election, his party said.', '2023-11-08'),
    [['2023-11-04', 1, 'reported']])
  assert.deepEqual(found('Troops clashed with militants a day after the November 3 attack on a market.', '2023-11-08'),
    [['a day after the November 3', '2023-11-04', 1]])
  // Twin: set off by a comma, "on Sunday" is the act's own day, and "two days after the election" counts from no day told.
  assert.deepEqual(found('Protesters clashed with police two days after the election, on Sunday, killing one officer.', '2023-11-08'),
    [['Sunday', '2023-11-05', 1]])
  // Twin: "the eve of the election" with no day of the election is no date.
  assert.deepEqual(found('Gunmen shot dead an opposition candidate on the eve of the election.', '2023-11-08'), [])
})

test('"05/11/2023": day and month read in the order nearest publication', () => {
  assert.deepEqual(found('Gunmen attacked a bus near Kano on 05/11/2023, killing 4 passengers.', '2023-11-08'), [['05/11/2023', '2023-11-05', 1]])
  assert.deepEqual(found('Gunmen attacked a bus near Houston on 11/05/2023, killing 4 passengers.', '2023-11-08'), [['11/05/2023', '2023-11-05', 1]])
  // Twin: read day first, it would fall after publication; the month-first reading stands.
  assert.deepEqual(found('Gunmen attacked a bus near Kano on 05/11/2023, killing 4 passengers.', '2023-06-01'), [['05/11/2023', '2023-05-11', 1]])
})

test('"The previous night, militants had killed five farmers": the pluperfect with a day of its own is news of that day', () => {
  assert.deepEqual(dated('Soldiers raided the village of Goni on Tuesday. The previous night, militants had killed five farmers near the village.', '2023-11-08'),
    [['2023-11-07', 1, 'reported'], ['2023-11-06', 1, 'reported']])
  // Twin: with no day of its own, the pluperfect is the story's past, not coded.
  assert.deepEqual(dated('Soldiers raided the village of Goni on Tuesday. Militants had killed five farmers near the village.', '2023-11-08'),
    [['2023-11-07', 1, 'reported']])
})

test('"earlier in the week", "this past weekend", a Friday\'s "over the weekend": the days already past', () => {
  // A Friday story: this week up to Thursday, at its middle.
  assert.deepEqual(dated('Security forces shot dead two protesters in Conakry earlier in the week, an opposition party said on Friday.', '2023-11-10'),
    [['2023-11-07', 2, 'reported']])
  assert.deepEqual(dated('Rebels attacked two villages near Beni this past weekend, killing 17 civilians.', '2023-11-07'), [['2023-11-04', 2, 'reported']])
  // Told in the past on a Friday, the weekend is the one before, not tomorrow.
  assert.deepEqual(found('Rebels attacked villages over the weekend.', '2023-11-10'), [['over the weekend', '2023-11-04', 2]])
  // Twins: a weekend still to come is the next one; "in the week before the vote" names no week.
  assert.deepEqual(found('Protesters will march over the weekend.', '2023-11-10'), [['over the weekend', '2023-11-11', 2]])
  assert.deepEqual(found('Police shot two protesters in the week before the vote.', '2023-11-10'), [])
})

test('month-first day ranges: "November 3 and 4", "between Nov. 3 and 5, 2023" at their middle with precision 2', () => {
  assert.deepEqual(dated('Fighting between the army and rebels near Bunia on November 3 and 4 killed 12 people.', '2023-11-08'), [['2023-11-03', 2, 'reported']])
  assert.deepEqual(found('Clashes took place between Nov. 3 and 5, 2023.', '2023-11-10'), [['between Nov. 3 and 5, 2023', '2023-11-04', 2]])
  // Twin: a number after the day counts people, not days.
  assert.deepEqual(found('On November 3 and 4 soldiers were killed.', '2023-11-10'), [['November 3', '2023-11-03', 1]])
})

test('"April 15 last year": the year words after a yearless date give its year; "last year" alone stays a rough year', () => {
  // 2024-05-14 is a Tuesday.
  assert.deepEqual(found('Gunmen raided the village of Kouka on April 15 last year, killing four herders.', '2024-05-14'),
    [['April 15 last year', '2023-04-15', 1]])
  assert.deepEqual(found('Gunmen raided the village of Kouka on 3 March of last year.', '2024-05-14'), [['3 March of last year', '2023-03-03', 1]])
  assert.deepEqual(found('Gunmen raided the village of Kouka in early March last year.', '2024-05-14').map((r) => r[1]), ['2023-03-05'])
  // Twins: a yearless date alone is this year's; "last year" alone is the year before, at mid-year.
  assert.deepEqual(found('Gunmen raided the village of Kouka on April 15, killing four herders.', '2024-05-14'), [['April 15', '2024-04-15', 1]])
  assert.deepEqual(found('Gunmen raided the village of Kouka last year, killing four herders.', '2024-05-14'), [['last year', '2023-07-01', 3]])
  assert.deepEqual(dated('Gunmen raided the village of Kouka on April 15 last year, killing four herders, the mayor said on Monday.', '2024-05-14'),
    [['2023-04-15', 1, 'background']])
})

test('"February and March 2022": a month joined by "and", "or", "to" to a month with a year takes that year', () => {
  assert.deepEqual(found('Rebels shelled the camp at Kiwanja in February and March 2022.', '2023-05-10'),
    [['February', '2022-02-15', 3], ['March 2022', '2022-03-15', 3]])
  assert.deepEqual(found('Rebels shelled the camp at Kiwanja between 20 February and 2 March 2022.', '2023-05-10').map((r) => r[1]), ['2022-02-25'])
  assert.deepEqual(found('Rebels shelled the camp in December or January 2022.', '2023-05-10').map((r) => r[1]), ['2021-12-15', '2022-01-15'])
  // Twins: a month joined to a month with no year, or a year told for another thing, keeps its own year.
  assert.deepEqual(found('Rebels shelled the camp at Kiwanja in February and March.', '2023-05-10').map((r) => r[1]), ['2023-02-15', '2023-03-15'])
  assert.deepEqual(found('Rebels shelled the camp at Kiwanja in February and 2022 was worse.', '2023-05-10').map((r) => r[1]), ['2023-02-15'])
})

test('"they would march on Saturday": the future of a past telling is the coming weekday; a habit ("would gather every Friday") is not', () => {
  // 2024-05-14 is a Tuesday.
  assert.deepEqual(found('Union leaders said they would march in Koudougou on Saturday to protest against fuel prices.', '2024-05-14'),
    [['Saturday', '2024-05-18', 1]])
  assert.deepEqual(dated('Union leaders said they would march in Koudougou on Saturday to protest against fuel prices.', '2024-05-14'),
    [['2024-05-18', 1, 'planned']])
  // Twins: a habit of the past, a past told after "would", and a plain past keep the last such weekday.
  assert.deepEqual(found('Before the coup, traders would gather every Friday at the market.', '2024-05-14'), [['Friday', '2024-05-10', 1]])
  assert.deepEqual(found('The wounded soldier would later die on Saturday in hospital.', '2024-05-14'), [['Saturday', '2024-05-11', 1]])
  assert.deepEqual(found('Union leaders said they marched in Koudougou on Saturday.', '2024-05-14'), [['Saturday', '2024-05-11', 1]])
})

test('"they would march in the city to protest": an act that is the purpose of a future verb is planned; a past march is not', () => {
  // No day at all: only the tense says the protest has not happened.
  assert.deepEqual(dated('KOUDOUGOU, Burkina Faso - Union leaders said they would march in Koudougou to protest against fuel prices.', '2024-05-14'),
    [['2024-05-14', 2, 'planned']])
  // Twins: students who marched (a past verb between) protested, and so did those who gathered on Monday.
  assert.deepEqual(dated('KOUDOUGOU, Burkina Faso - Students marched in Koudougou to protest against fuel prices, police said on Monday.', '2024-05-14'),
    [['2024-05-13', 1, 'reported']])
  assert.deepEqual(dated('KOUDOUGOU, Burkina Faso - Leaders said they will punish students who gathered in Koudougou on Monday to protest against fuel prices.', '2024-05-14'),
    [['2024-05-13', 1, 'reported']])
})
