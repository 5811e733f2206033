// Team conversation mode: validating a team's results and aggregating them. Pure; no DOM, no lit.
// Nothing here ever hands out one person's answers: below the minimum group size the summary carries
// counts only, and above it every figure is backed by at least that many people who gave a value. A
// pillar or statement where fewer people did (the rest "Weet ik niet" or too few answers) is suppressed:
// its figures are null and only the count of those without a value remains, so a server that reuses
// this function cannot leak one person's answers either.
import type { Content } from '../content/schema.js';
import { INSUFFICIENT_BAND, resultSchema, type Result } from '../scoring/result-schema.js';
import { bandFor, scaleRange } from '../scoring/score.js';

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

/**
 * Counts of the distinct values of one statistic, ascending: the sorted list of values without
 * building it. Values here are on a small discrete set (pillar scores are whole numbers 0–100,
 * statement values the scale's options), so counting is linear in the number of results.
 */
interface Tally {
  /** Distinct values with a count above zero, ascending. */
  keys: number[];
  counts: number[];
  /** Sum of the counts. */
  n: number;
}

function tallyOf(entries: Iterable<[number, number]>): Tally {
  const pairs = [...entries].filter(([, c]) => c > 0).sort((a, b) => a[0] - b[0]);
  return { keys: pairs.map(([k]) => k), counts: pairs.map(([, c]) => c), n: pairs.reduce((s, [, c]) => s + c, 0) };
}

/** The value at 0-based `rank` of the sorted list the tally stands for. */
function at(t: Tally, rank: number): number {
  let seen = 0;
  for (let i = 0; i < t.keys.length; i++) {
    seen += t.counts[i];
    if (rank < seen) return t.keys[i];
  }
  return t.keys[t.keys.length - 1];
}

/** {@link quantile} of the sorted list the tally stands for, with the same arithmetic. */
function tallyQuantile(t: Tally, p: number): number {
  const h = (t.n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, t.n - 1);
  const xlo = at(t, lo);
  return xlo + (h - lo) * (at(t, hi) - xlo);
}

/**
 * Mean and population standard deviation of `f` over the sorted list the tally stands for (`f`
 * non-decreasing). The sums add the values one by one in ascending order, exactly as a sum over the
 * sorted list does, so the figures are bit for bit those of sorting first (the order of results never
 * matters). That is n additions: cheap and linear, without the list.
 */
function tallyMoments(t: Tally, f: (x: number) => number = (x) => x): { mean: number; sd: number } {
  const first = f(t.keys[0]);
  if (first === f(t.keys[t.keys.length - 1])) return { mean: first, sd: 0 };
  let sum = 0;
  for (let i = 0; i < t.keys.length; i++) {
    const x = f(t.keys[i]);
    for (let c = t.counts[i]; c > 0; c--) sum += x;
  }
  const mean = sum / t.n;
  let squares = 0;
  for (let i = 0; i < t.keys.length; i++) {
    const d = (f(t.keys[i]) - mean) ** 2;
    for (let c = t.counts[i]; c > 0; c--) squares += d;
  }
  return { mean, sd: Math.sqrt(squares / t.n) };
}

