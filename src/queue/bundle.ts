/**
 * @module queue/bundle: queue/run and every module it imports (chrono-node's 51 included) as one
 * file, made by the build. A cold `sitrep extract` then compiles one script instead of ≈ 120
 * modules, and resolves and reads no others: ≈ 110 ms of CPU less at start-up. Each module keeps its
 * own `import.meta.url` (rewritten relative to the bundle), so data and code paths do not move.
 * The bundle is used only while no module it was made from is newer; otherwise the modules load
 * as themselves, so a `tsc` without the build never runs old code.
 *
 * The bundle is CommonJS, run as a `vm.Script`: unlike an ES module (Node 20 has no module compile
 * cache), a script takes V8's code cache. The build runs the bundle over a few articles and keeps the
 * bytecode of every function they ran (build/run.bundle.v8cache, under the hash of the bundle's text),
 * so a cold start neither parses the megabyte nor compiles the functions one article needs. A cache
 * V8 rejects (another Node, other V8 flags) or made for another bundle is ignored: the script then
 * compiles as before; SITREP_CODE_CACHE=0 ignores it always (to compare).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'
import { V8_FLAGS } from '../cli/v8.js'
import { buildPath } from '../paths.js'
import type { ExtractDone, ExtractTask } from './run.js'

const here = dirname(fileURLToPath(import.meta.url))
const fromSource = import.meta.url.endsWith('.ts')

/** What loadRun gives: queue/run's one export. */
export interface RunModule { runExtract(task: ExtractTask): ExtractDone }

/** Where a bundle of `entry` is written, its list of inputs beside it, and where its code cache is kept. */
export interface BundleFiles { entry: string; out: string; cache: string }
export const RUN: BundleFiles = { entry: join(here, 'run.js'), out: join(here, 'run.bundle.cjs'), cache: buildPath('run.bundle.v8cache') }
const manifestOf = (out: string): string => out.replace(/\.c?js$/, '.json')

/**
 * queue/run: from the bundle when it is fresh, else module by module (always under tsx, the tests,
 * and with SITREP_BUNDLE=0, to compare the two or to debug with the source maps of dist/).
 */
export async function loadRun(): Promise<RunModule> {
  if (!fromSource && process.env.SITREP_BUNDLE !== '0' && fresh(RUN.out)) return runBundle(RUN).exports as unknown as RunModule
  return import('./run.js')
}

/** True when `out` and its manifest exist and none of the files it was made from is newer than it. */
export function fresh(out: string): boolean {
  try {
    const built = statSync(out).mtimeMs
    const { inputs } = JSON.parse(readFileSync(manifestOf(out), 'utf8')) as { inputs: string[] }
    const dir = dirname(out)
    return inputs.length > 0 && inputs.every((f) => statSync(join(dir, f)).mtimeMs <= built)
  } catch {
    return false
  }
}

/** A bundle run: its exports, the script (to make a code cache of), and whether a code cache was used. */
export interface LoadedBundle { exports: Record<string, unknown>; script: Script; cached: boolean; source: string }

// A code cache file: the SHA-1 of the bundle's text it was made from and of the CLI's V8 flags (40 hex
// digits), then V8's bytes. V8 itself checks only the text's length: a bundle edited to the same length
// must not meet old bytecode; and it rejects a cache made under other flags, so the build makes it again
// when cli/v8's flags change.
const HASH_CHARS = 40
const hashOf = (source: string): string => createHash('sha1').update(source).update(`\n${V8_FLAGS.join(' ')}`).digest('hex')

/** The code cache of `source` kept in `file`, or undefined (missing, or made for another text). */
function cacheFor(file: string, source: string): Buffer | undefined {
  if (process.env.SITREP_CODE_CACHE === '0') return undefined
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    return undefined
  }
  if (bytes.length <= HASH_CHARS || bytes.toString('latin1', 0, HASH_CHARS) !== hashOf(source)) return undefined
  return bytes.subarray(HASH_CHARS)
}

