/** @module mentions/places/event-place.testkit: where the place stage puts an event, for the twins of the place fixes (not a test file itself). */
import assert from 'node:assert/strict'
import type { Article, Doc } from '../../doc.js'
import { createDoc } from '../../doc.js'
import { text } from '../../text/index.js'
import { places } from './index.js'
import { actors } from '../actors/index.js'
import { frame } from '../../frame/index.js'
import { locateEvent } from './locate.js'

const framed = [text(), places(), actors(), frame()]
export function framedDoc(body: string): Doc {
  const article: Article = { id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2024-05-14', input: 'test' }
  const doc = createDoc(article, body)
  for (const stage of framed) stage(doc)
  return doc
}
/** The event place at `trigger`: [mention text, gazetteer name, country, precision]. */
export function eventPlace(body: string, trigger: string): [string | null, string | null, string | null, number | null] {
  const doc = framedDoc(body)
  const i = doc.text.indexOf(trigger)
  assert.ok(i >= 0, trigger)
  const p = locateEvent(doc, [i, i + trigger.length]).place
  return [p?.text ?? null, p?.name ?? null, p?.countryCode ?? null, p?.precision ?? null]
}
