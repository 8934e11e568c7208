import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ActorMention, Doc, PlaceMention } from '../../doc.js'
import { extract } from '../../pipeline.js'
import { text } from '../../text/index.js'
import { actors, associatesOf, compileActors, documentCountry, genericActor, militiaOf, withCountry } from './index.js'
import { readActorData } from './load.js'
import { wordsOf } from './phrases.js'
import { scan } from './scan.js'

// Text and actors only: the country comes from names and demonyms in the text, so these tests do
// not depend on the gazetteer.
const run = [text(), actors()]
function read(body: string, published: string | null = '2020-05-01'): Doc {
  return extract({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published, input: 'test' }, text: body }, run)
}
const brief = (a: ActorMention) => [a.text, a.name, a.inter, a.countryCode, a.role, a.generic, a.rule]

test('named group: alias variants and possessive all name the one ACLED actor', () => {
  const doc = read("Al-Shabaab fighters attacked a base in Somalia. Al Shabab's spokesman said Harakat al-Shabaab al-Mujahideen would go on.")
  const found = doc.actors.filter((a) => a.name === 'Al Shabaab').map((a) => [a.text, a.span, a.inter, a.countryCode, a.role])
  assert.deepEqual(found, [
    ['Al-Shabaab fighters', [0, 19], 2, 'SO', 'armed'],
    ['Al Shabab', [48, 57], 2, 'SO', 'armed'],
    ['Harakat al-Shabaab al-Mujahideen', [75, 107], 2, 'SO', 'armed'],
  ])
})

test('Islamic State resolves per country; a lower-case "is" is not IS', () => {
  assert.deepEqual(read('ISIS claimed the attack in Syria. The town is calm.').actors.map(brief), [
    ['ISIS', 'Islamic State (Syria)', 2, 'SY', 'armed', false, 'named-alias'],
  ])
  assert.deepEqual(read('Islamic State militants kidnapped two men in Egypt.').actors.map((a) => [a.text, a.name]), [
    ['Islamic State militants', 'Islamic State (Egypt)'],
    ['men', 'Civilians (Egypt)'],
  ])
  assert.deepEqual(read('ISWAP fighters raided a town in Nigeria.').actors.map((a) => a.name), ['Islamic State (West Africa)'])
})

test('demonym + noun names the state force with the regime dates of the publication day', () => {
  assert.deepEqual(read('Syrian troops entered the town.', '2020-05-01').actors.map(brief), [
    ['Syrian troops', 'Military Forces of Syria (2000-)', 1, 'SY', 'armed', false, 'demonym-military'],
  ])
  assert.deepEqual(read('Syrian troops entered the town.', '2025-02-01').actors.map((a) => a.name), ['Military Forces of Syria (2024-)'])
  assert.deepEqual(read('Afghan police and Nigeria\'s army were named.', '2020-05-01').actors.map((a) => [a.text, a.name]), [
    ['Afghan police', 'Police Forces of Afghanistan (2014-)'],
    ["Nigeria's army", 'Military Forces of Nigeria (2015-)'],
  ])
  assert.deepEqual(read('Nigerian government troops repelled the raid.', '2024-01-10').actors.map((a) => [a.text, a.name]), [
    ['Nigerian government troops', 'Military Forces of Nigeria (2023-)'],
  ])
  assert.deepEqual(read('Military forces of India and Pakistan exchanged fire.').actors.map((a) => [a.text, a.name, a.inter]), [
    ['Military forces of India', 'Military Forces of India (2014-)', 1],
    ['Pakistan', 'Military Forces of Pakistan (2018-)', 8],
  ])
})

test('generic nouns take the article country; unnamed insurgents become the usual group', () => {
  assert.deepEqual(read('Unidentified gunmen killed five villagers near Mopti in Mali.').actors.map(brief), [
    ['Unidentified gunmen', 'Unidentified Armed Group (Mali)', 3, 'ML', 'armed', true, 'generic-armed'],
    ['villagers', 'Civilians (Mali)', 7, 'ML', 'civilian', true, 'generic-civilians'],
  ])
  assert.deepEqual(read('Militants stormed a hotel in Mogadishu, Somalia.').actors.map(brief), [
    ['Militants', 'Al Shabaab', 2, 'SO', 'armed', false, 'country-insurgent'],
  ])
})

