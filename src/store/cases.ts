/** @module store/cases: the one repository suite both backends run (sqlite.test.ts, postgres.test.ts). */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { art, claim, rec } from './fixtures.js'
import { steps } from './migrations.js'
import type { Store, StoredEvent } from './types.js'

type Open = () => Promise<Store>
type Case = (store: Store) => Promise<void>

/** The event without its history, whose timestamps differ run to run. */
const bare = (e: StoredEvent | null) => {
  if (!e) return null
  const { history: _h, ...rest } = e
  return rest
}
const get = async (s: Store, id: string) => {
  const e = await s.getEvent(id)
  assert.ok(e, `event ${id} exists`)
  return e
}
const list = async (s: Store, filter = {}, limit = 100) => {
  const page = await s.listEvents(filter, { limit })
  assert.ok(page.ok)
  return page.value
}

const strikeA = rec({ id: 'ev_a', article_id: 'a', fatality_claims: [claim(5)] })
const strikeB = rec({ id: 'ev_b', article_id: 'b', fatality_claims: [claim(7)], confidence: 0.9 })
const farAway = rec({ id: 'ev_c', article_id: 'c', location: 'Aleppo', geonameid: 170063, latitude: 36.2, longitude: 37.16 })

export const cases: Record<string, Case> = {
  async 'a re-ingested article changes nothing'(s) {
    const first = await s.putArticle(art('a', 'Text A.'), [strikeA])
    assert.deepEqual(first, { id: 'a', status: 'new', event_ids: ['ev_a'], merges: [] })
    const before = bare(await get(s, 'ev_a'))
    const again = await s.putArticle(art('a', 'Text  A. '), [strikeA])
    assert.deepEqual(again, { id: 'a', status: 'unchanged', event_ids: ['ev_a'], merges: [] })
    assert.deepEqual(bare(await get(s, 'ev_a')), before)
    assert.equal((await list(s)).total, 1)
    assert.equal(await s.articleState('a', 'Text A.'), 'same')
    assert.equal(await s.articleState('a', 'Other.'), 'changed')
    assert.equal(await s.articleState('zz', 'Other.'), 'absent')
  },

  async 'the same id with a new text is a revision; old events stay in history'(s) {
    await s.putArticle(art('a', 'Text A.'), [strikeA])
    const out = await s.putArticle(art('a', 'Text A, corrected.'), [{ ...strikeA, id: 'ev_a2', fatality_claims: [claim(6)] }])
    assert.deepEqual(out, { id: 'a', status: 'revised', event_ids: ['ev_a2'], merges: [] })
    const old = await get(s, 'ev_a')
    assert.equal(old.review, 'retired')
    assert.deepEqual(old.history.map((h) => [h.kind, h.other]), [['article-revision', 'a']])
    assert.equal((await get(s, 'ev_a2')).fatalities, 6)
    assert.deepEqual((await list(s)).events.map((e) => e.id), ['ev_a2'])
    const stored = await s.getArticle('a')
    assert.equal(stored?.article.revision, 2)
    assert.equal(stored?.article.text, 'Text A, corrected.')
    assert.deepEqual(stored?.events.map((e) => e.id), ['ev_a2'])
  },

  async 'another id with the same text adds a source to the shared event'(s) {
    await s.putArticle(art('a', 'Same wire text.'), [strikeA])
    const out = await s.putArticle(art('a-copy', 'Same wire text.'), [{ ...strikeA, article_id: 'a-copy' }])
    assert.deepEqual(out, { id: 'a-copy', status: 'second-report', event_ids: ['ev_a'], merges: [] })
    const e = await get(s, 'ev_a')
    assert.deepEqual(e.sources.map((x) => x.article_id), ['a', 'a-copy'])
    assert.deepEqual(e.fatality_claims.map((c) => [c.value, c.article_id]), [[5, 'a'], [5, 'a-copy']])
    assert.deepEqual(e.history.map((h) => [h.kind, h.other]), [['source', 'a-copy']])
    assert.equal((await list(s)).total, 1)
  },

  async 'reports of one event from two outlets merge; the absorbed id redirects'(s) {
    await s.putArticle(art('a', 'Text A.'), [strikeA])
    const out = await s.putArticle(art('b', 'Text B.'), [strikeB])
    assert.equal(out.event_ids[0], 'ev_a')
    assert.equal(out.merges.length, 1)
    const e = await get(s, 'ev_b')
    assert.equal(e.id, 'ev_a')
    assert.deepEqual([e.fatalities, e.fatalities_low, e.fatalities_high], [5, 5, 7])
    assert.deepEqual(e.sources.map((x) => x.article_id), ['a', 'b'])
    assert.equal(e.article_id, 'b', 'fields not decided by agreement come from the most confident report')
    const merge = e.history.find((h) => h.kind === 'merge')
    assert.equal(merge?.auto, true)
    assert.equal(merge?.score, 1)
    assert.equal((await list(s)).total, 1)
  },

  async 'a protest target is stored and kept through a merge with a more confident report that names none'(s) {
    // The more confident second report names no target: the merged event keeps the first report's.
    await s.putArticle(art('a', 'Text A.'), [rec({ ...strikeA, protest_target: 'Government of Syria (2000-)' })])
    await s.putArticle(art('b', 'Text B.'), [rec({ ...strikeB, protest_target: null })])
    const e = await get(s, 'ev_a')
    assert.deepEqual([e.sources.length, e.protest_target], [2, 'Government of Syria (2000-)'])
  },

  async 'near misses stay apart: far places, other actors, one article'(s) {
    await s.putArticle(art('a', 'Text A.'), [strikeA])
    await s.putArticle(art('c', 'Text C.'), [farAway])
    await s.putArticle(art('d', 'Text D.'), [rec({ id: 'ev_d', article_id: 'd', actor1: 'Military Forces of Russia (2000-)', actor2: 'Islamic State (Syria)' })])
    await s.putArticle(art('e', 'Text E.'), [rec({ id: 'ev_e1', article_id: 'e', location: 'Homs', geonameid: 169577, latitude: 34.73, longitude: 36.72 }),
      rec({ id: 'ev_e2', article_id: 'e', location: 'Homs', geonameid: 169577, latitude: 34.73, longitude: 36.72 })])
    assert.deepEqual((await list(s)).events.map((e) => e.id).sort(), ['ev_a', 'ev_c', 'ev_d', 'ev_e1', 'ev_e2'])
  },

  async 'quotes, backslashes, question marks and placeholders in values are stored exactly'(s) {
    // PostgreSQL sends a write's statements with literals in them (postgres/index.ts, bufferedSql): nothing may be re-read as SQL.
    const odd = `It's "odd" ? $1 :x \\ E'\\n' -- ü ?? ; /* no */`
    await s.putArticle(art('q', odd), [rec({ id: 'ev_q', article_id: 'q', notes: odd })])
    const edited = await s.review('ev_q', { action: 'edit', field: 'notes', value: `${odd} (checked?)`, author: "o'brien", reason: "why?'; DROP TABLE events; --" })
    assert.ok(edited.ok)
    assert.equal(edited.value.notes, `${odd} (checked?)`)
    assert.equal((await s.getArticle('q'))?.article.text, odd)
    const h = edited.value.history.find((x) => x.action === 'edit')
    assert.deepEqual([h?.author, h?.reason, h?.before, h?.after], ["o'brien", "why?'; DROP TABLE events; --", odd, `${odd} (checked?)`])
    assert.equal((await list(s)).total, 1)
  },

  async 'merge then unmerge restores both events exactly'(s) {
    await s.putArticle(art('a', 'Text A.'), [strikeA])
    await s.putArticle(art('c', 'Text C.'), [{ ...farAway, fatality_claims: [claim(2)] }])
    const before = [bare(await get(s, 'ev_a')), bare(await get(s, 'ev_c')), await s.getArticle('c'), await list(s)]
    const m = await s.merge('ev_c', 'ev_a', 'ana', 'same strike, misplaced')
    assert.ok(m.ok)
    assert.deepEqual([m.value.survivor, m.value.absorbed, m.value.auto, m.value.by], ['ev_a', 'ev_c', false, 'ana'])
    const merged = await get(s, 'ev_c')
    assert.deepEqual([merged.id, merged.fatalities_low, merged.fatalities_high], ['ev_a', 2, 5])
    const un = await s.unmerge(m.value.id, 'ben', 'different towns')
    assert.ok(un.ok)
    assert.deepEqual([bare(await get(s, 'ev_a')), bare(await get(s, 'ev_c')), await s.getArticle('c'), await list(s)], before)
    assert.deepEqual((await get(s, 'ev_c')).history.map((h) => [h.kind, h.author]), [['merge', 'ana'], ['unmerge', 'ben']])
    const twice = await s.unmerge(m.value.id, 'ben', 'again')
    assert.deepEqual(twice, { ok: false, error: { code: 'conflict', message: `merge ${m.value.id} is already undone` } })
  },

  async 'an unmerge after later changes gives the sources back and keeps the later ones'(s) {
    await s.putArticle(art('a', 'Text A.'), [strikeA])
    await s.putArticle(art('c', 'Text C.'), [farAway])
    const aloneC = bare(await get(s, 'ev_c'))
    const m = await s.merge('ev_a', 'ev_c', 'ana', 'same')
    assert.ok(m.ok)
    await s.putArticle(art('b', 'Text B.'), [strikeB])
    await s.review('ev_a', { action: 'edit', field: 'notes', value: 'Checked by phone.', author: 'ana', reason: 'call' })
    const un = await s.unmerge(m.value.id, 'ben', 'no')
    assert.ok(un.ok)
    const a = await get(s, 'ev_a')
    assert.deepEqual([a.sources.map((x) => x.article_id), a.notes, a.fatalities_high], [['a', 'b'], 'Checked by phone.', 7])
    const c = bare(await get(s, 'ev_c'))
    assert.deepEqual({ ...c, revision: 0 }, { ...aloneC, revision: 0 })
    assert.deepEqual(await s.merge('ev_a', 'nope', 'ana', 'x'), { ok: false, error: { code: 'not-found', message: 'no event "nope"' } })
  },

  async 'reviews: accept, edit with a reason, not-an-event, split'(s) {
    await s.putArticle(art('a', 'Text A.'), [strikeA])
    await s.putArticle(art('b', 'Text B.'), [strikeB])
    const accepted = await s.review('ev_a', { action: 'accept', author: 'ana', reason: 'checked' })
    assert.ok(accepted.ok)
    assert.equal(accepted.value.review, 'accepted')
    const edited = await s.review('ev_b', { action: 'edit', field: 'fatalities', value: 9, author: 'ana', reason: 'hospital figure' })
    assert.ok(edited.ok)
    assert.deepEqual([edited.value.id, edited.value.fatalities], ['ev_a', 9])
    const entry = edited.value.history.find((h) => h.action === 'edit')
    assert.deepEqual([entry?.field, entry?.before, entry?.after, entry?.author, entry?.reason], ['fatalities', 5, 9, 'ana', 'hospital figure'])
    const bad = await s.review('ev_a', { action: 'edit', field: 'fatalities', value: 'many', author: 'ana', reason: 'x' })
    assert.deepEqual(bad, { ok: false, error: { code: 'invalid-value', message: '"fatalities" takes a whole number from 0 to 1000000' } })
    const split = await s.review('ev_a', { action: 'split', articles: ['b'], author: 'ben', reason: 'two strikes' })
    assert.ok(split.ok)
    assert.deepEqual(split.value.sources.map((x) => x.article_id), ['a'])
    const apart = await get(s, 'ev_b')
    assert.deepEqual([apart.id, apart.sources.map((x) => x.article_id), apart.fatalities], ['ev_b', ['b'], 7])
    const gone = await s.review('ev_b', { action: 'not-an-event', author: 'ben', reason: 'a drill' })
    assert.ok(gone.ok)
    assert.deepEqual((await list(s)).events.map((e) => e.id), ['ev_a'])
    assert.equal((await s.review('nope', { action: 'accept', author: 'a', reason: 'b' })).ok, false)
  },

  async 'filters, total and cursor pagination'(s) {
    const many = [
      rec({ id: 'ev_1', article_id: 'p1', event_date: '2016-01-01', latitude: 10, longitude: 20, iso: 'SY' }),
      rec({ id: 'ev_2', article_id: 'p2', event_date: '2016-02-01', latitude: 11, longitude: 21, iso: 'IQ', country: 'Iraq', status: 'claimed' }),
      rec({ id: 'ev_3', article_id: 'p3', event_date: '2016-03-01', latitude: 12, longitude: 22, event_type: 'Battles', sub_event_type: 'Armed clash', actor2: 'Islamic State (Syria)' }),
      rec({ id: 'ev_4', article_id: 'p4', event_date: null, latitude: null, longitude: null }),
    ]
    for (const r of many) await s.putArticle(art(r.article_id, `Report ${r.id} about Qaryatayn.`), [r])
    const ids = async (f: object) => (await list(s, f)).events.map((e) => e.id)
    assert.deepEqual(await ids({}), ['ev_3', 'ev_2', 'ev_1', 'ev_4'])
    assert.deepEqual(await ids({ from: '2016-02-01', to: '2016-03-01' }), ['ev_3', 'ev_2'])
    assert.deepEqual(await ids({ country: 'iq' }), ['ev_2'])
    assert.deepEqual(await ids({ event_type: 'Battles' }), ['ev_3'])
    assert.deepEqual(await ids({ sub_event_type: 'Air/drone strike', status: 'claimed' }), ['ev_2'])
    assert.deepEqual(await ids({ actor: 'islamic STATE' }), ['ev_3'])
    assert.deepEqual(await ids({ bbox: [20, 10, 21, 11] }), ['ev_2', 'ev_1'])
    assert.deepEqual(await ids({ q: 'EV_2 ABOUT' }), ['ev_2'])
    assert.deepEqual(await ids({ q: 'outlet p3' }), ['ev_3'])
    assert.deepEqual([await ids({ q: '%' }), await ids({ actor: '_' }), await ids({ q: 'a"b' })], [[], [], []], 'wildcards and quotes are plain characters')
    const p1 = await s.listEvents({}, { limit: 3 })
    assert.ok(p1.ok && p1.value.next)
    assert.deepEqual([p1.value.events.length, p1.value.total], [3, 4])
    const p2 = await s.listEvents({}, { limit: 3, cursor: p1.value.next })
    assert.ok(p2.ok)
    assert.deepEqual([p2.value.events.map((e) => e.id), p2.value.next, p2.value.total], [['ev_4'], null, 4])
    const bad = await s.listEvents({}, { limit: 3, cursor: 'xyz' })
    assert.equal(!bad.ok && bad.error.code, 'bad-query')
    const all: string[] = []
    for await (const e of s.scanEvents({ to: '2016-02-01' })) all.push(e.id)
    assert.deepEqual(all, ['ev_2', 'ev_1'])
    await s.putArticle(art('p5', 'Report ev_5.'), [rec({ id: 'ev_5', article_id: 'p5', event_date: '2016-04-01', iso: 'IQ', country: 'Iraq' })])
    assert.equal((await list(s)).total, 5, 'a count is never older than the last write')
    assert.equal((await list(s, { q: 'zebra' })).total, 0)
    assert.ok((await s.review('ev_1', { action: 'edit', field: 'notes', value: 'A zebra crossing was hit.', author: 'ana', reason: 'r' })).ok)
    assert.deepEqual([(await list(s, { q: 'zebra' })).total, (await list(s)).total], [1, 5], 'a text edit moves the counts of text filters only')
  },

  async 'territorial control timeline from territory events'(s) {
    const t = (id: string, date: string, sub: string, actor1: string) =>
      rec({ id, article_id: `art-${id}`, event_date: date, sub_event_type: sub, actor1, actor2: null,
        event_type: sub.includes('territory') && !sub.startsWith('Non-violent') ? 'Battles' : 'Strategic developments',
        disorder_type: sub.includes('territory') && !sub.startsWith('Non-violent') ? 'Political violence' : 'Strategic developments',
        location: 'Qaryatayn', geonameid: 170000, latitude: 34.23, longitude: 37.24 })
    const isis = 'Islamic State (Syria)'
    const army = 'Military Forces of Syria (2000-)'
    const fixtures = [
      t('ev_t1', '2015-08-06', 'Non-state actor overtakes territory', isis),
      t('ev_t2', '2015-09-01', 'Headquarters or base established', isis),
      t('ev_t3', '2016-04-03', 'Government regains territory', army),
      t('ev_t4', '2016-04-03', 'Non-state actor overtakes territory', isis),
    ]
    // Different actors on one day never merge: they stay two events and the day is flagged.
    for (const r of fixtures) await s.putArticle(art(r.article_id, `Text ${r.id}.`, { published: r.event_date }), [r])
    assert.deepEqual(await s.control('qaryatayn'), [
      { holder: isis, from: '2015-08-06', to: '2016-04-03', event_ids: ['ev_t1', 'ev_t2'], conflict: false, contested_by: [] },
      { holder: army, from: '2016-04-03', to: null, event_ids: ['ev_t3', 'ev_t4'], conflict: true, contested_by: [isis] },
    ])
    assert.deepEqual((await s.control('Qaryatayn', '2016-01-01')).map((p) => p.holder), [isis])
    assert.deepEqual(await s.control('Qaryatayn', '2015-01-01'), [])
    await s.review('ev_t4', { action: 'not-an-event', author: 'ana', reason: 'rumour' })
    assert.deepEqual((await s.control('Qaryatayn', '2016-05-01')).map((p) => [p.holder, p.conflict]), [[army, false]])
  },

  async 'a stale revision is a conflict; domain checks refuse impossible values'(s) {
    await s.putArticle(art('a', 'Text A.'), [strikeA])
    const r = (await get(s, 'ev_a')).revision
    const edit = (field: string, value: unknown, revision?: number) =>
      s.review('ev_a', { action: 'edit', field, value, author: 'ana', reason: 'r', ...(revision !== undefined ? { revision } : {}) })
    const first = await edit('fatalities', 3, r)
    assert.ok(first.ok)
    assert.equal(first.value.revision, r + 1)
    assert.deepEqual(await edit('fatalities', 4, r), { ok: false, error: { code: 'conflict', message: `event "ev_a" is at revision ${r + 1}, not ${r}: someone changed it since` } })
    const refused = async (field: string, value: unknown) => { const x = await edit(field, value); return x.ok ? 'accepted' : x.error.message }
    assert.deepEqual([
      await refused('fatalities', -5), await refused('fatalities', 2 ** 63), await refused('latitude', 1000), await refused('event_date', '2020-13-45'),
      await refused('event_date', '2015-02-29'), await refused('status', 'totally-made-up'), await refused('time_precision', 99),
      await refused('iso', '<script>'), await refused('__proto__', 1), await refused('constructor', 'x'), await refused('toString', 'x'),
      await refused('notes', 'a\u0000b'), await refused('sub_event_type', 'Picnic'), await refused('event_type', 'Battles'),
    ], [
      '"fatalities" takes a whole number from 0 to 1000000', '"fatalities" takes a whole number from 0 to 1000000', '"latitude" takes a number from -90 to 90 or null',
      '"event_date" takes a real calendar date YYYY-MM-DD or null', '"event_date" takes a real calendar date YYYY-MM-DD or null',
      '"status" takes one of the statuses (reported, claimed, denied, planned, background)', '"time_precision" takes a whole number from 1 to 3',
      '"iso" takes an ISO 3166-1 alpha-2 code in capitals (e.g. SY)',
      ...['__proto__', 'constructor', 'toString'].map((f) => `"${f}" cannot be edited; editable fields: event_date, time_precision, geo_precision, disorder_type, event_type, sub_event_type, actor1, actor2, assoc_actor_1, assoc_actor_2, inter1, inter2, interaction, country, admin1, admin2, location, iso, latitude, longitude, geonameid, fatalities, status, notes`),
      '"notes" takes text without control characters', '"sub_event_type" takes one of the ACLED sub-event types',
      '"Air/drone strike" is a sub-event type of Explosions/Remote violence: edit sub_event_type, which sets the type with it',
    ])
    const moved = await edit('sub_event_type', 'Armed clash')
    assert.ok(moved.ok)
    assert.deepEqual([moved.value.sub_event_type, moved.value.event_type, moved.value.disorder_type], ['Armed clash', 'Battles', 'Political violence'])
    const best = await edit('fatalities', 9)
    assert.ok(best.ok)
    assert.deepEqual([best.value.fatalities_low, best.value.fatalities, best.value.fatalities_high], [5, 9, 9], 'low ≤ best ≤ high after an edit')
    const m = await s.merge('ev_a', 'ev_a', 'ana', 'x', 1)
    assert.equal(!m.ok && m.error.code, 'conflict')
  },

  async 'an article text is revised only from its current revision; users and the audit log'(s) {
    await s.putArticle(art('a', 'Text A.'), [strikeA])
    const stale = await s.putArticle(art('a', 'Text A, corrected.'), [], 7)
    assert.deepEqual(stale, { id: 'a', status: 'unchanged', event_ids: ['ev_a'], merges: [], conflict: 1 })
    assert.equal((await s.putArticle(art('a', 'Text A, corrected.'), [], 1)).status, 'revised')
    const made = await s.users.add('ana', 'reviewer')
    assert.ok(made.ok)
    assert.match(made.value.token, /^sitrep_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/)
    assert.deepEqual((await s.users.add('ana', 'admin')).ok, false)
    assert.deepEqual((await s.users.verify(made.value.token))?.name, 'ana')
    assert.equal(await s.users.verify(made.value.token.slice(0, -1) + (made.value.token.endsWith('A') ? 'B' : 'A')), null)
    assert.equal(await s.users.active(), 1)
    assert.ok((await s.users.revoke('ana')).ok)
    assert.equal(await s.users.verify(made.value.token), null, 'a revoked token is refused at once')
    assert.deepEqual((await s.users.list()).map((u) => [u.name, u.role, u.revoked_at !== null]), [['ana', 'reviewer', true]])
    await s.users.audit({ actor: 'ana', role: 'reviewer', action: 'POST /api/events/:id/review', target: 'ev_a', status: 200, detail: null })
    assert.deepEqual((await s.users.auditLog(10)).map((e) => [e.actor, e.action, e.target, e.status]), [
      ['ana', 'POST /api/events/:id/review', 'ev_a', 200], ['cli', 'user-revoke', 'ana', 200], ['cli', 'user-add', 'ana', 200],
    ])
  },

  async 'health counts articles and live events'(s) {
    await s.putArticle(art('a', 'Text A.'), [strikeA])
    await s.putArticle(art('b', 'Text B.'), [strikeB])
    assert.deepEqual(await s.health(), { ok: true, backend: s.kind, articles: 2, events: 1, schema: steps({ serial: '', real: '', json: '', cell: '' }).length })
  },
  async 'a cached page outlives writes to other events, not a write to one of its own or a new event'(s) {
    const day = (n: number) => `2016-03-${String(10 + n).padStart(2, '0')}`
    for (let n = 1; n <= 4; n++) await s.putArticle(art(`p${n}`, `Report ${n}.`), [rec({ id: `ev_${n}`, article_id: `p${n}`, event_date: day(n), location: `Town ${n}`, geonameid: 900 + n })])
    const first = await s.listEvents({}, { limit: 2 })
    assert.ok(first.ok)
    assert.deepEqual(first.value.events.map((e) => e.id), ['ev_4', 'ev_3'])
    // An accept and an edit of events not on the page: the same page, not read again.
    await s.review('ev_1', { action: 'accept', author: 'ana', reason: 'checked' })
    await s.review('ev_2', { action: 'edit', field: 'notes', value: 'Checked.', author: 'ana', reason: 'call' })
    const again = await s.listEvents({}, { limit: 2 })
    assert.ok(again.ok)
    assert.equal(again.value, first.value)
    // An accept of an event on it: read again, with the new revision.
    await s.review('ev_3', { action: 'accept', author: 'ana', reason: 'checked' })
    const fresh = await s.listEvents({}, { limit: 2 })
    assert.ok(fresh.ok)
    assert.notEqual(fresh.value, first.value)
    assert.deepEqual(fresh.value.events.map((e) => [e.id, (e as { revision?: number }).revision]), [['ev_4', 1], ['ev_3', 2]])
    // A new event moves the count clock: a new total, and a newer event on top.
    await s.putArticle(art('p5', 'Report 5.'), [rec({ id: 'ev_5', article_id: 'p5', event_date: day(5), location: 'Town 5', geonameid: 905 })])
    const grown = await s.listEvents({}, { limit: 2 })
    assert.ok(grown.ok)
    assert.deepEqual([grown.value.events.map((e) => e.id), grown.value.total], [['ev_5', 'ev_4'], 5])
  },
}

/** Register every case as a test against a fresh store from `open`. */
export function storeCases(name: string, open: Open, options: { skip?: string | false } = {}): void {
  for (const [title, run] of Object.entries(cases)) {
    test(`${name}: ${title}`, { skip: options.skip ?? false }, async () => {
      const store = await open()
      try {
        await run(store)
      } finally {
        await store.close()
      }
    })
  }
}
