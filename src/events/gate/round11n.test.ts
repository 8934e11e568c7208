import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with round eleven of non-events (fixtures/unseen-none11.yaml): each rule's text beside a
// near-identical one where it must not fire. Texts written for these tests.
function run(text: string, title: string | null = null, published = '2025-06-10') {
  const doc = extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const rows = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.event_date, r.location])
  return { rows, rules: doc.messages.map((m) => m.rule) }
}

test('"opened fire on each other with cut-price tickets", "bombarded the Italian with flat returns": a price war and a tennis rally', () => {
  const fares = run('KIGALI, Rwanda — Two budget airlines opened fire on each other with cut-price tickets on Monday.')
  assert.deepEqual(fares.rows, [])
  assert.ok(fares.rules.includes('false-friend'))
  assert.deepEqual(run('MELBOURNE, Australia — Medvedev bombarded the Italian with deep, flat returns on Monday.').rows, [])
  assert.deepEqual(run('KIGALI, Rwanda — Soldiers opened fire on protesters in Kigali on Monday.').rows.map((r) => r[0]), ['Excessive force against protesters'])
})

test('golf: "fired a 7-under-par 64", "attacked the flags from the first hole"', () => {
  const golf = run('LOUISVILLE, Kentucky — Schauffele fired a 7-under-par 64 at Valhalla on Monday. He attacked the flags from the first hole.')
  assert.deepEqual(golf.rows, [])
  assert.ok(golf.rules.includes('false-friend'))
})

test('"a phishing attack that emptied accounts", "seized control of their wallets": fraud online', () => {
  const phishing = run('KAMPALA, Uganda — A gang targeted 4,000 mobile money users in a phishing attack on Monday and seized control of their wallets, police said.')
  assert.deepEqual(phishing.rows, [])
  assert.ok(phishing.rules.includes('false-friend'))
  assert.deepEqual(run('KAMPALA, Uganda — A gang attacked 40 villagers in Kampala on Monday, police said.').rows.map((r) => r[0]), ['Attack'])
})

test('"water-bombing planes attacked wildfires": aircraft fighting fires, no bombing', () => {
  const fire = run('ATHENS, Greece — Water-bombing planes attacked wildfires west of Athens on Monday.')
  assert.deepEqual(fire.rows, [])
  assert.ok(fire.rules.includes('false-friend'))
})

test('"ships hit by Chinese water cannon": vessels at sea, no protest dispersed', () => {
  const sea = run('MANILA, Philippines — The coast guard, whose ships were hit by Chinese water cannon near Second Thomas Shoal on Monday, has 20 vessels.')
  assert.ok(!sea.rows.some((r) => r[0] === 'Protest with intervention'))
  assert.ok(sea.rules.includes('false-friend'))
  assert.deepEqual(run('MANILA, Philippines — Police used water cannon on protesters in Manila on Monday.').rows.map((r) => r[0]), ['Protest with intervention'])
})

test('"evacuated schools after bomb hoaxes", "defused a Second World War bomb": no disorder and no weapon of today', () => {
  const hoax = run('BELGRADE, Serbia — Police evacuated 60 schools after bomb hoaxes on Monday.')
  assert.deepEqual(hoax.rows, [])
  assert.ok(hoax.rules.includes('false-friend'))
  const ww2 = run('COLOGNE, Germany — Experts defused a Second World War bomb in Cologne on Monday.')
  assert.deepEqual(ww2.rows, [])
  assert.ok(ww2.rules.includes('false-friend'))
  assert.deepEqual(run('MOGADISHU, Somalia — Soldiers defused a roadside bomb planted by al-Shabaab near Afgoye on Monday.').rows.map((r) => r[0]), ['Disrupted weapons use'])
})

test('"an activist fund ... demanding the removal of three directors": a shareholders\' fight, no protest', () => {
  const fund = run('LAGOS, Nigeria — An activist fund wrote to the bank\'s shareholders on Monday demanding the removal of three directors.')
  assert.deepEqual(fund.rows, [])
  assert.ok(fund.rules.includes('false-friend'))
})

test('"praised the battalion for continuing patrols", "returning to base after a routine patrol": no new activity', () => {
  const praise = run('NAQOURA, Lebanon — The commander praised the Ghanaian battalion on Monday for continuing patrols near the Blue Line.')
  assert.deepEqual(praise.rows, [])
  assert.ok(praise.rules.includes('false-friend'))
  assert.deepEqual(run('TAMALE, Ghana — The soldiers were returning to their base in Tamale on Monday after a routine patrol.').rows, [])
})

