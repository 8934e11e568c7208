import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { buildBundle, fresh } from './bundle.js'

/** Two modules in two folders, each reporting its own URL, and two functions of one name (stages are named by their functions). */
function fixture(): { dir: string; entry: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bundle-'))
  mkdirSync(join(dir, 'deep', 'er'), { recursive: true })
  mkdirSync(join(dir, 'out'))
  writeFileSync(join(dir, 'deep', 'er', 'b.js'), 'export const bUrl = import.meta.url\nexport function places() { return function places() {} }\n')
  writeFileSync(join(dir, 'a.js'), "import { bUrl, places as deepPlaces } from './deep/er/b.js'\nexport const aUrl = import.meta.url\nexport { bUrl }\nexport function places() { return 1 }\nexport const names = [places.name, deepPlaces.name, deepPlaces().name]\n")
  return { dir, entry: join(dir, 'a.js'), out: join(dir, 'out', 'a.bundle.js') }
}

test('a bundled module keeps its own import.meta.url and its function names', async () => {
  const f = fixture()
  assert.equal(await buildBundle(f), 'built')
  const m = await import(pathToFileURL(f.out).href)
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
