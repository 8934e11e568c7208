/** @module suggest: "did you mean" over names, with no dependencies, for the CLI, the API and the dashboard alike. */

/** Lower case, no accents, single spaces: "Côte d'Ivoire " → "cote d'ivoire". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Each candidate within reach of `input`, with its distance (within one edit for short names, two from five letters, a
 * third of the length beyond; a name that starts with the input counts as one edit), in the candidates' order. */
function within(input: string, candidates: Iterable<string>): [string, number][] {
  const key = fold(input)
  if (!key) return []
  const limit = key.length < 5 ? 1 : Math.max(2, Math.floor(key.length / 3))
  const scored: [string, number][] = []
  for (const c of new Set(candidates)) {
    const k = fold(c)
    const d = k.startsWith(key) ? Math.min(1, distance(key, k)) : distance(key, k)
    // People seldom get the first letter wrong: at the same distance, a name that starts alike comes first.
    if (d <= limit) scored.push([c, d + (k[0] === key[0] ? 0 : 0.5)])
  }
  return scored
}

/** Up to `max` of the `candidates` within reach of `input` (the limits of didYouMean), nearest first, ties in the candidates' order. */
export function nearest(input: string, candidates: Iterable<string>, max = 3): string[] {
  return within(input, candidates).map((x, i) => [x, i] as const).sort((a, b) => a[0][1] - b[0][1] || a[1] - b[1]).slice(0, max).map(([[c]]) => c)
}

/**
 * Names that hold something close to `input` where a filter looks for a part of the name ("Islamc State" → Islamic
 * State (Syria)): each name is scored by its closest run of words as long as the input; up to `max`, nearest first.
 */
export function nearestContaining(input: string, names: Iterable<string>, max = 3): string[] {
  const key = fold(input)
  if (key.length < 4) return []
  const limit = Math.max(1, Math.floor(key.length / 4))
  const n = key.split(' ').length
  const scored: [string, number][] = []
  for (const name of new Set(names)) {
    const words = fold(name).replace(/[()]/g, '').split(' ')
    let best = Infinity
    for (let i = 0; i + n <= words.length; i++) best = Math.min(best, distance(key, words.slice(i, i + n).join(' ')))
    if (best <= limit) scored.push([name, best])
  }
  return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([c]) => c)
}

/** Up to `max` of the `candidates` closest to `input` (the limits of `within`), all at the best distance, in name order. */
export function didYouMean(input: string, candidates: Iterable<string>, max = 3): string[] {
  const scored = within(input, candidates)
  const best = Math.min(...scored.map(([, d]) => d))
  return scored.filter(([, d]) => d === best).sort((a, b) => (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([c]) => c)
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
export function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) rows[0][j] = j
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1)
    }
  }
  return rows[a.length][b.length]
}
