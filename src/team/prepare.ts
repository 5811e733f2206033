// Validating what the facilitator gives: a team's results checked, counted once, and refused with a
// reason. Pure; no DOM, no lit.
import type { Content } from '../content/schema.js';
import { resultSchema, type Result } from '../scoring/result-schema.js';
import { fastResult } from './fast-result.js';

// ——— validating what the facilitator gives ———

export type TeamRejectReason = 'parse' | 'invalid' | 'other-content' | 'other-version';

export interface TeamRejection {
  /** Position in the inputs (or, from the controller, in the host's array / the files chosen). */
  index: number;
  /** File name, when the result came from a file. */
  name?: string;
  reason: TeamRejectReason;
  /** For "invalid": what the result schema found (first few). */
  issues?: { path: string; message: string }[];
}

export interface PreparedTeam {
  accepted: Result[];
  rejected: TeamRejection[];
  /**
   * Results left out because the same one was counted: with a nonce (results from share codes), the
   * same nonce and the same answers; without, the same answers and completion time. A result with a
   * nonce is never a duplicate of one without.
   */
  duplicates: number;
}

/** The answers as sorted `id=value` entries: the same answers in another order give the same key. */
function answersKey(r: Result): string {
  const answers = r.answers.map((a) => `${a.statementId}=${a.value}`);
  for (let i = 1; i < answers.length; i++) {
    if (answers[i - 1] > answers[i]) {
      answers.sort();
      break;
    }
  }
  return answers.join('\u0000');
}

/**
 * Tells whether a result was seen before: the same nonce (or, without one, the same completion time)
 * and the same answers. Results are grouped by nonce or time first, and the answers' key is built only
 * within a group of two or more (rare), so this stays linear and cheap: no key string per result.
 */
class Seen {
  /** By completion time and by nonce: the first result, or the answer keys once a second one came. */
  private readonly groups = [new Map<string, Result | Set<string>>(), new Map<string, Result | Set<string>>()];

  /** Records `r`; true when the same result was recorded before. */
  add(r: Result): boolean {
    const byNonce = r.nonce !== undefined;
    const groups = this.groups[byNonce ? 1 : 0];
    const who = byNonce ? r.nonce! : r.completedAt;
    const group = groups.get(who);
    if (!group) {
      groups.set(who, r);
      return false;
    }
    let keys = group;
    if (!(keys instanceof Set)) groups.set(who, (keys = new Set([answersKey(keys)])));
    const key = answersKey(r);
    if (keys.has(key)) return true;
    keys.add(key);
    return false;
  }
}

/**
 * Validates inputs one by one (see `prepareTeam`): for counting a large team in chunks, between which
 * the browser gets to paint and answer the person.
 */
export class TeamPreparer {
  readonly out: PreparedTeam = { accepted: [], rejected: [], duplicates: 0 };
  private readonly seen = new Seen();

  constructor(private readonly content: Content) {}

  /** Validates `input`, the `index`-th of the inputs. */
  add(input: unknown, index: number): void {
    const { content, out } = this;
    let result = fastResult(input);
    if (!result) {
      const parsed = resultSchema.safeParse(input);
      if (!parsed.success) {
        const issues = parsed.error.issues.slice(0, 5).map((i) => ({ path: i.path.join('.'), message: i.message }));
        out.rejected.push({ index, reason: 'invalid', issues });
        return;
      }
      result = parsed.data;
    }
    if (result.content.id !== content.id) out.rejected.push({ index, reason: 'other-content' });
    else if (result.content.version !== content.version) out.rejected.push({ index, reason: 'other-version' });
    else if (this.seen.add(result)) out.duplicates += 1;
    else out.accepted.push(result);
  }
}

/**
 * Validates each input with the result schema and keeps those of this content (any language: the ids
 * are the same) and this version; the same result counts once (see `PreparedTeam.duplicates`). Linear
 * in the number of inputs.
 */
export function prepareTeam(content: Content, inputs: readonly unknown[]): PreparedTeam {
  const preparer = new TeamPreparer(content);
  inputs.forEach((input, index) => preparer.add(input, index));
  return preparer.out;
}
