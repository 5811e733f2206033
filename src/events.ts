// Public events of <sociale-veiligheid-quickscan>: names, detail types and the one helper that fires them.
import type { LoadErrorKind } from './content/load-error.js';
import type { AnswerValue } from './scoring/answers.js';
import type { Result } from './scoring/result-schema.js';
import type { Step } from './internal/step.js';
import type { TeamSummary } from './team/aggregate.js';
import type { Plan } from './plan/plan-schema.js';

export interface QuickscanReadyDetail {
  contentId: string;
  contentVersion: string;
  locale: string;
}

export interface QuickscanAnswerDetail {
  statementId: string;
  pillarId: string;
  /** The chosen value, or null for the "unknown" option ("Weet ik niet"). */
  value: AnswerValue;
  /** Statements answered so far (all pillars). */
  answered: number;
  /** Statements in the scan. */
  total: number;
}

export interface QuickscanStepDetail {
  /** 'intro', the index of the pillar step, or 'results'. */
  step: Step;
  /** The pillar of a step, else null. */
  pillarId: string | null;
}

export type QuickscanCompleteDetail = Result;

/** What changed in the plan: a measure added (also by undoing a removal), edited, removed, its status set, or moved. */
export type PlanChangeKind = 'add' | 'edit' | 'remove' | 'status' | 'reorder';

/** The person changed the plan of action (committed: on change or blur, never per keystroke). */
export interface QuickscanPlanDetail {
  /** The whole plan after the change (as `result.plan`). */
  plan: Plan;
  change: PlanChangeKind;
  /** The measure that changed. */
  measureId: string;
}

/** Team mode: the aggregate of a group's results (never one person's answers). */
export type QuickscanTeamSummaryDetail = TeamSummary;

export interface QuickscanErrorDetail {
  kind: LoadErrorKind;
  /** Readable message in the element's language. */
  message: string;
  issues?: { path: string; message: string }[];
  /** HTTP status for kind "http". */
  status?: number;
  /** "results": loading the team's `results-src` failed (what arrived before stays counted); else the content. */
  source?: 'results';
}

/** A comparison with an earlier result is shown: per pillar the current and the earlier score (null: no score). */
export interface QuickscanCompareDetail {
  baseline: { completedAt: string; contentVersion: string };
  pillars: { id: string; score: number | null; baselineScore: number | null; delta: number | null }[];
}

export const EVENTS = {
  ready: 'quickscan-ready',
  answer: 'quickscan-answer',
  step: 'quickscan-step',
  complete: 'quickscan-complete',
  error: 'quickscan-error',
  teamSummary: 'quickscan-team-summary',
  compare: 'quickscan-compare',
  plan: 'quickscan-plan',
} as const;

export interface QuickscanEventMap {
  'quickscan-ready': CustomEvent<QuickscanReadyDetail>;
  'quickscan-answer': CustomEvent<QuickscanAnswerDetail>;
  'quickscan-step': CustomEvent<QuickscanStepDetail>;
  'quickscan-complete': CustomEvent<QuickscanCompleteDetail>;
  'quickscan-error': CustomEvent<QuickscanErrorDetail>;
  'quickscan-team-summary': CustomEvent<QuickscanTeamSummaryDetail>;
  'quickscan-compare': CustomEvent<QuickscanCompareDetail>;
  'quickscan-plan': CustomEvent<QuickscanPlanDetail>;
}

/** Fires a public event: always bubbling and composed, so hosts hear it across shadow roots. */
export function emit<K extends keyof QuickscanEventMap>(
  target: EventTarget,
  name: K,
  detail: QuickscanEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

// The events bubble and are composed, so hosts also listen on document and window:
// document.addEventListener('quickscan-complete', (e) => e.detail.pillars) is typed too.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends QuickscanEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DocumentEventMap extends QuickscanEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface WindowEventMap extends QuickscanEventMap {}
}
