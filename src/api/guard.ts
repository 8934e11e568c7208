/** @module api/guard: what is refused before any route runs: long URLs, foreign Host headers, big bodies, control characters. */
import type { FastifyInstance } from 'fastify'
import { hasControl } from '../store/validate.js'
import { sendFailure } from './errors.js'

export interface GuardOptions {
  bodyLimit: number
  /** Host names (no port) the server answers to; a browser page on another name (DNS rebinding) gets 403. */
  allowedHosts: readonly string[]
}

export const MAX_URL = 8192
const DRAIN_MS = 10_000
export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '::1', '[::1]']

/** `example.org:8080` → `example.org`, `[::1]:80` → `[::1]`. */
export function hostName(host: string): string {
  const h = host.trim().toLowerCase()
  if (h.startsWith('[')) return h.slice(0, h.indexOf(']') + 1)
  const colon = h.lastIndexOf(':')
  return colon >= 0 && h.indexOf(':') === colon ? h.slice(0, colon) : h
}

function controlIn(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return hasControl(value)
  if (depth > 4 || value === null || typeof value !== 'object') return false
  return Object.entries(value).some(([k, v]) => hasControl(k) || controlIn(v, depth + 1))
}

export function installGuard(app: FastifyInstance, options: GuardOptions): void {
  const allowed = new Set(options.allowedHosts.map((h) => h.toLowerCase()))
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.length > MAX_URL) return sendFailure(reply, { code: 'uri-too-long', message: `the URL is over ${MAX_URL} characters` })
    const host = request.headers.host
    if (!host || !allowed.has(hostName(host))) {
      return sendFailure(reply, { code: 'forbidden', message: `this server does not answer to host "${(host ?? '').slice(0, 100)}" (sitrep serve --allow-host NAME)` })
    }
    const length = Number(request.headers['content-length'] ?? 0)
    if (length > options.bodyLimit) {
      // Answer at once without parsing the body. Closing now would make a client that is still sending get
      // EPIPE/ECONNRESET instead of this answer, so the rest is discarded as it arrives, for at most DRAIN_MS.
      const socket = request.raw.socket
      const timer = setTimeout(() => socket.destroy(), DRAIN_MS)
      timer.unref()
      request.raw.once('end', () => clearTimeout(timer))
      request.raw.resume()
      return sendFailure(reply, { code: 'input-too-large', message: 'the request body is over the 1 MB limit' })
    }
  })
  // NUL and other control characters in a path or query value: a malformed request on either backend.
  app.addHook('preValidation', async (request, reply) => {
    if (controlIn(request.params) || controlIn(request.query)) {
      return sendFailure(reply, { code: 'bad-query', message: 'control characters (such as NUL) are not allowed in the path or query' })
    }
  })
  // Ajv coerces "1e400" to Infinity and counts it an integer inside any maximum: refuse it after validation.
  app.addHook('preHandler', async (request, reply) => {
    for (const where of [request.params, request.query] as unknown[]) {
      if (!where || typeof where !== 'object') continue
      for (const [k, v] of Object.entries(where)) {
        if (typeof v === 'number' && !Number.isFinite(v)) return sendFailure(reply, { code: 'bad-query', message: `"${k}" must be a finite number` })
      }
    }
  })
}
