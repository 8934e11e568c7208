/** html: the outlet's name for `source` when the page has no og:site_name. */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { readInputs } from './read.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-site-'))
after(() => rmSync(dir, { recursive: true, force: true }))
const body = '<article><p>Police fired tear gas at several hundred protesters who had gathered outside the town hall on Friday, witnesses said, and arrested a dozen of them.</p></article>'

async function source(name: string, head: string, header = ''): Promise<string | null | undefined> {
  const path = join(dir, name)
  writeFileSync(path, `<!doctype html><html><head>${head}</head><body>${header}${body}</body></html>`)
  for await (const r of readInputs([path])) return r.ok ? r.value.article.source : undefined
  return undefined
}

test('source: site metadata first, then the header brand, the title suffix, the canonical host', async () => {
  assert.deepEqual([
    await source('a.html', '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"name": "The Example Post"}}</script>'),
    await source('b.html', '<title>Tear gas in the square</title>', '<header><div class="logo">Valley Courier</div></header>'),
    await source('c.html', '<title>Tear gas in the square | Hill Times</title>'),
    await source('d.html', '<title>Tear gas</title><link rel="canonical" href="https://www.river-news.example/2024/tear-gas">'),
    await source('e.html', '<title>Tear gas</title>'),
  ], ['The Example Post', 'Valley Courier', 'Hill Times', 'river-news.example', null])
})
