// Answers are keyed by statement id, never by position: a number for a value on the scale, null for
// the "unknown" option ("Weet ik niet"). A statement without a key is unanswered.
import type { Content, Pillar } from '../content/schema.js';

export type AnswerValue = number | null;
export type Answers = Readonly<Record<string, AnswerValue>>;

export function isAnswered(answers: Answers, statementId: string): boolean {
  return Object.prototype.hasOwnProperty.call(answers, statementId);
}

export function countAnswered(pillars: readonly Pillar[], answers: Answers): number {
  let n = 0;
  for (const pillar of pillars) for (const s of pillar.statements) if (isAnswered(answers, s.id)) n += 1;
  return n;
}

export function countStatements(pillars: readonly Pillar[]): number {
  return pillars.reduce((n, pillar) => n + pillar.statements.length, 0);
}

/** The first statement of a pillar that has no answer yet, or undefined when all are answered. */
export function firstOpenStatement(pillar: Pillar, answers: Answers) {
  return pillar.statements.find((s) => !isAnswered(answers, s.id));
}

/** Whether a value fits the content's scale (null only when the scale has an unknown option). */
export function isValidAnswer(content: Content, value: unknown): value is AnswerValue {
  if (value === null) return content.scale.unknown !== undefined;
  return typeof value === 'number' && content.scale.options.some((o) => o.value === value);
}

/**
 * Keeps only the answers that belong to this content's statements and fit its scale, so restored or
 * host-given answers can never smuggle in unknown ids or values.
 */
export function sanitizeAnswers(content: Content, input: unknown): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  if (!input || typeof input !== 'object') return out;
  const source = input as Record<string, unknown>;
  for (const pillar of content.pillars) {
    for (const s of pillar.statements) {
      if (Object.prototype.hasOwnProperty.call(source, s.id) && isValidAnswer(content, source[s.id])) {
        out[s.id] = source[s.id] as AnswerValue;
      }
    }
  }
  return out;
}

/** Answers as a record, from the list a result carries. */
export function answersFromList(list: readonly { statementId: string; value: AnswerValue }[]): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const a of list) out[a.statementId] = a.value;
  return out;
}

/** The same statements answered with the same values. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => isAnswered(b, k) && b[k] === a[k]);
}

/** Answer-shaped entries of any value (a number or null per key), for before the content is known. */
export function looseAnswers(input: unknown): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  if (!input || typeof input !== 'object' || Array.isArray(input)) return out;
  for (const [key, value] of Object.entries(input)) {
    if (key === '__proto__') continue;
    if (value === null || (typeof value === 'number' && Number.isFinite(value))) out[key] = value;
  }
  return out;
}
