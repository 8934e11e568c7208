/** @module mentions/dates tests: dates against the publication date, ACLED precision, and the date of an event. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { createDoc } from '../../doc.js'
import type { Doc, Span } from '../../doc.js'
import { text } from '../../text/index.js'
import { dates, eventDate } from './index.js'
import { middle, nearestWeekday, dayNumber, dayString } from './calendar.js'

const stages = [text(), dates()]
function run(body: string, published: string | null = '2016-03-29'): Doc {   // 2016-03-29 is a Tuesday
  const doc = createDoc({ id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, body)
  for (const stage of stages) stage(doc)
  return doc
}
/** [span text, day, precision] per date. */
const rows = (body: string, published: string | null = '2016-03-29') =>
  run(body, published).dates.map((d) => [d.text, d.day, d.precision])
const periods = (body: string, published = '2016-03-29') =>
  run(body, published).dates.map((d) => [d.text, d.day, d.precision, d.startDay ?? null, d.endDay])

test('a past-tense weekday is the most recent one on or before publication', () => {
  assert.deepEqual(rows('Rebels shelled the town on Sunday.'), [['Sunday', '2016-03-27', 1]])
  assert.deepEqual(rows('Clashes erupted on Thursday.'), [['Thursday', '2016-03-24', 1]])
  assert.deepEqual(rows('Clashes erupted on Tuesday.'), [['Tuesday', '2016-03-29', 1]])
  assert.deepEqual(rows('The attack happened last Tuesday.'), [['last Tuesday', '2016-03-22', 1]])
  const doc = run('Militants attacked a checkpoint on Thursday.')
  assert.deepEqual(doc.messages.filter((m) => m.stage === 'dates').map((m) => [m.rule, m.expected]), [['weekday-before-publication', ['2016-03-24']]])
})

test('future tense and "next" look forward', () => {
  assert.deepEqual(rows('The talks will resume on Thursday.'), [['Thursday', '2016-03-31', 1]])
  assert.deepEqual(rows('Talks are planned for next Tuesday.'), [['next Tuesday', '2016-04-05', 1]])
})

test('relative days, weeks and months with ACLED precision', () => {
  assert.deepEqual(rows('Yesterday, gunmen attacked a bus.'), [['Yesterday', '2016-03-28', 1]])
  assert.deepEqual(rows('Overnight, jets struck the town.'), [['Overnight', '2016-03-28', 1]])
  assert.deepEqual(rows('Earlier today, police fired tear gas.'), [['Earlier today', '2016-03-29', 1]])
  assert.deepEqual(rows('The town fell three weeks ago.'), [['three weeks ago', '2016-03-08', 2]])
  assert.deepEqual(rows('The town fell 4 days ago.'), [['4 days ago', '2016-03-25', 1]])
  assert.deepEqual(periods('Fighting erupted last week.'), [['last week', '2016-03-24', 2, '2016-03-21', '2016-03-27']])
  assert.deepEqual(periods('Earlier this month, clashes killed 5.'), [['Earlier this month', '2016-03-15', 3, '2016-03-01', '2016-03-28']])
  assert.deepEqual(periods('Protests spread last month.'), [['last month', '2016-02-15', 3, '2016-02-01', '2016-02-29']])
  assert.deepEqual(periods('Over the weekend, 3 died.'), [['Over the weekend', '2016-03-26', 2, '2016-03-26', '2016-03-27']])
})

test('explicit dates, yearless dates, months, parts of months and ranges', () => {
  assert.deepEqual(rows('On 9 May 2020, militants attacked a post.'), [['9 May 2020', '2020-05-09', 1]])
  assert.deepEqual(rows('On March 20, militants attacked a post.'), [['March 20', '2016-03-20', 1]])
  // A yearless date after publication is last year's, unless the text is about the future.
  assert.deepEqual(rows('On May 9, militants attacked a post.'), [['May 9', '2015-05-09', 1]])
  assert.deepEqual(periods('In March 2016, the army advanced.'), [['March 2016', '2016-03-15', 3, '2016-03-01', '2016-03-31']])
  assert.deepEqual(periods('In early May 2020, protests spread.'), [['early May 2020', '2020-05-05', 2, '2020-05-01', '2020-05-10']])
  assert.deepEqual(periods('Clashes took place between 2 and 8 May 2020.'), [['between 2 and 8 May 2020', '2020-05-05', 2, '2020-05-02', '2020-05-08']])
  assert.deepEqual(periods('Protests were held on 12-14 May 2020.'), [['12-14 May 2020', '2020-05-13', 2, '2020-05-12', '2020-05-14']])
})

