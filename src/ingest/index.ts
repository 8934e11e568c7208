/** @module ingest: every input format of the contract → Result<Input>. */
export { readInputs, formatOf, MAX_FILE } from './read.js'
export type { Format, ReadOptions } from './read.js'
export { toInput, contentId, toDay } from './article.js'
export type { RawArticle, IngestOptions } from './article.js'
export { checkArticle } from './jsonl.js'
export { htmlToArticle } from './html.js'
