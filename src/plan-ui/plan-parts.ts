// What the plan view's parents (the results view, the team view) need without loading it: the parts
// they pass on and the detail of the view's change event.
import type { PlanChangeKind } from '../events.js';
import type { Plan } from '../plan/plan-schema.js';

/** The parts the scan element passes on (exportparts). */
export const PLAN_PARTS = [
  'plan', 'plan-pillar', 'measure', 'measure-text', 'measure-owner', 'measure-due', 'measure-status',
  'add-measure-button', 'suggest-measure-button', 'remove-measure-button', 'plan-download-button',
].join(', ');

export interface PlanChangeDetail {
  plan: Plan;
  change: PlanChangeKind;
  measureId: string;
}

/** A field of one measure in the plan view's shadow root (for focus after a change, and for tests). */
export function measureSelector(id: string, inner: string): string {
  return `[data-measure="${id}"] ${inner}`;
}
