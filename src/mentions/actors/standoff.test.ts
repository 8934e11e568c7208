import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rows } from './fixtures/rows.js'

// Sentences written for these tests: fire no side is named doing, told only by heavy weapons, is standoff fire (rule standoff-fire).
const run = (text: string, published = '2020-05-06') => rows(text, published)

test('bursts of heavy machine-gun fire with no side named: one side\'s shelling, the side across the front', () => {
  assert.deepEqual(run('On 5 May 2020, international monitors recorded 40 bursts of fire from heavy machine guns near Novoazovsk.'),
    [['Shelling/artillery/missile attack', 'Military Forces of Ukraine (2019-)', null, 10]])
})

test('twin: small arms in the same count put the sides close enough to fight: a clash', () => {
  assert.deepEqual(run('On 5 May 2020, international monitors recorded 40 shots and bursts of fire from small arms and heavy machine guns near Novoazovsk.'),
    [['Armed clash', 'Military Forces of Ukraine (2019-)', 'NAF: United Armed Forces of Novorossiya', 12]])
})

test('twin: a named side firing heavy machine guns at the other keeps the clash', () => {
  assert.deepEqual(run('On 5 May 2020, rebels fired heavy machine guns at army positions near Kadugli (South Kordofan).').map((r) => r[0]),
    ['Armed clash'])
})
