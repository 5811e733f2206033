// The shipped content, one per UI locale (from content/*.json). Validated like any other source.
import { en, nl } from '../generated/builtin-content.js';

const builtin: Record<string, unknown> = { nl, en };

export function builtinContent(locale: string): unknown {
  return builtin[locale] ?? nl;
}
