/** @module events/group: sentences about one event become one draft; the codebook's same-day, same-place hierarchy. */
import { say, sentenceAt, type Doc, type EventDraft, type PlaceMention, type Span } from '../doc.js'
import { districtLevel, km } from '../mentions/places/resolve.js'
import { subType } from './taxonomy.js'
import { statementDay } from '../mentions/dates/index.js'
import { dayNumber, WEEKDAY_NAMES, weekdayOf } from '../mentions/dates/calendar.js'
import { cue, cueSource } from './cues.js'
import { conventions } from '../mentions/actors/index.js'

const RUNS_INTO = new RegExp(`\\b${cueSource('runs-into')}\\s+(?:the\\s+)?$`, 'i')
const DAY = 86400000
/** Days between two rough dates (a week, a month) beyond which two reports cannot be one incident. */
const APART_DAYS = 7
/** Kilometres between two places finer than a province beyond which two reports cannot be one incident. */
const FAR_KM = 60

export const kindOf = (d: EventDraft) => subType(d.subEventType).kind
// The words of a killing (not a wounding, a beating or a threat): the victims of an abduction died.
// The words of a body found (data/events/triggers.yaml Attack): "was found dead", "his body was found", "the corpse was found".
const BODY_FOUND = /found dead|\b(?:body|bodies|corpse|corpses|remains|head|heads)\b/i
const KILLING = /^(?:killed|killing|murder|executed|execution|beheaded|shot dead|shot and killed|slaughter|hacked to death|burned alive|burnt alive)/i

/**
 * Whether b's type replaces a's when two reports of one incident meet: the taxonomy's precedence,
 * except that ground fighting absorbs the shelling and strikes around it (codebook: remote
 * violence during a battle is one Battles event), and a strategic development never retypes.
 */
/** Rule armed-target-told (below): an attack on no one counted or named, told again as a fight with a state force. */
export function armedTargetTold(a: EventDraft, b: EventDraft): boolean {
  return a.subEventType === 'Attack' && b.subEventType === 'Armed clash' && b.actor2?.inter === 1 && !a.claims.some((c) => (c.value ?? 0) > 0)
    && !b.claims.some((c) => (c.value ?? 0) > 0) && a.actor2?.inter === 7
}

function outranks(b: EventDraft, a: EventDraft, text?: string): boolean {
  const sb = subType(b.subEventType), sa = subType(a.subEventType)
  if (sb.kind === 'strategic' || sa.kind === 'strategic') return false
  if (sb.family === 'battle' && sa.family === 'remote') return true
  if (sa.family === 'battle' && sb.family === 'remote') return false
  // "India struck nine sites ... Indian missiles hit a mosque": a country's bare "struck" is an air strike only while no
  // weapon is named; the weapon a report of the same strike names types it (triggers.yaml country-striker).
  if (text && sa.sub === 'Air/drone strike' && sb.family === 'remote' && sb.sub !== sa.sub && /^(?:struck|bombed)\b/i.test(text.slice(a.trigger[0], a.trigger[1]))) return true
  // Force used on a crowd already told violent ("demonstrators clashed with police. The police responded with live
  // ammunition"): the force answers a riot, which stays a violent demonstration (rule violent-crowd-met, across sentences).
  if (sa.sub === 'Violent demonstration' && sb.sub === 'Excessive force against protesters') return false
  // "Gunmen opened fire on farmers, killing two ... Security forces returned fire, and the gunmen fled": forces that fired
  // back at the attackers of civilians, told after the killing with no dead of their own, end the attack; it stays the
  // Attack it was (rule returned-fire-after-attack).
  if (text && sa.sub === 'Attack' && sb.sub === 'Armed clash' && b.trigger[0] > a.trigger[0] && a.claims.some((c) => (c.value ?? 0) > 0)
    && !b.claims.some((c) => (c.value ?? 0) > 0) && conventions().fireReturned('', text.slice(b.trigger[0], b.trigger[1]))) return false
  // "Armed gangs stormed the town ... Gunmen from the gang attacked the town's police station": an attack told with no
  // victim counted, then told again naming the state force it hit,
  // is that fight (rule armed-target-told).
  if (armedTargetTold(a, b)) return true
  // A beating or a fight within a violent demonstration is the demonstration's violence, not a mob of its own.
  if (sa.sub === 'Violent demonstration' && sb.sub === 'Mob violence') return false
  // Codebook: people abducted in an attack that also killed are coded as the Attack; the kidnapping does not retype it.
  if (sb.sub === 'Abduction/forced disappearance' && sa.sub === 'Attack' && a.claims.some((c) => (c.value ?? 0) > 0)) return false
  if (sa.sub === 'Abduction/forced disappearance' && sb.sub === 'Attack' && b.claims.some((c) => (c.value ?? 0) > 0)) return true
  // "Armed men kidnapped three members of a family. The victims were taken outside the town and killed": the killing
  // told, counted or not, makes the abduction an attack (rule abducted-then-killed).
  if (sa.sub === 'Abduction/forced disappearance' && sb.sub === 'Attack' && text && KILLING.test(text.slice(b.trigger[0], b.trigger[1]))) return true
  // Or the victim's body found (rule abducted-then-found).
  if (sa.sub === 'Abduction/forced disappearance' && sb.sub === 'Attack' && text && BODY_FOUND.test(text.slice(b.trigger[0], b.trigger[1]))) return true
  // People taken in a deadly fight (or freed by one) are part of the Battles event: the abduction does not retype it.
  // Shots fired at a car to seize its passengers, with no one killed, stay the abduction.
  if (sb.sub === 'Abduction/forced disappearance' && sa.family === 'battle' && a.claims.some((c) => (c.value ?? 0) > 0)) return false
  if (sa.sub === 'Abduction/forced disappearance' && sb.family === 'battle' && b.claims.some((c) => (c.value ?? 0) > 0)) return true
  return sb.rank < sa.rank
}

/** How many days before a statement's day a report of the same act may date it and still be it (as `actBeforeSaying`). */
const STATEMENT_REACH_DAYS = 2

/**
 * Two drafts are one event when they agree on status, day and place, and their types are of one family.
 * With the document (its text and sentences): a report whose date says the incident ran on into the next day ("until the
 * early hours of Tuesday") is the same incident as the one told the day before in the same town.
 */
/** The sentence around a draft's trigger tells weapons shot down or intercepted (cues.yaml intercepts). */
function interceptTold(d: EventDraft, doc: Doc): boolean {
  return INTERCEPT_WORDS.test(sentenceOf(doc, d.trigger))
}
const bareArmy = (a: NonNullable<EventDraft['actor1']>): boolean => a.rule.startsWith('generic')

