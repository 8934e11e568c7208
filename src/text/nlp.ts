/** @module text/nlp: the one wink-nlp instance, loaded once per process. */
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
// wink-nlp ships CommonJS without types we can rely on; keep the surface we use typed here.
export interface WinkNlp {
  readDoc(text: string): any
  its: any
  as: any
}
let instance: WinkNlp | null = null
export function getNlp(): WinkNlp {
  // Only sentence breaks and POS: wink's NER, negation and sentiment passes change neither tokens nor
  // tags, nothing here reads them, and they cost a fifth of readDoc.
  if (!instance) instance = require('wink-nlp')(require('wink-eng-lite-web-model'), ['sbd', 'pos']) as WinkNlp
  return instance
}
