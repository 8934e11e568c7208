/** @module events/classify: a candidate's hits and actors → one ACLED sub-event type, by the codebook's hierarchy. */
import type { ActorMention } from '../doc.js'
import type { Candidate, Hit } from './candidates.js'
import { rankOf } from './taxonomy.js'

// Which sub-type wins when a sentence holds several triggers: the codebook's hierarchy in data/events/taxonomy.yaml.
const rank = rankOf

const ARMED = new Set([1, 2, 3, 4, 8])
const isArmed = (a: ActorMention | undefined) => !!a && ARMED.has(a.inter) && a.role !== 'civilian'
const VICTIMS = /\b(civilians?|villagers?|residents?|people|persons?|man|men|woman|women|child|children|boys?|girls?|farmers?|herders?|worker|workers|students?|teachers?|journalists?|traders?|passengers?|worshippers?|family|families|pastoralists?|fishermen|miners?|doctors?|nurses?|priests?|pastors?|imams?|chief|chiefs|councillors?|officials?|candidates?|activists?|lawyers?|judges?)\b/i
const ARMED_VICTIMS = /\b(soldiers?|troops|police(men|man|women|woman)?|policem[ae]n|policewom[ae]n|constables?|officers?|personnel|fighters?|militants?|rebels?|insurgents?|militiam[ae]n|gunmen|jihadists?|guards?|commanders?|army|forces|servicem[ae]n|recruits|combatants?|terrorists?)\b/i
const CONTROL = /\b(control|town|city|village|district|area|positions?|territory|base|outpost|stronghold|checkpoints?|hill|airport|province|region|neighbou?rhood)\b/i

const CROWD = /\b(mob|crowd|villagers|residents|farmers|herders|youths?|young (men|people)|community members|locals|people|group of (men|people|youths|residents|villagers)|inhabitants|vigilantes?|a number of (people|men|farmers|villagers|residents))\b[^.;]{0,40}$/i

