/** @module ingest/feed: RSS 2.0 and Atom → one raw article per item; the item date is the publication date. */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import type { RawArticle } from './article.js'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', cdataPropName: false as unknown as string })

export function readFeed(xml: string, input: string): Result<{ items: RawArticle[]; channel: string | null }> {
  const valid = XMLValidator.validate(xml)
  if (valid !== true) return fail('feed-malformed', `the feed is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`, input)
  const tree = parser.parse(xml)
  if (tree.rss || tree['rdf:RDF']) {
    const channel = tree.rss?.channel ?? tree['rdf:RDF']?.channel ?? {}
    const items = list(channel.item ?? tree['rdf:RDF']?.item)
    const source = str(channel.title)
    return ok({
      channel: source,
      items: items.map((it: any) => {
        const body = str(it['content:encoded']) ?? str(it.description)
        return {
          id: str(it.guid) ?? str(it.link) ?? undefined,
          title: str(it.title), url: str(it.link), source,
          published: str(it.pubDate) ?? str(it['dc:date']),
          ...(body && /<[a-z][\s\S]*>/i.test(body) ? { html: body } : { text: body }),
        }
      }),
    })
  }
  if (tree.feed) {
    const source = str(tree.feed.title)
    return ok({
      channel: source,
      items: list(tree.feed.entry).map((e: any) => {
        const links = list(e.link)
        const href = links.find((l: any) => !l['@rel'] || l['@rel'] === 'alternate')?.['@href'] ?? null
        const body = str(e.content) ?? str(e.summary)
        return {
          id: str(e.id) ?? href ?? undefined,
          title: str(e.title), url: href, source,
          published: str(e.published) ?? str(e.updated),
          ...(body && /<[a-z][\s\S]*>/i.test(body) ? { html: body } : { text: body }),
        }
      }),
    })
  }
  return fail('feed-malformed', 'the XML is neither an RSS nor an Atom feed', input)
}

const list = (x: unknown): any[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x])
function str(x: unknown): string | null {
  if (x === undefined || x === null) return null
  if (typeof x === 'object') return str((x as Record<string, unknown>)['#text'])
  const s = String(x).trim()
  return s || null
}
