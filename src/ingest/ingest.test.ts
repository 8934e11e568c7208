import assert from 'node:assert/strict'
import { mkdtempSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { test } from 'node:test'
import { formatFailure } from '../errors.js'
import type { ReadOptions } from './read.js'
import { readInputs } from './read.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'))
const file = (name: string, content: string | Uint8Array) => { const p = join(dir, name); writeFileSync(p, content); return p }

async function read(paths: string[], options: ReadOptions = {}) {
  const out: string[] = []
  for await (const r of readInputs(paths, options)) {
    out.push(r.ok ? `ok ${r.value.article.id} ${r.value.article.published} ${JSON.stringify(r.value.article.title)} ${JSON.stringify(r.value.text)}` : formatFailure(r.error))
  }
  return out
}

test('txt: section label and headline are kept out of the body', async () => {
  const p = file('a.txt', 'Middle East\nRebels shell town\n\nRebels shelled the town on Sunday.\nTwo people died.\n')
  const got: string[] = []
  for await (const r of readInputs([p], { pubDate: '2016-03-29' })) {
    assert.ok(r.ok)
    got.push(r.value.article.section!, r.value.article.title!, r.value.article.published!, r.value.text)
  }
  assert.deepEqual(got, ['Middle East', 'Rebels shell town', '2016-03-29', 'Rebels shelled the town on Sunday.\nTwo people died.'])
})

