/** @module api/merges: read a merge from the audit log and undo it. */
import type { FastifyPluginAsync } from 'fastify'
import type { ApiOptions } from './options.js'
import { sendFailure } from './errors.js'
import { ErrorBody, MergeIdParams, UndoBody } from './schemas.js'

const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody }

export const mergeRoutes: FastifyPluginAsync<ApiOptions> = async (app, { store }) => {
  app.get<{ Params: { id: number } }>('/api/merges/:id', {
    schema: { summary: 'One merge: the events, score, reasons, who and when, undone or not', params: MergeIdParams, response: errors },
  }, async (request, reply) => {
    const merge = await store.getMerge(request.params.id)
    if (!merge) return sendFailure(reply, { code: 'not-found', message: `no merge ${request.params.id}` })
    return { merge }
  })

  app.post<{ Params: { id: number }; Body: UndoBody }>('/api/merges/:id/undo', {
    schema: { summary: 'Undo a merge, restoring both events exactly as they were (409 if later changes must be undone first)', params: MergeIdParams, body: UndoBody, response: errors },
  }, async (request, reply) => {
    const undone = await store.unmerge(request.params.id, request.body.author, request.body.reason)
    if (!undone.ok) return sendFailure(reply, undone.error)
    return { merge: undone.value, events: [await store.getEvent(undone.value.survivor), await store.getEvent(undone.value.absorbed)] }
  })
}
