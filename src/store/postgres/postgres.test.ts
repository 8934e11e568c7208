/**
 * PostgreSQL: the shared store suite, each case in its own schema, dropped afterwards.
 * URL from SITREP_TEST_PG (default postgres://postgres@127.0.0.1:5432/test). Unreachable:
 * fails when CI=true, skips with a message otherwise.
 */
import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import pg from 'pg'
import { storeCases } from '../cases.js'
import { PG_URL, reachable } from './test-server.js'
import { openStore } from '../index.js'

const url = PG_URL
const prefix = `sitrep_t${process.pid}_${Date.now().toString(36)}`

const problem = await reachable()
const ci = process.env.CI === 'true'
if (problem && !ci) console.log(`# PostgreSQL tests skipped: ${url} is unreachable (${problem}); set SITREP_TEST_PG to run them`)

test('postgres: the server is reachable (required when CI=true)', { skip: problem && !ci ? 'PostgreSQL unreachable' : false }, () => {
  assert.equal(problem, null, `PostgreSQL at ${url} is unreachable: ${problem}`)
})

const schemas: string[] = []
after(async () => {
  if (problem) return
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`)
  await client.end()
})

storeCases('postgres', () => {
  const schema = `${prefix}_${schemas.length}`
  schemas.push(schema)
  return openStore(url, { schema })
}, { skip: problem ? 'PostgreSQL unreachable' : false })
