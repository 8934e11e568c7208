import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createDoc, type EventDraft } from '../doc.js'
import { dayNumber, WEEKDAY_NAMES, weekdayOf } from '../mentions/dates/calendar.js'
import { retype, typeOf } from './group.js'

// Tidy40: the shared helpers that replaced hand-written copies (retype triple, weekday names).
function draft(sub: string): EventDraft {
  return {
    ...typeOf(sub), actor1: null, actor2: null, assoc1: [], assoc2: [], place: null, date: null, claims: [], otherClaims: [],
    status: 'reported', confidence: 0, trigger: [0, 4], sentence: 0, evidence: { event_type: [0, 4], sub_event_type: [0, 4] }, notes: '',
  }
}

test('typeOf gives the sub-event type with its event and disorder types from the taxonomy', () => {
  assert.deepEqual(typeOf('Looting/property destruction'), { subEventType: 'Looting/property destruction', eventType: 'Strategic developments', disorderType: 'Strategic developments' })
  assert.deepEqual(typeOf('Violent demonstration'), { subEventType: 'Violent demonstration', eventType: 'Riots', disorderType: 'Demonstrations' })
})

test('retype sets the three types together, takes the evidence of the report that names the new type, and says why', () => {
  const doc = createDoc({ id: 't', title: null, section: null, byline: null, source: null, url: null, published: '2025-05-05', input: 't' }, 'Gunmen burned homes. Ten people were killed.')
  const d = draft('Looting/property destruction')
  const toll = { ...draft('Attack'), evidence: { event_type: [21, 44], sub_event_type: [21, 44] } } as EventDraft
  retype(d, 'Attack', { from: toll, why: { doc, rule: 'looting-that-killed', reason: 'killed people', span: [21, 44] } })
  assert.deepEqual([d.subEventType, d.eventType, d.disorderType], ['Attack', 'Violence against civilians', 'Political violence'])
  assert.deepEqual([d.evidence.event_type, d.evidence.sub_event_type], [[21, 44], [21, 44]])
  assert.deepEqual(doc.messages.map((m) => [m.stage, m.rule, m.reason]), [['events', 'looting-that-killed', 'killed people']])
  // Without `from` or `why`: the types only, the evidence and the log untouched.
  const e = draft('Armed clash')
  retype(e, 'Government regains territory')
  assert.deepEqual([e.subEventType, e.eventType, e.disorderType, e.evidence.event_type], ['Government regains territory', 'Battles', 'Political violence', [0, 4]])
})

test('WEEKDAY_NAMES is indexed as weekdayOf numbers the days', () => {
  assert.equal(WEEKDAY_NAMES[weekdayOf(dayNumber('2025-06-01')!)], 'sunday')
  assert.equal(WEEKDAY_NAMES[weekdayOf(dayNumber('2024-11-13')!)], 'wednesday')
  assert.equal(WEEKDAY_NAMES.length, 7)
})

test('queueDb: the queue and worker commands take a PostgreSQL URL from --db, else say they need one', async () => {
  const { queueDb } = await import('../cli/queue.js')
  const saved = process.env.SITREP_DB
  delete process.env.SITREP_DB
  try {
    const errs: string[] = []
    const io = { out: () => {}, err: (s: string) => { errs.push(s) } }
    assert.equal(queueDb({ values: { db: 'postgres://u@h/db' }, positionals: [] }, 'worker', 'usage: x', io), 'postgres://u@h/db')
    assert.equal(queueDb({ values: { db: 'events.sqlite' }, positionals: [] }, 'worker', 'usage: x', io), null)
    assert.equal(queueDb({ values: {}, positionals: [] }, 'queue', 'usage: y', io), null)
    assert.deepEqual(errs, ['sitrep worker: the job queue lives in PostgreSQL: give --db postgres://...\nusage: x\n', 'sitrep queue: the job queue lives in PostgreSQL: give --db postgres://...\nusage: y\n'])
  } finally {
    if (saved !== undefined) process.env.SITREP_DB = saved
  }
})
