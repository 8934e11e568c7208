/** @module mentions/places/slavic.test: one folded key for the Ukrainian and Russian romanisations of a place name (data/places/slavic.yaml), and the villages it finds. Sentences written for these tests. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { placeKey } from './normalize.js'
import { slavicKey } from './slavic.js'
import { parsePlaces as parse } from './fixtures/parse.js'

const fold = (name: string): string => slavicKey(placeKey(name))

test('the BGN, official Ukrainian and Russian romanisations of one name fold to one key', () => {
  assert.deepEqual(['Troyits’ke', 'Troitske', 'Troitskoye'].map(fold), ['troitsk', 'troitsk', 'troitsk'])
  assert.deepEqual(['Petrivs’ke', 'Petrovskoye'].map(fold), ['petrivsk', 'petrivsk'])
  assert.deepEqual(['Horlivka', 'Gorlovka'].map(fold), ['horlivka', 'horlivka'])
  assert.deepEqual(['Avdiivka', 'Avdeyevka'].map(fold), ['avdivka', 'avdivka'])
  assert.deepEqual(['Kalynove', 'Kalinovo'].map(fold), ['kalinove', 'kalinove'])
  assert.deepEqual(['Serhiyivka', 'Serhiivka', 'Sergeyevka'].map(fold), ['serhivka', 'serhivka', 'serhivka'])
  assert.deepEqual(['Khutir Stavky', 'Stavky'].map(fold), ['stavki', 'stavki'])
  assert.deepEqual(['Zolote-5', 'Zolote'].map(fold), ['zolote', 'zolote'])
})

test('twin: different names keep different keys, and short names are not folded', () => {
  assert.notEqual(fold('Petrivka'), fold('Petrivske'))
  assert.notEqual(fold('Olenivka'), fold('Oleksandrivka'))
  assert.equal(fold('Kyiv'), '')
  // A generic word alone is a name of its own, not a head to drop.
  assert.equal(fold('Khutir'), 'khutir')
  // A number is dropped only after a name, never a name's own digits alone.
  assert.equal(fold('Zolote-125'), 'zolote 125')
})

const place = (body: string): [string, string | null, number | null] | null => {
  const p = parse(body, '2019-05-10').places.find((x) => x.kind === 'place')
  return p ? [p.text, p.admin1 ?? null, p.latitude ?? null] : null
}

test('a village written in another romanisation than the gazetteer\'s is found: Novotroitske is GeoNames\' Novotroyits\'ke', () => {
  assert.deepEqual(place('On 9 May 2019, the OSCE SMM recorded 12 explosions near Novotroitske.'), ['Novotroitske', 'Donetsk', 47.7158])
  assert.deepEqual(place('On 9 May 2019, the OSCE SMM recorded 12 explosions near Khutir Stavky.'), ['Khutir Stavky', 'Donetsk', 48.2495])
  assert.deepEqual(place('On 9 May 2019, the OSCE SMM recorded 12 explosions near Zolote-5.'), ['Zolote-5', 'Luhansk', 48.6952])
  // A Russian spelling that Russian towns bear exactly: the Ukrainian villages of its fold are candidates beside them.
  assert.equal(parse('On 9 May 2019, the OSCE SMM recorded 12 explosions near Troitskoye.', '2019-05-10').places.find((x) => x.text === 'Troitskoye')?.countryCode, 'UA')
})

test('twin: a name spelled as the gazetteer spells a city gets no village of another spelling; the same word in a text about another country finds nothing', () => {
  const donetsk = parse('On 9 May 2019, the OSCE SMM recorded 12 explosions near Donetsk.', '2019-05-10').places.find((x) => x.text === 'Donetsk')
  assert.deepEqual([donetsk?.name, donetsk?.kind], ['Donetsk', 'place'])
  // A Russian spelling in a text about Russia stays the Russian town of that name.
  assert.equal(parse('On 9 May 2019, Russian police said a man was detained in Troitskoye, Russia.', '2019-05-10').places.find((x) => x.text === 'Troitskoye')?.countryCode, 'RU')
  // Found only through the fold, a village needs the text's support for its country (here the OSCE SMM's Ukraine).
  assert.deepEqual(place('On 9 May 2019, the OSCE SMM recorded 12 explosions near Trudovskiye.')?.slice(0, 2), ['Trudovskiye', 'Donetsk'])
  assert.equal(place('On 9 May 2019, police in Ohio said a man was arrested near Trudovskiye.'), null)
  // A name nothing bears is folded only after a place cue, a comma or "and" (the fold costs a lookup per name).
  assert.equal(place('Trudovskiye came under fire on 9 May 2019, the OSCE SMM said.'), null)
})
