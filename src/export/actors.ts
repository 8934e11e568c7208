/** @module export/actors: what an ACLED actor name tells: whose state forces, which country. */
import { countries } from '../mentions/countries.js'

// ACLED names state forces "Military Forces of Syria (2000-)", "Police Forces of Kenya (2022-)
// Special Unit"; the period in brackets and any unit after it are not part of the country.
const STATE_FORCES = /^(?:Military|Police) Forces of (?:the )?(.+?)(?:\s*\(|$)/
const GOVERNMENT = /^Government of (?:the )?(.+?)(?:\s*\(|$)/
// Other actors carry their country in brackets: "Civilians (Mali)", "Unidentified Armed Group (Libya)".
const BRACKETS = /\(([^()]+)\)/g

let byName: Map<string, string> | null = null

/** ISO2 of a country name (ACLED spelling or any alias countries.ts knows), or null. */
export function isoOfCountryName(name: string): string | null {
  if (!byName) {
    byName = new Map()
    for (const c of countries().values()) for (const n of c.names) if (!byName.has(n.toLowerCase())) byName.set(n.toLowerCase(), c.iso)
  }
  return byName.get(name.trim().toLowerCase()) ?? null
}

/** ISO2 of the state whose military or police forces the actor is, or null. */
export function stateOf(actor: string): string | null {
  const m = STATE_FORCES.exec(actor)
  return m ? isoOfCountryName(m[1]) : null
}

/** ISO2 of the country an actor name belongs to: its state, its government, or a bracketed country. */
export function countryOfActor(actor: string): string | null {
  const state = stateOf(actor)
  if (state) return state
  const gov = GOVERNMENT.exec(actor)
  if (gov) return isoOfCountryName(gov[1])
  for (const m of actor.matchAll(BRACKETS)) {
    const iso = isoOfCountryName(m[1])
    if (iso) return iso
  }
  return null
}

/** ISO 3166-1 alpha-3 of an ISO2 code. world-countries gives Kosovo the placeholder `UNK`; event data uses `XKX`. */
export function iso3Of(iso2: string): string | null {
  const c = countries().get(iso2)
  if (!c) return null
  return c.iso3 === 'UNK' ? 'XKX' : c.iso3
}

/** `; `-separated ACLED associated actors as a list. */
export function splitActors(assoc: string): string[] {
  return assoc.split(';').map((s) => s.trim()).filter(Boolean)
}
