// The scan as a pure state machine: reduce(state, action, context) → { state, events, focus, save }.
// No DOM, no lit: the element applies the new state in one place and fires the returned events.
import type { Content } from '../content/schema.js';
import type { Step } from '../internal/step.js';
import {
  type AnswerValue,
  type Answers,
  answersFromList,
  countAnswered,
  countStatements,
  firstOpenStatement,
  isAnswered,
  sameAnswers,
  sanitizeAnswers,
} from '../scoring/answers.js';
import type { checkResult, Result, ResultProblem } from '../scoring/result-schema.js';
import { score } from '../scoring/score.js';
import type { validatePlan } from '../plan/plan-content.js';
import type { Plan } from '../plan/plan-schema.js';
import type { PlanChangeKind } from '../events.js';

export type { Step };

export interface ScanState {
  readonly step: Step;
  readonly answers: Answers;
  /** The result on show (after completion, or as set by the host); scored from `answers`. */
  readonly result: Result | null;
  /** Statements the "next" guard found open; cleared on every step change. */
  readonly flagged: ReadonlySet<string>;
  readonly confirmingRestart: boolean;
  /** The glossary term whose definition is open. */
  readonly openTerm: string | null;
  /** The step change to announce politely. */
  readonly announced: Step | null;
  /** Why the last result the host set was refused; shown until the person moves on or a result fits. */
  readonly resultProblem: ResultProblem | null;
  /** The plan of action made on the results view (part of the result the host gets), or null. */
  readonly plan: Plan | null;
}

export const initialScanState: ScanState = {
  step: 'intro',
  answers: {},
  result: null,
  flagged: new Set<string>(),
  confirmingRestart: false,
  openTerm: null,
  announced: null,
  resultProblem: null,
  plan: null,
};

export type ScanAction =
  // The person's:
  | { type: 'go'; step: Step }
  | { type: 'answer'; statementId: string; value: AnswerValue }
  | { type: 'next' }
  | { type: 'ask-restart' }
  | { type: 'cancel-restart' }
  | { type: 'confirm-restart' }
  | { type: 'toggle-term'; key: string }
  | { type: 'resume'; answers: unknown; step: unknown; savedAt?: string; plan?: unknown }
  | { type: 'plan'; plan: Plan; change: PlanChangeKind; measureId: string }
  // The host's (fire nothing but a refusal):
  | { type: 'reset' }
  | { type: 'set-answers'; answers: unknown }
  | { type: 'set-step'; step: unknown }
  | { type: 'set-result'; result: unknown }
  | { type: 'clear-result' }
  | { type: 'set-plan'; plan: unknown }
  // New content arrived (language switch, reload, another scan):
  | { type: 'content'; previous: Content | null };

export type ScanEvent =
  | { name: 'quickscan-step'; detail: { step: Step; pillarId: string | null } }
  | { name: 'quickscan-answer'; detail: { statementId: string; pillarId: string; value: AnswerValue; answered: number; total: number } }
  | { name: 'quickscan-complete'; detail: Result }
  | { name: 'quickscan-plan'; detail: { plan: Plan; change: PlanChangeKind; measureId: string } }
  | { name: 'result-refused'; detail: ResultProblem };

/** Where focus goes once the new state is rendered (a selector in the element's shadow root). */
export type FocusTarget = '#view-heading' | 'fieldset.flagged input' | '[part~="cancel-restart-button"]' | '[part~="restart-button"]';

export interface Transition {
  readonly state: ScanState;
  /** In order; a step change's events describe the new view, so fire them after it rendered. */
  readonly events: readonly ScanEvent[];
  readonly focus?: FocusTarget;
  /** The person navigated (the pointer guard starts). */
  readonly navigated?: boolean;
  /** The person's progress changed: keep it (with `persist`). */
  readonly save?: boolean;
  /** Forget kept progress (before saving, when both are set). */
  readonly clearProgress?: boolean;
}

