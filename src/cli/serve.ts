/** @module cli/serve: `sitrep serve` → the HTTP API and dashboard until SIGINT or SIGTERM. */
import { buildServer } from '../index.js'
import type { Flag } from './flags.js'
import { bool, int, str, startCommand } from './flags.js'
import { dbFlag, openOrSay } from './ingest.js'
import type { Io } from './io.js'

const flags: Flag[] = [
  dbFlag,
  { name: 'host', type: 'string', value: 'HOST', help: 'address to listen on (default 127.0.0.1)' },
  { name: 'port', type: 'string', value: 'N', help: 'port (default 8080; 0 picks a free one)' },
  { name: 'log', type: 'boolean', help: 'log every request (JSON lines on stdout)' },
]
const USAGE = 'usage: sitrep serve [--db PATH|URL] [--host 127.0.0.1] [--port 8080]'

export async function serveCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'serve', usage: USAGE, summary: 'Serve the HTTP API (/api/...) and the dashboard (/).', flags: flags }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const port = int(p, 'port') ?? 8080
  if (port instanceof Error || port < 0 || port > 65535) { io.err(`sitrep serve: --port takes a port number 0–65535\n`); return 2 }
  const store = await openOrSay(str(p, 'db'), io, 'serve')
  if (!store) return 1
  const app = await buildServer(store, { logger: bool(p, 'log') })
  try {
    const address = await app.listen({ host: str(p, 'host') ?? '127.0.0.1', port })
    io.err(`sitrep: serving ${address} (API at ${address}/api/health, OpenAPI at ${address}/api/openapi.json)\n`)
  } catch (error) {
    io.err(`sitrep serve: cannot listen: ${(error as Error).message}\n`)
    await store.close()
    return 1
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await app.close()
  await store.close()
  return 0
}
