/** @module stage: a stage is a function over the doc; set-up happens once in its factory. */
import type { Doc } from './doc.js'

export type Stage = (doc: Doc) => void
