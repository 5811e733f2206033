// Helpers for the plan view tests: reach <svq-plan> inside the scan, act as a person, record events.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { QuickscanPlanDetail } from '../../src/events.js';
import { completeScan, mountScan, settle, viewRoot, type Scan } from '../support/scan.js';

/** The plan element once it is loaded and rendered. */
export async function planRoot(el: Scan): Promise<ShadowRoot> {
  await customElements.whenDefined('svq-plan');
  const plan = viewRoot(el).querySelector('svq-plan') as (HTMLElement & { updateComplete: Promise<boolean> }) | null;
  expect(plan, 'the results view renders <svq-plan>').to.exist;
  await plan!.updateComplete;
  return plan!.shadowRoot!;
}

/** Waits for the scan and the plan to apply a change (and the focus moves after it). */
export async function planSettle(el: Scan): Promise<ShadowRoot> {
  await settle(el);
  const root = await planRoot(el);
  await (root.host as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  return root;
}

export function inPlan<T extends HTMLElement = HTMLElement>(root: ShadowRoot, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`not found in the plan: ${selector}`);
  return found;
}

export function allInPlan<T extends HTMLElement = HTMLElement>(root: ShadowRoot, selector: string): T[] {
  return [...root.querySelectorAll<T>(selector)];
}

export function pillarOf(root: ShadowRoot, pillarId: string): HTMLDetailsElement {
  return inPlan<HTMLDetailsElement>(root, `[part~="plan-pillar"][data-pillar="${pillarId}"]`);
}

/** Records every `quickscan-plan` event's detail. */
export function recordPlanEvents(el: Scan): QuickscanPlanDetail[] {
  const seen: QuickscanPlanDetail[] = [];
  el.addEventListener('quickscan-plan', (e) => seen.push(e.detail));
  return seen;
}

/** A scan at its results: pillar 1 low (a priority), the others high. */
export async function scanAtResults(template?: Parameters<typeof mountScan>[0]): Promise<Scan> {
  const el = await mountScan(template);
  await completeScan(el, (id, i) => (id.startsWith('p1-') ? (i % 2 ? 2 : 1) : 5));
  await planRoot(el);
  return el;
}

/** Focuses a field and types into it, then leaves it with Tab (what commits it). */
export async function typeInto(field: HTMLElement, text: string, options: { clear?: boolean } = {}) {
  field.focus();
  if (options.clear) {
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ press: 'Backspace' });
  }
  await sendKeys({ type: text });
}
