#!/usr/bin/env node
// Runs every *.test.ts under src/ with node's test runner through tsx. Node 20 neither discovers
// .ts files nor expands globs, so the files are listed here and counted for the summary check.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : find(full)
    return e.name.endsWith('.test.ts') ? [full] : []
  })
}
const only = process.argv.slice(2)
const files = (only.length ? only : find('src')).map((f) => relative('.', f)).sort()
console.error(`running ${files.length} test files`)
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' })
process.exit(result.status ?? 1)
