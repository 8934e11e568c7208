/** @module api/errors: every failure, fastify's own included, as `{"error": {"code", "message"}}`; never a stack. */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import type { Code, Failure } from '../errors.js'
import { httpStatus } from '../errors.js'

export function sendFailure(reply: FastifyReply, f: Failure, extra: Record<string, unknown> = {}): FastifyReply {
  return reply.code(httpStatus[f.code]).type('application/json; charset=utf-8').send({ error: { code: f.code, message: f.message }, ...extra })
}

/** Errors raised before routing (a URL that does not decode, a malformed header), in the same format. */
export function frameworkErrors(error: FastifyError, _request: unknown, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400
  void sendFailure(reply, { code: BY_STATUS[status] ?? 'bad-query', message: error.code === 'FST_ERR_BAD_URL' ? 'the URL is not valid (bad percent-encoding)' : error.message.slice(0, 300) })
}

/** A request the HTTP parser could not read at all: answer in the error format, then close. */
export function clientError(error: Error & { code?: string }, socket: import('node:net').Socket): void {
  if (!socket.writable) { socket.destroy(); return }
  const [status, code, message] = error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'bad-query', 'the request headers are too large']
    : error.code === 'HPE_URI_TOO_LONG' ? [414, 'uri-too-long', 'the URL is too long'] : [400, 'bad-query', 'the request could not be parsed']
  const body = JSON.stringify({ error: { code, message } })
  socket.end(`HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : status === 414 ? 'URI Too Long' : 'Bad Request'}\r\n` +
    `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`)
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
  // "must be equal to one of the allowed values" names none of them: say which.
  const allowed = first.keyword === 'enum' && Array.isArray(first.params?.allowedValues) ? (first.params!.allowedValues as unknown[]) : null
  if (allowed) return `${field ? `"${field}"` : where} must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`
  return `${field ? `"${field}"` : where} ${first.message ?? 'is invalid'}`
}

/** fastify's own statuses → our codes; any other 4xx is a malformed request. */
const BY_STATUS: Partial<Record<number, Code>> = {
  401: 'unauthorized', 403: 'forbidden', 404: 'not-found', 405: 'method-not-allowed', 409: 'conflict', 413: 'input-too-large', 414: 'uri-too-long', 415: 'unsupported-media-type', 422: 'invalid-value',
}

function codeOf(error: FastifyError): Code {
  if (error.validation) return 'bad-query'
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return 'input-too-large'
  const status = error.statusCode ?? 500
  if (status >= 400 && status < 500) return BY_STATUS[status] ?? 'bad-query'
  return 'internal'
}

/** A short, safe message for fastify's own refusals (they may quote the request back). */
function frameworkMessage(error: FastifyError, code: Code): string {
  if (code === 'unsupported-media-type') return 'the request body must be JSON (content-type: application/json)'
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return 'the JSON body is empty'
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) return 'the body is not valid JSON'
  return error.message.slice(0, 300)
}

/** A route's path pattern as a test over request paths: ":id" is one segment; the static files' "*" is left out. */
function pathTest(url: string): RegExp | null {
  if (url.includes('*')) return null
  const parts = url.split('/').map((p) => (p.startsWith(':') ? '[^/]+' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
  return new RegExp(`^${parts.join("/")}$`)
}

/**
 * The methods each known path answers, from the routes as they are added, so that a known path asked with a method
 * it does not take answers 405 with an Allow header (DELETE /api/events/ID), and only an unknown path answers 404.
 */
function methodsByPath(app: FastifyInstance): (path: string) => string[] {
  const routes: { test: RegExp; methods: string[] }[] = [{ test: /^\/$/, methods: ['GET', 'HEAD'] }]
  app.addHook('onRoute', (route) => {
    const test = pathTest(route.url ?? route.path)
    if (!test) return
    const methods = [route.method].flat().map((m) => String(m).toUpperCase())
    const known = routes.find((r) => r.test.source === test.source)
    if (known) known.methods.push(...methods.filter((m) => !known.methods.includes(m)))
    else routes.push({ test, methods: [...methods] })
  })
  const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
  return (path) => [...new Set(routes.filter((r) => r.test.test(path)).flatMap((r) => r.methods))]
    .sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))
}

export function installErrorHandlers(app: FastifyInstance): void {
  const allowedOn = methodsByPath(app)
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = codeOf(error)
    if (code === 'internal') {
      request.log.error({ err: error }, 'request failed')
      return sendFailure(reply, { code, message: 'the server failed to answer this request' })
    }
    const message = error.validation ? validationMessage(error)
      : code === 'input-too-large' ? 'the request body is over the 1 MB limit'
      : frameworkMessage(error, code)
    return sendFailure(reply, { code, message })
  })
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]
    const allow = allowedOn(path)
    if (allow.length && !allow.includes(request.method)) {
      reply.header('allow', allow.join(', '))
      return sendFailure(reply, { code: 'method-not-allowed', message: `${request.method} is not allowed on ${path} (allowed: ${allow.join(', ')})` })
    }
    return sendFailure(reply, { code: 'not-found', message: `no route ${request.method} ${path}` })
  })
}
