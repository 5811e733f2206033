// The shipped content, one per UI locale (from content/*.json), for the npm API and tools: checked at
// build time and frozen. The element itself takes Dutch from ../generated/builtin-nl.ts and English
// from the English chunk (../locale-en.ts), so a Dutch page never loads the English content.
import { en, nl } from '../generated/builtin-content.js';

const builtin: Record<string, unknown> = { nl, en };

export function builtinContent(locale: string): unknown {
  return builtin[locale] ?? nl;
}
