/** Stop-30 audit of the bundled examples: the sides of an event built from several reports, and why a fatality figure was coded. */
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { test } from 'node:test'
import { extractCommand } from './cli/extract.js'
import { readInputs } from './ingest/read.js'
import { packageRoot } from './paths.js'
import { recordsOf } from './store/ingest.js'

test('the Palmyra example: the 2015 takeover by the Islamic State has no Syrian army beside it as an associate', async () => {
  const got: string[][] = []
  for await (const r of readInputs([join(packageRoot, 'examples', 'syria-palmyra-retaken.html')], {})) {
    assert.ok(r.ok)
    for (const e of await recordsOf(r.value)) got.push([e.sub_event_type, e.status, e.actor1 ?? '', e.assoc_actor_1, e.actor2 ?? ''])
  }
  assert.deepEqual(got, [
    ['Government regains territory', 'reported', 'Military Forces of Syria (2000-)', 'Military Forces of Russia (2000-); QDW: National Defense Forces', 'Islamic State (Syria)'],
    ['Non-state actor overtakes territory', 'background', 'Islamic State (Syria)', '', ''],
  ])
})

test('--explain says why the coded fatality figure won over the other figures given (Mali example: 11 over 20 and 23)', async () => {
  const err: string[] = []
  const code = await extractCommand(['--explain', join(packageRoot, 'examples', 'mali-roadside-bomb-convoy.html')], { out: () => undefined, err: (c) => err.push(c) })
  assert.equal(code, 0)
  const lines = err.join('').split('\n')
  const at = lines.findIndex((l) => l.startsWith('    Fatalities: coded 11 '))
  assert.deepEqual(lines.slice(at, at + 6), [
    '    Fatalities: coded 11 (range 11–23) from 3 claim(s):',
    '        20 (more-than) "More than 20", claimant local sources, dead: Malian soldiers',
    '      * coded 11 "11", no claimant named, dead: soldiers',
    '        23 "23", no claimant named, dead: soldiers',
    '      the coded 11 over 20, 23: the lowest credible figure for the same dead (ACLED), the others kept as claims',
    '      not deaths: 14 injured "14"',
  ])
})
