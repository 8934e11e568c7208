/** @module store/validate: the domain of an event's editable fields, checked the same way at the API and in the store. */
import { EVENT_TYPES } from '../events/knowledge.js'
import { countries } from '../mentions/countries.js'
import { implausibleDay, isCalendarDate } from './calendar.js'

export { isCalendarDate }

/** The highest fatality count a record may carry (also what the store clamps extracted figures to). */
export const MAX_FATALITIES = 1_000_000
export const STATUSES = ['reported', 'claimed', 'denied', 'planned', 'background'] as const

/** C0 controls and DEL except tab, line feed and carriage return; NUL among them (PostgreSQL refuses it in text). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/
export const hasControl = (s: string): boolean => CONTROL.test(s)

type Check = (v: unknown) => string | null

const text = (max: number, nullable = false): Check => (v) => {
  if (nullable && v === null) return null
  if (typeof v !== 'string') return nullable ? 'a string or null' : 'a string'
  if (v.length > max) return `a string of at most ${max} characters`
  if (hasControl(v)) return 'text without control characters'
  return null
}
const int = (min: number, max: number, nullable = false): Check => (v) =>
  (nullable && v === null) || (Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max) ? null
    : `a whole number from ${min} to ${max}${nullable ? ' or null' : ''}`
const num = (min: number, max: number): Check => (v) =>
  v === null || (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) ? null : `a number from ${min} to ${max} or null`
const oneOf = (values: readonly string[], what: string): Check => (v) =>
  typeof v === 'string' && values.includes(v) ? null : `one of the ${what}`

const SUBS = Object.keys(EVENT_TYPES)
const TYPES = [...new Set(Object.values(EVENT_TYPES).map((t) => t.eventType))]
const DISORDERS = [...new Set(Object.values(EVENT_TYPES).map((t) => t.disorder))]

/** Fields a reviewer may edit and the domain of each. An own-property table: `toString` or `__proto__` are not fields. */
export const EDITABLE: Readonly<Record<string, Check>> = Object.freeze(Object.assign(Object.create(null) as Record<string, Check>, {
  event_date: (v: unknown) => {
    if (v === null) return null
    if (typeof v !== 'string' || !isCalendarDate(v)) return 'a real calendar date YYYY-MM-DD or null'
    const far = implausibleDay(v)
    return far ? `a day from 1900-01-01 to tomorrow or null: ${far}` : null
  },
  time_precision: int(1, 3), geo_precision: int(1, 3),
  disorder_type: oneOf(DISORDERS, 'ACLED disorder types'), event_type: oneOf(TYPES, 'ACLED event types'),
  sub_event_type: oneOf(SUBS, 'ACLED sub-event types'),
  actor1: text(300, true), actor2: text(300, true), assoc_actor_1: text(1000), assoc_actor_2: text(1000),
  inter1: int(0, 8), inter2: int(0, 8), interaction: int(0, 88),
  country: text(200), admin1: text(200), admin2: text(200), location: text(300),
  iso: (v: unknown) => typeof v === 'string' && /^[A-Z]{2}$/.test(v) && countries().has(v) ? null : 'an ISO 3166-1 alpha-2 code in capitals (e.g. SY)',
  latitude: num(-90, 90), longitude: num(-180, 180),
  geonameid: int(1, 2 ** 31 - 1, true), fatalities: int(0, MAX_FATALITIES),
  status: oneOf(STATUSES, `statuses (${STATUSES.join(', ')})`), notes: text(5000),
}))

export const isEditable = (field: string): boolean => Object.prototype.hasOwnProperty.call(EDITABLE, field)

/** null when `value` may go into `field`, else one sentence saying what the field takes. */
export function checkEdit(field: string, value: unknown): string | null {
  if (!isEditable(field)) return `"${field.slice(0, 60)}" cannot be edited; editable fields: ${Object.keys(EDITABLE).join(', ')}`
  const bad = EDITABLE[field](value)
  return bad ? `"${field}" takes ${bad}` : null
}

/** Editing a sub-event type sets its type and disorder too (one home per fact: the taxonomy). */
export function derivedEdits(field: string, value: unknown): Record<string, unknown> {
  if (field !== 'sub_event_type' || typeof value !== 'string') return { [field]: value }
  const t = EVENT_TYPES[value]
  return { sub_event_type: value, event_type: t.eventType, disorder_type: t.disorder }
}

/** The type a sub-event type belongs to (for refusing an event_type edit that contradicts it). */
export const typeOfSub = (sub: string): string | null => (Object.prototype.hasOwnProperty.call(EVENT_TYPES, sub) ? EVENT_TYPES[sub].eventType : null)
