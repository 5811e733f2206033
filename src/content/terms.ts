// Finding glossary terms in running text, so views can mark them and offer the definition in place.
// Pure: whole-word, case-insensitive, longest phrase first, each term marked once per text.
import type { GlossaryTerm } from './schema.js';
import { hasVisibleText } from './visible-text.js';

export interface TermIndex {
  pattern: RegExp | null;
  byPhrase: Map<string, number>;
  terms: readonly GlossaryTerm[];
}

export type TextSegment = { text: string; term?: number };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildTermIndex(glossary: readonly GlossaryTerm[] | undefined): TermIndex {
  const terms = glossary ?? [];
  const byPhrase = new Map<string, number>();
  terms.forEach((term, i) => {
    for (const phrase of [term.term, ...(term.matches ?? [])]) {
      const key = phrase.trim().toLowerCase();
      // Three visible characters at least: invisible ones (zero-width, bidi marks) do not count.
      if ([...key].filter(hasVisibleText).length >= 3 && !byPhrase.has(key)) byPhrase.set(key, i);
    }
  });
  const phrases = [...byPhrase.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = phrases.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : null;
  return { pattern, byPhrase, terms };
}

// Split texts, per index: a view renders the same texts on every answer.
const splits = new WeakMap<TermIndex, Map<string, TextSegment[]>>();

export function splitTerms(text: string, index: TermIndex): TextSegment[] {
  if (!index.pattern) return [{ text }];
  let known = splits.get(index);
  if (!known) splits.set(index, (known = new Map()));
  let out = known.get(text);
  if (!out) known.set(text, (out = split(text, index, index.pattern)));
  return out;
}

function split(text: string, index: TermIndex, pattern: RegExp): TextSegment[] {
  const out: TextSegment[] = [];
  const used = new Set<number>();
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const term = index.byPhrase.get(match[0].toLowerCase());
    if (term === undefined || used.has(term)) continue;
    used.add(term);
    const start = match.index ?? 0;
    if (start > last) out.push({ text: text.slice(last, start) });
    out.push({ text: match[0], term });
    last = start + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