test('approximate dates get time precision 2', () => {
  assert.deepEqual(rows('Around 9 May 2020 (as reported), a man was found dead.'), [['9 May 2020', '2020-05-09', 2]])
  assert.deepEqual(rows('On 2 May 2020 (or around), militias clashed.'), [['2 May 2020', '2020-05-02', 2]])
  assert.deepEqual(rows('As reported on 4 March 2020, forces killed 1.'), [['4 March 2020', '2020-03-04', 2]])
  assert.deepEqual(rows('On 9 May 2020, around 500 workers protested.'), [['9 May 2020', '2020-05-09', 1]])
})

test('a campaign over several days is a period that starts its days', () => {
  assert.deepEqual(periods('The army ended a three-week campaign against the rebels.'), [['three-week campaign', '2016-03-09', 3, '2016-03-09', '2016-03-29']])
  assert.deepEqual(periods('Over the past three days, 20 people died.'), [['Over the past three days', '2016-03-27', 2, '2016-03-27', '2016-03-29']])
})

test('"the day before" follows the previous date', () => {
  assert.deepEqual(rows('Rebels attacked on 9 May 2020. The day before, jets bombed the area.'), [['9 May 2020', '2020-05-09', 1], ['The day before', '2020-05-08', 1]])
})

test('words that only look like dates are left alone', () => {
  assert.deepEqual(rows('Protesters may march again; The Sun said they sat down at 5 pm in the evening. Now, the army said.'), [])
})

test('without a publication date, relative dates stay empty with a reason and absolute ones resolve', () => {
  const doc = run('On Sunday, rebels attacked. On 9 May 2020 they withdrew.', null)
  assert.deepEqual(doc.dates.map((d) => [d.text, d.day]), [['Sunday', null], ['9 May 2020', '2020-05-09']])
  assert.deepEqual(doc.messages.filter((m) => m.stage === 'dates').map((m) => m.rule), ['date-unknown'])
})

const at = (doc: Doc, word: string): Span => { const i = doc.text.indexOf(word); return [i, i + word.length] }

test('eventDate: the same sentence first, then earlier in the paragraph, then publication, else nothing', () => {
  const doc = run('On 9 May 2020, militants attacked a post. Later, soldiers shelled a village.\nPolice arrested a man.')
  assert.deepEqual([eventDate(doc, at(doc, 'attacked')).date?.day, eventDate(doc, at(doc, 'shelled')).date?.day], ['2020-05-09', '2020-05-09'])
  const fallback = eventDate(doc, at(doc, 'arrested'))
  assert.deepEqual([fallback.date?.day, fallback.date?.precision, fallback.date?.rule], ['2016-03-29', 2, 'date-from-publication'])
  assert.ok(doc.messages.some((m) => m.rule === 'date-from-publication'))
  const none = run('Police arrested a man.', null)
  assert.deepEqual(eventDate(none, at(none, 'arrested')), { date: null, reason: 'No date near the event and no publication date: the event date is left empty.' })
  assert.deepEqual(none.messages.map((m) => m.rule), ['date-unknown'])
})

test('eventDate prefers the stated day over ranges and durations in the same sentence', () => {
  const doc = run('On 7 May 2020, villages were torched during a two-day battle.')
  assert.deepEqual(eventDate(doc, at(doc, 'torched')).date?.text, '7 May 2020')
})

test('eventDate: a body found gets time precision 2', () => {
  const doc = run('On 9 May 2020, a man was found dead on a road.')
  assert.deepEqual([eventDate(doc, at(doc, 'found dead')).date?.day, eventDate(doc, at(doc, 'found dead')).date?.precision], ['2020-05-09', 2])
  assert.equal(doc.dates[0].precision, 1)     // the mention itself is unchanged
})

