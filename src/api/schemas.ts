/** @module api/schemas: TypeBox schemas of every route's input and of the error body. */
import Type from 'typebox'
import { formats } from '../export/index.js'

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' })
const Opt = Type.Optional

export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
}, { description: 'Every error: a code from src/errors.ts and one plain sentence.' })

/** The filters shared by /api/events and /api/export. */
const filters = {
  from: Opt(Day), to: Opt(Day),
  event_type: Opt(Type.String({ minLength: 1 })), sub_event_type: Opt(Type.String({ minLength: 1 })),
  country: Opt(Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' })),
  actor: Opt(Type.String({ minLength: 1 })),
  bbox: Opt(Type.String({ description: 'minLon,minLat,maxLon,maxLat (inclusive)' })),
  q: Opt(Type.String({ minLength: 1, maxLength: 200 })),
  status: Opt(Type.String({ enum: ['reported', 'claimed', 'denied', 'planned', 'background'] })),
}
export const EventsQuery = Type.Object({
  ...filters,
  limit: Opt(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  cursor: Opt(Type.String({ minLength: 1, maxLength: 200 })),
}, { additionalProperties: false })
export type EventsQuery = Type.Static<typeof EventsQuery>

export const ExportQuery = Type.Object({
  ...filters,
  format: Type.String({ enum: [...formats] }),
}, { additionalProperties: false })
export type ExportQuery = Type.Static<typeof ExportQuery>

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) })
export type IdParams = Type.Static<typeof IdParams>
export const MergeIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) })

const Who = { author: Type.String({ minLength: 1, maxLength: 200 }), reason: Type.String({ minLength: 1, maxLength: 2000 }) }
export const ReviewBody = Type.Object({
  action: Type.String({ enum: ['accept', 'edit', 'not-an-event', 'split'] }),
  field: Opt(Type.String({ minLength: 1 })),
  value: Opt(Type.Unknown()),
  articles: Opt(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
  ...Who,
}, { additionalProperties: false })
export type ReviewBody = Type.Static<typeof ReviewBody>

export const MergeBody = Type.Object({ other: Type.String({ minLength: 1 }), ...Who }, { additionalProperties: false })
export type MergeBody = Type.Static<typeof MergeBody>
export const UndoBody = Type.Object({ ...Who }, { additionalProperties: false })
export type UndoBody = Type.Static<typeof UndoBody>

export const ControlQuery = Type.Object({
  location: Type.String({ minLength: 1, maxLength: 200 }),
  at: Opt(Day),
}, { additionalProperties: false })
export type ControlQuery = Type.Static<typeof ControlQuery>

/** POST /api/articles: one article or a list; each item is checked by ingest's own schema (checkArticle). */
export const ArticlesBody = Type.Union([Type.Object({}), Type.Array(Type.Object({}), { minItems: 1, maxItems: 1000 })])
