import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { $, $$, completeScan, focused, mountScan, part, settle, start, statements, type Scan } from '../support/scan.js';

/** A readable name for a node: a failed assertion on a DOM node itself cannot be reported by the runner. */
function who(node: Element | null): string {
  if (!node) return 'nothing';
  const part = node.getAttribute('part');
  return `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${part ? `[part=${part}]` : ''}`;
}

async function openRestart(el: Scan) {
  part(el, 'restart-button').click();
  await settle(el);
  expect(part(el, 'confirm').getAttribute('role')).to.equal('alertdialog');
}

async function openTerm(el: Scan, statement: number, text: string) {
  const button = [...statements(el)[statement].querySelectorAll<HTMLElement>('[part~="term"]')].find((b) => b.textContent!.trim() === text)!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  return { button, definition: $(el, `#${button.getAttribute('aria-controls')}`) };
}

describe('keyboard: Escape and focus', () => {
  afterEach(() => resetMouse());

  it('Escape closes the start-over confirmation from either of its buttons and returns focus to "Opnieuw beginnen"', async () => {
    const el = await mountScan();
    await completeScan(el, () => 4);
    const answers = el.answers;
    await openRestart(el);
    expect(who(focused(el))).to.equal(who(part(el, 'cancel-restart-button')));
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(who(el.shadowRoot!.querySelector('[part~="confirm"]'))).to.equal('nothing');
    expect(who(focused(el))).to.equal(who(part(el, 'restart-button')));
    // Again, with focus on the destructive button: Escape cancels, never confirms.
    await openRestart(el);
    part(el, 'confirm-restart-button').focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(who(el.shadowRoot!.querySelector('[part~="confirm"]'))).to.equal('nothing');
    expect(who(focused(el))).to.equal(who(part(el, 'restart-button')));
    expect(el.step).to.equal('results');
    expect(el.answers).to.deep.equal(answers);
    await expect(el).to.be.accessible();
  });

  it('Escape inside an open definition closes it and returns focus to its term', async () => {
    const el = await mountScan();
    await start(el);
    const { button, definition } = await openTerm(el, 1, 'normen en waarden');
    definition.focus();
    expect(who(focused(el))).to.equal(who(definition));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.hidden).to.equal(true);
    expect(who(focused(el))).to.equal(who(button));
  });

  it('a definition closes when Tab moves focus out of it, and stays open while focus moves within it', async () => {
    const el = await mountScan();
    await start(el);
    const { button, definition } = await openTerm(el, 1, 'normen en waarden');
    // From the term into its own definition: still open.
    definition.focus();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    button.focus();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // Tab goes on to the next term: the first closes.
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(focused(el) === button, 'focus left the term').to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.hidden).to.equal(true);
    expect(el.answers).to.deep.equal({});
  });

  it('clicking an option below an open definition closes it and still chooses the option under the pointer', async () => {
    const el = await mountScan();
    await start(el);
    const { button } = await openTerm(el, 1, 'normen en waarden');
    // A person reads before answering: wait out the double-click guard that follows every navigation
    // (pointer clicks on options within 500 ms of "start" are ignored on purpose, see doubleclick.test.ts).
    await new Promise((r) => setTimeout(r, 600));
    const label = [...statements(el)[1].querySelectorAll('label')].find((l) => l.textContent!.trim() === 'Eens')!;
    label.scrollIntoView({ block: 'center' });
    const r = label.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.answers).to.deep.equal({ 'p1-s2': 4 });
  });

  it('Escape on a closed term or in a statement does nothing', async () => {
    const el = await mountScan();
    await start(el);
    const button = $$(el, '[part~="term"]')[0];
    button.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(who(focused(el))).to.equal(who(button));
  });
});
