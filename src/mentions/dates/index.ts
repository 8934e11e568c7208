/** @module mentions/dates: dates against the publication date (stub). */
import type { Doc } from '../../doc.js'
import type { Stage } from '../../stage.js'

export function dates(): Stage {
  return function dates(_doc: Doc) {}
}