/** The draft's actor1 is named right before its act, in its clause: "Pakistani shelling", "The army bombed". */
function firerBefore(d: EventDraft, text: string): boolean {
  const a = d.actor1
  return !!a && a.span[1] <= d.trigger[0] && d.trigger[0] - a.span[1] <= 30 && !/[.;]/.test(text.slice(a.span[1], d.trigger[0]))
}
/** The draft's act told as a series in the perfect: "have launched dozens of drone attacks ... since November". */
function seriesTold(d: EventDraft, doc: Doc): boolean {
  const before = doc.text.slice(Math.max(0, d.trigger[0] - 60), d.trigger[0])
  const si = sentenceAt(doc, d.trigger[0])
  const after = doc.text.slice(d.trigger[1], si < 0 ? doc.text.length : doc.sentences[si][1])
  return /\b(?:has|have|had)\s+(?:[\w-]+\s+){0,4}$/i.test(before) && /\b(?:dozens|hundreds|scores|thousands)\s+of\s+(?:[\w-]+\s+){0,2}$|\bsince\b/i.test(before + ' ' + after)
}
const INTERCEPT_WORDS = new RegExp(`\\b(?:${cueSource('intercepts')})\\b`, 'i')

export function sameEvent(a: EventDraft, b: EventDraft, doc?: Doc): boolean {
  const text = doc?.text
  if (a.status !== b.status) return false
  if (kindOf(a) !== kindOf(b) && !(b.eventType === 'Strategic developments' && b.subEventType === 'Looting/property destruction' && a.eventType !== 'Protests')) return false
  // "Settlers attacked the village ... Israeli troops who arrived at the scene shot dead three Palestinians": violence
  // against civilians by two sides each named is two events, one per doer (rule other-doer).
  if (a.eventType === 'Violence against civilians' && b.eventType === 'Violence against civilians' && a.actor1 && b.actor1 && !a.actor1.generic && !b.actor1.generic
    && a.actor1.name !== b.actor1.name && !a.assoc1.includes(b.actor1.name) && !sameStateSide(a.actor1, b.actor1) && (b.weight ?? 2) > 1) return false
  // "India struck nine sites in Pakistan ... Pakistani shelling in Poonch killed 12 civilians": remote violence by two sides
  // each named is two events, one per side that fired (rule other-firer), like violence against civilians above.
  if (a.eventType === 'Explosions/Remote violence' && b.eventType === 'Explosions/Remote violence' && a.actor1 && b.actor1 && !a.actor1.generic && !b.actor1.generic
    && a.actor1.name !== b.actor1.name && !a.assoc1.includes(b.actor1.name) && !b.assoc1.includes(a.actor1.name) && !sameStateSide(a.actor1, b.actor1) && (b.weight ?? 2) > 1
    // Not a side that shot the weapons down ("the air force said it had shot down 54 of the drones Russia launched"): that
    // is the target's word on the same fire.
    && !(doc && (interceptTold(b, doc) || interceptTold(a, doc)))
    // Each side told as the one that fired, right before its act ("Pakistani shelling", "India struck", "RSF shelling"),
    // not a side read from a sentence further off.
    && !!text && firerBefore(a, text) && firerBefore(b, text)
    // Nor a series told in the perfect ("The Houthis have launched dozens of drone attacks on shipping since November"): a
    // campaign's summary, no act of its own beside the strike.
    && !seriesTold(a, doc) && !seriesTold(b, doc)
    // Nor a bare "the army" beside another state's force: which state's army it is, the text may not say.
    && !(bareArmy(a.actor1) && (b.actor1.inter === 1 || b.actor1.inter === 8)) && !(bareArmy(b.actor1) && (a.actor1.inter === 1 || a.actor1.inter === 8))) return false
  // "the army repelled an RSF assault ... Residents said shelling hit a displacement camp on Friday, killing 12": remote
  // violence that hit civilians, told in its own sentence, is not the battle's fire between the armed sides (rule
  // civilians-shelled-apart); the codebook folds only fire the sides trade into one Battles event.
  if (text && (shelledCivilians(a, b, text) || shelledCivilians(b, a, text))) return false
  // "... shelled the camp for a third day, killing 20 people. The RSF said it had taken control of the camp": a taking of
  // ground told in a sentence of its own is not the fire that killed civilians before it (rule taken-apart-from-shelling).
  if (takenApart(a, b) || takenApart(b, a)) return false
  // "ADF rebels killed 40 people ... The army said its troops pursued the rebels and killed three of them": the doers of an
  // attack on civilians, hit in turn by another side in a sentence of their own, are other dead in another fight (rule doers-hit-back).
  if (doc && text && (doersHitBack(a, b, doc) || doersHitBack(b, a, doc))) return false
  // A day taken from the publication date is no day told: "The farmers were shot dead as they harvested" after
  // "killed two farmers on Friday" is Friday's incident, not a second one on the day of the report.
  const told = (d: EventDraft) => d.date?.rule !== 'date-from-publication'
  // The body of an abduction's victim found days later ("The next day his body was found"): the same incident (rule abducted-then-found).
  const found = !!text && foundAfterAbduction(a, b, text)
  if (a.date?.day && b.date?.day && a.date.day !== b.date.day && b.date.precision === 1 && a.date.precision === 1
    && told(a) && told(b) && !(text && runsInto(a, b, text)) && !found
    // "killed 12 in a night raid, residents said on Wednesday ... The attackers stormed the camp late on Monday": a's day
    // is only the day its source spoke; b's, one to a few days before, is the act's.
    && !(text && actBeforeStatement(a, b, text) && Date.parse(a.date.day) - Date.parse(b.date.day) <= STATEMENT_REACH_DAYS * DAY)
    // The other way round: a headline dated by the act's day ("on Sunday night"), the lead by the day the army spoke.
    && !(text && actBeforeStatement(b, a, text) && Date.parse(b.date.day) - Date.parse(a.date.day) <= STATEMENT_REACH_DAYS * DAY)
    // "Fighting ... has killed seven fighters since Saturday, the ombudsman said on Tuesday ... The clashes broke out on
    // Saturday": a toll counted since the day the other report names is that incident's (rule since-that-day).
    && !(doc && text && (sinceThatDay(a, b, doc) || sinceThatDay(b, a, doc)))) return false
  // History recalled in two years told ("the 2013 siege", "the 2015 attack on a university"): two incidents, whatever their status.
  if (a.date?.day && b.date?.day && told(a) && told(b) && a.date.precision <= 3 && b.date.precision <= 3 && a.date.day.slice(0, 4) !== b.date.day.slice(0, 4)) return false
  // "on Monday" and "last week" (a week that ended before Monday): two incidents.
  if (told(a) && told(b) && (outside(a, b) || outside(b, a))) return false
  // "Gunmen killed 12 worshippers on Friday. ... Last week, jihadists killed eight soldiers": a sentence that opens on a
  // period of its own after a day told starts another incident, even when the period holds that day.
  if (text && told(a) && told(b) && !found && (opensOnPeriod(a, b, text) || opensOnPeriod(b, a, text))) return false
  // Days told in the text more than a week apart ("last week", "three weeks ago") are two incidents, even at a week's
  // precision (a month named is too rough to tell).
  // (History recalled is kept together as before: one background record, not one per year it names.)
  if (a.status !== 'background' && a.date?.day && b.date?.day && a.date.precision <= 2 && b.date.precision <= 2 && a.date.rule !== 'date-from-publication' && b.date.rule !== 'date-from-publication'
    && Math.abs(Date.parse(a.date.day) - Date.parse(b.date.day)) > APART_DAYS * DAY) return false
  // "Last month, gangs killed 70 people" after Monday's attack: a month told in the text that is not the other's month
  // is another incident.
  if (a.status !== 'background' && a.date?.day && b.date?.day && told(a) && told(b) && (a.date.precision === 3 || b.date.precision === 3)
    && a.date.precision <= 3 && b.date.precision <= 3 && a.date.day.slice(0, 7) !== b.date.day.slice(0, 7)) return false
  const pa = a.place, pb = b.place
  // "Russia pounded Kyiv ... Ukraine's drones struck a refinery in Russia's Samara region": places in two countries, or
  // strikes by two named sides that each fire on the other, are two incidents (rule two-countries, rule each-side-fires).
  if (pa && pb && pa.kind !== 'country' && pb.kind !== 'country' && pa.countryCode && pb.countryCode && pa.countryCode !== pb.countryCode
    && !!text && ownPlace(a, text) && ownPlace(b, text)) return false
  // "In Kherson, artillery killed two men ... A drone attack on a bus in the Sumy region killed a woman": places each report
  // names itself in two provinces of one country are two incidents (rule two-provinces; places33's other-province is the case of a province named).
  if (pa && pb && pa.kind !== 'country' && pb.kind !== 'country' && pa.countryCode === pb.countryCode && pa.admin1 && pb.admin1 && pa.admin1 !== pb.admin1
    && !!text && ownPlace(a, text) && ownPlace(b, text)) return false
  // "Two shells landed inside the airport compound [in Mogadishu] ... its forces had killed 30 militants in an operation in
  // the Middle Shabelle region": a province a report names in its own sentence, which does not hold the other report's
  // place, is another incident, wherever the other took its place from (rule own-province-apart).
  if (text && (ownProvinceApart(a, b, text) || ownProvinceApart(b, a, text))) return false
  if (a.eventType === 'Explosions/Remote violence' && b.eventType === 'Explosions/Remote violence' && a.actor1 && b.actor1 && !a.actor1.generic && !b.actor1.generic
    && a.actor1.name !== b.actor1.name && a.actor1.countryCode && b.actor1.countryCode && a.actor1.countryCode !== b.actor1.countryCode && (b.actor2?.name === a.actor1.name || a.actor2?.name === b.actor1.name || b.place?.countryCode === a.actor1.countryCode)) return false
  if (pa && pb && pa.geonameid !== pb.geonameid && pa.name !== pb.name && !inDistrict(pa, pb) && !inDistrict(pb, pa)) {
    // A second sentence naming another town is another event, unless one place is the region of the other.
    // "Outside Djibo" (precision 2) is still a town: two towns are two events, however near each is given.
    if (pa.precision === 1 && pb.precision === 1) return false
    if (pa.kind === 'place' && pb.kind === 'place' && pa.precision <= 2 && pb.precision <= 2) return false
  }
  // A town and another town or district far from it ("the town of Adan Yabaal" and "a restaurant in Mogadishu",
  // 200 km apart) are two incidents, whatever the gazetteer calls either.
  // (Not a province and a town in it: "in the province of Negros Oriental" and "near the town of Guihulngan" are one place, told finer.)
  if (pa && pb && pa.precision <= 2 && pb.precision <= 2 && pa.kind !== 'country' && pb.kind !== 'country' && !holds(pa, pb) && !holds(pb, pa) && pa.latitude !== null && pa.longitude !== null
    && pb.latitude !== null && pb.longitude !== null && km(pa.latitude, pa.longitude, pb.latitude, pb.longitude) > FAR_KM) return false
  // Two attacks in different sentences on different victims with their own places stay apart (handled above).
  return true
}

