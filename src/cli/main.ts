/** @module cli/main: `sitrep COMMAND ...` → the command's module, loaded on demand so start-up stays fast. */
import type { Io } from './io.js'
import { nearest } from '../suggest.js'

type Command = (args: string[], io: Io) => Promise<number>
const commands: Record<string, { help: string; load: () => Promise<Command> }> = {
  extract: { help: 'extract events from articles (JSON Lines, or --format acled-csv|geojson|plover|ucdp-csv)', load: async () => (await import('./extract.js')).extractCommand },
  geoparse: { help: 'list place-name mentions with their GeoNames resolution', load: async () => (await import('./geoparse.js')).geoparseCommand },
  show: { help: 'print the normalized article text that evidence offsets point into', load: async () => (await import('./show.js')).showCommand },
  ingest: { help: 'extract, merge and store articles (SQLite ./sitrep.db, or --db)', load: async () => (await import('./ingest.js')).ingestCommand },
  worker: { help: 'take article jobs from the PostgreSQL queue (ingest --enqueue) and store them', load: async () => (await import('./worker.js')).workerCommand },
  queue: { help: 'job counts of the PostgreSQL queue as JSON', load: async () => (await import('./queue.js')).queueCommand },
  serve: { help: 'serve the HTTP API and the dashboard', load: async () => (await import('./serve.js')).serveCommand },
  user: { help: 'add, list and revoke accounts and their bearer tokens', load: async () => (await import('./user.js')).userCommand },
  export: { help: 'export stored events in any output format', load: async () => (await import('./export.js')).exportCommand },
  control: { help: 'territorial-control timeline of a place', load: async () => (await import('./control.js')).controlCommand },
  gazetteer: { help: 'import GeoNames export files into the local place index, or list its sources (info)', load: async () => (await import('./gazetteer.js')).gazetteerCommand },
  eval: { help: 'score sitrep on the gold data in ../shared/eval', load: async () => (await import('./eval.js')).evalCommand },
}

export function usage(): string {
  const rows = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.help}`)
  return `usage: sitrep COMMAND [options] [INPUT...]\n\nCommands:\n${rows.join('\n')}\n\nRun "sitrep COMMAND --help" for a command's options.\n`
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') { io.out(usage()); return name ? 0 : 2 }
  if (name === '--version') { io.out('sitrep 0.1.0\n'); return 0 }
  const command = commands[name]
  if (!command) {
    const close = nearest(name, Object.keys(commands), 1)
    io.err(`sitrep: unknown command "${name}"${close.length ? `; did you mean "${close[0]}"?` : ''}\n${usage()}`)
    return 2
  }
  return (await command.load())(rest, io)
}
