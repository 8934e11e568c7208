/** @module mentions/actors/resolve: an alias, noun or class → the ACLED actor for a country and a day. */
import { countryName } from '../countries.js'
import type { ActorIndex, Group, Unit } from './compile.js'
import { roleOf } from './compile.js'
import { conventions } from './conventions.js'
import type { ClassName, Role, StateKind } from './load.js'

/** An ACLED actor without its place in the text. */
export interface ActorRef { name: string; inter: number; countryCode: string | null; role: Role; generic: boolean }

const validOn = (x: { from: string | null; to: string | null }, day: string | null): boolean =>
  day === null ? x.to === null : (x.from ?? '0000') <= day && day < (x.to ?? '9999')

/** The state actor of a country and kind in force on `day` (the latest when no day); undated when the country has no periods. */
export function stateName(index: ActorIndex, iso: string, kind: StateKind, day: string | null): string {
  const periods = index.state.get(`${iso} ${kind}`)
  if (!periods?.length) {
    const label = countryName(iso)
    return `${kind === 'military' ? 'Military Forces of' : kind === 'police' ? 'Police Forces of' : 'Government of'} ${label}`
  }
  if (!day) return periods[periods.length - 1].name
  let pick = periods[0]
  for (const p of periods) if ((p.from ?? '0000') <= day) pick = p
  // Named as a coder would on that day: a period that had not yet ended is still open ("(2014-)").
  return pick.to && day < pick.to ? pick.name.replace(/\((\d{4})-\d{4}\)/, '($1-)') : pick.name
}

/** A state force acting outside its own country is an external force (inter 8) for ACLED. */
function stateRef(name: string, iso: string, kind: StateKind, docIso: string | null): ActorRef {
  const external = docIso !== null && iso !== docIso && kind !== 'government' && !conventions().homeForce(iso, docIso)
  return { name, inter: external ? 8 : 1, countryCode: iso, role: external ? 'external' : kind === 'government' ? 'other' : 'armed', generic: false }
}

/**
 * A class named by its noun alone ("troops", "the army") in a country: in a territory another state's forces operate in,
 * that state's (generic.yaml `operated_by`: "troops" in the West Bank are Israel's); a demonym's class is `classRef`'s.
 */
export function unnamedClassRef(index: ActorIndex, cls: ClassName, iso: string | null, day: string | null, docIso: string | null): ActorRef {
  return classRef(index, cls, (iso ? index.operatedBy[iso]?.[cls] : undefined) ?? iso, day, docIso)
}

/** A generic class (soldiers, gunmen, protesters) in a country; a null country keeps the class but names no state. */
export function classRef(index: ActorIndex, cls: ClassName, iso: string | null, day: string | null, docIso: string | null): ActorRef {
  const info = index.classes[cls]
  if (cls === 'military' || cls === 'police' || cls === 'government') {
    if (!iso) {
      const label = cls === 'military' ? 'Unidentified Military Forces' : cls === 'police' ? 'Unidentified Police Forces' : 'Unidentified Government'
      return { name: label, inter: 1, countryCode: null, role: info.role, generic: true }
    }
    return stateRef(stateName(index, iso, cls, day), iso, cls, docIso)
  }
  const name = (info.name ?? cls).replace('{country}', iso ? countryName(iso) : 'International')
  return { name, inter: info.inter, countryCode: iso, role: info.role, generic: true }
}

export function unitRef(index: ActorIndex, unit: Unit, day: string | null, docIso: string | null): ActorRef {
  const base = stateName(index, unit.country, unit.kind, day)
  return stateRef(unit.unit ? `${base} ${unit.unit}` : base, unit.country, unit.kind, docIso)
}

export function groupRef(group: Group, docIso: string | null, day: string | null = null): ActorRef {
  // A de facto state force (Haftar's LNA, the Houthis) abroad is external like any other.
  const external = group.inter === 1 && docIso !== null && !group.countries.includes(docIso)
  const inter = external ? 8 : group.inter
  // As for state forces: a mission that had not yet ended on the day is written open ("(2007-)").
  const name = group.to && day && day < group.to ? group.name.replace(/\((\d{4})-\d{4}\)/, '($1-)') : group.name
  return { name, inter, countryCode: group.country, role: roleOf(inter, group.kind), generic: false }
}

/** Among groups sharing an alias: valid on the day, allowed here (local ones only at home), home country first. */
export function pickGroup(candidates: readonly Group[], docIso: string | null, day: string | null, votes?: ReadonlyMap<string, number>): Group | null {
  const usable = candidates.filter((g) => (!g.local || (docIso !== null && g.countries.includes(docIso))))
  const dated = usable.filter((g) => validOn(g, day))
  // With no day, an actor renamed later still beats nothing; with a day, only the one in force counts.
  const pool = dated.length ? dated : day === null ? usable : []
  if (!pool.length) return null
  if (docIso) {
    const home = pool.find((g) => g.country === docIso)
    if (home) return home
    const active = pool.find((g) => g.countries.includes(docIso))
    if (active) return active
  }
  // None at home in the article's country (or none known): the one whose country the text names most ("Syrian government
  // forces retook the town from Islamic State", with Moscow and Washington named too), not the first listed.
  let voted: Group | null = null
  for (const g of pool) if ((votes?.get(g.country) ?? 0) > (voted ? votes!.get(voted.country) ?? 0 : 0)) voted = g
  return voted ?? pool[0]
}

export function pickUnit(candidates: readonly Unit[], docIso: string | null, day: string | null): Unit | null {
  const usable = candidates.filter((u) => (!u.local || u.country === docIso) && (day === null ? true : validOn(u, day)))
  if (!usable.length) return null
  return usable.find((u) => u.country === docIso) ?? usable[0]
}

/** Named group by ACLED name, if it is in force on the day. */
export function namedRef(index: ActorIndex, name: string, docIso: string | null, day: string | null): ActorRef | null {
  // groupsByName is keyed by each group's own name: one lookup, not a pass over every group (a profile's hot line).
  const found = index.groupsByName.get(name)
  const candidates = found && found.name === name ? [found] : []
  const g = pickGroup(candidates.map((c) => ({ ...c, local: false })), docIso, day)
  return g ? groupRef(g, docIso, day) : null
}
