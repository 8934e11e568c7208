/** @module mentions/actors: actor knowledge base and patterns (stub until #5 lands). */
import type { Doc } from '../../doc.js'
import type { Stage } from '../../stage.js'

export function actors(): Stage {
  return function actors(_doc: Doc) {}
}
