import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extract } from '../pipeline.js'
import { toRecords } from './records.js'

// Short sentences of our own, one phenomenon each: who did it to whom, as ACLED names them.
function recordsOf(text: string, published: string) {
  const doc = extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 't' }, text })
  return { doc, records: toRecords(doc) }
}
function sides(text: string, published = '2020-06-10') {
  const { doc, records } = recordsOf(text, published)
  return { doc, rows: records.map((r) => [r.sub_event_type, r.actor1, r.assoc_actor_1, r.actor2, r.assoc_actor_2, r.interaction]) }
}

test('a backer named with "supported by" is associated with actor1, never a side', () => {
  const { doc, rows } = sides('A gendarmerie unit, supported by volunteer fighters, killed thirteen militants near Djibo in Burkina Faso on Monday.')
  assert.deepEqual(rows, [['Armed clash', 'Military Forces of Burkina Faso (2015-) Gendarmerie', 'VDP: Volunteers for the Defense of the Homeland',
    'Unidentified Armed Group (Burkina Faso)', '', 13]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'backer-associated').map((m) => doc.text.slice(...m.span!)), ['volunteer fighters'])
})

test('the agent after "by" in the passive voice is actor1, the ones hit actor2', () => {
  assert.deepEqual(sides('Soldiers were killed by militants in an ambush near Diffa, Niger, on Monday.').rows, [
    ['Armed clash', 'Unidentified Armed Group (Niger)', '', 'Military Forces of Niger (2011-)', '', 13]])
})

test('teachers protesting: Protesters (Brazil) with Teachers (Brazil) associated', () => {
  assert.deepEqual(sides('Hundreds of teachers protested in Brasilia on Tuesday to demand higher pay.').rows, [
    ['Peaceful protest', 'Protesters (Brazil)', 'Teachers (Brazil)', null, '', 60]])
})

test('a victim group rides along with the civilians hit', () => {
  assert.deepEqual(sides('Police said unidentified gunmen killed a trader in Kano, Nigeria, on behalf of a rival clan.').rows, [
    ['Attack', 'Unidentified Armed Group (Nigeria)', '', 'Civilians (Nigeria)', 'Labour Group (Nigeria)', 37]])
})

test('a drive-by shooting in Mexico is the work of an unidentified gang, as ACLED names it there', () => {
  const { doc, rows } = sides('Armed men on a motorcycle carried out a drive-by shooting in Monterrey, Mexico on Friday, killing a man.')
  assert.deepEqual(rows, [['Attack', 'Unidentified Gang (Mexico)', '', 'Civilians (Mexico)', '', 37]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'gang-convention').map((m) => m.reason), [
    '"drive-by" marks a criminal killing: the unidentified perpetrator is "Unidentified Gang (Mexico)", as ACLED names gangs here.'])
})

test('"X or Y militants" is one uncertain actor, "X and/or Y"', () => {
  assert.deepEqual(sides('JNIM or Islamic State militants attacked an army post near Menaka in Mali on Sunday, killing four soldiers.').rows, [
    ['Armed clash', 'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)', '', 'Military Forces of Mali (2013-)', '', 12]])
})

test('who tells of the event ("military sources said") is no side of it', () => {
  assert.deepEqual(sides('Rebels shelled the town of Goma in Congo on Sunday, killing four civilians, military sources said.').rows, [
    ['Shelling/artillery/missile attack', 'Unidentified Armed Group (Democratic Republic of Congo)', '', 'Civilians (Democratic Republic of Congo)', '', 37]])
})

test('the actors chosen and the interaction are explained', () => {
  const { doc } = sides('Soldiers were killed by militants in an ambush near Diffa, Niger, on Monday.')
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'actors-chosen').map((m) => m.reason), [
    'actor1 "Unidentified Armed Group (Niger)" (inter 3, generic-armed, "militants"), actor2 "Military Forces of Niger (2011-)" (inter 1, generic-military, "Soldiers"): interaction 13.'])
})

test('those who repel an attack did not start the clash: the attackers are actor1', () => {
  const { doc, rows } = sides('Nine Taliban militants were killed when Afghan forces repulsed their attack on a checkpoint in Chora district, Uruzgan, on Friday.', '2020-05-10')
  assert.deepEqual(rows, [['Armed clash', 'Taliban', '', 'Military Forces of Afghanistan (2014-)', '', 12]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'defender-second').map((m) => doc.text.slice(...m.span!)), ['Afghan forces'])
})

test('communities fighting over land: both sides communal militias, not the state', () => {
  assert.deepEqual(sides('Militias from Umuleri and Aguleri clashed over a land dispute in Anambra, Nigeria, on Monday.').rows, [
    ['Armed clash', 'Unidentified Communal Militia (Nigeria)', '', 'Unidentified Communal Militia (Nigeria)', '', 44]])
  assert.deepEqual(sides('Unknown raiders attacked a cattle camp near Bor in South Sudan on Monday, killing two herders.').rows, [
    ['Attack', 'Unidentified Communal Militia (South Sudan)', '', 'Civilians (South Sudan)', 'Pastoralists (South Sudan)', 47]])
})

test('a body found bound in Mexico: gang violence; the same words in Afghanistan name no gang', () => {
  assert.deepEqual(sides('A man was found dead with his hands tied on a road in Culiacan, Mexico, on Friday.').rows, [
    ['Attack', 'Unidentified Gang (Mexico)', '', 'Civilians (Mexico)', '', 37]])
  assert.deepEqual(sides('Gunmen killed a man and left his body with the hands tied near Herat, Afghanistan, on Friday.').rows.map((r) => r[1]), [
    'Unidentified Armed Group (Afghanistan)'])
})

// Sides from syntax and the sentences around the act. Rows are [actor1, assoc1, actor2, assoc2, interaction]:
// the sub-type is the event typing's concern, not the sides'.
const actorsOf = (text: string, published: string) => sides(text, published).rows.map((r) => r.slice(1))
const rulesOf = (doc: ReturnType<typeof sides>['doc'], rule: string) => doc.messages.filter((m) => m.rule === rule).map((m) => doc.text.slice(...m.span!))

test('the subject of a passive verb of harm is the one hit, even with a noun between ("an army supply convoy was ambushed")', () => {
  assert.deepEqual(actorsOf('An army supply convoy was ambushed on the road between Dori and Gorom-Gorom in Burkina Faso on Friday and a soldier was killed.', '2023-06-10'), [
    ['Unidentified Armed Group (Burkina Faso)', '', 'Military Forces of Burkina Faso (2022-)', '', 13]])
})