test('calendar helpers', () => {
  const tue = dayNumber('2016-03-29')!
  assert.equal(dayString(nearestWeekday(tue, 0, 'past')), '2016-03-27')
  assert.equal(dayString(nearestWeekday(tue, 2, 'past', true)), '2016-03-22')
  assert.equal(dayString(nearestWeekday(tue, 4, 'future')), '2016-03-31')
  assert.equal(dayString(middle(dayNumber('2016-03-21')!, dayNumber('2016-03-27')!)), '2016-03-24')
  assert.equal(dayNumber('2016-02-30'), null)
})

test('eventDate: "since Friday" opens a period, and a date after "after ... killed" is the other act\'s', () => {
  // 2016-03-29 is a Tuesday: Friday 25, Monday 28.
  const doc = run('The toll of the clashes since Friday rose to six on Monday.')
  assert.deepEqual(eventDate(doc, at(doc, 'clashes')).date?.day, '2016-03-28')
  const other = run('The clashes began in the port after eight people were killed Friday in Arsal.')
  assert.deepEqual(eventDate(other, at(other, 'clashes')).date?.rule, 'date-from-publication')
  // "after Friday prayers" has no verb of its own: Friday is the protest's day.
  const prayers = run('Crowds protested after Friday prayers in the old city.')
  assert.deepEqual(eventDate(prayers, at(prayers, 'protested')).date?.day, '2016-03-25')
})

test('eventDate: an undated headline takes the lead\'s day; an undated sentence the story\'s last day, a few sentences back', () => {
  const doc = run('Thousands march against police violence\n\nThe marches were peaceful.\n\nThousands of people marched in Lyon on Saturday.')
  const head = eventDate(doc, at(doc, 'march'))
  assert.deepEqual([head.date?.day, head.date?.text], ['2016-03-26', 'Saturday'])
  assert.ok(doc.messages.some((m) => m.rule === 'date-from-lead'))
  const story = run('Militants attacked a post near Gao on Sunday.\n\nThe army said it sent reinforcements.\n\nIn response, jets bombed a camp.')
  const told = eventDate(story, at(story, 'bombed'))
  assert.deepEqual([told.date?.day, told.date?.text], ['2016-03-27', 'Sunday'])
  assert.ok(story.messages.some((m) => m.rule === 'date-from-narrative'))
  // A statement's day, a day long past and a day more than four sentences back do not carry.
  const said = run('The army said on Monday that it was ready. Its units were tired.\n\nLater, jets bombed a camp.')
  assert.deepEqual(eventDate(said, at(said, 'bombed')).date?.rule, 'date-from-publication')
  const old = run('Militants attacked a post on 2 March 2016. The post was small.\n\nLater, jets bombed a camp.')
  assert.deepEqual(eventDate(old, at(old, 'bombed')).date?.rule, 'date-from-publication')
  const far = run('Militants attacked a post on Sunday. The post was small. It had ten guards. They were tired. Help came late.\n\nJets bombed a camp.')
  assert.deepEqual(eventDate(far, at(far, 'bombed')).date?.rule, 'date-from-publication')
})

test('"overnight" after a stated day in its sentence is that day\'s night', () => {
  // Its precision is the stated day's: the night of an approximate day is approximate.
  assert.deepEqual(rows('Around 10 March 2016, overnight, gunmen attacked a post.'), [['10 March 2016', '2016-03-10', 2], ['overnight', '2016-03-10', 2]])
  // Alone it is the night before publication (2016-03-29).
  assert.deepEqual(rows('Gunmen attacked a post overnight.'), [['overnight', '2016-03-28', 1]])
})

test('eventDate: a day after "in retaliation for" or still to come does not date a past act', () => {
  // 2016-03-29 is a Tuesday.
  const doc = run('29 March. Herders attacked Koro in retaliation for the death of a herder on Sunday.')
  assert.deepEqual(eventDate(doc, at(doc, 'attacked')).date?.day, '2016-03-29')
  const ahead = run('2 March. Rioters barricaded a road in Allada to demand fair elections in April 2016.')
  assert.deepEqual(eventDate(ahead, at(ahead, 'barricaded')).date?.day, '2016-03-02')
  assert.deepEqual(eventDate(ahead, at(ahead, 'Rioters')).date?.day, '2016-03-02')
  // A plan keeps its day to come.
  const plan = run('Unions will strike across Benin in April 2016.')
  assert.deepEqual(eventDate(plan, at(plan, 'strike')).date?.day, '2016-04-15')
})

