// Small formatting helpers for views: plural choice, numbers and dates through Intl, in the rendering
// locale. Intl objects are costly to create (a DateTimeFormat takes milliseconds), so they are cached.

const cache = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) cache.set(key, (value = make()));
  return value;
}

export function isOne(locale: string, n: number): boolean {
  return cached(`p:${locale}`, () => new Intl.PluralRules(locale)).select(n) === 'one';
}

export function formatNumber(locale: string, n: number, maximumFractionDigits = 1): string {
  return cached(`n:${locale}:${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(n);
}

export function formatDateTime(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' })).format(date);
}