test('the agent after "by" may carry a number and adjectives ("attacked by two armed men")', () => {
  assert.deepEqual(actorsOf('A police patrol was attacked by two armed men in Kaduna, Nigeria, on Friday, and one officer was killed.', '2021-03-06').map((r) => r[0]), [
    'Unidentified Armed Group (Nigeria)'])
})

test('who ran the operation started the clash, though the other side opened fire and the troops returned it', () => {
  const { doc, rows } = sides('A Lebanese soldier was killed on Saturday in an exchange of fire with gunmen in Tripoli, Lebanon. '
    + 'An army unit was raiding a house to arrest a wanted man when the gunmen opened fire. Troops returned fire.', '2023-11-19')
  assert.deepEqual(rows.map((r) => r.slice(1)), [['Military Forces of Lebanon (2021-)', '', 'Unidentified Armed Group (Lebanon)', '', 13]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'initiator-first').map((m) => m.reason)[0],
    '"army ... raiding": "Military Forces of Lebanon (2021-)" ran the operation against the other side, so it is actor1.')
})

test('in an exchange of fire, the side that opened fire is actor1, whatever the order of the words', () => {
  assert.deepEqual(actorsOf('Police and gunmen exchanged fire near Tarlac in the Philippines on Sunday. The gunmen had opened fire on a checkpoint, and officers shot back.', '2020-02-10'), [
    ['Unidentified Armed Group (Philippines)', '', 'Police Forces of the Philippines (2016-)', '', 13]])
})

test('a later sentence about another incident says nothing of who started this one', () => {
  assert.deepEqual(actorsOf('Soldiers clashed with Taliban fighters in Zabul, Afghanistan, on Monday, killing nine militants. In another incident, Taliban militants attacked a police post in Kandahar.', '2020-03-17')[0], [
    'Military Forces of Afghanistan (2014-)', '', 'Taliban', '', 12])
})

test('a spokesperson speaks of the event and takes no side; armed youths of a named community are its communal militia', () => {
  const { doc, rows } = sides('The state police spokesperson, Major John Deng, said armed youths from the Kabong community attacked a cattle camp near Rumbek in South Sudan on Monday, killing six people.', '2021-06-22')
  // A cattle camp hit is its herders' (generic.yaml social Pastoralists).
  assert.deepEqual(rows, [['Attack', 'Kabong Communal Militia (South Sudan)', '', 'Civilians (South Sudan)', 'Pastoralists (South Sudan)', 47]])
  assert.deepEqual(rulesOf(doc, 'teller-spokesperson'), ['The state', 'police'])
})

test('the security office that reports police were attacked is no side of the attack', () => {
  const { doc } = sides('The state security office said in a statement that gunmen in several vehicles ambushed police officers near Celaya, Mexico, on Tuesday, killing three.', '2018-07-04')
  assert.deepEqual(doc.events.map((e) => [e.actor1?.name, e.actor2?.name]), [['Unidentified Armed Group (Mexico)', 'Police Forces of Mexico (2012-)']])
})

test('a government the armed groups are "nominally aligned with" is no side; rival unnamed groups fight each other, not the state', () => {
  const { doc, rows } = sides('Fighting broke out in Tripoli, Libya, on Monday night between two armed groups nominally aligned with the Government of National Unity, killing five people.', '2024-05-14')
  assert.deepEqual(rows.map((r) => r.slice(1)), [['Unidentified Armed Group (Libya)', '', 'Unidentified Armed Group (Libya)', '', 33]])
  assert.deepEqual(rulesOf(doc, 'aligned-not-side'), ['Government'])
})

test('a nationality before a strike names whose forces struck when no agent is named', () => {
  const { doc, rows } = sides('Israeli air and missile strikes on Gaza killed two people on Wednesday.', '2019-11-13')
  // Israel's forces in the Palestinian territories are state forces for ACLED (inter 1), not external ones.
  assert.deepEqual(rows.map((r) => r.slice(1)), [['Military Forces of Israel (2009-)', '', 'Civilians (Palestine)', '', 17]])
  assert.deepEqual(rulesOf(doc, 'national-strike'), ['Israeli'])
})

test('who planted a bomb set it off, but a bomb found and defused was the police\'s act', () => {
  assert.deepEqual(actorsOf('A bomb planted by the Taliban killed two soldiers in Kandahar, Afghanistan, on Monday.', '2020-03-10').map((r) => r[0]), ['Taliban'])
  assert.deepEqual(sides('Police defused a bomb planted by Maoists near Gaya in Bihar, India, on Monday.', '2020-03-10').rows, [
    ['Disrupted weapons use', 'Police Forces of India (2014-)', '', 'Naxal-Maoist Rebels (India)', '', 12]])
})

test('those who inspect the scene afterwards are no side of the bombing', () => {
  const { doc, rows } = sides('Police inspected the scene after a bomb exploded near a market in Yala, Thailand, on Tuesday, killing one man.', '2015-07-15')
  assert.deepEqual(rows.map((r) => r[1]), ['Unidentified Armed Group (Thailand)'])
  assert.deepEqual(rulesOf(doc, 'after-the-fact'), ['Police'])
})

test('a mob that fights another group has rioters on both sides; a mob that falls on a man has a civilian victim', () => {
  const { doc, rows } = sides('Two mobs clashed with each other over a land dispute in Sitapur, India, on Sunday, and six people were injured.', '2020-05-04')
  assert.deepEqual(rows, [['Mob violence', 'Rioters (India)', '', 'Rioters (India)', '', 55]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'mutual-riot').map((m) => m.reason), ['"Two mobs": the mob fought another group, rioters on both sides.'])
  assert.deepEqual(actorsOf('A mob lynched a man suspected of cattle theft in a village near Sitapur, India, on Saturday night.', '2020-05-04').map((r) => r[2]), ['Civilians (India)'])
})

test('unnamed fighters that "clashed" with no one else named fought each other; "clashed with soldiers" names the other side', () => {
  assert.deepEqual(actorsOf('Armed men clashed near Fresnillo in Zacatecas, Mexico, on Thursday. No one was hurt.', '2020-05-08'), [
    ['Unidentified Armed Group (Mexico)', '', 'Unidentified Armed Group (Mexico)', '', 33]])
  assert.deepEqual(actorsOf('Gunmen clashed with soldiers near Fresnillo in Zacatecas, Mexico, on Thursday.', '2020-05-08'), [
    ['Unidentified Armed Group (Mexico)', '', 'Military Forces of Mexico (2018-)', '', 13]])
})

test('community leaders who sign a truce sign for their communal militias, both named', () => {
  const { doc, rows } = sides('Leaders of the Misseriya and Rizeigat communities signed a ceasefire agreement in El Fula, West Kordofan, Sudan, on Thursday.', '2022-10-14')
  assert.deepEqual(rows, [['Agreement', 'Misseriya Communal Militia (Sudan)', '', 'Rizeigat Communal Militia (Sudan)', '', 44]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'community-parties').map((m) => m.reason), [
    'The agreement is between communities: "Misseriya Communal Militia (Sudan)" and "Rizeigat Communal Militia (Sudan)".'])
})

