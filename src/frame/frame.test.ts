/** @module frame/frame.test: which place names are event places, and the article's frame, on short articles written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { Article, Doc } from '../doc.js'
import { createDoc } from '../doc.js'
import { text } from '../text/index.js'
import { places } from '../mentions/places/index.js'
import { actors } from '../mentions/actors/index.js'
import { locateEvent } from '../mentions/places/locate.js'
import { frame } from './index.js'

// The stages up to the frame; the event place is asked for at a trigger word, as the events stage does.
const run = [text(), places(), actors(), frame()]
function read(body: string, title: string | null = null): Doc {
  const article: Article = { id: 't', title, section: null, byline: null, source: null, url: null, published: '2024-05-14', input: 'test' }
  const doc = createDoc(article, body)
  for (const stage of run) stage(doc)
  return doc
}
const at = (doc: Doc, word: string): [number, number] => { const i = doc.text.indexOf(word); assert.ok(i >= 0, word); return [i, i + word.length] }
/** Where the event at `trigger` happened: [name, country, precision, rule]. */
function place(doc: Doc, trigger: string): [string | null, string | null, number | null, string] {
  const where = locateEvent(doc, at(doc, trigger))
  return [where.place?.name ?? null, where.place?.countryCode ?? null, where.place?.precision ?? null, where.via]
}
/** Every place mention that is not an event place, with its role and rule. */
const roles = (doc: Doc): [string, string, string][] =>
  doc.places.map((p, i) => [p.text, doc.frame!.roles[i].role, doc.frame!.roles[i].rule] as [string, string, string]).filter(([, r]) => r !== 'event')

test('a dateline elsewhere: the event is where the story says, not in the dateline city', () => {
  const doc = read('BEIRUT (Reuters) - Government forces shelled the village of Kafr Zita in Hama province on Tuesday.\nThe shells hit a house, killing a woman and her two children, residents said.')
  assert.deepEqual(roles(doc), [['BEIRUT', 'dateline', 'dateline-place']])
  assert.equal(doc.frame!.country, 'SY')
  assert.equal(doc.frame!.dateline?.name, 'Beirut')
  assert.deepEqual(place(doc, 'shelled'), ['Kafr Zaytā', 'SY', 1, 'sentence'])
  assert.deepEqual(place(doc, 'killing'), ['Kafr Zaytā', 'SY', 1, 'nearby'])
})

test('a dateline in another country than the story is never the event place', () => {
  const doc = read('BEIRUT (Reuters) - Syrian warplanes struck rebel-held areas on Sunday, killing nine people, a monitor said.')
  assert.equal(doc.frame!.country, 'SY')
  assert.deepEqual(place(doc, 'struck'), ['Syria', 'SY', 3, 'country'])
})

test('a dateline that is the place: nothing else in the sentences or the lead names one', () => {
  const doc = read("TRIPOLI - Fighting between two armed groups killed four people overnight, Libya's health ministry said.\nResidents said the gunfire lasted for hours.")
  assert.deepEqual(roles(doc), [['TRIPOLI', 'dateline', 'dateline-place'], ['Libya', 'modifier', 'possessive']])
  assert.deepEqual(place(doc, 'Fighting'), ['Tripoli', 'LY', 1, 'dateline'])
})

test('a dateline after headline lines, with a colon or a long dash, is still a dateline', () => {
  const colon = read('Two killed in new strikes\n\nJERUSALEM/GAZA: Israeli air strikes on Gaza killed two Palestinians early on Wednesday, the health ministry said.')
  assert.deepEqual(roles(colon).map(([t, r]) => [t, r]), [['JERUSALEM', 'dateline'], ['GAZA', 'dateline'], ['Israeli', 'nationality'], ['Palestinians', 'nationality']])
  assert.deepEqual(place(colon, 'strikes on'), ['Gaza', 'PS', 1, 'sentence'])
  const dash = read('Maputo — Insurgents killed three villagers on Tuesday in Macomia district, in the northern province of Cabo Delgado.')
  assert.deepEqual(roles(dash), [['Maputo', 'dateline', 'dateline-place']])
  assert.deepEqual(place(dash, 'killed'), ['Macomia', 'MZ', 2, 'sentence'])
})