/** Compile and run the CommonJS bundle `files.out` (with its code cache when V8 takes it); its exports. */
export function runBundle(files: Pick<BundleFiles, 'out' | 'cache'>, useCache = true): LoadedBundle {
  const source = readFileSync(files.out, 'utf8')
  const cachedData = useCache ? cacheFor(files.cache, source) : undefined
  // CommonJS's own wrapper, on the first line: line numbers in stack traces are the bundle's. Strict, as
  // the modules it was made from were (esbuild's "use strict" comes after the banner, too late to count).
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {'use strict';${source}\n})`, { filename: files.out, cachedData })
  const module = { exports: {} as Record<string, unknown> }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void
  wrapper.call(module.exports, module.exports, createRequire(files.out), module, files.out, dirname(files.out))
  return { exports: module.exports, script, cached: cachedData !== undefined && !script.cachedDataRejected, source }
}

/** Keep the code cache of a bundle run (after it ran what the cache should hold): written whole or not at all. */
export function writeCodeCache(file: string, loaded: LoadedBundle): void {
  mkdirSync(dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, Buffer.concat([Buffer.from(hashOf(loaded.source), 'latin1'), loaded.script.createCachedData()]))
  renameSync(tmp, file)
}

/** True when `file` holds a code cache made for the bundle `out` as it is now. */
export function cacheFresh(file: string, out: string): boolean {
  if (!existsSync(file) || !existsSync(out)) return false
  return cacheFor(file, readFileSync(out, 'utf8')) !== undefined
}

/** esbuild's plugin shape, the part used here (esbuild is optional: its types are not imported). */
interface OnLoadArgs { path: string }
interface PluginBuild { onLoad(options: { filter: RegExp }, run: (args: OnLoadArgs) => { contents: string; loader: 'js' } | undefined): void }

// The bundle's own URL, set by its first line (a CommonJS script has no import.meta).
const BUNDLE_URL = '__sitrepBundleUrl'

/** Every `import.meta.url` of a module becomes that module's own URL, found from the bundle's at run time. */
function ownUrls(out: string) {
  return {
    name: 'own-import-meta-url',
    setup(build: PluginBuild) {
      build.onLoad({ filter: /\.js$/ }, ({ path }) => {
        const code = readFileSync(path, 'utf8')
        if (!code.includes('import.meta.url')) return undefined
        const rel = './' + relative(dirname(out), path).split(sep).join('/')
        return { contents: code.replace(/\bimport\.meta\.url\b/g, `new URL(${JSON.stringify(rel)}, ${BUNDLE_URL}).href`), loader: 'js' }
      })
    },
  }
}

/**
 * Make the bundle of `files` (default: queue/run of this build) unless it is fresh. 'no esbuild'
 * when esbuild cannot be loaded (an install without dev dependencies): everything then loads as modules.
 */
export async function buildBundle(files: Pick<BundleFiles, 'entry' | 'out'> = RUN): Promise<'built' | 'up to date' | 'no esbuild'> {
  if (fresh(files.out)) return 'up to date'
  let esbuild: any
  try {
    esbuild = await import('esbuild' as string)
  } catch {
    return 'no esbuild'
  }
  const dir = dirname(files.out)
  const result = await esbuild.build({
    entryPoints: [files.entry], outfile: files.out, write: false, metafile: true, absWorkingDir: dir,
    bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning',
    // Stages are named by their functions (pipeline.ts): a bundle must not rename them.
    keepNames: true,
    // One line: the bundle runs inside CommonJS's wrapper, which runBundle puts on its first line.
    banner: { js: `const ${BUNDLE_URL} = require('node:url').pathToFileURL(__filename).href; // Generated by the build (src/queue/bundle.ts) from ${relative(dir, files.entry)} and its imports: do not edit.` },
    plugins: [ownUrls(files.out)],
  })
  const inputs = Object.keys(result.metafile.inputs as Record<string, unknown>)
  const tmp = `${files.out}.${process.pid}.tmp`
  writeFileSync(tmp, result.outputFiles[0].contents)
  writeFileSync(manifestOf(files.out), JSON.stringify({ inputs }) + '\n')
  // Written last: its time is the one the inputs are compared with.
  renameSync(tmp, files.out)
  return 'built'
}