test('"an epic about the siege of Constantinople bombed at the box office": a film\'s takings', () => {
  const film = run('LOS ANGELES — An epic about the siege of Constantinople bombed at the box office in its opening weekend.', null, '2025-06-09')
  assert.deepEqual(film.rows, [])
  assert.ok(film.rules.includes('false-friend'))
})

test('"killed in battle in the seventh century", "some who have fought in Ukraine", "colonial forces": history', () => {
  const century = run('KARBALA, Iraq — Pilgrims walked to the shrine of Imam Hussein, killed in battle in the seventh century, on Monday.')
  assert.deepEqual(century.rows, [])
  assert.ok(century.rules.includes('history'))
  const veterans = run('MOSCOW, Russia — About 9,000 troops will march on Thursday, including some who have fought in Ukraine, the ministry said.')
  assert.ok(!veterans.rows.some((r) => r[0] === 'Violent demonstration' || r[0] === 'Armed clash'))
  assert.ok(veterans.rules.includes('history'))
  const colonial = run('NAIROBI, Kenya — The claimants say they were beaten by colonial forces in detention camps, their lawyers said on Monday.')
  assert.deepEqual(colonial.rows, [])
  assert.ok(colonial.rules.includes('history'))
})

test('"people killed when two dams burst": the dams are the cause', () => {
  const dams = run('DERNA, Libya — The number of people killed when two dams burst above Derna passed 5,000 on Monday, officials said.')
  assert.deepEqual(dams.rows, [])
  assert.ok(dams.rules.includes('non-human-cause'))
})

test('"militants have attacked miners in the past.": no day, a pattern, not one attack', () => {
  const past = run('QUETTA, Pakistan — Balochistan is the scene of an insurgency, and militants have attacked miners in the past.')
  assert.deepEqual(past.rows, [])
  assert.ok(past.rules.includes('habitual'))
  assert.deepEqual(run('QUETTA, Pakistan — Militants attacked miners near Harnai in the past week, killing five.').rows.map((r) => r[0]), ['Attack'])
})

test('"said arrests would follow", "the army is deployed in the north", forces "deployed to secure the route": nothing done today', () => {
  const later = run('KAMPALA, Uganda — Detectives have identified nine suspects and said arrests would follow.')
  assert.deepEqual(later.rows, [])
  assert.ok(later.rules.includes('false-friend'))
  const standing = run('TAMALE, Ghana — The army is deployed in the north under Operation Conquered Fist to guard against jihadist violence.')
  assert.deepEqual(standing.rows, [])
  assert.ok(standing.rules.includes('false-friend'))
  const route = run('KARBALA, Iraq — Some 60,000 police and soldiers were deployed to secure the route on Monday.')
  assert.deepEqual(route.rows, [])
  assert.ok(route.rules.includes('routine-security'))
})

test('tennis: "long battles in the earlier rounds" in a Grand Slam final report', () => {
  const tennis = run('MELBOURNE, Australia — Sinner won the Grand Slam final on Sunday after breaking serve twice. Medvedev said he was tired after long battles in the earlier rounds.')
  assert.deepEqual(tennis.rows, [])
})

test('a sense that looks through the whole sentence: "evacuated 60 schools ... after they received emailed bomb threats", a war-time bomb defused', () => {
  const hoax = run('BELGRADE, Serbia — Police evacuated more than 60 schools across Serbia on Monday after they received emailed bomb threats.')
  assert.deepEqual(hoax.rows, [])
  assert.ok(hoax.rules.includes('false-friend'))
  const ww2 = run('COLOGNE, Germany — Some 20,000 people were evacuated on Monday while experts defused a 1,000-kilogram American bomb from the Second World War.')
  assert.deepEqual(ww2.rows, [])
  assert.ok(ww2.rules.includes('false-friend'))
  assert.deepEqual(run('MOGADISHU, Somalia — Soldiers defused a 50-kilogram roadside bomb planted by al-Shabaab fighters on the main road near Afgoye on Monday.').rows.map((r) => r[0]), ['Disrupted weapons use'])
})

test('"held a rally in Kisumu" in an election-campaign story: electioneering, unless the rally is against something', () => {
  const story = 'NAIROBI, Kenya — Kenyans vote on August 9 in a close election, polls show. The opposition candidate, whose campaign says voters want change, '
  const rally = run(story + 'held a rally in Kisumu on Monday.')
  assert.deepEqual(rally.rows, [])
  assert.ok(rally.rules.includes('campaign-event'))
  assert.deepEqual(run(story + 'held a rally against the electoral commission in Kisumu on Monday.').rows.map((r) => r[0]), ['Peaceful protest'])
})