export interface ScanContext {
  /** Null while loading: only actions that need no content apply then. */
  readonly content: Content | null;
  /** The locale a result is scored in. */
  readonly locale: string;
  readonly now?: () => Date;
  /** Checks a result the host set (zod: loaded lazily, so the element passes it once it is there). */
  readonly checkResult?: typeof checkResult;
  /** Checks a plan the host set or that storage gave back (zod as well: passed once it is there). */
  readonly validatePlan?: typeof validatePlan;
}

/** Every statement of every pillar has an answer. */
export function isComplete(content: Content, answers: Answers): boolean {
  return content.pillars.every((p) => !firstOpenStatement(p, answers));
}

/** The furthest pillar the person may see: the first one with an open statement (or the last). */
export function reachableStep(content: Content, answers: Answers): number {
  const open = content.pillars.findIndex((p) => firstOpenStatement(p, answers));
  return open === -1 ? content.pillars.length - 1 : open;
}

/** A step that exists in this content: 'results' only when complete, a pillar only once every earlier one is answered. */
export function validStep(content: Content, answers: Answers, step: unknown): Step {
  if (step === 'results') return isComplete(content, answers) ? 'results' : reachableStep(content, answers);
  if (typeof step === 'number' && Number.isInteger(step) && step >= 0) return Math.min(step, reachableStep(content, answers));
  return 'intro';
}

function scoreAt(content: Content, ctx: ScanContext, answers: Answers, completedAt?: string): Result {
  return score(content, answers, { locale: ctx.locale, completedAt: completedAt ? new Date(completedAt) : (ctx.now?.() ?? new Date()) });
}

/** The result on show follows the answers: re-scored when complete, gone when no longer complete. */
function rescored(content: Content, ctx: ScanContext, state: ScanState): Result | null {
  return state.result && isComplete(content, state.answers) ? scoreAt(content, ctx, state.answers, state.result.completedAt) : null;
}

/** A step change the person made: clears the guard, the confirmation and the open term; announces, focuses, saves. */
function moveTo(content: Content, state: ScanState, step: Step, extra: ScanEvent[] = []): Transition {
  const pillarId = typeof step === 'number' ? content.pillars[step].id : null;
  return {
    state: { ...state, step, flagged: new Set(), confirmingRestart: false, openTerm: null, resultProblem: null, announced: step },
    events: [{ name: 'quickscan-step', detail: { step, pillarId } }, ...extra],
    focus: '#view-heading',
    navigated: true,
    save: true,
  };
}

const only = (state: ScanState): Transition => ({ state, events: [] });

function reset(state: ScanState): ScanState {
  return { ...initialScanState, openTerm: state.openTerm, announced: state.announced };
}

