/** @module mentions/numbers: numerals, number words and vague quantities (stub). */
import type { Doc } from '../../doc.js'
import type { Stage } from '../../stage.js'

export function numbers(): Stage {
  return function numbers(_doc: Doc) {}
}
