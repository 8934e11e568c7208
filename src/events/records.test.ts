/** @module events/records tests: an event's id hashes its article's text (whitespace folded) and its key fields. */
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { test } from 'node:test'
import type { EventDraft } from '../doc.js'
import { eventId } from './records.js'

const draft = (sub: string, at: number): EventDraft => ({
  eventType: 'Violence against civilians', subEventType: sub, disorderType: 'Political violence', actor1: null, actor2: null,
  assoc1: [], assoc2: [], place: null, date: null, claims: [], otherClaims: [], status: 'reported', confidence: 0.8,
  trigger: [at, at + 6], sentence: 0, evidence: {}, notes: '',
})
// The id as written out in full: sha256 of the folded text, a NUL, then the key fields joined by '|'.
const expected = (text: string, d: EventDraft) => 'ev_' + createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).update('\u0000')
  .update([d.subEventType, '', '', '', '', d.trigger[0]].join('|')).digest('hex').slice(0, 16)

test('event ids: one per text and key, the same whichever articles were hashed in between', () => {
  const a = 'Gunmen attacked a farm near the river on Sunday,\n killing two herders.'
  const b = 'Armed men abducted five traders on the road to the market.'
  const ids = [eventId(a, draft('Attack', 0)), eventId(a, draft('Abduction/forced disappearance', 12)), eventId(b, draft('Attack', 0)), eventId(a, draft('Attack', 0))]
  assert.deepEqual(ids, [expected(a, draft('Attack', 0)), expected(a, draft('Abduction/forced disappearance', 12)), expected(b, draft('Attack', 0)), expected(a, draft('Attack', 0))])
  assert.equal(ids[0], ids[3])
  assert.notEqual(ids[0], ids[2])
  // Only whitespace differs: the same article, the same id.
  assert.equal(eventId(a.replace(/\s+/g, '  '), draft('Attack', 0)), ids[0])
})
