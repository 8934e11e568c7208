/** @module mentions/numbers tests: quantities, what they count, whose they are, who says so. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createDoc } from '../../doc.js'
import type { Doc } from '../../doc.js'
import { text } from '../../text/index.js'
import { numbers } from './index.js'
import { numberWords, parseNumberWords } from './words.js'

const stages = [text(), numbers()]
function run(body: string): Doc {
  const doc = createDoc({ id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2016-03-29', input: 't' }, body)
  for (const stage of stages) stage(doc)
  return doc
}
/** [span text, value, high, qualifier, measure, group] for every number. */
const rows = (body: string) => run(body).numbers.map((n) => [n.text, n.value, n.high, n.qualifier, n.measure, n.group])

test('digits, qualifiers and the clause say what is counted', () => {
  assert.deepEqual(rows('Jets struck the market, killing 6 civilians.'), [['6', 6, null, 'exact', 'killed', 'civilians']])
  assert.deepEqual(rows('At least 20 were killed and 30 injured.'), [
    ['At least 20', 20, null, 'at-least', 'killed', null], ['30', 30, null, 'exact', 'injured', null]])
  assert.deepEqual(rows('The death toll from the bombing rose to 40.'), [['40', 40, null, 'exact', 'killed', null]])
  // A day of the month between the toll and its figure is no count of its own.
  assert.deepEqual(rows('The toll from the bombing on 2 January rose to 36.'), [['36', 36, null, 'exact', 'killed', null]])
  assert.deepEqual(rows("The toll from a car bombing in the capital's Sadr City on 2 January rose to 36."), [['36', 36, null, 'exact', 'killed', null]])
  assert.deepEqual(rows('The toll from the bombing of May 2015 has risen to 41.'), [['41', 41, null, 'exact', 'killed', null]])
  assert.deepEqual(rows('The toll of 5 from the first blast rose to 9.').map((r) => r[4]), ['killed', null])
  assert.deepEqual(rows('More than 1,200 fighters died in the siege.'), [['More than 1,200', 1200, null, 'more-than', 'killed', 'fighters']])
  assert.deepEqual(rows('The blast left 3 dead.'), [['3', 3, null, 'exact', 'killed', null]])
  assert.deepEqual(rows('Police arrested twelve protesters.'), [['twelve', 12, null, 'exact', 'arrested', 'protesters']])
  assert.deepEqual(rows('Gunmen abducted a dozen students.'), [['a dozen', 12, null, 'exact', 'abducted', 'students']])
})

test('a toll whose subject names the attack, its place and day at length still counts the dead; a contrast ends it', () => {
  assert.deepEqual(rows('The toll from the militia attack on a displacement camp near Lakeside, in the north of the province, on 3 May has risen to 20.'),
    [['20', 20, null, 'exact', 'killed', null]])
  assert.deepEqual(rows('The toll from the raid was not known, but the number of people taken to the hospitals of the town has risen to 30.').map((r) => r[4]), [null])
  // Another measure's cue ("wounded") stops it too: the 30 are not the dead ("the number of people" is no count of one: "people" is plural).
  assert.deepEqual(rows('The toll from the raid was not known and the number of people wounded in the market has risen to 30.').map((r) => r[4]), [null])
})

test('coordinated counts keep their own verb', () => {
  assert.deepEqual(rows('Two soldiers and five others were injured.'), [
    ['Two', 2, null, 'exact', 'injured', 'soldiers'], ['five', 5, null, 'exact', 'injured', 'others']])
  assert.deepEqual(rows('Rebels killed two soldiers and wounded five others.'), [
    ['two', 2, null, 'exact', 'killed', 'soldiers'], ['five', 5, null, 'exact', 'injured', 'others']])
  assert.deepEqual(rows('Three gunmen killed 5 villagers.'), [
    ['Three', 3, null, 'exact', 'people', 'gunmen'], ['5', 5, null, 'exact', 'killed', 'villagers']])
  assert.deepEqual(rows('Twelve militants including a commander were killed.'), [['Twelve', 12, null, 'exact', 'killed', 'militants']])
  assert.deepEqual(rows('The raid killed 9 people, including 4 children.'), [
    ['9', 9, null, 'exact', 'killed', 'people'], ['4', 4, null, 'exact', 'people', 'children']])
})

