/** @module api/test-backends: the two stores the API suites run against (PostgreSQL required when CI=true, else skipped when down). */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { PG_URL, reachable } from '../store/postgres/test-server.js'
import { openStore } from '../store/index.js'
import type { Store } from '../store/index.js'

export { PG_URL }

export interface Backend { name: 'sqlite' | 'postgres'; skip: string | false; open(): Promise<Store>; cleanup(): Promise<void> }

/** A fresh store per open(); cleanup() drops every file or schema made. */
export async function backends(tag: string): Promise<Backend[]> {
  const dir = mkdtempSync(join(tmpdir(), `sitrep-${tag}-`))
  let n = 0
  const problem = await reachable()
  const schemas: string[] = []
  const prefix = `sitrep_${tag}_${process.pid}_${Date.now().toString(36)}`
  return [
    { name: 'sqlite', skip: false, open: () => openStore(join(dir, `s${++n}.db`)), cleanup: async () => rmSync(dir, { recursive: true, force: true }) },
    {
      name: 'postgres',
      skip: problem && process.env.CI !== 'true' ? `PostgreSQL unreachable (${problem})` : false,
      open: () => { const s = `${prefix}_${schemas.length}`; schemas.push(s); return openStore(PG_URL, { schema: s }) },
      async cleanup() {
        if (problem) return
        const client = new pg.Client({ connectionString: PG_URL })
        await client.connect()
        for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`)
        await client.end()
      },
    },
  ]
}
