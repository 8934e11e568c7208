/** @module web/e2e.test: the dashboard in Debian's chromium against a real server over a temp SQLite store. */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { test } from 'node:test'
import type { Page } from 'playwright-core'
import { CHROMIUM } from './e2e-build.js'
import { browserSkip as skip, dashboardHarness } from './e2e-harness.js'
import { BACKGROUND_FIXTURE, FIXTURES, XSS_TEXT, fixtureArticle } from './e2e-fixtures.js'

const ids = (page: Page, sel: string) => page.$$eval(sel, (els) => els.map((e) => e.getAttribute('data-event-id')).sort())

test('dashboard end to end in chromium', { skip, timeout: 180_000 }, async (t) => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is required when CI=true`)
  const { store, app, launch } = await dashboardHarness(t, 'sitrep-web-')
  // Writes need a token (sitrep user add): the test signs in as an editor, in the API and in the page.
  const made = await store.users.add('e2e-editor', 'editor')
  assert.ok(made.ok)
  const auth = { authorization: `Bearer ${made.value.token}` }
  const seed = await app.inject({ method: 'POST', url: '/api/articles', payload: [...FIXTURES.filter((f) => f.id !== 'fx-xss'), BACKGROUND_FIXTURE].map(fixtureArticle), headers: auth })
  assert.equal(seed.statusCode, 200)
  assert.deepEqual(seed.json().articles.map((a: { id: string; event_ids: string[] }) => [a.id, a.event_ids]),
    [['fx-aleppo', ['ev-fx-aleppo']], ['fx-mosul', ['ev-fx-mosul']], ['fx-kandahar', ['ev-fx-kandahar']], ['fx-palmyra', ['ev-fx-palmyra']], ['fx-history', ['ev-fx-history']]])
  const base = await app.listen({ host: '127.0.0.1', port: 0 })
  const event = async (id: string) => (await app.inject({ method: 'GET', url: `/api/events/${id}` })).json().event

  const browser = await launch()
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`) })
  await page.addInitScript((token) => { localStorage.setItem('sitrep.token', token) }, made.value.token)
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`))
  })

  await t.test('the map shows one marker per event, and the list one item per event', async () => {
    const res = await page.goto(base + '/')
    assert.match(res?.headers()['content-security-policy'] ?? '', /default-src 'self'/)
    await page.waitForSelector('#map [data-event-id]')
    assert.deepEqual(await ids(page, '#map [data-event-id]'), ['ev-fx-aleppo', 'ev-fx-kandahar', 'ev-fx-mosul', 'ev-fx-palmyra'])
    await page.waitForSelector('#panel li[data-event-id]')
    assert.deepEqual(await ids(page, '#panel li[data-event-id]'), ['ev-fx-aleppo', 'ev-fx-kandahar', 'ev-fx-mosul', 'ev-fx-palmyra'])
    await page.waitForSelector('#timeline canvas')
    // Area markers (geo_precision 2) are drawn differently from precise points.
    assert.equal(await page.getAttribute('#map [data-event-id="ev-fx-mosul"]', 'class'), 'event-marker area leaflet-interactive')
  })

  await t.test('a filter narrows map and list and is kept in the URL', async () => {
    await page.selectOption('#filters select[name="event_type"]', 'Battles')
    await page.waitForFunction(() => document.querySelectorAll('#map [data-event-id]').length === 2)
    assert.deepEqual(await ids(page, '#map [data-event-id]'), ['ev-fx-aleppo', 'ev-fx-palmyra'])
    assert.match(await page.evaluate(() => location.hash), /event_type=Battles/)
    await page.click('#filters button[type="reset"]')
    await page.waitForFunction(() => document.querySelectorAll('#map [data-event-id]').length === 4)
    // The timeline is redrawn after the map, once per change of non-date filters: first load, Battles, reset.
    await page.waitForFunction(() => performance.getEntriesByName('sitrep:days-drawn').length === 3)
  })

  await t.test('background events show only when the status filter asks for them, and the choice is kept in the URL', async () => {
    assert.equal(await page.inputValue('#filters select[name="status"]'), '')
    assert.deepEqual(await page.$$eval('#filters select[name="status"] option', (els) => els.slice(0, 2).map((e) => e.textContent)), ['reported + claimed', 'all statuses'])
    await page.selectOption('#filters select[name="status"]', 'all')
    await page.waitForFunction(() => document.querySelectorAll('#map [data-event-id]').length === 5)
    assert.deepEqual(await ids(page, '#map [data-event-id]'), ['ev-fx-aleppo', 'ev-fx-history', 'ev-fx-kandahar', 'ev-fx-mosul', 'ev-fx-palmyra'])
    await page.waitForFunction(() => document.querySelectorAll('#panel li[data-event-id]').length === 5)
    assert.match(await page.evaluate(() => location.hash), /status=all/)
    await page.reload()
    await page.waitForFunction(() => document.querySelectorAll('#map [data-event-id]').length === 5)
    assert.equal(await page.inputValue('#filters select[name="status"]'), 'all')
    await page.selectOption('#filters select[name="status"]', 'background')
    await page.waitForFunction(() => document.querySelectorAll('#map [data-event-id]').length === 1)
    assert.deepEqual(await ids(page, '#map [data-event-id]'), ['ev-fx-history'])
    await page.click('#filters button[type="reset"]')
    await page.waitForFunction(() => document.querySelectorAll('#map [data-event-id]').length === 4)
    assert.deepEqual(await ids(page, '#map [data-event-id]'), ['ev-fx-aleppo', 'ev-fx-kandahar', 'ev-fx-mosul', 'ev-fx-palmyra'])
  })

  await t.test('brushing the timeline sets from/to, and the map keeps only the events in that range', async () => {
    // After the reset above the timeline draws again; a box read before that is null on a slow machine.
    // The chart may be redrawn (its element replaced) between the wait and the read: read again until a box comes.
    let box: { x: number; y: number; width: number; height: number } | null = null
    for (let i = 0; i < 50 && !box; i++) {
      await page.locator('#timeline .u-over').waitFor({ state: 'visible' })
      box = await page.locator('#timeline .u-over').boundingBox()
      if (!box) await page.waitForTimeout(100)
    }
    assert.ok(box, 'the timeline has a box')
    const y = box.y + box.height / 2
    await page.mouse.move(box.x + box.width * 0.5, y)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 })
    await page.mouse.move(box.x + box.width - 1, y, { steps: 5 })
    await page.mouse.up()
    await page.waitForFunction(() => /from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/.test(location.hash))
    const hash = new URLSearchParams((await page.evaluate(() => location.hash)).split('?')[1])
    const from = hash.get('from')!
    const to = hash.get('to')!
    // The fixtures' dates run 2024-01-14 .. 2024-03-10; the right half of that span starts in February.
    assert.ok(from > '2024-02-01' && from < '2024-02-20' && to >= '2024-03-09', `${from}..${to}`)
    const inRange = FIXTURES.filter((f) => f.id !== 'fx-xss' && f.event.event_date! >= from && f.event.event_date! <= to).map((f) => `ev-${f.id}`).sort()
    assert.deepEqual(inRange, ['ev-fx-aleppo', 'ev-fx-kandahar', 'ev-fx-mosul'])
    await page.waitForFunction((n) => document.querySelectorAll('#map [data-event-id]').length === n, inRange.length)
    assert.deepEqual(await ids(page, '#map [data-event-id]'), inRange)
    assert.equal(await page.inputValue('#filters input[name="from"]'), from)
    await page.click('#filters button[type="reset"]')
    await page.waitForFunction(() => document.querySelectorAll('#map [data-event-id]').length === 4)
  })

  await t.test('clicking a marker opens the event, and a field its evidence in the article text', async () => {
    await page.click('#map [data-event-id="ev-fx-aleppo"]')
    await page.waitForSelector('mark.evidence[data-field="location"]')
    assert.match(await page.evaluate(() => location.hash), /^#\/events\/ev-fx-aleppo/)
    assert.equal(await page.textContent('mark.evidence[data-field="location"]'), 'Aleppo')
    await page.click('tr[data-field="actor2"]')
    await page.waitForSelector('mark.evidence.active[data-field="actor2"]')
    assert.equal(await page.textContent('mark.evidence.active'), 'rebel fighters')
    await page.click('tr[data-field="fatality_claims.0"]')
    assert.equal(await page.textContent('mark.evidence.active'), '12 fighters')
    assert.deepEqual(await page.$$eval('table.claims td', (tds) => tds.map((td) => td.textContent)), ['12', 'exact', 'a monitoring group', 'rebels', 'killed'])
  })

  await t.test('opening an event brings it to the middle of the map, zoomed to a region', async () => {
    await page.evaluate(() => { location.hash = '#/events/ev-fx-kandahar' })
    await page.waitForFunction(() => (new URLSearchParams(location.hash.split('?')[1] ?? '').get('map') ?? '').startsWith('31.6'))
    const [lat, lon, zoom] = (await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('map') ?? '')).split(',').map(Number)
    assert.ok(Math.abs(lat - 31.6133) < 0.01 && Math.abs(lon - 65.7101) < 0.01 && zoom >= 6, `${lat},${lon},${zoom}`)
    // A new event has no history yet: no "History" heading over an empty list.
    const history = (await event('ev-fx-kandahar')).history ?? []
    const heads = await page.$$eval('#panel h3', (els) => els.map((e) => e.textContent ?? ''))
    assert.deepEqual(heads.filter((x) => x.startsWith('History')), history.length ? [`History (${history.length})`] : [])
    await page.evaluate(() => { location.hash = '#/events/ev-fx-aleppo' })
    await page.waitForSelector('.panel-head h2:has-text("Aleppo")')
    await page.waitForSelector('mark.evidence[data-field="location"]')
  })

  await t.test('a link to an event opens a fresh page on that event, not on every event (the first map fit does not undo the focus)', async () => {
    const fresh = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    const mapParam = () => fresh.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('map') ?? '')
    try {
      await fresh.goto(`${base}/#/events/ev-fx-kandahar`)
      await fresh.waitForSelector('.panel-head h2')
      await fresh.waitForFunction(() => performance.getEntriesByName('sitrep:first-map').length === 1)
      // The map's moves reach the URL 120 ms after they end: wait past that, then read where the map is.
      await fresh.waitForTimeout(600)
      const [lat, lon, zoom] = (await mapParam()).split(',').map(Number)
      assert.ok(Math.abs(lat - 31.6133) < 0.01 && Math.abs(lon - 65.7101) < 0.01 && zoom >= 6, `${lat},${lon},${zoom}`)
    } finally {
      await fresh.close()
    }
  })

  await t.test('accept (key a) and an edit with a reason go through the API into the history', async () => {
    await page.keyboard.press('a')
    await page.waitForSelector('.badge.accepted')
    const accepted = await event('ev-fx-aleppo')
    assert.equal(accepted.review, 'accepted')
    await page.click('button[data-action="edit"]')
    await page.selectOption('form[data-form="edit"] select[name="field"]', 'fatalities')
    await page.fill('form[data-form="edit"] input[name="value"]', '15')
    await page.fill('form[data-form="edit"] input[name="reason"]', 'recount by the monitoring group')
    await page.click('form[data-form="edit"] button[type="submit"]')
    await page.waitForSelector('ul.history li:has-text("edit fatalities: 12 → 15")')
    const edited = await event('ev-fx-aleppo')
    assert.equal(edited.fatalities, 15)
    assert.deepEqual(edited.history.filter((h: { kind: string }) => h.kind === 'review')
      .map((h: Record<string, unknown>) => [h.action, h.field ?? null, h.before, h.after, h.reason]),
    [['accept', null, 'auto', 'accepted', 'accepted in review'], ['edit', 'fatalities', 12, 15, 'recount by the monitoring group']])
  })

  await t.test('the review queue puts unreviewed, least confident events first; j then r marks not-an-event', async () => {
    await page.evaluate(() => { location.hash = '#/review' })
    await page.waitForSelector('ul.queue li[data-event-id]')
    assert.deepEqual(await page.$$eval('ul.queue li[data-event-id]', (els) => els.map((e) => e.getAttribute('data-event-id'))),
      ['ev-fx-mosul', 'ev-fx-kandahar', 'ev-fx-palmyra', 'ev-fx-aleppo'])
    await page.keyboard.press('j')
    await page.waitForSelector('ul.queue li.current[data-event-id="ev-fx-kandahar"]')
    await page.keyboard.press('r')
    await page.waitForFunction(() => !document.querySelector('ul.queue li[data-event-id="ev-fx-kandahar"]'))
    assert.equal((await event('ev-fx-kandahar')).review, 'not-an-event')
    await page.waitForFunction(() => !document.querySelector('#map [data-event-id="ev-fx-kandahar"]'))
  })

  await t.test('merge two events from the detail view, then Unmerge restores both', async () => {
    await page.evaluate(() => { location.hash = '#/events/ev-fx-mosul' })
    await page.waitForSelector('.panel-head h2:has-text("Mosul")')
    await page.keyboard.press('m')
    await page.fill('form[data-form="merge"] input[name="other"]', 'ev-fx-aleppo')
    await page.click('form[data-form="merge"] button[type="submit"]')
    await page.waitForFunction(() => location.hash.startsWith('#/events/ev-fx-aleppo'))
    await page.waitForSelector('ul.history button.unmerge')
    assert.equal((await event('ev-fx-mosul')).id, 'ev-fx-aleppo')   // the absorbed id answers with the survivor
    // Each source keeps its own record; showing one puts its article and evidence in the text box.
    await page.waitForSelector('ul.sources li[data-article-id="fx-mosul"] .source-record')
    assert.equal(await page.textContent('ul.sources li[data-article-id="fx-mosul"] .source-record .muted'),
      'its record: 2024-03-09 · Remote explosive/landmine/IED · Mosul · Unidentified Armed Group (Iraq) vs Police Forces of Iraq (2020-) · 3 killed · confidence 50% ')
    await page.click('ul.sources li[data-article-id="fx-mosul"] button.show-source')
    await page.waitForSelector('.article-text[data-article-id="fx-mosul"] mark.evidence[data-field="location"]')
    assert.equal(await page.textContent('.article-text mark.evidence[data-field="location"]'), 'Mosul')
    await page.click('table.claims tr:has-text("security sources")')
    assert.equal(await page.textContent('mark.evidence.active'), 'three policemen')
    await page.click('ul.history button.unmerge')
    await page.waitForSelector('ul.history li[data-kind="merge"]:has-text("undone")')
    assert.equal((await event('ev-fx-mosul')).id, 'ev-fx-mosul')
    assert.deepEqual((await event('ev-fx-aleppo')).sources.map((s: { article_id: string }) => s.article_id), ['fx-aleppo'])
    // The merge and its undo are signed by the token's user; the page has no free-text author field to contradict it.
    assert.deepEqual((await event('ev-fx-aleppo')).history.filter((x: { kind: string }) => x.kind === 'merge').map((x: { author: string }) => x.author), ['e2e-editor'])
    assert.deepEqual([await page.$$eval('#top input', (els) => els.map((e) => e.getAttribute('name') ?? e.id)), await page.textContent('#signin .who')],
      [[], 'signed in as e2e-editor (editor)'])
  })

  await t.test('an article with <script> and onerror HTML is shown as text and never runs', async () => {
    const posted = await app.inject({ method: 'POST', url: '/api/articles', payload: fixtureArticle(FIXTURES.find((f) => f.id === 'fx-xss')!), headers: auth })
    assert.deepEqual(posted.json().articles[0].event_ids, ['ev-fx-xss'])
    await page.evaluate(() => { location.hash = '#/articles/fx-xss' })
    await page.reload()   // a fresh map, with the new event on it
    await page.waitForSelector('.article-text[data-article-id="fx-xss"]')
    assert.equal(await page.textContent('.article-text'), XSS_TEXT)
    await page.evaluate(() => { location.hash = '#/events/ev-fx-xss' })
    await page.waitForSelector('mark.evidence[data-field="notes"]')
    assert.equal(await page.textContent('mark.evidence[data-field="notes"]'), '<script>window.__pwned=1</script>')
    // The event's location (which a reviewer can edit freely) holds HTML too: the hover text shows it as text.
    await page.waitForSelector('#map [data-event-id="ev-fx-xss"]')
    await page.hover('#map [data-event-id="ev-fx-xss"]')
    await page.waitForSelector('.leaflet-tooltip')
    assert.equal(await page.textContent('.leaflet-tooltip'), '2024-03-08 · Attack · Gao <img src=x onerror="window.__pwned=2">')
    await page.waitForTimeout(300)
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined)
    assert.equal(await page.$$eval('#panel img, #panel script, .leaflet-tooltip img', (els) => els.length), 0)
  })

  await t.test('pasting an article shows its extracted events at once', async () => {
    await page.evaluate(() => { location.hash = '#/add' })
    await page.fill('form.add textarea', FIXTURES[2].text)
    await page.fill('form.add input[name="title"]', 'Pasted copy')
    await page.click('form.add button[type="submit"]')
    await page.waitForSelector('.added li[data-event-id]')
    assert.deepEqual(await ids(page, '.added li[data-event-id]'), ['ev-fx-kandahar'])
  })

  await t.test('the control view shows who held a place, with the events behind it', async () => {
    await page.evaluate(() => { location.hash = '#/control?location=Palmyra' })
    await page.waitForSelector('.control li[data-event-id]')
    assert.deepEqual(await page.$$eval('.control h3', (els) => els.map((e) => e.textContent)), ['Military Forces of Syria (2000-) 2024-01-14 → now'])
    assert.deepEqual(await ids(page, '.control li[data-event-id]'), ['ev-fx-palmyra'])
    // The map moves to the place (it was left where the last view had it): its moves reach the URL 120 ms after they end.
    const mapAt = () => page.evaluate(() => new URLSearchParams(location.hash.split('?')[1] ?? '').get('map') ?? '')
    await page.waitForFunction(() => (new URLSearchParams(location.hash.split('?')[1] ?? '').get('map') ?? '').startsWith('34.5'), undefined, { timeout: 5000 }).catch(() => undefined)
    const [lat, lon, zoom] = (await mapAt()).split(',').map(Number)
    assert.ok(Math.abs(lat - 34.5605) < 0.01 && Math.abs(lon - 38.2673) < 0.01 && zoom >= 6, `map at ${lat},${lon},${zoom}`)
    await page.evaluate(() => { location.hash = '#/control?location=Aleppo' })
    await page.waitForSelector('.control p.muted')
    assert.equal(await page.textContent('.control p.muted'), 'No territory events for "Aleppo".')
  })

  await t.test('the control view has no global timeline under it, and offers close names', async () => {
    await page.evaluate(() => { location.hash = '#/control?location=Palmyrra' })
    await page.waitForSelector('.control p.muted')
    assert.equal(await page.textContent('.control p.muted'), 'Unknown place "Palmyrra": no place, region or country of the gazetteer has this name. Did you mean Palmyra?')
    assert.equal(await page.isVisible('#timeline'), false)
    await page.click('.control p.muted a')
    await page.waitForSelector('.control li[data-event-id]')
    await page.evaluate(() => { location.hash = '#/' })
    await page.waitForSelector('#timeline canvas', { state: 'visible' })
  })

  await t.test('the add view fills the panel: the text box reaches down to the buttons at the bottom', async () => {
    await page.evaluate(() => { location.hash = '#/add' })
    await page.waitForSelector('form.add textarea')
    const panel = (await page.locator('#panel').boundingBox())!
    const area = (await page.locator('form.add textarea').boundingBox())!
    const button = (await page.locator('form.add button[type="submit"]').boundingBox())!
    assert.ok(area.height > panel.height * 0.5, `text box ${area.height}px of a ${panel.height}px panel`)
    assert.ok(panel.y + panel.height - (button.y + button.height) < 60, `${panel.y + panel.height - (button.y + button.height)}px left blank under the form`)
  })

  await t.test('a long unbroken title or id wraps inside the panel: nothing runs off its right edge', async () => {
    const id = 'wire-' + 'x'.repeat(180)
    const posted = await app.inject({ method: 'POST', url: '/api/articles', payload: { id, source: 'Fixture Wire', published: '2024-03-12', text: 'A note with no event in it, filed under a very long identifier.' }, headers: auth })
    assert.equal(posted.statusCode, 200)
    await page.evaluate((x) => { location.hash = `#/articles/${x}` }, id)
    await page.waitForSelector('#panel .panel-head h2')
    assert.equal(await page.textContent('#panel .panel-head h2'), id)
    assert.equal(await page.getAttribute('#panel .panel-head h2', 'title'), id)
    const [scroll, client] = await page.$eval('#panel', (el) => [el.scrollWidth, el.clientWidth])
    assert.ok(scroll <= client, `panel content ${scroll}px wide in a ${client}px panel`)
    await page.evaluate(() => { location.hash = '#/' })
  })

  await t.test('no script error and no CSP violation on the way', async () => {
    assert.deepEqual(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), [])
    assert.deepEqual(errors, [])
  })
})
