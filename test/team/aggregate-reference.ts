// The implementation of src/team/aggregate.ts before issue 16 (commit d696ad8), kept verbatim as the
// reference the fast implementation must match exactly (test/team/scale.test.ts). Not shipped.
// Team conversation mode: validating a team's results and aggregating them. Pure; no DOM, no lit.
// Nothing here ever hands out one person's answers: below the minimum group size the summary carries
// counts only, and above it every figure is backed by at least that many people who gave a value. A
// pillar or statement where fewer people did (the rest "Weet ik niet" or too few answers) is suppressed:
// its figures are null and only the count of those without a value remains, so a server that reuses
// this function cannot leak one person's answers either.
import type { Content } from '../../src/content/schema.js';
import { isAnswered, sanitizeAnswers } from '../../src/scoring/answers.js';
import { INSUFFICIENT_BAND, resultSchema, type Result } from '../../src/scoring/result-schema.js';
import { scaleRange, scorePillar } from '../../src/scoring/score.js';

export const DEFAULT_MIN_GROUP_SIZE = 3;

/** The minimum group size in force: an integer, never below 2 (default 3). */
export function clampGroupSize(n: unknown): number {
  const value = Number(n);
  return Number.isFinite(value) ? Math.max(2, Math.floor(value)) : DEFAULT_MIN_GROUP_SIZE;
}

export interface TeamPillar {
  id: string;
  title: string;
  /** Respondents with a score for this pillar (the others count as "insufficient"). */
  respondents: number;
  /**
   * Fewer than `minGroupSize` respondents have a score: the statistics are null and `bands` holds only
   * "insufficient", so no figure describes fewer people than the minimum group size.
   */
  suppressed: boolean;
  /** Statistics of the 0–100 scores; null when suppressed (or no respondent has a score). */
  median: number | null;
  mean: number | null;
  min: number | null;
  max: number | null;
  q1: number | null;
  q3: number | null;
  iqr: number | null;
  /** Respondents per band id of the content, plus "insufficient" (only that one when suppressed). */
  bands: Record<string, number>;
}

export interface TeamStatement {
  id: string;
  pillarId: string;
  /** Respondents per scale value (as a string) and "unknown" ("Weet ik niet"); only "unknown" when suppressed. */
  distribution: Record<string, number>;
  /** Respondents who answered, "unknown" included (as in a pillar result). */
  answered: number;
  /** Respondents with a value on the scale: the base of mean and spread. */
  valued: number;
  /** Fewer than `minGroupSize` respondents gave a value: distribution of values, mean and spread are withheld. */
  suppressed: boolean;
  /** Mean value on the content's scale; null without values or when suppressed. */
  mean: number | null;
  /**
   * Disagreement: the population standard deviation of the values normalized to 0..1 (0 = all agree,
   * 0.5 = split between both ends). Population, not sample, so a copy of the group changes nothing.
   */
  spread: number | null;
  /** 1 − 2 × spread: 1 when all agree, 0 when the team is split between both ends. */
  agreement: number | null;
}

export type TeamListReason = 'strong' | 'needs-work' | 'disagree';

export interface TeamListItem {
  statementId: string;
  pillarId: string;
  reason: TeamListReason;
  mean: number;
  spread: number;
}

export interface TeamSummary {
  contentId: string;
  version: string;
  /** Results counted (after validation and removing duplicates). */
  respondents: number;
  minGroupSize: number;
  /**
   * False below the minimum group size: pillars, statements and lists are then empty. When true, each
   * pillar and statement still says whether it is `suppressed` (too few people gave a value).
   */
  ready: boolean;
  pillars: TeamPillar[];
  statements: TeamStatement[];
  lists: { strong: TeamListItem[]; needsWork: TeamListItem[]; disagree: TeamListItem[] };
}

/** Thresholds of the three lists, on values normalized to 0..1. */
export const LIST_RULES = {
  /** At most this spread counts as agreement (on a 1–5 scale: a standard deviation of 1 point). */
  agree: 0.25,
  /** Agreement at or above this normalized mean is "strong" (as the person's own strengths). */
  strong: 0.75,
  /** Agreement at or below this normalized mean "needs work" (as the person's lowest statements). */
  needsWork: 0.5,
  /** Above this spread the team disagrees. */
  disagree: 0.25,
  /** Items per list. */
  length: 5,
} as const;

/**
 * Quantile by linear interpolation between closest ranks (Hyndman & Fan type 7; R's default, Excel's
 * PERCENTILE.INC): h = (n − 1)·p, then x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). `sorted` ascending, non-empty.
 */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Mean and population standard deviation; values sorted first so the order of results never matters. */
function moments(values: number[]): { mean: number; sd: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  if (sorted[0] === sorted[sorted.length - 1]) return { mean: sorted[0], sd: 0 };
  return { mean, sd: Math.sqrt(sorted.reduce((s, x) => s + (x - mean) ** 2, 0) / sorted.length) };
}

function answersOf(content: Content, result: Result) {
  const map: Record<string, number | null> = {};
  for (const a of result.answers) map[a.statementId] = a.value;
  return sanitizeAnswers(content, map);
}