test('a photo or scan label with a date on its own line is metadata, not a day of the story; a date told in a sentence still is', () => {
  assert.deepEqual(rows('SCAN DATE: 3/20/2009\nGunmen attacked a police post on Sunday.'), [['Sunday', '2016-03-27', 1]])
  assert.deepEqual(rows('Photo taken 3/20/2009\nGunmen attacked a police post.'), [])
  assert.deepEqual(rows('Gunmen attacked a police post on 3/20/2009.\nThe photo was taken later.'), [['3/20/2009', '2009-03-20', 1]])
  assert.deepEqual(rows('The photo was taken on 3/20/2009, when gunmen attacked the post.'), [['3/20/2009', '2009-03-20', 1]])
  const doc = run('Photo taken 3/20/2009\nGunmen attacked a police post.')
  assert.equal(doc.messages.filter((m) => m.rule === 'metadata-date').length, 1)
})

// 2016-03-29, the publication day of these tests, is a Tuesday: Saturday 26, Sunday 27, Monday 28.

test('"the night of Saturday to Sunday" is the evening\'s day, one night of two dates too; two days in a row are a period', () => {
  assert.deepEqual(rows('Rebels raided the camp on the night of Saturday to Sunday.'), [['the night of Saturday to Sunday', '2016-03-26', 1]])
  assert.deepEqual(rows('Rebels raided the camp on Sunday.'), [['Sunday', '2016-03-27', 1]])
  assert.deepEqual(rows('Rebels raided the camp overnight into Sunday.'), [['overnight into Sunday', '2016-03-26', 1]])
  assert.deepEqual(rows('Rebels raided the camp overnight.'), [['overnight', '2016-03-28', 1]])
  assert.deepEqual(rows('Rebels raided the camp in the night of 26 to 27 March.'), [['26 to 27 March', '2016-03-26', 1]])
  assert.deepEqual(periods('Rebels raided the camps between 26 and 27 March.'), [['between 26 and 27 March', '2016-03-26', 2, '2016-03-26', '2016-03-27']])
})

test('a weekday range ends on the most recent such day on or before publication, or starts on the next when future', () => {
  assert.deepEqual(periods('Rebels and soldiers clashed between Friday and Monday.'), [['between Friday and Monday', '2016-03-26', 2, '2016-03-25', '2016-03-28']])
  assert.deepEqual(periods('Rebels and soldiers clashed on Sunday and Monday.'), [['Sunday and Monday', '2016-03-27', 2, '2016-03-27', '2016-03-28']])
  assert.deepEqual(periods('Unions will march from Thursday to Saturday.'), [['from Thursday to Saturday', '2016-04-01', 2, '2016-03-31', '2016-04-02']])
  assert.deepEqual(rows('Rebels and soldiers clashed on Friday.'), [['Friday', '2016-03-25', 1]])
})

test('"last year", "two years ago" and "the year before" are years of history: mid-year, time precision 3', () => {
  assert.deepEqual(periods('Militants took the town last year.'), [['last year', '2015-07-01', 3, '2015-01-01', '2015-12-31']])
  assert.deepEqual(rows('Militants took the town two years ago.'), [['two years ago', '2014-03-29', 3]])
  // "the year before" counts from the year last told, else from publication.
  assert.deepEqual(rows('In 2012, the army retook the town. Militants had taken it the year before.'),
    [['2012', '2012-07-01', 3], ['the year before', '2011-07-01', 3]])
  assert.deepEqual(rows('Militants had taken the town the year before.'), [['the year before', '2015-07-01', 3]])
  // "the year before last" and "a year before the vote" are no such years.
  assert.deepEqual(rows('Militants had taken the town the year before last.'), [])
  assert.deepEqual(rows('Militants took the town a year before the vote.'), [])
})

