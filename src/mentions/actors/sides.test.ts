import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../../pipeline.js'
import { toRecords } from '../../events/records.js'

// Sentences of our own, one ACLED naming convention each: who did it to whom, with exact names.
function sides(text: string, published = '2021-06-10') {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  const rows = toRecords(doc).map((r) => [r.sub_event_type, r.actor1, r.assoc_actor_1, r.actor2, r.assoc_actor_2, r.interaction])
  return { doc, rows, records: toRecords(doc) }
}
const reasons = (doc: ReturnType<typeof sides>['doc'], rule: string) => doc.messages.filter((m) => m.rule === rule).map((m) => m.reason)

test('farmers who attack are a communal militia with Farmers associated; the herder they hit stays a pastoralist', () => {
  const { doc, rows } = sides('On Sunday, a group of farmers armed with machetes killed a herder near Kandi in northern Benin.')
  assert.deepEqual(rows, [['Attack', 'Unidentified Communal Militia (Benin)', 'Farmers (Benin)', 'Civilians (Benin)', 'Pastoralists (Benin)', 47]])
  assert.deepEqual(reasons(doc, 'people-as-militia'), [
    '"a group of farmers" did the act: a group of people who attack are "Unidentified Communal Militia (Benin)", as ACLED names them.'])
})

test('Fulani herdsmen who kill farmers are the Fulani Ethnic Militia, with Pastoralists associated', () => {
  assert.deepEqual(sides('Suspected Fulani herdsmen killed two farmers in Kalale, Benin, on Tuesday.').rows, [
    ['Attack', 'Fulani Ethnic Militia (Benin)', 'Pastoralists (Benin)', 'Civilians (Benin)', 'Farmers (Benin)', 47]])
})

test('farmers who were attacked are no militia: the unnamed attacker is', () => {
  assert.deepEqual(sides('Two farmers were killed in an attack near Kandi in northern Benin on Sunday.').rows, [
    ['Attack', 'Unidentified Armed Group (Benin)', '', 'Civilians (Benin)', 'Farmers (Benin)', 37]])
})

test('a shoot-out with no side named is unidentified against unidentified, not against the state', () => {
  const { doc, rows } = sides('On Friday a shoot-out took place in the Bangu neighbourhood of Rio de Janeiro, Brazil.')
  assert.deepEqual(rows, [['Armed clash', 'Unidentified Armed Group (Brazil)', '', 'Unidentified Armed Group (Brazil)', '', 33]])
  assert.deepEqual(reasons(doc, 'unnamed-sides'), ['No side of the fight is named: both are unidentified, not the state.'])
})

test('a gang hallmark told in the sentence after the killing still names the gang', () => {
  const { doc, rows } = sides('A man was found dead in Tijuana, Mexico, on Monday. His hands were tied.')
  assert.deepEqual(rows, [['Attack', 'Unidentified Gang (Mexico)', '', 'Civilians (Mexico)', '', 37]])
  assert.deepEqual(reasons(doc, 'gang-convention'), [
    '"tied" marks a criminal killing: the unidentified perpetrator is "Unidentified Gang (Mexico)", as ACLED names gangs here.'])
})

test('the crowd named only by its nationality is the evidence for the protesters', () => {
  const { doc, records } = sides('Thousands of Kenyans rallied in Nairobi on Tuesday to demand lower fuel prices.')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.actor1, r.actor2]), [['Peaceful protest', 'Protesters (Kenya)', null]])
  assert.equal(doc.text.slice(...records[0].evidence.actor1!), 'Kenyans')
})

test('a nationality before "forces" or "tanks" names that country\'s military; the noun alone names nobody', () => {
  assert.deepEqual(sides('Malian forces killed ten militants near Mopti, Mali, on Monday.').rows, [
    ['Armed clash', 'Military Forces of Mali (2021-)', '', 'Unidentified Armed Group (Mali)', '', 13]])
  const { doc } = sides('The forces withdrew from the town of Mopti in Mali on Monday.')
  assert.deepEqual(doc.actors.map((a) => a.name), [])
})

test('the people hit named only by their nationality are the civilians\' evidence', () => {
  const { doc, records } = sides('Police arrested more than 100 Kenyans in Mombasa, Kenya, on Saturday.')
  assert.deepEqual(records.map((r) => [r.sub_event_type, r.actor1, r.actor2]), [['Arrests', 'Police Forces of Kenya (2013-)', 'Civilians (Kenya)']])
  assert.equal(doc.text.slice(...records[0].evidence.actor2!), 'Kenyans')
})

