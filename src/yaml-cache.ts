/** @module yaml-cache: parse a data YAML file, keeping the parsed value in build/ as JSON under the hash of its text. */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { relative } from 'node:path'
import { parse } from 'yaml'
import { buildPath, packageRoot } from './paths.js'

// The YAML parser costs a tenth of a second over the data files at every start; JSON.parse of the
// same values is ten times faster. An edited file has another hash and is simply parsed again.
/** The parsed value of the YAML file at `path` (errors from parsing propagate unchanged). */
export function readYaml(path: string): unknown {
  const source = readFileSync(path, 'utf8')
  const hash = createHash('sha1').update(source).digest('hex')
  const cache = buildPath('yaml', relative(packageRoot, path).replace(/[\\/]/g, '_') + '.json')
  try {
    const kept = JSON.parse(readFileSync(cache, 'utf8')) as { hash: string; value: unknown }
    if (kept.hash === hash) return kept.value
  } catch { /* missing or unreadable: parse below */ }
  const value = parse(source) as unknown
  try {
    mkdirSync(buildPath('yaml'), { recursive: true })
    const tmp = `${cache}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify({ hash, value }))
    renameSync(tmp, cache)
  } catch { /* read-only install: parse every time */ }
  return value
}
