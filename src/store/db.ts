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
  /**
   * Condition "the row's point lies in the box, edges included", with its parameters; `selective`
   * says another filter already narrows the rows a lot (then a spatial index may not pay).
   */
  inBox(box: readonly [number, number, number, number], selective?: boolean): { sql: string; params: Param[] }
  schemaVersion(): Promise<number>
  /** A number that changes whenever any connection commits a write, or null when the backend cannot tell cheaply. */
  generation(): number | null
  close(): Promise<void>
}
