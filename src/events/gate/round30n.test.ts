import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with round thirty of non-events (fixtures/unseen-none30.yaml): each rule's text beside a
// near-identical one where it must still fire. Texts written for these tests.
function run(text: string, published = '2025-06-06', title: string | null = null) {
  const doc = extract({ article: { id: 't', title, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const rows = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities])
  return { rows, rules: doc.messages.map((m) => m.rule) }
}

test('"shot down a proposal", "fired blank rounds from replica rifles": a vote and a show, no weapon used', () => {
  const vote = run('WELLINGTON, New Zealand — The chamber shot down a proposal from the Greens to ban betting adverts on Thursday.')
  assert.deepEqual(vote.rows, [])
  assert.ok(vote.rules.includes('false-friend'))
  assert.deepEqual(run('KHARKIV, Ukraine — Air defence units shot down a drone over Kharkiv on Thursday, the regional governor said.').rows,
    [['Disrupted weapons use', 'reported', '2025-06-05', 0]])
  assert.deepEqual(run('ISANDLWANA, South Africa — In the re-enactment on Saturday, a line of men in red coats fired blank rounds from replica rifles as about 800 warriors charged across the plain.', '2025-01-26').rows, [])
  assert.deepEqual(run('GAO, Mali — Soldiers fired on a crowd in Gao on Saturday, killing two people, witnesses said.', '2025-06-09').rows,
    [['Attack', 'reported', '2025-06-07', 2]])
})

test('"the film\'s climactic battle scene", "a harm that destroys families", "tried to destroy my name": words of a film, a charity, a lawsuit', () => {
  assert.deepEqual(run('LOS ANGELES — Critics mocked the film\'s climactic battle scene, in which the crew destroys an alien fleet.', '2025-07-14').rows, [])
  assert.deepEqual(run('FASHER, Sudan — A battle between the army and the RSF near El Fasher killed 12 fighters on Sunday.', '2025-07-14').rows,
    [['Armed clash', 'reported', '2025-07-13', 12]])
  assert.deepEqual(run('WELLINGTON, New Zealand — "Parliament could have tackled a harm that destroys families," a charity head said on Thursday.').rows, [])
  assert.deepEqual(run('LAGOS, Nigeria — "Today the truth has won. They tried to destroy my name and they have failed," the senator told reporters on the court steps on Wednesday, surrounded by supporters.', '2025-03-06').rows, [])
  assert.deepEqual(run('GOMA, Congo — Militiamen destroyed homes in a village near Goma on Thursday, residents said.').rows,
    [['Looting/property destruction', 'reported', '2025-06-05', 0]])
})

test('scouts and a parade march, no protest; "No picket lines or demonstrations were reported"; "the walkout would cost"', () => {
  assert.deepEqual(run('ACCRA, Ghana — A patrol leader said her group had marched along the beach singing on Saturday.', '2025-09-15').rows, [])
  assert.deepEqual(run('ACCRA, Ghana — Hundreds of traders marched along the beach road on Saturday to demand lower market fees.', '2025-09-15').rows,
    [['Peaceful protest', 'reported', '2025-09-13', 0]])
  assert.deepEqual(run('TAMALE, Ghana — Thousands of soldiers, sailors and airmen marched through the main square in Tamale on Sunday in a parade to mark the anniversary of the armed forces, watched by families who filled the stands.', '2025-05-26').rows, [])
  const none = run('ROTTERDAM, Netherlands — Dockers stayed at home on Tuesday. No picket lines or demonstrations were reported at the port.', '2025-05-14')
  assert.deepEqual(none.rows, [])
  assert.ok(none.rules.includes('false-friend'))
  assert.deepEqual(run('ROTTERDAM, Netherlands — Dockers stayed at home on Tuesday. Demonstrations were reported at the port gates.', '2025-05-14').rows,
    [['Peaceful protest', 'reported', '2025-05-13', 0]])
  const stoppage = run('ROTTERDAM, Netherlands — The employers said the walkout would cost the port millions of euros.', '2025-05-14')
  assert.deepEqual(stoppage.rows, [])
  assert.ok(stoppage.rules.includes('walkout'))
  assert.deepEqual(run('ROTTERDAM, Netherlands — The walkout drew about 300 strikers who gathered outside the port gates on Tuesday.', '2025-05-14').rows,
    [['Peaceful protest', 'reported', '2025-05-13', 0]])
})

test('"Mediators appointed by the government", "lawmakers clashed over the defence budget", "urged both sides to agree on a ceasefire"', () => {
  assert.deepEqual(run('ROTTERDAM, Netherlands — Mediators appointed by the government will meet both sides on Thursday.', '2025-05-14').rows, [])
  assert.deepEqual(run('GAO, Mali — JNIM appointed a new commander for the Gao region on Monday, a local official said.', '2025-05-14').rows,
    [['Change to group/activity', 'reported', '2025-05-12', 0]])
  const chamber = run('CAPE TOWN, South Africa — South African lawmakers clashed on Wednesday over the defence budget, with the opposition warning that cuts had left the army unable to guard the borders.', '2025-07-10')
  assert.deepEqual(chamber.rows, [])
  assert.ok(chamber.rules.includes('debate'))
  assert.deepEqual(run('LAGOS, Nigeria — Protesters clashed with police in Lagos on Wednesday, witnesses said.', '2025-07-10').rows,
    [['Violent demonstration', 'reported', '2025-07-09', 0]])
  assert.deepEqual(run('PATTANI, Thailand — Negotiators for the government and the BRN rebels met on Thursday, and civic groups urged both sides to agree on a ceasefire before the fasting month.', '2025-02-21').rows, [])
  assert.deepEqual(run('KUALA LUMPUR, Malaysia — The talks included the BRN, which has fought for greater autonomy for the southern provinces.', '2025-02-21').rows, [])
  assert.deepEqual(run('PATTANI, Thailand — BRN fighters fought soldiers near a village in Pattani on Thursday, the army said.', '2025-02-21').rows,
    [['Armed clash', 'reported', '2025-02-20', 0]])
})

test('old munitions: "a heavily rusted shell was dug up", "destroyed it in a controlled explosion"; mines taught, not laid', () => {
  assert.deepEqual(run('HONIARA, Solomon Islands — A heavily rusted shell was dug up by builders at a school on Tuesday.', '2025-11-12').rows, [])
  assert.deepEqual(run('HONIARA, Solomon Islands — Builders found a rusted shell from the Second World War on Tuesday. Police took it to the coast on Wednesday and destroyed it in a controlled explosion.', '2025-11-13').rows, [])
  assert.deepEqual(run('HONIARA, Solomon Islands — Army shells hit a village near Honiara on Tuesday, killing three people.', '2025-11-12').rows,
    [['Shelling/artillery/missile attack', 'reported', '2025-11-11', 3]])
  assert.deepEqual(run('HONIARA, Solomon Islands — Police destroyed a bomb planted at the central market in a controlled explosion on Tuesday.', '2025-11-12').rows,
    [['Disrupted weapons use', 'reported', '2025-11-11', 0]])
  assert.deepEqual(run('PHNOM PENH, Cambodia — Pupils had lessons on how to recognise and avoid landmines on Friday.', '2025-04-05').rows, [])
  assert.deepEqual(run('PHNOM PENH, Cambodia — A landmine killed two farmers ploughing a field near Battambang on Friday, police said.', '2025-04-05').rows,
    [['Remote explosive/landmine/IED', 'reported', '2025-04-04', 2]])
})

test('an exercise and a history told: "stormed a beach ... military exercise", "drills at a range", "stormed by the Ottomans", a siege\'s holiday', () => {
  assert.deepEqual(run('SATTAHIP, Thailand — Marines stormed a beach on Tuesday in a landing that opened an annual multinational military exercise.', '2025-03-05').rows,
    [['Change to group/activity', 'reported', '2025-03-04', 0]])
  assert.deepEqual(run('KIDAL, Mali — Gunmen stormed a hotel in Kidal on Tuesday, killing three guests.', '2025-03-05').rows,
    [['Attack', 'reported', '2025-03-04', 3]])
  assert.deepEqual(run('LOPBURI, Thailand — The exercise includes live-fire drills at a range and a scenario in which troops practise evacuating villagers.', '2025-03-05').rows, [])
  assert.deepEqual(run('VALLETTA, Malta — The galleries at Fort St Elmo, which was itself stormed and taken by the Ottomans after a month of bombardment during the siege, display armour and a model showing how the attackers dug trenches towards the walls.', '2025-09-09').rows, [])
  assert.deepEqual(run('VALLETTA, Malta — Victory Day, a national holiday on Monday, marks the lifting of the siege.', '2025-09-09').rows, [])
  assert.deepEqual(run('ALEPPO, Syria — Rebels laid siege to the town on Monday, cutting the road to Aleppo.', '2025-09-09').rows,
    [['Armed clash', 'reported', '2025-09-08', 0]])
})

test('"strengthen the navy\'s ability to patrol the disputed waters": a capacity bought, no patrol begun', () => {
  assert.deepEqual(run('MANILA, Philippines — The jets will strengthen the navy\'s ability to patrol the disputed waters, the minister said on Wednesday.', '2025-07-03').rows, [])
  assert.deepEqual(run('MANILA, Philippines — Navy ships began patrols in the disputed waters on Wednesday, the minister said.', '2025-07-03').rows,
    [['Change to group/activity', 'reported', '2025-07-02', 0]])
})
