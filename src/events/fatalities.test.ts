/** @module events/fatalities tests: ACLED's lowest credible figure, group sums, partisan claims, day splits. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { FatalityClaim } from '../doc.js'
import { fatalitiesFrom, groupKey, splitAcrossDays } from './fatalities.js'

let at = 0
function claim(value: number | null, group: string | null = null, more: Partial<FatalityClaim> = {}): FatalityClaim {
  at += 10
  return { value, qualifier: 'exact', claimant: null, group, span: [at, at + 2], ...more }
}

test('no claims, or no figure, is zero', () => {
  assert.deepEqual(fatalitiesFrom([]), { fatalities: 0, low: 0, high: 0 })
  assert.deepEqual(fatalitiesFrom([claim(null)]), { fatalities: 0, low: 0, high: 0 })
})

test('conflicting claims about the same dead: the lowest credible figure, the range over all', () => {
  assert.deepEqual(fatalitiesFrom([claim(20, null, { qualifier: 'at-least', claimant: 'the monitor' }), claim(15, null, { claimant: 'state TV' })]),
    { fatalities: 15, low: 15, high: 20 })
  assert.deepEqual(fatalitiesFrom([claim(40, 'fighters'), claim(35, 'IS fighters'), claim(38, 'fighters')]),
    { fatalities: 73, low: 73, high: 75 })
})

test('figures for different groups add up', () => {
  assert.deepEqual(fatalitiesFrom([claim(400, 'fighters'), claim(180, 'soldiers')]), { fatalities: 580, low: 580, high: 580 })
  assert.deepEqual(fatalitiesFrom([claim(2, 'soldiers'), claim(5, 'others')]), { fatalities: 7, low: 7, high: 7 })
  // "troops" and "soldiers" are the same dead; "policemen" and "police officers" too.
  assert.deepEqual(fatalitiesFrom([claim(12, 'troops'), claim(10, 'soldiers'), claim(3, 'policemen'), claim(4, 'police officers')]),
    { fatalities: 13, low: 13, high: 16 })
})

test('a total counts when it is larger than the groups it includes', () => {
  assert.deepEqual(fatalitiesFrom([claim(20, 'people'), claim(5, 'children')]), { fatalities: 20, low: 20, high: 20 })
  assert.deepEqual(fatalitiesFrom([claim(2, 'soldiers'), claim(3, null)]), { fatalities: 3, low: 3, high: 3 })
  assert.deepEqual(fatalitiesFrom([claim(2, 'soldiers'), claim(1, 'civilians'), claim(2, null)]), { fatalities: 3, low: 3, high: 3 })
})

test('a party about its enemy is kept in the range but a neutral figure is chosen', () => {
  assert.deepEqual(fatalitiesFrom([claim(50, 'soldiers', { claimant: 'the group', partisan: true }), claim(8, 'soldiers', { claimant: 'the monitor' })]),
    { fatalities: 8, low: 8, high: 50 })
  assert.deepEqual(fatalitiesFrom([claim(5, 'soldiers', { claimant: 'the group', partisan: true }), claim(8, 'soldiers', { claimant: 'the monitor' })]),
    { fatalities: 8, low: 5, high: 8 })
  // Only partisan claims: the lowest of them.
  assert.deepEqual(fatalitiesFrom([claim(50, 'soldiers', { partisan: true }), claim(30, 'soldiers', { partisan: true })]), { fatalities: 30, low: 30, high: 50 })
  // A caller may decide partisanship itself.
  assert.deepEqual(fatalitiesFrom([claim(50, null, { claimant: 'rebels' }), claim(9, null, { claimant: 'medics' })], { isPartisan: (c) => c.claimant === 'medics' }),
    { fatalities: 50, low: 9, high: 50 })
})

test('vague words use their conventional value, and a stated number beats them', () => {
  assert.deepEqual(fatalitiesFrom([claim(12, null, { qualifier: 'vague' })]), { fatalities: 12, low: 12, high: 12 })
  assert.deepEqual(fatalitiesFrom([claim(12, null, { qualifier: 'vague' }), claim(30, null, { qualifier: 'more-than' })]), { fatalities: 30, low: 12, high: 30 })
})

test('ranges: the low end is coded, the high end widens the range', () => {
  assert.deepEqual(fatalitiesFrom([claim(20, 'civilians', { high: 30 })]), { fatalities: 20, low: 20, high: 30 })
})

test('"no fatalities" counts only without any death claim; a claimant named "coder" is one source among others', () => {
  assert.deepEqual(fatalitiesFrom([claim(0)]), { fatalities: 0, low: 0, high: 0 })
  assert.deepEqual(fatalitiesFrom([claim(0), claim(4, 'civilians')]), { fatalities: 4, low: 4, high: 4 })
  assert.deepEqual(fatalitiesFrom([claim(10, null, { claimant: 'coder' }), claim(1, 'man')]), { fatalities: 10, low: 10, high: 10 })
  assert.deepEqual(fatalitiesFrom([claim(0, null, { claimant: 'coder' }), claim(1, null, { claimant: 'VoJ' })]), { fatalities: 1, low: 1, high: 1 })
})

test('group keys', () => {
  assert.deepEqual(['the soldiers', 'Government troops', 'people', 'five others', null, 'IS fighters', 'Militants'].map(groupKey),
    ['soldier', 'government soldier', '', 'five other', '', 'is fighter', 'fighter'])
})

test('a total over several days: even split, remainder on the first day', () => {
  assert.deepEqual(splitAcrossDays(7, 3), [3, 2, 2])
  assert.deepEqual(splitAcrossDays(6, 3), [2, 2, 2])
  assert.deepEqual(splitAcrossDays(2, 5), [2, 0, 0, 0, 0])
  assert.deepEqual(splitAcrossDays(9, 1), [9])
  assert.deepEqual(splitAcrossDays(5, 0), [])
})

test('a total from another source is another count of the same dead; running totals never count', () => {
  // "More than 20 soldiers" (local sources), "11 soldiers" (the army), "23 bodies" (officials): the lowest, 11.
  assert.deepEqual(fatalitiesFrom([claim(20, 'soldiers', { claimant: 'local sources' }), claim(11, 'soldiers', { claimant: 'the army' }), claim(23, null, { claimant: 'officials' })]),
    { fatalities: 11, low: 11, high: 23 })
  assert.deepEqual(fatalitiesFrom([claim(7, 'civilians'), claim(4000, null, { total: true })]), { fatalities: 7, low: 7, high: 7 })
  assert.deepEqual(fatalitiesFrom([claim(400, 'fighters', { total: true }), claim(180, 'soldiers', { total: true })]), { fatalities: 0, low: 0, high: 0 })
})

test('an age and a possessive before a number add no dead (whole pipeline)', async () => {
  const { extract } = await import('../pipeline.js')
  const { toRecords } = await import('./records.js')
  const coded = (text: string) => toRecords(extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2024-05-02', input: 't' }, text }))
    .map((r) => [r.fatalities, r.fatality_claims.map((c) => [c.value, c.group])])
  assert.deepEqual(coded('A 28-year-old man was beaten to death by a mob in Gusau on Tuesday.'), [[1, [[1, 'man']]]])
  assert.deepEqual(coded('A woman and her two daughters were killed when gunmen attacked Gusau on Tuesday.'), [[3, [[1, 'woman'], [2, 'daughters']]]])
})

test('a country\'s name or its abbreviation names no side: "2 US soldiers" and "two American soldiers" are one count', () => {
  assert.deepEqual(['US Soldiers', 'U.S. soldiers', 'American soldiers', 'Iraqi soldiers'].map(groupKey), ['soldier', 'soldier', 'soldier', 'soldier'])
  assert.deepEqual(fatalitiesFrom([claim(2, 'US Soldiers'), claim(2, 'American soldiers')]), { fatalities: 2, low: 2, high: 2 })
})

test('kin, apposition and parts of a toll (whole pipeline)', async () => {
  const { extract } = await import('../pipeline.js')
  const { toRecords } = await import('./records.js')
  const coded = (text: string, published = '2024-05-02') => toRecords(extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text }))
    .map((r) => [r.event_date, r.fatalities, r.fatality_claims.map((c) => [c.value, c.group])])
  // "a man and his son" are two dead.
  assert.deepEqual(coded('A herder and his son were shot dead by bandits near Gusau on Tuesday.'), [['2024-04-30', 2, [[1, 'herder'], [1, 'son']]]])
  // "his mother, a police officer": one woman, said twice.
  assert.deepEqual(coded('A militant shot dead his mother, a police officer, in Herat on Tuesday.'), [['2024-04-30', 1, [[1, 'mother']]]])
  // "Two of the dead were brothers" is part of the three, not another count.
  assert.deepEqual(coded('A drone strike hit a pick-up truck near Korom market on Monday, killing at least three farmers, health officials said. Two of the dead were brothers.', '2019-06-20'),
    [['2019-06-17', 3, [[3, 'farmers']]]])
  // Only the mayor died; the municipal worker was wounded.
  assert.deepEqual(coded('The mayor of Velka was gunned down by assailants and a municipal worker was wounded in the attack on Monday.', '2024-05-01'),
    [['2024-04-29', 1, [[1, 'mayor']]]])
})

test('deaths that moved a crowd are not the protest\'s own', async () => {
  const { extract } = await import('../pipeline.js')
  const { toRecords } = await import('./records.js')
  const coded = (text: string) => toRecords(extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2024-05-02', input: 't' }, text }))
    .map((r) => [r.event_type, r.fatalities])
  assert.deepEqual(coded('Hundreds of residents protested in Kano on Tuesday after a gas leak killed 11 workers at a chemical plant.'), [['Protests', 0]])
  assert.deepEqual(coded('Youths demonstrated outside the police station in Kano on Tuesday over the death of a trader who drowned during a raid.'), [['Protests', 0]])
})

test('a sentence that only counts the dead is the toll of the event before it', async () => {
  const { extract } = await import('../pipeline.js')
  const { toRecords } = await import('./records.js')
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2024-05-02', input: 't' },
    text: 'On 1 May 2024, gunmen ambushed a bus near Gusau and shot at the passengers. Three men were killed and six people were injured. A fourth man died later.' })
  assert.deepEqual(toRecords(doc).map((r) => [r.event_date, r.fatalities]), [['2024-05-01', 4]])
  assert.ok(doc.messages.some((m) => m.rule === 'toll-only'))
})

test('different countries\' dead add up; "other" dead are dead of their own', () => {
  assert.deepEqual(fatalitiesFrom([claim(2, 'Somali citizens'), claim(4, 'Kenyan citizens')]), { fatalities: 6, low: 6, high: 6 })
  // A count naming no country joins the one country named.
  assert.deepEqual(fatalitiesFrom([claim(5, 'soldiers'), claim(4, 'Malian soldiers')]), { fatalities: 4, low: 4, high: 5 })
  assert.deepEqual(fatalitiesFrom([claim(2, 'policemen'), claim(2, 'other policemen')]), { fatalities: 4, low: 4, high: 4 })
})

test('the attackers killed, counted by another source, add to the total of the people they killed', () => {
  assert.deepEqual(fatalitiesFrom([claim(20, 'people', { claimant: 'a rights group' }), claim(4, 'gang members', { claimant: 'police' })]), { fatalities: 24, low: 24, high: 24 })
  // Twin: soldiers counted by another source are another count of the dead the total counts: the lowest.
  assert.deepEqual(fatalitiesFrom([claim(20, 'people', { claimant: 'a rights group' }), claim(4, 'soldiers', { claimant: 'police' })]), { fatalities: 4, low: 4, high: 20 })
})
