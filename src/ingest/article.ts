/** @module ingest/article: an input record (any format) → Result<Input>: ids, dates, text required. */
import { createHash } from 'node:crypto'
import type { Article, Region } from '../doc.js'
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import type { Input } from '../pipeline.js'
import { isCalendarDate } from '../store/calendar.js'
import { normalizeText } from './decode.js'
import { htmlToArticle } from './html.js'

/** The longest article text extracted (about 35,000 words). */
export const MAX_ARTICLE_CHARS = 200_000

export interface IngestOptions {
  pubDate?: string | null        // --pub-date: for articles that carry none
}

/** Fields any reader can fill; `text` or `html` must be present. */
export interface RawArticle {
  id?: string | number | null
  text?: string | null
  html?: string | null
  title?: string | null
  section?: string | null
  byline?: string | null
  source?: string | null
  url?: string | null
  published?: string | null
  regions?: Region[]
}

export function contentId(text: string): string {
  return 'sha256-' + createHash('sha256').update(text).digest('hex').slice(0, 20)
}

/** YYYY-MM-DD from an ISO date, an RFC 822 date ("Sun, 27 Mar 2016 10:00:00 GMT") or null; null for no real day ("2016-13-45"). */
export function toDay(value: string | null | undefined): string | null {
  if (!value) return null
  const s = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`
    return isCalendarDate(day) ? day : null
  }
  const t = Date.parse(s)
  if (Number.isNaN(t)) return null
  return new Date(t).toISOString().slice(0, 10)
}

export function toInput(raw: RawArticle, input: string, options: IngestOptions = {}): Result<Input> {
  let text: string
  let meta: Partial<RawArticle> = {}
  let regions: Region[] = raw.regions ?? []
  if (raw.text && raw.text.trim()) {
    text = normalizeText(raw.text)
  } else if (raw.html && raw.html.trim()) {
    const got = htmlToArticle(raw.html, input)
    if (!got.ok) return got
    text = got.value.text
    regions = got.value.regions
    meta = got.value
  } else {
    return fail('article-empty', 'the article has no text (give "text" or "html")', input)
  }
  if (!text) return fail('article-empty', 'the article has no text after extraction', input)
  // Past this a text is a book or a dump, not an article; the context scoring of places and actors
  // grows faster than linearly with length, so refuse clearly rather than stall.
  if (text.length > MAX_ARTICLE_CHARS) {
    return fail('input-too-large', `the article text is ${text.length.toLocaleString('en')} characters, over the ${MAX_ARTICLE_CHARS.toLocaleString('en')} limit for one article; split it`, input)
  }
  const title = clean(raw.title) ?? clean(meta.title)
  const article: Article = {
    id: raw.id !== undefined && raw.id !== null && String(raw.id).trim() ? String(raw.id) : contentId(text),
    title,
    section: clean(raw.section) ?? clean(meta.section),
    byline: clean(raw.byline) ?? clean(meta.byline),
    source: clean(raw.source) ?? clean(meta.source),
    url: clean(raw.url) ?? clean(meta.url),
    published: toDay(raw.published) ?? toDay(meta.published) ?? options.pubDate ?? null,
    input,
  }
  return ok({ article, text, regions })
}

function clean(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim()
  return t ? t : null
}
