/** @module api/merges: read a merge from the audit log and undo it (reviewer). */
import type { FastifyPluginAsync } from 'fastify'
import type { ApiOptions } from './options.js'
import { sendFailure } from './errors.js'
import { ConflictBody, ErrorBody, MergeIdParams, UndoBody } from './schemas.js'

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ConflictBody }

export const mergeRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get<{ Params: { id: number } }>('/api/merges/:id', {
    schema: { summary: 'One merge: the events, score, reasons, who and when, undone or not', params: MergeIdParams, response: errors },
  }, async (request, reply) => {
    const merge = await store.getMerge(request.params.id)
    if (!merge) return sendFailure(reply, { code: 'not-found', message: `no merge ${request.params.id}` })
    return { merge }
  })

  app.post<{ Params: { id: number }; Body: UndoBody }>('/api/merges/:id/undo', {
    config: { role: 'reviewer' },
    schema: { summary: 'Undo a merge (reviewer), restoring both events exactly as they were when nothing changed since', params: MergeIdParams, body: UndoBody, response: errors },
  }, async (request, reply) => {
    const undone = await store.unmerge(request.params.id, request.user!.name, request.body.reason)
    if (!undone.ok) {
      const merge = undone.error.code === 'conflict' ? await store.getMerge(request.params.id) : null
      return sendFailure(reply, undone.error, merge ? { current: merge } : {})
    }
    return { merge: undone.value, events: [await store.getEvent(undone.value.survivor), await store.getEvent(undone.value.absorbed)] }
  })
}
