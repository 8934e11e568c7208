/** @module cli/serve: `sitrep serve` → the HTTP API and dashboard until SIGINT or SIGTERM. */
import { existsSync } from 'node:fs'
import { buildServer } from '../index.js'
import { DEFAULT_DB, isPostgresUrl } from '../store/index.js'
import type { Flag } from './flags.js'
import { bool, int, str, startCommand } from './flags.js'
import { dbFlag, openOrSay } from './ingest.js'
import { shownStore } from './common.js'
import type { Io } from './io.js'

const flags: Flag[] = [
  dbFlag,
  { name: 'host', type: 'string', value: 'HOST', help: 'address to listen on (default 127.0.0.1; another needs users: sitrep user add)' },
  { name: 'port', type: 'string', value: 'N', help: 'port (default 8080; 0 picks a free one)' },
  { name: 'allow-host', type: 'string', multiple: true, value: 'NAME', help: 'a Host name clients use besides localhost (repeatable; DNS-rebinding guard)' },
  { name: 'private-read', type: 'boolean', help: 'reading needs a token too (the default on a non-loopback host)' },
  { name: 'public-read', type: 'boolean', help: 'reading needs no token, even on a non-loopback host' },
  { name: 'log', type: 'boolean', help: 'log every request (JSON lines on stdout)' },
]
const USAGE = 'usage: sitrep serve [--db PATH|URL] [--host 127.0.0.1] [--port 8080] [--allow-host NAME]... [--private-read|--public-read]'

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/i

export async function serveCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'serve', usage: USAGE, summary: 'Serve the HTTP API (/api/...) and the dashboard (/). Writes need a bearer token (sitrep user add).', flags: flags }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const port = int(p, 'port') ?? 8080
  if (port instanceof Error || port < 0 || port > 65535) { io.err(`sitrep serve: --port takes a port number 0–65535\n`); return 2 }
  if (bool(p, 'private-read') && bool(p, 'public-read')) { io.err('sitrep serve: --private-read and --public-read contradict each other\n'); return 2 }
  const host = str(p, 'host') ?? '127.0.0.1'
  const loopback = LOOPBACK.test(host)
  const where = str(p, 'db') || process.env.SITREP_DB || DEFAULT_DB
  const existed = isPostgresUrl(where) || existsSync(where)
  const store = await openOrSay(str(p, 'db'), io, 'serve')
  if (!store) return 1
  // serve may create its store (articles can be posted to it), but says which one and that it is empty.
  const { events } = await store.health()
  io.err(`sitrep serve: store ${shownStore(where)}${existed ? '' : ' (created now)'}: ${events} events${events ? '' : '; add articles with `sitrep ingest INPUT...` or on the dashboard\'s "Add articles" page'}\n`)
  if (!loopback && (await store.users.active()) === 0) {
    io.err(`sitrep serve: refusing to serve ${host} (not loopback) with no users: every write would be refused and nobody could sign in.\n` +
      `Add one first: sitrep user add NAME --role admin${str(p, 'db') ? ` --db ${str(p, 'db')}` : ''}\n`)
    await store.close()
    return 1
  }
  const allowed = [...((p.values['allow-host'] as string[] | undefined) ?? [])]
  if (!loopback && host !== '0.0.0.0' && host !== '::') allowed.push(host)
  const privateRead = bool(p, 'private-read') || (!loopback && !bool(p, 'public-read'))
  const app = await buildServer(store, { logger: bool(p, 'log'), privateRead, allowedHosts: allowed })
  try {
    const address = await app.listen({ host, port })
    io.err(`sitrep: serving ${address} (API at ${address}/api/health, OpenAPI at ${address}/api/openapi.json)` +
      `${privateRead ? '; reading needs a token' : ''}${allowed.length ? `; also answering to ${allowed.join(', ')}` : ''}\n`)
    if (!loopback && !allowed.length) io.err('sitrep serve: only Host names localhost and 127.0.0.1 are answered; add --allow-host NAME for the names clients use\n')
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
