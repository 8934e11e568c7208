/** explain: the worksheet of one hand-built doc, so the format is tested apart from the rules that fill it. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { ActorMention, DateMention, EventDraft, PlaceMention, Span } from './doc.js'
import { createDoc, say } from './doc.js'
import { formatMessages } from './explain.js'

const text = 'Rebels shelled the village of Kafr Nabl on Sunday, killing a child. Medics in Idlib said four people died, while the rebels denied it.'
const at = (s: string, from = 0): Span => { const i = text.indexOf(s, from); return [i, i + s.length] }
const article = { id: 'a1', title: 'Shelling kills four', section: null, byline: null, source: 'Test Wire', url: null, published: '2020-05-12', input: 'a1.txt' }

function place(s: string, name: string, geonameid: number): PlaceMention {
  return { span: at(s), text: s, score: 0.9, rule: 'gazetteer-name', geonameid, name, kind: 'place', countryCode: 'SY', country: 'Syria', admin1: 'Idlib',
    admin2: null, latitude: 35.6, longitude: 36.6, featureCode: 'PPL', population: 1000, precision: 1, cue: null, why: 'the only candidate' }
}
const actor = (s: string, name: string, inter: number, generic: boolean): ActorMention =>
  ({ span: at(s), text: s, score: 0.8, rule: generic ? 'generic' : 'named-alias', name, inter, countryCode: 'SY', role: generic ? 'civilian' : 'armed', generic })

test('one event as a worksheet: sentences, type over the others, sides, claims, place over rivals, date and anchor', () => {
  const doc = createDoc(article, text)
  doc.sentences = [[0, 67], [67, text.length]]
  const kafr = place('Kafr Nabl', 'Kafr Nabl', 1)
  doc.places = [kafr, place('Idlib', 'Idlib', 2)]
  const date: DateMention = { span: at('Sunday'), text: 'Sunday', score: 1, rule: 'weekday', day: '2020-05-10', precision: 1, relative: true, endDay: null }
  const draft: EventDraft = {
    eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack', disorderType: 'Political violence',
    actor1: actor('Rebels', 'Rebel Group (Syria)', 2, false), actor2: actor('child', 'Civilians (Syria)', 7, true), assoc1: [], assoc2: [],
    place: kafr, date, status: 'reported', confidence: 0.7, trigger: at('shelled'), sentence: 0, evidence: {}, notes: '',
    // One figure to code and one without a value: the worksheet marks the coded one whatever the fatality rules are.
    claims: [{ value: null, qualifier: 'vague', claimant: null, group: 'child', span: at('a child') },
      { value: 4, qualifier: 'exact', claimant: 'Medics', group: 'people', span: at('four') }],
    otherClaims: [],
  }
  doc.events = [draft]
  say(doc, 'events', 'event-typed', '"shell*" proposes Shelling/artillery/missile attack.', { span: at('shelled') })
  say(doc, 'events', 'event-typed', '"died" proposes Attack.', { span: at('died') })
  say(doc, 'events', 'same-event', 'Sentence 2 adds to the Shelling/artillery/missile attack event already found.', { span: [67, text.length] })
  say(doc, 'dates', 'weekday-before-publication', 'Past-tense "on Sunday" read as the Sunday before publication.', { span: at('Sunday') })
  say(doc, 'actors', 'denial-not-actor', 'A side that denies is not made the perpetrator.', { span: at('denied') })
  say(doc, 'places', 'dateline', 'No dateline.')
  assert.equal(formatMessages(doc), [
    '== a1 "Shelling kills four" (a1.txt): 1 event(s)',
    '  Event 1: Explosions/Remote violence / Shelling/artillery/missile attack · reported · 2020-05-10 · Kafr Nabl, Idlib, SY · fatalities 4',
    '    Sentences:',
    '      [1] "Rebels shelled the village of Kafr Nabl on Sunday, killing a child."',
    '      [2] "Medics in Idlib said four people died, while the rebels denied it."',
    '    Type: Shelling/artillery/missile attack from "shelled": "shell*" proposes Shelling/artillery/missile attack.',
    '      over the other types proposed in its sentences, which were folded into this event (events/same-event) rather than coded apart:',
    '        "died" (sentence 2): "died" proposes Attack.',
    '      events/same-event: Sentence 2 adds to the Shelling/artillery/missile attack event already found. "Medics in Idlib said four people died, while the rebels denied it."',
    '    Actor 1: Rebel Group (Syria) (inter 2) from "Rebels" [named-alias]',
    '    Actor 2: Civilians (Syria) (inter 7) from "child" [generic, generic]',
    '      actors/denial-not-actor: A side that denies is not made the perpetrator. "denied"',
    '    Fatalities: coded 4 (range 4–4) from 2 claim(s):',
    '        ? (vague) "a child", no claimant named, dead: child',
    '      * coded 4 "four", claimant Medics, dead: people',
    '    Place: Kafr Nabl, Idlib, SY (geo_precision 1, GeoNames 1) from "Kafr Nabl" [gazetteer-name]',
    '      over the other places in its sentences: "Idlib" (Idlib, SY)',
    '    Date: 2020-05-10 (time_precision 1) from "Sunday", counted from the publication date 2020-05-12',
    '      dates/weekday-before-publication: Past-tense "on Sunday" read as the Sunday before publication. "Sunday"',
    '  Elsewhere in the article:',
    '    places/dateline: No dateline.',
    '',
  ].join('\n'))
})

test('an article with no event says why', () => {
  const doc = createDoc(article, 'Markets fell.')
  doc.sentences = [[0, 13]]
  say(doc, 'events', 'not-relevant', 'The article reads as business news.')
  assert.equal(formatMessages(doc), '== a1 "Shelling kills four" (a1.txt): 0 event(s)\n  Why no event:\n    events/not-relevant: The article reads as business news.\n')
})

test('two events of one type: a sentence folded into the second is quoted under the second only', () => {
  const t = 'Gunmen raided Alpha on Monday. Two farmers died there. Gunmen raided Beta on Friday. Five traders died there.'
  const doc = createDoc(article, t)
  const sent = (s: string): Span => { const i = t.indexOf(s); return [i, i + s.length] }
  doc.sentences = [sent('Gunmen raided Alpha on Monday.'), sent(' Two farmers died there.'), sent(' Gunmen raided Beta on Friday.'), sent(' Five traders died there.')]
  const draft = (trigger: Span, sentence: number): EventDraft => ({
    eventType: 'Violence against civilians', subEventType: 'Attack', disorderType: 'Political violence', actor1: null, actor2: null, assoc1: [], assoc2: [],
    place: null, date: null, status: 'reported', confidence: 0.7, trigger, sentence, evidence: {}, notes: '', claims: [], otherClaims: [],
  })
  doc.events = [draft([7, 13], 0), draft([t.indexOf('raided Beta'), t.indexOf('raided Beta') + 6], 2)]
  say(doc, 'events', 'same-event', 'Sentence 2 adds to the Attack event told in sentence 1.', { span: doc.sentences[1] })
  say(doc, 'events', 'same-event', 'Sentence 4 ("died") adds its figures to the Attack event told in sentence 3.', { span: doc.sentences[3] })
  const lines = formatMessages(doc).split('\n')
  const quoted = (n: number) => { const at = lines.findIndex((l) => l.startsWith(`  Event ${n}:`)); return lines.slice(at + 2).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('      ['))).map((l) => l.trim().slice(0, 3)) }
  assert.deepEqual(quoted(1), ['[1]', '[2]'])
  assert.deepEqual(quoted(2), ['[3]', '[4]'])
})

test("fatalities: running totals are named as such, and a 0 coded from totals only says why; twin: the day's own figure is the coded one", () => {
  const t = 'Troops retook Kafr Nabl on Sunday. Monitors said 300 fighters died in three weeks and 40 soldiers were lost.'
  const span = (s: string): Span => { const i = t.indexOf(s); return [i, i + s.length] }
  const lines = (claims: EventDraft['claims']) => {
    const doc = createDoc(article, t)
    doc.sentences = [[0, 34], [34, t.length]]
    doc.events = [{
      eventType: 'Battles', subEventType: 'Government regains territory', disorderType: 'Political violence', actor1: null, actor2: null, assoc1: [], assoc2: [],
      place: null, date: null, status: 'reported', confidence: 0.7, trigger: span('retook'), sentence: 0, evidence: {}, notes: '', claims, otherClaims: [],
    }]
    return formatMessages(doc).split('\n').filter((l) => /Fatalities|"300"|"40"|the coded/.test(l))
  }
  const total300 = { value: 300, qualifier: 'exact' as const, claimant: 'Monitors', group: 'fighters', span: span('300'), total: true }
  assert.deepEqual(lines([total300, { value: 40, qualifier: 'exact', claimant: 'Monitors', group: 'soldiers', span: span('40'), total: true }]), [
    '    Fatalities: coded 0 (range 0–0) from 2 claim(s):',
    '        300 "300", claimant Monitors, dead: fighters, a running total: kept, not this event\'s dead',
    '        40 "40", claimant Monitors, dead: soldiers, a running total: kept, not this event\'s dead',
    "      the coded 0: every claim is a running total over many days, none counts this event's own dead",
  ])
  assert.deepEqual(lines([total300, { value: 40, qualifier: 'exact', claimant: 'Monitors', group: 'soldiers', span: span('40') }]), [
    '    Fatalities: coded 40 (range 40–40) from 2 claim(s):',
    '        300 "300", claimant Monitors, dead: fighters, a running total: kept, not this event\'s dead',
    '      * coded 40 "40", claimant Monitors, dead: soldiers',
  ])
})
