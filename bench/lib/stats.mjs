// Small statistics and formatting helpers for the benchmark reports.

/** median, min, max, mean and n of the finite numbers in `values` (null fields when there are none). */
export function summary(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return { n: 0, median: null, min: null, max: null, mean: null };
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { n: xs.length, median, min: xs[0], max: xs.at(-1), mean: xs.reduce((a, b) => a + b, 0) / xs.length };
}

/** A number with `digits` decimals, or "–" for null/undefined/NaN. */
export function fmt(x, digits = 0) {
  return typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : '–';
}

/** "median [min–max]" of a summary, each divided by `scale`. */
export function range(s, digits = 0, scale = 1) {
  if (!s || s.median === null || s.median === undefined) return '–';
  return `${fmt(s.median / scale, digits)} [${fmt(s.min / scale, digits)}–${fmt(s.max / scale, digits)}]`;
}

/** A plain-text table: the first row is the header; the first column left-aligned, the others right-aligned. */
export function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell ?? '').padEnd(widths[c]) : String(cell ?? '').padStart(widths[c]))).join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** Least-squares line through [x, y] points: { intercept, slope, r2 }, or null with fewer than two distinct x. */
export function linearFit(points) {
  const ps = points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
  if (ps.length < 2 || new Set(ps.map(([x]) => x)).size < 2) return null;
  const n = ps.length;
  const mx = ps.reduce((a, [x]) => a + x, 0) / n;
  const my = ps.reduce((a, [, y]) => a + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (const [x, y] of ps) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
  return { intercept, slope, r2 };
}