test('state forces told before the blast that hit them are the target of the remote violence', () => {
  assert.deepEqual(sides('A policeman was killed by a Taliban-planted landmine in Kandahar, Afghanistan, on Saturday.', '2020-05-09').rows, [
    ['Remote explosive/landmine/IED', 'Taliban', '', 'Police Forces of Afghanistan (2014-)', '', 12]])
  assert.deepEqual(actorsOf('Three soldiers were killed when their vehicle hit a roadside bomb in Zabul, Afghanistan, on Saturday.', '2020-05-09'), [
    ['Unidentified Armed Group (Afghanistan)', '', 'Military Forces of Afghanistan (2014-)', '', 13]])
})

test('a protest met by a counter-protest has protesters on both sides; without one, no second side', () => {
  const { doc, rows } = sides('Hundreds of people protested against the government in Novi Sad, Serbia, on Sunday. A counter-protest by supporters of the ruling party gathered nearby.', '2020-05-04')
  assert.deepEqual(rows, [['Peaceful protest', 'Protesters (Serbia)', '', 'Protesters (Serbia)', '', 66]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'counter-protest').map((m) => m.reason), ['"counter-protest": a counter-demonstration met the protest, protesters on both sides.'])
  assert.deepEqual(actorsOf('Hundreds of people protested against the government in Novi Sad, Serbia, on Sunday.', '2020-05-04'), [['Protesters (Serbia)', '', null, '', 60]])
})

test('fighters a passive verb reports killed before the strike words are the strike\'s target', () => {
  assert.deepEqual(sides('Eight Taliban militants were killed by Afghan military airstrikes in Kandahar, Afghanistan, on Friday.', '2020-05-08').rows, [
    ['Air/drone strike', 'Military Forces of Afghanistan (2014-)', '', 'Taliban', '', 12]])
})

test('rioters meet the police, not the government they make demands of', () => {
  assert.deepEqual(actorsOf('Demonstrators barricaded roads with burning tires in front of the governor office in Kasserine, Tunisia, on Thursday to demand aid from the government.', '2020-05-07'), [
    ['Rioters (Tunisia)', '', null, '', 50]])
  assert.deepEqual(actorsOf('Rioters burned tires and threw stones at police in Kasserine, Tunisia, on Thursday.', '2020-05-07'), [
    ['Rioters (Tunisia)', '', 'Police Forces of Tunisia (2019-)', '', 15]])
})

test('a force that meets the rioters in the next sentence is their second side', () => {
  const { doc, rows } = sides('Workers set fire to tires outside a factory in La Plata, Argentina, on Saturday to demand unpaid wages. The police tried to contain the group.', '2020-05-09')
  assert.deepEqual(rows, [['Violent demonstration', 'Rioters (Argentina)', 'Labour Group (Argentina)', 'Police Forces of Argentina (2019-)', '', 15]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'met-by-force').map((m) => m.reason), ['"police ... tried to contain": the force met the crowd and is its second side.'])
})

test('where ACLED codes gangs, a victim tied to drug trafficking makes the killing a clash between gangs', () => {
  const { doc, rows } = sides('On 3 March 2021, in Recife, Pernambuco, a man was shot dead by two armed men on a motorcycle in Boa Vista neighborhood. The victim had charges against him for drug trafficking.', '2021-03-04')
  assert.deepEqual(rows, [['Armed clash', 'Unidentified Gang and/or Police Militia', '', 'Unidentified Gang (Brazil)', '', 33]])
  assert.equal(doc.messages.filter((m) => m.rule === 'gang-victim').length, 1)
})

test('a victim charged with another crime, or cleared of the tie, stays a civilian', () => {
  assert.deepEqual(sides('On 3 March 2021, in Recife, Pernambuco, a man was shot dead by two armed men on a motorcycle in Boa Vista neighborhood. The victim had charges against him for robbery.', '2021-03-04').rows,
    [['Attack', 'Unidentified Armed Group (Brazil)', '', 'Civilians (Brazil)', '', 37]])
  assert.deepEqual(sides('On 3 March 2021, in Recife, Pernambuco, a man was shot dead by two armed men in Boa Vista neighborhood. Residents said the victim was not involved in drug trafficking.', '2021-03-04').rows,
    [['Attack', 'Unidentified Gang and/or Police Militia', '', 'Civilians (Brazil)', '', 37]])
  // Outside the regions where ACLED codes gangs the victim's past does not change the event.
  assert.deepEqual(sides('On 3 March 2021, a man was shot dead by gunmen in Kano, Nigeria. The victim was a known drug dealer.', '2021-03-04').rows,
    [['Attack', 'Unidentified Armed Group (Nigeria)', '', 'Civilians (Nigeria)', '', 37]])
})

test('a protest the police disperse or arrest in the next sentence is a protest with intervention', () => {
  const lead = 'On 9 March 2021, around 300 factory workers staged a protest in Nashik (Maharashtra), demanding unpaid wages.'
  const row = ['Protest with intervention', 'Protesters (India)', 'Labour Group (India)', 'Police Forces of India (2014-)', '', 16]
  assert.deepEqual(sides(`${lead} Police dispersed the crowd.`, '2021-03-10').rows, [row])
  assert.deepEqual(sides(`${lead} Police dispersed them and arrested nearly 40 of them.`, '2021-03-10').rows, [row])
  // Police only present, or an arrest that is what the protest is about: still a peaceful protest.
  assert.deepEqual(sides(`${lead} The police later met the workers' leaders.`, '2021-03-10').rows,
    [['Peaceful protest', 'Protesters (India)', 'Labour Group (India)', null, '', 60]])
  assert.deepEqual(sides('On 9 March 2021, teachers protested in Lahore, Pakistan, against the arrest of their union leader. He was arrested on Monday in a corruption case.', '2021-03-10').rows,
    [['Peaceful protest', 'Protesters (Pakistan)', 'Teachers (Pakistan)', null, '', 60]])
})

