/** @module store/ingest: one input article → extracted records → the store, skipping what is stored already. */
import type { Input } from '../pipeline.js'
import type { EventRecord } from '../schema/record.js'
import type { IngestOutcome, Store } from './types.js'

/** How an article becomes records; tests and benches pass their own. */
export type Deriver = (input: Input) => EventRecord[] | Promise<EventRecord[]>

let loaded: Promise<(input: Input) => EventRecord[]> | null = null
/** The real pipeline, loaded on first use so that opening a store never loads the NLP models. */
export const recordsOf: Deriver = async (input) => {
  loaded ??= Promise.all([import('../pipeline.js'), import('../events/records.js')])
    .then(([p, r]) => (i: Input) => r.toRecords(p.extract(i)))
  return (await loaded)(input)
}

const NUL = /\u0000/g
const clean = <T extends string | null>(s: T): T => (s === null ? s : (s.replace(NUL, '') as T))

/**
 * Extract only when the article is new or its text changed: a re-ingest costs one lookup.
 * NUL characters are dropped first (PostgreSQL cannot store them; SQLite then stores the same).
 * `expectRevision`: revise a stored text only if it is still at that revision (else `conflict` is set).
 */
export async function ingestInput(store: Store, input: Input, derive: Deriver = recordsOf, expectRevision?: number): Promise<IngestOutcome> {
  if (input.text.includes('\u0000') || Object.values(input.article).some((v) => typeof v === 'string' && v.includes('\u0000'))) {
    const a = input.article
    input = { ...input, text: clean(input.text), article: { ...a, id: clean(a.id), title: clean(a.title), source: clean(a.source), url: clean(a.url), published: clean(a.published) } }
  }
  const a = input.article
  const article = { id: a.id, title: a.title, source: a.source, url: a.url, published: a.published, text: input.text, revision: 0 }
  const state = await store.articleState(a.id, input.text)
  return store.putArticle(article, state === 'same' ? [] : await derive(input), expectRevision)
}
