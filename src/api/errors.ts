/** @module api/errors: every failure, fastify's own included, as `{"error": {"code", "message"}}`; never a stack. */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import type { Code, Failure } from '../errors.js'
import { httpStatus } from '../errors.js'

export function sendFailure(reply: FastifyReply, f: Failure): FastifyReply {
  return reply.code(httpStatus[f.code]).type('application/json; charset=utf-8').send({ error: { code: f.code, message: f.message } })
}

interface AjvError { instancePath?: string; keyword?: string; message?: string; params?: Record<string, unknown> }

/** One sentence naming the parameter, from fastify's validation error. */
function validationMessage(error: FastifyError): string {
  const first = (error.validation?.[0] ?? {}) as AjvError
  const where = error.validationContext ?? 'request'
  if (first.keyword === 'additionalProperties') {
    const name = String(first.params?.additionalProperty ?? '')
    return where === 'querystring' ? `unknown query parameter "${name}"` : `unknown field "${name}" in the ${where}`
  }
  const field = (first.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.')
  if (first.keyword === 'required') return `missing ${where === 'querystring' ? 'query parameter' : 'field'} "${String(first.params?.missingProperty ?? '')}"`
  return `${field ? `"${field}"` : where} ${first.message ?? 'is invalid'}`
}

function codeOf(error: FastifyError): Code {
  if (error.validation) return 'bad-query'
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'input-too-large'
  const status = error.statusCode ?? 500
  if (status === 404) return 'not-found'
  if (status === 413) return 'input-too-large'
  if (status >= 400 && status < 500) return 'bad-query'
  return 'internal'
}

export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = codeOf(error)
    if (code === 'internal') {
      request.log.error({ err: error }, 'request failed')
      return sendFailure(reply, { code, message: 'the server failed to answer this request' })
    }
    const message = error.validation ? validationMessage(error)
      : code === 'input-too-large' ? 'the request body is over the 1 MB limit'
      : error.message
    return sendFailure(reply, { code, message })
  })
  app.setNotFoundHandler((request, reply) =>
    sendFailure(reply, { code: 'not-found', message: `no route ${request.method} ${request.url.split('?')[0]}` }))
}
