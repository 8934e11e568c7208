import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with the twenty-fifth round of whole articles (fixtures/unseen25.yaml). Texts written for these tests.
function run(text: string, published = '2025-06-11') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc)
}
const kinds = (rs: ReturnType<typeof run>) => rs.map((r) => [r.event_type, r.sub_event_type, r.status])

test('"freed three of the hostages after an exchange of fire": the captives freed are no abduction by the troops; the fire is a clash (rule freed-captives)', () => {
  const freed = run([
    'DOUALA, June 11 (AFP) - Jihadist fighters abducted nine farmers in a raid on a village near the town of Kolofata in the Far North region on Sunday, a local official said.',
    'Soldiers chased the kidnappers towards the border on Monday and freed four of the hostages after an exchange of fire, the official said.',
  ].join('\n'))
  assert.deepEqual(freed.map((r) => [r.sub_event_type, r.event_date, r.actor1]), [
    ['Abduction/forced disappearance', '2025-06-08', 'Unidentified Armed Group (Cameroon)'],
    ['Armed clash', '2025-06-09', 'Military Forces of Cameroon (1982-)'],
  ])
})

test('"police said, blaming al Shabaab militants": the group blamed in the act\'s sentence is its doer, never the side hit (rule blamed-not-target)', () => {
  const blamed = run('GARISSA, Kenya, June 11 (Reuters) - Two Kenyan police officers were killed when their vehicle hit a roadside bomb near the town of Hulugho on Tuesday, police said, blaming al Shabaab militants.')
  assert.deepEqual(blamed.map((r) => [r.sub_event_type, r.actor1, r.actor2, r.fatalities]), [['Remote explosive/landmine/IED', 'Al Shabaab', 'Police Forces of Kenya (2022-)', 2]])
  // Twin: the group named as the side fought, with no blame word, stays the side hit.
  const fought = run('GARISSA, Kenya, June 11 (Reuters) - Kenyan police officers killed two al Shabaab militants in a gunfight near the town of Hulugho on Tuesday, police said.')
  assert.deepEqual(fought.map((r) => [r.sub_event_type, r.actor1, r.actor2]), [['Armed clash', 'Police Forces of Kenya (2022-)', 'Al Shabaab']])
})

test('"SPLA-IO spokesman Lam Paul Gabriel said": a lower-case job word before a full name makes its first word a person, no town (rule job-before-name)', () => {
  const spokesman = run([
    'JUBA, June 11 (Reuters) - South Sudan\'s army and opposition forces clashed in Ayod county in Jonglei state on Tuesday, officials said.',
    'SPLA-IO spokesman Lam Paul Gabriel said the army had started the fighting by shelling opposition positions near the town, and that his forces had killed 30 soldiers.',
  ].join('\n'))
  assert.deepEqual(spokesman.map((r) => [r.sub_event_type, r.location, r.event_date]), [['Armed clash', 'Jonglei', '2025-06-10']])
})

test('"called on both sides to stop fighting": a plea to end the fighting is no clash of its own (rule ended-before)', () => {
  const plea = run('JUBA, June 11 (Reuters) - The United Nations mission in South Sudan called on both sides to stop fighting and to protect civilians.')
  assert.deepEqual(kinds(plea), [])
  // Twin: fighting told as news stays a clash.
  const news = run('JUBA, June 11 (Reuters) - Fighting broke out between the army and opposition forces in the town of Ulang on Monday, officials said.')
  assert.deepEqual(news.map((r) => r.sub_event_type), ['Armed clash'])
})

test('"the attack was the work of a desperate few", seven sentences on: the only act of the story named again, no new attack (rule lone-act-named)', () => {
  const lone = run([
    'SRINAGAR, India, June 11 (Reuters) - Suspected militants threw a grenade at a police patrol in the town of Baramulla on Tuesday, wounding six civilians, police said.',
    'Troops sealed off the market.',
    'Shops stayed shut on Wednesday.',
    'Traders counted their losses.',
    'The town lies in the north of the valley.',
    'Residents said it had been calm for months.',
    'Schools reopened in the afternoon.',
    'A police officer told reporters that the attack was the work of a small cell and that the people responsible would soon be caught.',
    'A similar grenade attack on a market in Srinagar in November last year wounded 12 people.',
  ].join('\n'))
  assert.deepEqual(lone.map((r) => [r.sub_event_type, r.status, r.location]), [['Grenade', 'reported', 'Bāramūla'], ['Grenade', 'background', 'Srinagar']])
})

test('"attacks on soldiers and on migrant workers from other parts of India have continued": acts that go on, a trend (rule trend)', () => {
  const trend = run([
    'SRINAGAR, India, June 11 (Reuters) - Suspected militants threw a grenade at a police patrol in the town of Baramulla on Tuesday, wounding six civilians, police said.',
    'Troops sealed off the market.',
    'Shops stayed shut on Wednesday.',
    'A similar grenade attack on a market in Srinagar in November last year wounded 12 people.',
    'Violence has eased in recent years, but attacks on soldiers and on migrant workers from other parts of India have continued, particularly in the Jammu region in the south.',
  ].join('\n'))
  assert.deepEqual(trend.map((r) => [r.sub_event_type, r.status, r.location]), [['Grenade', 'reported', 'Bāramūla'], ['Grenade', 'background', 'Srinagar']])
})