const SINCE = /\bsince\b[^,;.]*$/i
const CONTEXT = /\b(after|following|amid|since|in retaliation for|in response to)\b[^,;.]*$/i
const ABOUT = /\b(against|over|about|condemn\w*|denounc\w*|demand\w*|decry\w*|in protest at|to protest)\b/i
const SECURITY = /\b(police|security forces|soldiers|troops|army|military|gendarm\w*|riot police|officers)\b/i
const FOUND = /\b(found|discovered|uncovered|cleared|defused|removed|dismantled|destroyed \d|destroyed (the|a|an|\d)|bomb squad|made safe|controlled explosion|seized|recovered|intercepted|identified by)\b/i
const RAID = /\b(settlements?|camps?|hamlets?|villages? of|pastoralists?|herders?|herdsm[ae]n|Fulani|communit(y|ies) of|farmers'? (village|settlement))\b/
const JUSTICE = /\b(suspect\w*|accused|thie(f|ves)|robbers?|burglars?|witch\w*|sorcer\w*|alleged|kidnappers?|rapists?|lynch\w*|mob justice|jungle justice|caught)\b/i
const PASSIVE = /\b(was|were|been|being|got)\s+(\w+\s+)?$/i
// After a passive verb the crowd is the agent only when named with "by": "was beaten to death by a mob".
const CROWD_BY = /^[^.;]{0,40}?\bby\s+(an?\s+|the\s+)?(angry\s+)?(mob|crowd|villagers|residents|farmers|herders|youths?|locals|people|inhabitants|vigilantes|group of (people|residents|villagers|youths))\b/i
const CROWDS = /\b(communit(y|ies)|villagers|residents|supporters|two groups|groups of|youths|students|farmers|herders|nationals|traders|workers|neighbou?rs|families|clans?|tribesmen|inhabitants|mob)\b/i
const MUTUAL = /clash|fought|fighting|battle|gunfight|firefight|shoot.?out|exchang|traded fire|fired with|positions|skirmish|gunfire|small.arms|machine.?gun|bursts|shots/
const FIREARM = /^(shot|shooting|shot dead|shot and killed|opened fire|gunned down|gunmen|gunman)$/

/** `derived`: the type came from who was hit, not from a word of its own ("11 soldiers killed" → clash). */
export interface Classified { sub: string; trigger: Hit; why: string; derived: boolean }

/** Pick the sub-type of one candidate sentence; `null` when its triggers don't add up to an event. */
export function classify(c: Candidate, text: string): Classified | null {
  const killed = c.numbers.some((n) => n.measure === 'killed')
  const armedActors = c.actors.filter(isArmed)
  const sentence = text.slice(c.span[0], c.span[1])
  // Words after "after", "following", "amid" give the context of an earlier act, not the act itself.
  const first = c.hits[0]
  const main = c.hits.filter((h) => !SINCE.test(text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0]))
    && (h === first || !CONTEXT.test(text.slice(Math.max(c.span[0], h.span[0] - 60), h.span[0]))))
  if (!main.length) return null
  const strong = main.filter((h) => h.weight > 1)
  // Weak words alone ("shot", "rally", "explosion") need support from an actor, a casualty or a second word.
  // A count right before the word ("2 explosions", "3 rallies") also supports it.
  const counted = c.hits.some((h) => c.numbers.some((n) => n.span[1] <= h.span[0] && h.span[0] - n.span[1] <= 2))
  if (!strong.length && !killed && !c.actors.length && !counted && main.length < 2) return null
  let hits = [...main].sort((a, b) => rank(a.sub) - rank(b.sub) || b.weight - a.weight)
  // Territory words need a place or position being taken, not "captured three fighters".
  hits = hits.filter((h) => h.family !== 'territory' || CONTROL.test(text.slice(h.span[0], Math.min(text.length, h.span[1] + 60))))
  // A weak hit never outranks a strong one.
  if (strong.length) hits = hits.filter((h) => h.weight > 1 || !strong.some((s) => s.family !== h.family))
  const top = hits[0]
  if (!top) return null
  let sub = top.sub
  let why = `"${top.phrase}" proposes ${sub}`
  const after = text.slice(top.span[1], c.span[1])
  const before = text.slice(c.span[0], top.span[0])

  // Codebook: shelling or air strikes during a ground battle are one Battles event.
  const SMALL_ARMS = /small.arms|machine.?gun|gunfire|shoot.?out|firefight|gun ?battle|clash|fighting|fought|exchange|traded fire|bursts/
  if ((sub === 'Shelling/artillery/missile attack' || sub === 'Air/drone strike')
    && c.hits.some((h) => h.sub === 'Armed clash' && h.weight > 1 && SMALL_ARMS.test(h.phrase))) {
    sub = 'Armed clash'; why += '; with ground fighting in the same sentence it is one battle'
  }
  // "protested against the murder of a journalist": the violence is what the protest is about.
  const aboutIt = c.hits.find((h) => h.family === 'protest' && h.span[1] <= top.span[0] && ABOUT.test(text.slice(h.span[1], top.span[0])))
  if (aboutIt && top.family !== 'protest' && top.family !== 'riot') { sub = aboutIt.sub; why = `"${aboutIt.phrase}" about the violence: the protest is the event` }
  // Protesters in a clash or killed: a violent demonstration, or excessive force when security forces kill them.
  const protestWords = c.hits.some((h) => h.family === 'protest') || c.actors.some((a) => a.role === 'protester')
  if ((sub === 'Armed clash' || sub === 'Attack') && protestWords && !armedActors.some((a) => !a.generic && a.inter >= 2 && a.inter <= 4)) {
    if (killed && SECURITY.test(sentence)) { sub = 'Excessive force against protesters'; why += '; security forces killed protesters' }
    else { sub = 'Violent demonstration'; why += '; protesters in a clash' }
  }
  // A place taken after the other side left is a non-violent transfer.
  if ((sub === 'Government regains territory' || sub === 'Non-state actor overtakes territory') && c.hits.some((h) => h.sub === 'Non-violent transfer of territory' && h.weight > 1)) {
    sub = 'Non-violent transfer of territory'; why += '; the other side left without a fight'
  }
  // Explosives found, cleared or defused before they went off: disrupted weapons use.
  if ((sub === 'Remote explosive/landmine/IED' || sub === 'Grenade') && !killed && FOUND.test(sentence)) {
    sub = 'Disrupted weapons use'; why += '; the explosives were found or made safe'
  }
  // Territory: who took it decides the sub-type, whatever the verb.
  if (sub === 'Government regains territory' || sub === 'Non-state actor overtakes territory') {
    const agent = c.actors.filter((a) => a.span[1] <= top.span[0] && isArmed(a)).pop()
    if (agent && agent.inter === 1) sub = 'Government regains territory'
    else if (agent && agent.inter >= 2 && agent.inter <= 4) sub = 'Non-state actor overtakes territory'
    if (agent) why += `; taken by ${agent.name}`
  }
  if (sub === 'Attack' || sub === 'Armed clash') {
    // The codebook decides by the target: armed on both sides is a clash, unarmed victims an attack.
    const victimCivil = c.numbers.some((n) => n.group && VICTIMS.test(n.group) && !ARMED_VICTIMS.test(n.group))
      || c.actors.some((a) => a.role === 'civilian')
    const victimArmed = c.numbers.some((n) => n.group && ARMED_VICTIMS.test(n.group))
      || armedActors.length >= 2 || (armedActors.length === 1 && ARMED_VICTIMS.test(after) && !VICTIMS.test(after.slice(0, 40)))
    const mutual = c.hits.some((h) => h.sub === 'Armed clash' && h.weight > 1 && MUTUAL.test(h.phrase))
    const civilDead = c.numbers.some((n) => n.measure === 'killed' && n.group && VICTIMS.test(n.group) && !ARMED_VICTIMS.test(n.group))
    if (mutual && !civilDead) { sub = 'Armed clash'; why += '; both sides fired' }
    else if (c.hits.some((h) => h.sub === 'Armed clash' && h.weight > 1) && !victimCivil) { sub = 'Armed clash'; why += '; fighting words' }
    else if (victimArmed && !victimCivil) { sub = 'Armed clash'; why += '; the target is armed' }
    else if (victimCivil || sub === 'Attack' || armedActors.length <= 1) { sub = 'Attack'; why += victimCivil ? '; the victims are unarmed' : '; no armed target named' }
  }
  if (sub === 'Peaceful protest' || sub === 'Protest with intervention') {
    if (c.hits.some((h) => (h.family === 'riot' || h.sub === 'Looting/property destruction') && h.weight > 1 && !/loot/.test(h.phrase))) { sub = 'Violent demonstration'; why += '; protesters used violence' }
    else if (killed && /\b(police|security forces|soldiers|troops)\b/i.test(sentence)) { sub = 'Excessive force against protesters'; why += '; security forces killed protesters' }
  }
  // Two crowds fighting (communities, party supporters, villagers) with no armed group named: mob violence.
  if (sub === 'Armed clash' && !armedActors.some((a) => !a.generic) && CROWDS.test(sentence) && !c.hits.some((h) => FIREARM.test(h.phrase))) {
    sub = 'Mob violence'; why += '; the sides are crowds, not armed groups'
  }
  // A crowd of ordinary people (villagers, farmers, residents, a mob) attacking someone is mob violence.
  // Unless it is an organised raid on a settlement, camp or village: then a communal militia's attack.
  const crowdAgent = (PASSIVE.test(before) ? CROWD_BY.test(after) : CROWD.test(before)) && !armedActors.some((a) => a.span[1] <= top.span[0])
  if ((sub === 'Attack' || sub === 'Armed clash') && crowdAgent && RAID.test(sentence) && !JUSTICE.test(sentence)) {
    sub = 'Attack'; why += '; a community raided a settlement: communal militia'
  } else if ((sub === 'Attack' || sub === 'Looting/property destruction' || sub === 'Armed clash') && crowdAgent && !c.hits.some((h) => FIREARM.test(h.phrase))) {
    sub = 'Mob violence'; why += '; the attackers are a crowd, not an armed group'
  }
  if (sub === 'Looting/property destruction' && c.hits.some((h) => h.sub === 'Attack' && h.weight > 1) && killed) sub = 'Attack'
  if (sub === 'Arrests' && c.hits.some((h) => h.family === 'protest')) { sub = 'Protest with intervention'; why += '; protesters were arrested' }
  return { sub, trigger: top, why, derived: sub !== top.sub }
}