test('a beating by an armed side is its attack; a crowd that beats someone is mob violence', () => {
  assert.deepEqual(sides('On 4 March 2021, police officers beat up a shopkeeper in Kumasi, Ghana, for opening during the curfew.', '2021-03-05').rows,
    [['Attack', 'Police Forces of Ghana (2017-)', '', 'Civilians (Ghana)', '', 17]])
  assert.deepEqual(sides('On 4 March 2021, a shopkeeper was assaulted by two police officers in Kumasi, Ghana.', '2021-03-05').rows,
    [['Attack', 'Police Forces of Ghana (2017-)', '', 'Civilians (Ghana)', '', 17]])
  assert.deepEqual(sides('On 4 March 2021, villagers beat up a suspected thief in Kumasi, Ghana.', '2021-03-05').rows,
    [['Mob violence', 'Rioters (Ghana)', 'Vigilante Group (Ghana)', 'Civilians (Ghana)', '', 57]])
  assert.deepEqual(sides('On 4 March 2021, a mob assaulted a police officer in Kumasi, Ghana.', '2021-03-05').rows,
    [['Mob violence', 'Rioters (Ghana)', '', 'Police Forces of Ghana (2017-)', '', 15]])
})

test('an attack on state forces or their post is a clash, even with bystanders hit; civilians or men off duty are attacked', () => {
  assert.deepEqual(sides('On 4 March 2021, one policeman and two civilians were shot dead by Taliban militants in Qalat city, Zabul.', '2021-03-05').rows,
    [['Armed clash', 'Taliban', '', 'Police Forces of Afghanistan (2014-)', '', 12]])
  assert.deepEqual(sides('On 4 March 2021, Taliban militants attacked a check point in Alingar district, Laghman.', '2021-03-05').rows,
    [['Armed clash', 'Taliban', '', 'Military Forces of Afghanistan (2014-)', '', 12]])
  assert.deepEqual(sides('On 4 March 2021, in Morelia, Michoacan, police officers on patrol were shot by two armed men. No injuries were reported.', '2021-03-05').rows,
    [['Armed clash', 'Unidentified Armed Group (Mexico)', '', 'Police Forces of Mexico (2018-)', '', 13]])
  // Twins: a former soldier is a civilian; a checkpoint only as the place of the killing makes no target of it.
  assert.deepEqual(sides('On 4 March 2021, a former soldier was shot dead by Taliban militants in Qalat city, Zabul.', '2021-03-05').rows,
    [['Attack', 'Taliban', '', 'Civilians (Afghanistan)', '', 27]])
  assert.deepEqual(sides('On 4 March 2021, Taliban militants attacked a wedding party in Alingar district, Laghman, killing two civilians.', '2021-03-05').rows,
    [['Attack', 'Taliban', '', 'Civilians (Afghanistan)', '', 27]])
})

test('a soldier killed off duty is a civilian victim of an attack; on duty, the killing is a clash', () => {
  assert.deepEqual(sides('On 4 March 2021, Al Shabaab militants shot and killed a government soldier (off-duty) in Baidoa town, Bay.', '2021-03-05').rows,
    [['Attack', 'Al Shabaab', '', 'Civilians (Somalia)', '', 27]])
  assert.deepEqual(sides('On 4 March 2021, Al Shabaab militants shot and killed a government soldier in Baidoa town, Bay.', '2021-03-05').rows,
    [['Armed clash', 'Al Shabaab', '', 'Military Forces of Somalia (2017-)', '', 12]])
  assert.deepEqual(sides('On 4 March 2021, unidentified gunmen shot at a former mayor in Kano, Nigeria.', '2021-03-05').rows,
    [['Attack', 'Unidentified Armed Group (Nigeria)', '', 'Civilians (Nigeria)', '', 37]])
})

test('shopkeepers who clash with police riot against them; gunmen who clash with police fight a battle', () => {
  assert.deepEqual(sides('On 4 March 2021, a clash broke out between police and traders at the main market in Sukkur city, Sindh.', '2021-03-05').rows,
    [['Mob violence', 'Rioters (Pakistan)', 'Labour Group (Pakistan)', 'Police Forces of Pakistan (2018-)', '', 15]])
  assert.deepEqual(sides('On 4 March 2021, gunmen clashed with police in Sukkur city, Sindh.', '2021-03-05').rows,
    [['Armed clash', 'Unidentified Armed Group (Pakistan)', '', 'Police Forces of Pakistan (2018-)', '', 13]])
})

test('who ran into a device was hit by it; a group that claimed it is its agent, else the agent is unnamed', () => {
  const { doc, rows } = sides('On 3 March 2021, an army truck struck a landmine near Gao, Mali. Two soldiers were wounded. JNIM claimed responsibility for the blast.', '2021-03-04')
  assert.deepEqual(rows, [['Remote explosive/landmine/IED', 'JNIM: Group for Support of Islam and Muslims', '', 'Military Forces of Mali (2020-)', '', 12]])
  assert.deepEqual(rulesOf(doc, 'claimant-agent'), ['JNIM'])
  assert.deepEqual(sides('On 3 March 2021, an army truck struck a landmine near Gao, Mali. Two soldiers were wounded.', '2021-03-04').rows,
    [['Remote explosive/landmine/IED', 'Unidentified Armed Group (Mali)', '', 'Military Forces of Mali (2020-)', '', 13]])
  // Told in the sentence after, "planted by" names the agent too.
  assert.deepEqual(sides('On 3 March 2021, three villagers were killed when their cart hit an explosive device near Djibo, Burkina Faso. The device was likely planted by JNIM militants.', '2021-03-04').rows,
    [['Remote explosive/landmine/IED', 'JNIM: Group for Support of Islam and Muslims', '', 'Civilians (Burkina Faso)', '', 27]])
})

test('a force sent in to stop a fight between others is no side of it; a force that clashes is', () => {
  const { doc, rows } = sides('The army was deployed on Monday to quell clashes between gunmen of two rival neighbourhoods in Tripoli, Lebanon. Two people were killed.', '2021-03-04')
  assert.deepEqual(rows, [['Armed clash', 'Unidentified Armed Group (Lebanon)', '', 'Unidentified Armed Group (Lebanon)', '', 33]])
  assert.deepEqual(rulesOf(doc, 'steps-in'), ['army'])
  assert.deepEqual(sides('The army clashed on Monday with gunmen in Tripoli, Lebanon. Two people were killed.', '2021-03-04').rows,
    [['Armed clash', 'Military Forces of Lebanon (2020-)', '', 'Unidentified Armed Group (Lebanon)', '', 13]])
})

test('an air raid no one is said to have flown takes the nationality of the strikes told just before', () => {
  const { doc, rows } = sides('Israeli air strikes hit the Gaza Strip overnight, the health ministry said. An air raid on a house in Khan Younis killed a man on Wednesday.', '2021-03-04')
  assert.deepEqual(rows.map((r) => r.slice(0, 2)), [['Air/drone strike', 'Military Forces of Israel (2009-)']])
  assert.deepEqual(rulesOf(doc, 'national-strike'), ['Israeli'])
  // No strike told before, and the ministry that reports the toll is no target.
  assert.deepEqual(sides('Sirens sounded across the Gaza Strip overnight, the health ministry said. An air raid on a house in Khan Younis killed a man on Wednesday.', '2021-03-04').rows,
    [['Air/drone strike', 'Unidentified Armed Group (Palestine)', '', 'Civilians (Palestine)', '', 37]])
})