test('txt: a body that starts with a sentence keeps every line', async () => {
  const p = file('b.txt', 'Gunmen killed two farmers near the village on Monday.\nPolice said they were searching for the attackers.\n')
  const [line] = await read([p])
  assert.match(line, /^ok sha256-[0-9a-f]{20} null null "Gunmen killed two farmers near the village on Monday\.\\nPolice said/)
})

test('html: body from the page chrome, metadata from meta tags, caption marked', async () => {
  const html = `<!doctype html><html><head><title>Site | Clashes</title>
    <meta property="og:title" content="Clashes erupt near the border">
    <meta property="article:published_time" content="2024-05-02T08:00:00Z"><meta property="og:site_name" content="The Daily Example"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Clashes erupt near the border</h1>
    <p>Heavy fighting broke out between the army and rebels near the border town on Wednesday, residents said, and continued into the night with artillery fire heard across the valley.</p>
    <figure><img src="x.jpg"><figcaption>Smoke rises over the town. Photo: A. Writer /AFP</figcaption></figure>
    <p>At least four soldiers were killed in the fighting, according to a military source who asked not to be named because he was not authorised to speak.</p>
    </article><footer>Copyright The Daily Example</footer><script>alert(1)</script></body></html>`
  const results = []
  for await (const r of readInputs([file('c.html', html)])) results.push(r)
  assert.equal(results.length, 1)
  const r = results[0]
  assert.ok(r.ok)
  const { article, text, regions } = r.value
  assert.deepEqual([article.title, article.published, article.source], ['Clashes erupt near the border', '2024-05-02', 'The Daily Example'])
  assert.ok(!text.includes('Home') && !text.includes('alert(1)') && !text.includes('Copyright'), text)
  assert.deepEqual(regions!.map((g) => [g.kind, text.slice(g.span[0], g.span[1])]), [['caption', 'Smoke rises over the town. Photo: A. Writer /AFP']])
})

test('html: broken markup still yields its text', async () => {
  const [line] = await read([file('broken.html', '<html><body><p>Protesters gathered in the square <b>on Friday<div>and police fired tear gas')])
  assert.equal(line.slice(0, 3), 'ok ')
  assert.match(line, /Protesters gathered in the square on Friday\\n\\nand police fired tear gas"$/)
})

test('feeds: one article per RSS item and Atom entry, the item date as publication date', async () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>One</title><link>https://x.example/1</link><guid>w-1</guid><pubDate>Sun, 27 Mar 2016 10:00:00 GMT</pubDate><description>Troops retook the town.</description></item>
    <item><title>Two</title><link>https://x.example/2</link><pubDate>Mon, 28 Mar 2016 10:00:00 GMT</pubDate><description>&lt;p&gt;Police fired tear gas.&lt;/p&gt;</description></item>
    </channel></rss>`
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
    <entry><id>tag:a,1</id><title>Three</title><link href="https://a.example/3"/><published>2024-05-14T09:00:00Z</published><content type="html">&lt;p&gt;Gunmen abducted ten villagers.&lt;/p&gt;</content></entry></feed>`
  assert.deepEqual(await read([file('w.rss', rss), file('a.atom', atom)]), [
    'ok w-1 2016-03-27 "One" "Troops retook the town."',
    'ok https://x.example/2 2016-03-28 "Two" "Police fired tear gas."',
    'ok tag:a,1 2024-05-14 "Three" "Gunmen abducted ten villagers."',
  ])
})

test('jsonl: good lines go through, a malformed line is named with its number', async () => {
  const p = file('m.jsonl', [
    '{"id": "a1", "text": "Rebels shelled the town.", "published": "2016-03-27"}',
    '{"id": "a2", "text": ',
    '',
    '{"id": "a3", "title": "no body"}',
    '{"id": 7, "html": "<p>Police fired tear gas.</p>", "published": "2016-03-28T10:00:00Z"}',
  ].join('\n'))
  assert.deepEqual(await read([p]), [
    'ok a1 2016-03-27 null "Rebels shelled the town."',
    `${p}:2: jsonl-malformed: not valid JSON (Unexpected end of JSON input)`,
    `${p}:4: article-empty: the article has no text (give "text" or "html")`,
    'ok 7 2016-03-28 null "Police fired tear gas."',
  ])
})

test('jsonl: a "published" that is no real day is named with its line, never passed on; a feed\'s impossible date is dropped', async () => {
  const p = file('dates.jsonl', [
    '{"id": "d1", "text": "Rebels shelled the town.", "published": "2016-13-45"}',
    '{"id": "d2", "text": "Rebels shelled the town.", "published": "not-a-date"}',
    '{"id": "d3", "text": "Rebels shelled the town.", "published": "2016-02-29"}',
    '{"id": "d4", "text": "Rebels shelled the town.", "published": ""}',
  ].join('\n'))
  assert.deepEqual(await read([p], { pubDate: '2016-03-01' }), [
    `${p}:1: jsonl-malformed: field /published: not a real date "2016-13-45" (give YYYY-MM-DD, or leave it out and use --pub-date)`,
    `${p}:2: jsonl-malformed: field /published: not a real date "not-a-date" (give YYYY-MM-DD, or leave it out and use --pub-date)`,
    'ok d3 2016-02-29 null "Rebels shelled the town."',
    'ok d4 2016-03-01 null "Rebels shelled the town."',
  ])
  const feed = file('dates.rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
    <item><guid>g1</guid><title>One</title><pubDate>2016-02-30T10:00:00Z</pubDate><description>Rebels shelled the town.</description></item></channel></rss>`)
  assert.deepEqual(await read([feed]), ['ok g1 null "One" "Rebels shelled the town."'])
})

test('bad inputs: empty, binary, too large, unknown extension, missing; the rest still read', async () => {
  const big = file('big.txt', '')
  truncateSync(big, 50 * 1024 * 1024)
  const good = file('good.txt', 'Police arrested three men in the capital.')
  const got = await read([file('empty.txt', ''), file('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])), big,
    file('notes.docx', 'x'), join(dir, 'missing.txt'), good])
  assert.deepEqual(got, [
    `${join(dir, 'empty.txt')}: input-empty: the file is empty`,
    `${join(dir, 'bin.txt')}: input-binary: the file is binary, not text (NUL or control bytes found)`,
    `${big}: input-too-large: the file is 50.0 MB, over the 16 MB limit for one article or feed`,
    `${join(dir, 'notes.docx')}: input-unknown-format: unknown file type ".docx"; use .txt .html .xml .rss .atom .jsonl or --input-format`,
    `${join(dir, 'missing.txt')}: input-unreadable: cannot read: no such file or directory (ENOENT)`,
    'ok sha256-' + got[5].slice(10, 30) + ' null null "Police arrested three men in the capital."',
  ])
})

test('encodings: UTF-8 BOM, UTF-16 LE with BOM, Windows-1252 fallback', async () => {
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Protesters in Bogotá.', 'utf16le')])
  const cp1252 = Buffer.from([0x50, 0x72, 0x6f, 0x74, 0x65, 0x73, 0x74, 0x20, 0x69, 0x6e, 0x20, 0x42, 0x6f, 0x67, 0x6f, 0x74, 0xe1, 0x20, 0x93, 0x6f, 0x6b, 0x94])
  const texts: string[] = []
  for await (const r of readInputs([file('bom.txt', '\ufeffTroops in Mosul.'), file('u16.txt', utf16), file('w.txt', cp1252)])) {
    assert.ok(r.ok)
    texts.push(r.value.text)
  }
  assert.deepEqual(texts, ['Troops in Mosul.', 'Protesters in Bogotá.', 'Protest in Bogotá “ok”'])
})

test('directories are read recursively; stdin as JSON Lines; --input-format forces a format', async () => {
  const sub = join(dir, 'tree', 'deeper')
  mkdirSync(sub, { recursive: true })
  writeFileSync(join(dir, 'tree', 'one.txt'), 'Gunmen attacked a bus.')
  writeFileSync(join(sub, 'two.jsonl'), '{"id":"d2","text":"Rioters burned tyres."}\n')
  writeFileSync(join(dir, 'tree', 'skip.png'), 'x')
  const fromDir = await read([join(dir, 'tree')])
  // The picture is not read, and said so once for the folder.
  assert.deepEqual(fromDir.map((l) => /"[^"]*"$/.exec(l)?.[0] ?? l), [
    `${join(dir, 'tree')}: input-unknown-format: 1 file(s) not read, of types sitrep does not read (.png): skip.png; articles are .txt .html .xml .rss .atom .jsonl, or give --input-format`,
    '"Rioters burned tyres."', '"Gunmen attacked a bus."'])
  const stdin = Readable.from(['{"id":"s1","text":"Police fired tear gas."}\n{bad\n'])
  assert.deepEqual(await read(['-'], { inputFormat: 'jsonl', stdin }), ['ok s1 null null "Police fired tear gas."', '-:2: jsonl-malformed: not valid JSON (Expected property name or \'}\' in JSON at position 1)'])
  assert.deepEqual(await read([file('page.data', 'Troops shelled the town.')], { inputFormat: 'txt' }), [`ok ${(await read([file('same.txt', 'Troops shelled the town.')]))[0].split(' ')[1]} null null "Troops shelled the town."`])
})

test('an article text over the limit is refused with its size, the next one still read', async () => {
  const huge = 'Troops shelled the town. '.repeat(9000)
  const p = file('huge.jsonl', JSON.stringify({ id: 'h1', text: huge }) + '\n' + JSON.stringify({ id: 'ok1', text: 'Police fired tear gas.' }) + '\n')
  assert.deepEqual(await read([p]), [
    `${p}:1: input-too-large: the article text is 224,999 characters, over the 200,000 limit for one article; split it`,
    'ok ok1 null null "Police fired tear gas."',
  ])
})
