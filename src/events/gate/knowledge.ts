/** @module events/gate/knowledge: data/events/gate.yaml compiled once into phrase indexes. */
import { readFileSync } from 'node:fs'
import { parse } from '../../yaml-cache.js'
import { dataPath } from '../../paths.js'
import type { PhraseIndex } from '../../text/phrases.js'
import { compilePhrases } from '../../text/phrases.js'

/** A trigger word's harmless sense: `words` lose their force when the sentence has a `company` word. */
/** `before`: the company counts in that many sentences before the trigger's too ("a bomb from the Second World War ... The bomb disposal team"). */
export interface Sense { words: Set<string>; company: PhraseIndex<true>; evenArmed: boolean; sentence: boolean; before: number }

export interface GateKnowledge {
  senses: Sense[]
  metaphors: PhraseIndex<true>
  fightWords: Set<string>
  abstractObjects: PhraseIndex<true>
  causes: PhraseIndex<true>
  weapons: PhraseIndex<true>
  animals: PhraseIndex<true>
  /** Words that make the cause after them the act's result, not its cause (rule `non-human-cause`). */
  resultsBefore: PhraseIndex<true>
  court: PhraseIndex<true>
  attribution: PhraseIndex<true>
  armedAgents: PhraseIndex<true>
  crowdAgents: PhraseIndex<true>
  police: PhraseIndex<true>
  persons: PhraseIndex<true>
  mobAgents: PhraseIndex<true>
  /** Mob words that name private company where ACLED codes only political violence. */
  privateGroups: Set<string>
  hypothetical: PhraseIndex<true>
  /** Rule `protection`: what armour or a shelter is built to bear ("can withstand roadside bombs"). */
  protection: PhraseIndex<true>
  /** Rule `founding-purpose`: what a group was formed for ("a group that formed to pull people out of the rubble of air strikes"). */
  foundingPurpose: PhraseIndex<true>
  siteUse: PhraseIndex<true>
  /** Rule `name-honours`: whom a name honours ("given the name of a unit that fought rebels"). */
  nameHonours: PhraseIndex<true>
  helpAim: PhraseIndex<true>
  /** Rule `agreement-in-force`: an agreement told taking effect or holding ("The ceasefire will take effect on Aug. 3"). */
  agreementInForce: PhraseIndex<true>
  /** Breaking words right before an agreement noun (rule `agreement-in-force`). */
  agreementBrokenBefore: PhraseIndex<true>
  /** Rule `lone-surrender`: one person right before a surrender word ("He surrendered in 2020"). */
  loneSurrenderBefore: PhraseIndex<true>
  /** Rule `feared`: what people fear ("residents fear that ... men who killed their relatives"). */
  fearThat: PhraseIndex<true>
  /** Rule `war-end`: how a war named before ended ("the war, which ended with peace accords in 1996"). */
  warEnded: PhraseIndex<true>
  /** Rule `agreement-frame`: an agreement as the time of an act ("during the holiday truce"). */
  agreementFrameBefore: PhraseIndex<true>
  /** Rule `conditional-threat`: "threatening to kill the captives if ...". */
  threatBefore: PhraseIndex<true>
  threatCondition: PhraseIndex<true>
  /** Rule `campaign-start`: "began firing missiles at ships in late 2023". */
  campaignBegan: PhraseIndex<true>
  /** Rule `contested-place`: "fought over by the ELN and former FARC fighters". */
  contestedAfter: PhraseIndex<true>
  /** Rule `campaign-aim`: "the battle to retake Mosul": the taking a campaign aims at. */
  campaignAim: PhraseIndex<true>
  /** Rule `object-relative`: "the gangs the army is fighting": the auxiliaries and the subject's first words. */
  relativeProgressive: PhraseIndex<true>
  relativeSubjectOpeners: Set<string>
  history: PhraseIndex<true>
  /** Rule `history` too, with no day in the sentence: a decade long past ("shot during fighting near Nakfa in the early 1980s"). */
  historyDecades: PhraseIndex<true>
  political: PhraseIndex<true>
  crime: PhraseIndex<true>
  months: Set<string>
  /** Nouns of a work stoppage besides "strike" (rule `walkout`): "the walkout would cost the port millions". */
  stoppageWords: Set<string>
  properTriggers: PhraseIndex<true>
  campaign: PhraseIndex<true>
  gathering: PhraseIndex<true>
  unrest: PhraseIndex<true>
  clauseBreaks: Set<string>
  /** Plural nouns of areas after a side's "-held" (rule `held-areas`). */
  heldAreas: Set<string>
  /** A group's recruiting, a change of activity only on a day told (rule `recruiting-practice`). */
  recruitWords: Set<string>
  /** Words before a plural act that make it a series of reprisals (rule `reprisal-series`). */
  seriesBefore: PhraseIndex<true>
  unknownCount: PhraseIndex<true>
  topic: PhraseIndex<true>
  plotted: PhraseIndex<true>
  threatAfter: PhraseIndex<true>
  foundDead: Set<string>
  /** Of foundDead, the phrases that tell a body found: armed men near them are often its finders, not its killers. */
  foundBody: Set<string>
  /** Rule `body-recovery`: the weak body words, and the rubble, mud or water they are pulled from. */
  bodyWords: Set<string>
  /** lead21 rule grave-bodies: a grave the bodies told next were found in (gate.yaml grave_words). */
  graveWords: RegExp
  recoveredFrom: PhraseIndex<true>
  bodySearch: PhraseIndex<true>
  /** Rule `war-toll`: a war named as what killed ("the war, which killed millions"). */
  warNouns: PhraseIndex<true>
  disruptedGeneric: Set<string>
  disruptedObjects: PhraseIndex<true>
  /** Talking and signing words of an agreement, and the words of a conflict that make it one (rule `no-conflict-side`). */
  agreementGeneric: Set<string>
  agreementContext: PhraseIndex<true>
  /** Right after an agreement word, a purchase or sale (rule `purchase`); before a fight word, who served in a war (rule `history`). */
  purchaseAfter: PhraseIndex<true>
  veteranBefore: PhraseIndex<true>
  /** Before "during" and a protest word, the deaths a court tries (rule `court-proceeding`). */
  triedDeathsBefore: PhraseIndex<true>
  accountWords: PhraseIndex<true>
  /** Relative pronouns before an act in the simple present (rule `habitual`). */
  relativeOpeners: PhraseIndex<true>
  /** Right after an act's word, a count compared with another period (rule `trend`). */
  trendNext: PhraseIndex<true>
  /** Strikes from the air or by missiles (rule `military-strike`) and the words of a labour strike that lift it. */
  militaryStrikes: PhraseIndex<true>
  labourStrike: PhraseIndex<true>
  /** "launched strikes on Iran's nuclear sites": what a strike from the air or by missiles is aimed at (rule `strike-on-target`). */
  strikeTargets: RegExp
  /** Right after a strike word, a harm only force does ("strikes killed 26"): the military sense (gate.yaml strike_harm). */
  strikeHarm: RegExp
  /** Right before a strike word, the dead or hurt killed in it ("killed in new army strike"; gate.yaml harm_in_strike). */
  harmInStrike: RegExp
  /** Before "fire", the word of whose guns fired ("army fire"): gunfire, no blaze (gate.yaml fire_owners). */
  fireOwners: Set<string>
  /** Weak words of taking ground by entering ("entered the centre of"): they need an armed side (gate.yaml entry_words). */
  entryWords: RegExp
  /** Entry words of a named town that are a taking only with fighting told in the sentence (gate.yaml town_entry_words). */
  townEntryWords: RegExp
  /** "India struck nine sites", "strikes on militant positions": strikes aimed at targets anywhere in the story (rule `military-strike`). */
  struckTargets: RegExp
  /** Words of strikers gathered (rule `walkout`): without one, a bare "strike" is workers staying away, no demonstration. */
  strikeGathering: PhraseIndex<true>
  /** Funeral words (rule `funeral`) and the copulas that make a protest word a name (rule `naming`). */
  funeral: PhraseIndex<true>
  /** Words of a demand that make a protest word at a funeral a protest of its own (rule `funeral`). */
  funeralDemands: PhraseIndex<true>
  namingBefore: PhraseIndex<true>
  /** Hearing words before a sound of fighting (rule `heard-only`). */
  heardBefore: PhraseIndex<true>
  heardAfter: PhraseIndex<true>
  lullAfter: PhraseIndex<true>
  /** Right before a territory word, after a noun: the places a side holds ("homes it had seized"), no act of the day. */
  heldBefore: PhraseIndex<true>
  /** Words of a swap: captives "released" in one are the exchange, not a gesture (the Other sub-type). */
  swapWords: PhraseIndex<true>
  /** Weapons found at the scene of an act told before (rule `scene-find`): a verb of finding, then where. */
  findVerbs: PhraseIndex<true>
  sceneAfter: PhraseIndex<true>
  /** A government body as the subject of a protest word: a diplomatic protest (rule `diplomatic-protest`). */
  stateProtesters: PhraseIndex<true>
  /** Words that tell a protest (rule `no-protest`). */
  protestContext: PhraseIndex<true>
  /** Sub-regions where ACLED records only politically motivated violence: ordinary crime there is never coded. */
  plainCrimeRegions: Set<string>
  /** Words right after an armed word that make it no armed group's own court: a state court ("military court"), a member tried. */
  stateCourts: Set<string>
  /** Words right after an "appeal" word that make it a plea ("appealed for food"), unless a court word follows (rule `court-proceeding`). */
  pleaAfter: Set<string>
  pleaCourtWords: Set<string>
  /** Nouns of a weapon itself and the acts of firing it (rule `no-firing`). */
  weaponNouns: Set<string>
  firingActs: PhraseIndex<true>
  /** Title openings, sections and closing-line openings of an opinion piece (rule `opinion`), lower case. */
  opinionTitles: string[]
  /** Thieves, robbers and burglars: the doers of a theft that is crime, not looting (rule `ordinary-crime`). */
  thieves: PhraseIndex<true>
  /** Names of companies and works that begin with a trigger word ("Riot Games"): the word is a name (rule `proper-name`). */
  triggerNames: PhraseIndex<true>
  /** Words that, closing a title's first part before a colon, make it a review ("Helldivers 2 review: ..."), lower case. */
  reviewTitles: string[]
  /** A court's finding before an act (rule `court-finding`); a killing right after a round-up (rule `killed-after-roundup`). */
  courtFindings: PhraseIndex<true>
  killingAfterRoundup: PhraseIndex<true>
  animalDoers: PhraseIndex<true>
  /** A photo credit opening a sentence ("REUTERS/Jane Doe"): the sentence before is a caption (rule `caption-sentence`). */
  creditOpening: RegExp
  /** Words of flight before an act of violence (rule `flight-from`). */
  fledFrom: PhraseIndex<true>
  flightCause: PhraseIndex<true>
  /** Words making violence the cause of a hardship in a sentence that names no incident (rule `consequence`). */
  hamperedBy: PhraseIndex<true>
  /** What the sentence tells of an act's doer, after a relative clause naming the act (rule `doer-fate`). */
  doerFate: PhraseIndex<true>
  /** After the act, what it is said to have caused or to be (rule `named-cause`). */
  causeAfter: PhraseIndex<true>
  /** Harm verbs right before a protest noun in a court sentence: the protesters are the case's victims (rule `court-proceeding`). */
  triedVictimsBefore: PhraseIndex<true>
  /** Analysts as the source of a sentence with no day (rule `analyst-view`). */
  analystSources: PhraseIndex<true>
  /** Words of a habit, not one act (rule `habitual`). */
  habitual: PhraseIndex<true>
  /** Rule `recurring`: a weekday that comes round again ("every Sunday"), no one day. */
  recurringDays: PhraseIndex<true>
  /** A deployment's routine purpose (rule `routine-security`). */
  routineSecurity: PhraseIndex<true>
  /** Right after a deployment word, the place of the incident just told ("deployed to the area"; rule `response-deployment`). */
  responseArea: PhraseIndex<true>
  /** A public occasion named in a story's title: forces deployed for it are routine security (rule `routine-security`). */
  occasionTitle: RegExp
  /** A rate over time right after the act (rule `trend`). */
  trendAfter: PhraseIndex<true>
  /** Politicians as the doers of a fight word: a row, not combat (rule `debate`). */
  debaters: PhraseIndex<true>
  /** The politician a fight word is with ("a heated clash with the Senate President"), and words after one that make it no row. */
  debatePartners: PhraseIndex<true>
  debatePartnerNotAfter: Set<string>
  /** Nouns naming an act's doers, not the act (rule `doer-noun`). */
  doerNouns: Set<string>
  /** Right after a doer noun, the doers' own death with no act word told ("All four attackers died in the mall"). */
  doerDiedAfter: PhraseIndex<true>
  /** What a story dates itself from, right before the act (rule `looked-back`). */
  lookedBack: PhraseIndex<true>
  /** A time clause's opener an agreement told in its clause is dated from (rule `looked-back`). */
  lookedBackClause: PhraseIndex<true>
  /** A clause an anniversary marks ("to mark 30 years since forces killed ..."): the act done to people is past (rule `looked-back`). */
  anniversaryClause: PhraseIndex<true>
  /** Words after a participle that describes people, before an anniversary clause later in the sentence (rule `looked-back`). */
  anniversaryParticipleAfter: Set<string>
  /** A moment named as the one an act long past happened: "at 11:15 a.m., the hour the first bombs fell" (rule `marked-moment`). */
  momentOfAct: PhraseIndex<true>
  /** The age a person killed had then, right before the act ("was 19 when he was killed"): who the dead were (rule `age-at-death`). */
  ageAtDeath: PhraseIndex<true>
  /** People finding their property wrecked ("found their houses destroyed"): a state met, not an act (rule `found-ruined`). */
  foundRuined: PhraseIndex<true>
  /** An earlier meeting of the same sides, with no day ("at the previous meeting"): the act of another occasion (rule `earlier-occasion`). */
  earlierOccasion: PhraseIndex<true>
  /** Aircraft named as a thing, and the acts besides `firingActs` by which they fire (rule `no-firing`). */
  aircraftNouns: Set<string>
  aircraftActs: PhraseIndex<true>
  /** A firing word right before the weapon that names its kind ("attack drones"), no firing (rule `no-firing`). */
  weaponKinds: Set<string>
  /** Future modals before a weapon's firing word ("drones that will strike"): a firing promised, not done (rule `no-firing`). */
  futureFiring: PhraseIndex<true>
  /** "has fought Boko Haram for 15 years": a perfect right before the act and a span after it (rule `war-length`). */
  lastingPerfect: PhraseIndex<true>
  runningProgressive: PhraseIndex<true>
  runningWhereProgressive: PhraseIndex<true>
  summedPerfect: PhraseIndex<true>
  /** "have been killed in staged encounters" (rule `acts-summed`, passive). */
  summedPassive: PhraseIndex<true>
  /** "questioned some of the killings": the act as what is judged (rule `act-questioned`). */
  reactionBefore: PhraseIndex<true>
  /** Rule `wide-front`: a scope after a fight word that names no place ("on several fronts"). */
  wideFront: PhraseIndex<true>
  protestSeriesBefore: PhraseIndex<true>
  lastingFor: PhraseIndex<true>
  seenPerfect: PhraseIndex<true>
  seenSpan: PhraseIndex<true>
  /** "whose father and two brothers were killed" (rule `kin-recalled`). */
  recalledKin: PhraseIndex<true>
  opinionSignoffs: string[]
  reviewMarks: PhraseIndex<true>
  /** Right before the act, a share of all such acts (rule `statistic`); a report as the source (rule `report-summary`). */
  statisticBefore: PhraseIndex<true>
  displacedStateBefore: PhraseIndex<true>
  displacedPerfectBefore: PhraseIndex<true>
  similarBefore: PhraseIndex<true>
  fundedBefore: PhraseIndex<true>
  endedBefore: PhraseIndex<true>
  hindersAfter: PhraseIndex<true>
  vehicleSubjects: PhraseIndex<true>
  captiveNouns: PhraseIndex<true>
  hamperedPerfectBefore: PhraseIndex<true>
  reportSources: PhraseIndex<true>
  /** A span of time a total is counted over (rule `period-total`). */
  periodTotals: PhraseIndex<true>
  /** A span of time opening the sentence as the act's doer: "Months of bombardment destroyed ..." (rule `campaign-subject`). */
  campaignSpans: PhraseIndex<true>
  /** After a noun of a lasting act, what it has brought about: "the detention of staff had forced agencies ..." (rule `lasting-cause`). */
  lastingCauseAfter: PhraseIndex<true>
  /** Words of an accident with a weapon (rule `weapon-accident`). */
  accidentWords: PhraseIndex<true>
  legacyWeapons: PhraseIndex<true>
  /** Forces that "deployed" describes when they are the object of the word before them (rule `described-forces`). */
  describedForces: Set<string>
  forcesObjectBefore: Set<string>
  /** Act words in the simple present, and words that open their object (rule `quoted-present`). */
  presentActs: Set<string>
  /** Present-tense verbs of a fight noun after "as" (rule `ongoing-as`). */
  ongoingAsVerbs: Set<string>
  /** Act words in the plural simple present (rule `habitual-present`). */
  presentPluralActs: Set<string>
  objectOpeners: Set<string>
  /** Gathering words that, done by politicians, are a row in a chamber (rule `debate`). */
  debateGatherings: Set<string>
  /** Relative pronouns that open an aside about a side (rule `which-aside`). */
  asideOpeners: Set<string>
  /** Single-token word sets of the sentence rules (sentence.ts), each as gate.yaml writes it. */
  comparedBefore: Set<string>
  killingNouns: Set<string>
  eachAnimal: Set<string>
  blastNouns: Set<string>
  relativeWords: Set<string>
  bareFight: Set<string>
  clauseEnds: Set<string>
  existential: Set<string>
  copulaAfter: Set<string>
  strikeWords: Set<string>
  passiveAux: Set<string>
  takenWords: Set<string>
  objectFill: Set<string>
  duringWords: Set<string>
  vagueMass: Set<string>
  frameFights: Set<string>
  coordinators: Set<string>
  spanNumbers: Set<string>
}

