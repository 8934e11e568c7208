/** @module mentions/places/ranker.test: the weights file, the score formula, and the training split and fit on small written fixtures. */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { createDoc, type Article } from '../../doc.js'
import { text } from '../../text/index.js'
import { gazetteer } from './gazetteer.js'
import { placeKnowledge } from './knowledge.js'
import { F, FEATURES, HAND_WEIGHTS, rankerWeights, score, weightsFrom } from './ranker.js'
import { accuracy, fit, groupFolds, handVector, holdOut, top, type Sample } from './ranker-fit.js'
import { recognize } from './recognize.js'
import { resolveAll } from './resolve.js'

const vec = (set: Partial<Record<(typeof FEATURES)[number], number>>): number[] => FEATURES.map((f) => set[f] ?? 0)

test('the weights file sets the features it names; the others keep their hand weights', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'ranker-')), 'ranker.json')
  writeFileSync(file, JSON.stringify({ weights: { near: 4, foreign: -3.5 } }))
  const w = rankerWeights(file)
  assert.equal(w[F.near], 4)
  assert.equal(w[F.foreign], -3.5)
  assert.equal(w[F.population], 1)
  assert.equal(w[F.kind_country], 3.2)
  assert.throws(() => weightsFrom({ nearness: 1 }), /unknown feature "nearness"/)
  assert.throws(() => weightsFrom({ near: '1' }), /"near" must be a number/)
})

test('the installed weights file parses and names only known features', () => {
  assert.equal(rankerWeights().length, FEATURES.length)
})

test('a hand-made candidate scores weight × feature summed', () => {
  const w = weightsFrom({})
  // A provincial capital of 100,000 people after "X, Y" that fits, in an article half about its country.
  const x = vec({ population: Math.log10(100010) / 3.2, code_ppla: 1, container_fits: 1, country_share: 0.5 })
  assert.equal(score(w, x), Math.log10(100010) / 3.2 + 0.5 + 3 + 1)
  // An alternate name of a foreign village: 0.25 + (−0.9) + (−1.5).
  assert.equal(score(w, vec({ population: 0.25, alternate_weak: 1, foreign: 1 })), 0.25 - 0.9 - 1.5)
  assert.equal(top(handVector(), { group: 'x', source: 's', x: [vec({ kind_admin2: 1 }), vec({ kind_admin1: 1 }), vec({ population: 1.5 })], gold: [1] }), 1)
})

test('resolveAll scores each candidate as its features times the weights it is given', () => {
  const article: Article = { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 'test' }
  const doc = createDoc(article, 'Fighting was reported in Tripoli and near Benghazi, Libya, on Monday.')
  text()(doc)
  const gaz = gazetteer(), found = recognize(doc.tokens, doc.text, gaz, placeKnowledge())
  const hand = resolveAll(gaz, found, [])
  const tripoli = hand.find((r) => r.found.text === 'Tripoli')!
  assert.equal(gaz.g.cc[tripoli.ranked[0].entity], 'LY')
  for (const r of hand) for (const c of r.ranked) assert.equal(c.score, score(weightsFrom({}), c.x))
  // Population alone: the biggest town called Tripoli wins, whatever the article says.
  const popOnly = weightsFrom(Object.fromEntries(FEATURES.map((f) => [f, f === 'population' ? 1 : 0])))
  const bare = resolveAll(gaz, found, [], popOnly).find((r) => r.found.text === 'Tripoli')!
  const biggest = Math.max(...bare.ranked.filter((c) => gaz.g.kind[c.entity] === 'place').map((c) => gaz.g.pop[c.entity]))
  assert.equal(gaz.g.pop[bare.ranked[0].entity], biggest)
  for (const c of bare.ranked) assert.equal(c.score, c.x[F.population])
})

const sample = (group: string, gold: number, x: number[][]): Sample => ({ group, source: 'acled', x, gold: [gold] })

test('folds keep each country whole; a held-out country never reaches training', () => {
  const s = [sample('BJ', 0, []), sample('BJ', 0, []), sample('BJ', 0, []), sample('AF', 0, []), sample('AF', 0, []), sample('UA', 0, []), sample('MX', 0, [])]
  const folds = groupFolds(s, 2)
  assert.deepEqual(folds.map((f) => f.map((x) => x.group)), [['BJ', 'BJ', 'BJ', 'UA'], ['AF', 'AF', 'MX']])
  const { train, test: held } = holdOut(s, new Set(['AF']))
  assert.deepEqual(held.map((x) => x.group), ['AF', 'AF'])
  assert.equal(train.some((x) => x.group === 'AF'), false)
  assert.equal(train.length, 5)
})

test('fitting learns that nearness beats population where the data say so', () => {
  // The right candidate is the small town near the other places; the hand weights prefer the big namesake.
  const small = vec({ population: 1, near: 1 }), big = vec({ population: 2.5 })
  const s = Array.from({ length: 20 }, (_, i) => sample(i % 2 ? 'BJ' : 'AF', 0, [small, big]))
  assert.equal(accuracy(handVector(), s), 0)
  const w = fit(s, { l2: 0.001, iterations: 200 })
  assert.equal(accuracy(w, s), 1)
  assert.equal(w[F.near] - HAND_WEIGHTS.near > 0.5, true)
})

test('a name\'s repeats are no context for it: only other names give country and area shares', () => {
  const article: Article = { id: 't', title: null, section: null, byline: null, source: null, url: null, published: null, input: 'test' }
  const doc = createDoc(article, 'Crews worked in Alexandria on Monday. By Tuesday the roads in Alexandria had reopened, and schools in Alexandria opened late.')
  text()(doc)
  const gaz = gazetteer(), found = recognize(doc.tokens, doc.text, gaz, placeKnowledge())
  const resolved = resolveAll(gaz, found, [])
  assert.equal(resolved.length, 3)
  for (const r of resolved) for (const c of r.ranked) assert.deepEqual([c.x[F.country_share], c.x[F.admin_share]], [0, 0])
  // With another place named, its area does count ("Rapides Parish" holds one Alexandria).
  const doc2 = createDoc(article, 'Crews worked in Alexandria on Monday. Deputies in Rapides Parish closed roads in Alexandria.')
  text()(doc2)
  const two = resolveAll(gaz, recognize(doc2.tokens, doc2.text, gaz, placeKnowledge()), [])
  const alex = two.find((r) => r.found.text === 'Alexandria')!
  assert.equal(alex.ranked.some((c) => gaz.g.a1[c.entity] === 'Louisiana' && c.x[F.admin_share] > 0), true)
})
