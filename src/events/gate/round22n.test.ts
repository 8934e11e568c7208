import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with round twenty-two of non-events (fixtures/unseen-none22.yaml): each rule's text beside a
// near-identical one where it must still fire. Texts written for these tests.
function run(text: string, title: string | null = null, published = '2025-10-21') {
  const doc = extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const rows = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities])
  return { rows, rules: doc.messages.map((m) => m.rule), doc }
}

test('"aid groups appealed on Tuesday for food ... after gunmen raided it on Sunday": a plea, no court\'s appeal', () => {
  assert.deepEqual(run('WARRI, Nigeria — Charities appealed on Tuesday for blankets for 3,000 people who fled a fishing village in Delta State after gunmen raided it on Sunday, killing four residents.').rows,
    [['Attack', 'reported', '2025-10-19', 4]])
  // An appeal against a conviction is a court case: the killing it is about is no new act.
  const court = run('WARRI, Nigeria — Two men on Tuesday appealed against their conviction for a raid in which gunmen killed four residents of a fishing village in Delta State.')
  assert.deepEqual(court.rows, [])
  assert.ok(court.rules.includes('court-proceeding'))
})

test('"signed a contract to buy 180 battle tanks", "ordered tanks, artillery and attack helicopters": weapons bought, no battle or shelling', () => {
  const tanks = run('BUCHAREST, Romania — Romania signed a contract on Friday to buy 54 battle tanks from the United States, the defence ministry said.', null, '2025-03-28')
  assert.deepEqual(tanks.rows, [])
  assert.ok(tanks.rules.includes('false-friend'))
  const list = run('BUCHAREST, Romania — The defence ministry said on Friday it had also ordered tanks, artillery and attack helicopters for a new division.', null, '2025-03-28')
  assert.deepEqual(list.rows, [])
  assert.ok(list.rules.includes('no-firing'))
  // Troops who battled rebels fought.
  assert.deepEqual(run('GOMA, Congo — Soldiers battled M23 rebels near Sake on Friday, the army said.', null, '2025-03-28').rows.map((r) => r[0]),
    ['Armed clash'])
})

test('"walked out after a heated clash with the Senate President over the budget": a row with a politician', () => {
  const row = run('LAGOS, Nigeria — Opposition lawmakers walked out of the Lagos State assembly on Wednesday after a heated clash with the Speaker over the budget.', null, '2025-02-20')
  assert.deepEqual(row.rows, [])
  assert.ok(row.rules.includes('debate'))
  // A clash with the Speaker's guards is no row.
  assert.deepEqual(run('LAGOS, Nigeria — Gunmen clashed with the Speaker\'s guards outside his home in Ikeja on Wednesday, killing one of them, police said.', null, '2025-02-20').rows.map((r) => r[0]),
    ['Armed clash'])
})

test('"Walkouts are a common form of protest by minority lawmakers": a kind of protest named, none held', () => {
  const kind = run('NAIROBI, Kenya — Walkouts are a common form of protest by minority lawmakers in the county assembly.', null, '2025-02-20')
  assert.deepEqual(kind.rows, [])
  assert.ok(kind.rules.includes('topic'))
  assert.deepEqual(run('NAIROBI, Kenya — Hundreds of traders held a protest outside the county assembly in Nairobi on Thursday over new market fees.', null, '2025-02-20').rows.map((r) => r[0]),
    ['Peaceful protest'])
})

test('"gathered on Friday to mark 30 years since soldiers killed 200 villagers", "was 19 when he was killed": the past remembered', () => {
  const marked = run('KIGOMA, Tanzania — Hundreds of people gathered at a hillside cemetery on Friday to mark 30 years since soldiers killed about 200 villagers in the valley.', null, '2025-07-11')
  assert.deepEqual(marked.rows, [])
  assert.ok(marked.rules.includes('looked-back'))
  const age = run('KIGOMA, Tanzania — The remains of six victims were reburied at the cemetery in 2019. The youngest was 17 when he was killed.', null, '2025-07-11')
  assert.deepEqual(age.rows, [])
  assert.ok(age.rules.includes('age-at-death'))
  // Soldiers who killed villagers on Friday did.
  assert.deepEqual(run('KIGOMA, Tanzania — Soldiers killed about 20 villagers in the valley on Friday, residents said.', null, '2025-07-11').rows.map((r) => [r[0], r[3]]),
    [['Attack', 20]])
})