test('a monitor based in Britain is where the source sits, not the event', () => {
  const doc = read('Warplanes struck the town of Saraqib in Idlib province on Sunday.\nTwelve people were killed, a monitor based in Britain said, and the London-based group put the number of wounded at 30.')
  assert.deepEqual(roles(doc), [['Britain', 'source', 'source-based'], ['London', 'source', 'source-based']])
  assert.equal(doc.frame!.country, 'SY')
  assert.deepEqual(place(doc, 'killed'), ['Sarāqib', 'SY', 1, 'nearby'])
})

test('a Canadian tourist killed in another country: the nationality is no event country', () => {
  const doc = read('Gunmen shot dead a Canadian tourist on Friday.\nThe attack took place near Djibo in Burkina Faso, officials said.')
  assert.deepEqual(roles(doc), [['Canadian', 'nationality', 'nationality']])
  assert.equal(doc.frame!.country, 'BF')
  assert.deepEqual(place(doc, 'shot dead'), ['Djibo', 'BF', 2, 'nearby'])
})

test("Lebanon's prime minister in an article about Syria places nothing in Lebanon", () => {
  const doc = read("Army shelling killed five civilians in the town of Saraqib on Monday.\nLebanon's prime minister condemned the attack.")
  assert.deepEqual(roles(doc), [['Lebanon', 'modifier', 'possessive']])
  assert.equal(doc.frame!.country, 'SY')
  assert.deepEqual(place(doc, 'attack'), ['Sarāqib', 'SY', 1, 'nearby'])
})

test('the US dollar is a currency, not a place', () => {
  const doc = read('Hundreds of traders protested on Monday as the local currency fell against the US dollar.\nThe march went through the centre of Harare.')
  assert.deepEqual(roles(doc), [['US', 'modifier', 'country-adjective']])
  assert.deepEqual(place(doc, 'protested'), ['Harare', 'ZW', 1, 'nearby'])
})

test("a church named after a saint is no place", () => {
  const doc = read("Gunmen attacked the San Antonio church during Sunday mass, killing five worshippers.\nThe church stands in Owo, in Ondo state.")
  assert.deepEqual(roles(doc), [['San Antonio', 'organisation', 'saint-name']])
  assert.deepEqual(place(doc, 'attacked'), ['Owo', 'NG', 1, 'nearby'])
  // Where the places stage already knows "St Mary's" is no place, the church is placed the same way.
  const mary = read("Gunmen attacked St Mary's church during Sunday mass, killing five worshippers.\nThe church stands in Owo, in Ondo state.")
  assert.deepEqual(place(mary, 'attacked'), ['Owo', 'NG', 1, 'nearby'])
})

test('a bearing from a city: the city is a reference point, not the event place', () => {
  const doc = read('An air strike hit a militant camp 150 km north of Mogadishu on Wednesday, the US military said.')
  assert.deepEqual(roles(doc), [['Mogadishu', 'reference', 'bearing-reference'], ['US', 'modifier', 'country-adjective']])
  assert.deepEqual(place(doc, 'air strike'), ['Somalia', 'SO', 3, 'country'])
  const near = read('A roadside bomb killed four soldiers on Tuesday 5 km north of Jowhar.')
  assert.deepEqual(place(near, 'killed'), ['Jawhar', 'SO', 2, 'sentence'])
})

test('a photo caption about another place gives no event place', () => {
  const doc = read('Photo: Smoke rises over Kabul in 2021. /AFP/Getty Images\nGunmen killed two police officers in Kandahar on Monday.')
  assert.deepEqual(roles(doc), [['Kabul', 'caption', 'caption-place']])
  assert.deepEqual(place(doc, 'killed'), ['Kandahār', 'AF', 1, 'sentence'])
})

