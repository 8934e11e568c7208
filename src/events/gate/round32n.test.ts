import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with round thirty-two of non-events (fixtures/unseen-none32.yaml): each rule's text beside a
// near-identical one where it must still fire. Texts written for these tests.
function run(text: string, published = '2025-05-27') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const rows = toRecords(doc).map((r) => [r.sub_event_type, r.status, r.event_date, r.fatalities])
  return { rows, rules: doc.messages.map((m) => m.rule) }
}

test('"The takeover battle for the copper mine heated up": a fight for a company', () => {
  const bid = run('LUSAKA, Zambia — The takeover battle for the copper mine heated up on Monday after a rival raised its offer.')
  assert.deepEqual(bid.rows, [])
  assert.ok(bid.rules.includes('figurative'))
  assert.deepEqual(run('LUSAKA, Zambia — The battle for the copper mine town of Solwezi heated up on Monday after rebels raised their flag.').rows,
    [['Armed clash', 'reported', '2025-05-26', 0]])
})

test('"troops must take on more of the fighting": a force\'s share of a war', () => {
  const share = run('MOGADISHU, Somalia — Officials said on Monday that Somali troops must take on more of the fighting against al-Shabaab.', '2025-04-22')
  assert.deepEqual(share.rows, [])
  assert.ok(share.rules.includes('figurative'))
  assert.deepEqual(run('MOGADISHU, Somalia — Somali troops took on al-Shabaab fighters in heavy fighting near Afgoye on Monday, officials said.', '2025-04-22').rows,
    [['Armed clash', 'reported', '2025-04-21', 0]])
})

test('"A new opera about the siege of Leningrad": a work about a war\'s past', () => {
  const opera = run('HELSINKI, Finland — A new opera about the siege of Leningrad received a standing ovation at its premiere on Monday.', '2025-01-28')
  assert.deepEqual(opera.rows, [])
  assert.ok(opera.rules.includes('false-friend'))
  assert.deepEqual(run('KHARKIV, Ukraine — The siege of Vovchansk by Russian forces tightened on Monday as troops shelled the town.', '2025-01-28').rows,
    [['Shelling/artillery/missile attack', 'reported', '2025-01-27', 0]])
})

test('"shot down ... by his own engineers\' reports": a minister undone by words', () => {
  const words = run('KAMPALA, Uganda — The works minister was shot down on Tuesday by his own engineers\' reports, an MP from Gulu said.', '2025-07-30')
  assert.deepEqual(words.rows, [])
  assert.ok(words.rules.includes('false-friend'))
  assert.deepEqual(run('JUBA, South Sudan — A military helicopter was shot down on Tuesday near Nasir, an army spokesman said.', '2025-07-30').rows,
    [['Disrupted weapons use', 'reported', '2025-07-29', 0]])
})

test('"the exercise ... simulated an attack by an enemy force and a counter-attack": a drill\'s scenario', () => {
  const drill = run('ALGIERS, Algeria — On Wednesday the exercise near Djelfa simulated an attack by an enemy force and a counter-attack by armoured units.', '2025-01-16')
  assert.deepEqual(drill.rows, [])
  assert.ok(drill.rules.includes('false-friend'))
  assert.deepEqual(run('BAMAKO, Mali — On Wednesday militants near Gao launched an attack on an army post and soldiers mounted a counter-attack.', '2025-01-16').rows,
    [['Armed clash', 'reported', '2025-01-15', 0]])
})

test('"Helicopter gunships fired rockets at targets" after a simulated assault: the drill\'s firing', () => {
  const drill = run('ALGIERS, Algeria — The drill near Djelfa simulated an assault on a defensive line. Helicopter gunships fired rockets at targets on a hillside on Wednesday.', '2025-01-16')
  assert.deepEqual(drill.rows, [])
  assert.ok(drill.rules.includes('false-friend'))
  assert.deepEqual(run('BAMAKO, Mali — Jihadists attacked a defensive line near Gao. Helicopter gunships fired rockets at their positions on a hillside on Wednesday.', '2025-01-16').rows,
    [['Air/drone strike', 'reported', '2025-01-15', 0]])
})

test('"The launch of the missile" after "would test-fire a missile": a weapon test announced', () => {
  const test_ = run('ISLAMABAD, Pakistan — The army said on Sunday it would test-fire a missile this week. The launch of the missile was intended to check its navigation system.', '2025-05-05')
  assert.deepEqual(test_.rows, [])
  assert.ok(test_.rules.includes('false-friend'))
  assert.deepEqual(run('KYIV, Ukraine — Russian forces struck Odesa overnight. The launch of the missile was detected by air defences on Sunday, the air force said.', '2025-05-05').rows,
    [['Shelling/artillery/missile attack', 'reported', '2025-05-04', 0]])
})

test('"towns are under blockade, with roads mined and convoys attacked": the state of towns cut off', () => {
  const cut = run('OUAGADOUGOU, Burkina Faso — At least 36 towns are under blockade, with roads mined and convoys attacked, the UN said on Monday.', '2025-03-04')
  assert.deepEqual(cut.rows, [])
  assert.ok(cut.rules.includes('false-friend'))
  assert.deepEqual(run('OUAGADOUGOU, Burkina Faso — Gunmen attacked a supply convoy near Djibo on Monday, the army said.', '2025-03-04').rows,
    [['Armed clash', 'reported', '2025-03-03', 0]])
})

test('"Survivors told investigators the killings lasted three days" after an indictment: the case\'s acts again', () => {
  const again = run('ARUSHA, Tanzania — According to the indictment, militiamen attacked people who had taken refuge in a church. Survivors told investigators the killings lasted three days.', '2025-06-19')
  assert.deepEqual(again.rows, [])
  assert.ok(again.rules.includes('court-finding'))
  assert.deepEqual(run('GOMA, Congo — Militiamen attacked people who had taken refuge in a church in Djugu on Monday. Survivors said the killings lasted three hours.', '2025-06-19').rows,
    [['Attack', 'reported', '2025-06-16', 0]])
})

test('"all but one of the people indicted by the tribunal had now been arrested, tried or confirmed dead": a tribunal\'s tally', () => {
  const tally = run('ARUSHA, Tanzania — The prosecutor said all but one of the people indicted by the tribunal had now been arrested, tried or confirmed dead.', '2025-06-19')
  assert.deepEqual(tally.rows, [])
  assert.ok(tally.rules.includes('false-friend'))
  assert.deepEqual(run('ARUSHA, Tanzania — Police said on Wednesday that they had arrested two opposition leaders in the town.', '2025-06-19').rows,
    [['Arrests', 'reported', '2025-06-18', 0]])
})
