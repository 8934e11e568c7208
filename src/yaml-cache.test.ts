import assert from 'node:assert/strict'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { parse as yamlParse } from 'yaml'
import { buildPath } from './paths.js'
import { parse } from './yaml-cache.js'

test('parse gives what the yaml package gives, and keeps it under the hash of the text', () => {
  const source = `# a test value ${process.pid}-${Date.now()}\n- name: Gao\n  aliases: [Gao town]\n  pop: 86633\n`
  const before = new Set(existsSync(buildPath('yaml')) ? readdirSync(buildPath('yaml')) : [])
  assert.deepEqual(parse(source), [{ name: 'Gao', aliases: ['Gao town'], pop: 86633 }])
  assert.deepEqual(parse(source), yamlParse(source))
  const added = readdirSync(buildPath('yaml')).filter((f) => !before.has(f))
  assert.equal(added.length, 1)
  assert.match(added[0], /^text-[0-9a-f]{16}\.json$/)
  rmSync(join(buildPath('yaml'), added[0]))
})