test('a mob that kills someone it took for a thief is rioters with Vigilante Group associated', () => {
  const { doc, rows } = sides('An angry mob beat a suspected thief to death in Cotonou, Benin, on Sunday.')
  assert.deepEqual(rows, [['Mob violence', 'Rioters (Benin)', 'Vigilante Group (Benin)', 'Civilians (Benin)', '', 57]])
  assert.deepEqual(reasons(doc, 'mob-justice'), [
    '"thief": the crowd punished someone it took for a criminal, mob justice: "Vigilante Group (Benin)" is associated with the rioters.'])
  assert.deepEqual(sides('An angry mob beat a man to death in Cotonou, Benin, on Sunday after a dispute over a debt.').rows, [
    ['Mob violence', 'Rioters (Benin)', '', 'Civilians (Benin)', '', 57]])
})

test('a woman hit is Civilians with Women associated', () => {
  assert.deepEqual(sides('A woman was shot dead by gunmen in Culiacan, Mexico, on Sunday.').rows, [
    ['Attack', 'Unidentified Armed Group (Mexico)', '', 'Civilians (Mexico)', 'Women (Mexico)', 37]])
})

test('a cattle camp hit is its herders\'; a displaced person hit is Refugees/IDPs', () => {
  assert.deepEqual(sides('A displaced person was killed by a landmine in Kyauktaw, Myanmar, on Monday.').rows, [
    ['Remote explosive/landmine/IED', 'Unidentified Armed Group (Myanmar)', '', 'Civilians (Myanmar)', 'Refugees/IDPs (Myanmar)', 37]])
  const { rows } = sides('Gunmen attacked a cattle camp in Tonj North county, South Sudan, on Monday, killing three people.')
  assert.deepEqual(rows.map((r) => [r[3], r[4]]), [['Civilians (South Sudan)', 'Pastoralists (South Sudan)']])
})

test('"Boko Haram" alone after the 2016 split is the uncertain pair; before it, and by a faction\'s own name, one group', () => {
  const text = 'Boko Haram fighters attacked the village of Amchide in Cameroon on Monday, killing two residents.'
  const pair = 'Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad'
  const jas = 'Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad'
  assert.deepEqual(sides(text, '2020-05-10').rows.map((r) => r[1]), [pair])
  assert.deepEqual(sides(text, '2014-05-10').rows.map((r) => r[1]), [jas])
  assert.deepEqual(sides(text.replace('Boko Haram', 'JAS'), '2020-05-10').rows.map((r) => r[1]), [jas])
  // "ISWAP or Boko Haram": the pair once, not the pair joined to one of its halves.
  assert.deepEqual(sides('ISWAP or Boko Haram militants abducted a girl near Bosso, Niger, on Monday.', '2020-05-10').rows.map((r) => r[1]), [pair])
})

test('people of a town who attack are that town\'s communal militia; residents attacked are not', () => {
  const { doc, rows } = sides('On Monday, people from Kandi attacked Fulani herders near Malanville in Benin, wounding one.')
  assert.deepEqual(rows, [['Attack', 'Kandi Communal Militia (Benin)', '', 'Civilians (Benin)', 'Fulani Ethnic Group (Benin); Pastoralists (Benin)', 47]])
  assert.deepEqual(reasons(doc, 'townsfolk-militia'), ['"people" of a place did the act: a communal militia.'])
  assert.deepEqual(sides('On Tuesday, residents of Kandi were attacked by gunmen in northern Benin.').rows, [
    ['Attack', 'Unidentified Armed Group (Benin)', '', 'Civilians (Benin)', '', 37]])
})

test('unnamed security forces who arrest people are the police; soldiers who do stay the military', () => {
  const { doc, rows } = sides('On Monday, security forces arrested five opposition activists in Cotonou, Benin.')
  assert.deepEqual(rows, [['Arrests', 'Police Forces of Benin (2016-)', '', 'Protesters (Benin)', '', 16]])
  assert.deepEqual(reasons(doc, 'policing-force'), ['"security forces" arrest or police a crowd: unnamed security forces doing so are "Police Forces of Benin (2016-)".'])
  assert.deepEqual(sides('On Monday, soldiers arrested five opposition activists in Cotonou, Benin.').rows.map((r) => r[1]), ['Military Forces of Benin (2016-)'])
  assert.deepEqual(sides('Security forces killed ten militants near Mopti, Mali, on Monday.').rows.map((r) => r[1]), ['Military Forces of Mali (2021-)'])
})
