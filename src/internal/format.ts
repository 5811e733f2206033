// Small formatting helpers for views: plural choice, numbers and dates through Intl, in the rendering
// locale. Intl objects are costly to create (the first DateTimeFormat in a page takes 14–27 ms), so
// they are cached, small integers (counts, scores) are written without them, and the date format is
// made ahead of need, when the browser is idle (see `warmFormats`).

const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

// Locales whose "one" plural category is exactly the integer 1 and whose integers below 1000 are
// written as plain digits.
const SIMPLE = /^(nl|en)\b/;

export function isOne(locale: string, n: number): boolean {
  if (SIMPLE.test(locale) && Number.isInteger(n)) return n === 1;
  return cached(`p:${locale}`, () => new Intl.PluralRules(locale)).select(n) === 'one';
}

export function formatNumber(locale: string, n: number, maximumFractionDigits = 1): string {
  if (SIMPLE.test(locale) && Number.isInteger(n) && Math.abs(n) < 1000) return String(n);
  return cached(`n:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(n);
}

export function formatDateTime(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })).format(date);
}

/** Creates the formatters the results view will need, off the hot path (call when the browser is idle). */
export function warmFormats(locale: string): void {
  formatDateTime(locale, '2000-01-01T00:00:00Z');
  formatNumber(locale, 0.5);
}
