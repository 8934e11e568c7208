#!/usr/bin/env node
// The build after `tsc -p .` (incremental: unchanged sources are not emitted again): each artifact
// is made only when it is missing or older than its sources, and the log says which were skipped.
// `npm run build` on an unchanged tree therefore costs seconds, and leaves the gazetteer alone.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0)
const say = (what, t0) => process.stderr.write(`build: ${what} (${Math.round(performance.now() - t0)} ms)\n`)

// GeoNames index: gazetteer() compiles build/gazetteer.bin only when it is missing or older than its sources.
let t0 = performance.now()
const { gazetteer, gazetteerPath } = await import('../dist/src/mentions/places/gazetteer.js')
// Compiling writes the sources' hash beside the artifact (gazetteer.bin.sources); a tree only touched keeps it.
const before = mtime(`${gazetteerPath()}.sources`)
gazetteer()
say(mtime(`${gazetteerPath()}.sources`) === before ? 'gazetteer up to date, skipped' : 'gazetteer compiled', t0)

// Actor index snapshot (build/actor-index.json) and the alias token cache under it: keyed by a
// hash of the data and code, so an unchanged tree only reads and hashes them.
t0 = performance.now()
const { loadActorIndex } = await import('../dist/src/mentions/actors/index.js')
say(loadActorIndex().from === 'snapshot' ? 'actor index up to date, skipped' : 'actor index compiled', t0)

// wink's core model as typed tables (build/wink-core.bin): remade when the model package's JSON changes.
t0 = performance.now()
const { compileCore, coreArtifactFresh } = await import('../dist/src/text/nlp.js')
const { winkCoreArtifact, winkCoreFile } = await import('../dist/src/ahead.js')
if (coreArtifactFresh(winkCoreArtifact(), winkCoreFile())) say('wink core up to date, skipped', t0)
else { compileCore(winkCoreFile(), winkCoreArtifact()); say('wink core compiled', t0) }

// Extraction bundle (dist/src/queue/run.bundle.cjs): queue/run and its imports as one script, for
// a fast cold start; remade when a module it was made from is newer.
t0 = performance.now()
const { RUN, buildBundle, cacheFresh, fresh } = await import('../dist/src/queue/bundle.js')
const bundled = await buildBundle()
say(bundled === 'built' ? 'extraction bundle built' : `extraction bundle ${bundled}, skipped`, t0)

// Its V8 code cache (build/run.bundle.v8cache), made by running it over a few articles in a process of
// its own (queue/warm), again whenever the bundle's text changed. Optional: without it the bundle compiles.
t0 = performance.now()
if (!fresh(RUN.out)) say('code cache: no bundle, skipped', t0)
else if (cacheFresh(RUN.cache, RUN.out)) say('code cache up to date, skipped', t0)
else {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'src', 'queue', 'warm.js')], { cwd: root, stdio: 'inherit' })
  say(r.status === 0 ? 'code cache made' : `code cache not made (exit ${r.status}): the bundle compiles at each start`, t0)
}

// Dashboard bundle: vite only when a file of src/web is newer than dist/web/index.html.
t0 = performance.now()
const web = join(root, 'src', 'web')
// src/suggest.ts is shared with the CLI; the rest of the dashboard's code is in src/web.
const newest = Math.max(...readdirSync(web).map((f) => mtime(join(web, f))), mtime(join(root, 'src', 'suggest.ts')), mtime(join(root, 'package-lock.json')))
if (mtime(join(root, 'dist', 'web', 'index.html')) >= newest) say('dashboard up to date, skipped', t0)
else {
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(web, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
  say('dashboard built', t0)
}
