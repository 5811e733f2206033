// The one place that configures @lit/localize. Each element renders in its own language (two
// instances on one page may differ), so msg() asks which element is rendering right now: the
// "reentrant" runtime mode with every locale's templates loaded synchronously.
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales, allLocales } from './generated/locale-codes.js';
import * as en from './generated/locales/en.js';

export type Locale = (typeof allLocales)[number];
export const SOURCE_LOCALE: Locale = sourceLocale;
export const LOCALES: readonly Locale[] = allLocales;

const templates: Partial<Record<Locale, { templates: typeof en.templates }>> = { en };

let current: Locale = sourceLocale;

try {
  configureReentrantLocalization({
    sourceLocale,
    targetLocales: [...targetLocales],
    getLocale: () => current,
    loadLocaleSync: (locale: string) => templates[locale as Locale] as never,
  });
} catch {
  // The host page configured @lit/localize itself; our strings then render in the source language.
}

/** Runs `render` with msg() answering in `locale`; returns what it returns. */
export function inLocale<T>(locale: Locale, render: () => T): T {
  const previous = current;
  current = locale;
  try {
    return render();
  } finally {
    current = previous;
  }
}

/**
 * Maps any BCP 47 tag to a supported locale: `en-GB` → `en`, `nl-BE` → `nl`, unknown → `nl`.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : SOURCE_LOCALE;
}
