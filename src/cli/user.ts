/** @module cli/user: `sitrep user add NAME --role R | list | revoke NAME`: accounts and their bearer tokens. */
import { ROLES, isRole } from '../store/users.js'
import type { Flag } from './flags.js'
import { bool, str, startCommand } from './flags.js'
import { openForReading } from './common.js'
import { dbFlag, openOrSay } from './ingest.js'
import type { Io } from './io.js'

const flags: Flag[] = [
  dbFlag,
  { name: 'role', type: 'string', value: 'ROLE', help: `add: ${ROLES.join(' | ')} (reader reads; reviewer reviews, merges, undoes; editor also posts articles)` },
  { name: 'json', type: 'boolean', help: 'list: JSON instead of a table' },
]
const USAGE = `usage: sitrep user add NAME --role ${ROLES.join('|')} [--db PATH|URL]\n       sitrep user list [--json] [--db PATH|URL]\n       sitrep user revoke NAME [--db PATH|URL]`

export async function userCommand(args: string[], io: Io): Promise<number> {
  const started = startCommand({ name: 'user', usage: USAGE, summary: 'Manage accounts. `add` prints the new bearer token as the last line of stdout; only its hash is stored.', flags }, args, io)
  if (!started.ok) return started.code
  const p = started.value
  const [verb, name, ...extra] = p.positionals
  const bad = (why: string) => { io.err(`sitrep user: ${why}\n${USAGE}\n`); return 2 }
  if (verb !== 'add' && verb !== 'list' && verb !== 'revoke') return bad(verb ? `unknown action "${verb}"` : 'no action given')
  if (extra.length || (verb === 'list' ? name !== undefined : name === undefined)) return bad(`wrong arguments for "${verb}"`)
  const role = str(p, 'role')
  if (verb === 'add' && (!role || !isRole(role))) return bad(`--role must be one of ${ROLES.join(', ')}`)
  // Only `add` may create the store: list and revoke on a store that is not there say so and leave no file.
  const store = verb === 'add' ? await openOrSay(str(p, 'db'), io, 'user') : (await openForReading(str(p, 'db'), io, 'user', { sayEmpty: false }))?.store
  if (!store) return 1
  try {
    if (verb === 'list') {
      const users = await store.users.list()
      if (bool(p, 'json')) io.out(JSON.stringify(users) + '\n')
      else for (const u of users) io.out(`${u.name}\t${u.role}\t${u.created_at}\t${u.revoked_at ? `revoked ${u.revoked_at}` : 'active'}\n`)
      return 0
    }
    if (verb === 'add') {
      const made = await store.users.add(name, role as (typeof ROLES)[number])
      if (!made.ok) { io.err(`sitrep user: ${made.error.code}: ${made.error.message}\n`); return 1 }
      io.err(`sitrep user: added ${name} (${made.value.user.role}); the token below is shown once, keep it secret\n`)
      io.out(`${made.value.token}\n`)
      return 0
    }
    const revoked = await store.users.revoke(name)
    if (!revoked.ok) { io.err(`sitrep user: ${revoked.error.code}: ${revoked.error.message}\n`); return 1 }
    io.err(`sitrep user: revoked ${name}\n`)
    return 0
  } finally {
    await store.close()
  }
}
