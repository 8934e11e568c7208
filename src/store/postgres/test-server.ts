/** @module store/postgres/test-server: the PostgreSQL server the test suites use, and whether it answers. */
import pg from 'pg'

/** SITREP_TEST_PG, else the local server CI starts. */
export const PG_URL = process.env.SITREP_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test'

/** null when the server answers a query, else why not. */
export async function reachable(url: string = PG_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
    return null
  } catch (error) {
    return (error as Error).message
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Drops the schemas a test file made (its `after` hook). */
export async function dropSchemas(schemas: readonly string[], url: string = PG_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`)
  } finally {
    await client.end()
  }
}
