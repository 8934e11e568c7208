/** @module store/db: the few SQL operations the shared store logic needs; each backend provides them. */

export type Param = string | number | null
export type Row = Record<string, unknown>

/** SQL is written once with `?` placeholders; the PostgreSQL backend numbers them. */
export interface Sql {
  all(sql: string, params?: readonly Param[]): Promise<Row[]>
  get(sql: string, params?: readonly Param[]): Promise<Row | undefined>
  run(sql: string, params?: readonly Param[]): Promise<void>
}

export interface Db extends Sql {
  readonly kind: 'sqlite' | 'postgres'
  /** Run `fn` in one write transaction that excludes every other writer (process or connection). */
  write<T>(fn: (tx: Sql) => Promise<T>): Promise<T>
  /**
   * Case-insensitive substring condition, index-backed where the backend can: `actors` over the
   * event's actors; `q` over actors, places, notes and publishers, or the text of a source article.
   */
  text(kind: 'actors' | 'q', value: string): { sql: string; params: Param[] }
  /** Condition "the row's point lies in the box, edges included", index-backed, with its parameters. */
  inBox(box: readonly [number, number, number, number]): { sql: string; params: Param[] }
  schemaVersion(): Promise<number>
  close(): Promise<void>
}
