import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createHash } from 'node:crypto'
import { V8_FLAGS } from '../cli/v8.js'
import { buildBundle, cacheFresh, fresh, runBundle, writeCodeCache } from './bundle.js'

/** Two modules in two folders, each reporting its own URL, and two functions of one name (stages are named by their functions). */
function fixture(): { dir: string; entry: string; out: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bundle-'))
  mkdirSync(join(dir, 'deep', 'er'), { recursive: true })
  mkdirSync(join(dir, 'out'))
  writeFileSync(join(dir, 'deep', 'er', 'b.js'), 'export const bUrl = import.meta.url\nexport function places() { return function places() {} }\n')
  writeFileSync(join(dir, 'a.js'), "import { bUrl, places as deepPlaces } from './deep/er/b.js'\nexport const aUrl = import.meta.url\nexport { bUrl }\nexport function places() { return 1 }\nexport const names = [places.name, deepPlaces.name, deepPlaces().name]\n")
  return { dir, entry: join(dir, 'a.js'), out: join(dir, 'out', 'a.bundle.cjs'), cache: join(dir, 'cache', 'a.v8cache') }
}

test('a bundled module keeps its own import.meta.url and its function names', async () => {
  const f = fixture()
  assert.equal(await buildBundle(f), 'built')
  const m = runBundle(f).exports
  assert.equal(m.aUrl, pathToFileURL(f.entry).href)
  assert.equal(m.bUrl, pathToFileURL(join(f.dir, 'deep', 'er', 'b.js')).href)
  assert.deepEqual(m.names, ['places', 'places', 'places'])
})

test('the bundle is fresh until one of its inputs is newer, and is then made again', async () => {
  const f = fixture()
  assert.equal(fresh(f.out), false)
  assert.equal(await buildBundle(f), 'built')
  assert.equal(fresh(f.out), true)
  assert.equal(await buildBundle(f), 'up to date')
  // The bundle made a minute before its input last changed.
  const earlier = new Date(Date.now() - 60_000)
  utimesSync(f.out, earlier, earlier)
  assert.equal(fresh(f.out), false)
  assert.equal(await buildBundle(f), 'built')
  assert.equal(fresh(f.out), true)
})

test('a code cache made after a run is taken by the next run of the same bundle, and not by an edited one', async () => {
  const f = fixture()
  assert.equal(await buildBundle(f), 'built')
  assert.equal(cacheFresh(f.cache, f.out), false)
  const first = runBundle(f)
  assert.equal(first.cached, false)
  assert.deepEqual(first.exports.names, ['places', 'places', 'places'])
  writeCodeCache(f.cache, first)
  assert.equal(cacheFresh(f.cache, f.out), true)
  const second = runBundle(f)
  assert.equal(second.cached, true)
  assert.equal(second.exports.aUrl, pathToFileURL(f.entry).href)
  assert.deepEqual(second.exports.names, ['places', 'places', 'places'])
  // The same length, another text (V8 alone would take the old bytecode for it): compiled afresh.
  const source = readFileSync(f.out, 'utf8')
  writeFileSync(f.out, source.replace('return 1', 'return 2'))
  assert.equal(cacheFresh(f.cache, f.out), false)
  const edited = runBundle(f)
  assert.equal(edited.cached, false)
  assert.equal((edited.exports.places as () => number)(), 2)
  assert.equal(runBundle(f, false).cached, false)
})

test('the bundle runs in strict mode, as the modules it was made from', async () => {
  const f = fixture()
  writeFileSync(f.entry, 'export const strict = (function () { return this === undefined })()\n')
  assert.equal(await buildBundle(f), 'built')
  assert.equal(runBundle(f).exports.strict, true)
})

test('a code cache is kept under the hash of the bundle and of the CLI V8 flags: one keyed by the text alone is made again', async () => {
  const f = fixture()
  assert.equal(await buildBundle(f), 'built')
  const loaded = runBundle(f)
  writeCodeCache(f.cache, loaded)
  assert.equal(cacheFresh(f.cache, f.out), true)
  const bytes = readFileSync(f.cache)
  assert.equal(bytes.toString('latin1', 0, 40), createHash('sha1').update(loaded.source).update(`\n${V8_FLAGS.join(' ')}`).digest('hex'))
  writeFileSync(f.cache, Buffer.concat([Buffer.from(createHash('sha1').update(loaded.source).digest('hex'), 'latin1'), bytes.subarray(40)]))
  assert.equal(cacheFresh(f.cache, f.out), false)
})
