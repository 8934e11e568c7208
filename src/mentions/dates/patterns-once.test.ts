/**
 * @module mentions/dates pattern tests: the date rules' regular expressions are made once, not per article. Built per
 * article, each cost a string of kilobytes, a compilation-cache lookup and, once a full collection had aged the
 * cache, a compile (≈ 5 % of an article's instructions, by callgrind). Counted through the global RegExp constructor,
 * which `new RegExp(...)` in the pipeline's code reads at each call (literals and matchAll's copies do not).
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { extract } from '../../pipeline.js'
import type { Input } from '../../pipeline.js'
import { toRecords } from '../../events/records.js'

const input = (text: string): Input => ({
  article: { id: 't', title: 'Raid on a market town', section: null, byline: null, source: null, url: null, published: '2025-06-18', input: 't' },
  text,
})

// Our own story: weekdays, a night, a month part, "two days later", "last week", "three weeks ago", a holiday, a campaign.
const STORY = 'Gunmen raided the market town of Gao on the night of Saturday to Sunday, killing five traders, residents said. ' +
  'Police said the attackers had also burned two shops in early June and returned two days later. ' +
  'Soldiers clashed with the same group last week near the river, and a three-week military campaign began three weeks ago. ' +
  'Protesters marched on Christmas Day in 2024 to demand more troops, and police fired tear gas at the crowd.'

/**
 * How many RegExp objects sitrep's own code makes with `new RegExp` while extracting `text` (after one warm-up
 * extraction). Not counted: tsx's stand-ins for `/\p{L}/u` literals (it writes them as `new RegExp(..., "u")`; the
 * build keeps them literals), nor chrono-node's own.
 */
function regexpsMade(text: string): number {
  toRecords(extract(input(text)))      // first use: every lazily made pattern is made here
  const Original = globalThis.RegExp
  let made = 0
  const count = (args: unknown[]): void => {
    if (String(args[1] ?? '').includes('u') || (new Error().stack ?? '').split('\n')[3]?.includes('node_modules')) return
    made++
  }
  const Counting = new Proxy(Original, {
    construct(target, args) { count(args); return Reflect.construct(target, args) },
    apply(target, self, args) { count(args); return Reflect.apply(target, self, args) },
  })
  globalThis.RegExp = Counting
  try {
    toRecords(extract(input(text)))
  } finally {
    globalThis.RegExp = Original
  }
  return made
}

test('a second extraction of an article with dates of every kind makes no new regular expression', () => {
  assert.equal(regexpsMade(STORY), 0)
})

test('the patterns made once read the story as before: the night of Saturday to Sunday, Christmas Day 2024', () => {
  const records = toRecords(extract(input(STORY))).map((r) => [r.sub_event_type, r.event_date, r.time_precision, r.fatalities])
  assert.deepEqual(records, [['Armed clash', '2025-06-14', 1, 5], ['Protest with intervention', '2024-12-25', 1, 0]])
})
