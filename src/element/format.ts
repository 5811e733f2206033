// Small formatting helpers for views: plural choice and numbers through Intl, in the rendering locale.

export function isOne(locale: string, n: number): boolean {
  return new Intl.PluralRules(locale).select(n) === 'one';
}

export function formatNumber(locale: string, n: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits }).format(n);
}

export function formatDateTime(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}