test('"La Familia Michoacana has been fighting a rival group for the region\'s drug routes": a war that goes on, no clash of the day (rule running-fight)', () => {
  const running = run([
    'MEXICO CITY, June 11 (Reuters) - Gunmen shot dead two farmers in the town of San Miguel Totolapan in Guerrero state on Monday, officials said.',
    'La Familia Michoacana has been fighting a rival group, Los Tlacos, for the region\'s drug routes and for control of timber extortion.',
  ].join('\n'))
  assert.deepEqual(running.map((r) => r.sub_event_type), ['Attack'])
  // Twin: with a day, the fight is one of the day.
  const day = run('MEXICO CITY, June 11 (Reuters) - La Familia Michoacana has been fighting Los Tlacos near the town of San Miguel Totolapan since Monday, officials said.')
  assert.deepEqual(day.map((r) => r.sub_event_type), ['Armed clash'])
})

test('"No police intervened": a force named with "no" met no crowd (rule force-held-back)', () => {
  const none = run([
    'ADDIS ABABA, June 11 (AFP) - Thousands of displaced people marched through the city of Mekelle on Monday, demanding to return to their homes.',
    'No police intervened, witnesses said.',
  ].join('\n'))
  assert.deepEqual(none.map((r) => [r.sub_event_type, r.actor2]), [['Peaceful protest', null]])
  // Twin: police that intervened met the march.
  const met = run([
    'ADDIS ABABA, June 11 (AFP) - Thousands of displaced people marched through the city of Mekelle on Monday, demanding to return to their homes.',
    'Police intervened, witnesses said.',
  ].join('\n'))
  assert.deepEqual(met.map((r) => r.sub_event_type), ['Protest with intervention'])
})

test('"took control of several district offices": a faction holding offices takes no ground (rule control-not-ground)', () => {
  const offices = run('ADDIS ABABA, June 11 (AFP) - A faction led by a former regional president took control of several district offices in Tigray last month, officials said.')
  assert.deepEqual(kinds(offices), [])
  // Twin: several towns taken are ground taken.
  const towns = run('ADDIS ABABA, June 11 (AFP) - Fano militiamen took control of several towns in the Amhara region on Sunday, residents said.')
  assert.deepEqual(towns.map((r) => r.sub_event_type), ['Non-state actor overtakes territory'])
})

test('"has dwindled after years of military offensives and the surrender of hundreds of its members": a campaign summed, no agreement (rule campaign-after)', () => {
  const summed = run([
    'ZAMBOANGA CITY, Philippines, June 11 (AP) - Troops killed two Abu Sayyaf militants in a clash in the town of Patikul on Tuesday, the military said.',
    'The province is one of the country\'s poorest.',
    'Fishing and farming are its main sources of work.',
    'Schools in the town were closed for the day.',
    'Many families have moved to the provincial capital.',
    'Prices of rice have doubled in a year.',
    'A new road to the port opened in May.',
    'Its strength has dwindled sharply after years of military offensives and the surrender of hundreds of its members, many of whom have joined government programmes for former fighters.',
  ].join('\n'), '2023-06-11')
  assert.deepEqual(summed.map((r) => r.sub_event_type), ['Armed clash'])
})

test('"killed two militants in a clash on Tuesday, the military said, one of the last holdouts of the group blamed for years of kidnappings": the aside is no history of the clash (rule cue-after-teller)', () => {
  const aside = run('ZAMBOANGA CITY, Philippines, June 11 (AP) - Philippine army troops killed two suspected Abu Sayyaf militants in a clash in the town of Patikul on Tuesday, the military said, one of the last remaining holdouts of the group blamed for years of kidnappings.')
  assert.deepEqual(aside.map((r) => [r.sub_event_type, r.status, r.fatalities, r.actor2]), [['Armed clash', 'reported', 2, 'Abu Sayyaf Group']])
})

test('"an air strike killed nine civilians on Sunday, as fighting for the town entered its third month": the war going on is the strike\'s setting, no battle (rule war-setting)', () => {
  const setting = run('BANGKOK, June 11 (Reuters) - A Myanmar military air strike on a village in Kachin state killed at least nine civilians on Sunday, residents said, as fighting between the army and Kachin rebels for the town of Bhamo entered its third month.')
  assert.deepEqual(setting.map((r) => [r.event_type, r.sub_event_type, r.fatalities]), [['Explosions/Remote violence', 'Air/drone strike', 9]])
})

test('"The BYC has staged rallies across Balochistan over alleged extrajudicial killings": a movement\'s rallies summed, and their grievance, are no event (rule protest-series)', () => {
  const series = run([
    'ISLAMABAD, June 11 (Reuters) - Police fired tear gas to break up a sit-in by Baloch activists in the city of Quetta on Tuesday, witnesses said.',
    'The Baloch Yakjehti Committee, a largely peaceful movement, has staged rallies across Balochistan over alleged extrajudicial killings and disappearances.',
  ].join('\n'))
  assert.deepEqual(series.map((r) => [r.sub_event_type, r.location]), [['Protest with intervention', 'Quetta']])
  // Twin: rallies held on a day are that day's protests.
  const day = run('ISLAMABAD, June 11 (Reuters) - The Baloch Yakjehti Committee has staged rallies in Quetta and Turbat on Tuesday over the disappearance of activists.')
  assert.ok(day.length >= 1 && day.every((r) => r.event_type === 'Protests'))
})

test('"stole goats before heading north towards the Montepuez river": where the attackers went off to is no place of the act (rule destination)', () => {
  const went = run([
    'PEMBA, Mozambique, June 11 (Lusa) - Islamist insurgents set fire to a church and 40 homes in a village in Ancuabe district on Sunday, residents said.',
    'Residents had fled into the forest before the fighters arrived.',
    'The insurgents also stole food and goats before heading north towards the Montepuez river, a community leader said.',
  ].join('\n'))
  assert.deepEqual(went.map((r) => [r.sub_event_type, r.location]), [['Looting/property destruction', 'Ancuabe District']])
})
