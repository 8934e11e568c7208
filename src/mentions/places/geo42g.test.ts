/** @module mentions/places/geo42g.test: issue #11 round geo161 (namesake towns in local news: the names of one text hold each other up). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { extractUpTo } from '../../pipeline.js'

/** Each place the stage keeps: the text's words, then the entry's name, first-level area and country. */
function places(text: string): string[] {
  const doc = extractUpTo({ article: { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 't' }, text }, 'places')
  return doc.places.map((p) => `${p.text}=${p.name}/${p.admin1 ?? ''}/${p.countryCode ?? ''}`)
}

test('three small towns that each have namesakes in many states are the three that lie together (rule cluster)', () => {
  // Logan, Lancaster and Athens of Ohio lie within 50 km of one another; each name's biggest namesake lies in another state.
  assert.deepEqual(places('The fair moved from Logan to Lancaster this year, and buses will run from Athens on both days.'),
    ['Logan=Logan/Ohio/US', 'Lancaster=Lancaster/Ohio/US', 'Athens=Athens/Ohio/US'])
  assert.deepEqual(places('Road crews in Marshall, Albion and Homer plowed through the night after the storm.'),
    ['Marshall=Marshall/Michigan/US', 'Albion=Albion/Michigan/US', 'Homer=Homer/Michigan/US'])
})

test('a town is no namesake of a province abroad that bears the name of its own big city, not a capital (rule namesake-town)', () => {
  // Spain's Valencia province is named after its city: Valencia of New Mexico is that city's namesake, and New Mexico named picks it.
  assert.deepEqual(places("Farmers in Valencia said New Mexico's drought was the worst in decades."),
    ['Valencia=Valencia/New Mexico/US', 'New Mexico=New Mexico/New Mexico/US'])
  // Guards: the city itself where the text points to its country; a town found by another name stays a namesake of Jerusalem.
  assert.deepEqual(places('Volunteers in Valencia, Spain, cleaned the beach.'), ['Valencia=Valencia/Valencia/ES', 'Spain=Spain//ES'])
  assert.deepEqual(places('Pilgrims gathered in Virginia and in Jerusalem.'), ['Virginia=Virginia/Virginia/US', 'Jerusalem=Jerusalem/Jerusalem/IL'])
})

test('a name right after a capitalised "Lake" is the lake\'s, not the state or town of that name (cues.yaml namePrefixes)', () => {
  assert.deepEqual(places('Boaters on Lake Tahoe and Lake Michigan were warned of storms.'), [])
  // A lake the gazetteer holds under its whole name is still read whole.
  assert.deepEqual(places('A cabin at Lake Wisconsin burned down.'), ['Lake Wisconsin=Lake Wisconsin/Wisconsin/US'])
})

test('the geo scorer\'s dump gives each wrong toponym its gold point, the point given and the words matched', async () => {
  const { mkdtempSync, writeFileSync, readFileSync } = await import('node:fs')
  const { join } = await import('node:path')
  const { tmpdir } = await import('node:os')
  const { scoreGeo } = await import('../../eval/geo.js')
  const dir = mkdtempSync(join(tmpdir(), 'geo42g-'))
  const text = 'Road crews in Marshall, Albion and Homer plowed through the night.'
  // Gold puts Marshall in Texas: the text's Michigan reading is more than 161 km off.
  writeFileSync(join(dir, 'g.jsonl'), JSON.stringify({ id: 'g1', text, gold: [{ start: 14, end: 22, text: 'Marshall', latitude: 32.54, longitude: -94.37 }] }) + '\n')
  const score = scoreGeo(join(dir, 'g.jsonl'), { dump: join(dir, 'd.jsonl') })
  assert.equal(score.acc161, 0)
  const row = JSON.parse(readFileSync(join(dir, 'd.jsonl'), 'utf8').trim().split('\n')[0]) as { id: string; misses: Record<string, unknown>[] }
  const wrong = row.misses.find((m) => 'wrong' in m)!
  assert.deepEqual([row.id, wrong.wrong, wrong.text, wrong.at, wrong.got, wrong.gold], ['g1', 'Marshall', 'Marshall', 14, 'Marshall, Michigan, US', [32.54, -94.37]])
  assert.deepEqual((wrong.point as number[]).map((v) => Math.round(v)), [42, -85])
})