test('a side reported killed "following their attacks" started the clash; killed by the other side, it did not', () => {
  assert.deepEqual(sides('On 3 March 2021, ten Taliban militants were killed following their attacks on Afghan forces in Alingar district, Laghman.', '2021-03-04').rows,
    [['Armed clash', 'Taliban', '', 'Military Forces of Afghanistan (2014-)', '', 12]])
  assert.deepEqual(sides('On 3 March 2021, ten Taliban militants were killed when Afghan forces repulsed their attack in Alingar district, Laghman.', '2021-03-04').rows,
    [['Armed clash', 'Taliban', '', 'Military Forces of Afghanistan (2014-)', '', 12]])
  assert.deepEqual(sides('On 3 March 2021, ten Taliban militants were killed by Afghan forces in Alingar district, Laghman.', '2021-03-04').rows,
    [['Armed clash', 'Military Forces of Afghanistan (2014-)', '', 'Taliban', '', 12]])
})

test('police "shot by a man" in a clash are the side hit; "an attack of" names the attacker', () => {
  assert.deepEqual(sides('On 3 March 2021, police officers on patrol were shot by a man in Acapulco, Guerrero. The suspect was arrested.', '2021-03-04').rows,
    [['Armed clash', 'Unidentified Armed Group (Mexico)', '', 'Police Forces of Mexico (2018-)', '', 13]])
  assert.deepEqual(sides('On 3 March 2021, the army repelled an attack of Boko Haram in Kolofata, Cameroon.', '2021-03-04').rows.map((r) => r.slice(0, 2)),
    [['Armed clash', 'Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad']])
})

test('"Burundian and Rwandan soldiers" name both forces; "Burundian soldiers" one', () => {
  assert.deepEqual(sides('Burundian and Rwandan soldiers clashed on Lake Rweru in Busoni commune, Burundi, on Friday. One Burundian soldier was killed.', '2021-03-06').rows,
    [['Armed clash', 'Military Forces of Burundi (2020-)', '', 'Military Forces of Rwanda (1994-)', '', 18]])
  assert.deepEqual(sides('Burundian soldiers clashed with gunmen on Lake Rweru in Busoni commune, Burundi, on Friday.', '2021-03-06').rows,
    [['Armed clash', 'Military Forces of Burundi (2020-)', '', 'Unidentified Armed Group (Burundi)', '', 13]])
})

test('men named only as such who open fire at the police are an unidentified armed side in a clash; at a shop, attackers of civilians', () => {
  const { doc, rows } = sides('On 3 March 2021, two men opened fire at a police patrol in San Juan, Puerto Rico. An officer returned fire.', '2021-03-04')
  assert.deepEqual(rows, [['Armed clash', 'Unidentified Armed Group (Puerto Rico)', '', 'Police Forces of Puerto Rico (2021-)', '', 13]])
  assert.deepEqual(rulesOf(doc, 'armed-person'), ['men'])
  assert.deepEqual(sides('On 3 March 2021, two men opened fire at a shop in San Juan, Puerto Rico.', '2021-03-04').rows.map((r) => r.slice(0, 2)),
    [['Attack', 'Unidentified Armed Group (Puerto Rico)']])
  // A man the words report done to is no attacker: "beaten by police officers" is the police's act.
  assert.deepEqual(sides('On 5 May 2020, in Petion-Ville, Haiti, a man was tied up and brutally beaten by police officers.', '2020-05-06').rows,
    [['Attack', 'Police Forces of Haiti (2017-)', '', 'Civilians (Haiti)', '', 17]])
})

test('an insider attack puts the force hit on both sides; an attack by militants does not', () => {
  const { doc, rows } = sides('On 14 March 2020, four policemen were killed by a Taliban infiltrator in the Dushakha area of Zhari district, Kandahar.', '2020-03-15')
  assert.deepEqual(rows, [['Armed clash', 'Police Forces of Afghanistan (2014-)', '', 'Police Forces of Afghanistan (2014-)', '', 11]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'insider-attack').length, 1)
  assert.deepEqual(sides('On 14 March 2020, four policemen were killed by Taliban militants in the Dushakha area of Zhari district, Kandahar.', '2020-03-15').rows,
    [['Armed clash', 'Taliban', '', 'Police Forces of Afghanistan (2014-)', '', 12]])
})

test('shelling told as going both ways is a clash between the two sides; one-way shelling stays shelling', () => {
  assert.deepEqual(sides('Observers counted 40 artillery shells fired in both directions near Avdiivka, Ukraine, on Tuesday.', '2019-06-12').rows, [
    ['Armed clash', 'NAF: United Armed Forces of Novorossiya', '', 'Military Forces of Ukraine (2019-)', '', 12]])
  assert.deepEqual(sides('Observers counted 40 artillery shells fired near Avdiivka, Ukraine, on Tuesday.', '2019-06-12').rows, [
    ['Shelling/artillery/missile attack', 'NAF: United Armed Forces of Novorossiya', '', null, '', 20]])
})

test('a force that controls the crowd in the sentence after a protest meets it; one only standing guard does not', () => {
  assert.deepEqual(sides('About 200 nurses protested outside the district hospital in Nakuru, Kenya, on Monday over unpaid wages. The police intervened and brought the situation under control.').rows, [
    ['Protest with intervention', 'Protesters (Kenya)', 'Health Workers (Kenya)', 'Police Forces of Kenya (2013-)', '', 16]])
  assert.deepEqual(sides('About 200 nurses protested outside the district hospital in Nakuru, Kenya, on Monday over unpaid wages. The police stood guard at the gate.').rows, [
    ['Peaceful protest', 'Protesters (Kenya)', 'Health Workers (Kenya)', null, '', 60]])
})

test('a protest whose crowd then burns and smashes things is a violent demonstration; damage done to the crowd is not', () => {
  assert.deepEqual(sides('Hundreds of traders demonstrated in Kumasi, Ghana, on Monday against the closure of the market. The demonstrators later smashed the windows of the assembly office.').rows, [
    ['Violent demonstration', 'Rioters (Ghana)', 'Labour Group (Ghana)', null, '', 50]])
  assert.deepEqual(sides('Hundreds of traders demonstrated in Kumasi, Ghana, on Monday after their stalls were burned by unknown men.').rows, [
    ['Peaceful protest', 'Protesters (Ghana)', 'Labour Group (Ghana)', null, '', 60]])
})

