/** @module scripts/screenshot: docs/dashboard.png, the main view over 20k synthetic events (npx tsx scripts/screenshot.ts). */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { buildServer } from '../src/api/index.js'
import { seedSynthetic } from '../src/bench/web.js'
import { packageRoot } from '../src/paths.js'
import { openStore } from '../src/store/index.js'
import { CHROMIUM, CHROMIUM_ARGS, ensureWebBuilt } from '../src/web/e2e-build.js'

const out = process.argv[2] ?? join(packageRoot, 'docs', 'dashboard.png')
ensureWebBuilt()
const dir = mkdtempSync(join(tmpdir(), 'sitrep-shot-'))
await seedSynthetic(join(dir, 'shot.db'), Number(process.env.SHOT_EVENTS ?? 20_000))
const store = await openStore(join(dir, 'shot.db'))
const app = await buildServer(store)
const base = await app.listen({ host: '127.0.0.1', port: 0 })
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(`${base}/#/?map=25.000,40.000,3`)
  await page.waitForFunction(() => performance.getEntriesByName('sitrep:first-map').length > 0 && performance.getEntriesByName('sitrep:days-drawn').length > 0)
  await page.waitForSelector('#panel li[data-event-id]')
  await page.waitForTimeout(600)
  mkdirSync(join(out, '..'), { recursive: true })
  await page.screenshot({ path: out })
  process.stdout.write(`wrote ${out}\n`)
} finally {
  await browser.close()
  await app.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
}
