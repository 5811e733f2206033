// The one place that localizes UI strings. Each element renders in its own language (two instances on
// one page may differ), and a host app may use @lit/localize for itself: so nothing is configured
// globally. Our `msg` looks up the generated templates of the element that is rendering right now.
// It has @lit/localize's type, so `lit-localize extract` still finds every call.
import { nothing } from 'lit';
import type { msg as litMsg } from '@lit/localize';
import type { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { defaultMsg } from '@lit/localize/internal/default-msg.js';
import { sourceLocale, allLocales } from './generated/locale-codes.js';
import type { Content } from './content/schema.js';
import type * as en from './generated/locales/en.js';
import { lazy, type Lazy } from './internal/lazy.js';

export { str } from '@lit/localize/internal/str-tag.js';

export type Locale = (typeof allLocales)[number];
export const SOURCE_LOCALE: Locale = sourceLocale;
export const LOCALES: readonly Locale[] = allLocales;

type Templates = typeof en.templates;
// The packs loaded so far (see loadLocale).
const loaded: Partial<Record<Locale, LocalePack>> = {};

/** What a locale other than the source brings: UI templates and the built-in content. */
export interface LocalePack {
  templates: Templates;
  content: Content;
  /** @lit/localize's lookup (template ids are hashed at run time): only translations need it. */
  runtimeMsg: typeof runtimeMsg;
}

// Every locale but Dutch is a chunk, loaded the first time an element renders in it.
const packs: Partial<Record<Locale, Lazy<LocalePack>>> = {
  en: lazy(() => import('./locale-en.js')),
};

// Locales whose chunk could not be loaded (offline after the entry arrived): shown in Dutch rather
// than waiting forever.
const unavailable = new Set<Locale>();

/** True when msg() can answer in `locale` now (or never will: its chunk failed to load). */
export function localeReady(locale: Locale): boolean {
  return locale === sourceLocale || !!loaded[locale] || unavailable.has(locale);
}

/** Loads a locale's chunk (once); resolves with it (undefined for the source locale). */
export function loadLocale(locale: Locale): Promise<LocalePack | undefined> {
  const pack = packs[locale];
  if (!pack) return Promise.resolve(undefined);
  return pack.load().then(
    (p) => {
      loaded[locale] = p;
      return p;
    },
    (e) => {
      unavailable.add(locale);
      throw e;
    },
  );
}

/** A locale's pack if loaded (its built-in content), else undefined. */
export function loadedPack(locale: Locale): LocalePack | undefined {
  return packs[locale]?.value;
}

let current: Locale = sourceLocale;

/** Localized message in the language of the element being rendered (see `inLocale`). */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) => {
  const pack = current === sourceLocale ? undefined : loaded[current];
  return pack ? pack.runtimeMsg(pack.templates, template as never, options) : defaultMsg(template as never);
}) as typeof litMsg;

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