/** `p`'s place is a province named in its own sentence, in `d`'s country, and `d`'s place lies outside it. */
function ownProvinceApart(d: EventDraft, p: EventDraft, text: string): boolean {
  const pd = d.place, pp = p.place
  // (Not the same act by the same side told again, "seized control of the city ... took full control of the city, in the
  // province of Abyan": that is one taking, its province told the second time.)
  const retold = d.subEventType === p.subEventType && !!d.actor1 && d.actor1.name === p.actor1?.name
  return !!pd && !!pp && !retold && pp.kind === 'admin1' && pd.kind !== 'country' && pd.kind !== 'admin1' && !!pd.admin1 && !!pp.admin1
    && pd.countryCode === pp.countryCode && pd.admin1 !== pp.admin1 && ownPlace(p, text)
}

/** The draft's place is named in its trigger's own sentence, not borrowed from a sentence near it. */
function ownPlace(d: EventDraft, text: string): boolean {
  if (!d.place) return false
  const from = Math.min(d.trigger[0], d.place.span[0]), to = Math.max(d.trigger[1], d.place.span[1])
  return !/[.!?]["”’]?\s+(?=["“]?\p{Lu})/u.test(text.slice(from, to))
}

/** `unit` is a province or district (admin1/admin2) and `p` lies in it, by the gazetteer's own admin names. */
function holds(unit: PlaceMention, p: PlaceMention): boolean {
  if (unit.countryCode !== p.countryCode || !unit.countryCode) return false
  if (unit.kind === 'admin1') return !!unit.admin1 && p.admin1 === unit.admin1
  if (unit.kind === 'admin2') return !!unit.admin2 && p.admin2 === unit.admin2 && p.admin1 === unit.admin1
  return false
}

/**
 * "Armed men kidnapped a man on Sunday. The next day his body was found": the victim of an abduction found dead within
 * a week after it is the same incident, an attack (rule abducted-then-found), whatever day the body was found.
 */
function foundAfterAbduction(a: EventDraft, b: EventDraft, text: string): boolean {
  if (a.subEventType !== 'Abduction/forced disappearance' || b.subEventType !== 'Attack' || !a.date?.day || !b.date?.day) return false
  const gap = (Date.parse(b.date.day) - Date.parse(a.date.day)) / DAY
  return gap >= 1 && gap <= APART_DAYS && BODY_FOUND.test(text.slice(b.trigger[0], b.trigger[1]))
}

