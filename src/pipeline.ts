/** @module pipeline: the ordered stages; the only place that knows the order. */
import type { Article, Doc, Region, StageName } from './doc.js'
import { createDoc, isFailed, say } from './doc.js'
import type { Stage } from './stage.js'
import { text } from './text/index.js'
import { places } from './mentions/places/index.js'
import { actors } from './mentions/actors/index.js'
import { numbers } from './mentions/numbers/index.js'
import { dates } from './mentions/dates/index.js'
import { frame } from './frame/index.js'
import { events } from './events/index.js'
import { eventKnowledge } from './events/knowledge.js'

/** An article as ingest hands it over: metadata plus the normalized text every span points into. */
export interface Input {
  readonly article: Article
  readonly text: string
  /** Regions ingest already knows from markup (a <figcaption> is a caption). */
  readonly regions?: readonly Region[]
}

let stages: Stage[] | null = null
/** The stages in order; each factory loads its knowledge once per process. */
export function pipeline(): Stage[] {
  stages ??= [text(), places(), eventOnly(actors()), eventOnly(numbers()), eventOnly(dates()), eventOnly(frame()), events()]
  return stages
}

/**
 * True when some word of the article is an event trigger (data/events/triggers.yaml). Without one the
 * events stage finds no candidate sentence (its per-sentence scans see the same tokens), and nothing
 * but the events stage (and the frame it reads) uses actors, figures and dates: places do not.
 */
export function mayHoldEvent(doc: Doc): boolean {
  let may = holds.get(doc)
  if (may === undefined) holds.set(doc, (may = doc.tokens.count > 0 && eventKnowledge().triggers.scan(doc.tokens).length > 0))
  return may
}
const holds = new WeakMap<Doc, boolean>()

// Actors, figures, dates and the frame cost half of an article and only events use them (the frame's
// focus country and place roles serve the events alone): an article with no event word (sport,
// business, most of a news archive) skips all four, and says so once. Its places are still read.
function eventOnly(stage: Stage): Stage {
  const name = stage.name as StageName
  return { [name](doc: Doc) {
    if (mayHoldEvent(doc)) return stage(doc)
    if (name === 'actors') say(doc, name, 'no-event-word', 'No word of the article can start an event: its actors, figures and dates were not read (only events use them).')
  } }[name]
}

/** Run every stage over one article. A stage that throws becomes a fatal message on this article only. */
export function extract(input: Input, run: readonly Stage[] = pipeline()): Doc {
  const doc = createDoc(input.article, input.text)
  if (input.regions) doc.regions.push(...input.regions)
  for (const stage of run) {
    if (isFailed(doc)) break
    try {
      stage(doc)
    } catch (error) {
      // A stage's inner function is named after the stage (style: "stages named after themselves").
      say(doc, (stage.name || 'events') as StageName, 'stage-crashed', `Stage ${stage.name} failed: ${(error as Error).message}`, { level: 'fatal' })
    }
  }
  return doc
}

/** Run the stages up to and including `last` (for tests and `geoparse`). */
export function extractUpTo(input: Input, last: string): Doc {
  const all = pipeline()
  const i = all.findIndex((s) => s.name === last)
  return extract(input, i < 0 ? all : all.slice(0, i + 1))
}