test('a dated dateline is the report\'s day: relative dates and an undated event count from it', () => {
  const doc = run('KABUL, March 27 (Reuters) - Gunmen attacked a checkpoint on Monday.')
  assert.deepEqual(doc.dates.map((d) => [d.text, d.day]), [['March 27', '2016-03-27'], ['Monday', '2016-03-21']])
  assert.ok(doc.messages.some((m) => m.rule === 'dateline-day'))
  const plain = run('KABUL (Reuters) - Gunmen attacked a checkpoint on Monday.')
  assert.deepEqual(plain.dates.map((d) => [d.text, d.day]), [['Monday', '2016-03-28']])
  const today = run('KABUL, March 27 (Reuters) - Gunmen attacked a checkpoint today.')
  assert.deepEqual(eventDate(today, at(today, 'attacked')).date?.day, '2016-03-27')
  const undated = run('KABUL, March 27 (Reuters) - Gunmen attacked a checkpoint.')
  const d = eventDate(undated, at(undated, 'attacked')).date
  assert.deepEqual([d?.day, d?.precision, d?.rule], ['2016-03-27', 2, 'date-from-publication'])
  // A dateline date long before publication is no report's day of this page.
  const old = run('KABUL, March 2 (Reuters) - Gunmen attacked a checkpoint on Monday.')
  assert.deepEqual(old.dates.map((x) => [x.text, x.day]), [['March 2', '2016-03-02'], ['Monday', '2016-03-28']])
})

test('eventDate: a statement\'s day yields to a later "the attack took place on ..."; "On Monday, the army said" is a statement\'s day', () => {
  const doc = run('Gunmen killed four guards at a mine, officials said on Monday. The attack took place on Saturday night.')
  assert.deepEqual(eventDate(doc, at(doc, 'killed')).date?.day, '2016-03-26')
  assert.ok(doc.messages.some((m) => m.rule === 'date-of-occurrence'))
  const twin = run('Gunmen killed four guards at a mine, officials said on Monday. The mine reopened on Saturday.')
  assert.deepEqual(eventDate(twin, at(twin, 'killed')).date?.day, '2016-03-28')
  const said = run('On Monday, the army said its jets had struck the camp two days earlier.')
  assert.deepEqual(eventDate(said, at(said, 'struck')).date?.day, '2016-03-26')
  // A period the sentence opens with is no statement's day, whatever verb follows.
  const span = run('Between 6pm on Sunday and 1am on Tuesday, police said more than 70 arrests were made.')
  assert.deepEqual(eventDate(span, at(span, 'arrests')).date?.day, '2016-03-29')
  const own = run('On Monday, jets struck the camp.')
  assert.deepEqual(eventDate(own, at(own, 'struck')).date?.day, '2016-03-28')
})

test('eventDate: another act\'s day does not date the event, in its sentence or the next', () => {
  const doc = run('Herders attacked Koro in retaliation for a raid on Sunday. Two people were killed.')
  assert.deepEqual(eventDate(doc, at(doc, 'attacked')).date?.rule, 'date-from-publication')
  assert.deepEqual(eventDate(doc, at(doc, 'killed')).date?.rule, 'date-from-publication')
  const first = run('In retaliation for a raid on Sunday, herders attacked Koro.')
  assert.deepEqual(eventDate(first, at(first, 'attacked')).date?.rule, 'date-from-publication')
  const after = run('In retaliation for a raid, herders attacked Koro on Sunday.')
  assert.deepEqual(eventDate(after, at(after, 'attacked')).date?.day, '2016-03-27')
  const twin = run('Herders attacked Koro on Sunday. Two people were killed.')
  assert.deepEqual(eventDate(twin, at(twin, 'killed')).date?.day, '2016-03-27')
  const clause = run('Hundreds marched to demand the release of a reporter who disappeared on 2 March.')
  assert.deepEqual(eventDate(clause, at(clause, 'marched')).date?.rule, 'date-from-publication')
  // "which" may tell the very act of the group it follows: its date stays.
  const which = run('The wave of abductions was begun by the group, which seized 200 pupils from a school in 2014.')
  assert.deepEqual(eventDate(which, at(which, 'abductions')).date?.day, '2014-07-01')
  const plain = run('Hundreds marched on 2 March to demand the release of a reporter.')
  assert.deepEqual(eventDate(plain, at(plain, 'marched')).date?.day, '2016-03-02')
})