test('protesters, police and a mob in one article', () => {
  const doc = read('Police fired tear gas at protesters in Nairobi, Kenya, after a mob set fire to a car.', '2023-07-07')
  assert.deepEqual(doc.actors.map(brief), [
    ['Police', 'Police Forces of Kenya (2022-)', 1, 'KE', 'armed', false, 'generic-police'],
    ['protesters', 'Protesters (Kenya)', 6, 'KE', 'protester', true, 'generic-protesters'],
    ['mob', 'Rioters (Kenya)', 5, 'KE', 'rioter', true, 'generic-rioters'],
  ])
})

test('foreign state forces are external actors (inter 8)', () => {
  const doc = read('Russian warplanes struck Idlib as Syrian government forces advanced. Syria said the town fell.')
  assert.deepEqual(doc.actors.map(brief), [
    ['Russian warplanes', 'Military Forces of Russia (2000-)', 8, 'RU', 'external', false, 'state-alias'],
    ['Syrian government forces', 'Military Forces of Syria (2000-)', 1, 'SY', 'armed', false, 'demonym-military'],
  ])
})

test('social groups are civilians with the group as associated actor', () => {
  const doc = read('Herders clashed with farmers in Benin.')
  assert.deepEqual(doc.actors.map((a) => [a.text, a.name, a.inter, a.assoc]), [
    ['Herders', 'Civilians (Benin)', 7, 'Pastoralists (Benin)'],
    ['farmers', 'Civilians (Benin)', 7, 'Farmers (Benin)'],
  ])
  assert.deepEqual(read('Fulani militiamen killed ten people in Benue, Nigeria.').actors.map((a) => [a.text, a.name, a.inter]), [
    ['Fulani militiamen', 'Fulani Ethnic Militia (Nigeria)', 4],
    ['people', 'Civilians (Nigeria)', 7],
  ])
})

test('"Kurdish fighters" depend on the country of the article', () => {
  assert.deepEqual(read('Kurdish fighters held the line near Raqqa in Syria.').actors.map((a) => a.name), ['QSD: Syrian Democratic Forces'])
  assert.deepEqual(read('Kurdish militants ambushed a convoy in Turkey.').actors.map((a) => a.name), ['PKK: Kurdistan Workers Party'])
})

test('Houthis, Hezbollah and the Taliban keep ACLED names and codes', () => {
  const doc = read('Houthi rebels fired a missile in Yemen while Hezbollah in Lebanon and the Taliban in Afghanistan issued statements.')
  assert.deepEqual(doc.actors.map((a) => [a.text, a.name, a.inter]), [
    ['Houthi rebels', 'Military Forces of Yemen (2017-) Houthi', 1],
    ['Hezbollah', 'Hezbollah', 2],
    ['Taliban', 'Taliban', 2],
  ])
})

test('associatesOf: a backer named after a cue or in a hyphenated adjective', () => {
  const doc = read('Government troops, backed by Russian air strikes, retook the town in Syria.')
  const troops = doc.actors[0]
  assert.equal(troops.name, 'Military Forces of Syria (2000-)')
  assert.deepEqual(associatesOf(doc, troops).map((r) => [r.name, r.inter]), [['Military Forces of Russia (2000-)', 8]])
  const doc2 = read('Iranian-backed militiamen attacked a base in Iraq.')
  assert.deepEqual(doc2.actors.map((a) => a.name), ['Unidentified Armed Group (Iraq)'])
  assert.deepEqual(associatesOf(doc2, doc2.actors[0]).map((r) => r.name), ['Military Forces of Iran (1989-)'])
})

test('genericActor and withCountry give the ACLED actor for an event country', () => {
  assert.deepEqual(genericActor('armed', 'SY'), { name: 'Unidentified Armed Group (Syria)', inter: 3, countryCode: 'SY' })
  assert.deepEqual(genericActor('civilians', 'CD'), { name: 'Civilians (Democratic Republic of Congo)', inter: 7, countryCode: 'CD' })
  assert.deepEqual(genericActor('state', 'US', '2022-03-01'), { name: 'Military Forces of the United States (2021-)', inter: 1, countryCode: 'US' })
  assert.deepEqual(genericActor('police', 'BJ', '2012-06-01'), { name: 'Police Forces of Benin (2006-)', inter: 1, countryCode: 'BJ' })
  const gunmen = read('Gunmen attacked a bus in Niger.').actors[0]
  assert.equal(gunmen.name, 'Unidentified Armed Group (Niger)')
  assert.deepEqual(brief(withCountry(gunmen, 'ML')), ['Gunmen', 'Unidentified Armed Group (Mali)', 3, 'ML', 'armed', true, 'generic-armed'])
})