export function reduce(state: ScanState, action: ScanAction, ctx: ScanContext): Transition {
  // Without content only the host's reset and clearing apply; the rest waits for the content.
  if (action.type === 'reset') return { state: reset(state), events: [], clearProgress: true };
  if (action.type === 'clear-result') {
    return only({ ...state, result: null, resultProblem: null, step: state.step === 'results' ? 'intro' : state.step });
  }
  const content = ctx.content;
  if (!content) return only(state);
  switch (action.type) {
    case 'go':
      return moveTo(content, state, action.step);

    case 'answer': {
      const pillar = content.pillars.find((p) => p.statements.some((s) => s.id === action.statementId));
      const answers = { ...state.answers, [action.statementId]: action.value };
      const answered = countAnswered(content.pillars, answers);
      const detail = { statementId: action.statementId, pillarId: pillar?.id ?? '', value: action.value, answered, total: countStatements(content.pillars) };
      return { state: { ...state, answers }, events: [{ name: 'quickscan-answer', detail }], save: true };
    }

    case 'next': {
      if (typeof state.step !== 'number') return only(state);
      const pillar = content.pillars[state.step];
      if (firstOpenStatement(pillar, state.answers)) {
        const flagged = new Set(pillar.statements.filter((s) => !isAnswered(state.answers, s.id)).map((s) => s.id));
        return { state: { ...state, flagged }, events: [], focus: 'fieldset.flagged input' };
      }
      if (state.step < content.pillars.length - 1) return moveTo(content, state, state.step + 1);
      // Only reachable when earlier pillars were left open (e.g. a host restored a later step).
      if (!isComplete(content, state.answers)) return moveTo(content, state, reachableStep(content, state.answers));
      // Finishing again without a change shows the same result and tells the host nothing new.
      if (state.result && sameAnswers(answersFromList(state.result.answers), state.answers)) return moveTo(content, state, 'results');
      const result = scoreAt(content, ctx, state.answers);
      const detail = structuredClone(state.plan ? { ...result, plan: state.plan } : result);
      return moveTo(content, { ...state, result }, 'results', [{ name: 'quickscan-complete', detail }]);
    }

    case 'ask-restart':
      return { state: { ...state, confirmingRestart: true }, events: [], focus: '[part~="cancel-restart-button"]' };

    case 'cancel-restart':
      return { state: { ...state, confirmingRestart: false }, events: [], focus: '[part~="restart-button"]' };

    case 'confirm-restart':
      return { ...moveTo(content, reset(state), 'intro'), clearProgress: true };

    case 'toggle-term':
      return only({ ...state, openTerm: state.openTerm === action.key ? null : action.key });

    case 'resume': {
      const answers = sanitizeAnswers(content, action.answers);
      const step = validStep(content, answers, action.step);
      const result = step === 'results' ? scoreAt(content, ctx, answers, action.savedAt) : state.result;
      const kept = action.plan === undefined || action.plan === null || !ctx.validatePlan ? null : ctx.validatePlan(content, action.plan);
      const plan = kept?.ok ? kept.plan : state.plan;
      return moveTo(content, { ...state, answers, result, plan }, step);
    }

    case 'plan':
      return {
        state: { ...state, plan: action.plan },
        events: [{ name: 'quickscan-plan', detail: { plan: structuredClone(action.plan), change: action.change, measureId: action.measureId } }],
        save: true,
      };

    case 'set-plan': {
      if (action.plan === null || action.plan === undefined) return { state: { ...state, plan: null }, events: [], save: true };
      if (!ctx.validatePlan) return only(state);
      const checked = ctx.validatePlan(content, action.plan);
      if (!checked.ok) {
        const problem: ResultProblem = { kind: 'plan', issues: checked.issues.slice(0, 20) };
        return { state: { ...state, resultProblem: problem }, events: [{ name: 'result-refused', detail: problem }] };
      }
      return { state: { ...state, plan: checked.plan, resultProblem: null }, events: [], save: true };
    }

    case 'set-answers': {
      const next = { ...state, answers: sanitizeAnswers(content, action.answers) };
      const result = rescored(content, ctx, next);
      let step = next.step;
      if (step === 'results' && !result) step = reachableStep(content, next.answers);
      if (typeof step === 'number') step = validStep(content, next.answers, step);
      return only({ ...next, result, step });
    }

    case 'set-step': {
      const step = validStep(content, state.answers, action.step);
      const result = step === 'results' ? scoreAt(content, ctx, state.answers, state.result?.completedAt) : state.result;
      return only({ ...state, step, result });
    }

    case 'set-result': {
      if (!ctx.checkResult) return only(state);
      const checked = ctx.checkResult(content, action.result);
      // Refused: said in an event and on screen; what the person did stays as it is.
      if (!checked.ok) return { state: { ...state, resultProblem: checked.problem }, events: [{ name: 'result-refused', detail: checked.problem }] };
      const answers = sanitizeAnswers(content, answersFromList(checked.result.answers));
      const result = scoreAt(content, ctx, answers, checked.result.completedAt);
      return only({ ...state, answers, result, resultProblem: null, step: 'results', plan: checked.result.plan ?? null });
    }

    case 'content': {
      // Keep every answer that still belongs to the content: language switches and reloads lose nothing.
      const answers = sanitizeAnswers(content, state.answers);
      // Another scan altogether: a result of the previous one means nothing here.
      const other = action.previous !== null && action.previous.id !== content.id;
      let step = state.step;
      if (typeof step === 'number' && step >= content.pillars.length) step = content.pillars.length - 1;
      const result = rescored(content, ctx, { ...state, answers, result: other ? null : state.result });
      if (step === 'results' && !result) step = 'intro';
      return only({ ...state, answers, result, step, plan: other ? null : state.plan });
    }
  }
}