test('every role and the choice of place are explained with rule ids', () => {
  const doc = read('BEIRUT (Reuters) - Government forces shelled the village of Kafr Zita in Hama province on Tuesday.')
  locateEvent(doc, at(doc, 'shelled'))
  assert.deepEqual(doc.messages.filter((m) => m.stage === 'frame').map((m) => m.rule),
    ['dateline-place', 'focus-country', 'lead-place', 'dateline', 'event-place-sentence'])
})

test('a capital standing for its government is no event place', () => {
  const doc = read('Missiles hit a compound in Datta Khel in North Waziristan on Wednesday.\nThe strikes strain ties between Washington and Islamabad, and Kabul condemned them.\nTraders in Lahore protested.')
  assert.deepEqual(roles(doc).map(([t, r, rule]) => [t, r, rule]), [
    ['Washington', 'modifier', 'capital-as-government'], ['Islamabad', 'modifier', 'capital-as-government'], ['Kabul', 'modifier', 'capital-as-government']])
  assert.deepEqual(place(doc, 'strikes strain'), ['Datta Khel', 'PK', 1, 'nearby'])
  assert.deepEqual(place(doc, 'protested'), ['Lahore', 'PK', 1, 'sentence'])
})

test("a village the gazetteer lacks: the article's region, not a town from another sentence", () => {
  const doc = read('Insurgents beheaded five people on Tuesday in Macomia district, in Cabo Delgado province.\nOn Friday they shot dead two farmers in Ntapuala village.')
  assert.equal(doc.frame!.admin1, 'Cabo Delgado Province')
  assert.deepEqual(place(doc, 'shot dead'), ['Cabo Delgado Province', 'MZ', 3, 'region'])
  assert.deepEqual(place(doc, 'beheaded'), ['Macomia', 'MZ', 2, 'sentence'])
})

test('a country acting as a government ("brokered by the United States and Turkey") is no place', () => {
  const doc = read('A ceasefire brokered by the United States and Turkey collapsed on Monday when rebels shelled Aleppo.')
  assert.deepEqual(roles(doc), [['United States', 'modifier', 'country-as-agent'], ['Turkey', 'modifier', 'country-as-agent']])
  assert.deepEqual(place(doc, 'shelled'), ['Aleppo', 'SY', 1, 'sentence'])
})

test('a mission working in one country: not an event place, but the country the event falls back to', () => {
  const doc = read('On Sunday the OSCE SMM recorded 14 explosions near Vyshnevyi Yar.')
  assert.equal(doc.frame!.country, 'UA')
  assert.deepEqual(roles(doc), [['OSCE SMM', 'organisation', 'mission-country']])
  assert.deepEqual(place(doc, 'explosions'), ['Ukraine', 'UA', 3, 'country'])
})

test('a bare area name read abroad over a close namesake does not pull the article away from the town it names', () => {
  const doc = read('Rebels shelled Kassala on Friday. Residents fled toward Beni.')
  assert.equal(doc.frame!.country, 'SD')
  assert.deepEqual(place(doc, 'shelled'), ['Kassala', 'SD', 1, 'sentence'])
  // With its admin word the area is no guess: it weighs as an area.
  assert.equal(read('Rebels shelled Kassala on Friday. Residents fled toward Beni department, where the army fought rebels for a week.').frame!.country, 'BO')
})

test('a sentence naming only the country yields to the place inside it that the next sentence names', () => {
  const doc = read('Four soldiers were killed in an ambush in Somalia on Monday.\nThe ambush happened near a checkpoint outside Baidoa, officials said.')
  assert.deepEqual(place(doc, 'killed'), ['Baidoa', 'SO', 2, 'nearby'])
})

test('a place abroad in the next sentence does not replace the country the event sentence names', () => {
  const doc = read('Four Somali soldiers were killed in an ambush in Somalia on Monday.\nThe soldiers had trained in Nairobi last year, Somali officials said.')
  assert.deepEqual(place(doc, 'killed'), ['Somalia', 'SO', 3, 'sentence'])
})

