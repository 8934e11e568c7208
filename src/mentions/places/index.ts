/** @module mentions/places: gazetteer lookup and context scoring (stub until #4 lands). */
import type { Doc, PlaceMention, Span } from '../../doc.js'
import type { Stage } from '../../stage.js'

export function places(): Stage {
  return function places(_doc: Doc) {}
}

/** The place where the event at `trigger` happened, with ACLED precision, or null with a reason. */
export function locateEvent(doc: Doc, trigger: Span): { place: PlaceMention | null; reason: string } {
  void trigger
  return { place: doc.places[0] ?? null, reason: 'no place recognised' }
}
