/** @module mentions/places/places.test: recognition, disambiguation, precision and event location on short written articles. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Article, Doc } from '../../doc.js'
import { createDoc } from '../../doc.js'
import { text } from '../../text/index.js'
import { locateEvent, places } from './index.js'
import { toGeoparse } from './geoparse.js'
import { placeKey, skeleton } from './normalize.js'

// The text and places stages only: the later stages are not needed to test this one.
const run = [text(), places()]
function parse(body: string, title: string | null = null): Doc {
  const article: Article = { id: 't', title, section: null, byline: null, source: null, url: null, published: null, input: 'test' }
  const doc = createDoc(article, body)
  for (const stage of run) stage(doc)
  return doc
}
const show = (doc: Doc): [string, string | null, string | null, string][] => doc.places.map((p) => [p.text, p.name, p.countryCode, p.kind])
const at = (doc: Doc, word: string): [number, number] => { const i = doc.text.indexOf(word); return [i, i + word.length] }

test('Palmyra in a Syria article is Tadmur', () => {
  const doc = parse('Government troops recaptured Palmyra from the militants on Sunday after weeks of fighting in Syria.')
  assert.deepEqual(show(doc), [['Palmyra', 'Tadmur', 'SY', 'place'], ['Syria', 'Syria', 'SY', 'country']])
  assert.equal(doc.places[0].geonameid, 163808)
})

test('Palmyra in a Pennsylvania article is Palmyra, PA', () => {
  const doc = parse('A barn burned in Palmyra on Tuesday. Crews from Hershey and Harrisburg, Pennsylvania, answered the call.')
  assert.deepEqual(show(doc), [['Palmyra', 'Palmyra', 'US', 'place'], ['Hershey', 'Hershey', 'US', 'place'], ['Harrisburg', 'Harrisburg', 'US', 'place'], ['Pennsylvania', 'Pennsylvania', 'US', 'admin1']])
  assert.equal(doc.places[0].admin1, 'Pennsylvania')
})

test('"Town, St." abbreviation pins the state', () => {
  const doc = parse('The fair opened in Paris, Ky., on Friday.')
  assert.deepEqual(show(doc), [['Paris', 'Paris', 'US', 'place'], ['Ky.', 'Kentucky', 'US', 'admin1']])
  assert.equal(doc.places[0].why.includes('"Paris, Ky."'), true)
})

test('a demonym is country context, never the event place', () => {
  const doc = parse('Syrian forces shelled Aleppo on Monday.')
  assert.deepEqual(show(doc), [['Syrian', 'Syria', 'SY', 'demonym'], ['Aleppo', 'Aleppo', 'SY', 'place']])
  const where = locateEvent(doc, at(doc, 'shelled'))
  assert.equal(where.place?.text, 'Aleppo')
  assert.equal(where.place?.precision, 1)
})

test('persons named like towns are not places', () => {
  const doc = parse('Sen. Hope and John Kelly met in Mosul. Kelly said the talks went well.')
  assert.deepEqual(show(doc), [['Mosul', 'Mosul', 'IQ', 'place']])
})

test('"near X" gives precision 2', () => {
  const doc = parse('Rebels attacked an army post near Homs on Friday.')
  const where = locateEvent(doc, at(doc, 'attacked'))
  assert.deepEqual([where.place?.name, where.place?.precision, where.place?.cue], ['Homs', 2, 'near'])
})

test('a province only gives precision 3', () => {
  const doc = parse('Airstrikes hit several villages in Idlib province overnight.')
  const where = locateEvent(doc, at(doc, 'Airstrikes'))
  assert.deepEqual([where.place?.text, where.place?.kind, where.place?.precision, where.place?.cue], ['Idlib', 'admin1', 3, 'in'])
  assert.equal(where.place?.why.includes('"province" follows'), true)
})

test('no usable place: null with a reason', () => {
  const doc = parse('Gunmen arrived from the north and opened fire on the market.')
  assert.deepEqual(locateEvent(doc, at(doc, 'opened fire')), { place: null, reason: 'The text names no place the gazetteer knows.', via: 'none' })
})

test('transliteration variants meet on one place', () => {
  const doc = parse("Clashes were reported in Deraa. Later, shelling hit Dar'a and Daraa again.")
  assert.deepEqual(doc.places.map((p) => [p.text, p.geonameid]), [['Deraa', 170905], ["Dar'a", 170905], ['Daraa', 170905]])
  const bab = parse('Turkish-backed fighters entered al-Bab.')
  assert.deepEqual(show(bab), [['Turkish', 'Türkiye', 'TR', 'demonym'], ['al-Bab', 'Al Bāb', 'SY', 'place']])
})

test('multi-word names and hyphens', () => {
  const doc = parse('Fighting spread from Deir ez-Zor to the Golan Heights.')
  assert.deepEqual(show(doc), [['Deir ez-Zor', 'Deir ez-Zor', 'SY', 'place'], ['Golan Heights', 'Golan Heights', 'SY', 'region']])
})

test('the dateline city is not the event place', () => {
  const doc = parse('BEIRUT (Reuters) - A car bomb exploded in Homs on Sunday.')
  assert.equal(doc.places[0].text, 'BEIRUT')
  const where = locateEvent(doc, at(doc, 'exploded'))
  assert.deepEqual([where.place?.text, where.via], ['Homs', 'sentence'])
})

test('the dateline city is used only when nothing else is named', () => {
  const doc = parse('BEIRUT (Reuters) - A car bomb exploded on Sunday.')
  const where = locateEvent(doc, at(doc, 'exploded'))
  assert.deepEqual([where.place?.text, where.via], ['BEIRUT', 'dateline'])
})

test('geoparse output follows the contract', () => {
  const doc = parse('Protesters gathered in Mosul.')
  assert.deepEqual(toGeoparse(doc), { article_id: 't', places: [{ start: 23, end: 28, text: 'Mosul', name: 'Mosul', geonameid: 99072,
    latitude: doc.places[0].latitude, longitude: doc.places[0].longitude, country_code: 'IQ', admin1: 'Nineveh', feature_code: 'PPLA', score: doc.places[0].score, kind: 'place' }] })
  assert.deepEqual(toGeoparse(parse('Syrian officials met in Mosul.')).places.map((p) => [p.text, p.kind]), [['Syrian', 'demonym'], ['Mosul', 'place']])
})

const where = (doc: Doc, word: string): [string | undefined, string | null | undefined, number | undefined, string | undefined] => {
  const p = locateEvent(doc, at(doc, word)).place
  return [p?.text, p?.countryCode, p?.precision, p?.rule]
}

test('"Village (Commune, Department)": a foreign namesake of the village is dropped and the commune stands in', () => {
  const doc = parse('Beninese soldiers patrolled near Buka (Nikki, Borgou) on Monday.')
  assert.deepEqual(show(doc), [['Beninese', 'Benin', 'BJ', 'demonym'], ['Nikki', 'Nikki', 'BJ', 'place'], ['Borgou', 'Borgou', 'BJ', 'admin1']])
  assert.deepEqual(where(doc, 'patrolled'), ['Nikki', 'BJ', 2, 'stand-in'])
})

test('"Town, Area": the town is the event place, the area only contains it', () => {
  const doc = parse('Gunmen shot a shopkeeper in Siguatepeque, Comayagua, on Monday.')
  assert.deepEqual(show(doc), [['Siguatepeque', 'Siguatepeque', 'HN', 'place'], ['Comayagua', 'Comayagua Department', 'HN', 'admin1']])
  assert.deepEqual(where(doc, 'shot'), ['Siguatepeque', 'HN', 1, 'name-with-container'])
  assert.equal(doc.places[1].rule, 'container')
})

test('"Town city (State)" links through the kind-of-place word', () => {
  const doc = parse('Teachers protested in Patiala city (Punjab) on Friday.')
  assert.deepEqual(show(doc), [['Patiala', 'Patiāla', 'IN', 'place'], ['Punjab', 'Punjab', 'IN', 'admin1']])
  assert.deepEqual(where(doc, 'protested'), ['Patiala', 'IN', 1, 'name-with-container'])
})

test('an unknown village before ", Province" makes the province stand in, with precision 2', () => {
  const doc = parse('Forces fired mortars in the area of Pidkaminivka, Luhansk.')
  assert.deepEqual(show(doc), [['Luhansk', 'Luhansk', 'UA', 'admin1']])
  assert.deepEqual(where(doc, 'fired'), ['Luhansk', 'UA', 2, 'stand-in'])
})

test('"X district, Province" finds a district spelled with other vowels, at precision 2', () => {
  const doc = parse('Militants attacked a checkpoint in Mohammad Agha district, Logar.')
  assert.deepEqual(show(doc), [['Mohammad Agha', 'Muḩammad Āghah', 'AF', 'admin2'], ['Logar', 'Logar', 'AF', 'admin1']])
  assert.deepEqual(where(doc, 'attacked'), ['Mohammad Agha', 'AF', 2, 'name-with-container'])
})

test('a list of states is not a chain of containers', () => {
  const doc = parse('Protests spread to Colorado, Idaho and Ohio.')
  assert.deepEqual(show(doc), [['Colorado', 'Colorado', 'US', 'admin1'], ['Idaho', 'Idaho', 'US', 'admin1'], ['Ohio', 'Ohio', 'US', 'admin1']])
  assert.deepEqual(doc.places.map((p) => p.rule), ['name-with-container', 'gazetteer-name', 'gazetteer-name'])
})

test('a place named only as an origin or inside an armed group\'s name is not the event place', () => {
  const from = parse('Herders from Kandi clashed with farmers in Parakou.')
  assert.deepEqual(where(from, 'clashed'), ['Parakou', 'BJ', 1, 'name-after-cue'])
  const group = parse("Fighters of the Donbass People's Militia shelled Avdiivka.")
  assert.deepEqual(group.places.map((p) => [p.text, p.rule]), [['Donbass', 'organisation-name'], ['Avdiivka', 'gazetteer-name']])
  assert.deepEqual(where(group, 'shelled'), ['Avdiivka', 'UA', 1, 'gazetteer-name'])
})

test('a place before "cartel", in any case, names the group, not where it struck (cues.yaml groupHeads); the place alone still does', () => {
  const cap = parse('Sinaloa Cartel gunmen fired on soldiers in Culiacan on Thursday.')
  assert.deepEqual(cap.places.map((p) => [p.text, p.rule]), [['Sinaloa', 'organisation-name'], ['Culiacan', 'name-after-cue']])
  assert.deepEqual(where(cap, 'fired'), ['Culiacan', 'MX', 1, 'name-after-cue'])
  const lower = parse('Members of the Jalisco cartel torched cars in Zapopan on Monday.')
  assert.deepEqual(lower.places.map((p) => [p.text, p.rule]), [['Jalisco', 'organisation-name'], ['Zapopan', 'name-after-cue']])
  // Twin: no group word after the name, the state is a place of the event's sentence.
  const state = parse('Gunmen torched cars across Jalisco on Monday.')
  assert.deepEqual(state.places.map((p) => [p.text, p.rule]), [['Jalisco', 'gazetteer-name']])
})

test('a lone Arabic article and an alternate name with no support are not places', () => {
  const doc = parse('Shells fell on Al Jabes street in Janzur during Ramadan prayers.')
  assert.deepEqual(show(doc).map((r) => r[0]), ['Janzur'])
})

test('the loose key joins spellings that differ in vowels, spaces and joiners', () => {
  assert.equal(skeleton(placeKey('Lashkargah')), skeleton(placeKey('Lashkar Gāh')))
  assert.equal(skeleton(placeKey('Dawlat Abad')), skeleton(placeKey('Dowlatābād')))
  assert.equal(skeleton(placeKey('Dahana i Ghuri')), skeleton(placeKey('Dahanah-ye Ghōrī')))
  assert.notEqual(skeleton(placeKey('Kabul')), skeleton(placeKey('Kandahar')))
})
const brief = (doc: Doc): [string, string | null, string | null, string, number][] => doc.places.map((p) => [p.text, p.name, p.admin1, p.kind, p.precision])

test('"X district" is the district at precision 2, not the province of the same name', () => {
  const doc = parse('Militants attacked a police post in Balkh district on Monday.')
  assert.deepEqual(brief(doc), [['Balkh', 'Balkh District', 'Balkh', 'admin2', 2]])
})

test('a bare province name outside the US is its seat town, also when the seat has it only as an alternate name', () => {
  const doc = parse('Protesters gathered in Mogilev on Sunday.')
  assert.deepEqual(brief(doc), [['Mogilev', 'Mahilyow', 'Mogilev', 'place', 1]])
})

test('a district container picks the town inside that district, not a namesake in the next one', () => {
  const doc = parse('Traders protested in Khairpur city (Khairpur, Sindh) on Monday.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.name, p.admin2]), [['Khairpur', 'Khairpur Mir’s', 'Khairpur District'], ['Khairpur', 'Khairpur District', 'Khairpur District'], ['Sindh', 'Sindh', null]])
})

test('a village under a province whose only namesake lies in another province: the province stands in', () => {
  const doc = parse('Shelling was reported near Kamianka, Donetsk on Tuesday.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.name, p.admin1, p.precision, p.rule]), [['Donetsk', 'Donetsk', 'Donetsk', 2, 'stand-in']])
})

test('a name followed by a unit word is no first name ("Materi Commune")', () => {
  const doc = parse('Two families fought in the Materi Commune on Monday.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.countryCode]), [['Materi', 'BJ']])
})

test('a small namesake far from the areas the text names is dropped', () => {
  const doc = parse('In Teresina, Piaui, a man was shot dead in Renascenca neighborhood by two gunmen.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.name]), [['Teresina', 'Teresina'], ['Piaui', 'Piauí']])
  assert.equal(doc.messages.some((m) => m.rule === 'namesake-far-from-context'), true)
})

test('a loose spelling needs the text to point to its country', () => {
  const doc = parse('Gunmen attacked a checkpoint in Chaki Wardak district of Afghanistan.')
  assert.equal(doc.places.some((p) => p.countryCode === 'RU'), false)
})

test('a neighbourhood of a city is coded at the city with precision 1; "X city" is the town, not its district', () => {
  const doc = parse('Artillery fire hit Zawiyat (Tripoli) on Monday. Workers protested in Reasi city on Friday.')
  assert.deepEqual(brief(doc), [['Tripoli', 'Tripoli', 'Tripoli', 'place', 1], ['Reasi', 'Riāsi', 'Jammu and Kashmir', 'place', 1]])
})

test('hyphenated names: lower-case links inside, a French province name, no small head of an unknown compound', () => {
  const doc = parse('Gunmen killed two in Port-au-Prince. Rebels clashed with troops in Rubaya, Nord-Kivu. Shells hit the Shakhta-6 mine and Mogadishu-Hodan.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.name, p.countryCode]), [['Port-au-Prince', 'Port-au-Prince', 'HT'], ['Nord-Kivu', 'North Kivu', 'CD'], ['Mogadishu', 'Mogadishu', 'SO']])
})

test('a country name is the country unless the text names it as a town', () => {
  assert.deepEqual(show(parse('Israeli jets struck targets in Lebanon on Monday.')), [['Israeli', 'Israel', 'IL', 'demonym'], ['Lebanon', 'Lebanon', 'LB', 'country']])
  assert.deepEqual(show(parse('A tornado hit Lebanon, Tennessee on Friday.')), [['Lebanon', 'Lebanon', 'US', 'place'], ['Tennessee', 'Tennessee', 'US', 'admin1']])
  assert.deepEqual(show(parse('Troops from Jordan and Chad arrived in Mali.')), [['Jordan', 'Jordan', 'JO', 'country'], ['Chad', 'Chad', 'TD', 'country'], ['Mali', 'Mali', 'ML', 'country']])
})

test('one demonym is enough to drop a small namesake abroad', () => {
  const doc = parse('Ukrainian forces fired mortars near Komsomolets on Monday.')
  assert.deepEqual(show(doc), [['Ukrainian', 'Ukraine', 'UA', 'demonym']])
})

test('a list of cities: each item is a major city, not a state or a small namesake', () => {
  const doc = parse('Students rallied in Chicago, New York and Boston on Sunday, while farmers met in Ohio.')
  assert.deepEqual(show(doc).slice(0, 3), [['Chicago', 'Chicago', 'US', 'place'], ['New York', 'New York City', 'US', 'place'], ['Boston', 'Boston', 'US', 'place']])
  assert.deepEqual(doc.places.slice(0, 3).map((p) => p.admin1), ['Illinois', 'New York', 'Massachusetts'])
  assert.equal(doc.places[2].why.includes('one of a list of cities'), true)
  // A state written after a town in such a list is still its container.
  const st = parse('Crowds gathered in Springfield, Illinois, and Dallas on Friday.')
  assert.deepEqual(st.places.map((p) => [p.text, p.name, p.admin1, p.rule]), [['Springfield', 'Springfield', 'Illinois', 'name-with-container'], ['Illinois', 'Illinois', 'Illinois', 'container'], ['Dallas', 'Dallas', 'Texas', 'gazetteer-name']])
})

test('"the state of X" is the state, "the city of X" the city of the same name', () => {
  const st = parse('Gunmen in the central state of Zacatecas killed two soldiers on Monday.')
  assert.deepEqual(st.places.map((p) => [p.text, p.name, p.kind, p.precision]), [['Zacatecas', 'Zacatecas', 'admin1', 3]])
  assert.equal(st.places[0].why.includes('"state of" precedes'), true)
  const city = parse('Gunmen in the city of Zacatecas killed two soldiers on Monday.')
  assert.deepEqual(city.places.map((p) => [p.text, p.name, p.kind, p.precision]), [['Zacatecas', 'Zacatecas', 'place', 1]])
})

test('a list of counties or of small towns is no list of cities', () => {
  const doc = parse('School boards in Barrow, Jackson and Madison counties of Georgia cut jobs.')
  assert.deepEqual(doc.places.slice(0, 3).map((p) => p.why.includes('one of a list of cities')), [false, false, false])
})

test('a country name in a sentence about the country is the country, never a namesake town', () => {
  const country = (body: string): [string, string | null, string | null, string][] => show(parse(body))
  assert.deepEqual(country('Floods killed nine people in Jordan on Tuesday, the civil defence said.'), [['Jordan', 'Jordan', 'JO', 'country']])
  assert.deepEqual(country('Gunmen attacked a market in Chad, killing four.'), [['Chad', 'Chad', 'TD', 'country']])
  assert.deepEqual(country('Protesters rallied in Georgia against the foreign agents law, police said.'), [['Georgia', 'Georgia', 'GE', 'country']])
  assert.deepEqual(country('Lebanon said a drone struck a car near the border.'), [['Lebanon', 'Lebanon', 'LB', 'country']])
  assert.deepEqual(country('Georgia and Armenia signed a deal in Tbilisi.'), [['Georgia', 'Georgia', 'GE', 'country'], ['Armenia', 'Armenia', 'AM', 'country'], ['Tbilisi', 'Tbilisi', 'GE', 'place']])
  // Named as a town ("Town, State"), it is the town.
  assert.deepEqual(country('Police in Jordan, Minnesota arrested a man.'), [['Jordan', 'Jordan', 'US', 'place'], ['Minnesota', 'Minnesota', 'US', 'admin1']])
})

test('first-level areas under the spellings and abbreviations regional notes use', () => {
  assert.deepEqual(show(parse('Police detained two men near Koubarou (Kerou, Atacora).')), [['Kerou', 'Kerou', 'BJ', 'admin2'], ['Atacora', 'Atakora', 'BJ', 'admin1']])
  assert.deepEqual(show(parse('Border guards traded fire in the Sangla sector (Poonch district, J&K).')), [['Poonch', 'Punch', 'IN', 'admin2'], ['J&K', 'Jammu and Kashmir', 'IN', 'admin1']])
  assert.deepEqual(show(parse('A drone strike hit a compound in Tarinkot district, Urozgan.')), [['Tarinkot', 'Tarinkot', 'AF', 'place'], ['Urozgan', 'Oruzgan', 'AF', 'admin1']])
  // An abbreviation alone, not after a name, is no place.
  assert.deepEqual(show(parse('UP officials said the roads were closed.')), [])
})

test('a Persian izafe word inside a name makes one name, never its head ("Qala i Naw"): the whole name where the gazetteer has it, else none', () => {
  assert.deepEqual(show(parse('Gunmen killed two farmers in the Sarband area of Qala i Naw district, Badghis.')), [['Qala i Naw', 'Qal‘ah-ye Now', 'AF', 'admin2'], ['Badghis', 'Badghis', 'AF', 'admin1']])
  assert.deepEqual(show(parse('Soldiers clashed with militants in Keran wa Menjan district, Badakhshan.')), [['Badakhshan', 'Badakhshan', 'AF', 'admin1']])
})

test('a mission working in one country names that country as a nationality does', () => {
  const doc = parse('On Sunday the OSCE SMM recorded 14 explosions near Krasnohorivka.')
  assert.deepEqual(show(doc), [['OSCE SMM', 'Ukraine', 'UA', 'demonym'], ['Krasnohorivka', 'Krasnohorivka', 'UA', 'place']])
  assert.equal(doc.places[0].rule, 'mission-name')
  assert.match(doc.places[0].why, /works only in Ukraine/)
})

test('a known name before unknown words and "area" is the head of a local name, not that place', () => {
  assert.deepEqual(show(parse('Gunmen ambushed a patrol in the Qom Kalay area of Baharak district, Badakhshan.')), [['Baharak', 'Bahārak', 'AF', 'admin2'], ['Badakhshan', 'Badakhshan', 'AF', 'admin1']])
  // The name right before the word is still the place: "the Kandahar area".
  assert.deepEqual(show(parse('Troops patrolled the Kandahar area on Monday.')), [['Kandahar', 'Kandahār', 'AF', 'place']])
})

test('"X, City" with no X in or near the city is a neighbourhood coded at the city, never a namesake abroad', () => {
  const doc = parse('Gunmen attacked a shop in Eastleigh, Nairobi on Monday, police said.')
  assert.deepEqual(show(doc), [['Nairobi', 'Nairobi', 'KE', 'place']])
  assert.equal(doc.places[0].rule, 'stand-in')
  assert.equal(doc.places[0].precision, 1)
  // A town within a city's reach, outside its county, is the town itself.
  assert.deepEqual(show(parse('Police raided a house in Ngong, Nairobi on Monday.')), [['Ngong', 'Ngong', 'KE', 'place'], ['Nairobi', 'Nairobi', 'KE', 'place']])
})

test('an admin word picks the country whose first-level areas it names ("Bolivar state" is Venezuelan)', () => {
  assert.deepEqual(show(parse('Clashes broke out in Bolivar state between troops and miners.')), [['Bolivar', 'Bolívar', 'VE', 'admin1']])
  assert.deepEqual(show(parse('Clashes broke out in Bolivar department between troops and miners.')), [['Bolivar', 'Bolívar', 'CO', 'admin1']])
})

test('a name spelled as the text spells it beats one reached only through the -ah fold, unless context favours the fold', () => {
  assert.deepEqual(show(parse('Gunmen killed two people in Kaya on Sunday.')), [['Kaya', 'Kaya', 'BF', 'place']])
  assert.deepEqual(show(parse('Soldiers clashed with rebels near Kaya on Tuesday. The army said Loikaw was calm.')), [['Kaya', 'Kayah State', 'MM', 'admin1'], ['Loikaw', 'Loikaw', 'MM', 'place']])
})

test('a given name and a surname that are both towns are a person, in every bare mention', () => {
  const doc = parse('The Rev. Roy Jones, 54, opened a food bank in Tulsa last week. Volunteers helped Jones carry the boxes. Jones hopes to open a second one.')
  assert.deepEqual(show(doc), [['Tulsa', 'Tulsa', 'US', 'place']])
  // The near twin: the same town with its state after a comma is still the town.
  const twin = parse('Flooding closed two roads in Jones, Okla., on Monday.')
  assert.deepEqual(show(twin).slice(0, 1), [['Jones', 'Jones', 'US', 'place']])
})

test('a small town\'s name before a verb of saying is a person; a capital may still speak', () => {
  const doc = parse('"We have had some fights at that bar," Welch said after the brawl in Gainesville, Florida.')
  assert.deepEqual(show(doc).map((p) => p[0]), ['Gainesville', 'Florida'])
  const twin = parse('Storms damaged homes in Welch, West Virginia, on Friday.')
  assert.deepEqual(show(twin)[0], ['Welch', 'Welch', 'US', 'place'])
  const capital = parse('Moscow said on Monday that talks with Kyiv would resume.')
  assert.deepEqual(show(capital).map((p) => [p[0], p[2]]), [['Moscow', 'RU'], ['Kyiv', 'UA']])
})

test('a country name is the country, not a namesake town, unless a pattern or local context pins the town', () => {
  const doc = parse('Gomez, a native of Mexico, was arrested by police in Danbury, Connecticut, on Monday.')
  assert.deepEqual(show(doc)[0], ['Mexico', 'Mexico', 'MX', 'country'])
  const egypt = parse('Officials in Washington reported that polio had been eradicated in Egypt and Niger.')
  assert.deepEqual(show(egypt).slice(1).map((p) => [p[0], p[2], p[3]]), [['Egypt', 'EG', 'country'], ['Niger', 'NE', 'country']])
  // Local news that places the town among its neighbours still reads the town: the feature weighs, it does not override.
  const local = parse('A Palestine man was arrested at a residence two miles east of Palestine, Anderson County Sheriff Greg Taylor said. Deputies from Tyler and Jacksonville, Texas, helped.')
  assert.deepEqual(show(local).slice(0, 2).map((p) => [p[0], p[2], p[3]]), [['Palestine', 'US', 'place'], ['Palestine', 'US', 'place']])
  const twin = parse('The county fair opened in Mexico, Mo., on Friday.')
  assert.deepEqual(show(twin)[0], ['Mexico', 'Mexico', 'US', 'place'])
})

test('a state name is the state, not a small namesake town elsewhere', () => {
  const doc = parse('The pistachio supplier, based in California, recalled its packages sold in Ohio and Texas.')
  assert.deepEqual(show(doc)[0], ['California', 'California', 'US', 'admin1'])
})

test('"People\'s Republic of China" is China; oceans and seas are features', () => {
  const doc = parse("The People's Republic of China sent ships into the Indian Ocean and the South China Sea.")
  assert.deepEqual(show(doc), [["People's Republic of China", 'China', 'CN', 'country'], ['Indian Ocean', 'Indian Ocean', null, 'feature'], ['South China Sea', 'South China Sea', null, 'feature']])
})

test('AP initials of a state stand alone; a person\'s initials do not', () => {
  const doc = parse('The senator flew back to D.C. on Monday.')
  assert.deepEqual(show(doc), [['D.C.', 'District of Columbia', 'US', 'admin1']])
  const person = parse('The painter N.C. Wyeth lived in Chester, Pennsylvania.')
  assert.deepEqual(show(person).map((p) => p[0]), ['Chester', 'Pennsylvania'])
})

test('a small area abroad under one bare word is no place; a cue, comma or bracket keeps it', () => {
  const doc = parse('Police in Denver, Colorado, said Flores was shot outside his apartment. Flores had moved to the United States from Texas.')
  assert.equal(show(doc).some((p) => p[0] === 'Flores'), false)
  // The near twin: a foreign force striking in a named province of another country still codes that province.
  const twin = parse('A drone strike by US forces killed six militants in Chawkay district, Kunar.')
  // (Chawkay district is known by that spelling through the district layer, data/gazetteer/districts.)
  assert.deepEqual(show(twin).map((p) => [p[0], p[2], p[3]]), [['US', 'US', 'country'], ['Chawkay', 'AF', 'admin2'], ['Kunar', 'AF', 'admin1']])
})

test('a town named like another country\'s small province is not a namesake of it', () => {
  const doc = parse('On 3 May, gunmen killed two men in San Juan, Jalisco, Mexico.')
  assert.deepEqual(show(doc)[0].slice(2), ['MX', 'place'])
})

test('a short dateline name in capitals is the place, while a short capital word elsewhere stays an acronym', () => {
  const doc = parse('GAZA: Air strikes on Gaza City killed two people on Wednesday, Palestinian medics said.')
  assert.deepEqual(show(doc)[0].slice(0, 3), ['GAZA', 'Gaza', 'PS'])
  // Elsewhere the short capital word keeps the acronym rule: no town under it.
  const twin = parse('The GAZA fund paid for two clinics in Ramallah.')
  assert.equal(show(twin).some((p) => p[0] === 'GAZA' && p[3] === 'place'), false)
})

test('a second-level area named in the text favours the namesake town inside it; without it the usual one stays', () => {
  const a1 = (t: string, name: string): string | null | undefined => parse(t).places.find((p) => p.text === name)?.admin1
  assert.deepEqual([
    a1('A fire destroyed a warehouse in Columbia on Tuesday, the Boone County fire marshal said.', 'Columbia'),
    a1('A fire destroyed a warehouse in Columbia on Tuesday, the fire marshal said.', 'Columbia'),
    a1('A fire destroyed a warehouse in Columbia on Tuesday, the Boone County fire marshal said.', 'Boone County'),
    a1('Two barns burned in Columbia overnight, Maury County deputies said.', 'Columbia'),
  ], ['Missouri', 'South Carolina', 'Missouri', 'Tennessee'])
})

test('"L.A." in running text is Los Angeles; "La." after a town stays Louisiana, AP initials "S.C." stay the state', () => {
  const names = (t: string): [string, string | null, string | null][] => parse(t).places.map((p) => [p.text, p.name, p.admin1])
  assert.deepEqual(names('Marchers blocked a freeway in L.A. on Friday.'), [['L.A.', 'Los Angeles', 'California']])
  assert.deepEqual(names('Marchers blocked a road in Lafayette, La., on Friday.'), [['Lafayette', 'Lafayette', 'Louisiana'], ['La.', 'Louisiana', 'Louisiana']])
  assert.deepEqual(names('Marchers blocked a road in Florence, S.C., on Friday.').map((x) => x[2]), ['South Carolina', 'South Carolina'])
})

test('a region spelled with single letters before its admin word is the area spelled with doubled ones', () => {
  const doc = parse('Militants attacked a base near a village in the central Hiran region of Somalia on Friday.')
  assert.deepEqual(show(doc), [['Hiran', 'Hiiraan', 'SO', 'admin1'], ['Somalia', 'Somalia', 'SO', 'country']])
  // The same word read as a town, where no admin word follows: the exact spelling stays.
  const town = parse('Farmers in Hiran, north of Erbil, brought in the wheat on Friday.')
  assert.deepEqual(show(town).slice(0, 1), [['Hiran', 'Hīrān', 'IQ', 'place']])
})

test('a province spelled with doubled letters in brackets after a district is found and holds it', () => {
  const doc = parse('Gunmen killed two traders in Dhuunley village (Balcad, Middle Shabelle) on Monday.')
  assert.deepEqual(show(doc), [['Balcad', 'Balcad', 'SO', 'admin2'], ['Middle Shabelle', 'Middle Shabele', 'SO', 'admin1']])
  const where = locateEvent(doc, at(doc, 'killed'))
  assert.deepEqual([where.place?.name, where.place?.precision], ['Balcad', 2])
  // Outside an area's slot the folded spelling is not looked up.
  assert.deepEqual(show(parse('Middle Shabelle farmers met the governor on Monday.')), [])
})

test('a US town is pulled to the parish that holds it, though the name is also a province abroad', () => {
  const doc = parse('Alexandria police arrested a man on Tuesday. Deputies from Rapides Parish helped with the search.')
  assert.deepEqual(show(doc)[0], ['Alexandria', 'Alexandria', 'US', 'place'])
  assert.equal(doc.places[0].admin1, 'Louisiana')
  // Nothing else in the text: the big city of that name, in Egypt.
  const alone = parse('Alexandria police arrested a man on Tuesday. Deputies helped with the search.')
  assert.deepEqual(show(alone), [['Alexandria', 'Alexandria', 'EG', 'place']])
})

test('a country name is the country, not the province or capital district sharing its name', () => {
  assert.deepEqual(show(parse('Protesters marched through Monterrey and Guadalajara, the largest cities in Mexico after the capital.')).at(-1), ['Mexico', 'Mexico', 'MX', 'country'])
  // With its admin word the name is the province.
  assert.deepEqual(show(parse('Police detained ten people in the state of Mexico on Sunday.')), [['Mexico', 'México', 'MX', 'admin1']])
})

test('two country names joined by a comma are a list, not a town and its country', () => {
  assert.deepEqual(show(parse('Flights from China, Japan and Russia were suspended on Monday.')).map((p) => p.slice(1)),
    [['China', 'CN', 'country'], ['Japan', 'JP', 'country'], ['Russia', 'RU', 'country']])
  // A first-level area after the comma still pins the town.
  assert.deepEqual(show(parse('A barn burned in China, Maine, on Tuesday.'))[0], ['China', 'China', 'US', 'place'])
})

test('a word known as a town abroad by an alternate name heads a longer local name glued to it', () => {
  const doc = parse('Gunmen opened fire in Ayn Tawil (Benghazi) on Friday.')
  assert.deepEqual(show(doc), [['Benghazi', 'Benghazi', 'LY', 'place']])
  assert.deepEqual([locateEvent(doc, at(doc, 'fire')).place?.name, locateEvent(doc, at(doc, 'fire')).place?.precision], ['Benghazi', 1])
  // A hamlet's own name (no alternate reading) before another word stays the hamlet.
  assert.deepEqual(show(parse('Armed men tried to land at Macuto Bay, Vargas state, on Sunday.')), [['Macuto', 'Macuto', 'VE', 'place'], ['Vargas', 'Vargas', 'VE', 'admin1']])
})

test("a quarter's name says nothing about the article's country", () => {
  // El Ángel is a town in Ecuador: as a neighbourhood's name it no longer pulls La Libertad there.
  assert.deepEqual(show(parse('In La Libertad, police officers patrolled the El Angel neighborhood when gang members opened fire.'))[0], ['La Libertad', 'La Libertad', 'PE', 'admin1'])
  // As a town's name it does: the two towns lie side by side in Ecuador.
  assert.deepEqual(show(parse('In La Libertad, police officers patrolled the El Angel town when gang members opened fire.'))[0], ['La Libertad', 'La Libertad', 'EC', 'place'])
})

test('"the X area of Y city" is a quarter of the city, coded at the city with precision 1', () => {
  const doc = parse('A bomb exploded in the Qala Fatullah area of Kabul city on Monday.')
  assert.deepEqual([locateEvent(doc, at(doc, 'exploded')).place?.name, locateEvent(doc, at(doc, 'exploded')).place?.precision], ['Kabul', 1])
  const around = parse('A bomb exploded in the area of Kabul city on Monday.')
  assert.deepEqual([locateEvent(around, at(around, 'exploded')).place?.name, locateEvent(around, at(around, 'exploded')).place?.precision], ['Kabul', 2])
})

test('"X, X": the town of the province of the same name, reached by its alternate name', () => {
  const doc = parse('On Thursday, in Durango, Durango, about 300 musicians protested outside the town hall.')
  assert.deepEqual(show(doc), [['Durango', 'Victoria de Durango', 'MX', 'place'], ['Durango', 'Durango', 'MX', 'admin1']])
  const where = locateEvent(doc, at(doc, 'protested'))
  assert.deepEqual([where.place?.name, where.place?.precision], ['Victoria de Durango', 1])
  // The province alone stays the province.
  assert.deepEqual(show(parse('On Thursday, in Durango, about 300 musicians protested outside the town hall.')), [['Durango', 'Durango', 'MX', 'admin1']])
})

test("a borough is read in the capital its article names, a namesake city in the state its article names", () => {
  const uk = parse('The council says Richmond suffers the same traffic as other parts of London. Cyclists riding from Richmond to the Twickenham town centre will get new lanes, the mayor of London said.')
  assert.deepEqual(show(uk).map((p) => [p[0], p[2]]), [['Richmond', 'GB'], ['London', 'GB'], ['Richmond', 'GB'], ['Twickenham', 'GB'], ['London', 'GB']])
  const us = parse('The council says Richmond suffers the same traffic as other parts of Virginia. Cyclists riding from Richmond to Petersburg will get new lanes.')
  assert.deepEqual(us.places.map((p) => [p.text, p.countryCode, p.admin1]), [['Richmond', 'US', 'Virginia'], ['Virginia', 'US', 'Virginia'], ['Richmond', 'US', 'Virginia'], ['Petersburg', 'US', 'Virginia']])
})

test('a nationality of one side of a war does not move a town of the other side abroad', () => {
  // Written for this test: who fired is named by a demonym, where it hit by a town of the other country.
  const hit = parse('Russian rockets hit a market in Kharkiv on Monday. Russian artillery also shelled Bakhmut.')
  assert.deepEqual(show(hit), [['Russian', 'Russia', 'RU', 'demonym'], ['Kharkiv', 'Kharkiv', 'UA', 'place'], ['Russian', 'Russia', 'RU', 'demonym'], ['Bakhmut', 'Bakhmut', 'UA', 'place']])
  const drone = parse('A Turkish drone struck a car near Sinjar on Friday.')
  assert.deepEqual(show(drone), [['Turkish', 'Türkiye', 'TR', 'demonym'], ['Sinjar', 'Sinjār', 'IQ', 'place']])
})

test('twin: a named country still makes a lone namesake abroad give way', () => {
  // The country named outright (not a nationality) still points away from the namesake town.
  const doc = parse('Fighting in Syria spread to Palmyra on Sunday.')
  assert.deepEqual(show(doc), [['Syria', 'Syria', 'SY', 'country'], ['Palmyra', 'Tadmur', 'SY', 'place']])
})

test('a country name ending a longer local name is not the country', () => {
  // Written for this test: a town the gazetteer lacks whose name ends in a country's name.
  const doc = parse('Rebels attacked a police post in Puerto Jordan, Arauca, on Friday.')
  assert.deepEqual(show(doc), [['Arauca', 'Arauca Department', 'CO', 'admin1']])
  // Twin: a longer name the gazetteer has is matched whole, and the country alone is still the country.
  const twin = parse('Dockers struck in Port Sudan on Monday while aid arrived in Jordan.')
  assert.deepEqual(show(twin), [['Port Sudan', 'Port Sudan', 'SD', 'place'], ['Jordan', 'Jordan', 'JO', 'country']])
})

test('"near X" names a town, not the first-level area of that name', () => {
  // Written for this test: Beni the city (DR Congo), not Bolivia's Beni department.
  const doc = parse('Rebels burned houses in a village near Beni on Sunday night.')
  assert.deepEqual(show(doc), [['Beni', 'Beni', 'CD', 'place']])
  // Twin: "in X province" is still the area.
  const twin = parse('Floods cut the main road in Beni department on Sunday.')
  assert.deepEqual(show(twin).map((r) => [r[2], r[3]]), [['BO', 'admin1']])
})

test('a district seat under its own name beats a small town that has the name only as a translation', () => {
  const doc = parse('A drone strike hit a car in Ariha on Friday.')
  assert.deepEqual(show(doc), [['Ariha', 'Arīḩā', 'SY', 'place']])
})

test('a country named as a party does not pull a small namesake of a famous city into it', () => {
  const doc = parse('Envoys of the United States and Iran met in Geneva on Monday for a second round of talks.')
  assert.deepEqual(show(doc), [['United States', 'United States', 'US', 'country'], ['Iran', 'Iran', 'IR', 'country'], ['Geneva', 'Genève', 'CH', 'place']])
})

test('twin: an area of the country named beside it keeps the small namesake', () => {
  const doc = parse('Deputies in Kane County said a man was shot in Geneva on Friday, the second shooting in the United States this week.')
  assert.deepEqual(show(doc).slice(0, 2), [['Kane County', 'Kane County', 'US', 'admin2'], ['Geneva', 'Geneva', 'US', 'place']])
  assert.equal(doc.places[1].admin1, 'Illinois')
})

test('twin: a small town whose namesake abroad is famous only under an old alternate name keeps its country', () => {
  const doc = parse('The pub in Twickenham raised money for charity, the biggest sum of any pub in the UK this year.')
  assert.deepEqual(show(doc), [['Twickenham', 'Twickenham', 'GB', 'place'], ['UK', 'United Kingdom', 'GB', 'country']])
})

test('the head of a longer local name the gazetteer lacks is no namesake abroad', () => {
  assert.deepEqual(show(parse('Rebels shelled army positions near Wadi al Nurani on Tuesday, killing two soldiers.')), [])
})

test('twin: the head of a longer name stays that place where a named area holds it', () => {
  assert.deepEqual(show(parse('Rebels shelled army positions near Wadi al Nurani in Karnataka on Tuesday.')), [['Wadi', 'Wādi', 'IN', 'place'], ['Karnataka', 'Karnataka', 'IN', 'admin1']])
})

test('the tail of a hyphenated local name whose head is no place is no city abroad', () => {
  assert.deepEqual(show(parse('Gunmen attacked a convoy near Garabey-Cali village on Monday, killing a soldier.')), [])
})

test('twin: a party\'s initials before a hyphen leave the town after it', () => {
  assert.deepEqual(show(parse('Delegate Jane Roe, D-Charleston, voted against the bill in Charleston.')).map((p) => p[0]), ['Charleston', 'Charleston'])
})

test('a town found abroad by an alternate name, outside its container, gives way to the container', () => {
  // Zorgatou is invented; Dessie is an alternate name of Desē, Ethiopia, which Tillaberi does not hold.
  const doc = parse('Soldiers killed two suspected militants in Zorgatou (Dessie, Tillaberi) on Friday.')
  assert.deepEqual(show(doc), [['Tillaberi', 'Tillabéri', 'NE', 'place']])
  assert.equal(doc.places[0].precision, 2)
})

test('twin: a commune of the bundled village layer inside its region is that commune', () => {
  const doc = parse('Soldiers killed two suspected militants in Zorgatou (Dessa, Tillaberi) on Friday.')
  assert.deepEqual(show(doc), [['Dessa', 'Déssa', 'NE', 'place'], ['Tillaberi', 'Tillabéri Region', 'NE', 'admin1']])
})

test('twin: big cities after commas are a list, each kept in its own country', () => {
  const doc = parse('The airline hopes to fly to Moscow, Kiev, Minsk and Riga next year.')
  assert.deepEqual(show(doc).map((p) => [p[0], p[2]]), [['Moscow', 'RU'], ['Kiev', 'UA'], ['Minsk', 'BY'], ['Riga', 'LV']])
})

test('a people living on both sides of a border names no country: the small town it lives in stays', () => {
  const doc = parse('Hundreds of Pashtun elders gathered in Wana town on Sunday to demand compensation.')
  assert.deepEqual(show(doc), [['Wana', 'Wana', 'PK', 'place']])
})

test('twin: a state\'s own nationality still drops a small namesake abroad', () => {
  const doc = parse('Hundreds of Afghan elders gathered in Wana town on Sunday to demand compensation.')
  assert.deepEqual(show(doc), [['Afghan', 'Afghanistan', 'AF', 'demonym']])
})

test('a country\'s native spelling that is an English word once accents go is not the country', () => {
  const doc = parse('Ferries to Kangaroo Island were cancelled after the storm, officials in Australia said.')
  assert.equal(doc.places.some((p) => p.countryCode === 'IS'), false)
})

test('twin: the country under its English name is still the country', () => {
  assert.deepEqual(show(parse('Ferries to Iceland were cancelled after the storm.')), [['Iceland', 'Iceland', 'IS', 'country']])
})

test('a place the convoy was heading towards is where it was near, not in (precision 2)', () => {
  const doc = parse('Gunmen ambushed an army convoy on Sunday as it travelled towards Kidal, officials said.')
  assert.deepEqual(show(doc), [['Kidal', 'Kidal', 'ML', 'place']])
  assert.equal(doc.places[0].precision, 2)
})

test('twin: a convoy ambushed in a town is there (precision 1)', () => {
  const doc = parse('Gunmen ambushed an army convoy on Sunday in Kidal, officials said.')
  assert.deepEqual(show(doc), [['Kidal', 'Kidal', 'ML', 'place']])
  assert.equal(doc.places[0].precision, 1)
})

test('a mission working in a few provinces pulls a bare village name there; without it the same name goes elsewhere', () => {
  const admin = (doc: Doc, name: string): [string | null, string | null] => { const p = doc.places.find((q) => q.text === name); return [p?.name ?? null, p?.admin1 ?? null] }
  // The OSCE SMM's ceasefire reports are about Donetsk and Luhansk (data/places/missions.yaml `areas`).
  assert.deepEqual(admin(parse('On Tuesday the OSCE SMM recorded 20 explosions near Troitske.'), 'Troitske'), ['Troitske', 'Luhansk'])
  assert.deepEqual(admin(parse('On Tuesday residents heard 20 explosions near Troitske, Ukraine.'), 'Troitske'), ['Troitske', 'Dnipropetrovsk'])
})

test('a Persian izafe after a hyphen joins the next capitalised word into one name; before a lower-case word it joins nothing', () => {
  assert.deepEqual(show(parse('Taliban fighters attacked a police post in Sar-e Pol on Monday.')), [['Sar-e Pol', 'Sar-e Pul', 'AF', 'place']])
  assert.deepEqual(show(parse('Taliban fighters attacked a police post near the Pul-e bridge on Monday.')), [])
})

test('a name only known by an alternate spelling, after an unknown village and a comma, is the area holding it; after a common noun it is not kept', () => {
  assert.deepEqual(show(parse('Troops shelled positions near Qiyamaddinli, Aghjabadi.')), [['Aghjabadi', 'Agdzhabedy', 'AZ', 'place']])
  assert.deepEqual(show(parse('Troops shelled positions near the farm, Aghjabadi.')), [])
})

test('a hyphenated name the gazetteer writes as one word is that place; a hyphenated word that is no place stays none', () => {
  const doc = parse('Gang members stormed Pétion-Ville on Monday, and later Petion-Ville again.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.name, p.countryCode]), [['Pétion-Ville', 'Pétionville', 'HT'], ['Petion-Ville', 'Pétionville', 'HT']])
  assert.deepEqual(parse('Leaders met at a Franco-Italian summit on Monday.').places.filter((p) => p.kind !== 'demonym').map((p) => p.text), [])
})

test('"the Somali capital", "Sudan\'s capital", "the capital of Mali" name the capital town; capital as money or a named capital do not', () => {
  const towns = (body: string) => parse(body).places.filter((p) => p.kind !== 'demonym').map((p) => [p.text, p.name, p.precision, p.rule])
  assert.deepEqual(towns('A car bomb exploded in the Somali capital on Tuesday.'), [['Somali capital', 'Mogadishu', 1, 'capital-of']])
  assert.deepEqual(towns('A car bomb exploded in Sudan\'s capital on Tuesday.'), [['Sudan\'s capital', 'Khartoum', 1, 'capital-of']])
  assert.deepEqual(towns('Gunmen killed three policemen in the capital of Mali on Tuesday.'), [['Mali', 'Bamako', 1, 'capital-of']].map(([, n, p, r]) => ['the capital of Mali', n, p, r]))
  assert.deepEqual(towns('Protesters marched in the Malian capital, Bamako, on Tuesday.').map((t) => t[1]), ['Bamako'])
  assert.deepEqual(towns('Chinese capital flowed into the port last year.'), [])
  assert.deepEqual(towns('The reforms opened the Kenyan capital markets to foreign investors.'), [])
})

test('a district named after its town is the town when the gazetteer knows the town only by an alternate spelling', () => {
  const jenin = parse('Israeli troops shot dead a Palestinian man during a raid in Jenin on Monday.').places.filter((p) => p.kind !== 'demonym').map((p) => [p.text, p.name, p.kind, p.precision])
  assert.deepEqual(jenin, [['Jenin', 'Janīn', 'place', 1]])
  // With the district's word the area stays.
  assert.deepEqual(parse('Israeli troops shot dead a Palestinian man during a raid on villages in Jenin governorate on Monday.').places.filter((p) => p.kind !== 'demonym').map((p) => [p.text, p.kind]), [['Jenin', 'admin2']])
})

test('"the X area of Y district": a known place named as a part of its district is coded at itself, precision 1', () => {
  const doc = parse('Gunmen attacked a police post in the Gereshk area of Nahri Saraj district, Helmand, on Monday.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.kind, p.precision]), [['Gereshk', 'place', 1], ['Nahri Saraj', 'admin2', 2], ['Helmand', 'admin1', 3]])
})

test('twin: "the X area (Province)" is the surroundings of X, precision 2', () => {
  const doc = parse('Gunmen attacked a police post in the Gereshk area (Helmand) on Monday.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.kind, p.precision]), [['Gereshk', 'place', 2], ['Helmand', 'admin1', 3]])
})

test('"in the commune of X" is coded at the commune\'s town with precision 2; "the town of X" at precision 1', () => {
  assert.deepEqual(parse('Herders clashed with farmers in the commune of Kandi on Monday.').places.map((p) => [p.name, p.countryCode, p.precision]), [['Kandi', 'BJ', 2]])
  assert.deepEqual(parse('Herders clashed with farmers in the town of Kandi on Monday.').places.map((p) => [p.name, p.countryCode, p.precision]), [['Kandi', 'BJ', 1]])
})

test('"near X" finds X spelled with other vowels than the gazetteer\'s (Svitlodarsk, Svetlodarsk) when the text points to its country', () => {
  const doc = parse('Ukrainian officials said shelling was reported near Svitlodarsk on Friday.')
  assert.deepEqual(doc.places.filter((p) => p.kind === 'place').map((p) => [p.text, p.name, p.countryCode, p.precision]), [['Svitlodarsk', 'Svetlodarsk', 'UA', 2]])
})

test('a name where a district goes ("(X, State)") finds X spelled with other vowels than the gazetteer\'s', () => {
  const doc = parse("Farmers held a sit-in outside the collector's office (Mahabubnagar, TS) on Monday.")
  assert.deepEqual(show(doc), [['Mahabubnagar', 'Mahbūbnagar', 'IN', 'place'], ['TS', 'Telangana', 'IN', 'admin1']])
})

test('a name with its container in brackets after it finds the name spelled with other vowels than the gazetteer\'s', () => {
  assert.deepEqual(show(parse('Gunmen attacked a checkpoint in Shebarghan (Jawzjan) on Monday.')), [['Shebarghan', 'Shibirghān', 'AF', 'place'], ['Jawzjan', 'Jowzjan', 'AF', 'admin1']])
})

test('a longer name before a district word wins over a shorter alternate name at its head ("Khas Urozgan district")', () => {
  assert.deepEqual(show(parse('Taliban fighters killed a soldier in Khas Urozgan district, Urozgan, on Monday.')), [['Khas Urozgan', 'Khāş Uruzgān', 'AF', 'admin2'], ['Urozgan', 'Oruzgan', 'AF', 'admin1']])
})

test('twin: the shorter name alone before a kind-of-place word finds no longer name', () => {
  assert.deepEqual(show(parse('Taliban fighters killed a soldier in Khas village, Urozgan, on Monday.')), [['Urozgan', 'Oruzgan', 'AF', 'admin1']])
})

test('a town in brackets with its own district\'s name and its province is the town, though the name is an area abroad', () => {
  // Gaza's Rafah governorate shares the name; Egypt's Rafah lies in North Sinai.
  const doc = parse('Soldiers repelled an attack in Rafah (Rafah, North Sinai) on Monday.')
  assert.deepEqual(doc.places.map((p) => [p.text, p.name, p.countryCode, p.kind, p.precision]), [['Rafah', 'Rafaḩ', 'EG', 'place', 1], ['Rafah', 'Rafaḩ', 'EG', 'place', 1], ['North Sinai', 'North Sinai', 'EG', 'admin1', 3]])
})

test('twin: with no town of the name in the outer container, the container\'s areas are read as before', () => {
  const doc = parse('Soldiers repelled an attack in Rafah (Rafah, Matrouh) on Monday.')
  assert.deepEqual(show(doc), [['Rafah', 'Rafaḩ', 'PS', 'place'], ['Rafah', 'Rafah', 'PS', 'admin2']])
})

test('"X city" with only the district of that name known is coded at the district\'s seat with precision 1', () => {
  assert.deepEqual(parse('A protest was held in Sangareddy city (Sangareddy, TS) on Monday.').places.map((p) => [p.name, p.kind, p.precision]), [['Sangareddy', 'admin2', 1], ['Sangareddy', 'admin2', 2], ['Telangana', 'admin1', 3]])
})

test('twin: "X town" read as a district with no known town (at its province\'s point) stays precision 2', () => {
  assert.deepEqual(parse('Militants shot three civilians in Ceel Buur town (Ceel Buur, Galgaduud).').places.map((p) => [p.name, p.kind, p.precision]).slice(0, 1), [['Ceel Buur', 'admin2', 2]])
})

test('twin: "X district" is the district, precision 2', () => {
  assert.deepEqual(parse('A protest was held in Sangareddy district (TS) on Monday.').places.map((p) => [p.name, p.kind, p.precision]), [['Sangareddy', 'admin2', 2], ['Telangana', 'admin1', 3]])
})

test('"outside of" and "close proximity to" a district center are near it: precision 2', () => {
  assert.deepEqual(parse('Soldiers were wounded outside of Qadis district center, Badghis, on Monday.').places.map((p) => [p.name, p.kind, p.precision]), [['Qādis', 'admin2', 2], ['Badghis', 'admin1', 3]])
  assert.deepEqual(parse('A soldier was shot in close proximity to Maruf district center, Kandahar.').places.map((p) => [p.name, p.kind, p.precision]), [['Ma‘rūf', 'admin2', 2], ['Kandahar', 'admin1', 3]])
})

test('twin: "in" a district center is the seat: precision 1', () => {
  assert.deepEqual(parse('Soldiers were wounded in Qadis district center, Badghis, on Monday.').places.map((p) => [p.name, p.kind, p.precision]), [['Qādis', 'admin2', 1], ['Badghis', 'admin1', 3]])
})

test('a name that is also a region of several countries ("Sahel") does not make a town of another country a namesake abroad', () => {
  assert.deepEqual(show(parse('Workers barricaded roads in front of the airport (Monastir) and blocked the Sahel Metro.')), [['Monastir', 'Monastir', 'TN', 'place'], ['Sahel', 'Sahel', null, 'region']])
})

test('twin: the Sahel named beside a town of Burkina Faso is its Sahel region', () => {
  assert.deepEqual(show(parse('Jihadists attacked a village in the Sahel region near Dori on Monday.')), [['Sahel', 'Sahel', 'BF', 'admin1'], ['Dori', 'Dori', 'BF', 'place']])
})

test('twin: the same spelling with no container after it is no place', () => {
  assert.deepEqual(parse('Gunmen attacked a checkpoint in Shebarghan on Monday.').places, [])
})

test('twin: the same spelling in brackets alone, with nothing pointing to its country, is no place', () => {
  assert.deepEqual(parse("Farmers held a sit-in outside the collector's office (Mahabubnagar) on Monday.").places, [])
})

test('the head of a longer name is held by the container named for the whole name ("Krishna Ghati sector (Poonch district, J&K)")', () => {
  const doc = parse('Troops of India and Pakistan exchanged fire at Krishna Ghati sector (Poonch district, J&K) on Monday.')
  assert.deepEqual(show(doc).slice(2), [['Poonch', 'Punch', 'IN', 'admin2'], ['J&K', 'Jammu and Kashmir', 'IN', 'admin1']])
})

test('twin: a weak word after the head ("Mundri East county (Western Equatoria state)") is part of its name; the head stays', () => {
  assert.deepEqual(show(parse('Soldiers attacked rebel positions at Buaji in Mundri East county (Western Equatoria state) on Monday.')), [['Mundri', 'Mundri', 'SS', 'place'], ['Western Equatoria', 'Western Equatoria', 'SS', 'admin1']])
})

test('a container found only by a loose spelling and read abroad pins nothing ("Waygal (Want Waigal) district")', () => {
  assert.deepEqual(show(parse('Afghan forces killed five militants in Waygal (Want Waigal) district, Nuristan, on Monday.')).slice(0, 2), [['Afghan', 'Afghanistan', 'AF', 'demonym'], ['Waygal', 'Wāygal', 'AF', 'admin2']])
})

test('twin: a town before such a container is still checked against it and dropped ("Tilak Nagar area of Chembur suburb")', () => {
  assert.deepEqual(show(parse('Five men beat a man in the Tilak Nagar area of Chembur suburb (Mumbai Suburban, Maharashtra) on Monday.')), [['Mumbai Suburban', 'Mumbai Suburban', 'IN', 'admin2'], ['Maharashtra', 'Maharashtra', 'IN', 'admin1']])
})

test('twin: the same head with no container in brackets keeps its reading', () => {
  assert.deepEqual(show(parse('Shells fell on Krishna Ghati in Andhra Pradesh on Monday.')), [['Krishna', 'Machilīpatnam', 'IN', 'place'], ['Andhra Pradesh', 'Andhra Pradesh', 'IN', 'admin1']])
})

test('a name before a town whose only reading is another town\'s alternate name, far off in another state, is a village near the town', () => {
  const doc = parse('Villagers clashed in Toda Kalyanpur, Roorkee (Uttarakhand) on Monday.')
  assert.deepEqual(show(doc), [['Roorkee', 'Roorkee', 'IN', 'place'], ['Uttarakhand', 'Uttarakhand', 'IN', 'admin1']])
  assert.equal(doc.places[0].precision, 2)
})

test('twin: the same name before the town it names is that town', () => {
  assert.deepEqual(show(parse('Villagers clashed in Kalyanpur, Itanagar on Monday.')), [['Kalyanpur', 'Itānagar', 'IN', 'place'], ['Itanagar', 'Itānagar', 'IN', 'place']])
})

test('twin: the loose spelling alone, with nothing pointing to its country, is no place', () => {
  assert.deepEqual(parse('Shelling was reported near Svitlodarsk on Friday.').places, [])
})

test('"los" and "las" join a Spanish name ("Leon de los Aldama" is the city, not the town of Aldama)', () => {
  assert.deepEqual(show(parse('In Leon de los Aldama, Guanajuato, gunmen attacked a man on Monday.')), [['Leon de los Aldama', 'León de los Aldama', 'MX', 'place'], ['Guanajuato', 'Guanajuato', 'MX', 'admin1']])
})

test('twin: a lower-case "los" between two names that make no longer name keeps them apart', () => {
  assert.deepEqual(show(parse('Farmers from Aldama joined los Guanajuato protests on Monday.')).map(([t]) => t), ['Aldama', 'Guanajuato'])
})

test('"X, X state": the container is the state, so the town is the state\'s seat, not a bigger namesake that is a municipality abroad', () => {
  assert.deepEqual(show(parse('On Monday, in Merida, Merida state, residents demonstrated by burning tires.')), [['Merida', 'Mérida', 'VE', 'place'], ['Merida', 'Mérida', 'VE', 'admin1']])
})

test('twin: "Merida, Yucatan" stays the Mexican city', () => {
  assert.deepEqual(show(parse('On Monday, in Merida, Yucatan, residents demonstrated by burning tires.')), [['Merida', 'Mérida', 'MX', 'place'], ['Yucatan', 'Yucatán', 'MX', 'admin1']])
})

test('"X district center, Province" is the district\'s seat at precision 1, inside its province', () => {
  assert.deepEqual(brief(parse('Gunmen shot two policemen in Ghoryan district center, Herat, on Monday.')).map(([t, , , k, p]) => [t, k, p]), [['Ghoryan', 'admin2', 1], ['Herat', 'admin1', 3]])
})

test('twin: "X district, Province" is the district at precision 2', () => {
  assert.deepEqual(brief(parse('Gunmen shot two policemen in Ghoryan district, Herat, on Monday.')).map(([t, , , k, p]) => [t, k, p]), [['Ghoryan', 'admin2', 2], ['Herat', 'admin1', 3]])
})

test('"the CITY suburb of TOWN": the town is inside the city and is the place; "the QUARTER neighbourhood of CITY" keeps the city as container', () => {
  const doc = parse('Gang members stormed the Port-au-Prince suburb of Pétion-Ville early on Monday, killing 20 people.')
  assert.deepEqual(doc.places.filter((p) => p.kind !== 'demonym').map((p) => [p.text, p.name, p.rule]), [['Port-au-Prince', 'Port-au-Prince', 'container'], ['Pétion-Ville', 'Pétionville', 'name-with-container']])
  const where = locateEvent(doc, at(doc, 'killing'))
  assert.deepEqual([where.place?.name, where.place?.precision], ['Pétionville', 1])
})

test('an event on "the A-B road" is at A, the first town written, not the far end nearer the verb; on the road, near A (precision 2)', () => {
  const doc = parse('Students blocked the Uruapan-Patzcuaro road in Michoacan with a bus on Monday.')
  assert.deepEqual(where(doc, 'blocked'), ['Uruapan', 'MX', 2, 'name-after-cue'])
})

test('twin: with no road word after the pair, the town nearer the verb is the place as before', () => {
  const doc = parse('Teachers of the Uruapan-Patzcuaro school district marched in Michoacan on Monday.')
  assert.deepEqual(where(doc, 'marched'), ['Patzcuaro', 'MX', 1, 'gazetteer-name'])
})