test('documentCountry prefers the places stage, weighting provinces over towns', () => {
  const doc = read('Fighting was reported.')
  const place = (text: string, kind: PlaceMention['kind'], countryCode: string, at: number): PlaceMention => ({
    span: [at, at + text.length], text, score: 1, rule: 'test', geonameid: null, name: text, kind, countryCode, country: null,
    admin1: null, admin2: null, latitude: null, longitude: null, featureCode: null, population: 0, precision: 1, cue: null, why: '',
  })
  assert.equal(documentCountry(doc), null)
  doc.places.push(place('Zari', 'place', 'PL', 0), place('Balkh', 'admin1', 'AF', 10))
  assert.equal(documentCountry(doc), 'AF')
})

test('compileActors throws on one alias naming two actors of the same country', () => {
  const raw = readActorData()
  const twice = {
    ...raw,
    groups: [
      { name: 'Group A', inter: 2, country: 'SY', aliases: ['Lions of the Valley'] },
      { name: 'Group B', inter: 3, country: 'SY', aliases: ['lions of the valley'] },
    ],
  }
  assert.throws(() => compileActors(twice), { message: 'data/actors/groups.yaml: alias "lions of the valley" of Group B already names Group A (groups.yaml)' })
})

test('an imported group is named where it operates, and "fighters of X" is X', () => {
  assert.deepEqual(read('Fighters of the Aden Abyan Islamic Army attacked a checkpoint in Yemen.').actors.map((a) => [a.text, a.name, a.inter, a.rule]), [
    ['Fighters of the Aden Abyan Islamic Army', 'AAIA: Aden Abyan Islamic Army', 2, 'named-alias'],
  ])
  // The same words in a Kenyan article name no group: an imported group is local to its home country.
  assert.equal(read('Fighters of the Aden Abyan Islamic Army attacked a checkpoint in Kenya.').actors.some((a) => a.name.startsWith('AAIA')), false)
})

const rejected = (doc: Doc) => doc.messages.filter((m) => m.stage === 'actors' && m.span).map((m) => [m.rule, doc.text.slice(m.span![0], m.span![1])])

test('a common word is never an alias on its own; an acronym matches only as written', () => {
  // A dictionary listing "Return" for a group does not make the word one.
  const data = readActorData()
  const index = compileActors({ ...data, groups: [...data.groups, { name: 'Test Return Group', inter: 2, country: 'ML', aliases: ['Return', 'Test Return Group'] }] })
  const doc = read('Soldiers in Mali said the Return of cattle was agreed; the Jnim and the Rada were far.')
  const said: string[][] = []
  const found = scan(doc, wordsOf(doc.tokens), index, { iso: 'ML', day: '2020-05-01', votes: new Map([['ML', 2]]), reject: (rule, _r, span) => said.push([rule, doc.text.slice(span[0], span[1])]) })
  assert.deepEqual(found.map((a) => [a.text, a.name]), [['Soldiers', 'Military Forces of Mali (2013-)']])
  assert.deepEqual(said, [
    ['alias-common-word', 'Return'],
    ['alias-case', 'Jnim'],
    ['group-far-from-home', 'Rada'],
  ])
  // A longer name is taken in whatever case it is written.
  assert.deepEqual(read('Al shabaab fighters attacked a base in Somalia.').actors.map((a) => [a.text, a.name]), [['Al shabaab fighters', 'Al Shabaab']])
})

