/** @module scripts/screenshots: docs/screen-{main,event,review,control,add}.png, the dashboard over the bundled examples (npx tsx scripts/screenshots.ts [DIR]). */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { buildServer } from '../src/api/index.js'
import { readInputs } from '../src/core.js'
import { packageRoot } from '../src/paths.js'
import { ingestInput, openStore } from '../src/store/index.js'
import { CHROMIUM, CHROMIUM_ARGS, ensureWebBuilt } from '../src/web/e2e-build.js'

const out = process.argv[2] ?? join(packageRoot, 'docs')
ensureWebBuilt()
const dir = mkdtempSync(join(tmpdir(), 'sitrep-shots-'))
const store = await openStore(join(dir, 'shots.db'))
for await (const input of readInputs([join(packageRoot, 'examples')], {})) if (input.ok) await ingestInput(store, input.value)
const palmyra = await store.listEvents({ sub_event_type: 'Government regains territory', q: 'Palmyra' }, { limit: 5 })
const eventId = palmyra.ok && palmyra.value.events.length ? palmyra.value.events[0].id : ''
const app = await buildServer(store)
const base = await app.listen({ host: '127.0.0.1', port: 0 })
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
try {
  mkdirSync(out, { recursive: true })
  const views: [string, string, string][] = [
    ['main', '#/', '#panel li[data-event-id]'],
    ['event', `#/events/${encodeURIComponent(eventId)}`, '#panel mark.evidence, #panel h2'],
    ['review', '#/review', '#panel h2'],
    ['control', '#/control?location=Palmyra', '#panel .control li[data-event-id]'],
    ['add', '#/add', '#panel textarea'],
  ]
  for (const [name, hash, ready] of views) {
    // A fresh page per view, as a person following a link would see it.
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`${base}/${hash}`)
    await page.waitForSelector(ready)
    await page.waitForTimeout(800)
    await page.screenshot({ path: join(out, `screen-${name}.png`) })
    process.stdout.write(`wrote ${join(out, `screen-${name}.png`)}\n`)
    await page.close()
  }
} finally {
  await browser.close()
  await app.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
}