test('protesters who burn an effigy stay peaceful; a protester who sets herself on fire makes no riot', () => {
  assert.deepEqual(sides('Hundreds of students protested in Guwahati, India, on Friday against the new law. They also burnt an effigy of the chief minister.').rows, [
    ['Peaceful protest', 'Protesters (India)', 'Students (India)', null, '', 60]])
  assert.deepEqual(sides('Dozens of workers protested in Guwahati, India, on Friday over unpaid wages. One of the protesters set herself on fire.').rows, [
    ['Peaceful protest', 'Protesters (India)', 'Labour Group (India)', null, '', 60]])
})

test('a crowd stoning police with no demonstration or demand is mob violence; with a demand it is a violent demonstration', () => {
  assert.deepEqual(sides('Residents pelted stones at police officers enforcing the curfew in Kisumu, Kenya, on Sunday.').rows, [
    ['Mob violence', 'Rioters (Kenya)', '', 'Police Forces of Kenya (2013-)', '', 15]])
  assert.deepEqual(sides('Residents pelted stones at police officers in Kisumu, Kenya, on Sunday, demanding the reopening of the market.').rows, [
    ['Violent demonstration', 'Rioters (Kenya)', '', 'Police Forces of Kenya (2013-)', '', 15]])
})

test('activists who only report a clash between armed sides make it no riot; activists who fight in it do', () => {
  assert.deepEqual(sides('Rebel fighters attacked army troops near Idlib, Syria, on Thursday, triggering heavy clashes between the two sides, opposition activists said.').rows.map((r) => r[0]), ['Armed clash'])
  assert.deepEqual(sides('Opposition activists clashed with police near Idlib, Syria, on Thursday.').rows.map((r) => r[0]), ['Violent demonstration'])
})

test('the side that operated a downed drone is not the one that downed it', () => {
  const { rows } = sides('On Friday, Houthi fighters shot down a drone operated by the Saudi-led coalition near Marib, Yemen.')
  assert.equal(rows[0][1], "Military Forces of Yemen (2017-) Houthi")
  const twin = sides('On Friday, a drone was shot down by Houthi fighters near Marib, Yemen.')
  assert.equal(twin.rows[0][1], "Military Forces of Yemen (2017-) Houthi")
})

test('a drone operated by one side that strikes makes that side the agent', () => {
  const { rows } = sides('On Friday, a drone operated by the Saudi-led coalition struck a truck near Marib, Yemen, killing three civilians.')
  assert.equal(rows[0][1], 'Military Forces of Saudi Arabia (2015-)')
})

test('"federal police" in a Brazilian story are the Federal Police unit; in a Nigerian story they stay the police', () => {
  assert.deepEqual(sides('Federal police officers arrested three men in Curitiba, Brazil, on Tuesday.').rows.map((r) => r[1]), ['Police Forces of Brazil (2019-) Federal Police'])
  assert.deepEqual(sides('Federal police officers arrested three men in Kano, Nigeria, on Tuesday.').rows.map((r) => r[1]), ['Police Forces of Nigeria (2015-)'])
})

test('state forces seizing drugs take them from an unidentified gang; seizing other goods names no gang', () => {
  const { doc, rows } = sides('On Monday, in Cascavel, Parana, federal police seized four tons of cocaine hidden in a grain lorry. Two men were detained.')
  assert.deepEqual(rows, [['Looting/property destruction', 'Police Forces of Brazil (2019-) Federal Police', '', 'Unidentified Gang (Brazil)', '', 13]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'contraband-seized').map((m) => m.reason), [
    '"cocaine" seized by state forces: taken from "Unidentified Gang (Brazil)".'])
  assert.deepEqual(sides('On Monday, in Cascavel, Parana, federal police seized four tons of grain hidden in a lorry. Two men were detained.').rows,
    [['Arrests', 'Police Forces of Brazil (2019-)', '', 'Civilians (Brazil)', '', 17]])
})

test('a crowd told arrested "by the police" after a protest met that force; one only filmed by it did not', () => {
  const { doc, rows } = sides('On Tuesday, around 40 people protested in Gomel, Belarus, against the new tax. Around 20 of them were arrested by the police.')
  assert.deepEqual(rows, [['Protest with intervention', 'Protesters (Belarus)', '', 'Police Forces of Belarus (1994-)', '', 16]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'met-by-force').map((m) => m.reason), ['"police ... arrested": the force met the crowd and is its second side.',
    'Police Forces of Belarus (1994-) met the protest ("police"): a protest with intervention.'])
  assert.deepEqual(sides('On Tuesday, around 40 people protested in Gomel, Belarus, against the new tax. Around 20 of them were filmed by the police.').rows,
    [['Peaceful protest', 'Protesters (Belarus)', '', null, '', 60]])
})

test('farmers and herders who clash with machetes are communal militias in an armed clash; without weapons, a mob', () => {
  const { doc, rows } = sides('On Monday, farmers and herders clashed with machetes near Kandi, Benin, over crop damage. Two men were wounded.')
  assert.deepEqual(rows, [['Armed clash', 'Unidentified Communal Militia (Benin)', 'Farmers (Benin); Pastoralists (Benin)', 'Unidentified Communal Militia (Benin)', '', 44]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'communal-armed-clash').map((m) => m.reason), [
    '"farmers" fought each other with "machetes": an armed clash of communal militias, not mob violence.'])
  assert.deepEqual(sides('On Monday, farmers and herders clashed near Kandi, Benin, over crop damage. Two men were wounded.').rows,
    [['Mob violence', 'Rioters (Benin)', 'Farmers (Benin); Pastoralists (Benin)', 'Rioters (Benin)', '', 55]])
})

test('a protest crowd that erects barricades is a violent demonstration; one that only gathers is not', () => {
  const { doc, rows } = sides('On Monday, about 300 residents erected barricades on the main road in Parakou, Benin, to protest against power cuts. Police dispersed them.')
  assert.deepEqual(rows, [['Violent demonstration', 'Rioters (Benin)', '', 'Police Forces of Benin (2016-)', '', 15]])
  assert.deepEqual(doc.messages.filter((m) => m.rule === 'crowd-damage').map((m) => m.reason), [
    '"residents erected barricades": the crowd of the protest did damage, a violent demonstration of rioters.'])
  assert.deepEqual(sides('On Monday, about 300 residents gathered on the main road in Parakou, Benin, to protest against power cuts. Police dispersed them.').rows,
    [['Protest with intervention', 'Protesters (Benin)', '', 'Police Forces of Benin (2016-)', '', 16]])
})

