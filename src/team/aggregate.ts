// Team conversation mode: validating a team's results and aggregating them. Pure; no DOM, no lit.
// Nothing here ever hands out one person's answers: below the minimum group size the summary carries
// counts only, and above it every figure is backed by at least that many people who gave a value. A
// pillar or statement where fewer people did (the rest "Weet ik niet" or too few answers) is suppressed:
// its figures are null and only the count of those without a value remains, so a server that reuses
// this function cannot leak one person's answers either.
import type { Content } from '../content/schema.js';
import { INSUFFICIENT_BAND, type Result } from '../scoring/result-schema.js';
import { tallyMoments, tallyOf, tallyQuantile } from './tally.js';
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
  const counter = new TeamCounter(content);
  if (results.length >= clampGroupSize(options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE)) counter.add(results);
  else counter.respondents = results.length;
  return counter.summary(options);
}

/**
 * The counting of `aggregate`, in steps: `add` results in as many chunks as needed (the browser counts a
 * large team between frames), then take the `summary`. `aggregate` is `add` of all and `summary`.
 */
export class TeamCounter {
  /** Results added. */
  respondents = 0;
  private readonly layout: Layout;
  private readonly scaleMin: number;
  private readonly scaleMax: number;
  /** Per statement × code: respondents. */
  private readonly counts: Float64Array;
  /** Per pillar: score → respondents; and respondents without a score. */
  private readonly scoreCounts: Map<number, number>[];
  private readonly noScore: number[];
  /** This result's answer code per statement (−1: unanswered). */
  private readonly slot: Int32Array;

  constructor(private readonly content: Content) {
    const { min, max } = scaleRange(content);
    this.scaleMin = min;
    this.scaleMax = max;
    this.layout = layoutOf(content);
    this.counts = new Float64Array(this.layout.ids.length * this.layout.width);
    this.scoreCounts = this.layout.ranges.map(() => new Map<number, number>());
    this.noScore = this.layout.ranges.map(() => 0);
    this.slot = new Int32Array(this.layout.ids.length);
  }

  /** Counts `results[from..to)`. */
  add(results: readonly Result[], from = 0, to = results.length): void {
    const { position, ranges, code, values, unknown, width } = this.layout;
    const { counts, scoreCounts, noScore, slot, scaleMin, scaleMax } = this;
    for (let r = from; r < to; r++) {
      const result = results[r];
      this.respondents += 1;
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
  }

  /** The summary of the results added so far. */
  summary(options: { minGroupSize?: number } = {}): TeamSummary {
    const { content, scaleMin, scaleMax, counts, scoreCounts, noScore } = this;
    const results = { length: this.respondents };
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
    const norm = (v: number) => (scaleMax === scaleMin ? 1 : (v - scaleMin) / (scaleMax - scaleMin));
    const { ranges, values, unknown, width } = this.layout;

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
}

export { quantile } from './tally.js';
export { prepareTeam, type PreparedTeam, type TeamRejection, type TeamRejectReason } from './prepare.js';
