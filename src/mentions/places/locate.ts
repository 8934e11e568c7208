/** @module mentions/places/locate: the place where the event at a trigger happened, with ACLED geo_precision. */
import type { Doc, PlaceMention, Span } from '../../doc.js'
import { inRegion, sentenceAt } from '../../doc.js'

/** Where an event happened, or null with the reason. `via` says which rule chose it. */
export interface EventPlace { place: PlaceMention | null; reason: string; via: 'sentence' | 'nearby' | 'article' | 'dateline' | 'none' }

const aside = ['dateline', 'caption', 'credit'] as const
const usable = (p: PlaceMention): boolean => p.kind !== 'demonym' && p.latitude !== null

// Cues that make a place the origin of people or things, not where the event happened ("herders from Yola").
const origin = new Set(['from'])

/**
 * Most specific first (town over district over region), then closest to the trigger. A container
 * ("Borgou" in "Nikki, Borgou") never beats the place it holds; a place named only as an origin
 * comes after every other place in the sentence.
 */
function best(list: PlaceMention[], trigger: Span): PlaceMention | null {
  let out: PlaceMention | null = null, outKey = Infinity
  for (const p of list) {
    if (p.rule === 'container') continue
    const key = (p.cue && origin.has(p.cue) ? 4e6 : 0) + (p.rule === 'organisation-name' ? 4e6 : 0) + p.precision * 1e6 + (p.kind === 'country' ? 5e5 : 0) + Math.abs(p.span[0] - trigger[0])
    if (key < outKey) { out = p; outKey = key }
  }
  return out
}

/**
 * Same sentence first, then the sentences just before and after, then the article's dominant
 * place; the dateline city only when nothing else is named; never a demonym.
 */
export function locateEvent(doc: Doc, trigger: Span): EventPlace {
  const story = doc.places.filter((p) => usable(p) && !inRegion(doc, p.span, aside))
  const s = sentenceAt(doc, trigger[0])
  const inSentence = (d: number): PlaceMention[] => story.filter((p) => sentenceAt(doc, p.span[0]) === s + d)
  const here = best(inSentence(0), trigger)
  if (here) return { place: here, reason: `"${here.text}" is named in the event's sentence${here.cue ? ` after "${here.cue}"` : ''}.`, via: 'sentence' }
  for (const d of [-1, 1, -2, 2]) {
    const p = best(inSentence(d), trigger)
    if (p) return { place: p, reason: `"${p.text}" is named ${Math.abs(d)} sentence${Math.abs(d) > 1 ? 's' : ''} ${d < 0 ? 'before' : 'after'} the event.`, via: 'nearby' }
  }
  const dominant = dominantPlace(story)
  if (dominant) return { place: dominant, reason: `"${dominant.text}" is the place the article names most.`, via: 'article' }
  const dateline = doc.places.find((p) => usable(p) && inRegion(doc, p.span, ['dateline']))
  if (dateline) return { place: dateline, reason: `Only the dateline names a place: "${dateline.text}", where the report was filed.`, via: 'dateline' }
  return { place: null, reason: doc.places.length ? 'The text names only nationalities or places in captions, not where the event happened.' : 'The text names no place the gazetteer knows.', via: 'none' }
}

/** The article's most named place, specific places counting more than countries. */
function dominantPlace(list: PlaceMention[]): PlaceMention | null {
  const weight = new Map<string, { p: PlaceMention; w: number }>()
  for (const p of list) {
    const key = `${p.name}|${p.countryCode}`
    const w = (weight.get(key)?.w ?? 0) + (4 - p.precision)
    weight.set(key, { p: weight.get(key)?.p ?? p, w })
  }
  let out: { p: PlaceMention; w: number } | null = null
  for (const v of weight.values()) if (!out || v.w > out.w) out = v
  return out?.p ?? null
}
