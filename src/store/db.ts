/** @module store/db: the few SQL operations the shared store logic needs; each backend provides them. */
import type { WriteOp } from './ops.js'

export type Param = string | number | null
export type Row = Record<string, unknown>

/** SQL is written once with `?` placeholders; the PostgreSQL backend numbers them. */
export interface Sql {
  all(sql: string, params?: readonly Param[]): Promise<Row[]>
  get(sql: string, params?: readonly Param[]): Promise<Row | undefined>
  run(sql: string, params?: readonly Param[]): Promise<void>
  /** In a scoped write transaction: the scope it holds (absent: the transaction excludes every other writer). */
  readonly scope?: WriteScope
  /**
   * In a scoped write transaction: wait for and hold, until commit, the lock named `key` (an article id,
   * a place). Callers take keys in a fixed order of kinds (article, then places sorted), so no two wait on each other.
   */
  lock?(key: string): Promise<void>
}

/**
 * The events a write transaction may change: only events of these countries (ISO codes, none empty).
 * Writers with disjoint scopes run at once; a writer without a scope excludes all others.
 */
export interface WriteScope { readonly countries: readonly string[] }

/** Thrown inside a scoped transaction that finds it must touch more than its scope: the backend rolls back and runs it unscoped. */
export class OutOfScope extends Error {
  constructor(why: string) { super(`write outside its scope: ${why}`) }
}

/** Throw OutOfScope when `tx` holds a scope that does not cover an event of country `iso`. */
export function needScope(tx: Sql, iso: unknown, what: string): void {
  if (tx.scope && !tx.scope.countries.includes(String(iso ?? ''))) throw new OutOfScope(`${what} (country "${String(iso ?? '')}")`)
}

export interface Db extends Sql {
  readonly kind: 'sqlite' | 'postgres'
  /**
   * Run `fn` in one write transaction that excludes every other writer (process or connection), or, given
   * a scope, every writer whose scope overlaps it (a backend may always exclude more: SQLite has one writer).
   */
  write<T>(fn: (tx: Sql) => Promise<T>, scope?: WriteScope): Promise<T>
  /**
   * Optional: run a store write operation whole in the backend's writer (SQLite: its write thread; PostgreSQL:
   * batched with other unscoped operations), with the guarantees of `write` (and its `scope`); absent, the
   * store runs the operation through `write`.
   */
  writeOp?(op: WriteOp, scope?: WriteScope): Promise<unknown>
  /**
   * Case-insensitive substring condition, index-backed where the backend can: `actors` over the
   * event's actors; `q` over actors, places, notes and publishers, or the text of a source article.
   * `few`: the counts say few events match it, and nothing else narrows (then its index should lead).
   */
  text(kind: 'actors' | 'q', value: string, few?: boolean): { sql: string; params: Param[] }
  /**
   * Condition "the row's point lies in the box, edges included", with its parameters; `selective`
   * says another filter already narrows the rows a lot (then a spatial index may not pay);
   * `few`: the counts say the box holds few events (then the spatial index pays, however big the box).
   */
  inBox(box: readonly [number, number, number, number], selective?: boolean, few?: boolean): { sql: string; params: Param[] }
  schemaVersion(): Promise<number>
  /**
   * A number that changes whenever any connection commits a write, or null when the backend cannot tell cheaply.
   * PostgreSQL: at once for this process's commits, when the notification arrives for other processes'.
   */
  generation(): number | null
  close(): Promise<void>
}
