/** @module yaml-cache: parse data YAML, keeping the parsed value in build/ as JSON under the hash of its text. */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { relative } from 'node:path'
import { buildPath, packageRoot } from './paths.js'

// The YAML parser costs a tenth of a second over the data files at every start, and loading the
// parser itself as much again; JSON.parse of the same values is ten times faster. So the parser is
// required only on a cache miss. An edited file has another hash and is simply parsed again.
let yaml: { parse(source: string): unknown } | null = null
const parseYaml = (source: string): unknown => {
  yaml ??= createRequire(import.meta.url)('yaml') as { parse(source: string): unknown }
  return yaml.parse(source)
}

function cached(source: string, name: string): unknown {
  const hash = createHash('sha1').update(source).digest('hex')
  const cache = buildPath('yaml', name)
  try {
    const kept = JSON.parse(readFileSync(cache, 'utf8')) as { hash: string; value: unknown }
    if (kept.hash === hash) return kept.value
  } catch { /* missing or unreadable: parse below */ }
  const value = parseYaml(source)
  try {
    mkdirSync(buildPath('yaml'), { recursive: true })
    const tmp = `${cache}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify({ hash, value }))
    renameSync(tmp, cache)
  } catch { /* read-only install: parse every time */ }
  return value
}

/** The parsed value of the YAML file at `path` (errors from parsing propagate unchanged). */
export function readYaml(path: string): unknown {
  return cached(readFileSync(path, 'utf8'), relative(packageRoot, path).replace(/[\\/]/g, '_') + '.json')
}

/** `parse` of the yaml package, cached by the hash of `source`: a drop-in for modules that read the file themselves. */
export function parse(source: string): unknown {
  return cached(source, 'text-' + createHash('sha1').update(source).digest('hex').slice(0, 16) + '.json')
}
