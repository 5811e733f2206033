// The one place that localizes UI strings. Each element renders in its own language (two instances on
// one page may differ), and a host app may use @lit/localize for itself: so nothing is configured
// globally. Our `msg` looks up the generated templates of the element that is rendering right now.
// It has @lit/localize's type, so `lit-localize extract` still finds every call.
import { nothing } from 'lit';
import type { msg as litMsg } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { sourceLocale, allLocales } from './generated/locale-codes.js';
import * as en from './generated/locales/en.js';

export { str } from '@lit/localize';

export type Locale = (typeof allLocales)[number];
export const SOURCE_LOCALE: Locale = sourceLocale;
export const LOCALES: readonly Locale[] = allLocales;

type Templates = typeof en.templates;
const templates: Partial<Record<Locale, Templates>> = { en: en.templates };

let current: Locale = sourceLocale;

/** Localized message in the language of the element being rendered (see `inLocale`). */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) =>
  runtimeMsg(current === sourceLocale ? undefined : templates[current], template as never, options)) as typeof litMsg;

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

let contentLanguage: string | undefined;

/**
 * Runs `render` knowing the content's language: where it differs from the UI's, content texts are
 * marked with it (WCAG 3.1.2), so screen readers pronounce English statements on a Dutch page rightly.
 */
export function withContentLang<T>(lang: string | undefined, uiLocale: Locale, render: () => T): T {
  const previous = contentLanguage;
  const primary = lang?.split('-')[0].toLowerCase();
  contentLanguage = primary && primary !== uiLocale ? lang : undefined;
  try {
    return render();
  } finally {
    contentLanguage = previous;
  }
}

/** The `lang` attribute for an element holding content text: the content's language, or nothing. */
export function contentLang(): string | typeof nothing {
  return contentLanguage ?? nothing;
}

/**
 * Maps any BCP 47 tag to a supported locale: `en-GB` → `en`, `nl-BE` → `nl`, unknown → `nl`.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  const language = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : SOURCE_LOCALE;
}
