/** @module queue/thread: the worker-thread side of --jobs: loads the pipeline once, then extracts every task it is sent. */
import { parentPort } from 'node:worker_threads'
import { runExtract } from './run.js'
import type { ExtractTask } from './run.js'

const port = parentPort
if (!port) throw new Error('queue/thread runs only as a worker thread')
port.on('message', (task: ExtractTask) => port.postMessage(runExtract(task)))