interface RawGate {
  senses: { words: string[]; company: string[]; even_armed?: boolean; sentence?: boolean; sentences_before?: number }[]
  topic: string[]; plotted: string[]; threat_after: string[]; found_dead: string[]; found_body: string[]; body_words: string[]; recovered_from: string[]; war_nouns: string[]; disrupted_generic: string[]; disrupted_objects: string[];
  agreement_generic: string[]; agreement_context: string[]; purchase_after: string[]; veteran_before: string[]; tried_deaths_before: string[]; account_words: string[]; relative_openers: string[]; trend_next: string[]
  metaphors: string[]; fight_words: string[]; abstract_objects: string[]; causes: string[]; weapons: string[]
  animals: string[]; results_before: string[]; court: string[]; attribution: string[]; armed_agents: string[]; crowd_agents: string[]; police: string[]
  persons: string[]; mob_agents: string[]; private_groups: string[]; hypothetical: string[]; protection: string[]; founding_purpose: string[]; agreement_in_force: string[]; agreement_broken_before: string[]; site_use: string[]; name_honours: string[]; lone_surrender_before: string[]; fear_that: string[]; war_ended: string[]; agreement_frame_before: string[]; threat_before: string[]; threat_condition: string[]; campaign_began: string[]; contested_after: string[]; grave_words: string[]; campaign_aim: string[]; relative_progressive: string[]; relative_subject_openers: string[]; history: string[]; history_decades: string[]; help_aim: string[]
  political: string[]; crime: string[]; months: string[]; stoppage_words: string[]; proper_triggers: string[]; campaign: string[]; gathering: string[]; unrest: string[]; clause_breaks: string[]; unknown_count: string[]
  plain_crime_regions: string[]
  state_courts: string[]; plea_after: string[]; plea_court_words: string[]
  weapon_nouns: string[]; firing_acts: string[]
  opinion_titles: string[]; opinion_signoffs: string[]; review_marks: string[]; review_titles: string[]; court_findings: string[]; killing_after_roundup: string[]; animal_doers: string[]; credit_agencies: string[]; fled_from: string[]; flight_cause: string[]
  hampered_by: string[]; analyst_sources: string[]; habitual: string[]; recurring_days: string[]; routine_security: string[]; response_area: string[]; occasions: string[]; trend_after: string[]; recalled_kin: string[]; debaters: string[]; doer_nouns: string[]; looked_back: string[]; looked_back_clause: string[]; aircraft_nouns: string[]; aircraft_acts: string[]; weapon_kinds: string[]; future_firing: string[]; lasting_perfect: string[]; lasting_for: string[]; seen_perfect: string[]; seen_span: string[]; doer_fate: string[]; tried_victims_before: string[]; cause_after: string[]; campaign_spans: string[]; lasting_cause_after: string[]; body_search: string[]; ended_before: string[]; hinders_after: string[]; held_areas: string[]; recruit_words: string[]; series_before: string[]; debate_partners: string[]; debate_partner_not_after: string[]; anniversary_clause: string[]; age_at_death: string[]; found_ruined: string[]; earlier_occasion: string[]; doer_died_after: string[]; anniversary_participle_after: string[]; moment_of_act: string[]; running_progressive: string[]; running_where_progressive: string[]; summed_perfect: string[]; summed_passive: string[]; reaction_before: string[]; protest_series_before: string[]; wide_front: string[];
  military_strikes: string[]; labour_strike: string[]; strike_gathering: string[]; statistic_before: string[]; displaced_state_before: string[]; displaced_perfect_before: string[]; similar_before: string[]; funded_before: string[]; vehicle_subjects: string[]; hampered_perfect_before: string[]; report_sources: string[]; period_totals: string[]; accident_words: string[]; legacy_weapons: string[]; protest_context: string[]; funeral: string[]; naming_before: string[]; heard_before: string[]; heard_after: string[]; lull_after: string[]; held_before: string[]; swap_words: string[]; state_protesters: string[]; find_verbs: string[]; scene_after: string[]; described_forces: string[]; forces_object_before: string[]; present_acts: string[]; present_plural_acts: string[]; object_openers: string[]; debate_gatherings: string[]; aside_openers: string[]; captive_nouns: string[]; funeral_demands: string[]; thieves: string[]; trigger_names: string[]; strike_targets: string[]; strike_harm: string[]; harm_in_strike: string[]; strike_target_links: string[]; entry_words: string[]; fire_owners: string[]; ongoing_as_verbs: string[]; town_entry_words: string[];
  compared_before: string[]; killing_nouns: string[]; each_animal: string[]; blast_nouns: string[]; relative_words: string[]; bare_fight: string[]; clause_ends: string[]; existential: string[]; copula_after: string[]; strike_words: string[]; passive_aux: string[]; taken_words: string[]; object_fill: string[]; during_words: string[]; vague_mass: string[]; frame_fights: string[]; coordinators: string[]; span_numbers: string[]
}

