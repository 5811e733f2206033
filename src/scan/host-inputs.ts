// What the host set (answers, step, result, plan) before the content it belongs to is there: kept until the
// element applies it, in this order, through the scan's reducer. Pure: no DOM, no lit.
import type { Step } from '../internal/step.js';
import { reduce, type ScanAction, type ScanContext, type ScanState } from './scan-state.js';

export class HostInputs {
  answers: unknown = null;
  step?: Step;
  result: unknown = null;
  /** A plan the host set (undefined: none pending; null: no plan). */
  plan: unknown = undefined;

  clear(): void {
    this.answers = this.result = null;
    this.step = this.plan = undefined;
  }

  /** The actions that apply what is pending (answers, then step, then result); forgets it. */
  take(): ScanAction[] {
    const actions: ScanAction[] = [];
    if (this.answers !== null) actions.push({ type: 'set-answers', answers: this.answers });
    if (this.step !== undefined) actions.push({ type: 'set-step', step: this.step });
    if (this.result !== null) actions.push({ type: 'set-result', result: this.result });
    if (this.plan !== undefined) actions.push({ type: 'set-plan', plan: this.plan });
    this.clear();
    return actions;
  }

  /** The state once the pending answers and step are applied (what the getters return before the update). */
  preview(state: ScanState, ctx: ScanContext): ScanState {
    if (this.answers !== null) state = reduce(state, { type: 'set-answers', answers: this.answers }, ctx).state;
    if (this.step !== undefined) state = reduce(state, { type: 'set-step', step: this.step }, ctx).state;
    return state;
  }
}
