/** @module mentions/places/gazetteer-import.test: GeoNames exports (zip and txt, fixtures written for these tests) into the local index. */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import type { Article } from '../../doc.js'
import { createDoc } from '../../doc.js'
import { text } from '../../text/index.js'
import { encodeGazetteer } from './artifact.js'
import { compileGazetteer } from './build.js'
import { loadGazetteer } from './gazetteer.js'
import { importGeoNames, importedFiles, importedSources } from './gazetteer-import.js'
import { places } from './index.js'
import { placeKey } from './normalize.js'

const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname.replace('/dist/src/', '/src/')
const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'))
after(() => rmSync(dir, { recursive: true, force: true }))

test('a GeoNames country zip and a .txt export are imported: populated places only, with the manifest', async () => {
  const ua = await importGeoNames(fixture('UA.zip'), dir)
  assert.deepEqual([ua.file, ua.rows, ua.kept, ua.countries, ua.stored], ['UA.zip', 4, 3, ['UA'], 'UA.tsv'])
  const bj = await importGeoNames(fixture('BJ.txt'), dir)
  assert.deepEqual([bj.rows, bj.kept, bj.countries], [1, 1, ['BJ']])
  assert.deepEqual(readFileSync(join(dir, 'UA.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')[1]), ['Sitrepivka', 'Donetsk', 'Novosi Sitrep'])
  // The same file again replaces its entry rather than adding a second.
  await importGeoNames(fixture('BJ.txt'), dir)
  assert.deepEqual(importedSources(dir).map((s) => s.file), ['UA.zip', 'BJ.txt'])
  assert.deepEqual(importedFiles(dir).map((f) => f.slice(dir.length + 1)), ['BJ.tsv', 'UA.tsv'])
})

test('a file in another format is refused with its line named', async () => {
  const bad = join(dir, 'notes.txt')
  writeFileSync(bad, 'name,lat,lon\nSomewhere,1,2\n')
  await assert.rejects(importGeoNames(bad, join(dir, 'other')), { message: `${bad}: line 1 is not in the GeoNames table format (19 tab-separated columns)` })
})

test('imported villages join the index under their admin areas, each GeoNames id once, and resolve in text', () => {
  const file = compileGazetteer({ cities: join(dir, 'UA.tsv'), extras: false, imports: [join(dir, 'UA.tsv'), join(dir, 'BJ.tsv')] })
  const gaz = loadGazetteer(encodeGazetteer(file), 'test')
  const at = (name: string): string[] => (gaz.lookup(placeKey(name)) ?? []).map((p) => p >> 2).filter((e) => gaz.g.kind[e] === 'place').map((e) => `${gaz.g.name[e]}|${gaz.g.a1[e]}|${gaz.g.cc[e]}|${gaz.g.id[e]}`)
  assert.deepEqual(at('Sitrepivka'), ['Sitrepivka|Donetsk|UA|9900001'])
  assert.deepEqual(at('Donetsk'), ['Donetsk|Donetsk|UA|709717'])
  assert.deepEqual(at('Gbessitre'), ['Gbessitre|Alibori|BJ|9900011'])
  assert.deepEqual(at('Sitrepivska Balka'), [])
  const article: Article = { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 'test' }
  const doc = createDoc(article, 'Shelling was reported near Sitrepivka, Donetsk on Tuesday.')
  for (const stage of [text(), places({ gazetteer: gaz })]) stage(doc)
  assert.deepEqual(doc.places.map((p) => [p.text, p.name, p.geonameid, p.precision, p.rule]), [['Sitrepivka', 'Sitrepivka', 9900001, 2, 'name-with-container'], ['Donetsk', 'Donetsk', null, 3, 'container']])
})