test('number words, ranges and vague quantities with ACLED values', () => {
  assert.deepEqual(rows('Four hundred IS fighters were killed.'), [['Four hundred', 400, null, 'exact', 'killed', 'IS fighters']])
  assert.deepEqual(rows('Twenty-three government troops died.'), [['Twenty-three', 23, null, 'exact', 'killed', 'government troops']])
  assert.deepEqual(rows('Between 20 and 30 people were killed.'), [['Between 20 and 30', 20, 30, 'exact', 'killed', 'people']])
  assert.deepEqual(rows('The shelling killed 20-30 civilians.'), [['20-30', 20, 30, 'exact', 'killed', 'civilians']])
  assert.deepEqual(rows('Dozens of people were killed and hundreds wounded.'), [
    ['Dozens of', 12, null, 'vague', 'killed', 'people'], ['hundreds', 100, null, 'vague', 'injured', null]])
  assert.deepEqual(rows('Scores of villagers died.'), [['Scores of', 12, null, 'vague', 'killed', 'villagers']])
  assert.deepEqual(rows('Several soldiers were killed.'), [['Several', 3, null, 'vague', 'killed', 'soldiers']])
  assert.deepEqual(rows('Nearly 100 people died.'), [['Nearly 100', 100, null, 'about', 'killed', 'people']])
})

test('a count of one from nouns and pronouns', () => {
  assert.deepEqual(rows('Gunmen killed a man in the market.'), [['a man', 1, null, 'exact', 'killed', 'man']])
  assert.deepEqual(rows('A woman was shot dead near the mosque.'), [['A woman', 1, null, 'exact', 'killed', 'woman']])
  assert.deepEqual(rows('One person died in the blast.'), [['One', 1, null, 'exact', 'killed', 'person']])
  assert.deepEqual(rows('Soldiers stopped the driver and shot him dead.'), [['him', 1, null, 'exact', 'killed', 'him']])
  assert.deepEqual(rows('A local trader was killed by bandits.'), [['A local trader', 1, null, 'exact', 'killed', 'local trader']])
})

test('years, dates, ages, times, money, percentages, ordinals and units are not counts', () => {
  assert.deepEqual(rows('On 9 May 2020 at 5 pm, a 19-year-old, aged 19, walked 5 km; 10% of the $200 was lost in 2015, the 3rd time.'), [])
  assert.deepEqual(rows('The Su-24 fired 82mm shells during COVID-19.'), [])
  assert.deepEqual(rows('Ahmed (25) and Ali, 30, were killed.'), [])
})

test('claimants: monitors, outlets and parties', () => {
  const doc = run('The Syrian Observatory for Human Rights said 40 fighters were killed. State TV reported 12 soldiers died. The group claimed to have killed 20 soldiers. According to the monitor, 7 civilians died.')
  assert.deepEqual(doc.numbers.map((n) => [n.text, n.claimant, n.partisan]), [
    ['40', 'The Syrian Observatory for Human Rights', false],
    ['12', 'State TV', false],
    ['20', 'The group', true],
    ['7', 'the monitor', false],
  ])
  assert.deepEqual(run('20 people were killed, the army said.').numbers.map((n) => [n.claimant, n.partisan]), [['the army', true]])
})

test('"no fatalities"; a coder annotation is not read (it never occurs in news)', () => {
  assert.deepEqual(run('Militants attacked a post. Unknown fatalities coded as 10.').numbers.map((n) => [n.text, n.value, n.measure, n.rule]), [['10', 10, null, 'digits']])
  assert.deepEqual(run('Rebels shelled the town. No fatalities were reported.').numbers.map((n) => [n.text, n.value, n.measure, n.rule]),
    [['No fatalities', 0, 'killed', 'no-fatalities']])
  assert.deepEqual(run('Several hundred protesters marched.').numbers.map((n) => [n.text, n.value, n.measure, n.rule]),
    [['Several hundred', 300, 'people', 'vague-quantity']])
})

test('vague quantities that count deaths leave a message with the conventional value', () => {
  const doc = run('Dozens were killed.')
  assert.deepEqual(doc.messages.map((m) => [m.rule, m.reason]), [['vague-quantity', '"dozens" read as 12, ACLED\'s conventional figure.']])
})

test('number words parse with scales and "and"', () => {
  const nw = numberWords()
  assert.deepEqual(parseNumberWords(['one', 'hundred', 'and', 'twenty', 'three', 'people'], nw), { value: 123, used: 5 })
  assert.deepEqual(parseNumberWords(['a', 'thousand'], nw), { value: 1000, used: 2 })
  assert.deepEqual(parseNumberWords(['two', 'thousand', 'five', 'hundred'], nw), { value: 2500, used: 4 })
  assert.equal(parseNumberWords(['people'], nw), null)
})

