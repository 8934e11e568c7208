/** @module events: triggers and roles → typed events (crude first coder; replaced in #5). */
import type { Doc } from '../doc.js'
import type { Stage } from '../stage.js'

export function events(): Stage {
  return function events(_doc: Doc) {}
}