test('"many found their houses destroyed": a state met on return, no destruction told', () => {
  const found = run('GENEVA — About 400,000 Iraqis returned to their towns this year, though many found their houses destroyed, the agency said.', null, '2025-06-12')
  assert.deepEqual(found.rows, [])
  assert.ok(found.rules.includes('found-ruined'))
  assert.deepEqual(run('MOSUL, Iraq — Militants destroyed 30 houses in a village near Mosul on Monday, police said.', null, '2025-06-12').rows.map((r) => r[0]),
    ['Looting/property destruction'])
})

test('"after supporters lit flares and threw bottles at the previous meeting": the act of an earlier game', () => {
  const earlier = run('TUNIS, Tunisia — The two clubs met behind closed doors on Saturday.\nThe association ordered the game to be played without fans after supporters of both clubs lit flares and threw bottles at the previous meeting in the spring.\nLeague games have been played largely without crowds since 2015, when 12 fans died in a riot at a stadium in Sfax.', null, '2025-11-30')
  assert.deepEqual(earlier.rows, [])
  assert.ok(earlier.rules.includes('earlier-occasion'))
  assert.deepEqual(run('TUNIS, Tunisia — Supporters lit flares and threw bottles at police outside the stadium in Rades on Saturday, police said.', null, '2025-11-30').rows.map((r) => r[0]),
    ['Mob violence'])
})

test('"residents were warned to expect loud explosions during the exercise": a drill\'s noise', () => {
  const drill = run('TAPA, Estonia — Residents were warned to expect loud explosions and road closures during the exercise, which ends on September 30.', null, '2025-09-16')
  assert.deepEqual(drill.rows, [])
  assert.ok(drill.rules.includes('false-friend'))
})

test('"Fighting has continued in several areas since then": a lasting war, no clash of a day', () => {
  const since = run('DOHA, Qatar — The two sides agreed on a joint statement earlier this month. Fighting has continued in several areas since then, each side accusing the other of breaking it.', null, '2025-04-29')
  assert.deepEqual(since.rows.filter((r) => r[0] === 'Armed clash'), [])
  assert.ok(since.rules.includes('war-length'))
  assert.deepEqual(run('GOMA, Congo — Fighting broke out between the army and M23 rebels near Sake on Monday and has continued since then, residents said.', null, '2025-04-29').rows.map((r) => [r[0], r[2]]),
    [['Armed clash', '2025-04-28']])
})

test('"saying that years of attacks had left thousands of people displaced": a campaign\'s toll, no flight of the day', () => {
  const toll = run('MAKURDI, Nigeria — Farmers gathered at a church in Makurdi on Friday. Their leaders called for help, saying that years of attacks in Benue State had left thousands of people displaced.', null, '2025-03-07')
  assert.deepEqual(toll.rows.filter((r) => r[0] === 'Other'), [])
  assert.ok(toll.rules.includes('campaign-subject'))
})

test('"stormed the mall on a Saturday afternoon": some Saturday, not the last one', () => {
  const some = run('MOMBASA, Kenya — The court heard on Thursday that three gunmen had stormed the hotel on a Saturday afternoon and held it for two days.', null, '2025-11-20')
  assert.deepEqual(some.doc.dates.map((d) => [d.text, d.day]), [['Thursday', '2025-11-20']])
  // "on Saturday" is the last one.
  assert.deepEqual(run('MOMBASA, Kenya — Three gunmen stormed a hotel in Mombasa on Saturday afternoon and held it for hours before police killed them.', null, '2025-11-20').rows.map((r) => r[2]),
    ['2025-11-15'])
})