function emptyCounts(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

/** What the counting needs of the content, computed once per call. */
interface Layout {
  /** Statement ids in content order, and each one's position. */
  ids: string[];
  position: Map<string, number>;
  /** Per pillar: the positions [start, end) of its statements. */
  ranges: [number, number][];
  /** Scale value → its code 0..k−1 (option order); null ("Weet ik niet") → `unknown`, or −1 without that option. */
  code: Map<number, number>;
  values: number[];
  unknown: number;
  /** Codes per statement: k values + 1 for "unknown". */
  width: number;
}

function layoutOf(content: Content): Layout {
  const ids: string[] = [];
  const ranges: [number, number][] = [];
  for (const pillar of content.pillars) {
    const start = ids.length;
    for (const s of pillar.statements) ids.push(s.id);
    ranges.push([start, ids.length]);
  }
  const values = content.scale.options.map((o) => o.value);
  const code = new Map<number, number>();
  values.forEach((v, i) => {
    if (!code.has(v)) code.set(v, i);
  });
  return {
    ids,
    position: new Map(ids.map((id, i) => [id, i])),
    ranges,
    code,
    values,
    unknown: content.scale.unknown === undefined ? -1 : values.length,
    width: values.length + 1,
  };
}

/**
 * Summarizes a team's results. One pass over the results counts, per statement, the respondents per
 * answer code and, per pillar, the respondents per score; every statistic is then taken from those
 * counts. Linear in the number of results (the old sort per statement is gone) and identical, figure for
 * figure, to scoring each result with `scorePillar` and sorting the values (test/team/scale.test.ts).
 * Answers are read as `sanitizeAnswers` reads them: the last answer per statement id counts, answers to
 * statements not in the content and values off the scale are left out.
 */
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
  const layout = layoutOf(content);
  const { position, ranges, code, values, unknown, width } = layout;
  const statementCount = layout.ids.length;
  /** Per statement × code: respondents. */
  const counts = new Float64Array(statementCount * width);
  /** Per pillar: score → respondents; and respondents without a score. */
  const scoreCounts = ranges.map(() => new Map<number, number>());
  const noScore = ranges.map(() => 0);
  /** This result's answer code per statement (−1: unanswered). */
  const slot = new Int32Array(statementCount);

  for (const result of results) {
    slot.fill(-1);
    for (const a of result.answers) {
      const i = position.get(a.statementId);
      if (i === undefined) continue;
      // The last answer per id counts, and a value off the scale leaves the statement unanswered.
      slot[i] = a.value === null ? unknown : (code.get(a.value) ?? -1);
    }
    for (let p = 0; p < ranges.length; p++) {
      const [start, end] = ranges[p];
      // As scorePillar: the sum in statement order, then the same formula.
      let answered = 0;
      let unknownCount = 0;
      let sum = 0;
      for (let i = start; i < end; i++) {
        const c = slot[i];
        if (c < 0) continue;
        counts[i * width + c] += 1;
        answered += 1;
        if (c === unknown) unknownCount += 1;
        else sum += values[c];
      }
      const valued = answered - unknownCount;
      const sufficient = valued > 0 && valued * 2 >= end - start;
      if (!sufficient) {
        noScore[p] += 1;
        continue;
      }
      const score = Math.round((100 * (sum / valued - scaleMin)) / (scaleMax - scaleMin));
      const m = scoreCounts[p];
      m.set(score, (m.get(score) ?? 0) + 1);
    }
  }

  const bandKeys = [...content.bands.map((b) => b.id), INSUFFICIENT_BAND];
  const valueKeys = [...values.map((v) => String(v)), 'unknown'];
  content.pillars.forEach((pillar, p) => {
    const scores = tallyOf(scoreCounts[p]);
    const bands = emptyCounts(bandKeys);
    scores.keys.forEach((s, i) => {
      const band = bandFor(content.bands, s);
      bands[band] = (bands[band] ?? 0) + scores.counts[i];
    });
    bands[INSUFFICIENT_BAND] = (bands[INSUFFICIENT_BAND] ?? 0) + noScore[p];
    const respondents = scores.n;
    const suppressed = respondents < minGroupSize;
    // Statistics only over at least the minimum group size: never one person's (or two people's) score.
    const n = suppressed ? 0 : respondents;
    const q1 = n ? tallyQuantile(scores, 0.25) : null;
    const q3 = n ? tallyQuantile(scores, 0.75) : null;
    summary.pillars.push({
      id: pillar.id,
      title: pillar.title,
      respondents,
      suppressed,
      median: n ? tallyQuantile(scores, 0.5) : null,
      mean: n ? tallyMoments(scores).mean : null,
      min: n ? scores.keys[0] : null,
      max: n ? scores.keys[scores.keys.length - 1] : null,
      q1,
      q3,
      iqr: n ? q3! - q1! : null,
      bands: suppressed ? { [INSUFFICIENT_BAND]: bands[INSUFFICIENT_BAND] } : bands,
    });

    pillar.statements.forEach((s, k) => {
      const row = (ranges[p][0] + k) * width;
      const distribution = emptyCounts(valueKeys);
      let answered = 0;
      const valuePairs: [number, number][] = [];
      values.forEach((v, c) => {
        const count = counts[row + c];
        distribution[String(v)] += count;
        answered += count;
        valuePairs.push([v, count]);
      });
      if (unknown >= 0) {
        distribution.unknown += counts[row + unknown];
        answered += counts[row + unknown];
      }
      const valued = tallyOf(valuePairs);
      const suppressed = valued.n < minGroupSize;
      const m = suppressed ? null : tallyMoments(valued, norm);
      summary.statements.push({
        id: s.id,
        pillarId: pillar.id,
        distribution: suppressed ? { unknown: distribution.unknown } : distribution,
        answered,
        valued: valued.n,
        suppressed,
        mean: m ? tallyMoments(valued).mean : null,
        spread: m ? m.sd : null,
        agreement: m ? 1 - 2 * m.sd : null,
      });
    });
  });

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

// ——— the fast path of validation ———
// Parsing 100,000 results with the zod schema costs seconds. Results are untrusted, so each one is still
// checked: `fastResult` mirrors the schema for the common case (no plan) and builds the output zod
// builds: fresh objects with only the schema's keys, read as zod reads them (`key in input` for the
// optional ones). Anything it does not accept goes to zod, which then decides and words the issues. It
// is only used while the schema has exactly the keys it knows (checked once below), and
// test/team/scale.test.ts compares it with zod over generated inputs.

type Shape = Record<string, unknown>;
const RESULT_KEYS = ['schemaVersion', 'content', 'completedAt', 'scale', 'answers', 'pillars', 'priorities', 'plan', 'nonce'];
const CONTENT_KEYS = ['id', 'version', 'locale'];
const SCALE_KEYS = ['min', 'max'];
const ANSWER_KEYS = ['statementId', 'pillarId', 'value'];
const PILLAR_KEYS = ['id', 'title', 'score', 'mean', 'answered', 'unknown', 'total', 'band'];

function shapeOf(schema: unknown): Shape {
  return ((schema as { shape?: Shape } | undefined)?.shape ?? {}) as Shape;
}

function elementOf(schema: unknown): unknown {
  return (schema as { _zod?: { def?: { element?: unknown } } } | undefined)?._zod?.def?.element;
}

function sameKeys(shape: Shape, keys: readonly string[]): boolean {
  const own = Object.keys(shape);
  return own.length === keys.length && keys.every((k) => own.includes(k));
}

const resultShape = shapeOf(resultSchema);
const nonceSchema = resultShape.nonce as { safeParse(x: unknown): { success: boolean } };
const completedAtPattern = (resultShape.completedAt as { _zod?: { def?: { pattern?: unknown } } } | undefined)?._zod?.def?.pattern;
const FAST_PATH =
  completedAtPattern instanceof RegExp &&
  sameKeys(resultShape, RESULT_KEYS) &&
  sameKeys(shapeOf(resultShape.content), CONTENT_KEYS) &&
  sameKeys(shapeOf(resultShape.scale), SCALE_KEYS) &&
  sameKeys(shapeOf(elementOf(resultShape.answers)), ANSWER_KEYS) &&
  sameKeys(shapeOf(elementOf(resultShape.pillars)), PILLAR_KEYS);

/** What zod calls an object; like zod, the fast path then reads only the schema's keys (others are dropped). */
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const isString = (x: unknown): x is string => typeof x === 'string';
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;

function fastAnswer(x: unknown) {
  if (!isObject(x) || !isString(x.statementId) || !isString(x.pillarId)) return undefined;
  if (x.value !== null && !isNumber(x.value)) return undefined;
  return { statementId: x.statementId, pillarId: x.pillarId, value: x.value };
}

function fastPillar(x: unknown) {
  if (!isObject(x) || !isString(x.id) || !isString(x.title) || !isString(x.band)) return undefined;
  const { score, mean, answered, unknown, total } = x;
  if (score !== null && !(isNumber(score) && score >= 0 && score <= 100)) return undefined;
  if (mean !== null && !isNumber(mean)) return undefined;
  if (!isCount(answered) || !isCount(unknown) || !isCount(total)) return undefined;
  return { id: x.id, title: x.title, score, mean, answered, unknown, total, band: x.band };
}

function fastArray<T>(x: unknown, item: (y: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const out: T[] = new Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const y = item(x[i]);
    if (y === undefined) return undefined;
    out[i] = y;
  }
  return out;
}

/** The parsed result when the input certainly passes the schema; undefined: ask zod. */
function fastResult(x: unknown): Result | undefined {
  // A plan (rare in team results) is left to zod, and so is anything the checks below do not accept.
  if (!FAST_PATH || !isObject(x) || 'plan' in x) return undefined;
  if (x.schemaVersion !== 1 || !isString(x.completedAt) || !(completedAtPattern as RegExp).test(x.completedAt)) return undefined;
  const { content, scale } = x;
  if (!isObject(content) || !isString(content.id) || !isString(content.version) || !isString(content.locale)) return undefined;
  if (!isObject(scale) || !isNumber(scale.min) || !isNumber(scale.max)) return undefined;
  if ('nonce' in x && !(isString(x.nonce) && nonceSchema.safeParse(x.nonce).success)) return undefined;
  const answers = fastArray(x.answers, fastAnswer);
  const pillars = answers && fastArray(x.pillars, fastPillar);
  const priorities = pillars && fastArray(x.priorities, (y) => (isString(y) ? y : undefined));
  if (!answers || !pillars || !priorities) return undefined;
  const out: Result = {
    schemaVersion: 1,
    content: { id: content.id, version: content.version, locale: content.locale },
    completedAt: x.completedAt,
    scale: { min: scale.min, max: scale.max },
    answers,
    pillars,
    priorities,
  };
  if ('nonce' in x) out.nonce = x.nonce as string;
  return out;
}

/**
 * Validates each input with the result schema and keeps those of this content (any language: the ids
 * are the same) and this version; the same result counts once (see `PreparedTeam.duplicates`). Linear
 * in the number of inputs.
 */
export function prepareTeam(content: Content, inputs: readonly unknown[]): PreparedTeam {
  const out: PreparedTeam = { accepted: [], rejected: [], duplicates: 0 };
  const seen = new Seen();
  inputs.forEach((input, index) => {
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
    else if (seen.add(result)) out.duplicates += 1;
    else out.accepted.push(result);
  });
  return out;
}
