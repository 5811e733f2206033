import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { $, $$, answerStep, completeScan, focused, mountScan, next, part, settle, start, statements, type Scan } from '../support/scan.js';
import { emulateFeatures, resetFeatures } from '../support/media.js';

/** Every view a person can meet: intro, each step, the "next" guard, results with glossary open, error. */
async function eachView(el: Scan, check: (name: string) => Promise<void>) {
  await check('intro');
  await start(el);
  for (let step = 0; step < 4; step++) {
    if (step === 0) {
      await next(el); // the guard message
      await check('step 1 with the "next" guard message');
      $$(el, '.term-button')[0].click();
      await el.updateComplete;
      await check('step 1 with a glossary term open');
    }
    await answerStep(el, () => 4);
    if (step === 0) await check('step 1 with every statement answered');
    await next(el);
    if (step < 3) await check(`step ${step + 2}`);
  }
  $$(el, '[part~="glossary"] details').forEach((d) => ((d as HTMLDetailsElement).open = true));
  ($(el, 'details.table-alternative') as HTMLDetailsElement).open = true;
  await el.updateComplete;
  await check('results with the glossary and table open');
  part(el, 'restart-button').click();
  await settle(el);
  await check('start-over confirmation');
}


/** WCAG contrast ratio of two computed colours (rgb/rgba strings; alpha ignored). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
      const x = v / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [l1, l2] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

function noHorizontalOverflow(el: Scan, name: string) {
  const doc = document.documentElement;
  expect(doc.scrollWidth, `${name}: page scrolls sideways`).to.be.at.most(doc.clientWidth);
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    const r = node.getBoundingClientRect();
    if (r.width && r.right > doc.clientWidth + 1 && !node.closest('.table-scroll')) {
      throw new Error(`${name}: ${node.tagName}.${node.className} sticks out (${Math.round(r.right)} > ${doc.clientWidth})`);
    }
  }
}

describe('accessibility (WCAG 2.2 AA)', () => {
  afterEach(async () => {
    await resetFeatures();
    await setViewport({ width: 800, height: 600 });
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in any view, ${scheme} scheme`, async () => {
      // Chromium emulates prefers-color-scheme; Firefox under WebDriver BiDi cannot, so there the same
      // palette is forced with the theme attribute (the colours are checked either way).
      const emulated = await emulateFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      if (emulated) expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches).to.equal(true);
      const el = emulated ? await mountScan() : await mountScan(html`<sociale-veiligheid-quickscan theme=${scheme}></sociale-veiligheid-quickscan>`);
      expect(getComputedStyle(part(el, 'base')).color).to.equal(scheme === 'dark' ? 'rgb(232, 236, 241)' : 'rgb(29, 36, 48)');
      const seen: string[] = [];
      await eachView(el, async (name) => {
        seen.push(name);
        await expect(el, name).to.be.accessible();
      });
      expect(seen).to.have.length(9);
    });
  }

  it('has no axe violations with the dark theme forced by the host (theme="dark") and in the error view', async () => {
    const el = await mountScan(html`<sociale-veiligheid-quickscan theme="dark"></sociale-veiligheid-quickscan>`);
    expect(getComputedStyle(part(el, 'base')).color).to.equal('rgb(232, 236, 241)');
    await eachView(el, async (name) => expect(el, name).to.be.accessible());
    const broken = await fixture<Scan>(html`<sociale-veiligheid-quickscan theme="dark" .content=${{ id: 'x' }}></sociale-veiligheid-quickscan>`);
    expect(part(broken, 'error')).to.exist;
    await expect(broken).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`keeps UI parts at ≥ 3:1 against their background (${theme}): option borders, radios, focus ring, bars`, async () => {
      const el = await mountScan(html`<sociale-veiligheid-quickscan theme=${theme}></sociale-veiligheid-quickscan>`);
      await start(el);
      const option = $(el, 'label.option');
      const fieldset = statements(el)[0];
      const optionBg = getComputedStyle(option).backgroundColor;
      const fieldsetBg = getComputedStyle(fieldset).backgroundColor;
      const border = getComputedStyle(option).borderTopColor;
      expect(contrast(border, optionBg), 'option border vs option').to.be.at.least(3);
      expect(contrast(border, fieldsetBg), 'option border vs statement card').to.be.at.least(3);
      expect(contrast(getComputedStyle(fieldset).borderTopColor, getComputedStyle(el).backgroundColor), 'card border').to.be.at.least(3);
      const radio = option.querySelector('input')!;
      expect(contrast(getComputedStyle(radio).accentColor, optionBg), 'radio accent').to.be.at.least(3);
      radio.focus();
      await sendKeys({ press: 'ArrowRight' });
      const focusedLabel = focused(el)!.closest('label')!;
      expect(contrast(getComputedStyle(focusedLabel).outlineColor, fieldsetBg), 'focus ring').to.be.at.least(3);
    });
  }

  it('announces step changes in a polite live region and validation in an alert', async () => {
    const el = await mountScan();
    const status = $(el, '[role="status"][aria-live="polite"]');
    await start(el);
    expect(status.textContent!.trim()).to.equal('Stap 1 van 4: Sociaal en psychologisch veilig werken');
    await next(el);
    expect(part(el, 'guard').getAttribute('role')).to.equal('alert');
    expect(part(el, 'guard').textContent).to.contain('Er zijn nog 6 stellingen open');
    await answerStep(el, () => 3);
    await next(el);
    expect(status.textContent!.trim()).to.equal('Stap 2 van 4: Risico’s en preventie');
  });

  it('gives every answer option a target of at least 24 × 24 px, also at 320 px wide', async () => {
    for (const width of [1280, 320]) {
      await setViewport({ width, height: 800 });
      const el = await mountScan();
      await start(el);
      for (const label of $$(el, 'label.option')) {
        const r = label.getBoundingClientRect();
        expect(r.height, `height at ${width}`).to.be.at.least(24);
        expect(r.width, `width at ${width}`).to.be.at.least(24);
      }
    }
  });

  it('shows a visible focus indicator on buttons, options and terms', async () => {
    const el = await mountScan();
    await start(el);
    await sendKeys({ press: 'Tab' });
    const first = focused(el) as HTMLElement;
    expect(getComputedStyle(first).outlineStyle).to.not.equal('none');
    const radio = statements(el)[0].querySelector('input')!;
    radio.focus();
    await sendKeys({ press: 'ArrowRight' });
    const label = focused(el)!.closest('label')!;
    expect(getComputedStyle(label).outlineStyle).to.equal('solid');
  });

  it('reflows at 320 CSS px without horizontal scrolling, in every view', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await mountScan();
    await eachView(el, async (name) => noHorizontalOverflow(el, name));
  });

  it('survives 200% text size without horizontal scrolling (640 px wide)', async () => {
    await setViewport({ width: 640, height: 800 });
    const wrap = await fixture<HTMLDivElement>(html`<div style="font-size: 200%"><sociale-veiligheid-quickscan></sociale-veiligheid-quickscan></div>`);
    const el = wrap.querySelector('sociale-veiligheid-quickscan') as Scan;
    await el.updateComplete;
    await eachView(el, async (name) => noHorizontalOverflow(el, name));
  });

  it('adapts its layout to its own width (container queries), not the window', async () => {
    await setViewport({ width: 1280, height: 800 });
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="width: 900px"><sociale-veiligheid-quickscan id="wide"></sociale-veiligheid-quickscan></div>
      <div style="width: 360px"><sociale-veiligheid-quickscan id="narrow"></sociale-veiligheid-quickscan></div>
    </div>`);
    const [wide, narrow] = [...wrap.querySelectorAll('sociale-veiligheid-quickscan')] as Scan[];
    await wide.updateComplete;
    await start(wide);
    await start(narrow);
    const columns = (el: Scan) => getComputedStyle(statements(el)[0].querySelector('.options')!).gridTemplateColumns.split(' ').length;
    expect(columns(wide)).to.equal(5);
    expect(columns(narrow)).to.equal(1);
  });

  it('respects prefers-reduced-motion', async () => {
    const emulated = await emulateFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const el = await mountScan();
    await start(el);
    if (!emulated) {
      // Firefox under WebDriver BiDi cannot emulate it: check the rule instead.
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const reduce = rules.find((r) => r instanceof CSSMediaRule && r.conditionText.includes('prefers-reduced-motion: reduce')) as CSSMediaRule;
      expect(reduce.cssText).to.match(/\.meter rect[^}]*transition: none/);
      return;
    }
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(getComputedStyle($(el, '.meter rect')).transitionDuration).to.equal('0s');
  });

  it('respects forced colors: bars and the progress keep a visible system colour', async () => {
    const el = await mountScan();
    await completeScan(el, () => 3);
    const supported = await emulateFeatures([{ name: 'forced-colors', value: 'active' }]);
    if (!supported) {
      // Firefox cannot emulate forced colours through the test runner; the rule must at least exist.
      const css = el.shadowRoot!.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('');
      expect(css).to.contain('forced-colors: active');
      return;
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const bar = $(el, '.bar span');
    expect(getComputedStyle(bar).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle(bar).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    await expect(el).to.be.accessible();
    // The progress bar of a step: filled with the system text colour, as wide as the share answered.
    const scan = await mountScan();
    await start(scan);
    await answerStep(scan, () => 2);
    const meter = $(scan, '.meter');
    const filled = $(scan, '.meter rect');
    expect(getComputedStyle(filled).fill).to.not.match(/none|rgba\(0, 0, 0, 0\)/);
    // (after the bar's 0.2 s transition)
    await new Promise((r) => setTimeout(r, 400));
    const share = filled.getBoundingClientRect().width / meter.clientWidth;
    expect(share).to.be.closeTo(6 / 18, 0.05);
  });

  it('has a sensible heading outline: one h2 per view, then h3, h4, h5 without skipping', async () => {
    const el = await mountScan();
    await completeScan(el);
    const levels = $$(el, 'h2, h3, h4, h5').map((h) => Number(h.tagName[1]));
    expect(levels[0]).to.equal(2);
    expect(levels.filter((l) => l === 2)).to.have.length(1);
    levels.forEach((l, i) => i && expect(l - levels[i - 1], `heading ${i}`).to.be.at.most(1));
  });
});

describe('glossary in context', () => {
  it('marks glossary terms in statements and opens the definition by mouse', async () => {
    const el = await mountScan();
    await start(el);
    const terms = $$(el, '[part~="term"]').map((b) => b.textContent!.trim().toLowerCase());
    expect(terms).to.include.members(['gedragscode', 'normen en waarden', 'psychologisch veilig', 'gewenste omgang', 'grensoverschrijdende omgang']);
    const button = $$(el, '[part~="term"]').find((b) => b.textContent!.trim() === 'gedragscode')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const definition = $(el, `#${button.getAttribute('aria-controls')}`);
    expect(definition.hidden).to.equal(false);
    expect(definition.textContent).to.contain('Een gedragscode bestaat uit concrete gedragsregels');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(definition.hidden).to.equal(true);
  });

  it('opens with Enter and closes with Escape from the keyboard', async () => {
    const el = await mountScan();
    await start(el);
    const button = $$(el, '[part~="term"]')[0];
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(button);
  });

  it('opening a term does not answer or change the statement', async () => {
    const el = await mountScan();
    await start(el);
    const fieldset = statements(el)[1];
    (fieldset.querySelector('[part~="term"]') as HTMLElement).click();
    await el.updateComplete;
    expect(el.answers).to.deep.equal({});
  });
});
