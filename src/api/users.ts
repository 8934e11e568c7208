/** @module api/users: who the token belongs to (the dashboard's sign-in) and the audit log (admin). */
import type { FastifyPluginAsync } from 'fastify'
import Type from 'typebox'
import type { ApiOptions } from './options.js'
import { ErrorBody } from './schemas.js'

const AuditQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })) }, { additionalProperties: false })
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody }

export const userRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get('/api/me', {
    config: { role: 'reader' },
    schema: { summary: "The bearer token's user and role (any role)", response: errors },
  }, async (request) => ({ user: { name: request.user!.name, role: request.user!.role } }))

  app.get<{ Querystring: { limit?: number } }>('/api/audit', {
    config: { role: 'admin' },
    schema: { summary: 'The append-only audit log, newest first (admin): who did what, to what, with which outcome', querystring: AuditQuery, response: errors },
  }, async (request) => ({ entries: await store.users.auditLog(request.query.limit ?? 100) }))
}
