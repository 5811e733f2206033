// Team mode: the current round compared with an earlier team round, per pillar the median then and
// now. Pure; no DOM, no lit. The group-size rule holds for both rounds: a round below the minimum shows
// nothing, and a pillar suppressed in either round gets no figure and no difference.
import type { TeamSummary } from './aggregate.js';

export interface TeamRoundDelta {
  id: string;
  /** Median now / then (0–100); null when that round hides the pillar (too few people with a score). */
  median: number | null;
  baselineMedian: number | null;
  /** median − baselineMedian, or null when either is hidden. */
  delta: number | null;
}

export type TeamRoundComparison =
  | { ready: true; pillars: TeamRoundDelta[] }
  /** A round is below the minimum group size: nothing of either round is compared. */
  | { ready: false; waiting: ('now' | 'then')[] };

export function compareRounds(now: TeamSummary, then: TeamSummary): TeamRoundComparison {
  const waiting = [...(now.ready ? [] : ['now' as const]), ...(then.ready ? [] : ['then' as const])];
  if (waiting.length) return { ready: false, waiting };
  const earlier = new Map(then.pillars.map((p) => [p.id, p]));
  return {
    ready: true,
    pillars: now.pillars.map((p) => {
      const b = earlier.get(p.id);
      const median = p.suppressed ? null : p.median;
      const baselineMedian = !b || b.suppressed ? null : b.median;
      return { id: p.id, median, baselineMedian, delta: median === null || baselineMedian === null ? null : median - baselineMedian };
    }),
  };
}
