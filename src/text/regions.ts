/** @module text/regions: captions, credits, bylines, datelines and repeated headlines, by line and by sentence. */
import { readYaml } from '../yaml-cache.js'
import type { Doc, RegionKind, Span } from '../doc.js'
import { say } from '../doc.js'
import { dataPath } from '../paths.js'

interface RegionRules { caption: string[]; credit: string[]; byline: string[]; boilerplate: string[]; dateline: string; 'list-heading': string }
let rules: { kind: RegionKind; re: RegExp }[] | null = null
let dateline: RegExp | null = null
let listHeading: RegExp | null = null
/** Longest line still read as a linked headline in a list of related stories. */
const LINK_LINE = 160

function load(): void {
  if (rules) return
  const raw = readYaml(dataPath('regions.yaml')) as RegionRules
  const kinds: RegionKind[] = ['caption', 'credit', 'byline', 'boilerplate']
  rules = kinds.flatMap((kind) => (raw[kind as keyof RegionRules] as string[]).map((p) => ({ kind, re: new RegExp(p, 'i') })))
  dateline = new RegExp(raw.dateline)
  listHeading = new RegExp(raw['list-heading'], 'i')
}

/** Mark lines (and short sentences) that are captions, credits, bylines or boilerplate, and the dateline. */
export function markRegions(doc: Doc): void {
  load()
  const text = doc.text
  const title = doc.article.title?.trim().toLowerCase() ?? null
  let offset = 0
  let first = true
  // The dateline opens the story's first paragraph; headline lines, a "published" line and a caption
  // may come before it. Looked for up to the first long line of the story.
  let seekDateline = true, lines = 0
  const repeat = headlineLine(text, title)
  // Inside a list of related stories (after a "RELATED STORIES" line): its headline lines are boilerplate.
  let inList = false
  for (const line of text.split('\n')) {
    const span: Span = [offset, offset + line.length]
    offset += line.length + 1
    const trimmed = line.trim()
    if (!trimmed) continue
    if (seekDateline) {
      const m = dateline!.exec(line)
      if (m && m[0].length < 60) {
        seekDateline = false
        const place = m[1] ?? m[2] ?? m[3]
        doc.regions.push({ kind: 'dateline', span: [span[0], span[0] + m[0].length] })
        if (place) {
          const at = span[0] + m[0].indexOf(place)
          say(doc, 'text', 'dateline', `"${place}" opens the text as a dateline: where the report was filed, not where events happened.`, { span: [at, at + place.length] })
        } else {
          const at = span[0] + m[0].indexOf(m[4])
          say(doc, 'text', 'dateline', `"${m[4]}" opens the text as a dateline with no place: the day the report was filed, not the day of an event.`, { span: [at, at + m[4].length] })
        }
      } else if (++lines >= 6 || (trimmed.length >= 200 && !rules!.some((r) => r.kind === 'caption' && r.re.test(trimmed)))) seekDateline = false
    }
    if (first) {
      first = false
      if (repeat !== null && span[0] === repeat) {
        doc.regions.push({ kind: 'headline-repeat', span })
        say(doc, 'text', 'headline-repeat', 'The title opens the text again: kept out of event coding, as the title is.', { span })
        continue
      }
    }
    if (inList) {
      if (trimmed.length <= LINK_LINE && !/[.!?"”'’)]$/.test(trimmed)) {
        doc.regions.push({ kind: 'boilerplate', span })
        say(doc, 'text', 'region-link-list', 'A headline in a list of links to other stories is kept out of event coding.', { span })
        continue
      }
      inList = false
    }
    if (listHeading!.test(trimmed)) inList = true
    const hit = rules!.find((r) => r.re.test(trimmed))
    if (hit && (hit.kind !== 'caption' || trimmed.length < 400)) {
      doc.regions.push({ kind: hit.kind, span })
      say(doc, 'text', `region-${hit.kind}`, `A ${hit.kind} line is kept out of event coding.`, { span })
    }
  }
}

/** Words of a line or title, for comparing a headline with the line that repeats it. */
const words = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/**
 * The offset of the text's first line when it is the title told again, in any case or punctuation, or with a site's
 * tail on one of the two ("... in Niger - Reuters"). Coded from both, its act was a second event beside the body's.
 */
function headlineLine(text: string, title: string | null): number | null {
  if (!title) return null
  const start = text.search(/\S/)
  if (start < 0) return null
  const end = text.indexOf('\n', start)
  const first = text.slice(start, end < 0 ? text.length : end).trim()
  const t = words(title), f = words(first)
  // Not a sentence of the body that begins with the title's words ("Gunmen kill 12 in X, police say, as ...").
  const near = end >= 0 && !/[.!?]$/.test(first) && first.length <= 200 && (t.startsWith(f + ' ') || f.startsWith(t + ' '))
  return f && (f === t || near) ? text.lastIndexOf('\n', start) + 1 : null
}