test('a group of the knowledge base is taken only in or near one of its countries', () => {
  // UPC's home is the Central African Republic: in Chad (a neighbour) it is the group, in Jordan it is not.
  assert.deepEqual(read('UPC fighters crossed into Chad.').actors.map((a) => [a.text, a.name]), [
    ['UPC fighters', 'UPC: Union for Peace in the Central African Republic'],
  ])
  const far = read('Police in Jordan seized a crate with a UPC label.')
  assert.deepEqual(far.actors.map((a) => [a.text, a.name]), [['Police', 'Police Forces of Jordan (1999-)']])
  assert.deepEqual(rejected(far), [['group-far-from-home', 'UPC']])
  // With no country named at all, the group's name is the only evidence and is taken.
  assert.deepEqual(read('The Stability Support Apparatus and the SSA were named.').actors.map((a) => [a.text, a.name]), [
    ['Stability Support Apparatus', 'SSA: Stability Support Apparatus'],
    ['SSA', 'SSA: Stability Support Apparatus'],
  ])
})

test('Tripoli militias keep their ACLED names; a street or company named after an actor is no actor', () => {
  const doc = read('In Libya the Special Deterrence Force, known as Rada, clashed with the Stability Support Apparatus near Army Road.')
  assert.deepEqual(doc.actors.map((a) => [a.text, a.name, a.inter]), [
    ['Special Deterrence Force', 'Rada: Special Deterrence Forces', 3],
    ['Rada', 'Rada: Special Deterrence Forces', 3],
    ['Stability Support Apparatus', 'SSA: Stability Support Apparatus', 3],
  ])
  assert.deepEqual(rejected(doc), [['actor-in-proper-name', 'Army Road']])
})

test('clans and communities named in the text: the armed side is their militia, the people hit their group', () => {
  const kin = (body: string) => read(body).actors.map((a) => [a.text, a.name, a.inter, a.rule, a.assoc ?? null])
  assert.deepEqual(kin('Militiamen from the Hawadle clan and Galjecel sub-clans exchanged fire near a well in Somalia.'), [
    ['Militiamen from the Hawadle clan', 'Hawadle Clan Militia (Somalia)', 4, 'kin-militia', null],
    ['Galjecel sub-clans', 'Galjecel Sub-Clan Militia (Somalia)', 4, 'kin-militia', null],
  ])
  // A sub-clan is written with its parent clan, from the lineage table.
  assert.deepEqual(kin('Two members of the Saad sub-clan were shot dead in Somalia.'), [
    ['Saad sub-clan', 'Civilians (Somalia)', 7, 'kin-group', 'Habar Gedir-Saad Sub-Clan Group (Somalia)'],
  ])
  assert.deepEqual(kin('Omor communal militia burned houses in Nigeria.'), [
    ['Omor communal militia', 'Omor Communal Militia (Nigeria)', 4, 'kin-militia', null],
  ])
  // "the Palaro and Lukwor clans": the first name takes the kin noun of the second.
  assert.deepEqual(kin('Fighting between the Palaro and Lukwor clans in Uganda left four injured.'), [
    ['Palaro', 'Civilians (Uganda)', 7, 'kin-group', 'Palaro Clan Group (Uganda)'],
    ['Lukwor clans', 'Civilians (Uganda)', 7, 'kin-group', 'Lukwor Clan Group (Uganda)'],
  ])
  // Capitalised words that name no kin group, and "communal" without a militia, are nobody.
  assert.deepEqual(kin('The International community condemned the Communal elections in Nigeria.'), [])
})

test('two ethnic names sharing one noun are two actors of that noun', () => {
  assert.deepEqual(read('Fellata and Rizeigat communal militias clashed in South Darfur, Sudan.').actors.map((a) => [a.text, a.name, a.inter]), [
    ['Fellata', 'Fellata Ethnic Militia (Sudan)', 4],
    ['Rizeigat communal militias', 'Rizeigat Ethnic Militia (Sudan)', 4],
  ])
  assert.deepEqual(read('Leaders of the Misseriya and Rizeigat communities met in El Fula, Sudan.').actors.map((a) => [a.text, a.name, a.assoc]), [
    ['Misseriya', 'Civilians (Sudan)', 'Misseriya Ethnic Group (Sudan)'],
    ['Rizeigat communities', 'Civilians (Sudan)', 'Rizeigat Ethnic Group (Sudan)'],
  ])
})

