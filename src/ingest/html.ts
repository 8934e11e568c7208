/** @module ingest/html: a page → article text (Readability over linkedom), metadata, caption regions. */
import { createRequire } from 'node:module'
import type { Region } from '../doc.js'
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import { normalizeText } from './decode.js'

export interface HtmlArticle {
  text: string
  regions: Region[]
  title: string | null
  byline: string | null
  published: string | null
  source: string | null
  url: string | null
  section: string | null
}

// Loaded on the first page only: linkedom costs ~0.13 s at start-up, and plain text never needs it.
const require = createRequire(import.meta.url)
let dom: { parseHTML: typeof import('linkedom').parseHTML; Readability: typeof import('@mozilla/readability').Readability } | null = null
function loadDom() {
  dom ??= { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability }
  return dom
}

const BLOCKS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'UL', 'OL', 'FIGURE', 'BR', 'DD', 'DT'])
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'FORM'])

export function htmlToArticle(html: string, input: string): Result<HtmlArticle> {
  const { parseHTML, Readability } = loadDom()
  let document: any
  try {
    document = parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document
  } catch (error) {
    return fail('html-unusable', `the HTML could not be parsed: ${(error as Error).message}`, input)
  }
  const meta = readMeta(document)
  let root: any = null
  try {
    // Readability mutates the tree it reads; parse a second copy for it.
    const copy = parseHTML(html.includes('<html') ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document
    const parsed = new Readability(copy, { charThreshold: 200 }).parse()
    if (parsed?.content) root = parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body
    meta.title ??= parsed?.title ?? null
    meta.byline ??= parsed?.byline ?? null
  } catch {
    root = null
  }
  root ??= document.body
  if (!root) return fail('html-unusable', 'the HTML has no body', input)
  const { text, regions } = flatten(root)
  if (!text.trim()) return fail('html-unusable', 'no article text found in the HTML', input)
  return ok({ ...meta, text, regions })
}

/** Walk the tree, one paragraph per block, remembering where captions landed. */
function flatten(root: any): { text: string; regions: Region[] } {
  const parts: { text: string; caption: boolean }[] = []
  let current = ''
  let inCaption = 0
  const flush = () => {
    const t = normalizeText(current)
    if (t) parts.push({ text: t, caption: inCaption > 0 })
    current = ''
  }
  const walk = (node: any) => {
    if (node.nodeType === 3) { current += node.textContent; return }
    if (node.nodeType !== 1) return
    const tag = String(node.tagName).toUpperCase()
    if (SKIP.has(tag)) return
    const block = BLOCKS.has(tag)
    const caption = tag === 'FIGCAPTION' || /caption|credit/i.test(node.getAttribute?.('class') ?? '')
    if (block) flush()
    if (caption) inCaption++
    for (const child of node.childNodes) walk(child)
    if (block || caption) flush()
    if (caption) inCaption--
  }
  walk(root)
  flush()
  let text = ''
  const regions: Region[] = []
  for (const p of parts) {
    if (text) text += '\n\n'
    if (p.caption) regions.push({ kind: 'caption', span: [text.length, text.length + p.text.length] })
    text += p.text
  }
  return { text, regions }
}

function readMeta(document: any): Omit<HtmlArticle, 'text' | 'regions'> {
  const m = (sel: string): string | null => document.querySelector(sel)?.getAttribute('content')?.trim() || null
  let published = m('meta[property="article:published_time"]') ?? m('meta[name="pubdate"]') ?? m('meta[name="date"]')
    ?? m('meta[itemprop="datePublished"]') ?? m('meta[name="DC.date.issued"]')
  let headline: string | null = null
  let publisher: string | null = null
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent)
      for (const item of Array.isArray(data) ? data : [data]) {
        published ??= item?.datePublished ?? null
        headline ??= item?.headline ?? null
        publisher ??= typeof item?.publisher?.name === 'string' ? item.publisher.name : null
      }
    } catch { /* a broken JSON-LD block is page chrome, not the article */ }
  }
  published ??= document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null
  const url = m('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null
  return {
    title: m('meta[property="og:title"]') ?? headline ?? (document.querySelector('title')?.textContent?.trim() || null),
    byline: m('meta[name="author"]'),
    published,
    source: m('meta[property="og:site_name"]') ?? publisher ?? m('meta[name="application-name"]') ?? siteName(document, url),
    url,
    section: m('meta[property="article:section"]'),
  }
}

/**
 * The outlet's name when the page has no metadata for it: the name in the page header's logo or
 * brand link, the part of the `<title>` after " | ", else the host of the canonical address.
 */
function siteName(document: any, url: string | null): string | null {
  const brand = document.querySelector('header .logo, header .brand, header .site-name, header .site-title, .site-name, .site-title')?.textContent?.replace(/\s+/g, ' ').trim()
  if (brand && brand.length <= 60) return brand
  const title = document.querySelector('title')?.textContent ?? ''
  const tail = title.includes(' | ') ? title.slice(title.lastIndexOf(' | ') + 3).trim() : ''
  if (tail && tail.length <= 60) return tail
  try { return url ? new URL(url).hostname.replace(/^www\./, '') : null } catch { return null }
}
