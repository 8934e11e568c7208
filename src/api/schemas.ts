/** @module api/schemas: TypeBox schemas of every route's input and of the error body. */
import Type from 'typebox'
import { formats } from '../export/index.js'

const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' })
const Opt = Type.Optional

export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
}, { description: 'Every error: a code from src/errors.ts and one plain sentence.' })

/** A 409: the error and the record as it is now (an event, an article or a merge), to redo the change on. */
export const ConflictBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
  current: Type.Optional(Type.Unknown()),
  stored: Type.Optional(Type.Array(Type.Unknown(), { description: 'articles of the same request stored before the conflict' })),
}, { description: 'A conflict: the error and the current state.' })

/** The filters shared by /api/events and /api/export. */
const filters = {
  from: Opt(Day), to: Opt(Day),
  event_type: Opt(Type.String({ minLength: 1, maxLength: 100 })), sub_event_type: Opt(Type.String({ minLength: 1, maxLength: 100 })),
  country: Opt(Type.String({ minLength: 2, maxLength: 60, description: 'a country as people write it: name, ISO2 or ISO3 code, demonym, any case (Syria, SY, syr, Syrian); no match → 400 with "did you mean"' })),
  actor: Opt(Type.String({ minLength: 1, maxLength: 200 })),
  bbox: Opt(Type.String({ maxLength: 200, description: 'minLon,minLat,maxLon,maxLat (inclusive)' })),
  q: Opt(Type.String({ minLength: 1, maxLength: 200 })),
  status: Opt(Type.String({ minLength: 1, maxLength: 100, description: 'reported,claimed when absent; "all", or a comma list of reported, claimed, denied, planned, background' })),
}
export const EventsQuery = Type.Object({
  ...filters,
  limit: Opt(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  cursor: Opt(Type.String({ minLength: 1, maxLength: 200 })),
  fields: Opt(Type.String({ minLength: 1, maxLength: 1000, description: 'comma-separated record fields besides the summary ones, or "all"' })),
}, { additionalProperties: false })
export type EventsQuery = Type.Static<typeof EventsQuery>

export const ExportQuery = Type.Object({
  ...filters,
  format: Type.String({ enum: [...formats] }),
}, { additionalProperties: false })
export type ExportQuery = Type.Static<typeof ExportQuery>

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) })
export type IdParams = Type.Static<typeof IdParams>
export const MergeIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }) })

// `author` is accepted for old clients and ignored: the author is the token's user.
const Who = {
  author: Opt(Type.String({ maxLength: 200 })), reason: Type.String({ minLength: 1, maxLength: 2000 }),
  revision: Opt(Type.Integer({ minimum: 0, maximum: 2 ** 31, description: 'the revision seen (also If-Match: "r<N>"); stale → 409' })),
}
export const ReviewBody = Type.Object({
  action: Type.String({ enum: ['accept', 'edit', 'not-an-event', 'split'] }),
  field: Opt(Type.String({ minLength: 1, maxLength: 100 })),
  value: Opt(Type.Unknown()),
  articles: Opt(Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 1000 })),
  ...Who,
}, { additionalProperties: false })
export type ReviewBody = Type.Static<typeof ReviewBody>

export const MergeBody = Type.Object({ other: Type.String({ minLength: 1, maxLength: 200 }), ...Who }, { additionalProperties: false })
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
