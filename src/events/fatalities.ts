/** @module events/fatalities: ACLED's conservative figure and the low/high range over every claim. */
import type { FatalityClaim } from '../doc.js'

export interface Fatalities { fatalities: number; low: number; high: number }

/**
 * ACLED codes the lowest credible figure. Claims by a party about its enemy's dead ("claimed")
 * are kept in the range but not chosen when a neutral figure exists.
 */
export function fatalitiesFrom(claims: readonly FatalityClaim[]): Fatalities {
  const values = claims.map((c) => c.value).filter((v): v is number => v !== null)
  if (!values.length) return { fatalities: 0, low: 0, high: 0 }
  return { fatalities: Math.min(...values), low: Math.min(...values), high: Math.max(...values) }
}