test('an age describes one person: "a 35-year-old man" is a count of one, not of 35 or none', () => {
  assert.deepEqual(rows('A 41-year-old trader was stabbed to death by robbers.'), [['A 41-year-old trader', 1, null, 'exact', 'killed', 'trader']])
  assert.deepEqual(rows('A 19-year-old woman was shot dead.'), [['A 19-year-old woman', 1, null, 'exact', 'killed', 'woman']])
  assert.deepEqual(rows('Gunmen killed a 60 years old farmer.'), [['a 60 years old farmer', 1, null, 'exact', 'killed', 'farmer']])
})

test('"her two children": the number counts them, the possessive adds no one', () => {
  assert.deepEqual(rows('A teacher and her three sons were killed.'), [
    ['A teacher', 1, null, 'exact', 'killed', 'teacher'], ['three', 3, null, 'exact', 'killed', 'sons']])
})

test('part of a toll, kin, officials, appositions and things', () => {
  // "Two of the dead": some of the dead already counted.
  assert.deepEqual(rows('The strike killed three farmers. Two of the dead were brothers.'), [
    ['three', 3, null, 'exact', 'killed', 'farmers'], ['Two', 2, null, 'exact', 'people', null]])
  assert.deepEqual(rows('Three men died in the ambush. One of the men who died was a cartel leader.').map((r) => [r[0], r[4]]), [['Three', 'killed'], ['One', 'people']])
  assert.deepEqual(rows('One of the soldiers was killed.').map((r) => [r[0], r[4]]), [['One', 'killed']])
  assert.deepEqual(rows('Three women who were also nurses at the clinic were found dead.'), [['Three', 3, null, 'exact', 'killed', 'women']])
  assert.deepEqual(rows('Five men who were killed in the raid were buried.').map((r) => [r[0], r[4]]), [['Five', 'killed']])
  // Kin and officials are people: "a herder and his son", "the mayor ... was gunned down".
  assert.deepEqual(rows('A herder and his son were killed.'), [['A herder', 1, null, 'exact', 'killed', 'herder'], ['his son', 1, null, 'exact', 'killed', 'son']])
  assert.deepEqual(rows('The mayor of Velka was gunned down and a municipal worker was wounded.'), [
    ['The mayor', 1, null, 'exact', 'killed', 'mayor'], ['a municipal worker', 1, null, 'exact', 'injured', 'municipal worker']])
  assert.deepEqual(rows('Four rebel cadres and a police inspector were killed.'), [
    ['Four', 4, null, 'exact', 'killed', 'rebel cadres'], ['a police inspector', 1, null, 'exact', 'killed', 'police inspector']])
  // An apposition says who the first one was; a list with "and" counts each.
  assert.deepEqual(rows('He shot dead his mother, a police officer, in Herat.'), [['his mother', 1, null, 'exact', 'killed', 'mother']])
  assert.deepEqual(rows('Gunmen killed a soldier, a policeman and a civilian.').map((r) => r[0]), ['a soldier', 'a policeman', 'a civilian'])
  assert.deepEqual(rows('1 child, a shepherd, was killed by a roadside bomb.'), [['1', 1, null, 'exact', 'killed', 'child']])
  // Doers before two verbs joined by "and"; an unknown people noun before "and" another count; a list with a serial comma.
  assert.deepEqual(rows('A group lynched and killed a thief.'), [['a thief', 1, null, 'exact', 'killed', 'thief']])
  assert.deepEqual(rows('Several farmers killed and burned a dozen sheep.').map((r) => [r[0], r[4]]), [['Several', 'people'], ['a dozen', 'other']])
  assert.deepEqual(rows('Raiders killed six oxen.').map((r) => [r[0], r[4]]), [['six', 'other']])
  assert.deepEqual(rows('1 soldier was killed or wounded by a sniper.').map((r) => [r[0], r[4]]), [['1', 'injured']])
  assert.deepEqual(rows('Three Fulani and three farmers were killed.'), [['Three', 3, null, 'exact', 'killed', 'Fulani'], ['three', 3, null, 'exact', 'killed', 'farmers']])
  assert.deepEqual(rows('3 policemen, 2 militia members, and 1 soldier were killed.').map((r) => [r[1], r[4]]), [[3, 'killed'], [2, 'killed'], [1, 'killed']])
  // The remains of a house or a drone are nobody's death.
  assert.deepEqual(rows('Residents gathered around the remains of a house destroyed in the raid.'), [])
  assert.deepEqual(rows('Gunmen killed a cattle trader.'), [['a cattle trader', 1, null, 'exact', 'killed', 'cattle trader']])
  assert.deepEqual(rows('Villagers killed a goat thief.'), [['a goat thief', 1, null, 'exact', 'killed', 'goat thief']])
})