test('"to the west of X" points away from X: a reference point; "in the west of X" lies inside X', () => {
  const away = read('Gunmen abducted two engineers at a gas plant to the west of Misrata on Sunday.')
  assert.deepEqual(roles(away), [['Misrata', 'reference', 'bearing-reference']])
  const inside = read('Gunmen abducted two engineers at a gas plant in the west of Misrata on Sunday.')
  assert.deepEqual(roles(inside), [])
})

test('an event known only by its country is pointed at the seat of government (precision 3); a town keeps its own point', () => {
  const point = (doc: Doc, trigger: string): [string | null, number | null, number | null, number | null] => {
    const p = locateEvent(doc, at(doc, trigger)).place
    return [p?.name ?? null, p?.precision ?? null, p?.latitude == null ? null : Math.round(p.latitude * 10) / 10, p?.longitude == null ? null : Math.round(p.longitude * 10) / 10]
  }
  // Benin's government sits in Cotonou, not in Porto-Novo, the capital in law (data/frame/seats.yaml).
  assert.deepEqual(point(read('Police in Benin fired tear gas at striking teachers on Monday.'), 'fired'), ['Benin', 3, 6.4, 2.4])
  // Elsewhere the national capital: Mogadishu.
  assert.deepEqual(point(read('Four soldiers were killed in an ambush in Somalia on Monday.'), 'killed'), ['Somalia', 3, 2, 45.3])
  // The twin: a town named, its own point.
  assert.deepEqual(point(read('Police in Parakou, Benin, fired tear gas at striking teachers on Monday.'), 'fired'), ['Parakou', 1, 9.3, 2.6])
  // The capital named only as a bearing's reference: the event was elsewhere, so the country keeps its own point, not Mogadishu's.
  const west = point(read('Gunmen kidnapped four workers at a gas complex on the coast about 100 km west of Mogadishu, Somalia, on Monday.'), 'kidnapped')
  assert.deepEqual(west.slice(0, 2), ['Somalia', 3])
  assert.notDeepEqual(west.slice(2), [2, 45.3])
})

test('a dateline with a country of several words ("KINSHASA, Democratic Republic of Congo —") is the dateline, not the event place', () => {
  const doc = read('KINSHASA, Democratic Republic of Congo — Militiamen attacked the village of Kisunga near Beni on Sunday, killing four people.')
  assert.deepEqual(roles(doc).filter(([t]) => t === 'KINSHASA'), [['KINSHASA', 'dateline', 'dateline-place']])
  assert.equal(doc.frame!.dateline?.name, 'Kinshasa')
})

test('twin: a city opening a sentence before a country of several words, with no dash, is no dateline', () => {
  const doc = read('Kinshasa, Democratic Republic of Congo, saw militiamen attack a market on Sunday, killing four people.')
  assert.equal(doc.frame!.dateline, null)
  assert.deepEqual(roles(doc).filter(([, r]) => r === 'dateline'), [])
})

test('an event known only by its province is pointed at the province\'s seat (precision 3), the name staying the province\'s', () => {
  const point = (doc: Doc, trigger: string): [string | null, string | null, number | null, number | null, number | null] => {
    const p = locateEvent(doc, at(doc, trigger)).place
    return [p?.name ?? null, p?.kind ?? null, p?.precision ?? null, p?.latitude == null ? null : Math.round(p.latitude * 10) / 10, p?.longitude == null ? null : Math.round(p.longitude * 10) / 10]
  }
  // Farah province: at Farah, its seat (32.4, 62.1), not the middle of the province's towns.
  assert.deepEqual(point(read('Taliban fighters ambushed an army convoy in Farah province on Monday.'), 'ambushed'), ['Farah', 'admin1', 3, 32.4, 62.1])
  // The twin: the geoparse keeps the area's own point (the seat is the event's convention, not the area's).
  const doc = read('Taliban fighters ambushed an army convoy in Farah province on Monday.')
  const area = doc.places.find((p) => p.kind === 'admin1')!
  assert.notDeepEqual([Math.round(area.latitude! * 10) / 10, Math.round(area.longitude! * 10) / 10], [32.4, 62.1])
})
