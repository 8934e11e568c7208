/** @module eval/match: does an output record satisfy a coder's expectation (`match` specs of articles-dev.json)? */
import { km } from '../mentions/places/resolve.js'

/** A spec as the gold file writes it: a scalar, an operator object, or an object of field names. */
export type Spec = unknown
/** Field → spec; a dotted field reaches inside objects (`evidence.location`). */
export type Match = Record<string, Spec>

const OPERATORS = new Set(['near', 'oneOf', 'contains', 'regex', 'not', 'claimValues', 'after', 'before', 'min', 'max', 'hasKeys', 'exists'])
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isEmpty = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '')

/** The value at a dotted path, or undefined. */
export function at(record: unknown, path: string): unknown {
  let v: unknown = record
  for (const key of path.split('.')) {
    if (!isObject(v) || !Object.prototype.hasOwnProperty.call(v, key)) return undefined
    v = v[key]
  }
  return v
}

/** Scalar equality: strings trimmed and case-insensitive, numbers numerically, null = missing or empty. */
export function equal(actual: unknown, expected: unknown): boolean {
  if (expected === null) return isEmpty(actual)
  if (typeof expected === 'number') return actual !== null && actual !== '' && Number(actual) === expected
  if (typeof expected === 'string') return typeof actual === 'string' && actual.trim().toLowerCase() === expected.trim().toLowerCase()
  if (typeof expected === 'boolean') return actual === expected
  return false
}

function contains(actual: unknown, needle: string): boolean {
  const n = needle.toLowerCase()
  if (typeof actual === 'string') return actual.toLowerCase().includes(n)
  if (typeof actual === 'number') return String(actual).includes(n)
  if (Array.isArray(actual)) return actual.some((x) => contains(x, needle)) || JSON.stringify(actual).toLowerCase().includes(n)
  if (isObject(actual)) return JSON.stringify(actual).toLowerCase().includes(n)
  return false
}

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v)

/** One operator of an operator object; `undefined` for a malformed operand (never met). */
function operator(op: string, arg: unknown, actual: unknown, record: unknown): boolean {
  switch (op) {
    case 'near': {
      if (!Array.isArray(arg) || arg.length !== 3 || !arg.every((x) => typeof x === 'number')) return false
      const lat = at(record, 'latitude'), lon = at(record, 'longitude')
      if (typeof lat !== 'number' || typeof lon !== 'number') return false
      return km(lat, lon, arg[0] as number, arg[1] as number) <= (arg[2] as number)
    }
    case 'oneOf': return Array.isArray(arg) && arg.some((x) => matches(actual, x, record))
    case 'contains': return typeof arg === 'string' && contains(actual, arg)
    case 'regex': {
      if (typeof arg !== 'string') return false
      let re: RegExp
      try { re = new RegExp(arg, 'i') } catch { return false }
      return typeof actual === 'string' || typeof actual === 'number' ? re.test(String(actual)) : false
    }
    case 'not': return isValidSpec(arg) && !matches(actual, arg, record)
    case 'claimValues': {
      if (!Array.isArray(arg)) return false
      const claims = at(record, 'fatality_claims')
      const values = Array.isArray(claims) ? claims.map((c) => (isObject(c) ? c.value : undefined)) : []
      return arg.every((x) => typeof x === 'number' && values.some((v) => typeof v === 'number' && v === x))
    }
    case 'after': return typeof arg === 'string' && isDay(actual) && actual.slice(0, 10) > arg
    case 'before': return typeof arg === 'string' && isDay(actual) && actual.slice(0, 10) < arg
    case 'min': return typeof arg === 'number' && typeof actual === 'number' && actual >= arg
    case 'max': return typeof arg === 'number' && typeof actual === 'number' && actual <= arg
    case 'hasKeys': return Array.isArray(arg) && isObject(actual) && arg.every((k) => typeof k === 'string' && !isEmpty(actual[k]))
    case 'exists': return typeof arg === 'boolean' && (arg ? !isEmpty(actual) : isEmpty(actual))
    default: return false
  }
}

/** A spec we can read: scalars, arrays of specs, operator objects, or objects of field names. */
function isValidSpec(spec: unknown): boolean {
  if (spec === null || ['string', 'number', 'boolean'].includes(typeof spec)) return true
  if (!isObject(spec)) return false
  const keys = Object.keys(spec)
  if (!keys.length) return false
  return keys.every((k) => OPERATORS.has(k)) || keys.every((k) => !OPERATORS.has(k))
}

/**
 * Does `actual` (the value of the field) satisfy `spec`? `record` is the whole record, for
 * operators that read other fields (`near`, `claimValues`). An unknown operator, or a mix of
 * operators and field names, never matches.
 */
export function matches(actual: unknown, spec: Spec, record: unknown): boolean {
  if (!isObject(spec)) return equal(actual, spec)
  if (!isValidSpec(spec)) return false
  const keys = Object.keys(spec)
  if (keys.every((k) => OPERATORS.has(k))) return keys.every((k) => operator(k, spec[k], actual, record))
  // An object of field names: a nested match; for an array field, some element matches.
  const nested = (item: unknown): boolean => keys.every((k) => {
    const s = spec[k]
    return typeof s === 'string' ? contains(at(item, k), s) : matches(at(item, k), s, item)
  })
  return Array.isArray(actual) ? actual.some(nested) : isObject(actual) && nested(actual)
}

/** Does the record satisfy every field of `match`? */
export function recordMatches(record: unknown, match: Match): boolean {
  if (!isObject(match) || !Object.keys(match).length) return false
  return Object.entries(match).every(([field, spec]) => matches(at(record, field), spec, record))
}