test('"two days before protests" counts from the protests, not from the date before it; "two days after the attack" counts from it', () => {
  assert.deepEqual(rows('Police arrested him on Monday, two days before protests were due.'), [['Monday', '2016-03-28', 1]])
  assert.deepEqual(rows('Gunmen attacked the town on Saturday. Two days after the attack, police arrested five men.'), [['Saturday', '2016-03-26', 1], ['Two days after', '2016-03-28', 1]])
})

test('"yesterday (27 March)": the day written out in brackets is the one meant', () => {
  assert.deepEqual(rows('Pirates boarded a tanker yesterday (27 March).'), [['27 March', '2016-03-27', 1]])
  assert.deepEqual(rows('Pirates boarded a tanker yesterday.'), [['yesterday', '2016-03-28', 1]])
})

test('"(month of)" after a date: only its month is known, time precision 3; the night of an approximate day is approximate', () => {
  assert.deepEqual(rows('Around 15 March 2016 (month of), the army deployed in the north.'), [['15 March 2016', '2016-03-15', 3]])
  assert.deepEqual(rows('Around 15 March 2016 (as reported), the army deployed in the north.'), [['15 March 2016', '2016-03-15', 2]])
  assert.deepEqual(rows('Around 10 March 2016 (between 10 - 11 March), people demonstrated overnight in the town.'),
    [['10 March 2016', '2016-03-10', 2], ['between 10 - 11 March', '2016-03-10', 2], ['overnight', '2016-03-10', 2]])
  assert.deepEqual(rows('On 10 March 2016, people demonstrated overnight in the town.'), [['10 March 2016', '2016-03-10', 1], ['overnight', '2016-03-10', 1]])
})

test('a weekday inside a name ("the Red Wednesday movement", "Bloody Sunday") is no day of the story', () => {
  assert.deepEqual(rows('Members of the Red Wednesday movement protested in Cotonou.'), [])
  assert.deepEqual(rows('Marchers recalled Bloody Sunday in Derry.'), [])
  assert.deepEqual(rows('Members of the movement protested in Cotonou on Wednesday.'), [['Wednesday', '2016-03-23', 1]])
})

test('"late last month", "early this month": a part of that month, time precision 2; "last month" alone is the month', () => {
  assert.deepEqual(periods('Clashes erupted late last month.'), [['late last month', '2016-02-25', 2, '2016-02-21', '2016-02-29']])
  assert.deepEqual(periods('Clashes erupted early this month.'), [['early this month', '2016-03-05', 2, '2016-03-01', '2016-03-10']])
  assert.deepEqual(periods('Clashes erupted last month.'), [['last month', '2016-02-15', 3, '2016-02-01', '2016-02-29']])
})

test('"in the coming weeks", "over the next three days": a period still to come, from the day after publication', () => {
  assert.deepEqual(periods('Reinforcements will be sent in the coming weeks.'), [['in the coming weeks', '2016-04-09', 3, '2016-03-30', '2016-04-19']])
  assert.deepEqual(periods('Talks are due over the next three days.'), [['over the next three days', '2016-03-31', 2, '2016-03-30', '2016-04-01']])
  // "weeks" with no count are a few (data/dates.yaml counts). Twin: the past period runs up to publication.
  assert.deepEqual(periods('Over the past three days, 20 people died.'), [['Over the past three days', '2016-03-27', 2, '2016-03-27', '2016-03-29']])
})

test('rule patterns skipped where their words are missing still read them where they stand', () => {
  // Letters of a month inside words ("marched", "Mayor", "market") are no month; a weekday's letters inside "Sundays" neither.
  assert.deepEqual(rows('The Mayor marched to the market with traders who sell there on Sundays.'), [])
  // The same patterns, with their words: a month part, a day range, a weekday range, weeks and months back.
  assert.deepEqual(periods('Fighting raged in early March and again between 2 and 4 February.').map((r) => r.slice(0, 3)),
    [['early March', '2016-03-05', 2], ['between 2 and 4 February', '2016-02-03', 2]])
  assert.deepEqual(periods('Troops held the pass from Friday to Sunday.').map((r) => r.slice(0, 3)), [['from Friday to Sunday', '2016-03-26', 2]])
  assert.deepEqual(rows('Gunmen struck the village three weeks ago, and again two months ago.'),
    [['three weeks ago', '2016-03-08', 2], ['two months ago', '2016-01-15', 3]])
})
