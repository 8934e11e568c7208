import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with the long articles of fixtures/unseen-long40.yaml: background paragraphs, recaps, the
// teller's seat, a year span, an aside's future word, far context. Texts written for these tests.
function run(text: string, published = '2026-02-14') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc)
}
const brief = (rs: ReturnType<typeof run>) => rs.map((r) => [r.sub_event_type, r.status, r.event_date, r.location, r.fatalities])

test('"a paraglider dropped bombs on a monastery": an aircraft\'s bombs, an air strike (rule long40 paraglider)', () => {
  const glider = run('BANGKOK, Jan 19 (Reuters) - A military paraglider dropped bombs on a monastery in the village of Chaung U in Myanmar\'s Sagaing region on Friday, killing seven displaced people, residents said.', '2026-01-19')
  assert.deepEqual(glider.map((r) => [r.event_type, r.sub_event_type, r.event_date, r.fatalities]), [['Explosions/Remote violence', 'Air/drone strike', '2026-01-16', 7]])
  // Twin: fighters who flew in on paragliders and shot people did it on the ground, no air strike.
  const raid = run('Gunmen who crossed the fence on paragliders shot dead four guards at a farm near the border on Friday, police said.', '2026-01-19')
  assert.deepEqual(raid.map((r) => r.sub_event_type).includes('Air/drone strike'), false)
})

test('"Here is a summary: Russian drones killed one person in Kharkiv ...": a live page\'s recap tells no new event (rule long40 recap)', () => {
  const live = run([
    'KYIV, Feb 14 - These are the latest developments in the war in Ukraine.',
    '08:05 - Russian drones struck the city of Kharkiv overnight, killing one man and wounding nine people, the regional governor said.',
    '10:30 - Russian artillery shelled the town of Nikopol, wounding three people, the regional governor said.',
    '19:40 - That concludes our live coverage for today. Here is a summary: Russian drones killed one person in Kharkiv and shelling wounded three in Nikopol.',
  ].join('\n'))
  assert.deepEqual(live.map((r) => [r.sub_event_type, r.status, r.location, r.fatalities]),
    [['Air/drone strike', 'reported', 'Kharkiv', 1], ['Shelling/artillery/missile attack', 'reported', 'Nikopol', 0]])
})

test('"killing a 67-year-old woman and a 70-year-old man": two dead, the second age no wall (rule age-in-list)', () => {
  const two = run('Russian artillery shelled the town of Nikopol on Tuesday, killing a 67-year-old woman and a 70-year-old man, the governor said.')
  assert.deepEqual(brief(two), [['Shelling/artillery/missile attack', 'reported', '2026-02-10', 'Nikopol', 2]])
  // Twin: one person with an age is one.
  const one = run('Russian artillery shelled the town of Nikopol on Tuesday, killing a 67-year-old woman, the governor said.')
  assert.deepEqual(brief(one), [['Shelling/artillery/missile attack', 'reported', '2026-02-10', 'Nikopol', 1]])
})

test('"a community leader who reached the town of Macina said": the teller\'s seat, not the place of the killing (rule long40 teller-seat)', () => {
  const seat = run([
    'DAKAR, April 17 (AP) - Gunmen killed at least 30 people in a village in Mali\'s Segou region on Tuesday, survivors said.',
    'The attackers rounded up men in the village square and shot them, said a community leader who reached the town of Macina on Wednesday.',
  ].join('\n'), '2026-04-17')
  assert.deepEqual(seat.map((r) => [r.sub_event_type, r.event_date, r.fatalities, r.location === 'Macina']), [['Attack', '2026-04-14', 30, false]])
})

