/** @module web/e2e-build: build the dashboard bundle for browser tests, benches and screenshots when it is missing or stale. */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { packageRoot } from '../paths.js'

export const CHROMIUM = '/usr/bin/chromium'
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run']

/** Build dist/web when it is missing or older than any source file of the dashboard (sources absent: use what is built). */
export function ensureWebBuilt(): void {
  const index = join(packageRoot, 'dist', 'web', 'index.html')
  const src = join(packageRoot, 'src', 'web')
  if (!existsSync(src)) {
    if (!existsSync(index)) throw new Error(`the dashboard is not built: ${index} is missing`)
    return
  }
  // src/suggest.ts is the one module outside src/web that the dashboard imports.
  const newest = Math.max(...readdirSync(src).map((f) => statSync(join(src, f)).mtimeMs), statSync(join(packageRoot, 'src', 'suggest.ts')).mtimeMs)
  if (existsSync(index) && statSync(index).mtimeMs >= newest) return
  const vite = join(packageRoot, 'node_modules', 'vite', 'bin', 'vite.js')
  const r = spawnSync(process.execPath, [vite, 'build', '--config', join(src, 'vite.config.ts')], { cwd: packageRoot, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`)
}
