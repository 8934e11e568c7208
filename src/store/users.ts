/** @module store/users: accounts with a role, bearer tokens kept as scrypt hashes, and the append-only audit log. */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'
import type { Result } from '../errors.js'
import { fail, ok } from '../errors.js'
import type { Db } from './db.js'
import { now, parse } from './rows.js'
import { hasControl } from './validate.js'

/** Roles in rising order: each may do what the ones before it may. */
export const ROLES = ['reader', 'reviewer', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]
export const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r)
export const atLeast = (role: Role, needed: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(needed)

export interface User { name: string; role: Role; created_at: string; revoked_at: string | null }
export interface AuditEntry { id: number; at: string; actor: string; role: string | null; action: string; target: string | null; status: number; detail: unknown }
export type AuditInput = Omit<AuditEntry, 'id' | 'at'>

export interface UserStore {
  /** Create a user; the token is returned once and only its hash is stored. */
  add(name: string, role: Role): Promise<Result<{ user: User; token: string }>>
  list(): Promise<User[]>
  revoke(name: string): Promise<Result<User>>
  /** How many users can still sign in (serve refuses a public address with none). */
  active(): Promise<number>
  /** The live user a bearer token belongs to, or null (unknown, malformed, revoked). */
  verify(token: string): Promise<User | null>
  audit(entry: AuditInput): Promise<void>
  auditLog(limit: number): Promise<AuditEntry[]>
}

const scryptAsync = promisify(scrypt) as (secret: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number }) => Promise<Buffer>
const PARAMS = { N: 16384, r: 8, p: 1 }
const TOKEN = /^sitrep_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/

async function hashSecret(secret: string, salt = randomBytes(16)): Promise<string> {
  const key = await scryptAsync(secret, salt, 32, PARAMS)
  return `scrypt$${PARAMS.N}$${PARAMS.r}$${PARAMS.p}$${salt.toString('base64')}$${key.toString('base64')}`
}

async function matches(secret: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$')
  if (kind !== 'scrypt') return false
  const want = Buffer.from(key, 'base64')
  const got = await scryptAsync(secret, Buffer.from(salt, 'base64'), want.length, { N: Number(n), r: Number(r), p: Number(p) })
  return got.length === want.length && timingSafeEqual(got, want)
}

const userOf = (row: Record<string, unknown>): User =>
  ({ name: String(row.name), role: String(row.role) as Role, created_at: String(row.created_at), revoked_at: row.revoked_at ? String(row.revoked_at) : null })

export function userStore(db: Db): UserStore {
  // scrypt is slow on purpose: a token checked once is remembered (by its hash) until its user row changes.
  const verified = new Map<string, string>()
  return {
    async add(name, role) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/.test(name) || hasControl(name)) {
        return fail('invalid-value', 'a user name is 1–64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit')
      }
      const tokenId = randomBytes(8).toString('hex')
      const secret = randomBytes(32).toString('base64url')
      const hash = await hashSecret(secret)
      const at = now()
      const made = await db.write(async (tx) => {
        const old = await tx.get('SELECT name FROM users WHERE name = ?', [name])
        if (old) return false
        await tx.run('INSERT INTO users (name, role, token_id, token_hash, created_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL)', [name, role, tokenId, hash, at])
        await tx.run('INSERT INTO audit (at, actor, role, action, target, status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [at, 'cli', 'admin', 'user-add', name, 200, JSON.stringify({ role })])
        return true
      })
      if (!made) return fail('conflict', `user "${name}" exists; revoke it first or pick another name`)
      return ok({ user: { name, role, created_at: at, revoked_at: null }, token: `sitrep_${tokenId}_${secret}` })
    },
    async list() {
      return (await db.all('SELECT name, role, created_at, revoked_at FROM users ORDER BY name')).map(userOf)
    },
    async revoke(name) {
      const at = now()
      const row = await db.write(async (tx) => {
        const r = await tx.get('SELECT name, role, created_at, revoked_at FROM users WHERE name = ?', [name])
        if (!r || r.revoked_at) return r ?? null
        await tx.run('UPDATE users SET revoked_at = ? WHERE name = ?', [at, name])
        await tx.run('INSERT INTO audit (at, actor, role, action, target, status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [at, 'cli', 'admin', 'user-revoke', name, 200, null])
        return { ...r, revoked_at: at, fresh: true }
      })
      if (!row) return fail('not-found', `no user "${name}"`)
      if (!row.fresh) return fail('conflict', `user "${name}" was revoked at ${String(row.revoked_at)}`)
      return ok(userOf(row))
    },
    async active() {
      return Number((await db.get('SELECT count(*) AS n FROM users WHERE revoked_at IS NULL'))?.n ?? 0)
    },
    async verify(token) {
      const m = TOKEN.exec(token)
      if (!m) return null
      const row = await db.get('SELECT name, role, token_hash, created_at, revoked_at FROM users WHERE token_id = ?', [m[1]])
      if (!row || row.revoked_at || !isRole(String(row.role))) return null
      const stored = String(row.token_hash)
      if (verified.get(token) !== stored) {
        if (!(await matches(m[2], stored))) return null
        if (verified.size > 1000) verified.clear()
        verified.set(token, stored)
      }
      return userOf(row)
    },
    async audit(e) {
      const statement = { sql: 'INSERT INTO audit (at, actor, role, action, target, status, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
        params: [now(), e.actor, e.role, e.action, e.target, e.status, e.detail === undefined || e.detail === null ? null : JSON.stringify(e.detail)] }
      // One append that touches no event: PostgreSQL commits it alone, without waiting for the writers' lock.
      if (db.kind === 'postgres') await db.run(statement.sql, statement.params)
      // One message to SQLite's write thread, not a transaction of messages.
      else if (db.writeOp) await db.writeOp({ kind: 'statements', statements: [statement] })
      else await db.write((tx) => tx.run(statement.sql, statement.params))
    },
    async auditLog(limit) {
      const rows = await db.all('SELECT * FROM audit ORDER BY id DESC LIMIT ?', [limit])
      return rows.map((r) => ({
        id: Number(r.id), at: String(r.at), actor: String(r.actor), role: r.role === null ? null : String(r.role), action: String(r.action),
        target: r.target === null ? null : String(r.target), status: Number(r.status), detail: r.detail === null ? null : parse(r.detail),
      }))
    },
  }
}
