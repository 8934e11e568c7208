/** Build step: compile the knowledge that is slow to compile (actor alias tokens) into build/ once. */
import { actorIndex } from '../src/mentions/actors/index.js'

const t0 = performance.now()
actorIndex()
process.stderr.write(`actor index cached in ${Math.round(performance.now() - t0)} ms\n`)
