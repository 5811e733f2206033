// Test helpers that act as a person would on <sociale-veiligheid-quickscan>: click, choose, go on.
import { fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/sociale-veiligheid-quickscan.js';
import type { QuickscanElement } from '../../src/element/quickscan-element.js';

export type Scan = QuickscanElement;

/** The shadow root a person sees: in mode="team" that of the team element inside. */
export function viewRoot(el: Element): ShadowRoot {
  const team = el.shadowRoot!.querySelector('sociale-veiligheid-quickscan-team');
  return team?.shadowRoot ?? el.shadowRoot!;
}

export function $(el: Scan, selector: string): HTMLElement {
  const found = viewRoot(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`not found in shadow root: ${selector}`);
  return found;
}

export function $$(el: Scan, selector: string): HTMLElement[] {
  return [...viewRoot(el).querySelectorAll<HTMLElement>(selector)];
}

export function part(el: Scan, name: string): HTMLElement {
  return $(el, `[part~="${name}"]`);
}

/** A scan with the built-in content, rendered and ready. */
export async function mountScan(template = html`<sociale-veiligheid-quickscan></sociale-veiligheid-quickscan>`): Promise<Scan> {
  const el = await fixture<Scan>(template);
  await el.updateComplete;
  return el;
}

export async function start(el: Scan) {
  part(el, 'start-button').click();
  await el.updateComplete;
  await settle(el);
}

/** Waits for the element's update and the focus move after it. */
export async function settle(el: Scan) {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
}

export function statements(el: Scan): HTMLFieldSetElement[] {
  return $$(el, 'fieldset[part~="statement"]') as HTMLFieldSetElement[];
}

/** Clicks the option with this value ("unknown" for "Weet ik niet") in a statement fieldset. */
export function choose(fieldset: HTMLFieldSetElement, value: number | 'unknown') {
  const input = fieldset.querySelector<HTMLInputElement>(`input[type=radio][value="${value}"]`);
  if (!input) throw new Error(`no option ${value} in ${fieldset.dataset.statement}`);
  (input.closest('label') as HTMLLabelElement).click();
}

/** Answers every statement of the current step with `pick(statementId, index)`, then presses "next". */
export async function answerStep(el: Scan, pick: (id: string, i: number) => number | 'unknown') {
  statements(el).forEach((f, i) => choose(f, pick(f.dataset.statement!, i)));
  await el.updateComplete;
}

export async function next(el: Scan) {
  part(el, 'next-button').click();
  await settle(el);
}

/** Runs the whole scan with one value per statement; resolves with the complete event's result. */
export async function completeScan(el: Scan, pick: (id: string, i: number) => number | 'unknown' = () => 4) {
  await start(el);
  const steps = el.loadedContent!.pillars.length;
  let completed: Promise<CustomEvent> | undefined;
  for (let s = 0; s < steps; s++) {
    await answerStep(el, pick);
    if (s === steps - 1) completed = oneEvent(el, 'quickscan-complete') as Promise<CustomEvent>;
    await next(el);
  }
  return (await completed!).detail;
}

/** The element's focused node inside its shadow root. */
export function focused(el: Scan): Element | null {
  return viewRoot(el).activeElement;
}
