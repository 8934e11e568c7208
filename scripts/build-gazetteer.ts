/** @module scripts/build-gazetteer: compile the gazetteer artifact (run at `prepare`; also built on first use). */
import { gazetteerPath } from '../src/paths.js'
import { writeGazetteer } from '../src/mentions/places/build.js'

const started = performance.now()
const path = writeGazetteer(gazetteerPath())
console.error(`gazetteer written to ${path} in ${Math.round(performance.now() - started)} ms`)
