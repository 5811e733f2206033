// Public events of <sociale-veiligheid-quickscan>: names, detail types and the one helper that fires them.
import type { LoadErrorKind } from './content/load-error.js';
import type { AnswerValue } from './scoring/answers.js';
import type { Result } from './scoring/result-schema.js';
import type { Step } from './internal/step.js';
import type { TeamSummary } from './team/aggregate.js';

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

/** Team mode: the aggregate of a group's results (never one person's answers). */
export type QuickscanTeamSummaryDetail = TeamSummary;

export interface QuickscanErrorDetail {
  kind: LoadErrorKind;
  /** Readable message in the element's language. */
  message: string;
  issues?: { path: string; message: string }[];
  /** HTTP status for kind "http". */
  status?: number;
}

export const EVENTS = {
  ready: 'quickscan-ready',
  answer: 'quickscan-answer',
  step: 'quickscan-step',
  complete: 'quickscan-complete',
  error: 'quickscan-error',
  teamSummary: 'quickscan-team-summary',
} as const;

export interface QuickscanEventMap {
  'quickscan-ready': CustomEvent<QuickscanReadyDetail>;
  'quickscan-answer': CustomEvent<QuickscanAnswerDetail>;
  'quickscan-step': CustomEvent<QuickscanStepDetail>;
  'quickscan-complete': CustomEvent<QuickscanCompleteDetail>;
  'quickscan-error': CustomEvent<QuickscanErrorDetail>;
  'quickscan-team-summary': CustomEvent<QuickscanTeamSummaryDetail>;
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
