/** @module queue/thread: the worker-thread side of --jobs: loads the pipeline once, then extracts every task it is sent. */
import { parentPort } from 'node:worker_threads'
import { knowledgeFiles, readAhead } from '../ahead.js'
import { loadRun } from './bundle.js'
import type { ExtractTask } from './run.js'

const port = parentPort
if (!port) throw new Error('queue/thread runs only as a worker thread')
// The knowledge files are read off this thread while the pipeline's modules compile.
const [{ runExtract }] = await Promise.all([loadRun(), readAhead(knowledgeFiles())])
port.on('message', (task: ExtractTask) => port.postMessage(runExtract(task)))