/** `d` is dated to one day (a body found on Monday: precision 2 still names the day), and `p` to a period (a week, a month) told in the text that does not hold that day. */
export function outside(d: EventDraft, p: EventDraft): boolean {
  if (!d.date?.day || d.date.endDay || d.date.startDay || !p.date?.startDay || !p.date.endDay || p.date.precision === 1) return false
  // A calendar day written out ("in the early hours of July 27") may fall a day before the week a writer calls "last week"
  // (a Sunday, read on a Monday a week later): that loose edge still holds it. A weekday told ("on Sunday") does not.
  const start = /\d/.test(d.date.text ?? '') ? new Date(Date.parse(p.date.startDay) - DAY).toISOString().slice(0, 10) : p.date.startDay
  return d.date.day < start || d.date.day > p.date.endDay
}

// Right before a date that opens its sentence: the sentence's start, at most a joining word between.
const SENTENCE_OPENS = /(?:^|[.!?"”]\s+|\n\s*)(?:and\s+|but\s+|also\s+|meanwhile,?\s+)?$/i

/** `d` is dated to a day told, and `p`'s sentence opens on a period told ("Last week, ...", "Earlier this month, ..."). */
function opensOnPeriod(d: EventDraft, p: EventDraft, text: string): boolean {
  if (!d.date?.day || d.date.precision !== 1 || !p.date?.day || p.date.precision === 1 || !p.date.relative || p.status === 'background') return false
  return SENTENCE_OPENS.test(text.slice(Math.max(0, p.date.span[0] - 30), p.date.span[0]))
}

/** How far a village may lie from the town that stands for its district and still be in that district. */
const DISTRICT_REACH_KM = 40

/**
 * A town standing for its district ("an attack on a village in the Macomia district": Macomia at precision 2) and a
 * village in it named next ("the fighters arrived in Chai"): one place, told finer. Not "near Djibo" and another town.
 */
function inDistrict(d: PlaceMention, v: PlaceMention): boolean {
  return d.kind === 'place' && d.precision === 2 && !!d.cue && districtLevel().has(d.cue) && v.kind === 'place' && v.precision === 1
    && v.countryCode === d.countryCode && v.admin1 === d.admin1 && d.latitude !== null && d.longitude !== null && v.latitude !== null && v.longitude !== null
    && km(d.latitude, d.longitude, v.latitude, v.longitude) <= DISTRICT_REACH_KM
}

/** b's date is the day after a's, said as the end of a run ("until the early hours of Tuesday"). */
export function runsOn(a: EventDraft, b: EventDraft, text: string): boolean {
  if (!a.date?.day || !b.date?.day || Date.parse(b.date.day) - Date.parse(a.date.day) !== DAY) return false
  return RUNS_INTO.test(text.slice(Math.max(0, b.date.span[0] - 40), b.date.span[0]))
}
/** As `runsOn`, in a's own town, or in no place finer than a's country (the run's own sentence names none). */
function runsInto(a: EventDraft, b: EventDraft, text: string): boolean {
  if (!a.place || !b.place) return false
  const samePlace = a.place.geonameid === b.place.geonameid
    || (b.place.kind === 'country' || b.place.kind === 'demonym') && b.place.countryCode === a.place.countryCode
  return samePlace && runsOn(a, b, text)
}

/** Civilians hit (inter 7) stay the victims: a report that names an armed group as the other side ("JNIM said it had
 * targeted militias") does not make that group the victim of the attack told. */
function civiliansStay(a: EventDraft, y: EventDraft['actor2']): boolean {
  // Nor the guards or police the attackers fought on their way ("exchanged fire with police officers on guard"): the
  // civilians the act was done to stay its other side; a violence against civilians never has an armed target.
  if (a.eventType === 'Violence against civilians' && a.actor2?.inter === 7 && !!y && ((y.inter >= 1 && y.inter <= 4) || y.inter === 8)) return true
  // So with looting and burning by an armed side ("Armed men raided the village, looting shops ... Police drove the attackers
  // out"): the police who fought the looters are not whose property was taken.
  if (a.subEventType === 'Looting/property destruction' && a.actor2?.inter === 7 && !!a.actor1 && a.actor1.inter >= 1 && a.actor1.inter <= 4
    && !!y && ((y.inter >= 1 && y.inter <= 4) || y.inter === 8)) return true
  // "Russia pounded Kyiv with missiles, killing 16 people ... Ukraine's air force said 288 drones were shot down": the
  // people a strike killed stay its target; a force that only tells of it, or shot its weapons down, is no victim.
  return a.eventType === 'Explosions/Remote violence' && a.actor2?.inter === 7 && a.claims.some((c) => (c.value ?? 0) > 0 && !c.total) && !!y && y.inter !== 7
}
/**
 * `r` is remote violence with civilians hit and dead counted, told in another sentence than `f` (a battle of two armed
 * sides) with a day of its own in that sentence ("shelling hit the camp on Friday, killing 12").
 */
function shelledCivilians(r: EventDraft, f: EventDraft, text: string): boolean {
  if (subType(r.subEventType).eventType !== 'Explosions/Remote violence' || r.actor2?.inter !== 7 || f.eventType !== 'Battles') return false
  if (!f.actor1 || !f.actor2 || f.actor1.inter === 7 || f.actor2.inter === 7 || r.sentence === f.sentence) return false
  const day = r.date && r.date.rule !== 'date-from-publication' ? r.date.span : null
  const own = !!day && !/[.!?]\s/.test(text.slice(Math.min(day[1], r.trigger[1]), Math.max(day[0], r.trigger[0])))
  return own && r.claims.some((c) => (c.value ?? 0) > 0)
}

const DOERS_HIT = cue('doers-hit-nouns')
function doersHitBack(r: EventDraft, f: EventDraft, doc: Doc): boolean {
  const text = doc.text
  // Unnamed doers too when state forces strike them from afar ("Suspected jihadists killed 21 villagers ... The army said it
  // had 'neutralised' 30 terrorists in air strikes in response"); troops who come and trade fire with them fight the same
  // incident ("Soldiers reached the village and traded fire with the gunmen").
  if (f.sentence <= r.sentence || r.eventType !== 'Violence against civilians' || r.actor2?.inter !== 7 || !r.actor1 || !f.actor1
    || (r.actor1.generic && !(f.actor1.inter === 1 && f.eventType === 'Explosions/Remote violence'))) return false
  // State forces hitting armed men the report did not name as a side are hitting the doers (r's doer is not theirs), when
  // their sentence names such men ("Two Palestinians were killed in Israeli air strikes" names none: the same strikes).
  // Unnamed armed men hit count too ("its troops had killed 12 militants in a raid on a camp"), as when no side is read.
  const unnamedHit = !f.actor2 || (f.actor2.generic && f.actor2.role === 'armed' && !r.actor1.generic)
  const hitDoers = (!!f.actor2 && f.actor2.name === r.actor1.name)
    || (unnamedHit && f.actor1.inter === 1 && r.actor1.inter !== 1 && DOERS_HIT.test(sentenceOf(doc, f.trigger)))
  // The hitter is an armed side named as the subject of its own act, in its own sentence ("its troops ... killed three of them"),
  // not a side read from the sentences before ("two gunmen were killed in the clash that followed": the same fight).
  const a1 = f.actor1
  const subject = !!a1.text && a1.role === 'armed' && ARMED_INTER.has(a1.inter) && !a1.name.startsWith('Government of') && a1.span[1] <= f.trigger[0]
    && !/[.!?]["”’]?\s|\b(?:was|were|been|being)\b/i.test(text.slice(a1.span[1], f.trigger[0]))
  return subject && hitDoers && a1.name !== r.actor1.name
}

function takenApart(r: EventDraft, f: EventDraft): boolean {
  if (subType(f.subEventType).family !== 'territory' || r.sentence === f.sentence || r.actor2?.inter !== 7) return false
  // Fire from afar only: an attack on the ground told before the taking may be how the place was taken.
  return subType(r.subEventType).eventType === 'Explosions/Remote violence' && r.claims.some((c) => (c.value ?? 0) > 0)
}

/** Two state forces (inter 1) of one country: the same side of a fight, never its two sides. */
function sameStateSide(x: EventDraft['actor1'], y: EventDraft['actor1']): boolean {
  return !!x && !!y && x.inter === 1 && y.inter === 1 && !!x.countryCode && x.countryCode === y.countryCode
}
const ARMED_INTER = new Set([1, 2, 3, 4])
/** A rebel group (inter 2) and the state forces (inter 1) of its own country: each other's opponents, never allies. */
function stateAndItsRebels(x: EventDraft['actor1'], y: EventDraft['actor1']): boolean {
  return !!x && !!y && !!x.countryCode && x.countryCode === y.countryCode && ((x.inter === 1 && y.inter === 2) || (x.inter === 2 && y.inter === 1))
}

/**
 * The sides told the other way round ("forces ended a siege by militants ... the siege began when militants of the BLA
 * stormed the train, killing soldiers"): b's actor1, a named non-state armed group, fought a's named actor1, so it names
 * a's unidentified armed actor2.
 */
export function namesOtherSide(a: EventDraft, b: EventDraft): boolean {
  return !!b.actor1 && !b.actor1.generic && ARMED_INTER.has(b.actor1.inter) && b.actor1.inter !== 1 && !!a.actor2?.generic && a.actor2.role === 'armed'
    && a.actor2.name.startsWith('Unidentified ') && !!a.actor1 && !a.actor1.generic && (b.actor2?.name === a.actor1.name || sameStateSide(a.actor1, b.actor2))
    && b.actor1.name !== a.actor1.name
}

/** The sub-event type `sub` with the event and disorder types that go with it (taxonomy.yaml), to spread into a draft. */
export function typeOf(sub: string): Pick<EventDraft, 'subEventType' | 'eventType' | 'disorderType'> {
  const t = subType(sub)
  return { subEventType: t.sub, eventType: t.eventType, disorderType: t.disorder }
}

/**
 * Retype `d` as `sub`: its sub-event, event and disorder types set together; with `from`, the report whose words name the
 * new type lends its evidence for it; with `why`, the reason is said in the explain log under its rule.
 */
export function retype(d: EventDraft, sub: string, opts: { from?: EventDraft; why?: { doc: Doc; rule: string; reason: string; span: Span } } = {}): void {
  Object.assign(d, typeOf(sub))
  if (opts.from) { d.evidence.event_type = opts.from.evidence.event_type; d.evidence.sub_event_type = opts.from.evidence.sub_event_type }
  if (opts.why) say(opts.why.doc, 'events', opts.why.rule, opts.why.reason, { span: opts.why.span })
}

/** Fold b into a: the higher-ranked type wins; claims, actors and evidence are pooled. */
export function absorb(a: EventDraft, b: EventDraft, text?: string): void {
  // "Police fired live rounds at protesters ... The protesters blocked roads with burning tyres and threw stones": a crowd
  // that engages in violence makes a violent demonstration, even when met with force (codebook: excessive force is force
  // against peaceful protesters); the force is its actor2 (rule violent-crowd-met).
  const force = (d: EventDraft) => d.subEventType === 'Excessive force against protesters'
  // The crowd itself named as the doer of the violence ("The protesters ... threw stones"), or its violence named as the
  // force's answer is told ("Some broke through barricades, and police responded with live bullets"), not a riot read only
  // from demonstrators' deaths ("Two demonstrators were killed").
  const crowd = (d: EventDraft) => d.subEventType === 'Violent demonstration' && (d.weight ?? 2) > 1 && !!d.actor1
    && (d.actor1.role === 'rioter' || d.actor1.role === 'protester') && (d.actor1.rule === 'crowd-subject' || !d.actor1.generic || !!d.crowdViolence)
  if (force(a) && crowd(b)) {
    retype(a, 'Violent demonstration', { from: b })
    const [forces, forcesAssoc] = [a.actor1, a.assoc1]
    a.actor1 = b.actor1; a.assoc1 = [...b.assoc1, ...a.assoc2]; a.actor2 = forces ?? b.actor2; a.assoc2 = forcesAssoc
  }
  // A weak word ("the army confirmed the attack") never changes the type of an event already found.
  if (outranks(b, a, text) && (b.weight ?? 2) > 1 && !(crowd(a) && force(b))) {
    const targetTold = armedTargetTold(a, b)
    // A protest's crowd that then burns and loots is the demonstration turned violent, not a mob of its own
    // (codebook: a violent demonstration is demonstrators engaging in violence).
    retype(a, b.subEventType === 'Mob violence' && a.eventType === 'Protests' ? 'Violent demonstration' : b.subEventType, { from: b })
    // "Police fired tear gas at the protesters ... charged them with batons": a protest met by the police, retyped as the
    // force's excessive force, turns its sides round: the force that used it is actor1, the crowd actor2 (codebook).
    // So does a fight retyped as a taking of ground by its other side ("militants attacked the base ... The army regained
    // control of the town"): the side that took the ground is actor1 (rule taker-first).
    const taker = (a.subEventType === 'Government regains territory' || a.subEventType === 'Non-state actor overtakes territory') && a.eventType === 'Battles'
      && !!b.actor1 && !!a.actor2 && b.actor1.name === a.actor2.name && !!a.actor1
    if (taker || (a.subEventType === 'Excessive force against protesters' && b.actor1 && a.actor2 && b.actor1.name === a.actor2.name && a.actor1 && b.actor2?.name === a.actor1.name)) {
      const [x1, x2, s1, s2] = [a.actor1, a.actor2, a.assoc1, a.assoc2]
      a.actor1 = x2; a.actor2 = x1; a.assoc1 = s2; a.assoc2 = s1
      const [e1, e2] = [a.evidence.actor1, a.evidence.actor2]
      delete a.evidence.actor1; delete a.evidence.actor2
      if (e2) a.evidence.actor1 = e2
      if (e1) a.evidence.actor2 = e1
    }
    // "A suicide bomber [of the TTP] rammed a police station ... followed by a gunfight in which security forces killed four
    // militants": a report whose doer stands on the side the event hit (another force of that state), and whose target is
    // the event's doer, tells the same fight from the other side: the doer stays (rule other-side-told).
    const otherSide = !!b.actor1 && !!a.actor1 && !!a.actor2 && sameStateSide(a.actor2, b.actor1) && b.actor2?.name === a.actor1.name
    if (otherSide && b.actor1!.name !== a.actor2!.name && !a.assoc2.includes(b.actor1!.name)) a.assoc2.push(b.actor1!.name)
    if (b.actor1 && !otherSide && !b.actor1.generic && b.actor1.name !== a.actor2?.name) { if (a.actor1 && a.actor1.name !== b.actor1.name && !a.actor1.generic && !stateAndItsRebels(a.actor1, b.actor1)) a.assoc1.push(a.actor1.name); a.actor1 = b.actor1 }
    if (b.actor2 && (!a.actor2 || a.actor2.generic || targetTold) && b.actor2.name !== a.actor1?.name && !(a.actor2 && sameStateSide(a.actor1, b.actor2)) && !civiliansStay(a, b.actor2)) {
      // "killed five Palestinians in a raid on the Jenin refugee camp ... killed five terrorists in an exchange of fire": the
      // civilians' groups (the camp's refugees) do not ride with the armed side that takes their place (rule civilian-groups-stay).
      if (a.actor2?.role === 'civilian' && b.actor2.role !== 'civilian' && ARMED_INTER.has(b.actor2.inter)) a.assoc2 = [...b.assoc2]
      a.actor2 = b.actor2
    }
    // A protest that turned violent: its crowd becomes rioters, as the new type requires.
    if (b.actor1 && a.actor1?.generic && b.actor1.generic) a.actor1 = b.actor1
  } else if (kindOf(b) === 'strategic' && kindOf(a) !== 'strategic') {
    // Burning and looting told with an attack ("The gunmen, from the X gang, set fire to 45 homes") is the attackers'
    // own act: an armed group it names names the attack's unnamed doers. Nothing else of it changes the sides.
    if (b.subEventType === 'Looting/property destruction' && kindOf(a) !== 'protest' && a.actor1?.generic && b.actor1 && !b.actor1.generic
      && b.actor1.inter >= 2 && b.actor1.inter <= 4 && b.actor1.name !== a.actor2?.name) a.actor1 = b.actor1
    // "Police were deployed to keep order", "security forces were sent to the area" after a protest or an attack:
    // a force's own non-violent move is not a side of the incident it follows (it did not march, nor attack).
    // A force that acted on the crowd ("police dispersed them") is a protest-kind report, folded below.
  } else {
    // "Protesters set fire to a police station" told with "Police fired live bullets at protesters": the force that met
    // the crowd is the riot's other side, never the crowd's place as its actor1 (rule force-meets-crowd).
    const crowd = a.actor1?.role === 'rioter' || a.actor1?.role === 'protester'
    // The side that fought the event's own doers ("The army escort exchanged fire with the attackers"): neither doer nor ally.
    // The doers may be named again only generically ("Gang members attacked the town ... police pushed the attackers
    // back"): an unidentified armed side the force fought, beside an event whose own doers are an unidentified armed side.
    const unnamedArmed = (x: EventDraft['actor1']) => !!x?.generic && x.role === 'armed' && x.name.startsWith('Unidentified ')
    const foughtDoer = !!a.actor1 && (b.actor2?.name === a.actor1.name || (unnamedArmed(a.actor1) && unnamedArmed(b.actor2)))
    if (crowd && b.actor1 && b.actor1.inter === 1 && /^(?:Police|Military) Forces of /.test(b.actor1.name)) {
      if ((!a.actor2 || a.actor2.generic) && b.actor1.name !== a.actor1?.name) a.actor2 = b.actor1
    }
    // Never the same actor on both sides: a side named elsewhere in the story does not replace the other side.
    // Nor the side that fought the event's own doers ("The army escort exchanged fire with the attackers" after "Two drivers
    // were abducted"): it answered them; it is not who did the event.
    else if ((!a.actor1 || a.actor1.generic) && b.actor1 && !b.actor1.generic && b.actor1.name !== a.actor2?.name && !foughtDoer) a.actor1 = b.actor1
    // A foreign force's strike with no target told, folded with a report of a home side's own acts ("Hours later, U.S.
    // and British warplanes carried out strikes ... The Iran-aligned Houthis have launched dozens of attacks"): that
    // side is the one struck, not the foreign force's ally.
    else if (b.actor1 && !b.actor1.generic && !a.actor2 && a.actor1?.inter === 8 && b.actor1.inter !== 8 && a.eventType === 'Explosions/Remote violence'
      && ARMED_INTER.has(b.actor1.inter) && b.actor1.role === 'armed' && b.actor1.name !== a.actor1.name) a.actor2 = b.actor1
    // The sides told the other way round: the group that fought the event's actor1 names its unnamed actor2.
    // Or a named group told attacking where a state force's fight had only an unnamed armed side ("The army said it had
    // repelled an attack ... Fighters of JNIM attacked the base"): that group is the other side, never the force's ally.
    else if (namesOtherSide(a, b) || (a.eventType === 'Battles' && a.actor1?.inter === 1 && !!b.actor1 && !b.actor1.generic
      && (b.actor1.inter === 2 || b.actor1.inter === 3) && b.actor1.role === 'armed' && (!a.actor2 || unnamedArmed(a.actor2))
      && (!b.actor2 || b.actor2.name === a.actor1.name || unnamedArmed(b.actor2)))) {
      a.actor2 = b.actor1
      // "The army said it had repelled an attack on its base ... Fighters of JNIM attacked the base at dawn": the side that
      // attacked, told as the subject of the retelling, started the fight: actor1 (rule attacker-first).
      if (text && conventions().defendsAfter(text.slice(a.trigger[0], a.trigger[1] + 20)) && !!b.actor1 && b.actor1.span[1] <= b.trigger[0]) {
        const [x1, x2, s1, s2] = [a.actor1, a.actor2, a.assoc1, a.assoc2]
        a.actor1 = x2; a.actor2 = x1; a.assoc1 = s2; a.assoc2 = s1
        const e1 = a.evidence.actor1
        delete a.evidence.actor2
        if (e1) a.evidence.actor2 = e1
        a.evidence.actor1 = b.actor1!.span
      }
    }
    // A report of the other side's own acts told with the event ("Islamic State fighters seized the town" and a sentence
    // read as the army's) makes no ally of it: a country's forces and its rebels are never each other's associates.
    else if (b.actor1 && !b.actor1.generic && b.actor1.name !== a.actor1?.name && b.actor1.name !== a.actor2?.name && !stateAndItsRebels(a.actor1, b.actor1)
      && !foughtDoer) a.assoc1.push(b.actor1.name)
    // Nor the state force of actor1's own country ("security forces" and "police" of one gunfight fought side by side):
    // it does not replace the armed side named as the other (rule same-side-forces).
    if ((!a.actor2 || a.actor2.generic) && b.actor2 && !b.actor2.generic && b.actor2.name !== a.actor1?.name && !(a.actor2 && sameStateSide(a.actor1, b.actor2)) && !civiliansStay(a, b.actor2)) a.actor2 = b.actor2
    // "Russian forces struck Ukraine overnight ... A guided bomb killed two civilians": the same side's act told again
    // with whom it hit fills the event's empty other side, even a generic one (rule same-doer-target).
    else if (!a.actor2 && b.actor2 && a.actor1 && b.subEventType === a.subEventType && b.actor1?.name === a.actor1.name && b.actor2.name !== a.actor1.name) a.actor2 = b.actor2
  }
  // A report's associates go with its actor1: when that side was not taken ("Displaced families sought shelter" after a
  // clash), its associates (Refugees/IDPs) are no allies of the event's actor1.
  const carried = !b.actor1 || b.actor1.name === a.actor1?.name || a.assoc1.includes(b.actor1.name) ? b.assoc1 : []
  a.assoc1 = [...new Set([...a.assoc1, ...carried])].filter((n) => n !== a.actor1?.name && n !== a.actor2?.name && !/^Unidentified /.test(n))
  // "Government of Russia" adds nothing beside "Military Forces of Russia": keep the force.
  a.assoc1 = a.assoc1.filter((n) => !(n.startsWith('Government of ') && a.assoc1.some((m) => m.startsWith('Military Forces of ' + n.slice(14).replace(/ \(.*$/, '')))))
  // The same town named again ("bodies brought back to Boni") does not make "near the town of Boni" finer.
  // Nor a report placed only at the dateline ("A military officer said 10 soldiers had been killed" under "MOGADISHU"):
  // where the report was filed is no finer point of the incident.
  if (!a.place || (b.place && !b.placeFromDateline && b.place.precision < a.place.precision && !(b.place.geonameid !== null && b.place.geonameid === a.place.geonameid))
    // A town in the province the first report named ("near the town of Guihulngan" after "in the province of Negros Oriental").
    || (b.place && b.place.kind === 'place' && holds(a.place, b.place))) { a.place = b.place; a.placeFromDateline = b.placeFromDateline }
  if (!a.date || (b.date && b.date.precision < a.date.precision) || nightTold(a, b) || (text && actBeforeStatement(a, b, text))) a.date = b.date
  const seen = new Set(a.claims.map((c) => c.span[0]))
  for (const c of b.claims) if (!seen.has(c.span[0])) a.claims.push(c)
  const seenOther = new Set(a.otherClaims.map((c) => c.span[0]))
  for (const c of b.otherClaims) if (!seenOther.has(c.span[0])) a.otherClaims.push(c)
  // for-in, not Object.entries: the same keys in the same order, without an array of pairs per absorbed report.
  for (const k in b.evidence) {
    if (k !== 'actor1' && k !== 'actor2') { a.evidence[k] ??= b.evidence[k]; continue }
    // A side's words are its own: the report's words for a side it named otherwise ("The shelling was attributed to the
    // RSF" read with the RSF as the one hit) are no evidence of the event's side; a side taken from the report brings its words.
    const [mine, theirs] = k === 'actor1' ? [a.actor1, b.actor1] : [a.actor2, b.actor2]
    if (mine && mine === theirs) a.evidence[k] = b.evidence[k]
    else if (mine && theirs && mine.name === theirs.name) a.evidence[k] ??= b.evidence[k]
  }
  if (a.claims.length && !a.evidence.fatalities) a.evidence.fatalities = a.claims[0].span
  // A protest that a later report shows violent is a riot: its unnamed protesters are rioters (codebook), their group kept.
  if (a.subEventType === 'Violent demonstration' && a.actor1?.generic && a.actor1.inter === 6) {
    a.actor1 = { ...a.actor1, name: a.actor1.name.replace(/^Protesters \(/, 'Rioters ('), inter: 5, role: 'rioter' }
  }
}

/**
 * "An air strike killed 21, residents said Thursday. The jet dropped two bombs ... on Tuesday": a's only day is the day of
 * a statement, and a report of the same act gives an earlier day of its own, within a week: the act's day.
 */
function actBeforeStatement(a: EventDraft, b: EventDraft, text: string): boolean {
  if (!a.date?.day || !b.date?.day || b.date.precision !== 1 || b.date.rule === 'date-from-publication' || !statementDay(text, a.date) || statementDay(text, b.date)) return false
  const gap = (Date.parse(a.date.day) - Date.parse(b.date.day)) / DAY
  return gap >= 1 && gap <= APART_DAYS
}

/** The text of the document's sentence that holds `span`'s start (the whole text where no sentence does). */
function sentenceOf(doc: Doc, span: Span): string {
  const si = sentenceAt(doc, span[0])
  return si < 0 ? doc.text : doc.text.slice(doc.sentences[si][0], doc.sentences[si][1])
}

/**
 * a is dated only by the day its source spoke, and its own sentence counts "since" the weekday that is b's day, at most
 * a week before: b's day is when the fighting a counts began.
 */
function sinceThatDay(a: EventDraft, b: EventDraft, doc: Doc): boolean {
  if (!a.date?.day || !b.date?.day || b.date.precision !== 1 || !statementDay(doc.text, a.date)) return false
  const gap = (Date.parse(a.date.day) - Date.parse(b.date.day)) / DAY
  if (gap < 1 || gap > APART_DAYS) return false
  const day = dayNumber(b.date.day)
  if (day === null) return false
  return new RegExp(`\\bsince\\s+(?:last\\s+)?${WEEKDAY_NAMES[weekdayOf(day)]}\\b`, 'i').test(sentenceOf(doc, a.trigger))
}

/**
 * "killed 14 in an overnight attack ... entered the camp late on Monday": a night reckoned from the publication day
 * (dates rule `overnight`) yields to the day a report of the same incident names, one to three days before it.
 */
function nightTold(a: EventDraft, b: EventDraft): boolean {
  if (a.date?.rule !== 'overnight' || !a.date.relative || !a.date.day || !b.date?.day || b.date.precision !== 1
    || b.date.rule === 'overnight' || b.date.rule === 'date-from-publication') return false
  const gap = (Date.parse(a.date.day) - Date.parse(b.date.day)) / DAY
  return gap >= 1 && gap <= 3
}

// A capitalised place opening the text before a comma or dash: a dateline the text stage did not mark.
const DATELINE_OPENING = /^\s*[A-Z][A-Z .'-]{2,}(?=\s*[,(—–])/

/**
 * "KINSHASA — Troops and rebels fought on Tuesday outside Sake ...": an event placed at the dateline's own mention
 * (where the report was filed) is the same incident as one of its kind, status and day that a later sentence puts in
 * another town of that country: one event, at that town (rule dateline-twin).
 */
export function datelineTwins(doc: Doc, drafts: EventDraft[]): void {
  // The text's region, or a capitalised place opening the text before a comma or dash ("KINSHASA, Congo —").
  const region = doc.regions.find((r) => r.kind === 'dateline')?.span
  const opening = DATELINE_OPENING.exec(doc.text)
  const line = region ?? (opening ? [0, opening[0].length] as const : null)
  if (!line) return
  const atLine = (d: EventDraft) => !!d.place && d.place.span[0] >= line[0] && d.place.span[1] <= line[1]
  for (const a of [...drafts]) {
    if (!atLine(a) || !drafts.includes(a)) continue
    const b = drafts.find((d) => d !== a && !atLine(d) && d.place && d.place.countryCode === a.place!.countryCode && d.place.geonameid !== a.place!.geonameid
      && d.place.precision <= a.place!.precision && d.status === a.status && kindOf(d) === kindOf(a) && subType(d.subEventType).family === subType(a.subEventType).family
      && !!d.date?.day && d.date.day === a.date?.day)
    if (!b) continue
    a.place = b.place
    absorb(a, b)
    drafts.splice(drafts.indexOf(b), 1)
    say(doc, 'events', 'dateline-twin', `The ${a.subEventType} event placed at the dateline is the one told at ${b.place!.name ?? b.place!.text} the same day: merged there.`, { span: b.place!.span })
  }
}

/**
 * "Gunmen abducted 14 students in Kaura Namoda on Tuesday, and police rescued 11 of them after a gunfight the following
 * day ... Officers tracked the group to a forest near Sabon Birni and exchanged fire with them on Wednesday": a clause of
 * a sentence that tells two acts of two days takes the place the sentence names for the other act; a later sentence that
 * tells an event of its kind, status and day at a town of its own, with no side the clause does not have, tells it in
 * full: one event, coded from that sentence (rule clause-twin).
 */
export function clauseTwins(doc: Doc, drafts: EventDraft[]): void {
  const sameMention = (x: PlaceMention | null, y: PlaceMention | null) => !!x && !!y && x.span[0] === y.span[0] && x.span[1] === y.span[1]
  // Named sides (a force, a group); an unnamed one ("the kidnappers", "the gang") may be told in other words.
  const named = (d: EventDraft) => [d.actor1, d.actor2].filter((x) => !!x && !x.generic).map((x) => x!.name)
  const sides = (d: EventDraft) => [d.actor1?.name, d.actor2?.name].filter((n): n is string => !!n)
  for (const a of [...drafts]) {
    if (!drafts.includes(a) || !a.place || !a.date?.day) continue
    // The sentence's other act, of another day, placed at the very same words.
    const other = drafts.find((c) => c !== a && c.sentence === a.sentence && sameMention(c.place, a.place) && !!c.date?.day && c.date.day !== a.date!.day)
    if (!other) continue
    const b = drafts.find((d) => d !== a && d.sentence > a.sentence && d.sentence - a.sentence <= 3 && d.subEventType === a.subEventType
      && d.status === a.status && d.date?.day === a.date!.day && !!d.place && d.place.geonameid !== a.place!.geonameid && !sameMention(d.place, a.place)
      && named(a).every((n) => sides(d).includes(n)))
    if (!b) continue
    if (!b.claims.length) b.claims = a.claims
    drafts.splice(drafts.indexOf(a), 1)
    say(doc, 'events', 'clause-twin', `The ${a.subEventType} event of sentence ${a.sentence + 1}, placed with the sentence's other act of another day, is the one sentence ${b.sentence + 1} tells at ${b.place!.name ?? b.place!.text} that day: coded from there.`, { span: a.trigger })
  }
}

/**
 * The text's first sentence when it is a headline: a first line with no closing stop, ended by a line break
 * ("Islamic State claims attack that killed 15 soldiers in Niger"), or null.
 */
export function headlineSentence(doc: Doc): number | null {
  const first = doc.sentences[0]
  if (!first) return null
  const sentence = doc.text.slice(first[0], first[1])
  const line = sentence.trimEnd()
  if (/[.!?]["”’]?$/.test(line) || !/^[^\S\n]*\n/.test(sentence.slice(line.length) + doc.text.slice(first[1], first[1] + 2))) return null
  return 0
}

/**
 * A headline that opens the text ("Islamic State claims attack that killed 15 soldiers in Niger") tells the act the body
 * then tells ("Militants ambushed an army patrol near Tillaberi on Sunday, killing 15 soldiers"): an event drawn from the
 * headline is the body's event of its kind, place and day, coded from the body alone, never a second one (rule
 * headline-twin). As a title given apart, which is no event of its own.
 */
export function headlineTwins(doc: Doc, drafts: EventDraft[], absorbed: Map<EventDraft, EventDraft[]>): void {
  const head = headlineSentence(doc)
  if (head === null) return
  const samePlace = (a: EventDraft, b: EventDraft) => !a.place || !b.place || a.place.geonameid === b.place.geonameid
    || a.place.precision >= 3 || b.place.precision >= 3 || a.place.kind === 'country'
  for (const a of [...drafts]) {
    if (a.sentence !== head) continue
    // Only the body's sentence the headline's event took in too, or any when it took in none: a headline that took in the
    // lead ("Insurgents kill two farmers" + its lead) is the lead's event, apart from a later one of the same kind.
    const body = (absorbed.get(a) ?? []).map((x) => x.sentence).filter((s) => s > head)
    const b = drafts.find((d) => d !== a && d.sentence > head && (!body.length || body.includes(d.sentence)) && kindOf(d) === kindOf(a) && samePlace(a, d)
      && (d.status === 'reported' || d.status === 'claimed') && (!a.date || a.date.rule === 'date-from-publication' || a.date.day === d.date?.day))
    if (!b) continue
    drafts.splice(drafts.indexOf(a), 1)
    say(doc, 'events', 'headline-twin', `The headline's ${a.subEventType} event is the ${b.subEventType} event the body tells in sentence ${b.sentence + 1}: coded from the body alone.`, { span: a.trigger })
  }
}