const LISTS = ['metaphors', 'fight_words', 'abstract_objects', 'causes', 'weapons', 'animals', 'results_before', 'court', 'attribution',
  'armed_agents', 'crowd_agents', 'police', 'persons', 'mob_agents', 'private_groups', 'hypothetical', 'history', 'history_decades', 'political', 'crime', 'months', 'proper_triggers', 'campaign', 'gathering', 'unrest', 'clause_breaks', 'unknown_count', 'topic', 'plotted', 'threat_after', 'found_dead', 'found_body', 'disrupted_generic', 'disrupted_objects', 'agreement_generic', 'agreement_context', 'purchase_after', 'veteran_before', 'tried_deaths_before', 'account_words', 'relative_openers', 'trend_next', 'military_strikes', 'labour_strike', 'strike_gathering', 'protest_context', 'funeral', 'naming_before', 'heard_before', 'heard_after', 'lull_after', 'held_before', 'swap_words', 'state_courts', 'weapon_nouns', 'firing_acts', 'opinion_titles', 'opinion_signoffs', 'court_findings', 'killing_after_roundup', 'animal_doers', 'credit_agencies', 'fled_from', 'hampered_by', 'analyst_sources', 'habitual', 'routine_security', 'response_area', 'occasions', 'trend_after', 'recalled_kin', 'debaters', 'doer_nouns', 'looked_back', 'looked_back_clause', 'aircraft_nouns', 'aircraft_acts', 'weapon_kinds', 'future_firing', 'lasting_perfect', 'lasting_for', 'seen_perfect', 'seen_span', 'state_protesters', 'statistic_before', 'displaced_state_before', 'displaced_perfect_before', 'similar_before', 'funded_before', 'vehicle_subjects', 'hampered_perfect_before', 'report_sources', 'period_totals', 'accident_words', 'legacy_weapons', 'find_verbs', 'scene_after', 'recovered_from', 'war_nouns', 'review_marks', 'described_forces', 'forces_object_before', 'present_acts', 'object_openers', 'debate_gatherings', 'aside_openers', 'captive_nouns', 'flight_cause', 'funeral_demands', 'present_plural_acts', 'review_titles', 'thieves', 'trigger_names', 'protection', 'founding_purpose', 'agreement_in_force', 'agreement_broken_before', 'lone_surrender_before', 'fear_that', 'war_ended', 'campaign_aim', 'relative_progressive', 'relative_subject_openers', 'strike_targets', 'strike_harm', 'harm_in_strike', 'strike_target_links', 'entry_words', 'fire_owners', 'doer_fate', 'tried_victims_before', 'cause_after', 'body_search', 'ended_before', 'hinders_after', 'held_areas', 'recruit_words', 'series_before', 'campaign_spans', 'lasting_cause_after', 'site_use', 'help_aim', 'name_honours', 'recurring_days', 'debate_partners', 'anniversary_clause', 'age_at_death', 'found_ruined', 'earlier_occasion', 'doer_died_after', 'ongoing_as_verbs', 'anniversary_participle_after', 'moment_of_act', 'running_progressive', 'protest_series_before', 'town_entry_words', 'agreement_frame_before', 'threat_before', 'threat_condition', 'campaign_began', 'contested_after', 'grave_words', 'running_where_progressive', 'summed_perfect',
  'compared_before', 'killing_nouns', 'each_animal', 'blast_nouns', 'relative_words', 'bare_fight', 'clause_ends', 'existential', 'copula_after', 'strike_words', 'passive_aux', 'taken_words', 'object_fill', 'during_words', 'vague_mass', 'frame_fights', 'coordinators', 'span_numbers', 'summed_passive', 'reaction_before', 'wide_front', 'stoppage_words'] as const

