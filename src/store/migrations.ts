/** @module store/migrations: the tables both backends share, as versioned steps; dialect bits filled in. */
import { LIVE } from './rows.js'

export interface Dialect {
  serial: string      // an auto-increment integer primary key
  real: string        // a double
  json: string        // JSON as text
  cell: string        // the 1° grid cell of an event's point (query.ts, CELL): an integer expression, NULL without a point
}

/** Version n of the schema is every step up to n. Never edit a released step: add one. */
export function steps(d: Dialect): string[][] {
  return [[
    `CREATE TABLE articles (
      id TEXT PRIMARY KEY, hash TEXT NOT NULL, title TEXT, source TEXT, url TEXT, published TEXT,
      text TEXT NOT NULL, revision INTEGER NOT NULL, stored_at TEXT NOT NULL)`,
    `CREATE INDEX articles_hash ON articles (hash)`,
    `CREATE TABLE article_revisions (
      article_id TEXT NOT NULL, revision INTEGER NOT NULL, hash TEXT NOT NULL, title TEXT, text TEXT NOT NULL,
      stored_at TEXT NOT NULL, PRIMARY KEY (article_id, revision))`,
    `CREATE TABLE events (
      id TEXT PRIMARY KEY, record ${d.json} NOT NULL, sort_date TEXT NOT NULL, event_date TEXT,
      event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, iso TEXT NOT NULL, location TEXT NOT NULL,
      latitude ${d.real}, longitude ${d.real}, status TEXT NOT NULL, confidence ${d.real} NOT NULL,
      actors TEXT NOT NULL, search TEXT NOT NULL, fatalities INTEGER NOT NULL,
      absorbed_into TEXT, review TEXT NOT NULL, overrides ${d.json} NOT NULL, revision INTEGER NOT NULL,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
    // Lists and counts of live events read only these partial indexes (newest first within each).
    `CREATE INDEX events_list ON events (sort_date, id) WHERE ${LIVE}`,
    `CREATE INDEX events_type ON events (event_type, sort_date, id) WHERE ${LIVE}`,
    `CREATE INDEX events_sub ON events (sub_event_type, sort_date, id) WHERE ${LIVE}`,
    `CREATE INDEX events_iso ON events (iso, sort_date, id) WHERE ${LIVE}`,
    `CREATE INDEX events_status ON events (status, sort_date, id) WHERE ${LIVE}`,
    `CREATE INDEX events_date ON events (event_date) WHERE ${LIVE}`,
    `CREATE INDEX events_lat ON events (latitude)`,
    `CREATE INDEX events_lon ON events (longitude)`,
    `CREATE INDEX events_location ON events (lower(location))`,
    // Only absorbed events are looked up by their survivor; a full index would lure the planner into `IS NULL` scans.
    `CREATE INDEX events_absorbed ON events (absorbed_into) WHERE absorbed_into IS NOT NULL`,
    `CREATE TABLE event_sources (
      article_id TEXT NOT NULL, record_id TEXT NOT NULL, article_revision INTEGER NOT NULL,
      event_id TEXT NOT NULL, active INTEGER NOT NULL, record ${d.json} NOT NULL, stored_at TEXT NOT NULL,
      PRIMARY KEY (article_id, record_id, article_revision))`,
    `CREATE INDEX event_sources_event ON event_sources (event_id)`,
    `CREATE TABLE claims (
      id ${d.serial}, event_id TEXT NOT NULL, article_id TEXT NOT NULL, record_id TEXT NOT NULL,
      value INTEGER, qualifier TEXT NOT NULL, claimant TEXT, grp TEXT, measure TEXT,
      span_start INTEGER NOT NULL, span_end INTEGER NOT NULL)`,
    `CREATE INDEX claims_source ON claims (article_id, record_id)`,
    `CREATE TABLE merges (
      id ${d.serial}, survivor TEXT NOT NULL, absorbed TEXT NOT NULL, score ${d.real}, reasons ${d.json} NOT NULL,
      auto INTEGER NOT NULL, by_whom TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL,
      snapshot ${d.json} NOT NULL, undone_at TEXT, undone_by TEXT, undo_reason TEXT)`,
    `CREATE INDEX merges_survivor ON merges (survivor)`,
    `CREATE INDEX merges_absorbed ON merges (absorbed)`,
    `CREATE TABLE reviews (
      id ${d.serial}, event_id TEXT NOT NULL, kind TEXT NOT NULL, action TEXT, field TEXT,
      before_value ${d.json}, after_value ${d.json}, author TEXT NOT NULL, reason TEXT NOT NULL, other TEXT, merge_id INTEGER, at TEXT NOT NULL)`,
    `CREATE INDEX reviews_event ON reviews (event_id)`,
    `CREATE TABLE control_periods (
      location TEXT NOT NULL, seq INTEGER NOT NULL, holder TEXT NOT NULL, from_date TEXT NOT NULL, to_date TEXT,
      event_ids ${d.json} NOT NULL, conflict INTEGER NOT NULL, PRIMARY KEY (location, seq))`,
  ], [
    // Accounts: a token is `sitrep_<token_id>_<secret>`; only an scrypt hash of the secret is kept.
    `CREATE TABLE users (
      name TEXT PRIMARY KEY, role TEXT NOT NULL, token_id TEXT NOT NULL UNIQUE, token_hash TEXT NOT NULL,
      created_at TEXT NOT NULL, revoked_at TEXT)`,
    // Who did what, append-only (each backend adds the triggers that refuse updates and deletes).
    `CREATE TABLE audit (
      id ${d.serial}, at TEXT NOT NULL, actor TEXT NOT NULL, role TEXT, action TEXT NOT NULL, target TEXT,
      status INTEGER NOT NULL, detail ${d.json})`,
    // Bumped in the same transaction as any write that can change what a filter counts: counts are cached against it.
    `CREATE TABLE count_clock (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)`,
    `INSERT INTO count_clock (id, n) VALUES (1, 0)`,
    // The fields of a list page (a map client's summary), so a page need not parse whole records.
    `ALTER TABLE events ADD COLUMN summary ${d.json}`,
  ], [
    // A list filtered only by a box or an actor that many events match walks these newest first and
    // tests the filter on the index entry itself: the table row is read for the hundred shown only.
    `CREATE INDEX events_list_geo ON events (sort_date, id, longitude, latitude) WHERE ${LIVE}`,
    `CREATE INDEX events_list_actors ON events (sort_date, id, actors) WHERE ${LIVE}`,
  ], [
    // The write clock: moved by every write of events; list pages are cached against it.
    `INSERT INTO count_clock (id, n) VALUES (2, 0)`,
    // The text clock: moved instead of clock 1 when a write changed only the searched text (notes, actors):
    // then only counts of `q` and `actor` filters are stale.
    `INSERT INTO count_clock (id, n) VALUES (3, 0)`,
  ], [
    // Which events each write touched, in order: a cached list page stays valid until a write touches one
    // of its events or moves the count clock (a write elsewhere in a 100k-event store leaves it as it was).
    `CREATE TABLE write_log (seq ${d.serial}, event_id TEXT NOT NULL)`,
  ], [
    // A list filtered by a box alone reads the box's 1° cells from here, testing the box and status on the entry
    // (query.ts, grid): each cell newest first, merged, or the cells whole when the box holds few events.
    `CREATE INDEX events_cell ON events (${d.cell}, sort_date, id, longitude, latitude, status) WHERE ${LIVE}`,
  ]]
}