test('backers of the side that retook a place neither take it nor flip the sub-type', () => {
  const sides = (text: string) => recordsOf(text, '2024-05-15').records.map((r) => [r.sub_event_type, r.actor1, r.actor2])
  assert.deepEqual(sides('Somali army troops backed by local clan militias recaptured the town of Bulo Burde from al-Shabaab on Monday, a commander said.'),
    [['Government regains territory', 'Military Forces of Somalia (2022-)', 'Al Shabaab']])
  // The militia taking the town itself is the non-state side's takeover.
  assert.deepEqual(sides('Al-Shabaab fighters captured the town of Bulo Burde from Somali army troops on Monday, a commander said.'),
    [['Non-state actor overtakes territory', 'Al Shabaab', 'Military Forces of Somalia (2022-)']])
})

test('a teller that says it did the act is its doer; one that says it was hit, or tells of others, is not', () => {
  const sides = (text: string) => recordsOf(text, '2024-05-15').records.map((r) => [r.sub_event_type, r.actor1, r.actor2])
  assert.deepEqual(sides('The U.S. military said it carried out an airstrike near Jilib in Somalia on Sunday.'),
    [['Air/drone strike', 'Military Forces of the United States (2021-)', null]])
  assert.deepEqual(sides('The Somali army said its base near Jilib was attacked by al-Shabaab fighters on Sunday.')[0].slice(1), ['Al Shabaab', 'Military Forces of Somalia (2022-)'])
  assert.deepEqual(sides('The U.S. military said al-Shabaab fighters attacked a base near Jilib in Somalia on Sunday.')[0][1], 'Al Shabaab')
})

test('territory: a place that fell to a side, a side driven out by another, a retaking backed by air strikes', () => {
  const coded = (text: string) => recordsOf(text, '2024-10-08').records.map((r) => [r.sub_event_type, r.actor1, r.actor2, r.assoc_actor_1, r.location])
  assert.deepEqual(coded('Goma fell to M23 rebels on Sunday, residents said.'), [['Non-state actor overtakes territory', 'M23: March 23 Movement', null, '', 'Goma']])
  // "fell to" with no place before it and no side after it is no territory.
  assert.deepEqual(coded('Prices fell to a record low in Goma on Sunday.'), [])
  assert.deepEqual(coded('M23 rebels were driven out of Goma by Congolese troops on Sunday, residents said.'),
    [['Government regains territory', 'Military Forces of the Democratic Republic of Congo (2019-)', 'M23: March 23 Movement', '', 'Goma']])
  assert.deepEqual(coded('Syrian government forces, backed by Russian air strikes, drove Islamic State out of Palmyra on Sunday, state media said.'),
    [['Government regains territory', 'Military Forces of Syria (2000-)', 'Islamic State (Syria)', 'Military Forces of Russia (2000-)', 'Tadmur']])
  // The strikes alone are the event.
  assert.deepEqual(coded('Russian air strikes hit Palmyra on Sunday, state media said.').map((r) => r[0]), ['Air/drone strike'])
})

test('unattributed shelling on the Donbas front is fire of the side that does not hold the place', () => {
  // Horlivka was held by the separatists: rounds landing there were the army's.
  const held = sides('On 3 May 2020, shelling was reported near Horlivka, Donetsk region, Ukraine. No casualties were reported.', '2020-05-04')
  assert.deepEqual(held.rows.map((r) => r[1]), ['Military Forces of Ukraine (2019-)'])
  assert.deepEqual(held.doc.messages.filter((m) => m.rule === 'front-other-side').length, 1)
  // Twin: Avdiivka was held by the government; the fire there is the separatists', as before.
  const gov = sides('On 3 May 2020, shelling was reported near Avdiivka, Donetsk region, Ukraine. No casualties were reported.', '2020-05-04')
  assert.deepEqual(gov.rows.map((r) => r[1]), ['NAF: United Armed Forces of Novorossiya'])
  assert.deepEqual(gov.doc.messages.filter((m) => m.rule === 'front-other-side').length, 0)
  // Twin: a named shooter is never replaced.
  const named = sides('On 3 May 2020, separatist forces shelled positions near Horlivka, Donetsk region, Ukraine.', '2020-05-04')
  assert.deepEqual(named.rows.map((r) => r[1]), ['NAF: United Armed Forces of Novorossiya'])
})

test('unattributed fire near a separatist-held village a few km from a government town is the army\'s (the held area, not the nearest town)', () => {
  // Lozove lay inside the separatist-held area, 6 km from government-held Novoluhanske.
  const held = sides('On 3 May 2020, shelling was reported near Lozove, Donetsk region, Ukraine. No casualties were reported.', '2020-05-04')
  assert.deepEqual(held.rows.map((r) => [r[1], r[5]]), [['Military Forces of Ukraine (2019-)', 10]])
  // Twin: Novoluhanske, across the line, was held by the government: the fire stays the separatists'.
  const gov = sides('On 3 May 2020, shelling was reported near Novoluhanske, Donetsk region, Ukraine. No casualties were reported.', '2020-05-04')
  assert.deepEqual(gov.rows.map((r) => [r[1], r[5]]), [['NAF: United Armed Forces of Novorossiya', 20]])
})

test('a force that controls the crowd in the sentences after, or steps in within the protest\'s own sentence, met the protest; one only watching did not', () => {
  assert.deepEqual(sides('On Tuesday, dozens of traders protested in Gomel, Belarus, against the new tax. Police officers soon controlled the situation.').rows,
    [['Protest with intervention', 'Protesters (Belarus)', 'Labour Group (Belarus)', 'Police Forces of Belarus (1994-)', '', 16]])
  assert.deepEqual(sides('On Tuesday, police intervened to stop dozens of traders protesting in Gomel, Belarus, against the new tax.').rows.map((r) => r[0]),
    ['Protest with intervention'])
  // Twin: a force only present is no second side.
  assert.deepEqual(sides('On Tuesday, dozens of traders protested in Gomel, Belarus, against the new tax. Police officers watched them from a distance.').rows.map((r) => [r[0], r[3]]),
    [['Peaceful protest', null]])
})

test('"wanted by the police" ties a man to the police: they were hit by him, not his attackers', () => {
  assert.deepEqual(sides('On Monday, in Arima, Trinidad and Tobago, two police officers were shot and wounded by a man who was wanted by the police.').rows,
    [['Armed clash', 'Unidentified Armed Group (Trinidad and Tobago)', '', 'Police Forces of Trinidad and Tobago (2015-)', '', 13]])
  // Twin: "by the police" naming the agent still makes them the agent.
  assert.deepEqual(sides('On Monday, in Arima, Trinidad and Tobago, two men were shot and wounded by the police.').rows,
    [['Attack', 'Police Forces of Trinidad and Tobago (2015-)', '', 'Civilians (Trinidad and Tobago)', '', 17]])
})

