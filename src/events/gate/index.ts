/** @module events/gate: is there an event at all? Document context and sentence rules over trigger hits. */
export { gateKnowledge } from './knowledge.js'
export type { GateKnowledge } from './knowledge.js'
export { documentContext } from './context.js'
export type { DocContext, Focus } from './context.js'
export { gateHits } from './sentence.js'
