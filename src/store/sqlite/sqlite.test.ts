/** SQLite: the shared store suite on a fresh temporary file per case. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after } from 'node:test'
import { storeCases } from '../cases.js'
import { openStore } from '../index.js'

const dir = mkdtempSync(join(tmpdir(), 'sitrep-sqlite-'))
let n = 0
after(() => rmSync(dir, { recursive: true, force: true }))

storeCases('sqlite', () => openStore(join(dir, `case-${++n}.db`)))
// The same cases with every read answered by two worker threads (what a large store switches to).
storeCases('sqlite, reads in threads', () => openStore(join(dir, `case-${++n}.db`), { readThreads: 2 }))
// The same cases with writes on the calling thread, one transaction each (SITREP_WRITE_THREAD=0, and `:memory:`).
storeCases('sqlite, writes inline', () => openStore(join(dir, `case-${++n}.db`), { writeThread: false }))