test('a short place phrase between the counted noun and its verb ("two workers at the plant were killed") keeps the verb\'s measure', () => {
  assert.deepEqual(rows('Two workers at the plant were killed.').map((r) => [r[0], r[4], r[5]]), [['Two', 'killed', 'workers']])
  assert.deepEqual(rows('Three people in the village died on Monday.').map((r) => [r[0], r[4]]), [['Three', 'killed']])
  // A place phrase followed by no verb of the count says nothing: the noun's own measure stays.
  assert.deepEqual(rows('Two workers at the plant spoke to reporters.').map((r) => [r[0], r[4]]), [['Two', 'people']])
})

test('a plural noun with no number ("killed the men", "the children") is no count of one; "the woman" is', () => {
  assert.deepEqual(rows('Gunmen killed the men in the village.'), [])
  assert.deepEqual(rows('Soldiers shot dead the woman.').map((r) => [r[0], r[1], r[4]]), [['the woman', 1, 'killed']])
  // After "a" the noun is one, whatever its form.
  assert.deepEqual(rows('Militants killed a security forces personnel near his house.').map((r) => [r[1], r[4]]), [[1, 'killed']])
})

test('"over several days" is a length of time; "several people" a count', () => {
  assert.deepEqual(rows('Gunmen killed the villagers over several days.'), [])
  assert.deepEqual(rows('Gunmen killed several people.').map((r) => [r[0], r[1], r[4]]), [['several', 3, 'killed']])
})

test('"whose father and two brothers were killed" recalls a speaker\'s dead; "two brothers were killed" is a toll', () => {
  assert.deepEqual(rows('"We will never forget," said Amra, whose father and two brothers were killed.').map((r) => [r[0], r[4]]), [['two', 'people']])
  assert.deepEqual(rows('Two brothers were killed in the attack.').map((r) => [r[0], r[4]]), [['Two', 'killed']])
})

test('"a group beat two men to death": the band that acted is no dead of its own; "a group member was killed" is one', () => {
  assert.deepEqual(rows('A group of villagers beat two herders to death near the well.').map((r) => [r[0], r[1], r[4]]), [['two', 2, 'killed']])
  assert.deepEqual(rows('A mob beat two suspected thieves to death.').map((r) => [r[0], r[1], r[4]]), [['two', 2, 'killed']])
  // Twins: one person after "a" is still one dead, and a people noun after the band's name counts.
  assert.deepEqual(rows('A crowd beat a suspected thief to death.').map((r) => [r[0], r[1], r[4]]), [['a suspected thief', 1, 'killed']])
  assert.deepEqual(rows('A gang member was shot dead.').map((r) => [r[0], r[1], r[4]]), [['A gang member', 1, 'killed']])
})

test('"two men suspected of killing a trader": an alleged earlier crime\'s victim is not counted; "gunmen killed a trader" is', () => {
  assert.deepEqual(rows('Villagers lynched two men believed to have murdered a vendor.').map((r) => [r[0], r[1], r[4]]), [['two', 2, 'killed']])
  assert.deepEqual(rows('Police arrested three men suspected of killing a pastor.').map((r) => [r[0], r[1], r[4]]), [['three', 3, 'arrested']])
  assert.deepEqual(rows('Police arrested three men accused of killing two farmers.').map((r) => [r[0], r[1], r[4]]), [['three', 3, 'arrested'], ['two', 2, 'people']])
  // Twins: a killing told as fact, or hedged after "are believed to have" (this event's own toll), counts.
  assert.deepEqual(rows('Gunmen killed a vendor near the market.').map((r) => [r[0], r[1], r[4]]), [['a vendor', 1, 'killed']])
  assert.deepEqual(rows('The raiders are believed to have killed two farmers.').map((r) => [r[0], r[1], r[4]]), [['two', 2, 'killed']])
})
