/** @module schema/record: the event record of the contract, as TypeBox schema and type. */
import Type from 'typebox'

const Span = Type.Tuple([Type.Integer(), Type.Integer()])
const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()])

export const FatalityClaim = Type.Object({
  value: Nullable(Type.Integer()),
  qualifier: Type.String(),
  claimant: Nullable(Type.String()),
  group: Nullable(Type.String()),
  span: Span,
  article_id: Type.Optional(Type.String()),
  measure: Type.Optional(Type.String()),
})

export const SourceRef = Type.Object({
  article_id: Type.String(),
  source: Nullable(Type.String()),
  url: Nullable(Type.String()),
  published: Nullable(Type.String()),
})

export const EventRecord = Type.Object({
  id: Type.String(),
  article_id: Type.String(),
  event_date: Nullable(Type.String()),
  time_precision: Type.Integer(),
  disorder_type: Type.String(),
  event_type: Type.String(),
  sub_event_type: Type.String(),
  actor1: Nullable(Type.String()),
  assoc_actor_1: Type.String(),
  inter1: Type.Integer(),
  actor2: Nullable(Type.String()),
  assoc_actor_2: Type.String(),
  inter2: Type.Integer(),
  interaction: Type.Integer(),
  country: Type.String(),
  iso: Type.String(),
  admin1: Type.String(),
  admin2: Type.String(),
  location: Type.String(),
  latitude: Nullable(Type.Number()),
  longitude: Nullable(Type.Number()),
  geo_precision: Type.Integer(),
  geonameid: Nullable(Type.Integer()),
  fatalities: Type.Integer(),
  fatalities_low: Type.Integer(),
  fatalities_high: Type.Integer(),
  fatality_claims: Type.Array(FatalityClaim),
  other_claims: Type.Array(FatalityClaim),
  status: Type.String(),
  confidence: Type.Number(),
  evidence: Type.Record(Type.String(), Span),
  sources: Type.Array(SourceRef),
  notes: Type.String(),
  /** Whom a demonstration is directed at, in ACLED naming (null when its text names no one, absent on other events' older records). */
  protest_target: Type.Optional(Nullable(Type.String())),
})

/** One event record: ACLED core fields, flat, plus claims, status, evidence and sources. */
export type EventRecord = Type.Static<typeof EventRecord>
export type FatalityClaimRecord = Type.Static<typeof FatalityClaim>
export type SourceRef = Type.Static<typeof SourceRef>
