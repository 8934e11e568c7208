/** @module mentions/dates/config: data/dates.yaml compiled into regular expressions, once. */
import { readYaml } from '../../yaml-cache.js'
import { dataPath } from '../../paths.js'

export interface DateConfig {
  future: RegExp                       // tested against the few words before a date
  resumedClause: RegExp                // ", did not": the main clause taken up again after an aside (its future cues stay there)
  pastClause: RegExp                   // a future cue that opens a clause ("until") followed by a past verb: the past
  nightRunOn: RegExp                   // a past act that went on "until the early hours of" the date: the past
  warAge: RegExp                       // a campaign date's text that only gives a war's age ("the 21-month war")
  termAge: RegExp                      // a campaign date's text that gives a truce's agreed term ("a six-month ceasefire")
  campaignEnded: RegExp                // right before a campaign's length: the act told is its end ("after a two-week offensive")
  futureInPast: RegExp                 // the same, "would" (the future of a past telling), not a habit's or a past's
  habitBefore: RegExp                  // tested against the words right before a date: "every Friday"
  approxBefore: RegExp                 // tested against the text right before a date
  approxAfter: RegExp                  // tested against the text right after a date
  yearContinuer: RegExp               // tested against a sentence up to a yearless date: "Three days later ... on August 15"
  sameDay: RegExp                      // "that day": the last day told, pointed back to
  clockOpening: RegExp                 // tested against a date's text: "11pm on Sunday" opens with the hour
  monthAfter: RegExp                   // tested against the text right after a date: "(month of)"
  quantityAfter: RegExp                // tested against the text right after a date: "(March,) 4 percent"
  monthParts: Map<string, [number, number]>
  counts: Map<string, number>
  units: Map<string, number>
  countAlt: string                     // regex alternation of count words
  campaignAlt: string                  // regex alternation of campaign nouns
  tollNounsAlt: string                 // regex alternation of a death toll's nouns (also events/tolls)
  tollVerbsAlt: string                 // and of its rising verbs
  monthPartAlt: string
  discovery: RegExp[]                  // "a man was found dead": the day of discovery, not of the killing
  justNow: RegExp                      // tested against the words right before a trigger: "have recaptured"
  clauseOpener: RegExp                 // "after", "following": found between a date and a trigger, the date is another act's
  statementDay: RegExp                 // tested against the words right before a date: "said on Tuesday"
  crowdRelative: RegExp                // "who marched", "who had gathered": a crowd's own verb after "who"
  tollUpdate: RegExp                   // tested against a sentence up to a date: "The death toll ... rose to 14 from 9 on"
  periodStart: RegExp                  // tested against the words right before a date: "since Friday"
  actOpener: RegExp                    // "in retaliation for": a clause opener that names another act by itself
  agreementAct: RegExp                 // tested against the words between an act and a later date: "despite a truce brokered in"
  metadataLabel: RegExp                // tested against a date's line up to the date: "SCAN DATE:", "Photo taken"
  namedDay: RegExp                     // tested against the words up to a weekday: "Red Wednesday", "Black Friday" name no day
  indefiniteDay: RegExp                // tested against the words up to a weekday: "on a Saturday" names no day of its own
  weeklyRite: RegExp                   // tested against the words right after a weekday: "Friday prayers", "Sunday mass"
  saidAfter: RegExp                    // tested against the words between a date and a trigger after it: "On Tuesday, the army said ..."
  occurrence: RegExp                   // tested against a sentence up to a date: "The attack took place on ..."
  recall: RegExp                       // "The strike hit the village on Monday": the act told again, by its noun
  onset: RegExp                        // the same with a verb of onset: "The fighting began on ..."
  retold: RegExp                       // the act in a statement's pluperfect: "... said its fighters had taken the base on ..."
  holidays: Map<string, [number, number]> // "christmas eve" → [12, 24]
  holidayAlt: string                   // regex alternation of the holidays' names
  feasts: Map<string, number>          // "palm sunday" → -7: days from Easter Sunday
  feastAlt: string                     // regex alternation of the feasts' names
  actClause: RegExp                    // tested against the words right after "a day after": "the rebels seized" opens a clause of its own
  commemorated: RegExp                 // tested against a date's sentence up to it: "to mark the anniversary of ... on"
  yearTimeBefore: RegExp               // tested against the words right before a year: "in 2024" is a time, "the 2024 protests" a modifier
}