function emptyCounts(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

export function aggregate(content: Content, results: readonly Result[], options: { minGroupSize?: number } = {}): TeamSummary {
  const minGroupSize = clampGroupSize(options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE);
  const ready = results.length >= minGroupSize;
  const summary: TeamSummary = {
    contentId: content.id,
    version: content.version,
    respondents: results.length,
    minGroupSize,
    ready,
    pillars: [],
    statements: [],
    lists: { strong: [], needsWork: [], disagree: [] },
  };
  if (!ready) return summary;

  const { min: scaleMin, max: scaleMax } = scaleRange(content);
  const norm = (v: number) => (scaleMax === scaleMin ? 1 : (v - scaleMin) / (scaleMax - scaleMin));
  const all = results.map((r) => answersOf(content, r));
  const bandKeys = [...content.bands.map((b) => b.id), INSUFFICIENT_BAND];
  const valueKeys = [...content.scale.options.map((o) => String(o.value)), 'unknown'];

  for (const pillar of content.pillars) {
    const bands = emptyCounts(bandKeys);
    const scores: number[] = [];
    for (const answers of all) {
      const p = scorePillar(content, pillar, answers);
      bands[p.band] = (bands[p.band] ?? 0) + 1;
      if (p.score !== null) scores.push(p.score);
    }
    scores.sort((a, b) => a - b);
    const respondents = scores.length;
    const suppressed = respondents < minGroupSize;
    // Statistics only over at least the minimum group size: never one person's (or two people's) score.
    const n = suppressed ? 0 : respondents;
    const q1 = n ? quantile(scores, 0.25) : null;
    const q3 = n ? quantile(scores, 0.75) : null;
    summary.pillars.push({
      id: pillar.id,
      title: pillar.title,
      respondents,
      suppressed,
      median: n ? quantile(scores, 0.5) : null,
      mean: n ? moments(scores).mean : null,
      min: n ? scores[0] : null,
      max: n ? scores[n - 1] : null,
      q1,
      q3,
      iqr: n ? q3! - q1! : null,
      bands: suppressed ? { [INSUFFICIENT_BAND]: bands[INSUFFICIENT_BAND] } : bands,
    });

    for (const s of pillar.statements) {
      const distribution = emptyCounts(valueKeys);
      const values: number[] = [];
      let answered = 0;
      for (const answers of all) {
        if (!isAnswered(answers, s.id)) continue;
        answered += 1;
        const v = answers[s.id];
        distribution[v === null ? 'unknown' : String(v)] += 1;
        if (v !== null) values.push(v);
      }
      const suppressed = values.length < minGroupSize;
      const m = suppressed ? null : moments(values.map(norm));
      summary.statements.push({
        id: s.id,
        pillarId: pillar.id,
        distribution: suppressed ? { unknown: distribution.unknown } : distribution,
        answered,
        valued: values.length,
        suppressed,
        mean: m ? moments(values).mean : null,
        spread: m ? m.sd : null,
        agreement: m ? 1 - 2 * m.sd : null,
      });
    }
  }

  // Only statements that at least half the team (and at least the minimum group size) gave a value are ranked.
  const ranked = summary.statements
    .filter((s) => !s.suppressed && s.valued * 2 >= results.length)
    .map((s, index) => ({ s, index, level: norm(s.mean!), spread: s.spread! }));
  const item = (x: (typeof ranked)[number], reason: TeamListReason): TeamListItem => ({
    statementId: x.s.id,
    pillarId: x.s.pillarId,
    reason,
    mean: x.s.mean!,
    spread: x.spread,
  });
  const pick = (reason: TeamListReason, keep: (x: (typeof ranked)[number]) => boolean, key: (x: (typeof ranked)[number]) => number) =>
    ranked
      .filter(keep)
      .sort((a, b) => key(a) - key(b) || a.spread - b.spread || a.index - b.index)
      .slice(0, LIST_RULES.length)
      .map((x) => item(x, reason));
  summary.lists = {
    strong: pick('strong', (x) => x.spread <= LIST_RULES.agree && x.level >= LIST_RULES.strong, (x) => -x.level),
    needsWork: pick('needs-work', (x) => x.spread <= LIST_RULES.agree && x.level <= LIST_RULES.needsWork, (x) => x.level),
    disagree: pick('disagree', (x) => x.spread > LIST_RULES.disagree, (x) => -x.spread),
  };
  return summary;
}

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
  /** Results left out because an identical one (same answers and completion time) was counted. */
  duplicates: number;
}

function duplicateKey(r: Result): string {
  const answers = r.answers.map((a) => `${a.statementId}=${a.value}`).sort();
  return `${r.completedAt}\u0000${answers.join('\u0000')}`;
}

/**
 * Validates each input with the result schema and keeps those of this content (any language: the ids
 * are the same) and this version; an identical result counts once.
 */
export function prepareTeam(content: Content, inputs: readonly unknown[]): PreparedTeam {
  const out: PreparedTeam = { accepted: [], rejected: [], duplicates: 0 };
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const parsed = resultSchema.safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5).map((i) => ({ path: i.path.join('.'), message: i.message }));
      out.rejected.push({ index, reason: 'invalid', issues });
      return;
    }
    const result = parsed.data;
    if (result.content.id !== content.id) out.rejected.push({ index, reason: 'other-content' });
    else if (result.content.version !== content.version) out.rejected.push({ index, reason: 'other-version' });
    else {
      const key = duplicateKey(result);
      if (seen.has(key)) out.duplicates += 1;
      else {
        seen.add(key);
        out.accepted.push(result);
      }
    }
  });
  return out;
}