test('"deadly clashes between 2008 and 2011": a span of years, history, not the day of the report (rule year-span)', () => {
  const span = run([
    'BANGKOK, May 8 (Reuters) - Thai and Cambodian troops exchanged fire on the border on Thursday, killing three soldiers, officials said.',
    'The area around the Preah Vihear temple saw deadly clashes between 2008 and 2011, in which at least 28 people were killed.',
  ].join('\n'), '2026-05-08')
  assert.deepEqual(span.map((r) => [r.status, r.event_date, r.fatalities]), [['reported', '2026-05-07', 3], ['background', '2008-07-01', 28]])
  // Twin: "between 2000 and 3000 people" is a count, no year.
  const count = run('BANGKOK, May 8 (Reuters) - Clashes on the border on Thursday forced between 2000 and 3000 people to flee, and killed three soldiers, officials said.', '2026-05-08')
  assert.deepEqual(count.map((r) => [r.status, r.event_date]), [['reported', '2026-05-07']])
})

test('"who has said he will run next year, did not ...": the aside\'s future word does not make a past Monday a coming one (rule resumed-clause)', () => {
  const aside = run([
    'NAIROBI, July 14 (Reuters) - Police fired tear gas at stone-throwing youths in the town of Homa Bay on Monday.',
    'The governor, who has said he will run for the Senate next year, said Monday\'s riots left one man dead.',
  ].join('\n'), '2026-07-14')
  assert.deepEqual(aside.map((r) => [r.status, r.event_date]).filter(([s]) => s === 'planned'), [])
})

test('"did not comment on Monday\'s clashes": the subject of a comment, no new clash (rule long40 no-comment)', () => {
  // A long story of a funeral turned riot; the last line names the day's clashes again as what the president did not comment on.
  const comment = run([
    "NAIROBI, July 14 (Reuters) - Kenyan police fired tear gas and live rounds on Monday to disperse mourners who marched through the western town of Homa Bay after the funeral of a student shot dead at a protest last month, and one man was killed in the clashes that followed, witnesses and a hospital official said.",
    "Thousands of people attended the burial of Brian Odhiambo, 19, at his family's home in the village of Kanyadhiang outside Homa Bay in the morning. After the service, several hundred young men carried placards and branches into the town centre, chanting \"Ruto must go\" and blocking the main road with stones.",
    "Police in riot gear fired tear gas at the marchers near the county offices. Some of the youths threw stones at the officers and set fire to a police vehicle, a Reuters witness said. Police then fired live rounds, witnesses said.",
    "A doctor at the Homa Bay county referral hospital said a 24-year-old man had died of a gunshot wound to the chest and that seven other people were being treated for injuries. Police spokeswoman Muchiri Nyaga said officers had \"used reasonable force to protect lives and property\" and that three officers had been hurt by stones.",
    "Shops in the town centre stayed closed for the rest of the day and the clashes continued into the evening in the Shauri Yako area, residents said.",
    "Odhiambo was shot on June 25 during nationwide protests marking the anniversary of the storming of parliament in 2024, when police killed at least 60 people in demonstrations against tax rises. The rights group Amnesty Kenya said 16 people were killed across the country on June 25 this year.",
    "His family said he was shot in the back as he ran from police in Homa Bay. The police watchdog, the Independent Policing Oversight Authority, said it was investigating.",
    "\"My son was not a criminal. He went to ask for jobs and he came back in a coffin,\" his mother, Rose Akinyi, told mourners at the funeral.",
    "Opposition leaders called for calm and demanded that the officers who shot Odhiambo be charged. President William Ruto did not comment on Monday's clashes.",
  ].join('\n'), '2026-07-14')
  assert.deepEqual(comment.filter((r) => r.event_date === '2026-07-13').map((r) => [r.sub_event_type, r.status, r.location, r.fatalities]),
    [['Violent demonstration', 'reported', 'Homa Bay', 1]])
})

