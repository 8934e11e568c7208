#!/usr/bin/env node
// The sitrep command: builds Io from the process and hands over to the compiled CLI.
import { tuneV8 } from '../dist/src/cli/v8.js'
import { main } from '../dist/src/cli/main.js'

tuneV8()

const io = {
  out: (chunk) => { process.stdout.write(chunk) },
  err: (chunk) => { process.stderr.write(chunk) },
}
process.stdout.on('error', (error) => { if (error.code === 'EPIPE') process.exit(0); throw error })
main(process.argv.slice(2), io).then(
  (code) => { process.exitCode = code },
  (error) => { process.stderr.write(`sitrep: internal error: ${error?.stack ?? error}\n`); process.exitCode = 70 },
)
