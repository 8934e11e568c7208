import assert from 'node:assert/strict'
import { test } from 'node:test'
import { focus } from './focus.js'

const d = (date: string, events = 1) => ({ date, events })

test('one stray old event does not stretch the timeline', () => {
  const days = [d('1995-07-15'), ...Array.from({ length: 60 }, (_, i) => d(new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10)))]
  assert.deepEqual(focus(days), { from: '2024-01-01', to: '2024-02-29', before: 1, after: 0 })
})

test('a spread of dates is shown whole, and nothing to show is null', () => {
  assert.deepEqual(focus([d('2015-01-01', 40), d('2018-05-01', 30), d('2024-01-01', 50)]), { from: '2015-01-01', to: '2024-01-01', before: 0, after: 0 })
  // Two old events are 4 % of 50: more than the 2 % that may be left out.
  assert.deepEqual(focus([d('1995-01-01', 2), d('2024-01-01', 24), d('2024-02-01', 24)]), { from: '1995-01-01', to: '2024-02-01', before: 0, after: 0 })
  assert.equal(focus([]), null)
})
