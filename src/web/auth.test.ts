/** @module web/auth.test: sign-in and the conflict view in chromium: a stale edit shows both values and is redone on the fresh record. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { browserSkip as skip, dashboardHarness } from './e2e-harness.js'
import { FIXTURES, fixtureArticle } from './e2e-fixtures.js'

test('sign in, then a stale edit: the conflict view and redo', { skip, timeout: 180_000 }, async (t) => {
  const { store, app, launch } = await dashboardHarness(t, 'sitrep-auth-web-')
  const ana = await store.users.add('ana', 'reviewer')
  const ben = await store.users.add('ben', 'editor')
  const reader = await store.users.add('rita', 'reader')
  assert.ok(ana.ok && ben.ok && reader.ok)
  const seeded = await app.inject({ method: 'POST', url: '/api/articles', payload: [fixtureArticle(FIXTURES[0])], headers: { authorization: `Bearer ${ben.value.token}` } })
  assert.equal(seeded.statusCode, 200)
  const base = await app.listen({ host: '127.0.0.1', port: 0 })
  const browser = await launch()
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))

  await t.test('a reader signs in but cannot write; a wrong token is refused', async () => {
    await page.goto(`${base}/#/events/ev-fx-aleppo`)
    await page.fill('#signin input[name="token"]', 'sitrep_0123456789abcdef_' + 'A'.repeat(43))
    await page.click('#signin button[type="submit"]')
    await page.waitForSelector('#toast:has-text("that token is not valid")')
    await page.fill('#signin input[name="token"]', reader.value.token)
    await page.click('#signin button[type="submit"]')
    await page.waitForSelector('#signin .who[data-user="rita"]')
    await page.click('button[data-action="accept"]')
    await page.waitForSelector('#toast:has-text("is a reader; this route needs a reviewer or above")')
    await page.click('#signin button[data-action="sign-out"]')
  })

  await t.test('a reviewer signs in; an edit made meanwhile by another user is a conflict, shown and redone', async () => {
    await page.fill('#signin input[name="token"]', ana.value.token)
    await page.click('#signin button[type="submit"]')
    await page.waitForSelector('#signin .who[data-user="ana"]')
    // The view now holds the current revision; someone else edits the event behind its back.
    const before = (await app.inject({ method: 'GET', url: '/api/events/ev-fx-aleppo' })).json().event.revision
    const other = await app.inject({ method: 'POST', url: '/api/events/ev-fx-aleppo/review', headers: { authorization: `Bearer ${ben.value.token}` },
      payload: { action: 'edit', field: 'fatalities', value: 14, reason: 'hospital figure', revision: before } })
    assert.equal(other.statusCode, 200)
    await page.click('button[data-action="edit"]')
    await page.selectOption('form[data-form="edit"] select[name="field"]', 'fatalities')
    await page.fill('form[data-form="edit"] input[name="value"]', '15')
    await page.fill('form[data-form="edit"] input[name="reason"]', 'recount')
    await page.click('form[data-form="edit"] button[type="submit"]')
    await page.waitForSelector('.conflict[role="alert"]')
    assert.equal(await page.textContent('.conflict .compare'), 'fatalities now: 14 · yours: 15')
    assert.match(await page.textContent('.conflict') ?? '', /Last change by ben: edit fatalities/)
    await page.click('.conflict button[data-action="redo"]')
    await page.waitForSelector('ul.history li:has-text("edit fatalities: 14 → 15")')
    const after = (await app.inject({ method: 'GET', url: '/api/events/ev-fx-aleppo' })).json().event
    assert.deepEqual(after.history.filter((x: { action?: string }) => x.action === 'edit').map((x: { author: string; after: number }) => [x.author, x.after]),
      [['ben', 14], ['ana', 15]])
    assert.deepEqual(errors, [])
  })
})
