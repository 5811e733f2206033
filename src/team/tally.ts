// Counting statistics for the team view: quantiles and moments from counts of distinct values, so
// aggregating stays linear in the number of results. Pure; no DOM, no lit.

/**
 * Quantile by linear interpolation between closest ranks (Hyndman & Fan type 7; R's default, Excel's
 * PERCENTILE.INC): h = (n − 1)·p, then x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). `sorted` ascending, non-empty.
 */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Counts of the distinct values of one statistic, ascending: the sorted list of values without
 * building it. Values here are on a small discrete set (pillar scores are whole numbers 0–100,
 * statement values the scale's options), so counting is linear in the number of results.
 */
export interface Tally {
  /** Distinct values with a count above zero, ascending. */
  keys: number[];
  counts: number[];
  /** Sum of the counts. */
  n: number;
}

export function tallyOf(entries: Iterable<[number, number]>): Tally {
  const pairs = [...entries].filter(([, c]) => c > 0).sort((a, b) => a[0] - b[0]);
  return { keys: pairs.map(([k]) => k), counts: pairs.map(([, c]) => c), n: pairs.reduce((s, [, c]) => s + c, 0) };
}

/** The value at 0-based `rank` of the sorted list the tally stands for. */
export function at(t: Tally, rank: number): number {
  let seen = 0;
  for (let i = 0; i < t.keys.length; i++) {
    seen += t.counts[i];
    if (rank < seen) return t.keys[i];
  }
  return t.keys[t.keys.length - 1];
}

/** {@link quantile} of the sorted list the tally stands for, with the same arithmetic. */
export function tallyQuantile(t: Tally, p: number): number {
  const h = (t.n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, t.n - 1);
  const xlo = at(t, lo);
  return xlo + (h - lo) * (at(t, hi) - xlo);
}

/**
 * Mean and population standard deviation of `f` over the sorted list the tally stands for (`f`
 * non-decreasing). The sums add the values one by one in ascending order, exactly as a sum over the
 * sorted list does, so the figures are bit for bit those of sorting first (the order of results never
 * matters). That is n additions: cheap and linear, without the list.
 */
export function tallyMoments(t: Tally, f: (x: number) => number = (x) => x): { mean: number; sd: number } {
  const first = f(t.keys[0]);
  if (first === f(t.keys[t.keys.length - 1])) return { mean: first, sd: 0 };
  let sum = 0;
  for (let i = 0; i < t.keys.length; i++) {
    const x = f(t.keys[i]);
    for (let c = t.counts[i]; c > 0; c--) sum += x;
  }
  const mean = sum / t.n;
  let squares = 0;
  for (let i = 0; i < t.keys.length; i++) {
    const d = (f(t.keys[i]) - mean) ** 2;
    for (let c = t.counts[i]; c > 0; c--) squares += d;
  }
  return { mean, sd: Math.sqrt(squares / t.n) };
}