/** Check a list loudly: our data, so a mistake throws naming the file and entry. */
function checked(raw: RawGate, key: (typeof LISTS)[number]): string[] {
  const list = raw[key]
  if (!Array.isArray(list) || !list.length) throw new Error(`data/events/gate.yaml: "${key}" must be a non-empty list`)
  const seen = new Set<string>()
  for (const w of list) {
    if (typeof w !== 'string' || !w.trim()) throw new Error(`data/events/gate.yaml: "${key}" has an empty or non-text entry`)
    if (seen.has(w)) throw new Error(`data/events/gate.yaml: "${w}" twice in ${key}`)
    seen.add(w)
  }
  return list as string[]
}

/** A list as a regex alternation, each entry literal; `spaces` lets a space match any run of whitespace. */
const alt = (list: readonly string[], spaces = false): string => list.map((w) => {
  const literal = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return spaces ? literal.replace(/ /g, '\\s+') : literal
}).join('|')
const phrases = (raw: RawGate, key: (typeof LISTS)[number]): PhraseIndex<true> => compilePhrases(checked(raw, key).map((w) => [w, true] as [string, true]))

let cached: GateKnowledge | null = null
export function gateKnowledge(): GateKnowledge {
  if (cached) return cached
  const raw = parse(readFileSync(dataPath('events', 'gate.yaml'), 'utf8')) as RawGate
  for (const key of LISTS) checked(raw, key)   // every list, even those kept as sets; compiled once below
  cached = {
    senses: raw.senses.map((s, i) => {
      if (!s.words?.length || !s.company?.length) throw new Error(`data/events/gate.yaml: senses[${i}] needs words and company`)
      return { words: new Set(s.words.map((w) => w.toLowerCase())), company: compilePhrases(s.company.map((w) => [w, true] as [string, true])), evenArmed: s.even_armed === true, sentence: s.sentence === true, before: s.sentences_before ?? 0 }
    }),
    metaphors: phrases(raw, 'metaphors'),
    fightWords: new Set(raw.fight_words),
    abstractObjects: phrases(raw, 'abstract_objects'),
    causes: phrases(raw, 'causes'),
    weapons: phrases(raw, 'weapons'),
    animals: phrases(raw, 'animals'),
    resultsBefore: phrases(raw, 'results_before'),
    court: phrases(raw, 'court'),
    attribution: phrases(raw, 'attribution'),
    armedAgents: phrases(raw, 'armed_agents'),
    crowdAgents: phrases(raw, 'crowd_agents'),
    police: phrases(raw, 'police'),
    persons: phrases(raw, 'persons'),
    mobAgents: phrases(raw, 'mob_agents'),
    privateGroups: new Set(raw.private_groups.map((w) => w.toLowerCase())),
    hypothetical: phrases(raw, 'hypothetical'),
    protection: phrases(raw, 'protection'),
    foundingPurpose: phrases(raw, 'founding_purpose'),
    siteUse: phrases(raw, 'site_use'),
    nameHonours: phrases(raw, 'name_honours'),
    helpAim: phrases(raw, 'help_aim'),
    agreementInForce: phrases(raw, 'agreement_in_force'),
    agreementBrokenBefore: phrases(raw, 'agreement_broken_before'),
    loneSurrenderBefore: phrases(raw, 'lone_surrender_before'),
    fearThat: phrases(raw, 'fear_that'),
    warEnded: phrases(raw, 'war_ended'),
    agreementFrameBefore: phrases(raw, 'agreement_frame_before'),
    threatBefore: phrases(raw, 'threat_before'),
    threatCondition: phrases(raw, 'threat_condition'),
    campaignBegan: phrases(raw, 'campaign_began'),
    contestedAfter: phrases(raw, 'contested_after'),
    campaignAim: phrases(raw, 'campaign_aim'),
    relativeProgressive: phrases(raw, 'relative_progressive'),
    relativeSubjectOpeners: new Set(raw.relative_subject_openers.map((w) => w.toLowerCase())),
    history: phrases(raw, 'history'),
    historyDecades: phrases(raw, 'history_decades'),
    political: phrases(raw, 'political'),
    crime: phrases(raw, 'crime'),
    months: new Set(raw.months),
    stoppageWords: new Set(raw.stoppage_words.map((w) => w.toLowerCase())),
    properTriggers: phrases(raw, 'proper_triggers'),
    campaign: phrases(raw, 'campaign'),
    gathering: phrases(raw, 'gathering'),
    unrest: phrases(raw, 'unrest'),
    clauseBreaks: new Set(raw.clause_breaks.map((w) => w.toLowerCase())),
    heldAreas: new Set(raw.held_areas.map((w) => w.toLowerCase())),
    recruitWords: new Set(raw.recruit_words.map((w) => w.toLowerCase())),
    seriesBefore: phrases(raw, 'series_before'),
    unknownCount: phrases(raw, 'unknown_count'),
    topic: phrases(raw, 'topic'), plotted: phrases(raw, 'plotted'),
    threatAfter: phrases(raw, 'threat_after'),
    foundDead: new Set([...raw.found_dead, ...raw.found_body].map((w) => w.toLowerCase())),
    foundBody: new Set(raw.found_body.map((w) => w.toLowerCase())),
    bodyWords: new Set(raw.body_words.map((w) => w.toLowerCase())),
    graveWords: new RegExp(`\\b(?:${alt(raw.grave_words)})\\b`, 'i'),
    recoveredFrom: phrases(raw, 'recovered_from'),
    bodySearch: phrases(raw, 'body_search'),
    warNouns: phrases(raw, 'war_nouns'),
    disruptedGeneric: new Set(raw.disrupted_generic.map((w) => w.toLowerCase())),
    disruptedObjects: phrases(raw, 'disrupted_objects'),
    agreementGeneric: new Set(raw.agreement_generic.map((w) => w.toLowerCase())),
    agreementContext: phrases(raw, 'agreement_context'),
    purchaseAfter: phrases(raw, 'purchase_after'),
    veteranBefore: phrases(raw, 'veteran_before'),
    triedDeathsBefore: phrases(raw, 'tried_deaths_before'),
    accountWords: phrases(raw, 'account_words'),
    relativeOpeners: phrases(raw, 'relative_openers'),
    trendNext: phrases(raw, 'trend_next'),
    militaryStrikes: phrases(raw, 'military_strikes'),
    labourStrike: phrases(raw, 'labour_strike'),
    fireOwners: new Set(raw.fire_owners.map((w) => w.toLowerCase())),
    entryWords: new RegExp(`^(?:${alt(raw.entry_words, true)})\\b`, 'i'),
    townEntryWords: new RegExp(`^(?:${alt(raw.town_entry_words, true)})\\b`, 'i'),
    strikeTargets: new RegExp(`^\\s+(?:${alt(raw.strike_target_links)})\\s+(?:[\\w'’-]+\\s+){0,5}?(?:${alt(raw.strike_targets, true)})(?![\\w])`, 'i'),
    harmInStrike: new RegExp(`\\b(?:${alt(raw.harm_in_strike)})\\s+(?:in|by)\\s+(?:[\\w'’-]+\\s+){0,3}$`, 'i'),
    strikeHarm: new RegExp(`^[^.;:,]{0,80}?\\b(?:${alt(raw.strike_harm)})(?![\\w])`, 'i'),
    struckTargets: new RegExp(`\\b(?:struck|strikes?\\s+(?:on|against))\\s+(?:[\\w'’-]+\\s+){0,5}?(?:${alt(raw.strike_targets, true)})(?![\\w])`, 'gi'),
    strikeGathering: phrases(raw, 'strike_gathering'),
    protestContext: phrases(raw, 'protest_context'),
    funeral: phrases(raw, 'funeral'),
    funeralDemands: phrases(raw, 'funeral_demands'),
    namingBefore: phrases(raw, 'naming_before'),
    heardBefore: phrases(raw, 'heard_before'),
    heardAfter: phrases(raw, 'heard_after'),
    lullAfter: phrases(raw, 'lull_after'),
    heldBefore: phrases(raw, 'held_before'),
    swapWords: phrases(raw, 'swap_words'),
    findVerbs: phrases(raw, 'find_verbs'),
    sceneAfter: phrases(raw, 'scene_after'),
    stateProtesters: phrases(raw, 'state_protesters'),
    plainCrimeRegions: new Set(raw.plain_crime_regions ?? []),
    stateCourts: new Set(raw.state_courts.map((w) => w.toLowerCase())),
    pleaAfter: new Set(raw.plea_after.map((w) => w.toLowerCase())),
    pleaCourtWords: new Set(raw.plea_court_words.map((w) => w.toLowerCase())),
    weaponNouns: new Set(raw.weapon_nouns.map((w) => w.toLowerCase())),
    firingActs: phrases(raw, 'firing_acts'),
    courtFindings: phrases(raw, 'court_findings'),
    killingAfterRoundup: phrases(raw, 'killing_after_roundup'),
    animalDoers: phrases(raw, 'animal_doers'),
    fledFrom: phrases(raw, 'fled_from'),
    flightCause: phrases(raw, 'flight_cause'),
    hamperedBy: phrases(raw, 'hampered_by'),
    doerFate: phrases(raw, 'doer_fate'),
    causeAfter: phrases(raw, 'cause_after'),
    triedVictimsBefore: phrases(raw, 'tried_victims_before'),
    analystSources: phrases(raw, 'analyst_sources'),
    habitual: phrases(raw, 'habitual'),
    recurringDays: phrases(raw, 'recurring_days'),
    routineSecurity: phrases(raw, 'routine_security'),
    responseArea: phrases(raw, 'response_area'),
    occasionTitle: new RegExp(`\\b(?:${alt(raw.occasions)})\\b`, 'i'),
    trendAfter: phrases(raw, 'trend_after'),
    debaters: phrases(raw, 'debaters'),
    debatePartners: phrases(raw, 'debate_partners'),
    debatePartnerNotAfter: new Set(raw.debate_partner_not_after.map((w) => w.toLowerCase())),
    doerNouns: new Set(raw.doer_nouns),
    doerDiedAfter: phrases(raw, 'doer_died_after'),
    lookedBack: phrases(raw, 'looked_back'),
    lookedBackClause: phrases(raw, 'looked_back_clause'),
    anniversaryClause: phrases(raw, 'anniversary_clause'),
    anniversaryParticipleAfter: new Set(checked(raw, 'anniversary_participle_after')),
    momentOfAct: phrases(raw, 'moment_of_act'),
    ageAtDeath: phrases(raw, 'age_at_death'),
    foundRuined: phrases(raw, 'found_ruined'),
    earlierOccasion: phrases(raw, 'earlier_occasion'),
    aircraftNouns: new Set(raw.aircraft_nouns.map((w) => w.toLowerCase())),
    aircraftActs: phrases(raw, 'aircraft_acts'),
    weaponKinds: new Set(raw.weapon_kinds.map((w) => w.toLowerCase())),
    futureFiring: phrases(raw, 'future_firing'),
    lastingPerfect: phrases(raw, 'lasting_perfect'),
    runningProgressive: phrases(raw, 'running_progressive'),
    runningWhereProgressive: phrases(raw, 'running_where_progressive'),
    summedPerfect: phrases(raw, 'summed_perfect'),
    summedPassive: phrases(raw, 'summed_passive'),
    reactionBefore: phrases(raw, 'reaction_before'),
    wideFront: phrases(raw, 'wide_front'),
    protestSeriesBefore: phrases(raw, 'protest_series_before'),
    lastingFor: phrases(raw, 'lasting_for'),
    seenPerfect: phrases(raw, 'seen_perfect'),
    seenSpan: phrases(raw, 'seen_span'),
    recalledKin: phrases(raw, 'recalled_kin'),
    statisticBefore: phrases(raw, 'statistic_before'),
    displacedStateBefore: phrases(raw, 'displaced_state_before'),
    displacedPerfectBefore: phrases(raw, 'displaced_perfect_before'),
    similarBefore: phrases(raw, 'similar_before'),
    fundedBefore: phrases(raw, 'funded_before'),
    endedBefore: phrases(raw, 'ended_before'),
    hindersAfter: phrases(raw, 'hinders_after'),
    vehicleSubjects: phrases(raw, 'vehicle_subjects'),
    captiveNouns: phrases(raw, 'captive_nouns'),
    hamperedPerfectBefore: phrases(raw, 'hampered_perfect_before'),
    reportSources: phrases(raw, 'report_sources'),
    periodTotals: phrases(raw, 'period_totals'),
    campaignSpans: phrases(raw, 'campaign_spans'),
    lastingCauseAfter: phrases(raw, 'lasting_cause_after'),
    accidentWords: phrases(raw, 'accident_words'),
    legacyWeapons: phrases(raw, 'legacy_weapons'),
    describedForces: new Set(raw.described_forces.map((w) => w.toLowerCase())),
    forcesObjectBefore: new Set(raw.forces_object_before.map((w) => w.toLowerCase())),
    presentActs: new Set(raw.present_acts.map((w) => w.toLowerCase())),
    ongoingAsVerbs: new Set(raw.ongoing_as_verbs.map((w) => w.toLowerCase())),
    presentPluralActs: new Set(raw.present_plural_acts.map((w) => w.toLowerCase())),
    objectOpeners: new Set(raw.object_openers.map((w) => w.toLowerCase())),
    debateGatherings: new Set(raw.debate_gatherings.map((w) => w.toLowerCase())),
    asideOpeners: new Set(raw.aside_openers.map((w) => w.toLowerCase())),
    creditOpening: new RegExp(`^\\s*(?:${alt(raw.credit_agencies)})\\s*/\\s*\\p{Lu}`, 'u'),
    opinionTitles: raw.opinion_titles.map((w) => w.toLowerCase()),
    reviewTitles: checked(raw, 'review_titles').map((w) => w.toLowerCase()),
    opinionSignoffs: raw.opinion_signoffs.map((w) => w.toLowerCase()),
    reviewMarks: phrases(raw, 'review_marks'),
    thieves: phrases(raw, 'thieves'),
    triggerNames: phrases(raw, 'trigger_names'),
    comparedBefore: new Set(checked(raw, 'compared_before')),
    killingNouns: new Set(checked(raw, 'killing_nouns')),
    eachAnimal: new Set(checked(raw, 'each_animal')),
    blastNouns: new Set(checked(raw, 'blast_nouns')),
    relativeWords: new Set(checked(raw, 'relative_words')),
    bareFight: new Set(checked(raw, 'bare_fight')),
    clauseEnds: new Set(checked(raw, 'clause_ends')),
    existential: new Set(checked(raw, 'existential')),
    copulaAfter: new Set(checked(raw, 'copula_after')),
    strikeWords: new Set(checked(raw, 'strike_words')),
    passiveAux: new Set(checked(raw, 'passive_aux')),
    takenWords: new Set(checked(raw, 'taken_words')),
    objectFill: new Set(checked(raw, 'object_fill')),
    duringWords: new Set(checked(raw, 'during_words')),
    vagueMass: new Set(checked(raw, 'vague_mass')),
    frameFights: new Set(checked(raw, 'frame_fights')),
    coordinators: new Set(checked(raw, 'coordinators')),
    spanNumbers: new Set(checked(raw, 'span_numbers')),
  }
  return cached
}
