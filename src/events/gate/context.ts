/** @module events/gate/context: what kind of story the article is (sport, health, crime, ... or news), from its words. */
import type { Doc } from '../../doc.js'
import { conventions, documentCountry } from '../../mentions/actors/index.js'
import { countries } from '../../mentions/countries.js'
import type { EventKnowledge } from '../knowledge.js'
import type { GateKnowledge } from './knowledge.js'

/** `news`: no other domain dominates, the sentence rules alone decide. */
export type Focus = 'news' | 'crime' | string

export interface DocContext {
  focus: Focus
  /** An election-campaign story: its rallies and marches are campaign events (rule `campaign-event`). */
  campaign: boolean
  /** A story about street unrest: its fire bombs and stones are a crowd's (rule `no-crowd` lifted). */
  unrest: boolean
  /** The story's country is one where ACLED presumes an unnamed killer organised (data/actors/conventions.yaml `gang`). */
  organisedCrime: boolean
  /** The story's country lies where ACLED records only politically motivated violence (gate.yaml `plain_crime_regions`). */
  politicalOnly: boolean
  /** Domain words per domain; `armed`: words naming armed actors; `causes`, `weapons`, `campaign`: words of gate.yaml's lists. */
  counts: Record<string, number>
  why: string
}

// A domain must have this many words, and this many per thousand tokens, to set the focus:
// a short report with three market words is still a report, a story with a dozen is a market story.
const MIN_WORDS = 6
const MIN_DENSITY = 8
// Crime words are fewer per story than sport or market words: three set a crime story.
const MIN_CRIME = 3
// Campaign words: this many, this dense, and twice the words naming armed actors make a campaign story.
const MIN_CAMPAIGN = 5
const MIN_CAMPAIGN_DENSITY = 10
const NOT_DOMAINS = new Set(['armed', 'crime', 'causes', 'weapons', 'campaign', 'unrest', 'militaryStrikes', 'protest'])
const MIN_UNREST = 3
// A story of ordinary crime told without any armed, organised or political side: two crime words set it.
const MIN_PLAIN_CRIME = 2

/**
 * The article's focus: the domain with most words, when it clearly outweighs the words naming
 * armed or organised actors. A health, sport or business story then needs far stronger evidence
 * per sentence; a crime story needs a political or organised side before violence is coded.
 */
export function documentContext(doc: Doc, k: EventKnowledge, g: GateKnowledge): DocContext {
  const t = doc.tokens
  const counts: Record<string, number> = {}
  for (const m of k.domains.scan(t)) counts[m.value] = (counts[m.value] ?? 0) + 1
  counts.crime = g.crime.scan(t).length
  counts.causes = g.causes.scan(t).length
  counts.weapons = g.weapons.scan(t).length
  counts.campaign = g.campaign.scan(t).length
  counts.unrest = g.unrest.scan(t).length
  // Strikes aimed at sites, positions or bases anywhere in the story ("India struck nine sites") set the military sense too.
  counts.militaryStrikes = g.militaryStrikes.scan(t).length + (doc.text.match(g.struckTargets)?.length ?? 0)
  counts.protest = g.protestContext.scan(t).length
  const political = g.political.scan(t).length
  counts.armed = g.armedAgents.scan(t).length
    + doc.actors.filter((a) => !a.generic && a.role === 'armed' && !a.name.startsWith('Police Forces')).length
  const perThousand = (n: number) => (n * 1000) / Math.max(1, t.count)
  const ranked = Object.entries(counts).filter(([d]) => !NOT_DOMAINS.has(d)).sort((a, b) => b[1] - a[1])
  const [domain, n] = ranked[0] ?? ['', 0]
  const campaign = counts.campaign >= MIN_CAMPAIGN && perThousand(counts.campaign) >= MIN_CAMPAIGN_DENSITY && counts.campaign >= 2 * counts.armed
  const unrest = counts.unrest >= MIN_UNREST
  const iso = documentCountry(doc)
  const organisedCrime = !!conventions().gangName(iso)
  const region = iso ? countries().get(iso)?.region : undefined
  const politicalOnly = !!region && g.plainCrimeRegions.has(region) && !organisedCrime
  if (n >= MIN_WORDS && perThousand(n) >= MIN_DENSITY && n >= 2 * counts.armed && n >= counts.crime) {
    return { focus: domain, campaign, unrest, organisedCrime, politicalOnly, counts, why: `${n} ${domain} words against ${counts.armed} naming armed actors` }
  }
  if (counts.crime >= MIN_CRIME && perThousand(counts.crime) >= MIN_DENSITY && 3 * political < counts.crime) {
    return { focus: 'crime', campaign, unrest, organisedCrime, politicalOnly, counts, why: `${counts.crime} crime and policing words against ${political} political or organised ones` }
  }
  // ACLED leaves out interpersonal crime (a robbery, a domestic killing, a shooting the police investigate) with no
  // organised or political side. Where it records only politically motivated violence (gate.yaml
  // `plain_crime_regions`), a story that never names an armed group, a gang or a political side, with crime words,
  // is such crime, however short. Not elsewhere: there coders record mob, communal and gang killings; nor where
  // ACLED presumes an unnamed killer organised (data/actors/conventions.yaml `gang`: Mexico is in North America).
  if (counts.crime >= MIN_PLAIN_CRIME && counts.armed === 0 && political === 0 && politicalOnly) {
    return { focus: 'crime', campaign, unrest, organisedCrime, politicalOnly, counts, why: `${counts.crime} crime and policing words and no armed, organised or political side named anywhere, in ${region}, where ACLED codes only political violence` }
  }
  return { focus: 'news', campaign, unrest, organisedCrime, politicalOnly, counts, why: 'no single non-conflict domain dominates' }
}
