/** @module eval/metrics: the pure scoring functions every scorer shares (no I/O, no pipeline). */

/** Label used in confusion matrices when the system predicted nothing. */
export const NONE = '(none)'

const EARTH_RADIUS_KM = 6371.0088

/** Great-circle distance in km between two WGS84 points (haversine, mean Earth radius). */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLon = (lon2 - lon1) * rad
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}

/**
 * True when `predicted` lies within ±`tolerance` (0.2 = 20 %) of `gold`. A gold 0 needs exactly 0:
 * a relative band around zero is empty, and "nobody died" is a claim that must not be blurred.
 */
export function withinRelative(predicted: number, gold: number, tolerance: number): boolean {
  // The epsilon keeps 12 vs 10 at 20 % inside despite floating-point rounding.
  return Math.abs(predicted - gold) <= tolerance * Math.abs(gold) + 1e-9
}

/** True when the unordered pairs {a1, a2} and {b1, b2} hold the same values (ACLED inter codes). */
export function samePair(a1: number, a2: number, b1: number, b2: number): boolean {
  return (a1 === b1 && a2 === b2) || (a1 === b2 && a2 === b1)
}

/** Lower case, diacritics dropped, whitespace collapsed: for names coded by hand ("Cuauhtémoc" = "Cuauhtemoc"). */
export function normName(s: string | null | undefined): string {
  return (s ?? '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim()
}

/** Share of gold names that the prediction names too (after `normName`); 1 when gold names nobody and neither does the prediction. */
export function nameRecall(predicted: readonly string[], gold: readonly string[]): number {
  const want = new Set(gold.map(normName).filter(Boolean))
  const have = new Set(predicted.map(normName).filter(Boolean))
  if (!want.size) return have.size ? 0 : 1
  let hit = 0
  for (const name of want) if (have.has(name)) hit++
  return hit / want.size
}

/** Split ACLED's `; `-separated associated actors and add the main ones: every name an event carries. */
export function actorNames(actor1: string | null, actor2: string | null, assoc1: string, assoc2: string): string[] {
  const names = [actor1 ?? '', actor2 ?? '', ...assoc1.split(';'), ...assoc2.split(';')]
  return names.map((s) => s.trim()).filter(Boolean)
}

/** One gold label and the predicted one (null: nothing predicted, or a gold row outside the label set). */
export interface LabelPair { gold: string | null; predicted: string | null }

export interface ClassScore { label: string; precision: number; recall: number; f1: number; support: number }

/**
 * Per-class precision, recall and F1 over `classes` (default: every gold label seen), and their
 * unweighted mean. A prediction outside `classes` costs only the gold class its recall; a
 * prediction for a row whose gold is null (no event) is a false positive of that class.
 * A class never predicted and never gold scores 0 and is not listed (it is not in `classes`).
 */
export function macroF1(pairs: readonly LabelPair[], classes?: readonly string[]): { f1: number; perClass: ClassScore[] } {
  const labels = classes ?? [...new Set(pairs.map((p) => p.gold).filter((g): g is string => g !== null))].sort()
  const perClass = labels.map((label) => {
    let tp = 0, fp = 0, fn = 0
    for (const p of pairs) {
      const isGold = p.gold === label, isPred = p.predicted === label
      if (isGold && isPred) tp++
      else if (isPred) fp++
      else if (isGold) fn++
    }
    const precision = tp + fp ? tp / (tp + fp) : 0
    const recall = tp + fn ? tp / (tp + fn) : 0
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
    return { label, precision, recall, f1, support: tp + fn }
  })
  const f1 = perClass.length ? perClass.reduce((s, c) => s + c.f1, 0) / perClass.length : 0
  return { f1, perClass }
}

/** Gold label → predicted label → count; nothing predicted is `NONE`, as is a null gold. */
export type Confusion = Record<string, Record<string, number>>

export function confusion(pairs: readonly LabelPair[]): Confusion {
  const out: Confusion = {}
  for (const p of pairs) {
    const row = (out[p.gold ?? NONE] ??= {})
    const col = p.predicted ?? NONE
    row[col] = (row[col] ?? 0) + 1
  }
  return out
}

/** Median of a list of numbers, null when empty. */
export function median(xs: readonly number[]): number | null {
  if (!xs.length) return null
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}
