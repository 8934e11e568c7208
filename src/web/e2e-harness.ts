/** @module web/e2e-harness: what every browser test of the dashboard sets up — a temp SQLite store, a server over it, chromium — and closes. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestContext } from 'node:test'
import type { FastifyInstance } from 'fastify'
import type { Browser } from 'playwright-core'
import { buildServer } from '../api/index.js'
import { openStore, type Store } from '../store/index.js'
import { CHROMIUM, CHROMIUM_ARGS, ensureWebBuilt } from './e2e-build.js'
import { fixtureDeriver } from './e2e-fixtures.js'

/** Why a browser test is skipped: only off CI, and only when chromium is missing. */
export const browserSkip: string | false = !existsSync(CHROMIUM) && process.env.CI !== 'true'
  ? `${CHROMIUM} is not installed (apt-get install chromium); set CI=true to make this a failure` : false

/** A dashboard under test: a temp SQLite store, a server over it, and chromium once asked for; all closed after the test. */
export interface DashboardHarness {
  store: Store
  app: FastifyInstance
  /** Launch Debian's chromium (closed with the rest). */
  launch(): Promise<Browser>
}

export async function dashboardHarness(t: TestContext, prefix: string): Promise<DashboardHarness> {
  ensureWebBuilt()
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const store = await openStore(join(dir, 'web.db'))
  const app = await buildServer(store, { derive: fixtureDeriver })
  let browser: Browser | null = null
  t.after(async () => {
    await browser?.close()
    await app.close()
    await store.close()
    rmSync(dir, { recursive: true, force: true })
  })
  const launch = async (): Promise<Browser> => {
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    return browser
  }
  return { store, app, launch }
}
