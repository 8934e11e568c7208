/** @module frame: the article as a coder first reads it (focus country and region, dateline, main incident's place, each place mention's role), between the mentions and the events. */
import type { Doc, Frame, PlaceMention, PlaceRole, PlaceRoleNote, Span } from '../doc.js'
import { inRegion, say } from '../doc.js'
import type { Stage } from '../stage.js'
import { frameKnowledge } from './knowledge.js'
import type { FrameKnowledge } from './knowledge.js'
import { phraseBeforePlace, roleOf } from './roles.js'
import { placeKnowledge } from '../mentions/places/knowledge.js'

import { outletCountry } from './country.js'
import { countryName } from '../mentions/countries.js'

export { countryPlace } from './country.js'

// How much a mention in each role says about the article's country: where events happen says
// most; a dateline or a nationality a little; where a source sits or talks are held, nearly nothing.
const roleWeight: Record<PlaceRole, number> = {
  event: 1, reference: 0.8, dateline: 0.2, nationality: 0.5, modifier: 0.5, origin: 0.3, organisation: 0.3, source: 0.1, venue: 0.1, caption: 0,
}
// A province is less often a misread than a small town; a region names no country.
const kindWeight: Record<string, number> = { admin1: 2.5, admin2: 2, place: 1.5, feature: 1, country: 1, demonym: 1, region: 0 }
const LEAD_SENTENCES = 2

export function frame(): Stage {
  const k = frameKnowledge()
  return function frame(doc: Doc) {
    const roles = doc.places.map((p) => roleOf(doc, p, k))
    // "between Washington and Islamabad", "by the United States and Russia": the second of the pair is a government too; so is
    // every country of a list after an agent word ("mediators from Saudi Arabia, Egypt, the United Arab Emirates").
    roles.forEach((r, i) => {
      const prev = roles[i - 1], p = doc.places[i]
      const pair = prev?.rule === 'capital-as-government' ? p.featureCode === 'PPLC' : prev?.rule === 'country-as-agent' ? p.kind === 'country' : false
      if (!pair || r.role !== 'event') return
      const between = doc.text.slice(doc.places[i - 1].span[1], p.span[0])
      const listed = prev.rule === 'country-as-agent' && /^\s*,\s+(?:and\s+)?(?:the\s+)?$/.test(between)
      if (listed || /^\s+and\s+(?:the\s+)?$/.test(between) && (prev.rule === 'country-as-agent' || /^\s+and\s+$/.test(between))) roles[i] = { ...prev, reason: `"${p.text}" is paired with "${doc.places[i - 1].text}": it stands for its government.` }
    })
    // "the truce that Washington and Moscow brokered": the verb follows the second capital; the first of the pair is a government too.
    for (let i = roles.length - 2; i >= 0; i--) {
      const next = roles[i + 1], p = doc.places[i], q = doc.places[i + 1]
      if (next.rule !== 'capital-as-government' || roles[i].role !== 'event' || p.featureCode !== 'PPLC' || q.featureCode !== 'PPLC') continue
      if (/^\s+and\s+$/.test(doc.text.slice(p.span[1], q.span[0]))) roles[i] = { ...next, reason: `"${p.text}" is paired with "${q.text}": it stands for its government.` }
    }
    roles.forEach((r, i) => { if (r.role !== 'event') say(doc, 'frame', r.rule, r.reason, { span: doc.places[i].span, actual: r.role }) })
    const lead = leadOf(doc)
    const told = focusCountry(doc, roles, lead)
    // "Agence Benin Press: Teachers marched to claim their bonus": a text that names no place, group or country is read
    // in the country its outlet's name names, as a coder reads a national paper's brief.
    const outlet = told.country ? null : outletCountry(doc.article.source)
    const { country, share } = outlet ? { country: outlet, share: 1 } : told
    const inCountry = (p: PlaceMention): boolean => !country || p.countryCode === country
    const dateline = doc.places.find((p, i) => roles[i].role === 'dateline' && p.latitude !== null && p.kind !== 'demonym') ?? null
    const focus = focusPlace(doc, roles, lead, inCountry, k)
    const admin1 = focusAdmin1(doc, roles, country)
    const out: Frame = { country, share, admin1, dateline, focus, lead, roles, ...(outlet ? { outlet } : {}) }
    doc.frame = out
    if (outlet) say(doc, 'frame', 'outlet-country', `The text names no country, place or group that tells where it is; the outlet "${doc.article.source}" is named after ${countryName(outlet)}: the article is read there.`, { actual: outlet })
    else if (country) say(doc, 'frame', 'focus-country', `The article is about ${country} (${Math.round(share * 100)} % of the weight of its places and named groups${admin1 ? `; mostly ${admin1}` : ''}).`, { actual: country })
    else say(doc, 'frame', 'no-focus-country', 'The article names no country, place or group that tells where it is.')
    if (focus) say(doc, 'frame', 'lead-place', `"${focus.text}" is the main incident's place: the most specific place the headline and lead name.`, { span: focus.span })
    if (dateline) say(doc, 'frame', 'dateline', `"${dateline.text}" is the dateline; it is an event's place only when nothing else in its sentences or the lead names one.`, { span: dateline.span })
  }
}

