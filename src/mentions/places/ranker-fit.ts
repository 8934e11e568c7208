/** @module mentions/places/ranker-fit: fit the ranker's weights (softmax logistic regression over each mention's candidates) with grouped cross-validation. */
import { FEATURES, HAND_WEIGHTS } from './ranker.js'

/** One mention: its candidates' feature vectors and which of them are right (within the gold distance). */
export interface Sample {
  /** The cross-validation group: a country code for ACLED notes, an article id for LGL/GeoVirus. */
  group: string
  source: string
  x: number[][]
  gold: number[]
}

export const handVector = (): number[] => FEATURES.map((f) => HAND_WEIGHTS[f])

const dot = (w: readonly number[], x: readonly number[]): number => { let s = 0; for (let i = 0; i < w.length; i++) s += w[i] * x[i]; return s }

/** The index of the best-scored candidate (the first on a tie, as a stable sort keeps it). */
export function top(w: readonly number[], s: Sample): number {
  let best = -1, bs = -Infinity
  s.x.forEach((x, i) => { const v = dot(w, x); if (v > bs) { bs = v; best = i } })
  return best
}

/** Share of samples whose best candidate is a gold one. */
export function accuracy(w: readonly number[], samples: readonly Sample[]): number {
  if (!samples.length) return 0
  return samples.filter((s) => s.gold.includes(top(w, s))).length / samples.length
}

/** `balance`: each source (acled, lgl, geovirus) counts as much in the loss as the others, however many mentions it has. */
export interface FitOptions { l2?: number; iterations?: number; rate?: number; start?: number[]; balance?: boolean }

/**
 * Minimise the mean of −log P(a gold candidate) under a softmax over the mention's candidates,
 * plus l2 × |w − hand weights|²: with little data the weights stay near the rules'.
 * Full-batch Adam; deterministic.
 */
export function fit(samples: readonly Sample[], options: FitOptions = {}): number[] {
  const l2 = options.l2 ?? 0.01, iterations = options.iterations ?? 300, rate = options.rate ?? 0.05
  const hand = handVector(), d = hand.length
  const w = [...(options.start ?? hand)]
  const m = new Array<number>(d).fill(0), v = new Array<number>(d).fill(0)
  const useful = samples.filter((s) => s.gold.length > 0 && s.gold.length < s.x.length)
  const perSource = new Map<string, number>()
  for (const s of useful) perSource.set(s.source, (perSource.get(s.source) ?? 0) + 1)
  const weight = (s: Sample): number => (options.balance ? 1 / (perSource.size * perSource.get(s.source)!) : 1 / useful.length)
  for (let t = 1; t <= iterations; t++) {
    const grad = w.map((wi, i) => 2 * l2 * (wi - hand[i]))
    for (const s of useful) {
      const ws = weight(s)
      const sc = s.x.map((x) => dot(w, x)), mx = Math.max(...sc)
      const e = sc.map((z) => Math.exp(z - mx))
      const all = e.reduce((a, b) => a + b, 0), pos = s.gold.reduce((a, i) => a + e[i], 0)
      // d/dw [log Σall − log Σpos] = E_all[x] − E_pos[x]
      s.x.forEach((x, k) => {
        const c = e[k] / all - (s.gold.includes(k) ? e[k] / pos : 0)
        if (c !== 0) for (let i = 0; i < d; i++) grad[i] += c * x[i] * ws
      })
    }
    for (let i = 0; i < d; i++) {
      m[i] = 0.9 * m[i] + 0.1 * grad[i]; v[i] = 0.999 * v[i] + 0.001 * grad[i] ** 2
      w[i] -= (rate * (m[i] / (1 - 0.9 ** t))) / (Math.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8)
    }
  }
  return w
}

/** Split samples into `k` folds so that a group never straddles two: the largest groups first, each to the smallest fold. */
export function groupFolds(samples: readonly Sample[], k: number): Sample[][] {
  const size = new Map<string, number>()
  for (const s of samples) size.set(s.group, (size.get(s.group) ?? 0) + 1)
  const groups = [...size].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const folds: Sample[][] = Array.from({ length: k }, () => [])
  const fold = new Map<string, number>(), load = new Array<number>(k).fill(0)
  for (const [g, n] of groups) { const i = load.indexOf(Math.min(...load)); fold.set(g, i); load[i] += n }
  for (const s of samples) folds[fold.get(s.group)!].push(s)
  return folds
}

/** Train on everything outside `held`, test on `held`: the held-out groups' samples never reach training. */
export function holdOut(samples: readonly Sample[], held: ReadonlySet<string>): { train: Sample[]; test: Sample[] } {
  return { train: samples.filter((s) => !held.has(s.group)), test: samples.filter((s) => held.has(s.group)) }
}