test('militiaOf: a group of people who attack is their militia, their trade or group associated', () => {
  const doc = read('Fulani herders attacked farmers near the Somba hills in Benin. Elders of the Misseriya community and the Saad sub-clan in Sudan met.')
  assert.deepEqual(doc.actors.map((a) => { const m = militiaOf(a); return [a.text, m?.name ?? null, m?.inter ?? null, m?.assoc ?? null] }), [
    ['Fulani herders', 'Fulani Ethnic Militia (Benin)', 4, 'Pastoralists (Benin)'],
    ['farmers', 'Unidentified Communal Militia (Benin)', 4, 'Farmers (Benin)'],
    ['Misseriya community', 'Misseriya Ethnic Militia (Benin)', 4, null],
    ['Saad sub-clan', 'Habar Gedir-Saad Sub-Clan Militia (Benin)', 4, null],
  ])
  assert.equal(militiaOf(doc.actors[2], 'SD')?.name, 'Misseriya Ethnic Militia (Sudan)')
})

test('a member of an umbrella is coded as the umbrella with the member associated', () => {
  assert.deepEqual(read("Ukrainian forces shelled positions of the Luhansk People's Militia near Zolote.").actors.map((a) => [a.text, a.name, a.assoc ?? null]), [
    ['Ukrainian forces', 'Military Forces of Ukraine (2019-)', null],
    ["Luhansk People's Militia", 'NAF: United Armed Forces of Novorossiya', "Luhansk People's Militia"],
  ])
})

test('ACLED files traders and migrant workers as Labour Group, street vendors as Street Traders', () => {
  assert.deepEqual(read('Merchants, migrant workers, street vendors and taxi drivers protested in Lahore, Pakistan.').actors.map((a) => a.assoc ?? a.name), [
    'Labour Group (Pakistan)', 'Labour Group (Pakistan)', 'Street Traders (Pakistan)', 'Taxi Drivers (Pakistan)',
  ])
})

test('a herding people is coded with Pastoralists beside it, a trade named in the phrase likewise', () => {
  assert.deepEqual(read('Fulani militia attacked Tiv farmers in Benue, Nigeria.').actors.map((a) => [a.text, a.name, a.assoc ?? null]), [
    ['Fulani militia', 'Fulani Ethnic Militia (Nigeria)', 'Pastoralists (Nigeria)'],
    ['Tiv farmers', 'Civilians (Nigeria)', 'Tiv Ethnic Group (Nigeria); Farmers (Nigeria)'],
  ])
  assert.deepEqual(read('Peul herders were killed in Mopti, Mali.').actors.map((a) => a.assoc), ['Fulani Ethnic Group (Mali); Pastoralists (Mali)'])
})

test('a party from the imported list is named as ACLED writes it, at home only, and rides along as associated actor', () => {
  assert.deepEqual(read('Members of the BJP protested in Lucknow, India.').actors.map((a) => [a.text, a.name, a.role, a.assoc ?? null]), [
    ['BJP', 'BJP: Bharatiya Janata Party', 'other', 'BJP: Bharatiya Janata Party'],
  ])
  assert.deepEqual(read('Supporters of the Serbian Progressive Party blocked a street in Belgrade, Serbia.').actors.map((a) => a.name), ['SNS: Serbian Progressive Party'])
  // Abroad an acronym is anything; a one-word phrase with an article is never a party.
  assert.deepEqual(read('The BJP of Kathmandu met in Nepal. The River flooded a town in Greece.').actors.map((a) => a.name), [])
})

test('a clan written with its parent is a sub-clan; a community in the Americas is a place, not a kin group', () => {
  assert.deepEqual(read('Militiamen from the Habar Gedir-Saad clan fought Jareer-Weyne sub-clan militia in Somalia.').actors.map((a) => a.name), [
    'Habar Gedir-Saad Sub-Clan Militia (Somalia)', 'Jareer-Weyne Sub-Clan Militia (Somalia)',
  ])
  assert.deepEqual(read('Gunmen attacked the Nueva Esperanza community in Colombia.').actors.map((a) => a.name), ['Unidentified Armed Group (Colombia)'])
  assert.deepEqual(read('Gunmen attacked the Ugah community in Nigeria.').actors.map((a) => a.assoc ?? a.name), ['Unidentified Armed Group (Nigeria)', 'Ugah Communal Group (Nigeria)'])
})

