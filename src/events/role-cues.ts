/** @module events/role-cues: the words that tell agent from target (data/actors/roles.yaml), compiled once. */
import { dataPath } from '../paths.js'
import { readYaml } from '../yaml-cache.js'
import { alternation } from '../mentions/actors/conventions.js'
import { cueSource } from './cues.js'

/**
 * From right after an act to a group named after it: ", part of a blockade the group JNIM declared" (cues campaign-nouns).
 * The group whose campaign the act is part of did it; it was not hit (roles rule campaign-owner, classify's armed sides).
 */
export const CAMPAIGN_OWNER = new RegExp(`^[^.;]{0,120}?,\\s+part\\s+of\\s+(?:a|an|the|its|their)\\s+(?:[\\w'’-]+\\s+){0,2}?${cueSource('campaign-nouns')}\\b[^.;]{0,60}$`, 'i')

interface RawRoleCues {
  passive_auxiliaries: string[]
  by_modifiers: string[]
  object_makers: string[]
  weapon_placers: string[]
  new_incident: string[]
  disarm_verbs: string[]
  device_hit_verbs: string[]
  claim_verbs: string[]
  initiative: { operation: string[]; attack: string[]; response: string[] }
  teller_nouns: string[]
  teller_verbs: string[]
  self_report_verbs: string[]
  self_report_adverbs: string[]
  self_subjects: string[]
  group_anaphors: string[]
  self_denial_verbs: string[]
  official_tellers: string[]
  branch_affiliations: string[]
  branch_hedges: string[]
  branch_loyalties: string[]
  own_people_before: string[]
  after_the_fact: string[]
  steps_in: string[]
  steps_in_late: { before: string[]; verbs: string[] }
  own_attack: string[]
  insider_attack: string[]
  armed_person_nouns: string[]
  rival: string[]
  aligned: string[]
  strike_modifiers: string[]
  strike_nouns: string[]
  country_strike_verbs: string[]
  country_strike_weapons: string[]
  roundup_force_nouns: string[]
  roundup_tellers: string[]
  hyphen_affiliations: string[]
  spaced_affiliations: string[]
  affiliate_nouns: string[]
  reciprocal_verbs: string[]
  joint_joiners: string[]
  help_joiners: string[]
  known_as: string[]
  known_as_relative: string[]
  doer_nouns: string[]
  each_other: string[]
  together: string[]
  other_auxiliaries: string[]
  taken_up_again: string[]
  two_way_fire: string[]
  mutual_riot: string[]
  counter_protest: string[]
  intervention_verbs: string[]
  crowd_control_verbs: string[]
  demonstration_words: string[]
  protest_story_words: string[]
  crowd_nouns: string[]
  crowd_damage: string[]
  crowd_property_damage: string[]
  protest_crowd_nouns: string[]
  crowd_damage_before: string[]
  clause_breaks: string[]
  symbolic_objects: string[]
  detention_words: string[]
  crowd_violence_words: string[]
  state_targets: string[]
  state_targets_not_of: string[]
  contraband: string[]
  drug_sites: string[]
  crowd_control_passive: string[]
  listed_among: string[]
  attacked_on: string[]
  civilian_sites: string[]
  people_place_heads: string[]
  guard_nouns: string[]
  prison_words: string[]
  manner_suffixes: string[]
  object_particles: string[]
  object_not_first: string[]
  object_ends: string[]
  object_pronouns: string[]
  office_titles: string[]
  office_titles_of_place: string[]
}

