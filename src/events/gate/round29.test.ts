import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../records.js'

// Twins for the fixes found with the twenty-ninth round of whole articles (fixtures/unseen29.yaml). Texts written for these tests.
function run(text: string, published = '2025-06-12') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return toRecords(doc)
}

test('"fighting has continued in several areas", "repelled attacks on several fronts": a war\'s breadth with no place named, no clash (rule wide-front)', () => {
  const areas = run([
    'NAIROBI, June 12 (Reuters) - Gunmen killed nine villagers in an attack on the village of Kalonge in eastern Congo on Tuesday, a local official said.',
    'Fighting has continued in several areas of North and South Kivu.',
  ].join('\n'))
  assert.deepEqual(areas.map((r) => [r.sub_event_type, r.status]), [['Attack', 'reported']])
  const fronts = run([
    'KYIV, June 12 (Reuters) - Russian shelling killed three people in the town of Kupiansk on Wednesday, the regional governor said.',
    "Russia's defence ministry said on Thursday that its troops had repelled Ukrainian attacks on several fronts, without giving locations.",
  ].join('\n'))
  assert.deepEqual(fronts.map((r) => [r.sub_event_type, r.status]), [['Shelling/artillery/missile attack', 'reported']])
  // Twin: a clash with a place and a toll of its own stays a clash.
  const named = run('KYIV, June 12 (Reuters) - Fighting near the town of Kupiansk killed four soldiers on Wednesday, the army said.')
  assert.deepEqual(named.map((r) => [r.sub_event_type, r.fatalities]), [['Armed clash', 4]])
})

test('"talks have failed to produce a lasting ceasefire", "talks on the next phase of a ceasefire agreement": no agreement made (gate.yaml senses)', () => {
  const failed = run([
    'KHARTOUM, June 12 (Reuters) - Shelling killed six people in the city of Omdurman on Wednesday, medics said.',
    'Talks hosted by Saudi Arabia in Jeddah have failed to produce a lasting ceasefire.',
  ].join('\n'))
  assert.deepEqual(failed.map((r) => r.sub_event_type), ['Shelling/artillery/missile attack'])
  const phase = run([
    'CAIRO, June 12 (Reuters) - An Israeli air strike killed five people in Khan Younis on Wednesday, medics said.',
    'Mediators have been holding talks in Cairo on the next phase of a ceasefire agreement.',
  ].join('\n'))
  assert.deepEqual(phase.map((r) => r.sub_event_type), ['Air/drone strike'])
  // Twin: a ceasefire agreed is an agreement.
  const agreed = run('JUBA, June 12 (Reuters) - The army and the rebels signed a ceasefire agreement in Juba on Wednesday, officials said.')
  assert.deepEqual(agreed.map((r) => r.sub_event_type), ['Agreement'])
})

test('"say the strikes have killed dozens of civilians": a vague mass killed in the perfect, outside the lead, is a running total (rule acts-summed)', () => {
  const summed = run([
    'BEIRUT, June 12 (Reuters) - An Israeli drone strike on a car near the town of Marjayoun killed two people on Wednesday.',
    'Israel has kept up near-daily strikes in Lebanon, which it says target Hezbollah weapons. Lebanon says the strikes violate the truce and have killed dozens of civilians.',
    "In its offensive last year, Israel killed most of the group's leaders, including its chief, who died in a strike on Beirut in September.",
  ].join('\n'))
  assert.deepEqual(summed.map((r) => [r.sub_event_type, r.location, r.fatalities]), [['Air/drone strike', 'Marjayoûn', 2]])
  // Twin: the same words with a day of their own are an incident.
  const day = run([
    'BEIRUT, June 12 (Reuters) - An Israeli drone strike on a car near the town of Marjayoun killed two people on Wednesday, the health ministry said.',
    'Gunmen have killed dozens of villagers in the town of Hermel on Monday, officials said.',
  ].join('\n'))
  assert.deepEqual(day.map((r) => r.sub_event_type), ['Air/drone strike', 'Attack'])
})

test('"its forces were \\"defending the population\\" against attacks by militias": a purpose claimed, no attack (rule protection)', () => {
  const guard = run([
    'KINSHASA, June 12 (Reuters) - Soldiers entered the town of Masisi on Wednesday after the rebels withdrew towards the hills, the army said.',
    'The M23 did not respond to a request for comment. Its spokesman said on Tuesday that its forces were "defending the population" against attacks by militias and had not lost any positions.',
  ].join('\n'))
  assert.deepEqual(guard.map((r) => [r.sub_event_type, r.location]), [])
  // Twin: an attack told as done stays one.
  const done = run('KINSHASA, June 12 (Reuters) - Militiamen attacked the village of Kibirizi on Tuesday, killing six civilians, a local official said.')
  assert.deepEqual(done.map((r) => [r.sub_event_type, r.fatalities]), [['Attack', 6]])
})

test('"a doctor said three bodies with gunshot wounds had been brought in": the toll of the shooting told, no second event (numbers.yaml killed)', () => {
  const toll = run([
    'ISLAMABAD, June 12 (AFP) - Police opened fire on protesters in the port city of Gwadar on Wednesday, organisers said.',
    'A doctor at the main hospital said three bodies with gunshot wounds had been brought in.',
  ].join('\n'))
  assert.deepEqual(toll.map((r) => [r.sub_event_type, r.fatalities]), [['Excessive force against protesters', 3]])
  // Twin: bodies found with no event told before are a killing of their own.
  const found = run('ISLAMABAD, June 12 (AFP) - Police found three bodies with gunshot wounds in a field outside Gwadar on Wednesday, officials said.')
  assert.deepEqual(found.map((r) => [r.sub_event_type, r.fatalities]), [['Attack', 3]])
})

test('"the government said it is open to talks with peaceful protesters": whom it would meet, no protest of the day (gate.yaml senses)', () => {
  const talks = run([
    'ISLAMABAD, June 12 (AFP) - Police opened fire on protesters in the city of Turbat on Wednesday, killing two, organisers said.',
    'Mobile internet was suspended in the city on Wednesday evening.',
    'In March, police arrested a rights activist during a sit-in in Quetta.',
    'The government has said it is open to talks with peaceful protesters but will not tolerate violence.',
  ].join('\n'))
  assert.deepEqual(talks.map((r) => [r.sub_event_type, r.location, r.status]), [
    ['Excessive force against protesters', 'Turbat', 'reported'], ['Protest with intervention', 'Quetta', 'background']])
  // Twin: protesters who gathered are a protest.
  const rally = run('ISLAMABAD, June 12 (AFP) - Hundreds of protesters gathered outside the press club in Turbat on Wednesday to demand the release of missing men, organisers said.')
  assert.deepEqual(rally.map((r) => r.sub_event_type), ['Peaceful protest'])
})