test('the Maoist party named as such is CPI (Maoist); Maoists named only so are Naxal-Maoist Rebels', () => {
  assert.deepEqual(sides('On Monday, Communist Party of India-Maoist cadres killed a villager in Bijapur, Chhattisgarh.').rows.map((r) => r[1]),
    ['CPI (Maoist): Communist Party of India (Maoist)'])
  assert.deepEqual(sides('On Monday, Maoists killed a villager in Bijapur, Chhattisgarh.').rows.map((r) => r[1]), ['Naxal-Maoist Rebels (India)'])
})

test('Mayi-Mayi militiamen are Mayi Mayi Militia (inter 3), a named faction keeps its name; Wazalendo only when named', () => {
  assert.deepEqual(sides('On Monday, Mayi-Mayi militiamen clashed with soldiers near Beni, North Kivu, DR Congo.').rows.map((r) => [r[1], r[3], r[5]]),
    [['Mayi Mayi Militia', 'Military Forces of the Democratic Republic of Congo (2019-)', 13]])
  assert.deepEqual(sides('On Monday, Nyatura militiamen clashed with soldiers near Masisi, North Kivu, DR Congo.').rows.map((r) => r[1]),
    ['Mayi Mayi Militia (Nyatura)'])
  assert.deepEqual(sides('On Monday, Wazalendo fighters clashed with soldiers near Masisi, North Kivu, DR Congo.').rows.map((r) => r[1]), ['Wazalendo'])
})

test('property looted with no owner named is the civilians\'; a named owner stays the target', () => {
  assert.deepEqual(sides('On Monday, gunmen looted shops in Gao, Mali.').rows.map((r) => [r[0], r[3]]),
    [['Looting/property destruction', 'Civilians (Mali)']])
  assert.deepEqual(sides('On Monday, gunmen looted an army depot in Gao, Mali.').rows.map((r) => [r[0], r[3]]),
    [['Looting/property destruction', 'Military Forces of Mali (2013-)']])
})

test('state forces dismantling a drug lab destroy a gang\'s property; dismantling a bomb is disrupted weapons use', () => {
  assert.deepEqual(sides('On Monday, in Cascavel, Parana, civil police dismantled a cocaine lab. Two men were arrested.').rows,
    [['Looting/property destruction', 'Police Forces of Brazil (2019-) Civil Police', '', 'Unidentified Gang (Brazil)', '', 13]])
  assert.deepEqual(sides('On Monday, in Cascavel, Parana, civil police dismantled a bomb planted near a school.').rows.map((r) => [r[0], r[3]]),
    [['Disrupted weapons use', null]])
})

test('Afghan units ACLED names: police special units, army commandos, the Taliban Red Unit', () => {
  assert.deepEqual(sides('On Monday, the General Command of Police Special Units killed 3 Taliban militants in Kunduz, Afghanistan.').rows.map((r) => r[1]),
    ['Police Forces of Afghanistan (2014-) General Command of Police Special Units'])
  assert.deepEqual(sides('On Monday, Afghan military commandos killed 3 Taliban militants in Kunduz, Afghanistan.').rows.map((r) => r[1]),
    ['Military Forces of Afghanistan (2014-) Special Forces'])
  assert.deepEqual(sides('On Monday, Taliban Red Unit militants attacked a checkpoint in Kunduz, Afghanistan, killing 3 soldiers.').rows.map((r) => r[1]),
    ['Taliban - Red Unit'])
  // Twin: plain Taliban stay the Taliban.
  assert.deepEqual(sides('On Monday, Taliban militants attacked a checkpoint in Kunduz, Afghanistan, killing 3 soldiers.').rows.map((r) => r[1]), ['Taliban'])
})

test('US forces in Afghanistan before the withdrawal are NATO, as ACLED codes them; elsewhere or after, the US military', () => {
  const { doc, rows } = sides('On Monday, a US drone strike killed 6 Taliban militants in Kunduz, Afghanistan.')
  assert.deepEqual(rows, [['Air/drone strike', 'NATO: North Atlantic Treaty Organization', '', 'Taliban', '', 28]])
  assert.equal(doc.messages.filter((m) => m.rule === 'coalition-force').length, 1)
  assert.deepEqual(sides('On Monday, a US drone strike killed 6 al Shabaab militants near Jilib, Somalia.').rows.map((r) => r[1]),
    ['Military Forces of the United States (2017-)'])
  assert.deepEqual(sides('On Monday, a US drone strike killed 6 Islamic State militants in Kunar, Afghanistan.', '2022-06-10').rows.map((r) => r[1]),
    ['Military Forces of the United States (2021-)'])
})

test('a sentence going on about the same crowd ("They ...") belongs to its protest, even naming a place', () => {
  assert.deepEqual(sides('On Monday, about 200 traders demonstrated in Parakou, Benin, against a new tax. They barricaded the main road to Kandi.').rows.map((r) => r[0]),
    ['Violent demonstration'])
  // Twin: another crowd told in a sentence with a place of its own is its own story.
  assert.deepEqual(sides('On Monday, about 200 traders demonstrated in Parakou, Benin, against a new tax. Farmers barricaded the main road to Kandi.').rows.map((r) => r[0])[0],
    'Peaceful protest')
})

test('"Islamic State-linked insurgents" are Islamic State\'s fighters, named as the group; "Iran-backed militias" are not Iran', () => {
  const coded = (text: string) => recordsOf(text, '2024-10-08').records.map((r) => [r.sub_event_type, r.actor1, r.actor2])
  assert.deepEqual(coded('Islamic State-linked insurgents killed five civilians in an attack on a village near Macomia in Mozambique on Sunday.'),
    [['Attack', 'Islamic State (Mozambique)', 'Civilians (Mozambique)']])
  assert.deepEqual(coded('Iran-backed militias fired rockets at a base near Baghdad in Iraq on Sunday.').map((r) => r[1]).includes('Military Forces of Iran (1979-)'), false)
})

test('"lost control of X to Y": the side after "to" took the place; a party losing a council to the opposition is no event', () => {
  const coded = (text: string) => recordsOf(text, '2024-10-08').records.map((r) => [r.sub_event_type, r.actor1, r.actor2, r.location])
  assert.deepEqual(coded('Congolese troops lost control of Goma to M23 rebels on Sunday, residents said.'),
    [['Non-state actor overtakes territory', 'M23: March 23 Movement', 'Military Forces of the Democratic Republic of Congo (2019-)', 'Goma']])
  assert.deepEqual(coded('M23 rebels lost control of Goma to Congolese troops on Sunday, residents said.').map((r) => r[0]), ['Government regains territory'])
  assert.deepEqual(coded('The ruling party lost control of the city council to the opposition in Sunday\'s vote.'), [])
})
