/** @module events/classify: a candidate's hits and actors → one ACLED sub-event type, by the codebook's hierarchy. */
import type { ActorMention, Span } from '../doc.js'
import type { Candidate, Hit } from './candidates.js'
import { cue, cueSource, cueWhole } from './cues.js'
import { rankOf, subType } from './taxonomy.js'
import { CAMPAIGN_OWNER, postAgain, roleCues } from './role-cues.js'
import { conventions } from '../mentions/actors/index.js'
import { sparkedProtest } from './tolls.js'

// Which sub-type wins when a sentence holds several triggers: the codebook's hierarchy in data/events/taxonomy.yaml.
// An aside opened by a comma and a relative pronoun, not yet closed (classify rule aside-relative).
const ASIDE_OPEN = /,\s*(?:who|which)\b[^,;]*$/i
const rank = rankOf
/** Words of a ground assault (not a bombing): "attacked", "stormed", "overran", "raided". */
const ASSAULT = /^(?:attack|storm|overr[au]n|raid|assault)/i

const subFamily = (sub: string) => subType(sub).family
const ARMED = new Set([1, 2, 3, 4, 8])
// The words between a named group and a mention in the description set off by a comma after it (", an armed group fighting").
const APPOSITION = /^\s*,\s*(?:an?|the|one of the)\s+[^,.;:()]{0,60}$/i
const isArmed = (a: ActorMention | undefined) => !!a && ARMED.has(a.inter) && a.role !== 'civilian'
const VICTIMS = cue('victims')
const ARMED_VICTIMS = cue('armed-victims')
// "its men", "its own men", "their own men": an organisation's own people, its members.
const OWN_PEOPLE_BEFORE = /\b(?:its(?:\s+own)?|(?:their|our)\s+own)\s+$/i
const VICTIM_AFTER = new RegExp(`^\\s+(?:on|against|targeting)\\s+(?:an?\\s+|the\\s+|two\\s+|three\\s+|several\\s+|\\d+\\s+)?(?:[\\w'’-]+\\s+)?${cueSource('victims')}\\b`, 'i')
// "fired several shots at the man", "gunfire on a passenger bus": a fire word aimed at unarmed people or a civilian vehicle
// (data/events/cues.yaml one-way-fire, fired-at-objects) tells one-way fire, not both sides firing (rule fired-at-victim).
const ONE_WAY_FIRE = cueWhole('one-way-fire')
const FIRED_AT_VICTIM = new RegExp(`^\\s+(?:at|on|into|upon)\\s+(?:an?\\s+|the\\s+|his\\s+|her\\s+|their\\s+|two\\s+|three\\s+|several\\s+|\\d+\\s+)?(?:[\\w'’-]+\\s+)?(?:${cueSource('victims')}|${cueSource('fired-at-objects')})\\b`, 'i')
// "a passenger bus came under gunfire": the one fired at told before the fire word, unarmed or a civilian vehicle.
const VICTIM_UNDER_FIRE = new RegExp(`\\b(?:${cueSource('victims')}|${cueSource('fired-at-objects')})\\s+(?:had\\s+|has\\s+|have\\s+)?(?:came|come|comes|coming)\\s+under(?:\\s+heavy)?\\s*$`, 'i')
const BODIES = cueWhole('body-nouns')
const KILL_WORD = /\b(?:kill|killed|killing|murder|murdered|executed|beheaded|shot dead)\b/i
const OFF_DUTY = cue('off-duty')
const OFF_DUTY_AFTER = /^[^.;]{0,45}?\boff[\s-]duty\b/i
const CONTROL = cue('control-objects')
const LOST = new RegExp(`^(?:${cueSource('territory-lost')})$`, 'i')
const BOMB_WENT_OFF = new RegExp(`\\b${cueSource('bomb-subjects')}\\b(?:\\s+(?!(?:and|but|as|after|when|while|where|who|which|that|said|says)\\b)[\\w'’-]+){0,12}?\\s+${cueSource('bomb-went-off')}\\b`, 'i')
// Words that count the toll of an act, not the act: "killing four and wounding seven".
const TOLL_WORD = /^(?:kill|wound|injur)/i
// Between a passive toll and its cause: a few words, then "after", "following" or "when", and no clause break.
const TOLL_THEN_CONTEXT = /^(?:\s+[\w'’-]+){0,4}?\s+(?:after|following|when)\s+[^,;.]*$/i
// An arrest, then what the arrested carried up to the weapon word ("arrested a man ... carrying grenades").
const CARRIED = new RegExp(`\\b${cueSource('carried-before')}\\b[^.;]{0,60}$`, 'i')
// "arrested three men with two rifles and a grenade": the arrested (at most five words, none opening a clause), a
// carried-with word, then at most four words to the weapon word.
const CARRIED_WITH = new RegExp(`^\\s+(?:(?!(?:after|following|when|who|which|that|as|while|and|but)\\b)[\\w'’-]+\\s+){1,5}${cueSource('carried-with')}\\s+(?:[\\w'’-]+\\s+){0,4}$`, 'i')
const AIRCRAFT_HIT = new RegExp(`\\b${cueSource('aircraft')}\\b(?:\\s+(?!(?:and|but|as|after|when|while)\\b)[\\w'’-]+){0,6}?\\s+${cueSource('aircraft-hit')}\\b`, 'i')
// A clause break, a joining word, a teller and a verb of saying: the words after tell another act on that teller's word.
const TOLD_APART = new RegExp(`[,;]\\s+(?:and|while|but|as)\\s+[^,;.]{0,40}?\\b${cueSource('reported-speech')}\\b`, 'i')
// "Another strike" opening a clause: one more strike of a kind told before (rule strike-again).
const STRIKE_AGAIN = new RegExp(`(?:^|[,;]\\s+|\\band\\s+)\\s*${cueSource('strike-again')}\\s+(?:[\\w-]+\\s+)?strikes?\\b`, 'i')
const AIR_STRIKE_TOLD = cue('air-strike-told')
// A capitalised word (a country's adjective or name, a group's) right before a bare "strike(s)", the clause's subject ("Israeli strikes killed").
const STATE_STRIKE = /\b(?:[A-Z][\w.'’-]*)\s+strikes?\b(?![\w-])[^.;:,]{0,80}$/
// "The drivers were seized in July", "gunmen seized 20 passengers": people taken, a kidnapping (not "captured three fighters").
const CAPTIVES = `(?:${cueSource('victims')}|${cueSource('captives')})`
// Case-sensitive: people in lower case, not a name ("captured two New People's Army camps").
const CAPTIVES_BEFORE = new RegExp(`\\b${CAPTIVES}\\b[^.;]{0,40}?\\b(?:was|were|been|being)\\s+(?:\\w+ly\\s+)?$`)
// A taking word with its object inside ("drove * * out of") whose object is people (cues.yaml victims, captives).
const DROVE_OUT = /^(?:drove|driven|pushed)\s+\S.*\s+out\s+of$/i
const DROVE_OUT_PEOPLE = new RegExp(`\\b${CAPTIVES}\\b`, 'i')
// The people as the word's own object: no preposition or "and" between ("seized five oxen from pastoralists", "captured
// and assaulted a man" are not people taken).
const CAPTIVES_AFTER = new RegExp(`^\\s+(?:(?!(?:from|of|and|or|in|at|near|on|with|to|for|by|belonging)\\b)[\\w'’-]+\\s+){0,3}?${CAPTIVES}\\b`)
const TAKEN_WORD = /^(?:seized|captured)$/i
// Territory words whose grammatical subject is the place taken ("Kalehe fell to the rebels").
const PLACE_SUBJECT = new RegExp(`^(?:${cueSource('place-subject-territory')})$`, 'i')
const PLACE_NEXT = /^\s*(?:(?:the|a|an)\s+)?(?:(?:town|city|village|district|area|province|region|capital|port|base)\s+of\s+)?$/i
// "regained control of the block": a building's part, a vessel or an institution, no ground (cues.yaml control-not-ground).
// A relative clause of place opened after the act, up to a fight word in it: ", where clashes ...".
const WAR_GOES_ON = new RegExp(`\\b${cueSource('war-goes-on')}\\b`, 'i')
const WHERE_SETTING = /,\s*where\s+(?:[\w'’-]+\s+){0,2}$/i
const OTHER_INCIDENT_BEFORE = new RegExp(`\\b${cueSource('other-incident')}\\b[^.;]*$`, 'i')
const RIOT_BETWEEN_ARMED = new RegExp(`^\\s*${cueSource('riot-between-armed')}\\b`, 'i')
// "Police and soldiers entered the prison to regain control": the facility entered is what was regained.
const CONTROL_NOT_GROUND_BEFORE = new RegExp(`\\b(?:entered|stormed|raided|went\\s+into|moved\\s+into)\\s+(?:the|a|an)\\s+(?:[\\w-]+\\s+)?${cueSource('control-not-ground')}\\s+(?:to|and|in\\s+order\\s+to)\\s+$`, 'i')
const CONTROL_NOT_GROUND = new RegExp(`^[^.;]{0,24}?\\bcontrol\\s+(?:back\\s+)?(?:of|over)\\s+(?:the|a|an|its|their|his|her|several|some)\\s+(?:[\\w-]+\\s+)?${cueSource('control-not-ground')}\\b`, 'i')
const HELD = cueWhole('territory-held')
/** The arms a taking word takes, at most three words on: "seized rifles", "captured a large cache". */
const WEAPONS_AFTER = new RegExp(`^\\s+(?:(?!(?:from|of|in|at|near|on|with|to|for|by|after|during)\\b)[\\w'’-]+\\s+){0,3}?${cueSource('seized-weapons')}\\b`, 'i')
const CONTROL_RIGHT_BEFORE = new RegExp(`\\b${cueSource('control-objects')}\\s+$`, 'i')
const CONTROL_BEFORE = new RegExp(`\\b${cueSource('control-objects')}\\b[^.;]{0,50}$`, 'i')
// A crowd named in the 40 characters before the act, in the same clause.
const CROWD = new RegExp(`\\b${cueSource('crowd-agents')}\\b[^.;]{0,40}$`, 'i')
// Asides in brackets between the crowd and its act ("locals in Tasso (Nikki, Borgou) wounded ...") do not set them apart.
const unbracket = (text: string) => text.replace(/\s*\([^()]*\)/g, '')
// "Six people died in an armed attack": the crowd word before the act is its dead.
const CROWD_BARE_BEFORE = new RegExp(`\\b${cueSource('crowd-agents')}\\s+$`, 'i')
const CROWD_BARE_HIT = new RegExp(`^${cueSource('crowd-bare-passive')}$`, 'i')
const CROWD_BARE_AFTER = new RegExp(`^\\s+${cueSource('crowd-bare-passive-after')}\\b`, 'i')
const CROWD_DIED = new RegExp(`\\b${cueSource('crowd-agents')}\\s+${cueSource('crowd-died')}\\b[^.;]{0,40}$`, 'i')
// Words after "since", "after", "following", "amid" up to the act: the act is context, not news.
const SINCE = new RegExp(`\\b${cueSource('since')}\\b[^,;.]*$`, 'i')
const CONTEXT = new RegExp(`\\b${cueSource('context-before')}\\b[^,;.]*$`, 'i')
// "People deprived of aid amid the lockdown staged a protest": a context word that is only ever a preposition ("amid",
// "in response to") opens a noun phrase of a few words; a finite verb right after it is the sentence's own act, not
// context (rule context-phrase-ends). Not when the words between could open a clause ("amid reports that ...").
// "people who had taken shelter there from fighting nearby": the fighting people fled is no part of the strike told.
const FLED_FROM = new RegExp(`\\b(?:${cueSource('fled-from')})\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){0,2}$`, 'i')
// "a ceasefire that ended more than a year of fighting between Israel and Hezbollah": the war a truce ended (cues fight-ended).
const FIGHT_ENDED = new RegExp(`\\b(?:${cueSource('fight-ended')})\\s+(?:[\\w'’-]+\\s+){0,5}$`, 'i')
// The trigger words of a force's bombing or striking of sites (triggers.yaml): an air strike only by a state's forces.
// "U.S. bombers struck": the bombers' own phrase, their doer named by the words before it ("U.S.").
const FORCE_STRUCK = /^(?:bombed|struck|bombers)\s/i
const PREP_CONTEXT = new RegExp(`\\b${cueSource('context-preposition')}\\s+((?:[\\w'’-]+\\s+){1,4})$`, 'i')
const CLAUSE_WORDS = cue('clause-words')
const FINITE_PAST = /^(?:[a-z]+ed|held|fought|shot|took|threw|burnt|beat|struck|stole|went|broke|blew|set|tore|hurled|ran)$/i
// A strong word only, and not a participle of the phrase ("amid the curfew imposed by the army").
const phraseEnded = (h: Hit, window: string, next: string) => {
  const m = h.weight > 1 ? PREP_CONTEXT.exec(window) : null
  return !!m && !CLAUSE_WORDS.test(m[1]) && FINITE_PAST.test(h.phrase.split(/\s+/)[0]) && !/^\s+by\b/i.test(next)
}
// "pledging to end months of fighting": the violence an agreement ends; "for those killed": the dead, not a killing.
const FREED_BEFORE = new RegExp(`\\b${cueSource('rescue-verbs')}\\s+(?:[\\w'’-]+\\s+){0,3}$`, 'i')
const ENDED = new RegExp(`\\b${cueSource('ended-before')}\\b[^,;.]*$`, 'i')
// "accused the police of using excessive force during the protests, in which 60 people were killed": the "in which" clause
// is still the accusation's.
const ALLEGED = new RegExp(`\\b${cueSource('alleged-before')}\\b[^,;.]*$`, 'i')
const ALLEGED_WHICH = new RegExp(`\\b${cueSource('alleged-before')}\\b[^,;.]*,\\s*(?:in|during)\\s+which\\b[^,;.]*$`, 'i')
// The victim's alleged crime: "suspected of" and at most three words up to the act word, not "suspected of being".
// Not past the relative clause's end: "One man who tried to resist was shot dead" is the act done to him.
const SUSPECT_OF = new RegExp(`\\b${cueSource('suspect-of')}\\s+(?!being\\b)(?:(?!(?:was|were|is|are)\\b)[\\w'’-]+\\s+){0,3}$`, 'i')
const suspected = (before: string, word: string) => SUSPECT_OF.test(before) && (!/ed$/i.test(word) || /\b(?:having|have|had)\s+$/i.test(before))
const NOMINAL = new RegExp(`\\b${cueSource('nominal-before')}\\s+$`, 'i')
const HABIT_BEFORE = /\b(?:who|which)\s+(?:(?:regularly|usually|often|routinely|also|still|now|normally)\s+)?$/i
const DESCRIPTOR = new RegExp(`\\ban?\\s+(?:[\\w-]+\\s+){0,3}${cueSource('descriptor-before')}\\s+$`, 'i')
const ABOUT = cue('protest-about')
const SECURITY = cue('security-forces')
const FOUND = cue('defused')
const STORMED = cue('stormed-institution')
const RAID = cue('raid-targets')
const ARMED_PEOPLE = cue('armed-people')
const JUSTICE = cue('popular-justice')
// "in the village of X": the place of the act, not a settlement raided (raid-targets' "village of").
const LOCATIVE_VILLAGE = new RegExp(`\\b${cueSource('locative-before')}\\s+(?:the\\s+)?villages?\\s+of\\b`, 'gi')
const raided = (sentence: string) => RAID.test(sentence.replace(LOCATIVE_VILLAGE, ' '))
const PASSIVE = /\b(was|were|been|being|got)\s+(\w+\s+)?$/i
// After a passive verb the crowd is the agent only when named with "by": "was beaten to death by a mob".
const CROWD_BY = new RegExp(`^[^.;]{0,40}?\\bby\\s+(?:an?\\s+|the\\s+)?(?:angry\\s+)?${cueSource('crowd-by')}\\b`, 'i')
const CROWDS = cue('crowd-sides')
// "Residents of Hajin said heavy fighting broke out": a crowd word that tells of the fight is its witness, not a side.
const tells = (list: 'crowd-sides' | 'crowd-agents') => new RegExp(`\\b${cueSource(list)}\\s+(?:of\\s+(?:the\\s+)?[\\w'’-]+(?:\\s+[\\w'’-]+)?\\s+)?${cueSource('reported-speech')}\\b`, 'gi')
const CROWD_TELLS = tells('crowd-sides'), CROWD_AGENT_TELLS = tells('crowd-agents')
const CROWD_ANY = cue('crowd-agents')
const EARLIER = cue('earlier-time')
const ARREST_ABOUT = cue('arrest-about')
const STRIKE_ACTS = cue('strike-acts')
const AIRCRAFT = cue('aircraft')
// The weapon as the object of an interception: "shot down 14 Russian cruise missiles", "two rockets were intercepted".
const INTERCEPTED_BEFORE = new RegExp(`\\b${cueSource('intercepts')}\\s+(?:[\\w-]+\\s+){0,4}$`, 'i')
const INTERCEPTED_AFTER = new RegExp(`^\\s+(?:[\\w-]+\\s+){0,2}(?:was|were|had been|have been|has been|being)\\s+(?:\\w+\\s+)?${cueSource('intercepts')}\\b`, 'i')
// An armed side named in the clause before the act ("the fighters arrived in Chai and set fire to ...").
const ARMED_AGENT_BEFORE = new RegExp(`\\b${cueSource('armed-sides')}\\b[^.;]{0,80}$`, 'i')
const UNREST = cue('unrest-words')
// A weak weapon word inside a "backed by …" phrase (up to the next comma) names help, not an act.
const BACKING = new RegExp(`\\b${cueSource('backing-before')}\\b[^,;.]{0,60}$`, 'i')
const NOT_WEAPON = new RegExp(`\\b${cueSource('not-weapon-before')}\\s+$`, 'i')
// "unexploded bombs and shells", "unexploded shells": the word itself or one more noun joined by "and"/"or" between.
const UNEXPLODED_BEFORE = new RegExp(`\\b${cueSource('unexploded-before')}\\s+(?:[\\w-]+\\s+(?:and|or)\\s+)?$`, 'i')
// The object right after a destroying word: at most three words ("an Italian", "the enemy's") before an armed body, none a
// preposition ("houses were destroyed by government forces" names the doer).
const DESTROYED_FORCE = new RegExp(`^\\s+(?:(?!(?:by|from|of|and|or|in|at|near|on|with|to|for|after|during|as|while|when)\\b)[\\w'’-]+\\s+){0,3}?${cueSource('armed-bodies')}\\b(?=\\s*(?:[,.;:]|$|(?:of|in|at|near|on|and|with|that|which|who|during|after|before|from|outside|inside)\\b))`, 'i')
const RUNNING_SPAN = /\b(?:since|(?:have|has)\s+(?:\w+ly\s+)?(?:killed|maimed|wounded|injured))\b/i
const PROTESTERS_BEFORE = new RegExp(`\\b${cueSource('protest-agents')}\\b[^.;]{0,40}$`, 'i')
const MUTUAL = cue('mutual-fire')
const NEUTRAL_DEAD = cueWhole('neutral-dead')
const LOSSES = cue('losses-suffered')
const NEUTRAL_DEAD_ACTS = cue('neutral-dead-acts')
/** Between an attack word and the armed side it hit: "attacked a camp of rival ..." (rule armed-object-dead). */
const ARMED_OBJECT_GAP = /^\s+(?:(?:a|an|the)\s+)?(?:(?:camp|base|position|positions|hideout|stronghold|column|convoy)\s+of\s+)?(?:(?:the|rival|a|an)\s+)?$/i
const CROSSFIRE_DEAD = cue('crossfire-dead')
const LEFT_ORDNANCE = cue('left-ordnance')
const BOMB_WENT_OFF_WORD = /\b(?:exploded|explodes|exploding|detonated|went off|blew up)\b/i
/** Fire at the subject, one side's ("came under fire", "came under heavy gunfire"). */
const FIRED_AT = cue('fired-at-before')
const FIRED_AT_BEFORE = new RegExp(`\\b${cueSource('fired-at-before')}\\s+(?:heavy\\s+|sustained\\s+)?$`, 'i')
const PROPERTY = cue('property-objects')
// Barricades the force removed or broke through ("removing barricades and dispersing demonstrators"): the crowd's.
const BARRICADES = /\bbarricad(?:e|es|ed|ing)\b/i
const FIREARM = cueWhole('firearm')
const SMALL_ARMS = cue('small-arms')
const ARSON = cueWhole('arson-words')
const CLAN_FIGHT = cueWhole('clan-fight')
const RIVAL_COMMUNITIES = cue('rival-communities')
const SETTLEMENT_AFTER = new RegExp(`^\\s+(?:[\\w'’-]+\\s+){0,2}?${cueSource('settlement-objects')}\\b`, 'i')
// People hurt, told in the sentence after the arson; "No one was hurt" is none.
const HURT = /\b(?:killed|died|dead|injured|wounded|hurt|hospitali[sz]ed|gunshot)\b/i
const NO_ONE = /\b(?:no one|nobody|none|no (?:people|person|one|casualties|injuries|fatalities)|neither|without)\b/i
// The property an arson word burns: right after it ("torched three trucks and a tractor"), or its passive subject
// before it ("three trucks of a logging company were set on fire").
// The words between are the object's own ("the main", "three"), not a preposition to a place ("burned his hand at a ranch").
const PROPERTY_AFTER = new RegExp(`^\\s+(?:(?!(?:at|in|on|near|inside|outside|by|from|with|to|into|while|during)\\b)[\\w'’-]+\\s+){0,4}?${cueSource('property-objects')}\\b`, 'i')
const PROPERTY_BEFORE = new RegExp(`\\b${cueSource('property-objects')}\\b[^.;,]{0,40}?\\b(?:was|were|had been|have been|has been)\\s+(?:\\w+\\s+)?$`, 'i')
// "fired mortars, heavy machine guns and grenade launchers at positions": heavy machine guns are crew-served support weapons,
// fired from afar with the heavy ones; named among them they are the same standoff fire, not infantry in a ground battle.
const SUPPORT_FIRE = cue('support-fire')
const SUPPORT_BEFORE = new RegExp(`\\b${cueSource('support-fire-before')}\\s+$`, 'i')
const WAR_WEAPONS = cue('war-weapons')
/** Right before a fight word: the dead fell in it ("killed ... in heavy fighting between"). */
const IN_FIGHT = /\bin\s+(?:(?:the|heavy|fierce|renewed|intense|armed)\s+)?$/i
const TWO_SIDES = new RegExp(`^[^.;]{0,60}?\\b${cueSource('two-sides')}\\b[^.;]{0,50}?\\b${cueSource('armed-sides')}\\b`, 'i')
// "two rival clan militias fought": the pair of armed sides right before the fight word (at its end: the subject).
// "rival factions of the Sinaloa Cartel fought": the pair may be named as parts of one group.
const PLURAL_SIDES = new RegExp(`(?:^|[^\\w\\s]\\s*|\\b(?:the|rival|several)\\s+)${cueSource('plural-armed-subject')}\\s*$`, 'i')
const PAIR_BEFORE = new RegExp(`\\b${cueSource('pair-before')}\\b[^.;,]{0,30}?\\b${cueSource('armed-sides')}(?:\\s+of\\s+the\\s+[^.;,]{1,40}?)?\\s*$`, 'i')

// A kill word and the farm animals it hits, right after it: "killed about 58 oxen", "shot and killed nine sheep",
// "killed and burned a dozen sheep" (no place or person between: not "killed a herder near his cattle"); the animals
// themselves, not a person named by them ("killed a cattle trader", "a goat thief").
const LIVESTOCK = cueWhole('livestock')
const HANDOUT = cueWhole('handouts')
const MISFIRED = cue('misfired')
// A beating word joined by "and" to the arrest, no agent of its own between ("arrested and beat an opposition leader",
// "were beaten and then arrested by the police", "detaining and beating a doctor"): rule arrest-beaten.
const BEATING = new RegExp(`(?<![\\w'’-])${cueSource('custody-beating')}(?![\\w'’-])`, 'gi')
const ARREST_JOINED = /^(?:\s+(?!by\b)[\w'’-]+){0,4}?\s+and\s+(?:(?:then|later|also)\s+)?(?:\w+ly\s+)?$/i
// The bomber as the object of the word that stopped him, a few words before ("gunned down a Taliban suicide bomber").
const BOMBER_STOPPED = new RegExp(`\\b${cueSource('bomber-stopped-before')}\\s+(?:an?\\s+|the\\s+|two\\s+|three\\s+|\\d+\\s+)?(?:[\\w'’-]+\\s+){0,2}$`, 'i')
const BOMBER_NOUN = cue('bomber-nouns')
const BOMBER_BLAST = cue('bomber-blast')
const JOIN = cueWhole('join-words')
const JOIN_OBJECT = /^\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?$/i
const WARNING_FIRE = cue('warning-fire')
const WARNING_FIRE_WORDS = cueWhole('warning-fire-words')
const ANIMAL_KILL = /^(?:(?:shot and )?kill(?:ed|ing|s)?|slaughter\w*|shot dead)$/i
const LIVESTOCK_AFTER = new RegExp(`^\\s+(?:(?!(?:at|in|on|near|inside|by|from|with|to|into|while|during|after|before|of)\\b)[\\w'’-]+\\s+){0,5}?${cueSource('livestock')}(?=\\s*(?:[.,;:)]|$)|\\s+(?:belonging|owned|and|or|of|in|at|near|that|which|from|with|on|to|by|during|after|before|while|as|when|grazing|were|was|had|has)\\b)`, 'i')
// The people an assault word hits right after it ("attacked Nigerien pastoralists"): an attack on them, whatever else died.
const VICTIM_AFTER_ASSAULT = new RegExp(`^\\s+(?:[\\w'’-]+\\s+){0,3}?${cueSource('victims')}\\b`, 'i')

/** `derived`: the type came from who was hit, not from a word of its own ("11 soldiers killed" → clash). */
export interface Classified {
  sub: string; trigger: Hit; why: string; derived: boolean
  /** The crowd's own violence its sentence names ("broke through barricades", "threw stones") made a force word a riot. */
  crowdViolence?: string
}

/** Pick the sub-type of one candidate sentence; `null` when its triggers don't add up to an event. */
export function classify(c: Candidate, text: string, places: readonly Span[] = []): Classified | null {
  // "Police freed the captives after a gunfight with the kidnappers": a freeing word whose object is people is a rescue, no
  // ground retaken; the fight told with it (then the sentence's first act) is coded by its own word (rule freed-people).
  const freed = c.hits.filter((h) => h.family === 'territory' && /^(?:freed|liberat)/i.test(h.phrase)
    && CAPTIVES_AFTER.test(text.slice(h.span[0] + h.phrase.replace(/\s+the$/i, '').length, c.span[1])))
  if (freed.length) c = { ...c, hits: c.hits.filter((h) => !freed.includes(h)) }
  // "Police freed 14 kidnapped travellers after a gunfight": the kidnap word right after a freeing word names who was freed,
  // taken before; with another act word in the sentence, it is no act of its own (rule freed-captives).
  const captives = c.hits.filter((h) => h.sub === 'Abduction/forced disappearance' && FREED_BEFORE.test(text.slice(Math.max(c.span[0], h.span[0] - 40), h.span[0])))
  if (captives.length && c.hits.some((h) => !captives.includes(h) && h.weight > 1)) c = { ...c, hits: c.hits.filter((h) => !captives.includes(h)) }
  if (!c.hits.length) return null
  const killed = c.numbers.some((n) => n.measure === 'killed')
  // Deaths told in another incident's clause ("marked the anniversary of demonstrations in which dozens were killed") are
  // no protesters killed by this event's forces.
  // Nor the death that set off the protest ("the death of a blogger in a police cell sparked protests"; rule protest-sparked).
  const killedHere = c.numbers.some((n) => n.measure === 'killed' && !OTHER_INCIDENT_BEFORE.test(text.slice(c.span[0], n.span[0]))
    && !c.hits.some((h) => h.family === 'protest' && sparkedProtest(text, n.span, h.span)))
  const armedActors = c.actors.filter(isArmed)
  const sentence = text.slice(c.span[0], c.span[1])
  // Words after "after", "following", "amid" give the context of an earlier act, not the act itself.
  const first = c.hits[0]
  const ended = c.hits.filter((h) => h.family !== 'strategic' && ENDED.test(text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0])))
  const alleged = c.hits.filter((h) => ALLEGED.test(text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0])) || ALLEGED_WHICH.test(text.slice(Math.max(c.span[0], h.span[0] - 120), h.span[0])) || suspected(text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0]), text.slice(h.span[0], h.span[1])))
  const nominal = c.hits.filter((h) => NOMINAL.test(text.slice(Math.max(c.span[0], h.span[0] - 20), h.span[0])))
  const described = c.hits.filter((h) => (/ing$/i.test(text.slice(h.span[0], h.span[1])) && DESCRIPTOR.test(text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0])))
    // "troops, who patrol the main road": a weak word in the present after "who"/"which" says what they do, not an act.
    || (h.weight <= 1 && !/(?:ed|ing)$/i.test(text.slice(h.span[0], h.span[1])) && HABIT_BEFORE.test(text.slice(Math.max(c.span[0], h.span[0] - 40), h.span[0]))))
  const aside = [...described.map((h) => `"${h.phrase}" describes a group, not an act (events/descriptor-before)`), ...ended.map((h) => `"${h.phrase}" is what it would end or still to come, not the act (events/ended-before)`), ...nominal.map((h) => `"${h.phrase}" names the dead, not an act (events/nominal-before)`), ...alleged.map((h) => `"${h.phrase}" is what one side accuses the other of, not a reported act (events/alleged-before)`)]
  // "A soldier was killed after the explosion of a landmine", "three were wounded following a mine blast": after a toll
  // told in the passive, with no one named doing it, the blast the context word opens is how they died, not an earlier
  // act (rule toll-then-blast).
  const tollFirst = !!first && TOLL_WORD.test(first.phrase) && PASSIVE.test(text.slice(Math.max(c.span[0], first.span[0] - 30), first.span[0]))
  const blastOfToll = (h: Hit) => tollFirst && h.family === 'remote' && h.span[0] > first.span[1]
    && TOLL_THEN_CONTEXT.test(text.slice(first.span[1], h.span[0]))
  const main = c.hits.filter((h) => !ended.includes(h) && !nominal.includes(h) && !described.includes(h) && !alleged.includes(h) && !SINCE.test(text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0]))
    && (h === first || blastOfToll(h) || !CONTEXT.test(text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0]))
      || phraseEnded(h, text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0]), text.slice(h.span[1], h.span[1] + 5))))
  if (!main.length) return null
  // "burned" is an act only with property burned: not "the cook burned his hand" (rule property-arson).
  // In the passive only with its doer after "by" ("the trucks were burned by gunmen"): "Our house was burned and my
  // husband was killed," a refugee's memory, names no act of the day.
  const burns = (h: Hit) => PROPERTY_AFTER.test(text.slice(h.span[1], Math.min(c.span[1], h.span[1] + 60)))
    || (propertyBurned(c, text, h) && /^\s+by\b/i.test(text.slice(h.span[1], h.span[1] + 5)))
  for (let i = main.length - 1; i >= 0; i--) if (/^burn[et]/i.test(main[i].phrase) && main[i].weight <= 1 && !burns(main[i])) main.splice(i, 1)
  if (!main.length) return null
  // "Soldiers joined the Taliban": going over counts only to a non-state armed group named right after the word
  // ("joined the ranks of al-Shabaab"), not "joined residents", "joined the talks" (rule joined-armed-group).
  for (let i = main.length - 1; i >= 0; i--) {
    const h = main[i]
    if (JOIN.test(h.phrase) && !c.actors.some((a) => a.inter >= 2 && a.inter <= 4 && a.role !== 'civilian' && a.span[0] >= h.span[1] && JOIN_OBJECT.test(text.slice(h.span[1], a.span[0])))) main.splice(i, 1)
  }
  if (!main.length) return null
  const strong = main.filter((h) => h.weight > 1)
  // Weak words alone ("shot", "rally", "explosion") need support from an actor, a casualty or a second word.
  // A count right before the word ("2 explosions", "3 rallies") also supports it.
  const counted = c.hits.some((h) => c.numbers.some((n) => n.span[1] <= h.span[0] && h.span[0] - n.span[1] <= 2))
  // Not an organisation named only through its office-holder ("secretary-general of the ruling BNP, accused ...").
  const supporting = c.actors.filter((a) => !conventions().officialOf(text.slice(Math.max(0, a.span[0] - 50), a.span[0])))
  if (!strong.length && !killed && !supporting.length && !counted && main.length < 2) return null
  // Weak strategic words alone ("visited", "deployed", "patrols") are a group's activity only when an armed side
  // does them: a party's candidate visiting the states is campaigning (rule weak-trigger).
  if (!strong.length && main.every((h) => h.sub === 'Change to group/activity') && !armedActors.length) return null
  // "Members of the cartel delivered food packages to families": aid handed out is a group's activity only when a
  // non-state armed group (a rebel group, a militia, a gang) gives it, named before the word (rule group-handout).
  const handout = (h: Hit) => HANDOUT.test(h.phrase)
  if (!strong.length && main.every(handout) && !c.actors.some((a) => a.inter >= 2 && a.inter <= 4 && a.role !== 'civilian' && a.span[1] <= main[0].span[0])) return null
  // "The rebels, who seized Goma last month, captured Bukavu on Sunday": an act inside an aside (a relative clause set off
  // by commas) tells who the subject is; the main clause's act of the same family is the sentence's (rule aside-relative).
  const inAside = (h: Hit) => ASIDE_OPEN.test(text.slice(c.span[0], h.span[0])) && /^[^,;.]*,/.test(text.slice(h.span[1], c.span[1]))
    && main.some((o) => o !== h && o.family === h.family && o.span[0] > h.span[1] && !ASIDE_OPEN.test(text.slice(c.span[0], o.span[0])))
  const asides = new Set(main.filter(inAside))
  // A coder's label opening the note ("Displacement: ... were observed") says the kind of act before any word of it does.
  const labelled = (h: Hit) => (h.needs === 'note-label' ? 0 : 1)
  let hits = [...main].sort((a, b) => labelled(a) - labelled(b) || rank(a.sub) - rank(b.sub) || Number(asides.has(a)) - Number(asides.has(b)) || b.weight - a.weight)
  // "tear gas shells", "rubber bullets' shells", "spent shells": not shelling (rule not-a-weapon).
  hits = hits.filter((h) => h.family !== 'remote' || !NOT_WEAPON.test(text.slice(Math.max(c.span[0], h.span[0] - 20), h.span[0])))
  // "unexploded bombs and shells have killed or injured thousands since the war": remnants of a war, counted over a span
  // ("since", "have killed"), with no word of one going off in the sentence: a running count, no act (rule
  // unexploded-remnants, gaps23; "unexploded shells killed two boys on Monday" stays, and one that went off is the
  // left-ordnance rule's IED).
  const remnant = (h: Hit) => h.family === 'remote' && !BOMB_WENT_OFF_WORD.test(sentence) && RUNNING_SPAN.test(sentence) && UNEXPLODED_BEFORE.test(text.slice(Math.max(c.span[0], h.span[0] - 40), h.span[0]))
  // The dead the remnants are told to have killed are no act of their own either.
  if (hits.some(remnant)) hits = hits.filter((h) => !remnant(h) && !TOLL_WORD.test(h.phrase))
  if (!hits.length) return null
  // "Troops gunned down a suicide bomber as he ran at the gate", "police arrested a would-be suicide bomber": the
  // bomber was stopped, no bomb went off; the act is the killing or the arrest (rule bomber-stopped).
  hits = hits.filter((h) => !(h.sub === 'Suicide bomb' && BOMBER_NOUN.test(text.slice(h.span[0], h.span[1] + 12))
    && BOMBER_STOPPED.test(text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0])) && !BOMBER_BLAST.test(sentence)))
  if (!hits.length) return null
  // "All our drones returned safely to base": a weak air word with no act of striking in its sentence is no strike.
  hits = hits.filter((h) => !(h.sub === 'Air/drone strike' && h.weight <= 1 && !STRIKE_ACTS.test(sentence)))
  // "Ukraine's air force said Russia launched 140 drones": a weak word that is the teller itself, right before its verb
  // of telling, names who tells, not the act (rule teller-word).
  // (Not one that says it did the act itself: "the air force said it struck a depot".)
  hits = hits.filter((h) => !(h.weight <= 1 && conventions().speakerAfter(text.slice(h.span[1], h.span[1] + 60))
    && !roleCues().selfTold(text.slice(h.span[1], c.span[1]).replace(/[.!?"”]+\s*$/, ''))))
  hits = hits.filter((h) => !(h.weight <= 1 && (h.family === 'remote' || h.family === 'battle') && BACKING.test(text.slice(Math.max(c.span[0], h.span[0] - 80), h.span[0]))))
  // "Gunfire and explosions rang out ... and bodies lay in the streets": sounds heard, with no strong word and no armed
  // side, tell no incident of their own, whatever the dead seen (rule heard-only).
  // What is left must stand as weak words do: a second word, an actor, a casualty or a count.
  // Bodies seen there ("and bodies lay in the streets") are no act either, and no dead of one, without a word of killing.
  if (!strong.length && !armedActors.length && hits.some((h) => h.heard)) {
    const killing = KILL_WORD.test(sentence)
    hits = hits.filter((h) => !h.heard && (killing || !BODIES.test(h.phrase)))
    if (!(killed && killing) && !supporting.length && !counted && hits.length < 2) return null
  }
  if (!hits.length) return null
  // "Forces, backed by Russian air strikes, drove the group out of the town": the strikes back the act the sentence
  // tells; with another act's word beside them they are not the event's type.
  const backing = (h: Hit) => (h.family === 'remote' || h.family === 'battle') && BACKING.test(text.slice(Math.max(c.span[0], h.span[0] - 80), h.span[0]))
  if (hits.some(backing) && hits.some((h) => !backing(h) && h.weight > 1)) hits = hits.filter((h) => !backing(h))
  // Territory words need a place or position being taken, not "captured three fighters".
  // "The town of Kalehe fell to the rebels", "Kalehe fell to the rebels": for words whose subject is the place taken,
  // the place before them counts; for the others, a place named after them ("recaptured Kalehe").
  // The place right after the word ("recaptured Goma", "drove them out of the town of Goma"), or, for a word whose subject is the
  // place, right before it with an armed side after "to" ("Goma fell to M23 rebels"; not "prices fell to a record low in Goma").
  const placeAfter = (h: Hit) => places.some((p) => p[0] >= h.span[1] && p[1] <= c.span[1] && PLACE_NEXT.test(text.slice(h.span[1], p[0])))
  const placeBefore = (h: Hit) => (places.some((p) => p[1] <= h.span[0] && p[0] >= c.span[0] && /^\s*(?:(?:has|had|have|was|were|finally|reportedly)\s+){0,2}$/i.test(text.slice(p[1], h.span[0])))
    || CONTROL_BEFORE.test(text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0])))
    && c.actors.some((a) => a.span[0] >= h.span[1] && isArmed(a) && /^\s*(?:the\s+)?$/i.test(text.slice(h.span[1], a.span[0])))
  // "leaving the airport in their hands": the place or control object right before the word is the place taken (rule
  // held-object-before); "with placards in their hands" takes nothing.
  const heldBefore = (h: Hit) => HELD.test(h.phrase) && (CONTROL_RIGHT_BEFORE.test(text.slice(Math.max(c.span[0], h.span[0] - 40), h.span[0]))
    || places.some((p) => p[0] >= c.span[0] && /^\s*$/.test(text.slice(p[1], h.span[0]))))
  // A weak territory word that took people ("the drivers were seized") is a kidnapping.
  hits = hits.map((h) => h.family === 'territory' && h.weight <= 1 && TAKEN_WORD.test(h.phrase)
    && (CAPTIVES_BEFORE.test(text.slice(Math.max(c.span[0], h.span[0] - 80), h.span[0])) || CAPTIVES_AFTER.test(text.slice(h.span[1], c.span[1])))
    ? { ...h, sub: 'Abduction/forced disappearance', family: 'civilian', weight: 2 } : h)
  // "the gunfire that drove his family out of their village": people driven out of a place, not a side driven off it, is
  // violence against them, no ground retaken (rule drove-out-people, gaps23).
  hits = hits.map((h) => h.family === 'territory' && DROVE_OUT.test(text.slice(h.span[0], h.span[1]))
    && DROVE_OUT_PEOPLE.test(text.slice(h.span[0], h.span[1]).replace(/\s+out\s+of$/i, ''))
    ? { ...h, sub: 'Attack', family: 'civilian' } : h)
  // "surrounded and destroyed an Italian force of some 17,000": a destroying word whose object is an armed body is a
  // battle won, not property destroyed (rule destroyed-force, gaps23).
  const destroyedForce = new Set<Hit>()
  hits = hits.map((h) => {
    if (h.sub !== 'Looting/property destruction' || !DESTROYED_FORCE.test(text.slice(h.span[1], Math.min(c.span[1], h.span[1] + 60)))) return h
    const won: Hit = { ...h, sub: 'Armed clash', family: 'battle' }
    destroyedForce.add(won)
    return won
  })
  // "Troops seized rifles and ammunition after a raid on a base": a weak taking word whose object is arms took no ground;
  // it is a weapons seizure (rule seized-weapons).
  hits = hits.map((h) => h.family === 'territory' && h.weight <= 1 && TAKEN_WORD.test(h.phrase) && WEAPONS_AFTER.test(text.slice(h.span[1], c.span[1]))
    ? { ...h, sub: 'Disrupted weapons use', family: 'strategic' } : h)
  // "lost control of X to Y" needs an armed side after "to" (not "the ruling party lost control of the council to the opposition").
  hits = hits.filter((h) => !LOST.test(h.phrase) || takerAfter(c, text, h) !== undefined)
  hits = hits.filter((h) => h.family !== 'territory' || !(CONTROL_NOT_GROUND.test(text.slice(h.span[0], Math.min(text.length, h.span[1] + 60)))
    || CONTROL_NOT_GROUND_BEFORE.test(text.slice(Math.max(0, h.span[0] - 80), h.span[0]))))
  hits = hits.filter((h) => h.family !== 'territory' || CONTROL.test(text.slice(h.span[0], Math.min(text.length, h.span[1] + 60)))
    || placeAfter(h) || (PLACE_SUBJECT.test(h.phrase) && placeBefore(h)) || heldBefore(h))
  // "armed forces bombed a camp", "American forces had struck radar sites": from the air only with a state's forces as the
  // doer, named before it in the sentence; "dissidents bombed an army camp" is their attack (rule force-struck-sites).
  // A weapon named in the sentence ("rocket launchers struck targets") says how it struck: that word types it.
  // A country the frame reads as the striker right before it ("The United States struck Houthi targets") is a state's force.
  const notByForce = (h: Hit) => h.sub === 'Air/drone strike' && FORCE_STRUCK.test(h.phrase) && !h.byState
    && !c.actors.some((a) => (isForce(a) || a.role === 'external') && a.span[0] >= c.span[0] && a.span[0] < h.span[0] && a.span[1] <= h.span[1])
  hits = hits.filter((h) => !(notByForce(h) && hits.some((o) => o !== h && o.family === 'remote' && !FORCE_STRUCK.test(o.phrase))))
    .map((h) => notByForce(h) ? { ...h, sub: 'Attack', family: 'civilian' } : h)
  // A weak hit never outranks a strong one.
  if (strong.length) hits = hits.filter((h) => h.weight > 1 || !strong.some((s) => s.family !== h.family))
  const top = hits[0]
  if (!top) return null
  let sub = top.sub
  // Set when an armed side's fight word ("gunmen clashed with police") made the battle: who was hit does not undo it.
  let fought = false
  let why = `"${top.phrase}" proposes ${sub}${aside.length ? ` (${aside.join('; ')})` : ''}`
  const after = text.slice(top.span[1], c.span[1])
  const before = text.slice(c.span[0], top.span[0])

  // "A bomb hidden in a cart exploded at a market, killing three": the bomb went off; the killing is its toll.
  if ((sub === 'Attack' || sub === 'Armed clash') && !c.hits.some((h) => h.weight > 1 && (h.family === 'battle' || h.sub === 'Attack') && !/^kill/i.test(h.phrase)) && BOMB_WENT_OFF.test(sentence)) {
    sub = 'Remote explosive/landmine/IED'; why += '; a bomb went off: an explosion'
  }
  // "An old mortar shell they had found exploded as they played with it": a war's remnant set off, no shelling (rule left-ordnance).
  if (sub === 'Shelling/artillery/missile attack' && LEFT_ORDNANCE.test(sentence) && BOMB_WENT_OFF_WORD.test(sentence)) {
    sub = 'Remote explosive/landmine/IED'; why += '; a remnant of war found and set off (rule left-ordnance)'
  }
  // "A drone launched by the Houthis struck a base, killing four soldiers": the aircraft hit; the killing is its toll.
  // The attack word that is the aircraft's own verb ("Argentine aircraft attacked them") is how it struck, not another act
  // (rule aircraft-attacked, gaps23).
  const flown = AIRCRAFT_HIT.exec(sentence)
  const flownSpan = flown ? [c.span[0] + flown.index, c.span[0] + flown.index + flown[0].length] : null
  const ownVerb = (h: Hit) => flownSpan !== null && h.span[0] >= flownSpan[0] && h.span[1] <= flownSpan[1] && h.span[1] === flownSpan[1]
  if ((sub === 'Attack' || sub === 'Armed clash') && !c.hits.some((h) => h.weight > 1 && (h.family === 'battle' || h.sub === 'Attack') && !TOLL_WORD.test(h.phrase) && !AIRCRAFT_HIT.test(h.phrase) && !ownVerb(h)) && flown) {
    sub = 'Air/drone strike'; why += '; an aircraft struck: a strike from the air'
  }
  // "An Israeli air strike killed six ... Another strike killed four": one more bare strike after an air strike told before
  // it is an air strike too (rule strike-again); the doer of the earlier one is found as for any strike told again.
  if (sub === 'Attack' && !c.hits.some((h) => h.weight > 1 && h.family !== 'civilian' && !TOLL_WORD.test(h.phrase)) && STRIKE_AGAIN.test(before)
    && AIR_STRIKE_TOLD.test(text.slice(Math.max(0, c.span[0] - 600), c.span[0]))) {
    sub = 'Air/drone strike'; why += '; one more strike after an air strike told before: an air strike (rule strike-again)'
  }
  // "Israeli strikes killed 12 Palestinians": a state's bare strike that killed (the gate's strike-harm) is one from the air,
  // as the codebook reads a strike with no other weapon named (rule state-strike-killed).
  else if (sub === 'Attack' && KILL_WORD.test(top.phrase) && !c.hits.some((h) => h.weight > 1 && h !== top && h.family !== 'civilian' && !TOLL_WORD.test(h.phrase))
    && STATE_STRIKE.test(before)) {
    sub = 'Air/drone strike'; why += '; a state\'s strike killed: an air strike (rule state-strike-killed)'
  }
  // "Police arrested a man carrying two pistols and grenades": the weapons he carried, not a weapon used: the arrest.
  const arrest = c.hits.find((h) => h.sub === 'Arrests' && h.weight > 1 && h.span[1] <= top.span[0])
  if (arrest && (top.family === 'remote' || sub === 'Disrupted weapons use') && (CARRIED.test(text.slice(arrest.span[1], top.span[0])) || CARRIED_WITH.test(text.slice(arrest.span[1], top.span[0])))) {
    sub = 'Arrests'; why += `; "${arrest.phrase}" the one who carried it: an arrest`
  }
  const supportFire = (h: Hit) => SUPPORT_FIRE.test(h.phrase) && (/^heavy\b/i.test(h.phrase) || SUPPORT_BEFORE.test(text.slice(Math.max(c.span[0], h.span[0] - 20), h.span[0])))
  // Codebook: shelling or air strikes during a ground battle are one Battles event.
  if ((sub === 'Shelling/artillery/missile attack' || sub === 'Air/drone strike')
    && c.hits.some((h) => h.sub === 'Armed clash' && h.weight > 1 && SMALL_ARMS.test(h.phrase) && !supportFire(h) && !FLED_FROM.test(text.slice(Math.max(c.span[0], h.span[0] - 40), h.span[0]))
      && !FIGHT_ENDED.test(text.slice(Math.max(c.span[0], h.span[0] - 70), h.span[0]))
      // "troops fought along the border, and Thailand said Cambodian rockets killed 11 civilians": fire told in a clause of
      // its own, on a teller's word, is no part of the fighting (rule fire-told-apart).
      && !(h.span[1] <= top.span[0] && TOLD_APART.test(text.slice(h.span[1], top.span[0])))
      // "struck ... in the province of Sweida, where clashes between the forces and Druze fighters have killed 250": the
      // fighting in the place's relative clause is the setting the strike came into, another fight (rule where-setting).
      && !(h.span[0] >= top.span[1] && WHERE_SETTING.test(text.slice(top.span[1], h.span[0])))
      // "an air strike killed nine civilians on Sunday, as fighting for the town of Bhamo entered its third month": the war
      // going on over a span is the strike's setting, no battle of the day (rule war-setting).
      && !WAR_GOES_ON.test(text.slice(h.span[1], c.span[1]).split(/[,;.]/)[0]))) {
    sub = 'Armed clash'; why += '; with ground fighting in the same sentence it is one battle'
  }
  // Fire no one is named doing, told only by heavy weapons ("40 bursts of fire involving heavy machine guns near X"): one
  // side's standoff fire, shelling; two-way fire below still makes it a battle (conventions.yaml standoff_fire).
  const standoff = sub === 'Armed clash' && !c.actors.length ? conventions().standoffFire(sentence) : null
  if (standoff) { sub = 'Shelling/artillery/missile attack'; why += `; "${standoff}" fired, no side named and no fighting: standoff fire (rule standoff-fire)` }
  // "explosions in both directions of the front line", "the two sides shelled each other": both sides fired, a battle.
  const twoWay = sub === 'Shelling/artillery/missile attack' ? roleCues().twoWayFire(sentence) : null
  if (twoWay) { sub = 'Armed clash'; fought = true; why += `; "${twoWay}": fire went both ways, a battle` }
  // "protested against the murder of a journalist": the violence is what the protest is about.
  const aboutIt = c.hits.find((h) => h.family === 'protest' && h.span[1] <= top.span[0] && ABOUT.test(text.slice(h.span[1], top.span[0])))
  if (aboutIt && top.family !== 'protest' && top.family !== 'riot') { sub = aboutIt.sub; why = `"${aboutIt.phrase}" about the violence: the protest is the event` }
  // Excessive force only when the security forces act and the dead are not their own: "residents opened fire on
  // police, killing an officer" is the crowd's violence (rule crowd-hits-police).
  // "Snipers and police shot dead dozens of protesters": the trigger opens the doers, and security forces named before the
  // toll, with no crowd among them, are the killers too.
  const toll = c.numbers.find((n) => n.measure === 'killed' && n.span[0] > top.span[1])
  const doers = toll ? text.slice(c.span[0], toll.span[0]) : ''
  const securityKilled = ((SECURITY.test(before) && !crowdBefore(afterLast(before, SECURITY), after))
    || (!before.trim().replace(/^[^—–-]*[—–-]\s*/, '') && SECURITY.test(doers) && !CROWD_ANY.test(doers)))
    && !c.numbers.some((n) => n.measure === 'killed' && n.group && ARMED_VICTIMS.test(n.group) && !OFF_DUTY.test(n.group))
  // Protesters in a clash or killed: a violent demonstration, or excessive force when security forces kill them.
  // Not activists who only tell of it ("..., opposition activists said"): a source is no side.
  const protestWords = c.hits.some((h) => h.family === 'protest')
    || c.actors.some((a) => a.role === 'protester' && !conventions().speakerAfter(text.slice(a.span[1], a.span[1] + 30)))
  // An unnamed armed side ("armed men clashed with officers who came to disperse a fight") keeps the battle unless
  // protesters are named in it (rule armed-not-crowd).
  const crowdNamed = c.actors.some((a) => a.role === 'protester' || a.role === 'rioter')
  // Hunters among the crowd ("soldiers and demonstrating hunters exchanged gunfire") fight as their community's militia: a battle.
  if ((sub === 'Armed clash' || sub === 'Attack') && protestWords && !armedActors.some((a) => (!a.generic || !crowdNamed) && a.inter >= 2 && a.inter <= 4)
    && !(sub === 'Armed clash' && ARMED_PEOPLE.test(sentence))) {
    if (killedHere && securityKilled) { sub = 'Excessive force against protesters'; why += '; security forces killed protesters' }
    else { sub = 'Violent demonstration'; why += killed && SECURITY.test(sentence) ? '; the crowd attacked the security forces (rule crowd-hits-police)' : '; protesters in a clash' }
  }
  // "Residents fired live ammunition at police officers": the crowd's weapons, not the police's force (rule crowd-hits-police).
  if (sub === 'Excessive force against protesters' && !PASSIVE.test(before) && CROWD.test(before) && !SECURITY.test(afterLast(before, CROWD_ANY))) {
    sub = 'Violent demonstration'; why += '; the crowd used the weapons, not the security forces (rule crowd-hits-police)'
  }
  // Rioters throwing fire bombs or fireworks at a police station: a crowd's weapons in unrest are a riot, not
  // shelling or an air strike (rule crowd-remote). Armed groups named before the act keep the remote type.
  if ((sub === 'Shelling/artillery/missile attack' || sub === 'Air/drone strike' || sub === 'Remote explosive/landmine/IED')
    && crowdBefore(before, after) && !armedActors.some((a) => !a.generic && a.span[1] <= top.span[0] && !a.name.startsWith('Police Forces'))
    && (c.hits.some((h) => h.family === 'riot' || h.family === 'protest') || UNREST.test(sentence))) {
    const protest = c.hits.some((h) => h.family === 'protest') || PROTESTERS_BEFORE.test(before)
    sub = protest || c.hits.some((h) => h.family === 'riot') ? 'Violent demonstration' : 'Mob violence'
    why += `; a crowd did it in unrest: ${sub} (rule crowd-remote)`
  }
  // A place taken after the other side left is a non-violent transfer. Not the taker's own later withdrawal, joined to the
  // taking by "and" ("the rebels seized the town in 2012 and withdrew under pressure"): the taking stands.
  const takerLeftLater = (h: Hit) => h.span[0] > top.span[1] && /\band\s+(?:(?:later|then|soon|eventually)\s+)?$/i.test(text.slice(top.span[1], h.span[0]))
  // Nor a withdrawal that followed fighting told beside it ("after troops withdrew following heavy fighting"): taken by force.
  const battleTold = c.hits.some((h) => h.family === 'battle' && h.weight > 1)
  if ((sub === 'Government regains territory' || sub === 'Non-state actor overtakes territory') && !battleTold && c.hits.some((h) => h.sub === 'Non-violent transfer of territory' && h.weight > 1 && !takerLeftLater(h))) {
    sub = 'Non-violent transfer of territory'; why += '; the other side left without a fight'
  }
  // "Air defences shot down 14 cruise missiles": the missiles were stopped, not fired by the air defences; the
  // interceptor's act is Disrupted weapons use (ACLED's coding), wherever the weapon word outweighed "shot down".
  if ((sub === 'Shelling/artillery/missile attack' || sub === 'Air/drone strike') && c.hits.some((h) => h.sub === 'Disrupted weapons use')
    && (INTERCEPTED_BEFORE.test(before) || INTERCEPTED_AFTER.test(after))) {
    sub = 'Disrupted weapons use'; why += '; the weapon was intercepted: the interceptor\'s disrupted weapons use'
  }
  // "Its fighters shot down a military drone": an armed group bringing down the other side's aircraft fought it.
  if (sub === 'Disrupted weapons use' && /^(?:shot|shoot) down$|^downed$/i.test(top.phrase) && AIRCRAFT.test(after.slice(0, 40))
    && armedActors.some((a) => a.inter >= 2 && a.inter <= 4 && a.span[1] <= top.span[0])) {
    sub = 'Armed clash'; why += '; an armed group brought down the other side\'s aircraft'
  }
  // "The fighters ... set fire to 20 houses": arson by an armed side, with no crowd or protest in the sentence, is
  // property destruction (part of the raid it belongs to), not a demonstration.
  // ("Residents said the gunmen set fire to the market": residents who tell are no crowd that acted.)
  if (sub === 'Violent demonstration' && !protestWords && !c.hits.some((h) => h.family === 'protest') && !crowdBefore(before.replace(CROWD_AGENT_TELLS, ' '), after)
    && (armedActors.some((a) => a.span[1] <= top.span[0] && a.inter >= 2 && a.inter <= 4) || ARMED_AGENT_BEFORE.test(before))) {
    // "Gunmen clashed with police": a fight word done by an armed side is a battle, not a riot nor arson.
    if (roleCues().mutualRiot(top.phrase)) { sub = 'Armed clash'; fought = true; why += '; an armed side fought, no crowd: a battle' }
    else { sub = 'Looting/property destruction'; why += '; an armed side did it, no crowd: property destruction' }
  }
  // "a riot between rival gangs at the penitentiary": a riot fought by armed gangs against each other is a battle between
  // them, not a demonstration (rule gang-riot; cues.yaml riot-between-armed).
  if (sub === 'Violent demonstration' && /^riot/i.test(top.phrase) && RIOT_BETWEEN_ARMED.test(after.slice(0, 60))) {
    sub = 'Armed clash'; fought = true; why += '; a riot between armed gangs: a battle between them (rule gang-riot)'
  }
  // "abducted and killed a village chief": people taken and killed in one act are an attack (codebook: the attack
  // that also kills is coded, not the abduction). Not "abducted two and killed nobody".
  // Nor one later "found dead" ("a man who was abducted on Friday was found dead near the highway"): the abduction ended in
  // a killing (rule abducted-then-found).
  if (sub === 'Abduction/forced disappearance' && (killed || c.hits.some((h) => h.sub === 'Attack' && h.weight > 1 && (KILL_WORD.test(h.phrase) || /found dead/i.test(h.phrase))))) {
    sub = 'Attack'; why += '; the abducted were killed: an attack'
  }
  // Explosives found, cleared or defused before they went off: disrupted weapons use.
  // Not when a killing word tells what it did ("a bomb ... destroyed a truck, killing all inside": it went off).
  if ((sub === 'Remote explosive/landmine/IED' || sub === 'Grenade') && !killed && FOUND.test(sentence) && !c.hits.some((h) => h.weight > 1 && TOLL_WORD.test(h.phrase))) {
    sub = 'Disrupted weapons use'; why += '; the explosives were found or made safe'
  }
  // "Landmines they were planting exploded prematurely, killing two militants", "the grenade did not explode": a device
  // that went off too soon or by accident, or not at all, is disrupted weapons use (ACLED), not a blast on a target; not
  // when it killed unarmed people (rule misfired).
  const civiliansKilled = c.numbers.some((n) => n.measure === 'killed' && n.group && VICTIMS.test(n.group) && !ARMED_VICTIMS.test(n.group))
  const misfire = (sub === 'Remote explosive/landmine/IED' || sub === 'Grenade' || sub === 'Shelling/artillery/missile attack' || sub === 'Suicide bomb')
    && !civiliansKilled ? MISFIRED.exec(sentence) : null
  if (misfire) { sub = 'Disrupted weapons use'; why += `; "${misfire[0]}": the device went off too soon, by accident or not at all (rule misfired)` }
  // "Dropped grenades from a drone on the positions": a grenade dropped from the air is an air strike (rule drone-grenade).
  if (sub === 'Grenade' && c.hits.some((h) => h.sub === 'Air/drone strike' && h.weight > 1)) { sub = 'Air/drone strike'; why += '; the grenade was dropped from the air (rule drone-grenade)' }
  // "released 154 rebel prisoners to help progress the peace deal": the deal is what the release serves; the release, a
  // gesture and no swap, is the event (ACLED's Other; rule release-not-deal).
  const released = sub === 'Agreement' && !/\b(?:releas|exchang|swap|freed)/i.test(top.phrase) ? main.find((h) => h.sub === 'Other' && h.weight > 1 && /^(?:released|freed)\b/i.test(h.phrase)) : undefined
  if (released) { sub = 'Other'; why += `; "${released.phrase}": captives let go, the agreement only its aim (rule release-not-deal)` }
  // Territory: who took it decides the sub-type, whatever the verb.
  if (sub === 'Government regains territory' || sub === 'Non-state actor overtakes territory') {
    // Not a backer ("troops backed by local clan militias recaptured the town"): the side it backs took the place.
    const by = takerAfter(c, text, top)
    // Not a side named in the description set beside the taker ("The Arakan Army, an armed group fighting Myanmar's
    // military government, said it had captured ..."): what the description tells of is no taker (rule described-foe).
    const described = (a: ActorMention) => c.actors.some((n) => n !== a && n.span[1] <= a.span[0] && isArmed(n)
      && APPOSITION.test(text.slice(n.span[1], a.span[0])) && /^[^,.;:()]{0,40},/.test(text.slice(a.span[1], top.span[0])))
    const agent = by ?? c.actors.filter((a) => a.span[1] <= top.span[0] && isArmed(a)
      && conventions().backerCueAt(text, a.span[0]) === null && !described(a)).pop()
    if (agent && agent.inter === 1) sub = 'Government regains territory'
    else if (agent && agent.inter >= 2 && agent.inter <= 4) sub = 'Non-state actor overtakes territory'
    if (agent) why += `; taken by ${agent.name}`
  }
  // Soldiers or police abducted, or an abduction told with the fight around it ("clashed with police ... to rescue two officers
  // who were kidnapped"): violence against civilians is for civilians; taking state forces is part of a battle (rule forces-taken).
  if (sub === 'Abduction/forced disappearance') {
    const fight = main.find((h) => h.sub === 'Armed clash' && h.weight > 1 && MUTUAL.test(h.phrase))
    const forces = stateTargetOf(c, text, top, before, after)
      ?? (c.numbers.some((n) => n.group && ARMED_VICTIMS.test(n.group) && !OFF_DUTY.test(n.group)) ? 'state forces' : null)
    const civil = c.actors.some((a) => a.role === 'civilian') || c.numbers.some((n) => n.group && VICTIMS.test(n.group) && !ARMED_VICTIMS.test(n.group))
    if (fight || (forces && !civil)) { sub = 'Armed clash'; fought = true; why += `; "${fight?.phrase ?? forces}": state forces fought or were taken, a battle (rule forces-taken)` }
  }
  // "Militants attacked an army base, setting off a car bomb at the gate before gunmen stormed the compound": a bomb that
  // opens a ground assault on state forces' post is part of the battle (rule bomb-then-assault), not a remote blast alone.
  if (sub === 'Remote explosive/landmine/IED' && !fought) {
    // Not attacks in a relative clause that describes a group ("a separatist group that has stepped up attacks on security
    // forces"): its habit, not this bomb's assault.
    const describes = (h: Hit) => /\b(?:that|which|who)\s+(?:has|have|had)\s+(?:\w+\s+){0,2}$/i.test(text.slice(Math.max(c.span[0], h.span[0] - 40), h.span[0]))
    const assault = c.hits.find((h) => h !== top && (h.sub === 'Attack' || h.sub === 'Armed clash') && ASSAULT.test(h.phrase) && !describes(h)
      && stateTargetOf(c, text, h, text.slice(c.span[0], h.span[0]), text.slice(h.span[1], c.span[1])) !== null)
    if (assault) { sub = 'Armed clash'; why += `; "${assault.phrase}" on state forces with it: a ground assault the bomb opened (rule bomb-then-assault)` }
  }
  if ((sub === 'Attack' || sub === 'Armed clash') && !fought) {
    // The codebook decides by the target: armed on both sides is a clash, unarmed victims an attack.
    // "fired several shots at the man": one-way fire at unarmed people or a civilian vehicle (rule fired-at-victim).
    const firedAt = (h: Hit) => (ONE_WAY_FIRE.test(h.phrase) && FIRED_AT_VICTIM.test(text.slice(h.span[1], h.span[1] + 60)))
      || (/^(?:came under )?(?:gun)?fire$/i.test(h.phrase) && VICTIM_UNDER_FIRE.test(text.slice(Math.max(c.span[0], h.span[0] - 80), h.span[0] + (h.phrase.startsWith('came') ? 11 : 0))))
    // "ELN fighters attacked a camp of rival FARC dissidents ..., killing at least nine people": an armed side attacked, named
    // as the attack word's object with another armed side before the word, makes "people" only the fight's toll (rule
    // armed-object-dead, artev23).
    // Only an attack word ("attacked", "raided"): "clan militiamen fought off raiders" keeps the people as the raid's victims.
    const armedObject = c.hits.some((h) => (h.sub === 'Attack' || h.sub === 'Armed clash') && ASSAULT.test(h.phrase) && c.actors.some((a) => isArmed(a) && a.span[1] <= h.span[0])
      && c.actors.some((a) => isArmed(a) && a.span[0] >= h.span[1] && ARMED_OBJECT_GAP.test(text.slice(h.span[1], a.span[0]))))
    const victimCivil = c.hits.some(firedAt) || c.numbers.some((n) => n.group && (VICTIMS.test(n.group) && !ARMED_VICTIMS.test(n.group) && !(armedObject && NEUTRAL_DEAD.test(n.group.trim())) || OFF_DUTY.test(n.group)))
      // Not people named as the agent's backers ("a police unit, supported by local vigilantes, killed five bandits").
      // Nor a group's word naming a place ("the Jenin refugee camp"): the people it names were not said to be hit.
      || c.actors.some((a) => a.role === 'civilian' && conventions().backerRightBefore(text, a.span[0]) === null && !(armedObject && NEUTRAL_DEAD.test(a.text.trim()))
        && !(a.rule === 'social-group' && roleCues().peoplePlace(text.slice(a.span[1], a.span[1] + 20)))
        // "the army said ... 12 of its own men had been killed": a side's own people are its fighters (rule own-men).
        && !OWN_PEOPLE_BEFORE.test(text.slice(Math.max(0, a.span[0] - 12), a.span[0])))
      // "an assault on an activist", "an attack against two teachers": the one hit, named right after the act.
      || VICTIM_AFTER.test(after)
      // A soldier or officer hit off duty ("ambushed a police commander who was off duty") is hit as a civilian.
      || c.actors.some((a) => isForce(a) && a.span[0] >= top.span[1] && !onDuty(a, text))
    // Who can fight back: not a government or official hit after the act ("shot a former mayor"), nor a soldier off duty.
    // Nor an official named as the one hit before a passive verb ("The governor ... was killed after being seized").
    // Nor a force that only tells of it after the act (", the army said").
    const fighting = armedActors.filter((a) => onDuty(a, text) && !(a.name.startsWith('Government of ') && (a.span[0] >= top.span[1] || a.rule === 'generic-government'))
      && !(a.span[0] >= top.span[1] && tellsAfter(text.slice(a.span[1], a.span[1] + 60)))
      // Nor the group whose campaign the act is part of ("..., part of a siege the group JNIM imposed"): its doer, not hit.
      && !(a.span[0] >= top.span[1] && CAMPAIGN_OWNER.test(text.slice(top.span[1], a.span[0]))))
    const victimArmed = c.numbers.some((n) => n.group && ARMED_VICTIMS.test(n.group) && !OFF_DUTY.test(n.group) && !OFF_DUTY_AFTER.test(text.slice(n.span[1], n.span[1] + 60)))
      || fighting.length >= 2 || (fighting.length === 1 && armedHitAfter(after) && !VICTIMS.test(after.slice(0, 40)))
    const mutual = c.hits.some((h) => h.sub === 'Armed clash' && h.weight > 1 && MUTUAL.test(h.phrase) && !firedAt(h))
    // "Soldiers clashed with rebels ..., leaving nine people dead": with two armed sides fighting, "people" only counts the toll.
    const civilDead = c.numbers.some((n) => n.measure === 'killed' && n.group && VICTIMS.test(n.group) && !ARMED_VICTIMS.test(n.group)
      && !(fighting.length >= 2 && NEUTRAL_DEAD.test(n.group.trim()) && c.hits.some((h) => NEUTRAL_DEAD_ACTS.test(h.phrase)))
      // "civilians were killed by stray bullets during the fighting": bystanders of a fight, its toll (rule crossfire-dead).
      && !(c.hits.some((h) => h.sub === 'Armed clash' && MUTUAL.test(h.phrase)) && CROSSFIRE_DEAD.test(sentence)))
    // "Fighting between rival armed groups": the armed sides named after the word fought each other.
    const between = (mutual && (TWO_SIDES.test(after)
      // "80 people have been killed and 11,000 have fled ... in fighting between the ELN rebels and FARC dissidents": the
      // sides named right after the fight word itself, wherever the toll's verb stands (rule pair-after-fight).
      // Only the fight the dead fell in ("killed ... in fighting between"), not one told as the setting ("reported missing
      // during fighting between rival cartels").
      || c.hits.some((h) => h !== top && h.sub === 'Armed clash' && h.weight > 1 && MUTUAL.test(h.phrase) && !firedAt(h) && h.span[0] > top.span[1]
        && IN_FIGHT.test(text.slice(Math.max(c.span[0], h.span[0] - 24), h.span[0])) && TWO_SIDES.test(text.slice(h.span[1], c.span[1])))
      || c.hits.some((h) => h.sub === 'Armed clash' && h.weight > 1 && MUTUAL.test(h.phrase) && PAIR_BEFORE.test(text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0])))
      // "Armed groups fought ...": a plural of armed sides that opens the clause as the fight word's whole subject.
      || c.hits.some((h) => h.sub === 'Armed clash' && h.weight > 1 && MUTUAL.test(h.phrase) && PLURAL_SIDES.test(text.slice(Math.max(c.span[0], h.span[0] - 40), h.span[0])))
      // "Rival tribes signed a truce after clashes killed 12 people": communities named in the sentence with words of
      // rivalry ("rival tribes", "the two clans") fought each other, whoever died (rule rival-communities).
      // (the sentence from its start: a second act's span may begin at its "after")
      || RIVAL_COMMUNITIES.test(text.slice(Math.max(text.lastIndexOf('\n', c.span[0] - 1), text.lastIndexOf('. ', c.span[0] - 1)) + 1, c.span[1])))) || CLAN_FIGHT.test(top.phrase)
    // The codebook: an attack on state forces or their posts is a battle, even when bystanders are hit with them
    // ("1 policeman and 2 civilians were shot by Taliban militants", "militants attacked a check point").
    // Also through another attack word of the sentence ("militants attacked the gendarmerie station, killed one civilian").
    const stateTarget = stateTargetOf(c, text, top, before, after) ?? c.hits.filter((h) => h !== top && (h.sub === 'Attack' || h.sub === 'Armed clash'))
      .map((h) => stateTargetOf(c, text, h, text.slice(c.span[0], h.span[0]), text.slice(h.span[1], c.span[1]))).find((t) => t !== null) ?? null
    // State forces that fired back or traded fire, in this sentence or the next: the one they fought was armed (rule fire-returned).
    const next = text.indexOf('. ', c.span[1])
    const returned = fighting.some(isForce) ? conventions().fireReturned(sentence, text.slice(c.span[1], next < 0 ? text.length : next + 1)) : null
    // "A bus carrying pilgrims came under gunfire": fire at the subject is one side's, not both; a subject of people or a
    // vehicle with no force named in it is civilian: an attack (rule fired-on-civilians). "A military convoy came under
    // fire" keeps its clash.
    const firedOn = FIRED_AT.test(top.phrase) || FIRED_AT_BEFORE.test(before)
    const subject = firedOn ? text.slice(Math.max(c.span[0], text.lastIndexOf(',', top.span[0]) + 1, text.lastIndexOf(';', top.span[0]) + 1), top.span[0]) : ''
    const civilSubject = firedOn && (VICTIMS.test(subject) || PROPERTY.test(subject)) && !ARMED_VICTIMS.test(subject) && !SECURITY.test(subject)
      && !c.actors.some((a) => (a.role === 'armed' || a.role === 'external') && a.span[0] >= c.span[0] && a.span[1] <= top.span[0])
    // "Russian units had suffered heavy casualties in dozens of failed assaults": an armed side that lost men in its own
    // act was fought back, a battle (rule losses-suffered); not civilians who suffered ("villagers suffered casualties").
    const lost = LOSSES.exec(sentence)
    const loser = lost ? c.actors.filter((a) => a.span[1] <= c.span[0] + lost.index).pop() : undefined
    if (destroyedForce.has(top)) { sub = 'Armed clash'; why += '; what was destroyed is an armed body: a battle (rule destroyed-force)' }
    else if (civilSubject) { sub = 'Attack'; why += '; fire at a civilian subject: an attack (rule fired-on-civilians)' }
    else if (lost && isArmed(loser) && !civilDead) { sub = 'Armed clash'; why += `; "${loser!.text}" ${lost[0].trim()}: the side was fought back (rule losses-suffered)` }
    else if ((mutual || CLAN_FIGHT.test(top.phrase)) && (!civilDead || between)) { sub = 'Armed clash'; why += between ? '; fighting between armed sides, whoever died' : '; both sides fired' }
    else if (returned) { sub = 'Armed clash'; why += `; "${returned}": the forces fought back, the other side was armed (rule fire-returned)` }
    else if (stateTarget) { sub = 'Armed clash'; why += `; "${stateTarget}", state forces, were the target` }
    else if (c.hits.some((h) => h.sub === 'Armed clash' && h.weight > 1) && !victimCivil) { sub = 'Armed clash'; why += '; fighting words' }
    else if (victimArmed && !victimCivil) { sub = 'Armed clash'; why += '; the target is armed' }
    // Not counting a side that only tells of it after the act (", Palestinian officials said"): it is no armed target.
    else if (victimCivil || sub === 'Attack' || armedActors.filter((a) => !(a.span[0] >= top.span[1] && tellsAfter(text.slice(a.span[1], a.span[1] + 60)))).length <= 1) { sub = 'Attack'; why += victimCivil ? '; the victims are unarmed' : '; no armed target named' }
  }
  // "Gunmen torched three trucks and a tractor", "two trucks were set on fire by armed men": property burned with no one
  // killed or hurt is property destruction, not an attack on people (rule property-arson). A killing, a wounding or
  // another act on people in the sentence keeps the attack.
  // Nor an assault on a settlement that burned its houses ("attacked a Fulani camp and burned two houses"): an attack
  // on its people; nor people hurt in the next two sentences ("One driver was injured by a gunshot").
  // "Border guards fired warning shots into the air": fire at no one, with no other fight word and no one hurt, is a
  // show of force (ACLED's Other), not a battle (rule warning-fire).
  const warning = sub === 'Armed clash' && !killed && !c.numbers.some((n) => n.measure === 'killed' || n.measure === 'injured')
    && main.filter((h) => h.family !== 'strategic').every((h) => WARNING_FIRE_WORDS.test(h.phrase)) ? WARNING_FIRE.exec(sentence) : null
  if (warning) { sub = 'Other'; why += `; "${warning[0]}": fire at no one, a show of force, not a battle (rule warning-fire)` }
  const settlement = c.hits.some((h) => ASSAULT.test(h.phrase) && (SETTLEMENT_AFTER.test(text.slice(h.span[1], h.span[1] + 50))
    || places.some((p) => p[0] >= h.span[1] && /^\s*(?:the\s+)?$/i.test(text.slice(h.span[1], p[0])))))
  const firstStop = text.indexOf('. ', c.span[1])
  const nextStop = firstStop < 0 ? -1 : text.indexOf('. ', firstStop + 2)
  const hurtNext = HURT.exec(text.slice(c.span[1], nextStop < 0 ? text.length : nextStop + 1))
  if (sub === 'Attack' && !killed && !c.numbers.some((n) => n.measure === 'killed' || n.measure === 'injured') && !settlement
    && !(hurtNext && !NO_ONE.test(hurtNext.input))
    && !c.hits.some((h) => h.weight > 1 && (h.family === 'civilian' || h.family === 'battle' || h.family === 'remote') && !ARSON.test(h.phrase))) {
    const arson = c.hits.find((h) => ARSON.test(h.phrase) && propertyBurned(c, text, h))
    if (arson) { sub = 'Looting/property destruction'; why += `; "${arson.phrase}" burned property, no one hurt: property destruction (rule property-arson)` }
  }
  if (sub === 'Peaceful protest' || sub === 'Protest with intervention') {
    // Violence in an "after" clause counts too ("protests after demonstrators clashed with police"), unless that
    // clause gives it an earlier time of its own ("after riots in the prisons in mid-April").
    // A crowd that burned property ("demonstrators burned a cotton factory") used violence as surely as a riot word.
    // (Burned by the crowd, in the active voice: "after their stalls were burned by unknown men" is done to it.)
    const riotWord = (h: Hit) => (h.family === 'riot' || h.sub === 'Looting/property destruction') && !/loot/.test(h.phrase)
      && (h.weight > 1 || (ARSON.test(h.phrase) && PROPERTY_AFTER.test(text.slice(h.span[1], Math.min(c.span[1], h.span[1] + 60)))))
    if (main.some(riotWord) || c.hits.some((h) => riotWord(h) && !EARLIER.test(text.slice(h.span[1], c.span[1])))) { sub = 'Violent demonstration'; why += '; protesters used violence' }
    else if (killedHere && securityKilled) { sub = 'Excessive force against protesters'; why += '; security forces killed protesters' }
  }
  // Two crowds fighting (communities, party supporters, villagers) with no armed group named: mob violence.
  // Not when an armed group, even unnamed, is a side, or the weapons are weapons of war ("machine-gun fire, residents said"),
  // or the fight was a shoot-out ("a shoot-out took place in the community": gunmen, not a crowd; conventions.yaml fire_returned).
  // Clans fight as clan militias, not as crowds ("inter-clan violence").
  // So are crowds that fought each other, their dead on no side named ("two people were killed when supporters of the two
  // main parties fought with machetes"): no victims of a one-way attack. Communities armed with weapons are the rule
  // communal-fight's, below. Police who only tell of it (", police said") are no armed side (teller).
  const teller = (a: ActorMention) => a.span[0] >= top.span[1] && tellsAfter(text.slice(a.span[1], a.span[1] + 60))
  const crowdsFought = sub === 'Attack' && roleCues().mutualRiot(top.phrase) !== null && CROWDS.test(before.replace(CROWD_TELLS, ' '))
    && !conventions().communalArms(sentence)
  if ((sub === 'Armed clash' || crowdsFought) && !CLAN_FIGHT.test(top.phrase) && !armedActors.some((a) => (!a.generic || a.inter <= 3) && !(crowdsFought && teller(a))) && CROWDS.test(sentence.replace(CROWD_TELLS, ' ')) && !c.hits.some((h) => FIREARM.test(h.phrase))
    && !WAR_WEAPONS.test(sentence) && !conventions().fireReturned(sentence)) {
    sub = 'Mob violence'; why += '; the sides are crowds, not armed groups'
  }
  // Ordinary people (shopkeepers, journalists, residents) who clash with police or soldiers, no one killed and no
  // firearm or weapon of war named: a riot against the forces, not a battle ("a clash between police and shopkeepers").
  // Gunmen or any other armed side in it keep the battle.
  if (sub === 'Armed clash' && roleCues().mutualRiot(top.phrase) && armedActors.length > 0 && armedActors.every(isForce) && !killed && !ARMED_PEOPLE.test(sentence)
    && (c.actors.some((a) => a.role === 'civilian') || CROWDS.test(sentence)) && !c.hits.some((h) => FIREARM.test(h.phrase)) && !WAR_WEAPONS.test(sentence)) {
    sub = 'Mob violence'; why += '; ordinary people clashed with the forces: mob violence'
  }
  // Communities fighting each other ("farmers and herders clashed, leaving four dead"), no armed group among them: not an
  // attack on the civilians of one side but a fight between the two; the roles stage names their militias (communal-armed-clash).
  // ("Fighting between two communities killed eight": the trigger and the word after it.)
  // Not officials who only tell of it (", officials said"): teller, above.
  const communalFight = sub === 'Attack' && roleCues().mutualRiot(text.slice(top.span[0], Math.min(c.span[1], top.span[1] + 9)))
    && !armedActors.some((a) => (!a.generic || a.inter <= 3) && !teller(a))
    ? conventions().communalArms(sentence) : null
  if (communalFight) { sub = 'Mob violence'; why += `; "${communalFight[0]}" fought each other ("${communalFight[1]}"): communities' fight, not an attack (rule communal-fight)` }
  // A crowd of ordinary people (villagers, farmers, residents, a mob) attacking someone is mob violence.
  // Unless it is an organised raid on a settlement, camp or village: then a communal militia's attack.
  // No crowd when a non-state armed group is a side anywhere in the sentence ("people were killed in fighting between armed factions").
  // "Villagers killed in new army strike": a headline's passive with no "were" leaves the crowd hit, no agent (rule headline-passive).
  const bare = CROWD_BARE_HIT.test(top.phrase) && CROWD_BARE_BEFORE.test(before) && CROWD_BARE_AFTER.test(after)
  const crowdAgent = (PASSIVE.test(before) ? CROWD_BY.test(after) : CROWD.test(unbracket(before).replace(CROWD_AGENT_TELLS, ' ')) && !CROWD_DIED.test(unbracket(before)) && !bare) && !armedActors.some((a) => a.span[1] <= top.span[0])
    && !armedActors.some((a) => a.inter >= 2 && a.inter <= 4) && !TWO_SIDES.test(after)
  if ((sub === 'Attack' || sub === 'Armed clash') && crowdAgent && raided(sentence) && !JUSTICE.test(sentence)) {
    sub = 'Attack'; why += '; a community raided a settlement: communal militia'
  } else if ((sub === 'Attack' || sub === 'Looting/property destruction' || sub === 'Armed clash') && crowdAgent && !c.hits.some((h) => FIREARM.test(h.phrase)) && !WAR_WEAPONS.test(sentence)) {
    sub = 'Mob violence'; why += '; the attackers are a crowd, not an armed group'
  }
  // "Police beat up a trader", "a woman was assaulted by security guards": a beating by an armed side (state forces,
  // private security, an armed group or party) is its attack, not mob violence. Not when a crowd does it or the word
  // names the crowd itself ("a mob", "lynched").
  if (sub === 'Mob violence' && !roleCues().crowdViolence(top.phrase) && !c.hits.some((h) => h.sub === 'Mob violence' && roleCues().crowdViolence(h.phrase))) {
    const passive = PASSIVE.test(before)
    const beater = armedActors.find((a) => a.inter !== 4 && (passive
      // (the agent after a second verb of the same clause too: "were beaten up and dragged into vans by police")
      ? a.span[0] >= top.span[1] && /^(?:[^.;]{0,20}?|[^.;,]{0,40}?)\bby\s+(?:[\w'’-]+\s+){0,4}$/i.test(text.slice(top.span[1], a.span[0]))
      : a.span[1] <= top.span[0] && !/[.;]/.test(text.slice(a.span[1], top.span[0]))))
    const crowd = passive ? CROWD_BY.test(after) : CROWD.test(before)
    // Police beating protesters at their protest: the force met the protest (rule protest-beaten).
    if (beater && !crowd && isForce(beater) && protestWords) { sub = 'Protest with intervention'; why += `; "${text.slice(beater.span[0], beater.span[1])}" beat the protesters: a protest met by force (rule protest-beaten)` }
    else if (beater && !crowd) { sub = 'Attack'; why += `; "${text.slice(beater.span[0], beater.span[1])}", an armed side, did the beating: an attack, not mob violence` }
  }
  // "a mob of Trump supporters stormed the Capitol": a crowd storming a seat of government, no one killed or hurt by it,
  // is demonstrators' violence, not mob violence against people (rule stormed-institution).
  if (sub === 'Mob violence' && STORMED.test(sentence) && !c.numbers.some((n) => n.measure === 'killed' || n.measure === 'injured')) {
    sub = 'Violent demonstration'; why += '; the crowd stormed a seat of government: a violent demonstration (rule stormed-institution)'
  }
  // "Farmers speared four oxen owned by a herding family": the kill word's object is farm animals, no person killed,
  // hurt or assaulted: the herd's loss is property destruction, not an attack on people (rule livestock-killed).
  const peopleKilled = c.numbers.some((n) => n.measure === 'killed' && !(n.group && LIVESTOCK.test(n.group)))
  const humanKilled = peopleKilled || c.numbers.some((n) => n.measure === 'injured')
  if ((sub === 'Attack' || sub === 'Mob violence') && !humanKilled && !(hurtNext && !NO_ONE.test(hurtNext.input))) {
    const onPeople = (h: Hit) => h.weight > 1 && (h.family === 'civilian' || h.family === 'battle' || h.family === 'remote' || h.family === 'riot')
    const animalKill = (h: Hit) => h.family === 'civilian' && ANIMAL_KILL.test(h.phrase) && LIVESTOCK_AFTER.test(text.slice(h.span[1], Math.min(c.span[1], h.span[1] + 60)))
    const kills = main.filter(onPeople)
    const assaulted = c.hits.some((h) => ASSAULT.test(h.phrase) && VICTIM_AFTER_ASSAULT.test(text.slice(h.span[1], Math.min(c.span[1], h.span[1] + 50))))
    if (kills.length && kills.every(animalKill) && !assaulted) { sub = 'Looting/property destruction'; why += `; "${kills[0].phrase}" killed farm animals, no one hurt: property destruction (rule livestock-killed)` }
  }
  if (sub === 'Looting/property destruction' && c.hits.some((h) => h.sub === 'Attack' && h.weight > 1) && peopleKilled) sub = 'Attack'
  if (sub === 'Arrests' && main.some((h) => h.family === 'protest')) { sub = 'Protest with intervention'; why += '; protesters were arrested' }
  // "Security forces arrested and beat an opposition leader", "journalists were beaten and then arrested by the police":
  // the ones held were beaten or tortured in the same act: violence against them, an attack (ACLED), not an arrest.
  // Not a crowd's beating before a police arrest ("beaten by locals before being arrested", "residents beat and detained
  // a thief": mob violence, rule arrest-beaten).
  // "troops neutralised 23 terrorists, arrested 41 suspects and rescued 17 hostages": armed people killed, told before the
  // arrests in one list, make the list's act a battle; the arrests are its aftermath (rule killed-then-arrested).
  if (sub === 'Arrests' && c.numbers.some((n) => n.measure === 'killed' && (n.value ?? 0) > 0 && n.span[1] <= top.span[0] && !!n.group && ARMED_VICTIMS.test(n.group))) {
    sub = 'Armed clash'; why += '; armed people killed before the arrests: a battle (rule killed-then-arrested)'
  }
  if (sub === 'Arrests') {
    const held = main.filter((h) => h.sub === 'Arrests' && h.weight > 1)
    const beating = [...sentence.matchAll(BEATING)].map((m) => [c.span[0] + m.index!, c.span[0] + m.index! + m[0].length] as const)
      .find(([s0, s1]) => held.some((h) => ARREST_JOINED.test(s1 <= h.span[0] ? text.slice(s1, h.span[0]) : h.span[1] <= s0 ? text.slice(h.span[1], s0) : 'x')))
    const from = beating ? Math.min(beating[0], ...held.map((h) => h.span[0])) : 0
    if (beating && !crowdBefore(text.slice(c.span[0], from), text.slice(from, c.span[1]))) {
      sub = 'Attack'; why += `; "${text.slice(beating[0], beating[1])}" the ones held: violence against them, an attack (rule arrest-beaten)`
    }
  }
  // "The protests were peaceful, although police said they arrested 23 people who blocked a highway": the police
  // answered the protest. Not when the arrest is what the protest is about ("demanding the release of detained activists").
  if (sub === 'Peaceful protest') {
    // A done arrest ("arrested", "detained", "arrests"), not a threat of one ("can expect immediate arrest").
    const arrest = main.find((h) => h.sub === 'Arrests' && h.weight > 1 && /(?:ed|s)$/i.test(text.slice(h.span[0], h.span[1])))
    if (arrest) {
      const between = text.slice(Math.min(top.span[1], arrest.span[1]), Math.max(top.span[0], arrest.span[0]))
      const lead = text.slice(Math.max(c.span[0], arrest.span[0] - 30), arrest.span[0])
      if (!ARREST_ABOUT.test(between) && !ARREST_ABOUT.test(lead)) { sub = 'Protest with intervention'; why += `; "${arrest.phrase}": the police arrested protesters` }
    }
  }
  // Force used on a crowd that was itself violent (it barricaded roads, stoned or burned things) answers a riot: a violent
  // demonstration, as ACLED codes it; excessive force is force against a peaceful crowd (rule violent-crowd-met).
  const crowdViolence = sub === 'Excessive force against protesters' ? roleCues().crowdDamage(sentence) ?? BARRICADES.exec(sentence)?.[0] : null
  if (crowdViolence) { sub = 'Violent demonstration'; why += `; "${crowdViolence}": the crowd was violent, a riot met by force (rule violent-crowd-met)` }
  // A crowd's violence read off a strong word ("clashes" with protesters in them) is a riot as surely as the word itself;
  // a protest's outcome read off a second word (an arrest, a killing by the police) is as sure as the protest.
  const derived = sub !== top.sub && !((subFamily(sub) === 'riot' || subFamily(sub) === 'protest') && top.weight > 1)
  // A riot told by the crowd's own damage word ("Some set fire to tyres and looted shops"): the crowd's violence too.
  const crowdAct = crowdViolence ?? (sub === 'Violent demonstration' && roleCues().propertyDamageWord(top.phrase) ? top.phrase : null)
  return { sub, trigger: top, why, derived, ...(crowdAct ? { crowdViolence: crowdAct } : {}) }
}

/** Whether the arson word `h` burns property: named right after it, or as its passive subject before it. */
function propertyBurned(c: Candidate, text: string, h: Hit): boolean {
  return PROPERTY_AFTER.test(text.slice(h.span[1], Math.min(c.span[1], h.span[1] + 60)))
    || PROPERTY_BEFORE.test(text.slice(Math.max(c.span[0], h.span[0] - 80), h.span[0]))
}

/**
 * The armed side named after a territory word as the one that took the place: after "to" for a word whose subject lost it
 * ("troops lost control of Kalehe to M23 rebels"), after a passive's "by" otherwise ("driven out of Goma by the army").
 */
function takerAfter(c: Candidate, text: string, h: Hit): ActorMention | undefined {
  const link = LOST.test(h.phrase) ? /^[^.;]{0,60}?\bto\s+(?:the\s+)?$/i : /^[^.;,]{0,60}?\bby\s+(?:the\s+)?$/i
  return c.actors.find((a) => a.span[0] >= h.span[1] && isArmed(a) && link.test(text.slice(h.span[1], a.span[0])))
}

/** Whether a crowd (residents, youths, a mob, protesters) does the act: named before it, or after "by" in the passive. */
export function crowdBefore(before: string, after: string): boolean {
  if (PASSIVE.test(before)) return CROWD_BY.test(after)
  before = unbracket(before)
  const m = CROWD.exec(before)
  // "Gang members killed at least eight people and set fire to homes": the people are the ones killed, not a crowd acting.
  const hit = m !== null && CROWD_HIT.test(before.slice(Math.max(0, m.index - 40), m.index))
  return (m !== null && !hit) || PROTESTERS_BEFORE.test(before)
}
const CROWD_HIT = new RegExp(`\\b${cueSource('crowd-hit-before')}\\s+(?:(?:at least|more than|over|some|about|nearly|around|up to)\\s+)?(?:[\\w,-]+\\s+){0,2}$`, 'i')
// afterLast's global copy of each pattern, made once (matchAll copies it again, so it carries no lastIndex).
const globalOf = new WeakMap<RegExp, RegExp>()
/** The text after the last match of `re` ("Protesters said police opened fire": the police act, not the protesters). */
function afterLast(text: string, re: RegExp): string {
  let global = globalOf.get(re)
  if (!global) globalOf.set(re, (global = new RegExp(re.source, 'gi')))
  const all = [...text.matchAll(global)]
  const last = all[all.length - 1]
  return last ? text.slice(last.index! + last[0].length) : text
}

// A state force (not a government, whose employees are civilians), not one off duty or retired ("a former soldier").
const isForce = (a: ActorMention) => /^(Military|Police) Forces of /.test(a.name)
// Off duty when so described before it ("a former soldier") or in the words after it ("a soldier (off-duty)", "who was off duty").
/** Armed people named after the act as the ones hit ("killed two soldiers"), not as its agent ("after being seized by RSF fighters") nor its teller. */
function armedHitAfter(after: string): boolean {
  const m = ARMED_VICTIMS.exec(after)
  return !!m && !/\bby\s+(?:[\w'’-]+\s+){0,4}$/i.test(after.slice(0, m.index))
    // Nor a force that tells of it (", the army said").
    && !tellsAfter(after.slice(m.index + m[0].length, m.index + m[0].length + 60))
}
/** A force that only tells of the act after it: ", the army said", or through its spokesperson ("state police spokesman X said"). */
const tellsAfter = (after: string) => conventions().speakerAfter(after) || roleCues().tellerNoun(after)
const onDuty = (a: ActorMention, text: string) => !OFF_DUTY.test(text.slice(Math.max(0, a.span[0] - 20), a.span[1]))
  && !OFF_DUTY_AFTER.test(text.slice(a.span[1], a.span[1] + 60))
/**
 * The state forces an act was aimed at, or null: in the passive, those named before it ("police officers were
 * shot by a man"); in the active voice, those or their post named right after it ("attacked a check point").
 * Null when state forces do the act themselves (before it, or after "by"): then the one hit is their target.
 */
function stateTargetOf(c: Candidate, text: string, top: Hit, before: string, after: string): string | null {
  const passive = PASSIVE.test(before)
  // The clause of the act: from the last stop, semicolon or comma-less run before it.
  const clauseStart = Math.max(c.span[0], text.lastIndexOf(';', top.span[0]) + 1)
  const by = /^[^.;]{0,40}?\bby\b/i.exec(after)
  const byAt = by ? top.span[1] + by[0].length : -1
  // Not one named after "wanted by", "set up by" (role-cues object_makers): whom someone is tied to, not the agent.
  const tied = (a: ActorMention) => roleCues().byBefore(text.slice(Math.max(0, a.span[0] - 60), a.span[0])) === 'maker'
  const agents = c.actors.filter((a) => !tied(a) && (passive ? byAt >= 0 && a.span[0] >= byAt && a.span[0] - byAt < 40 : a.span[1] <= top.span[0] && a.span[0] >= clauseStart))
  if (agents.some(isForce)) return null
  if (passive) {
    // The subject of the passive verb: no comma or "by" between it and the verb ("one policeman and two civilians were shot").
    const hit = c.actors.find((a) => isForce(a) && onDuty(a, text) && a.span[1] <= top.span[0] && a.span[0] >= clauseStart
      && /^[^,;:()]{0,60}$/.test(text.slice(a.span[1], top.span[0])) && !/\bby\b/i.test(text.slice(a.span[1], top.span[0])))
    return hit ? text.slice(hit.span[0], hit.span[1]) : null
  }
  // Active voice: an armed side did it, and the state force or its post is its object, right after the act
  // ("attacked a check point", "ambushed a police patrol"), not a place further on ("killed a driver at a checkpoint").
  // A person named only as such who attacks state forces ("a man attacked a police officer") is an armed side too.
  // Not one the words report done to ("a man was tied up and beaten by police").
  const person = (a: ActorMention) => a.rule === 'generic-civilians' && roleCues().personNoun(a.text) && !roleCues().passiveSubject(text.slice(a.span[1], a.span[1] + 40))
  if (!agents.some((a) => isArmed(a) || person(a))) return null
  const hit = c.actors.find((a) => isForce(a) && onDuty(a, text) && a.span[0] >= top.span[1] && /^\s+(?:(?:on|at)\s+)?(?:an?|the|two|three|several)?\s*(?:[\w'’-]+\s+){0,2}$/i.test(text.slice(top.span[1], a.span[0])))
  if (hit) return text.slice(hit.span[0], hit.span[1])
  const target = roleCues().stateTarget(after)
  if (target) return target
  return postAgain(text, c.span[0], after)
}