// A past or present participle followed by an article, a possessive, a number or nothing: a verb and its own object.
const VERB_THEN_OBJECT = /^\w+(?:ed|ing)(?:$|\s+(?:the|a|an|his|her|their|its|this|that|these|those|some|several|at|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b)/i

export type Initiative = 'operation' | 'attack' | 'response'

export interface RoleCues {
  /** Whether the words right before a trigger make it a passive verb ("was ambushed"). */
  passiveBefore(before: string): boolean
  /** Whether `before` (text up to a mention) ends with a word that lists it among others ("including a police officer"). */
  listedAmong(before: string): boolean
  /** Whether `before` (text up to a mention) ends with an attack's noun and "on" ("attacks on police stations"): the one hit. */
  attackedOn(before: string): boolean
  /** The place where people gather that `sentence` says the act hit ("at a mosque"), or null. */
  civilianSite(sentence: string): string | null
  /** Whether `before` (text up to a mention) ends with "by" and only modifiers after it: null when not, else what the word before "by" makes it. */
  byBefore(before: string): 'agent' | 'maker' | 'placer' | null
  /** The verb of running into a device that `between` (from a mention's end to the device word) holds ("truck struck a"), or null. */
  deviceHit(between: string): string | null
  /** The verb of claiming or planting `after` (from a mention's end) starts with ("claimed responsibility"), or null. */
  claimAfter(after: string): string | null
  /** Whether a sentence starting with `start` tells another incident ("In another attack, ..."). */
  newIncident(start: string): boolean
  /** The first word in `text` telling that a device was found or made safe ("defused"), or null. */
  disarmed(text: string): string | null
  /** The initiative a mention takes by the verb right after it (`after` starts at the mention's end), or null. */
  initiativeAfter(after: string): { kind: Initiative; cue: string } | null
  /** Whether `after` (from a mention's end) names a spokesperson or statement of it within three words. */
  tellerNoun(after: string): boolean
  /** Whether `after` starts with a comma and a teller noun with its own verb of speech ("..., security sources said"). */
  otherTeller(after: string): boolean
  /** Whether `after` (from a mention's end) starts with a verb of reporting, and where the report begins. */
  tellerVerb(after: string): number | null
  /** The words between a teller and the act make the teller its doer: "the U.S. military said it carried out an airstrike". */
  selfTold(between: string): boolean
  /** "Ukraine's military said its ..." right before a trigger that names the weapon ("drones had struck"): its own weapon. */
  selfWeapon(between: string): boolean
  /** `before` (sentence start to the act) has "the group" (or the like) say it did the act: "the group said it had fired". */
  anaphorSelfTold(before: string): boolean
  /** Whether `before` (a sentence up to its act) names its doer only by a group anaphor ("Last month the group fired ..."). */
  groupAnaphor(before: string): boolean
  /** Whether `before` (text up to a mention) ends with a group anaphor in the possessive ("the group's "): the mention is its own. */
  groupPossessive(before: string): boolean
  /** Whether `before` (text up to a group) ends with an affiliation word and "to", "with" or "by" ("which is linked to"). */
  linkedTo(before: string): boolean
  /** The words between a side and the act's gerund deny it did it: " on Monday denied " ("the RSF on Monday denied attacking civilians"). */
  deniedDoing(between: string): boolean
  /** A teller's words name an unarmed official body ("Officials", "the health ministry"). */
  officialTeller(text: string): boolean
  /** The words between a named group and the fighters after it make them that group: "-linked ", "-affiliated " ("Islamic State-linked insurgents"). */
  branchBetween(between: string): boolean
  /** The words between unnamed fighters and a named group after them make them that group: " linked to ", " affiliated with the ". */
  branchAfterBetween(between: string): boolean
  /** The same with a word of allegiance ("fighters loyal to "): for a group of one country only (roles.yaml branch_loyalties). */
  loyalAfterBetween(between: string): boolean
  /** Whether `before` (text up to a mention) ends with a possessive of the teller's own people ("its fighters"). */
  ownBefore(before: string): boolean
  /** The first words of an insider attack in `text` ("an insider attack", "a Taliban infiltrator"), or null. */
  insiderAttack(text: string): string | null
  /** Whether `after` (from a mention's end) goes on with a passive auxiliary ("was tied up"): the mention is done to. */
  passiveSubject(after: string): boolean
  /** Whether a mention's words end with the noun of a single person or a few ("a man", "two individuals"). */
  personNoun(text: string): boolean
  /** Where in `rest` (a side's sentence after it) an attack is named as the side's own ("their attacks"), and the words, or null. */
  ownAttack(rest: string): { at: number; cue: string } | null
  /** The words after a mention (`after` from its end) that send it in to stop others' fight ("tries to quell"), or null;
   *  or, with `before` (the words before it) ending in "before" or "until", a verb of stepping in ("before police intervened"). */
  stepsIn(after: string, before?: string): string | null
  /** Whether `after` (from a mention's end) starts with a verb of coming after the event. */
  afterTheFact(after: string): string | null
  /** The first word of rivalry between unnamed sides in `text`, or null. */
  rival(text: string): string | null
  /** The alignment cue `before` (text up to a mention) ends with, or null. */
  alignedBefore(before: string): string | null
  /** Whether `after` (from a mention's end) is a verb of fighting with no "with" ("armed men clashed."). */
  reciprocalAfter(after: string): boolean
  /** The words in `text` telling that fire went both ways ("in both directions"), or null. */
  twoWayFire(text: string): string | null
  /** Whether `between` (the text between two mentions) joins them as one subject or object ("US and British"). */
  jointJoiner(between: string): boolean
  /** Whether `word` is an auxiliary verb ("was", "has"): no part of a name. */
  auxiliary(word: string): boolean
  /** Whether `text` sets the sides it names against each other ("each other", "one another"). */
  eachOther(text: string): boolean
  /** Whether `text` says forces named together act as one side ("a joint offensive", "jointly"). */
  together(text: string): boolean
  /** The words naming the group an unnamed one goes by, `between` the two ("known as"), or null. */
  knownAs(between: string): string | null
  /** Whether an act's word names its doers ("attackers", "assailants"). */
  doerNoun(word: string): boolean
  /** Whether `before` (the text up to an unnamed mention) ends with a word taking up a group named before ("the"). */
  takenUpAgain(before: string): boolean
  /** The first word in `text` telling that a mob fought another group, or null. */
  mutualRiot(text: string): string | null
  /** The verb of meeting a crowd `after` (from a mention's end) starts with, or null. */
  interventionAfter(after: string): string | null
  /** The verb of controlling a crowd (no arrest, no shooting) `after` (from a mention's end) starts with, or null. */
  crowdControlAfter(after: string): string | null
  /** The passive verb of controlling people that `before` (up to a force's mention) ends with ("were arrested by the"), or null. */
  crowdControlBefore(before: string): string | null
  /** The first word of a demonstration or its demand in `text` ("protested", "demanding"), or null. */
  demonstration(text: string): string | null
  /** A word for a protest gathering itself in `text` ("protesters", "marched"), not a demand: a story of protests. */
  protestStory(text: string): string | null
  /** The damage a crowd does in `text` ("the demonstrators destroyed"), as the crowd's words up to the verb, or null. */
  crowdDamage(text: string): string | null
  /** Whether a trigger phrase is itself a crowd's damage word ("set fire to", "looted"): the crowd's own act. */
  propertyDamageWord(phrase: string): boolean
  /** Whether a sentence's `start` goes on telling of the crowd just told ("They ...", "The demonstrators ..."). */
  continuesCrowd(start: string): boolean
  /** The first word in `text` telling of a counter-demonstration, or null. */
  counterProtest(text: string): string | null
  /** The post, unit or vehicle of state forces `after` (from a verb's end) names as its object ("a check point", "on a supply convoy"), or null. */
  stateTarget(after: string): string | null
  /** The first word of arrest or detention in `text` ("arrested", "detention"), or null. */
  detention(text: string): string | null
  /** Whether `after` (from a social group's word) starts with a place named after its people ("refugee| camp"). */
  peoplePlace(after: string): boolean
  /** Whether `after` (from a mention's end) joins it by a hyphen to a manner suffix ("vigilante|-style"). */
  manner(after: string): boolean
  /** Whether `before` (text up to a mention) ends with a detention word and "of" ("the arrest of several"): those held, not who acts. */
  detainedBefore(before: string): boolean
  /**
   * The object an act's verb hit, read from `after` (the text right after the trigger): its span in `after` and whether
   * an office title heads it ("the deputy mayor of X", "Defence Minister Y"), with the span of the "of" phrase after a title
   * that needs a place there to be an office of government (`office_titles_of_place`); null when no object phrase follows.
   */
  objectHit(after: string): { from: number; to: number; office: string | null; of: [number, number] | null } | null
  /** Whether `text` is a bare word for guards ("guards", "warders"). */
  guardNoun(text: string): boolean
  /** The first word in `text` naming a prison or jail, or null. */
  prison(text: string): string | null
  /** The first word in `text` naming contraband only a criminal trade moves ("cocaine", "smuggled cigarettes"), or null. */
  contraband(text: string): string | null
  /** The words of `text` naming a place where contraband is made ("cocaine lab"), contraband word then site, or null. */
  drugSite(text: string): string | null
  /** Whether a mob-violence word names the crowd itself ("mob", "lynched"), not only a beating. */
  crowdViolence(phrase: string): boolean
  /** The affiliation word `after` (from a mention's end) starts with ("-linked"), or null. */
  hyphenAffiliation(after: string): string | null
  /** The noun right after a mention that makes it another group's parent ("al Qaeda affiliate JNIM"), or null. */
  affiliateNoun(after: string): string | null
  /** Whether `between` (from a nationality to a strike word) holds only strike modifiers. */
  strikeModifiers(between: string): boolean
  /** Between a country named as the subject and a strike word: its verb of attack ("Russia attacked ... with missiles"). */
  countryStrike(between: string): boolean
  /** After a country named as the subject: its verb of attack and the weapons it struck with ("Russia attacked several cities with missiles and drones"). */
  countryStrikeLead(after: string): boolean
  /** Whether a teller's verb ends `before` ("Ukraine's air force said"): the country after it is the subject of what it told. */
  tellerBefore(before: string): boolean
  /** Whether a verb of attack ends `before` ("Russian forces struck"): the country after it is the one hit. */
  struckBefore(before: string): boolean
  /** The strike noun `after` (from a nationality's end) names past strike modifiers only ("air and missile strikes"), or null. */
  strikeAfter(after: string): string | null
}


let cached: RoleCues | null = null
const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday'

export function roleCues(): RoleCues {
  if (cached) return cached
  const raw = readYaml(dataPath('actors', 'roles.yaml')) as RawRoleCues
  const aux = alternation(raw.passive_auxiliaries)
  // Case-sensitive: "Boko Haram/IS attacked" has no auxiliary in it.
  const passive = new RegExp(`\\b(?:${aux})\\s+(?:\\w+ly\\s+)?(?:being\\s+)?$`)
  // ... and a possessive naming whose the agent is ("drones launched by Sudan's paramilitary Rapid Support Forces").
  const mod = `(?:(?:${alternation(raw.by_modifiers)}|\\d[\\d,]*|[\\w-]+['’]s)\\s+)`
  const by = new RegExp(`\\b(?:(?:(${alternation(raw.object_makers)})|(${alternation(raw.weapon_placers)}))\\s+)?by\\s+${mod}{0,4}$`, 'i')
  // "at a mosque", "inside the crowded market", or the site naming the act ("the Kabul mosque bombing").
  const civilianSite = new RegExp(`\\b(?:at|in|inside|outside)\\s+(?:a|an|the)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:${alternation(raw.civilian_sites)})\\b|\\b(?:${alternation(raw.civilian_sites)})\\s+(?:bombing|blast|attack|explosion)s?\\b`, 'i')
  const listed = new RegExp(`\\b(?:${alternation(raw.listed_among)})\\s+(?:the\\s+|an?\\s+|\\w+\\s+){0,2}$`, 'i')
  // "attacks on police stations and military posts": each of the places listed after the noun.
  const attackedOn = new RegExp(`\\b(?:${alternation(raw.attacked_on)})\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+)?(?:[\\w'’-]+\\s+){0,2}(?:(?:and|or)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2})?$`, 'i')
  const disarm = new RegExp(`\\b(?:${alternation(raw.disarm_verbs)})\\b`, 'i')
  const another = new RegExp(`^\\W*(?:${alternation(raw.new_incident)})\\b`, 'i')
  // A mention may be the first word of a longer noun phrase ("an army unit was raiding"): up to two words between.
  const lead = `^(?:[\\s,]+(?!(?:and|or|but|who|whom|whose|which|that|following|after|before|during|in|on|at|with|by|from|of|for|near|against|to|as|when|while|the|a|an)\\b|[\\w'’-]*ing\\b)[\\w'’-]+){0,2}?\\s+(?:(?:was|were|had|has|have|then|also|later|reportedly|allegedly|first|had\\s+been)\\s+)*`
    // "Police reached the spot and controlled the situation": the force came, then acted.
    + `(?:(?:reached|arrived at|rushed to|came to|went to)\\s+the\\s+(?:spot|scene|site|place)\\s+and\\s+)?`
  const kinds: Initiative[] = ['operation', 'attack', 'response']
  const initiative = kinds.map((k) => [k, new RegExp(`${lead}(${alternation(raw.initiative[k])})\\b`, 'i')] as const)
  // Not across a phrase of its own: "troops on Monday, a commander said" — the commander tells, not the troops.
  const tellerNoun = new RegExp(`^(?:[\\s,’']+(?:s\\s+)?(?!(?:a|an|on|in|at|after|when|while)\\b)[\\w-]+){0,3}?[\\s,’']+(?:${alternation(raw.teller_nouns)})\\b`, 'i')
  // (A teller noun may hold its verb: "sources said".)
  // The mention's own head noun may stand before the comma ("dissidents of the former FARC guerrilla group, officials said").
  const otherTeller = new RegExp(`^(?:\\s+(?:group|movement|faction|organisation|organization|coalition|alliance))?\\s*,\\s+(?:[\\w'’-]+\\s+){0,2}?(?:${alternation(raw.teller_nouns)})(?:\\s+(?:${alternation(raw.teller_verbs)}))?\\b(?<=\\b(?:${alternation(raw.teller_verbs)}))`, 'i')
  // "the state security office said": the verb may follow the head noun of the mention's phrase.
  const own = new RegExp(`\\b(?:${alternation(raw.own_people_before)})\\s+(?:own\\s+)?$`, 'i')
  const tellerVerb = new RegExp(`^\\W{0,3}(?:\\s+(?!(?:${alternation(raw.teller_verbs)})\\b)[\\w'’-]+){0,2}?\\s*(?:${alternation(raw.teller_verbs)})\\b(?!\\s+to\\b)`, 'i')
  // "said on Tuesday it had targeted", "said in a statement that it": a day or a statement between the verb and its subject.
  const officialTeller = new RegExp(`^(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}(?:${alternation(raw.official_tellers)})$`, 'i')
  const deniedDoing = new RegExp(`^\\W{0,3}(?:\\s+[\\w'’-]+){0,3}?\\s*(?:${alternation(raw.self_denial_verbs)})\\s+(?:having\\s+)?$`, 'i')
  const groupAnaphor = new RegExp(`\\b(?:${alternation(raw.group_anaphors)})\\b`, 'gi')
  const groupPossessive = new RegExp(`\\b(?:${alternation(raw.group_anaphors)})(?:['’]s|s?['’])\\s+$`, 'i')
  // "said separately that its drones had struck": the adverbs selfTold allows (rule self-weapon).
  const selfWeapon = new RegExp(`^\\W{0,3}(?:\\s+[\\w'’-]+){0,2}?\\s*(?:${alternation(raw.self_report_verbs)})\\s+(?:(?:${alternation(raw.self_report_adverbs)})\\s+)?(?:(?:late\\s+|early\\s+)?(?:on\\s+)?(?:${WEEKDAYS})\\s+|(?:in\\s+a\\s+)?(?:statement|televised speech)(?:\\s+(?:late\\s+|early\\s+)?on\\s+(?:${WEEKDAYS}))?\\s+)?(?:that\\s+)?(?:its|their|our)\\s+$`, 'i')
  // A word or two in quotes may stand between ("said it had 'neutralised' 30 fighters in air strikes").
  const selfTold = new RegExp(`^\\W{0,3}(?:\\s+[\\w'’-]+){0,2}?\\s*(?:${alternation(raw.self_report_verbs)})\\s+(?:(?:${alternation(raw.self_report_adverbs)})\\s+)?(?:(?:late\\s+|early\\s+)?(?:on\\s+)?(?:${WEEKDAYS})\\s+|(?:in\\s+a\\s+)?(?:statement|televised speech)(?:\\s+(?:late\\s+|early\\s+)?on\\s+(?:${WEEKDAYS}))?\\s+)?(?:that\\s+)?(?:${alternation(raw.self_subjects)})\\s+(?!(?:was|were|are|is|been|being|had been|have been|has been|came under|come under)\\b)(?:[^.;!?"“”]|["“][\\w'’-]+(?:\\s[\\w'’-]+)?["”]){0,120}$`, 'i')
  const branch = new RegExp(`^[-‐‑](?:${alternation(raw.branch_affiliations)})\\s+(?:[\\w'’-]+\\s+)?$`, 'i')
  const branchAfter = new RegExp(`^,?\\s+(?:(?:${alternation(raw.branch_hedges)})\\s+)?(?:${alternation(raw.branch_affiliations)})\\s+(?:to|with)\\s+(?:the\\s+)?$`, 'i')
  const loyalAfter = new RegExp(`^,?\\s+(?:(?:${alternation(raw.branch_hedges)})\\s+)?(?:${alternation(raw.branch_loyalties)})\\s+to\\s+(?:the\\s+)?$`, 'i')
  const stepsIn = new RegExp(`${lead}(?:(?:been|being)\\s+)?(?:(?:deployed|sent|dispatched|called in|brought in|rushed|moving|moved)(?:\\s+[\\w'’-]+){0,3}?\\s+)?(${alternation(raw.steps_in)})\\b`, 'i')
  // "fought for three days before police and troops intervened": the force comes in after "before"/"until" (a few words of its own between).
  const lateBefore = new RegExp(`\\b(?:${alternation(raw.steps_in_late.before)})\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+(?:and\\s+)?){0,3}$`, 'i')
  const lateAfter = new RegExp(`^(?:\\s+(?:and\\s+)?[\\w'’-]+){0,3}?\\s+(${alternation(raw.steps_in_late.verbs)})\\b`, 'i')
  // Up to five words between the mention and the verb ("army truck struck"), none ending a clause; up to four before the device ("a Taliban-planted").
  const deviceHit = new RegExp(`^(?:[\\s,]+(?!(?:and|but|while|when|after|before|as)\\b)[\\w'’-]+){0,5}?\\s+(${alternation(raw.device_hit_verbs)})\\s+(?:(?:an?|the|their|its|his|her)\\s+)?(?:[\\w'’-]+\\s+){0,3}$`, 'i')
  const claim = new RegExp(`${lead}(${alternation(raw.claim_verbs)})\\b`, 'i')
  const ownAttack = new RegExp(`^[^.;]*?\\b(${alternation(raw.own_attack)})\\b`, 'i')
  const passiveSubject = new RegExp(`^[\\s,]+(?:(?:${aux})|had been|has been|have been)\\s+(?:\\w+ly\\s+)?\\w+(?:ed|en|t)\\b`, 'i')
  const insider = new RegExp(`\\b(?:${alternation(raw.insider_attack)})\\b`, 'i')
  const person = new RegExp(`\\b(?:${alternation(raw.armed_person_nouns)})$`, 'i')
  const afterFact = new RegExp(`${lead}(${alternation(raw.after_the_fact)})\\b`, 'i')
  const rival = new RegExp(`\\b(?:${alternation(raw.rival)})\\b`, 'i')
  const aligned = new RegExp(`\\b(${alternation(raw.aligned)})\\s+(?:the\\s+|an?\\s+)?(?:[\\w'-]+\\s+){0,2}$`, 'i')
  const strikeAfter = new RegExp(`^\\s*(?:(?:${alternation(raw.strike_modifiers)})[\\s-]+)*(${alternation(raw.strike_nouns)})\\b`, 'i')
  const countryStrike = new RegExp(`^\\s+(?:has\\s+|had\\s+|again\\s+)?(?:${alternation(raw.country_strike_verbs)})\\b[^.;,:]{0,80}$`, 'i')
  const strike = new RegExp(`^\\s*(?:(?:${alternation(raw.strike_modifiers)})[\\s-]+)*$`, 'i')
  const countryStrikeLead = new RegExp(`^\\s+(?:(?:${alternation(raw.roundup_force_nouns)})\\s+)?(?:has\\s+|had\\s+|again\\s+)?(?:${alternation(raw.country_strike_verbs)})\\b(?:[^.;,:]{0,80}?\\bwith\\s+(?:[\\w-]+\\s+){0,2}?|\\s+(?:[\\w,-]+\\s+){0,4}?)(?:${alternation(raw.country_strike_weapons)})\\b`, 'i')
  const struckBefore = new RegExp(`\\b(?:${alternation(raw.country_strike_verbs)})\\s+(?:the\\s+)?$`, 'i')
  const tellerBefore = new RegExp(`\\b(?:${alternation(raw.roundup_tellers)})\\s+(?:that\\s+)?$`, 'i')
  const hyphen = new RegExp(`^[-‐‑](${alternation(raw.hyphen_affiliations)})\\b`, 'i')
  const linkedTo = new RegExp(`\\b(?:${alternation(raw.hyphen_affiliations)})\\s+(?:to|with|by)\\s+(?:the\\s+)?$`, 'i')
  const spaced = new RegExp(`^\\s(${alternation(raw.spaced_affiliations)})\\s+(?!(?:the|a|an|to|with|up|in|by|it|them|this|that|his|her|their|its)\\b)(?=[\\w'’-])`, 'i')
  const affiliateNoun = new RegExp(`^(?:['’]s)?\\s+(${alternation(raw.affiliate_nouns)})\\b`, 'i')
  const reciprocal = new RegExp(`^\\s+(?:${alternation(raw.reciprocal_verbs)})\\b(?!\\s+(?:with|against)\\b)`, 'i')
  const joiners = `(?:${alternation(raw.joint_joiners)})`
  const joint = new RegExp(`^(?:\\s*,\\s*(?:${joiners}\\s+)?|\\s+${joiners}\\s+|\\s+(?:${alternation(raw.help_joiners)})\\s+|\\s*[-/]\\s*)(?:the\\s+)?$`, 'i')
  // "the attackers, whom residents identified as members of X": a teller's relative clause may stand before the words.
  const knownAs = new RegExp(`^\\s*,?\\s*(?:(?:${alternation(raw.known_as_relative)})\\s+(?:[\\w'’-]+\\s+){1,3}?)?((?:${alternation(raw.known_as)}))\\s+(?:the\\s+)?$`, 'i')
  const doer = new RegExp(`^(?:${alternation(raw.doer_nouns)})$`, 'i')
  const auxWord = new RegExp(`^(?:${alternation(raw.passive_auxiliaries)}|${alternation(raw.other_auxiliaries)})$`, 'i')
  const eachOther = new RegExp(`\\b(?:${alternation(raw.each_other)})\\b`, 'i')
  const together = new RegExp(`\\b(?:${alternation(raw.together)})\\b`, 'i')
  const againBefore = new RegExp(`\\b(?:${alternation(raw.taken_up_again)})\\s+$`, 'i')
  const twoWay = new RegExp(`\\b(?:${alternation(raw.two_way_fire)})\\b`, 'i')
  const mutual = new RegExp(`\\b(?:${alternation(raw.mutual_riot)})\\b`, 'i')
  const intervention = new RegExp(`${lead}(${alternation(raw.intervention_verbs)})\\b`, 'i')
  const crowdControl = new RegExp(`${lead}(${alternation(raw.crowd_control_verbs)})\\b`, 'i')
  const crowdControlPassive = new RegExp(`\\b(?:was|were|been|being)\\s+(?:\\w+ly\\s+)?(${alternation(raw.crowd_control_passive)})\\s+by(?:\\s+(?:the|some|several|dozens of|a))?\\s*$`, 'i')
  const demonstration = new RegExp(`\\b(?:${alternation(raw.demonstration_words)})\\b`, 'i')
  const protestStory = new RegExp(`\\b(?:${alternation(raw.protest_story_words)})\\b`, 'i')
  const breaks = alternation(raw.clause_breaks)
  const crowdDamage = new RegExp(`\\b(?:${alternation(raw.crowd_nouns)})(?:\\s+(?!(?:${breaks})\\b)[\\w'’(),-]+){0,6}?\\s+(?:${alternation(raw.crowd_damage)})\\b(?!(?:\\s+[\\w'’-]+){0,3}?\\s+(?:${alternation(raw.symbolic_objects)})\\b)`, 'i')
  const notSymbolic = `(?!(?:\\s+[\\w'’-]+){0,3}?\\s+(?:${alternation(raw.symbolic_objects)})\\b)`
  // "demonstrated by throwing stones": the protest's own means; "200 people, who were burning debris", "protesters who
  // looted shops": the crowd's own act.
  const damageByMeans = new RegExp(`\\b(?:protest|demonstrat|rall|march|agitat)\\w*\\s+by\\s+(?:${alternation(raw.crowd_damage.filter((w) => /ing\b/.test(w)))})\\b${notSymbolic}`, 'i')
  // "stone-throwing students": the crowd's violence told before it.
  const damageBefore = new RegExp(`\\b(?:${alternation(raw.crowd_damage_before)})\\s+(?:${alternation(raw.crowd_nouns)})\\b`, 'i')
  const damageWho = new RegExp(`\\b(?:${alternation(raw.crowd_nouns)}),?\\s+who\\s+(?:were|was|had been|had)\\s+(?:${alternation(raw.crowd_damage)})\\b${notSymbolic}`, 'i')
  // "a group of hooded men hurled stones at students": damage aimed at the protest's crowd is done to it, not by it.
  // The protest's crowd as the target: the list attack-on-protest reads too (events cues.yaml protest-crowds).
  const atProtest = new RegExp(`^\\s+(?:at|on|against)\\s+(?:the\\s+)?(?:${cueSource('protest-crowds')})\\b`, 'i')
  const crowdDamageAtOthers = (text: string): string | null => {
    const m = crowdDamage.exec(text)
    return m && !atProtest.test(text.slice(m.index + m[0].length)) ? m[0] : null
  }
  // "fired live rounds at protesters who burned tyres and looted shops": the protest's own crowd, in the simple past, did the damage.
  const damageWhoPast = new RegExp(`\\b(?:${alternation(raw.protest_crowd_nouns)}),?\\s+who\\s+(?:${alternation(raw.crowd_property_damage)})\\b${notSymbolic}`, 'i')
  const damageWord = new RegExp(`^(?:${alternation(raw.crowd_property_damage)})\\b`, 'i')
  const crowdAgain = new RegExp(`^\\W*(?:they|the\\s+(?:${alternation(raw.crowd_nouns)}))\\b`, 'i')
  const counter = new RegExp(`\\b(?:${alternation(raw.counter_protest)})\\b`, 'i')
  const crowdViolence = new RegExp(`\\b(?:${alternation(raw.crowd_violence_words)})`, 'i')
  const stateTarget = new RegExp(`^\\s+(?:(?:on|at)\\s+)?(?:(?:an?|the)\\s+)?(?:[\\w'’-]+\\s+){0,2}?(${alternation(raw.state_targets)})\\b(?!\\s+of\\s+(?:${alternation(raw.state_targets_not_of)})\\b)`, 'i')
  const detention = new RegExp(`\\b(?:${alternation(raw.detention_words)})\\b`, 'i')
  const detainedBefore = new RegExp(`\\b(?:${alternation(raw.detention_words)})\\s+of\\s+(?:[\\w'’-]+\\s+){0,4}$`, 'i')
  const peoplePlace = new RegExp(`^[\\s-]+(?:${alternation(raw.people_place_heads)})\\b`, 'i')
  const manner = new RegExp(`^-(?:${alternation(raw.manner_suffixes)})\\b`, 'i')
  // The object: past the particle ("shot| dead"), words up to a clause break or a word that opens a place, time or clause.
  const objectHit = new RegExp(`^(?:\\s+(?:${alternation(raw.object_particles)})\\b)?\\s+((?!(?:${alternation(raw.object_ends)}|${alternation(raw.object_not_first)})\\b)[\\w'’-]+(?:\\s+(?!(?:${alternation(raw.object_ends)})\\b)[\\w'’.-]+){0,8})`, 'i')
  const objectPronoun = new RegExp(`^(?:${alternation(raw.object_pronouns)})$`, 'i')
  const office = new RegExp(`\\b(?:${alternation(raw.office_titles)})\\b`, 'i')
  const ofPlace = new RegExp(`^(?:${alternation(raw.office_titles_of_place)})$`, 'i')
  const former = /\b(?:former|ex|retired|late)[\s-]+/i
  const guardNoun = new RegExp(`^(?:the\\s+)?(?:${alternation(raw.guard_nouns)})$`, 'i')
  const prison = new RegExp(`\\b(?:${alternation(raw.prison_words)})\\b`, 'i')
  const contraband = new RegExp(`\\b(?:${alternation(raw.contraband)})\\b`, 'i')
  const drugSite = new RegExp(`\\b(?:${alternation(raw.contraband)})(?:[\\s-]+[\\w-]+){0,2}?[\\s-]+(?:${alternation(raw.drug_sites)})\\b`, 'i')
  cached = {
    passiveBefore: (before) => passive.test(before),
    listedAmong: (before) => listed.test(before),
    attackedOn: (before) => attackedOn.test(before),
    civilianSite: (sentence) => civilianSite.exec(sentence)?.[0] ?? null,
    byBefore: (before) => {
      const m = by.exec(before)
      return m ? (m[1] ? 'maker' : m[2] ? 'placer' : 'agent') : null
    },
    newIncident: (start) => another.test(start),
    disarmed: (text) => disarm.exec(text)?.[0] ?? null,
    initiativeAfter: (after) => {
      // The earliest verb wins ("raided ... and opened fire" is an operation), the longest at one place ("attacked back" answers).
      let best: { kind: Initiative; cue: string; at: number } | null = null
      for (const [kind, re] of initiative) {
        const m = re.exec(after)
        const at = m ? m.index + m[0].length - m[1].length : 0
        if (m && (!best || at < best.at || (at === best.at && m[1].length > best.cue.length))) best = { kind, cue: m[1], at }
      }
      return best && { kind: best.kind, cue: best.cue }
    },
    // "killing 20 soldiers and VDP volunteers, security sources said": after a comma, a teller noun with its own verb of
    // speech is another subject telling, not the mention's spokesperson (rule teller-own-clause).
    tellerNoun: (after) => tellerNoun.test(after),
    otherTeller: (after) => otherTeller.test(after),
    ownBefore: (before) => own.test(before),
    tellerVerb: (after) => {
      const m = tellerVerb.exec(after)
      // "killing six soldiers, the military said": a comma, then the words of another subject before the verb; the mention
      // ends the clause before, the one it is told of, and tells nothing.
      if (m && /^\s*,\s*(?:the|a|an|its|their|his|her)\s/i.test(m[0])) return null
      return m ? m[0].length : null
    },
    selfTold: (between) => selfTold.test(between),
    selfWeapon: (between) => selfWeapon.test(between),
    deniedDoing: (between) => deniedDoing.test(between),
    officialTeller: (text) => officialTeller.test(text),
    groupAnaphor: (before) => before.search(groupAnaphor) >= 0,
    groupPossessive: (before) => groupPossessive.test(before),
    linkedTo: (before) => linkedTo.test(before),
    anaphorSelfTold: (before) => {
      for (const m of before.matchAll(groupAnaphor)) if (selfTold.test(before.slice(m.index + m[0].length))) return true
      return false
    },
    branchBetween: (between) => branch.test(between),
    branchAfterBetween: (between) => branchAfter.test(between),
    loyalAfterBetween: (between) => loyalAfter.test(between),
    stepsIn: (after, before) => stepsIn.exec(after)?.[1] ?? (before !== undefined && lateBefore.test(before) ? lateAfter.exec(after)?.[1] ?? null : null),
    deviceHit: (between) => deviceHit.exec(between)?.[1] ?? null,
    claimAfter: (after) => claim.exec(after)?.[1] ?? null,
    ownAttack: (rest) => {
      const m = ownAttack.exec(rest)
      return m ? { at: m[0].length - m[1].length, cue: m[1] } : null
    },
    passiveSubject: (after) => passiveSubject.test(after),
    insiderAttack: (text) => insider.exec(text)?.[0] ?? null,
    personNoun: (text) => person.test(text.trim()),
    afterTheFact: (after) => afterFact.exec(after)?.[1] ?? null,
    rival: (text) => rival.exec(text)?.[0] ?? null,
    alignedBefore: (before) => aligned.exec(before)?.[1] ?? null,
    strikeModifiers: (between) => strike.test(between),
    countryStrike: (between) => countryStrike.test(between),
    countryStrikeLead: (after) => countryStrikeLead.test(after),
    tellerBefore: (before) => tellerBefore.test(before),
    struckBefore: (before) => struckBefore.test(before),
    strikeAfter: (after) => strikeAfter.exec(after)?.[1] ?? null,
    reciprocalAfter: (after) => reciprocal.test(after),
    twoWayFire: (text) => twoWay.exec(text)?.[0] ?? null,
    jointJoiner: (between) => joint.test(between),
    knownAs: (between) => knownAs.exec(between)?.[1] ?? null,
    doerNoun: (word) => doer.test(word.trim()),
    auxiliary: (word) => auxWord.test(word),
    eachOther: (text) => eachOther.test(text),
    together: (text) => together.test(text),
    takenUpAgain: (before) => againBefore.test(before),
    mutualRiot: (text) => mutual.exec(text)?.[0] ?? null,
    interventionAfter: (after) => intervention.exec(after)?.[1] ?? null,
    crowdControlAfter: (after) => crowdControl.exec(after)?.[1] ?? null,
    crowdControlBefore: (before) => crowdControlPassive.exec(before)?.[1] ?? null,
    demonstration: (text) => demonstration.exec(text)?.[0] ?? null,
    protestStory: (text) => protestStory.exec(text)?.[0] ?? null,
    propertyDamageWord: (phrase) => damageWord.test(phrase.trim()),
    crowdDamage: (text) => crowdDamageAtOthers(text) ?? damageByMeans.exec(text)?.[0] ?? damageWho.exec(text)?.[0] ?? damageWhoPast.exec(text)?.[0] ?? damageBefore.exec(text)?.[0] ?? null,
    continuesCrowd: (start) => crowdAgain.test(start),
    counterProtest: (text) => counter.exec(text)?.[0] ?? null,
    crowdViolence: (phrase) => crowdViolence.test(phrase),
    stateTarget: (after) => stateTarget.exec(after)?.[1] ?? null,
    detention: (text) => detention.exec(text)?.[0] ?? null,
    detainedBefore: (before) => detainedBefore.test(before),
    peoplePlace: (after) => peoplePlace.test(after),
    manner: (after) => manner.test(after),
    objectHit: (after) => {
      const m = objectHit.exec(after)
      if (!m) return null
      const words = m[1].replace(/[.'’-]+$/, '')
      // A trigger that is a noun ("The attack was blamed on ...", "the blast killed five people") has a verb after it, no
      // object; a participle before a name stays its adjective ("outgoing Prime Minister ...", "wounded soldiers").
      const first = /^[\w'’.-]+/.exec(words)![0]
      if (!/\p{L}/u.test(words) || objectPronoun.test(words) || auxWord.test(first) || VERB_THEN_OBJECT.test(words)) return null
      const from = m.index + m[0].length - m[1].length
      // The head: after the last possessive ("the minister's bodyguard" is a bodyguard), before an "of" phrase.
      const tail = words.split(/['’]s\s+/).pop()!
      const head = tail.split(/\s+of\s+/i)[0]
      const title = office.exec(head)?.[0] ?? null
      const ofAt = words.length - tail.length + head.length
      const of: [number, number] | null = title && ofPlace.test(title) && ofAt < words.length ? [from + ofAt, from + words.length] : null
      return { from, to: from + words.length, office: title && !former.test(head) ? title : null, of }
    },
    guardNoun: (text) => guardNoun.test(text.trim()),
    prison: (text) => prison.exec(text)?.[0] ?? null,
    contraband: (text) => contraband.exec(text)?.[0] ?? null,
    drugSite: (text) => drugSite.exec(text)?.[0] ?? null,
    hyphenAffiliation: (after) => hyphen.exec(after)?.[1] ?? spaced.exec(after)?.[1] ?? null,
    affiliateNoun: (after) => affiliateNoun.exec(after)?.[1] ?? null,
  }
  return cached
}

/**
 * "stormed the station" after "torched a police station" earlier in the story: the same state post named again, as
 * "the station" right after the act (`after`); its words, or null. `before` is where the act's sentence starts.
 */
export function postAgain(text: string, before: number, after: string): string | null {
  const again = /^\s+the\s+(station|post|base|camp|barracks|checkpoint|outpost)\b/i.exec(after)
  return again && new RegExp(`\\b(?:police|military|army|gendarmerie|security)\\s+${again[1]}`, 'i').test(text.slice(0, before)) ? again[0].trim() : null
}
