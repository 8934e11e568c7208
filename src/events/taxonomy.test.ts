/** @module events/taxonomy tests: one definition of types, sub-types, families and precedence. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { controlSubTypes, rankOf, subType, taxonomy } from './taxonomy.js'

test('25 sub-types in six event types, each derived once', () => {
  const t = taxonomy()
  assert.equal(t.subtypes.length, 25)
  assert.deepEqual(t.eventTypes, ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments'])
  assert.deepEqual(subType('Excessive force against protesters'), {
    sub: 'Excessive force against protesters', eventType: 'Protests', disorder: 'Political violence; Demonstrations',
    family: 'protest', kind: 'protest', rank: 3, control: false, verb: 'used excessive force against',
  })
  assert.deepEqual([subType('Mob violence').disorder, subType('Violent demonstration').disorder], ['Political violence', 'Demonstrations'])
  assert.throws(() => subType('Skirmish'), /unknown sub-event type "Skirmish"/)
})

test('precedence: territory over the fighting, weapons over the attack, strategic last', () => {
  assert.ok(rankOf('Government regains territory') < rankOf('Armed clash'))
  assert.ok(rankOf('Suicide bomb') < rankOf('Attack'))
  assert.ok(rankOf('Protest with intervention') < rankOf('Peaceful protest'))
  assert.equal(rankOf('Other'), 24)
  assert.equal(rankOf('nonsense'), Number.MAX_SAFE_INTEGER)
  assert.deepEqual(controlSubTypes(), ['Government regains territory', 'Non-state actor overtakes territory',
    'Non-violent transfer of territory', 'Headquarters or base established'])
})
