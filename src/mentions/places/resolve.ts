/** @module mentions/places/resolve: pick each mention's gazetteer entry from document context (countries, admin areas, co-mentioned places, patterns). */
import type { Gazetteer } from './gazetteer.js'
import { Flag } from './gazetteer-types.js'
import type { Found } from './recognize.js'

/** One scored candidate for a mention. */
export interface Scored { entity: number; flag: number; score: number; why: string[] }
/** A mention with its ranked candidates (best first). */
export interface Resolved { found: Found; ranked: Scored[]; context: boolean }

const kindPrior: Record<string, number> = { country: 3.2, admin1: 2.0, region: 2.6, feature: 2.2, admin2: 0.9 }
const codeBonus: Record<string, number> = { PPLC: 0.9, PPLA: 0.5, PPLA2: 0.2 }

/** Great-circle distance in km. */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180, dLat = (lat2 - lat1) * r, dLon = (lon2 - lon1) * r
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(dLon / 2) ** 2
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)))
}

function prior(g: Gazetteer['g'], e: number, flag: number, f: Found): Scored {
  const kind = g.kind[e]
  let score = kind === 'place' ? Math.log10(g.pop[e] + 10) / 3.2 + (codeBonus[g.code[e]] ?? 0) : kindPrior[kind] ?? 1
  const why = [kind === 'place' ? `population ${g.pop[e]}` : kind]
  if (flag === Flag.Alternate) { score -= 0.9; why.push('alternate name') }
  if (f.adminCue && (kind === 'admin1' || kind === 'admin2')) { score += 2; why.push(`"${f.adminCue}" follows`) }
  if (f.adminCue && kind === 'place') score -= 0.5
  const c = f.container
  if (c) {
    const fits = c.posts.some((p) => { const x = p >> 2; return g.kind[x] === 'country' ? g.cc[x] === g.cc[e] : g.a1code[x] !== '' && g.a1code[x] === g.a1code[e] })
    score += fits ? 3 : -2
    if (fits) why.push(`"${f.text}, ${c.text}"`)
  }
  return { entity: e, flag, score, why }
}

/** Weights of countries and admin1 areas the document names or implies, from the current best candidates. */
function contextOf(g: Gazetteer['g'], all: Resolved[]): { cc: Map<string, number>; a1: Map<string, number>; total: number; own: number[] } {
  const cc = new Map<string, number>(), a1 = new Map<string, number>()
  let total = 0
  const own = all.map((r) => {
    const best = r.ranked[0]
    if (!best || r.found.weak) return 0
    const e = best.entity
    const w = (r.context ? 1.5 : 1) * (g.kind[e] === 'place' ? 0.6 : 1)
    cc.set(g.cc[e], (cc.get(g.cc[e]) ?? 0) + w); total += w
    if (g.a1code[e]) a1.set(g.a1code[e], (a1.get(g.a1code[e]) ?? 0) + w)
    return w
  })
  return { cc, a1, total, own }
}

/**
 * Rank every mention's candidates: prior (kind, population, feature code, alternate name, cues,
 * "X, Y" pattern), then twice more with the document's countries and admin areas and the
 * distance to the other mentions' current winners, so co-mentioned places pull each other in.
 */
export function resolveAll(gaz: Gazetteer, found: Found[], headline: Found[]): Resolved[] {
  const g = gaz.g
  const all: Resolved[] = [...found.map((f) => ({ found: f, ranked: [] as Scored[], context: false })), ...headline.map((f) => ({ found: f, ranked: [] as Scored[], context: true }))]
  const base = all.map((r) => {
    const posts = r.found.posts
    // A country's own name is never a town's alternate name ("Turkey", "Mexico").
    const country = posts.some((p) => (p & 3) === Flag.Primary && g.kind[p >> 2] === 'country')
    return posts.filter((p) => ((p & 3) !== Flag.Abbreviation || posts.every((q) => (q & 3) === Flag.Abbreviation)) && !(country && (p & 3) === Flag.Alternate))
      .map((p) => prior(g, p >> 2, p & 3, r.found))
  })
  all.forEach((r, i) => { r.ranked = [...base[i]].sort((a, b) => b.score - a.score) })
  for (let round = 0; round < 2; round++) {
    const ctx = contextOf(g, all)
    const winners = all.map((r) => r.ranked[0]?.entity ?? -1)
    all.forEach((r, i) => {
      const key = r.found.text.toLowerCase()
      r.ranked = base[i].map((s) => {
        const e = s.entity
        let score = s.score
        const why = [...s.why]
        // The mention's own vote is taken out, so a first guess cannot confirm itself.
        const w0 = all[i].ranked[0]?.entity ?? -1, own = ctx.own[i], total = ctx.total - own
        const ownC = w0 >= 0 && g.cc[w0] === g.cc[e] ? own : 0, ownA = w0 >= 0 && g.a1code[w0] === g.a1code[e] ? own : 0
        const shareC = total > 0 ? ((ctx.cc.get(g.cc[e]) ?? 0) - ownC) / total : 0
        if (shareC > 0) { score += 2 * shareC; if (shareC > 0.2) why.push(`article about ${g.cc[e]}`) }
        const shareA = total > 0 && g.a1code[e] ? ((ctx.a1.get(g.a1code[e]) ?? 0) - ownA) / total : 0
        if (shareA) { score += 2.5 * shareA; if (shareA > 0.15) why.push(`in ${g.a1[e]}, named in the article`) }
        let near = 0
        for (let o = 0; o < all.length; o++) {
          const w = winners[o]
          if (o === i || w < 0 || all[o].found.text.toLowerCase() === key || g.kind[w] === 'country' || g.kind[w] === 'region') continue
          const d = km(g.lat[e], g.lon[e], g.lat[w], g.lon[w])
          near = Math.max(near, d < 50 ? 1 : d < 150 ? 0.7 : d < 400 ? 0.3 : 0)
        }
        if (near && g.kind[e] !== 'country') { score += near; if (near >= 0.7) why.push('near other places named') }
        return { entity: e, flag: s.flag, score, why }
      }).sort((a, b) => b.score - a.score)
    })
  }
  return all.slice(0, found.length)
}
