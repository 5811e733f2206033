// Test helpers for team mode: the built-in content and results computed from answers with the real scoring.
import { builtinContent } from '../../src/content/builtin.js';
import { contentFromValue } from '../../src/content/load.js';
import type { AnswerValue } from '../../src/scoring/answers.js';
import type { Result } from '../../src/scoring/result-schema.js';
import { score } from '../../src/scoring/score.js';

export const content = contentFromValue(builtinContent('nl'));
export const contentEn = contentFromValue(builtinContent('en'));
export const statementIds = content.pillars.flatMap((p) => p.statements.map((s) => s.id));

/** A result with `pick(statementId)` for every statement; person `n` completes at minute n. */
export function result(pick: AnswerValue | ((id: string) => AnswerValue), n = 0, locale = 'nl'): Result {
  const answers: Record<string, AnswerValue> = {};
  for (const id of statementIds) answers[id] = typeof pick === 'function' ? pick(id) : pick;
  return score(locale === 'en' ? contentEn : content, answers, { locale, completedAt: new Date(Date.UTC(2024, 5, 1, 9, n)) });
}

/** One result per value: person i answers `values[i]` everywhere. */
export function team(values: AnswerValue[]): Result[] {
  return values.map((v, i) => result(v, i));
}

export function file(value: unknown, name: string): File {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return new File([text], name, { type: 'application/json' });
}

/** Minimal RFC 4180 parser for tests: quoted fields, doubled quotes, CRLF rows; BOM dropped. */
export function parseCsv(text: string, separator: ',' | ';' = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) row.push(field), (field = '');
    else if (c === '\r') continue;
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}