const FILE = 'data/dates.yaml'
let cached: DateConfig | null = null
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map(esc).join('|')

/** A sentence opening (a few words, then the verb) up to a date: "The attack took place late on ". */
const told = (verbs: readonly string[]) => new RegExp(`^(?:[\\w'’,-]+\\s+){0,6}?(?:${alt(verbs)})(?![\\w])[^.;]*$`, 'i')

export function dateConfig(): DateConfig {
  if (cached) return cached
  const raw = readYaml(dataPath('dates.yaml')) as Record<string, unknown>
  const list = (key: string): string[] => {
    const v = raw[key]
    if (!Array.isArray(v) || !v.length || v.some((x) => typeof x !== 'string' || !x.trim())) throw new Error(`${FILE}: "${key}" must be a non-empty list of phrases`)
    return (v as string[]).map((x) => x.toLowerCase().trim())
  }
  const numbers = (key: string): Map<string, number> => {
    const v = raw[key] as Record<string, unknown> | undefined
    if (!v || typeof v !== 'object') throw new Error(`${FILE}: "${key}" must be a map`)
    const out = new Map<string, number>()
    for (const [k, n] of Object.entries(v)) {
      if (typeof n !== 'number' || !(n > 0)) throw new Error(`${FILE}: ${key}."${k}" must be a positive number`)
      out.set(k.toLowerCase(), n)
    }
    return out
  }
  const monthParts = new Map<string, [number, number]>()
  for (const [k, v] of Object.entries((raw['month-parts'] ?? {}) as Record<string, unknown>)) {
    if (!Array.isArray(v) || v.length !== 2 || !(v[0] >= 1 && v[1] <= 31 && v[0] <= v[1])) throw new Error(`${FILE}: month-parts."${k}" must be [first day, last day]`)
    monthParts.set(k.toLowerCase(), [v[0], v[1]])
  }
  if (!monthParts.size) throw new Error(`${FILE}: "month-parts" is empty`)
  const counts = numbers('counts')
  const holidays = new Map<string, [number, number]>()
  for (const [k, v] of Object.entries((raw['holidays'] ?? {}) as Record<string, unknown>)) {
    if (!Array.isArray(v) || v.length !== 2 || !(v[0] >= 1 && v[0] <= 12 && v[1] >= 1 && v[1] <= 31)) throw new Error(`${FILE}: holidays."${k}" must be [month, day]`)
    holidays.set(k.toLowerCase(), [v[0], v[1]])
  }
  const feasts = new Map<string, number>()
  for (const [k, v] of Object.entries((raw['easter-feasts'] ?? {}) as Record<string, unknown>)) {
    if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > 70) throw new Error(`${FILE}: easter-feasts."${k}" must be a whole number of days from Easter Sunday`)
    feasts.set(k.toLowerCase(), v)
  }
  cached = {
    holidays, holidayAlt: alt([...holidays.keys()]), feasts, feastAlt: alt([...feasts.keys()]),
    future: new RegExp(`(?:^|[^\\w'])(?:${alt(list('future-cues'))})(?![\\w])(?!\\s+(?:${alt(list('future-cues-not-after'))})(?![\\w]))`, 'i'),
    resumedClause: new RegExp(`,\\s+(?:${alt(list('resumed-clause-verbs'))})(?![\\w])`, 'gi'),
    pastClause: new RegExp(`(?:^|[^\\w'])(?:${alt(list('clause-future-cues'))})\\s+(?:[\\w'’-]+\\s+){0,4}?(?!(?:${alt(list('future-cues'))})(?![\\w]))(?:[a-z]+ed|${alt(list('past-clause-verbs'))})(?![\\w])(?:(?!(?:^|[^\\w'])(?:${alt(list('future-cues'))})(?![\\w])).)*$`, 'is'),
    nightRunOn: new RegExp(`(?:[a-z]{3,}ed|${alt(list('past-clause-verbs'))})(?![\\w])[^.;]{0,80}?(?:^|[^\\w'])until\\s+(?:${alt(list('night-run-on'))})\\s*$`, 'i'),
    futureInPast: new RegExp(`(?:^|[^\\w'])(?:${alt(list('future-in-past-cues'))})(?![\\w])(?!\\s+(?:${alt(list('future-in-past-not-after'))})(?![\\w]))`, 'i'),
    habitBefore: new RegExp(`(?:^|\\W)(?:${alt(list('habit-before-date'))})\\s+$`, 'i'),
    approxBefore: new RegExp(`(?:^|\\W)(?:${alt(list('approximate-before'))})\\s*$`, 'i'),
    monthAfter: new RegExp(`^\\s*\\(\\s*(?:${alt(list('month-after'))})\\s*\\)`, 'i'),
    quantityAfter: new RegExp(`^\\s*(?:${alt(list('quantity-after'))})(?![\\w])`, 'i'),
    yearContinuer: new RegExp(`(?:^|\\W)(?:${alt(list('year-continuers'))})(?![\\w])`, 'i'),
    sameDay: new RegExp(`(?:^|\\W)(?:${alt(list('same-day-anaphors'))})(?![\\w])`, 'i'),
    clockOpening: new RegExp(`^\\d{1,2}(?:[:.]\\d{2})?\\s*(?:${alt(list('clock-marks'))})(?![\\w])`, 'i'),
    approxAfter: new RegExp(`^\\s*\\(\\s*(?:${alt(list('approximate-after'))})\\b`, 'i'),
    monthParts, counts, units: numbers('units'),
    countAlt: alt([...counts.keys()]),
    campaignAlt: alt(list('campaign-nouns')),
    tollNounsAlt: alt(list('toll-update-nouns')),
    tollVerbsAlt: alt(list('toll-update-verbs')),
    warAge: new RegExp(`(?:${alt(list('war-age-nouns'))})$`, 'i'),
    termAge: new RegExp(`(?:${alt(list('term-nouns'))})$`, 'i'),
    campaignEnded: new RegExp(`(?:^|\\W)(?:${alt(list('campaign-ended-before'))})\\s+(?:(?:a|an|the|its|their)\\s+)?$`, 'i'),
    monthPartAlt: alt([...monthParts.keys()]),
    justNow: new RegExp(`(?:^|\\W)(?:${alt(list('just-happened'))})\\s+(?:\\w+ly\\s+)?(?:been\\s+)?$`, 'i'),
    // "said in a statement on Friday", "said in a statement read on state television on Tuesday": the statement's day too.
    statementDay: new RegExp(`(?:^|\\W)(?:${alt(list('reporting-verbs'))})\\s+(?:(?:${alt(list('statement-audiences'))})\\s+)?(?:(?:${alt(list('statement-objects'))})\\s+)?(?:in\\s+an?\\s+(?:${alt(list('statement-nouns'))})\\s+(?:(?:${alt(list('statement-channels'))})\\s+)?)?(?:on\\s+|late\\s+|early\\s+|on\\s+late\\s+)?$`, 'i'),
    yearTimeBefore: new RegExp(`(?:^|\\W)(?:${alt(list('year-time-before'))})\\s+(?:the\\s+)?$`, 'i'),
    commemorated: new RegExp(`(?:^|\\W)(?:${alt(list('commemoration-cues'))})(?!\\w)[^.;]*$`, 'i'),
    actClause: new RegExp(`^\\s+(?:(?:${alt(list('clause-subject-openers'))})\\s+(?:[\\w'’-]+\\s+){1,3}?|(?:[A-Z][\\w'’-]*|[a-z]+(?:s|men))\\s+(?:[\\w'’-]+\\s+){0,2}?)(?:had\\s+)?(?:[a-z]{3,}ed|${alt(list('past-clause-verbs'))})(?![\\w])`),
    crowdRelative: new RegExp(`\\b(?:who|whom)\\s+(?:had\\s+|have\\s+)?(?:${alt(list('crowd-relative-verbs'))})(?![\\w])`, 'i'),
    tollUpdate: new RegExp(`(?:^|\\W)(?:${alt(list('toll-update-nouns'))})(?![\\w])[^.;,]{0,160}?(?<![\\w])(?:${alt(list('toll-update-verbs'))})\\s+(?:to\\s+)?(?:[\\w,.-]+\\s+){0,3}?(?:on\\s+|late\\s+|early\\s+)?$`, 'i'),
    periodStart: new RegExp(`(?:^|\\W)(?:${alt(list('period-start'))})\\s+(?:(?:[\\w'’-]+\\s+){1,4}?(?:${alt(list('period-start-verbs'))})\\s+(?:on\\s+|in\\s+)?)?(?:last\\s+|early\\s+|late\\s+)?$`, 'i'),
    actOpener: new RegExp(`(?:^|\\W)(?:${alt(list('act-openers'))})(?!\\w)`, 'i'),
    agreementAct: new RegExp(`(?:^|\\W)(?:${alt(list('agreement-nouns'))})(?:\\s*,)?(?:\\s+[\\w'’-]+){0,6}?\\s+(?:${alt(list('agreement-verbs'))})(?!\\w)(?:\\s+[\\w'’-]+){0,6}?\\s+(?:in|on|at)\\s+(?:(?:late|early|mid)\\s+)?$`, 'i'),
    clauseOpener: new RegExp(`(?:^|\\W)(?:${alt(list('clause-openers'))})(?!\\w)`, 'i'),
    namedDay: new RegExp(`(?:^|[^\\w])(?:${alt([...list('named-days'), ...feasts.keys()])})$`, 'i'),
    indefiniteDay: new RegExp(`(?:^|[^\\w])(?:${alt(list('indefinite-day-before'))})\\s+$`, 'i'),
    weeklyRite: new RegExp(`^\\s+(?:${alt(list('weekly-rite-after'))})(?![\\w])`, 'i'),
    saidAfter: new RegExp(`^\\s*,?\\s*(?:[\\w'’-]+\\s+){0,6}?(?:${alt(list('reporting-verbs'))})(?![\\w])`, 'i'),
    occurrence: told(list('occurrence-verbs')),
    onset: told(list('onset-verbs')),
    retold: new RegExp(`(?:^|\\W)(?:${alt(list('retold-pluperfect'))})(?![\\w])[^.;]*$`, 'i'),
    // "The strike hit ...", "The attack on the camp happened ...": the act's noun opens the sentence, and no other act,
    // statement or time word ("after", "since", "came") stands between it and the date.
    // "A military jet bombed the village on Sunday afternoon": the striking craft opens the sentence, with "a" as well;
    // "The gunmen stormed the village on Monday evening": the doers told before, with "the".
    recall: new RegExp(`^(?:(?:the|that|this)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:${alt(list('act-recall-nouns'))})|(?:the|a|an)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:${alt(list('act-recall-craft'))})|the\\s+(?:${alt(list('act-recall-doers'))}))\\s+(?!(?:came|comes|follows|followed|was|is|marked|marks)\\b)(?:(?!\\b(?:after|before|since|following|said|says|told|week|weeks|month|months|year|years|ago)\\b)[^.;,])*$`, 'i'),
    metadataLabel: new RegExp(`^[ \\t]*(?:${alt(list('metadata-labels'))})[ \\t]*[:\\-–]?[ \\t]*$`, 'i'),
    discovery: list('discovery-cues').map((p, i) => {
      try { return new RegExp(p, 'i') } catch (e) { throw new Error(`${FILE}: discovery-cues[${i}] is not a regular expression: ${(e as Error).message}`) }
    }),
  }
  return cached
}