test('"11 people had been killed in Israeli strikes during the month": a monitor\'s monthly count, no strike (rule long40 month-total)', () => {
  const month = run([
    'BEIRUT, Nov 1 (AFP) - At least 412 people were killed in violence across Syria in October, a war monitor said on Saturday.',
    'It said 11 people had been killed in Israeli strikes during the month, mostly in the south.',
  ].join('\n'), '2026-11-01')
  assert.deepEqual(month.map((r) => r.sub_event_type), [])
  // Twin: a strike on a day of the month is one.
  const day = run('BEIRUT, Nov 1 (AFP) - An Israeli strike killed three people in the town of Beit Jinn on Friday, a war monitor said.', '2026-11-01')
  assert.deepEqual(day.map((r) => [r.sub_event_type, r.event_date, r.fatalities]), [['Air/drone strike', '2026-10-30', 3]])
})

test('"Rights groups have documented mass killings by both sides": a record of a period, no incident (rule long40 documented)', () => {
  const record = run([
    "DAKAR, Oct 10 (Reuters) - When Mali's soldiers seized power in August 2020, they promised to do what the civilians and the French had failed to do: defeat the jihadists. Five years and three coups later, the armies of Mali, Burkina Faso and Niger control less of their territory than ever, analysts, diplomats and residents say.",
    "THE MASSACRES",
    "Rights groups have documented mass killings by both the jihadists and the armies and their allies.",
    "In August 2024, JNIM fighters killed at least 200 people, many of them civilians digging trenches, in the town of Barsalogho in Burkina Faso. In Mali, soldiers and Russian fighters killed around 500 people in the village of Moura in March 2022, according to a United Nations report that the junta rejected.",
    "In Burkina Faso, the army and its civilian auxiliaries, the VDP, were accused by Human Rights Watch of killing more than 200 villagers in Nondin and Soro in February 2024.",
  ].join('\n'), '2026-10-10')
  assert.deepEqual(record.map((r) => [r.status, r.event_date, r.fatalities]), [['background', '2024-08-15', 200], ['background', '2022-03-15', 500]])
})

test('a statement far on ("said in a statement on Sunday ... while the bombing continued") is context: no new type, and it does not carry the story on (rules long40 far-statement, far-context)', () => {
  const far = run([
    "BANGKOK, Jan 19 (Reuters) - A military jet dropped two bombs on a crowded market in the town of Tabayin in Myanmar's Sagaing region on Friday, killing 18 people, residents said.",
    "The junta did not respond to calls seeking comment.",
    "The military has relied increasingly on air power since it lost ground to resistance forces.",
    "Aid groups said clinics in the area lacked medicines.",
    "The market reopened on Saturday, but fewer traders came.",
    "\"People are afraid to gather anywhere now,\" said a shopkeeper who lost two relatives in the strike.",
    "The junta plans to hold the second phase of its election on Jan. 25.",
    "The United Nations envoy for Myanmar said in a statement on Sunday that there could be no credible election while the bombing continued.",
  ].join('\n'), '2026-01-19')
  assert.deepEqual(far.map((r) => [r.sub_event_type, r.status, r.event_date, r.location, r.fatalities]), [['Air/drone strike', 'reported', '2026-01-16', 'Tabayin', 18]])
})

test('"moved several times to avoid air strikes": a danger shunned, no strike (rule long40 avoid)', () => {
  const shunned = run([
    'ABUJA, June 3 (Reuters) - Twenty-two villagers kidnapped by gunmen in Nigeria\'s Zamfara state more than a year ago have been freed, police said on Wednesday.',
    'Freed captives told relatives that they had been held in the Dansadau forest and moved several times to avoid air strikes.',
  ].join('\n'), '2026-06-03')
  assert.deepEqual(shunned.map((r) => r.sub_event_type).filter((s) => s === 'Air/drone strike'), [])
  // Twin: a strike that hit the camp is one.
  const hit = run('ABUJA, June 3 (Reuters) - An air strike hit a gang camp in the Dansadau forest in Zamfara state on Monday, killing nine gunmen, the air force said.', '2026-06-03')
  assert.deepEqual(hit.map((r) => [r.sub_event_type, r.event_date, r.fatalities]), [['Air/drone strike', '2026-06-01', 9]])
})
