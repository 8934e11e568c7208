/** @module api/auth: bearer tokens → the request's user; each route names the least role it needs; writes go to the audit log. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Store } from '../store/index.js'
import type { Role, User } from '../store/users.js'
import { atLeast } from '../store/users.js'
import { sendFailure } from './errors.js'

declare module 'fastify' {
  interface FastifyContextConfig { role?: Role }
  interface FastifyRequest { user: User | null }
}

export interface AuthOptions {
  /** Reading (GET /api/...) needs a reader token too. */
  privateRead?: boolean
}

const BEARER = /^Bearer ([^\s]+)$/i

/** The user of the request's bearer token: null when none was sent, 'bad' when one was sent and is not valid. */
async function bearer(store: Store, request: FastifyRequest): Promise<User | null | 'bad'> {
  const header = request.headers.authorization
  if (header === undefined) return null
  const m = BEARER.exec(header)
  if (!m) return 'bad'
  return (await store.users.verify(m[1])) ?? 'bad'
}

function refuse(reply: FastifyReply, status: 401 | 403, message: string): FastifyReply {
  if (status === 401) reply.header('www-authenticate', 'Bearer realm="sitrep"')
  return sendFailure(reply, { code: status === 401 ? 'unauthorized' : 'forbidden', message })
}

/**
 * An onRequest hook, so a request without the right token is refused before its body is read.
 * Routes declare `config: { role }`; with `privateRead`, every other /api/ route needs a reader.
 */
export function installAuth(app: FastifyInstance, store: Store, options: AuthOptions = {}): void {
  app.decorateRequest('user', null)
  app.addHook('onRequest', async (request, reply) => {
    const declared = request.routeOptions.config?.role
    const needed: Role | undefined = declared ?? (options.privateRead && request.url.startsWith('/api/') && request.routeOptions.url !== undefined ? 'reader' : undefined)
    const user = await bearer(store, request)
    if (user === 'bad') {
      if (!needed) return
      return refuse(reply, 401, 'the bearer token is not valid (unknown, malformed or revoked)')
    }
    request.user = user
    if (!needed) return
    if (!user) return refuse(reply, 401, `this route needs "Authorization: Bearer TOKEN" of a ${needed} or above (sitrep user add NAME --role ${needed})`)
    if (!atLeast(user.role, needed)) return refuse(reply, 403, `user "${user.name}" is ${article(user.role)}; this route needs ${article(needed)} or above`)
  })
  // Every write that got past the door is logged with its user and outcome, whatever the outcome.
  // Written before the answer leaves (onSend), so whoever reads the log after a write finds it there.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'GET' || request.method === 'HEAD' || !request.routeOptions.config?.role) return payload
    const params = request.params as Record<string, unknown> | undefined
    const user = request.user
    if (!user && reply.statusCode !== 401) return payload
    await store.users.audit({
      actor: user?.name ?? 'anonymous', role: user?.role ?? null, action: `${request.method} ${request.routeOptions.url ?? request.url}`,
      target: params?.id === undefined ? null : String(params.id).slice(0, 200), status: reply.statusCode, detail: null,
    }).catch((error: unknown) => request.log.error({ err: error }, 'audit write failed'))
    return payload
  })
}

/** "a reader", "an editor", "an admin": the role with its article, as the 403 message reads. */
const article = (role: string): string => `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`