test('guards and mercenaries are private security forces (inter 8) of their own or the article\'s country', () => {
  assert.deepEqual(read('Warplanes struck alleged Syrian mercenaries near Misrata, Libya, and gunmen shot two guards.').actors.map((a) => [a.text, a.name, a.inter]), [
    ['Warplanes', 'Military Forces of Libya (2016-) Government of National Accord', 1],
    ['alleged Syrian mercenaries', 'Private Security Forces (Syria)', 8],
    ['gunmen', 'Unidentified Armed Group (Libya)', 3],
    ['guards', 'Private Security Forces (Libya)', 8],
  ])
  assert.deepEqual(read('Migrants and a drug suspect were detained in Cebu, Philippines.').actors.map((a) => a.assoc), ['Refugees/IDPs (Philippines)', 'Drug Suspects (Philippines)'])
})

test('the people hit named by their community or by what of theirs was hit', () => {
  assert.deepEqual(read('Unknown gunmen killed civilians from the Fulani community in Gao, Mali, and burned a Fulani camp.').actors.map((a) => [a.text, a.name, a.assoc ?? null]), [
    ['Unknown gunmen', 'Unidentified Armed Group (Mali)', null],
    ['civilians from the Fulani community', 'Civilians (Mali)', 'Fulani Ethnic Group (Mali); Pastoralists (Mali)'],
    ['Fulani camp', 'Civilians (Mali)', 'Fulani Ethnic Group (Mali); Pastoralists (Mali)'],
  ])
})

test('a prison, customs or forest guard is police; a border guard the military; any other guard private security', () => {
  assert.deepEqual(read('A jail guard, a customs officer, a forest guard, a border guard and a guard were hurt in Kandi, Benin.').actors.map((a) => a.name), [
    'Police Forces of Benin (2016-) Prison Guards', 'Police Forces of Benin (2016-)', 'Police Forces of Benin (2016-)', 'Military Forces of Benin (2016-)', 'Private Security Forces (Benin)',
  ])
})

test('a side no words name on a standing front is the group holding the other side, while it is in force', () => {
  assert.deepEqual(genericActor('armed', 'UA', '2020-05-09'), { name: 'NAF: United Armed Forces of Novorossiya', inter: 2, countryCode: 'UA' })
  assert.deepEqual(genericActor('armed', 'UA', '2023-06-01'), { name: 'Unidentified Armed Group (Ukraine)', inter: 3, countryCode: 'UA' })
  assert.deepEqual(genericActor('armed', 'ML', '2020-05-09'), { name: 'Unidentified Armed Group (Mali)', inter: 3, countryCode: 'ML' })
  // A noun keeps its own reading: "gunmen" in Ukraine are unidentified.
  assert.deepEqual(read('Gunmen robbed a bank in Donetsk, Ukraine.').actors.map((a) => a.name), ['Unidentified Armed Group (Ukraine)'])
})

test('the indigenous peoples of the Americas are Indigenous, not Ethnic, in ACLED names', () => {
  const doc = read('Armed Mapuche and indigenous people blocked a road in Araucania, Chile.')
  assert.deepEqual(doc.actors.map((a) => [a.text, a.name, a.assoc ?? null, militiaOf(a)?.name ?? null]), [
    ['Armed Mapuche', 'Mapuche Indigenous Militia (Chile)', null, null],
    ['indigenous people', 'Civilians (Chile)', 'Indigenous Group (Chile)', 'Indigenous Militia (Chile)'],
  ])
})

test('a faith or a walk of life before "community" or "clan" is no kin group\'s name', () => {
  assert.deepEqual(read('The Catholic community and the Sunni clans condemned the killing in Nigeria.').actors.map((a) => a.name), [])
})

test('nouns of a unit of any country\'s forces carry the unit after the force, as ACLED writes it; other nouns do not', () => {
  assert.deepEqual(read('Prison guards, Afghan commando forces and a gendarme were seen in Kandi, Benin.').actors.map((a) => a.name), [
    'Police Forces of Benin (2016-) Prison Guards', 'Military Forces of Afghanistan (2014-) Special Forces', 'Military Forces of Benin (2016-) Gendarmerie',
  ])
  assert.deepEqual(read('Police officers and soldiers were seen in Kandi, Benin.').actors.map((a) => a.name), ['Police Forces of Benin (2016-)', 'Military Forces of Benin (2016-)'])
  assert.deepEqual(read('Govt forces were seen in Baidoa, Somalia.').actors.map((a) => [a.name, a.inter]), [['Military Forces of Somalia (2017-)', 1]])
})