/** The headline lines and the first sentences of the story, captions and credits left out of the count. */
function leadOf(doc: Doc): Span {
  let counted = 0
  for (const s of doc.sentences) {
    if (inRegion(doc, s, ['caption', 'credit', 'byline', 'boilerplate'])) continue
    // A short line (a headline, "This story is from ...") is not a sentence of the story.
    if (s[1] - s[0] < 60 && !/[.!?]["”’]?\s*$/.test(doc.text.slice(s[0], s[1]))) continue
    if (++counted === LEAD_SENTENCES) return [0, s[1]]
  }
  return [0, doc.text.length]
}

/** The country the article is about: the weight of its place mentions by role and kind, the lead and the headline counting more, and the home countries of named groups. */
function focusCountry(doc: Doc, roles: PlaceRoleNote[], lead: Span): { country: string | null; share: number } {
  const score = new Map<string, number>(), first = new Map<string, number>(), asPlace = new Map<string, number>()
  const add = (cc: string, w: number, at: number): void => {
    if (w <= 0) return
    score.set(cc, (score.get(cc) ?? 0) + w)
    if (!first.has(cc) || at < first.get(cc)!) first.set(cc, at)
  }
  const title = doc.article.title?.toLowerCase() ?? ''
  // A place inside a group's name ("Al" of "Al Shabaab") is the name, not a place.
  const named = doc.actors.filter((m) => m.rule === 'named-alias' || m.rule === 'state-alias')
  doc.places.forEach((p, i) => {
    if (!p.countryCode || named.some((m) => p.span[0] < m.span[1] && m.span[0] < p.span[1] && p.kind !== 'demonym')) return
    const inLead = p.span[0] < lead[1] ? 1.5 : 1
    const inTitle = title.includes(p.text.toLowerCase()) ? 1.5 : 1
    add(p.countryCode, roleWeight[roles[i].role] * kindOf(doc, p) * inLead * inTitle, p.span[0])
    // (A country told where with "in": "a port in Yemen"; not "walking to Bangladesh", "a province bordering Saudi Arabia",
    // nor a town a side fired at abroad, "drones at the Israeli city of Eilat".)
    if (roles[i].role === 'event' && p.kind === 'country' && (p.cue === 'in' || p.cue === 'inside')) asPlace.set(p.countryCode, (asPlace.get(p.countryCode) ?? 0) + 1)
  })
  // Named groups and state forces weigh less: a group fights beyond its home (Boko Haram in Niger).
  for (const m of doc.actors) if (!m.generic && m.countryCode && m.role !== 'external' && !inRegion(doc, m.span, ['caption', 'credit'])) add(m.countryCode, 0.75, m.span[0])
  let best: string | null = null, total = 0
  for (const [cc, s] of score) {
    total += s
    const b = best === null ? -1 : score.get(best)!
    // On a tie, the country told as a place of the story before one only named as a side or a modifier ("U.S. air strikes
    // on a port in Yemen"), then the first named (rule focus-tie-place).
    const placed = (x: string) => asPlace.get(x) ?? 0
    if (s > b || (s === b && (placed(cc) > placed(best!) || (placed(cc) === placed(best!) && first.get(cc)! < first.get(best!)!)))) best = cc
  }
  return { country: best, share: best ? Math.round((score.get(best)! / total) * 100) / 100 : 0 }
}

/**
 * How much a mention's kind says about the country. A bare area name ("Beni" read as Bolivia's department), with no
 * admin word after it, the only thing in the text pointing to its country and read over a close namesake, is a weak
 * guess: it weighs as an unsure name does, so it cannot pull the article away from the towns the text names elsewhere.
 */
function kindOf(doc: Doc, p: PlaceMention): number {
  const w = kindWeight[p.kind] ?? 1
  if ((p.kind !== 'admin1' && p.kind !== 'admin2') || p.score >= 0.8 || (p.cue !== null && placeKnowledge().after.has(p.cue))) return w
  const key = (p.name ?? p.text).toLowerCase()
  const alone = !doc.places.some((q) => q.countryCode === p.countryCode && (q.name ?? q.text).toLowerCase() !== key)
    && !doc.actors.some((a) => a.countryCode === p.countryCode && !a.generic)
  return alone ? p.score : w
}

/** The most specific event place in the lead (in the focus country), the first one on a tie. */
function focusPlace(doc: Doc, roles: PlaceRoleNote[], lead: Span, inCountry: (p: PlaceMention) => boolean, k: FrameKnowledge): PlaceMention | null {
  let out: PlaceMention | null = null
  doc.places.forEach((p, i) => {
    if (roles[i].role !== 'event' || p.latitude === null || p.span[0] >= lead[1] || !inCountry(p) || p.rule === 'container' || p.rule === 'organisation-name') return
    if (p.cue === 'from') return
    // "Security forces had been deployed to Gwoza": where forces were sent is not the lead incident's place (rule sent-place).
    const sent = phraseBeforePlace(doc, p, k.sentBefore, k)
    if (sent) { say(doc, 'frame', 'sent-place', `"${p.text}" after "${sent}" is where forces were sent: not the lead incident's place.`, { span: p.span }); return }
    if (!out || p.precision < out.precision || (p.precision === out.precision && out.kind === 'country' && p.kind !== 'country')) out = p
  })
  return out
}

/** The admin1 area that holds most of the focus country's event places, when it holds at least half of them. */
function focusAdmin1(doc: Doc, roles: PlaceRoleNote[], country: string | null): string | null {
  if (!country) return null
  const count = new Map<string, number>()
  let n = 0
  doc.places.forEach((p, i) => {
    if (roles[i].role !== 'event' || p.countryCode !== country || p.kind === 'country') return
    n++
    if (p.admin1) count.set(p.admin1, (count.get(p.admin1) ?? 0) + 1)
  })
  let best: string | null = null
  for (const [a, c] of count) if (!best || c > count.get(best)!) best = a
  return best && count.get(best)! * 2 >= n && n > 0 ? best : null
}

