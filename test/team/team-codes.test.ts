// Pasting the team's share codes in the team view (part team-code-input): codes among other chat text,
// bad checksums, codes of other content, the same code twice (counted once) and two people with the
// same answers (both counted); files keep working next to the codes.
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { encodeShareCode } from '../../src/share/share-code.js';
import type { AnswerValue } from '../../src/scoring/answers.js';
import { $$, mountScan, part, type Scan } from '../support/scan.js';
import { content, file, result, statementIds } from './support.js';
import { variant } from '../share/support.js';

const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const answers = (pick: (i: number) => AnswerValue) => Object.fromEntries(statementIds.map((id, i) => [id, pick(i)]));
const code = (pick: (i: number) => AnswerValue, nonce: number) => encodeShareCode(content, answers(pick), { nonce });

const mountTeam = (lang = 'nl') => mountScan(html`<sociale-veiligheid-quickscan mode="team" lang=${lang}></sociale-veiligheid-quickscan>`);

async function until(el: Scan, condition: () => boolean, what: string) {
  for (let i = 0; i < 200 && !condition(); i++) {
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(condition(), `waited in vain: ${what}`).to.equal(true);
}

/** A paste: the text lands in the textarea at once, with one input event. */
function paste(el: Scan, value: string) {
  const area = part(el, 'team-code-input') as HTMLTextAreaElement;
  area.value = value;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
}

describe('share codes in the team view', () => {
  it('finds every code in typed chat text, counts the same code once and two people with the same answers twice', async () => {
    const el = await mountTeam();
    await until(el, () => $$(el, '[part~="team-code-input"]').length === 1, 'code input');
    const anna = code((i) => (i % 5) + 1, 11);
    const bert = code(() => 4, 22);
    const cees = code(() => 4, 33); // Bert's answers, another person
    const chat = `Anna: ${anna}\nBert: hier is de mijne ${bert}.\nCees: (${cees}) en Anna nog een keer: ${anna.toLowerCase()}`;
    const summary = oneEvent(el, 'quickscan-team-summary');
    (part(el, 'team-code-input') as HTMLTextAreaElement).focus();
    await sendKeys({ type: chat });
    const detail = (await summary).detail;
    expect(detail.respondents).to.equal(3);
    await until(el, () => text(part(el, 'team')).includes('3 uitkomsten tellen mee'), 'three counted');
    expect(text(part(el, 'team'))).to.contain('4 van 4 codes gelezen.');
    expect(text(part(el, 'team'))).to.contain('1 uitkomst kwam dubbel voor en telt één keer mee.');
    expect($$(el, '[part~="team-pillar"]')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('lists bad checksums, codes of other content and broken codes with the reason, and counts the rest', async () => {
    const el = await mountTeam();
    await until(el, () => $$(el, '[part~="team-code-input"]').length === 1, 'code input');
    const good = [1, 2, 3].map((v) => code(() => v, v));
    const typo = good[0].slice(0, 10) + (good[0][10] === 'A' ? 'B' : 'A') + good[0].slice(11);
    const other = encodeShareCode(variant(content, (c) => (c.version = 'anders')), answers(() => 2), { nonce: 5 });
    paste(el, `${good.join(' ')}\n${typo}\n${other}\nSVQ1-KORT`);
    await until(el, () => text(part(el, 'team')).includes('3 uitkomsten tellen mee'), 'three counted');
    const refused = $$(el, '.code-zone [part~="team-rejected"] li').map(text);
    expect(refused).to.deep.equal([
      `${typo}: de code klopt niet: een typefout, of er ontbreekt een stuk`,
      `${other}: de code hoort bij een andere quickscan of een andere versie`,
      'SVQ1-KORT: dit is geen geldige deelcode',
    ]);
    expect(text(part(el, 'team'))).to.contain('3 van 6 codes gelezen.');
    await expect(el).to.be.accessible();
  });

  it('keeps files working next to the codes, and forgets codes that are deleted from the text', async () => {
    const el = await mountTeam();
    await until(el, () => $$(el, '[part~="team-code-input"]').length === 1, 'code input');
    paste(el, `${code(() => 1, 1)} ${code(() => 2, 2)}`);
    const input = part(el, 'team-file-input') as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(file(result(5, 1), 'dirk.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(el, () => text(part(el, 'team')).includes('3 uitkomsten tellen mee'), 'codes and file');
    paste(el, 'niets meer');
    await until(el, () => text(part(el, 'team')).includes('1 uitkomst telt mee'), 'only the file');
    expect(text(part(el, 'team'))).to.contain('Geen codes gevonden.');
  });

  it('speaks English with lang="en"', async () => {
    const el = await mountTeam('en');
    await until(el, () => $$(el, '[part~="team-code-input"]').length === 1, 'code input');
    paste(el, `${code(() => 1, 1)} SVQ1-0000000000000000000`);
    await until(el, () => text(part(el, 'team')).includes('1 of 2 codes read.'), 'English status');
    expect(text(el.shadowRoot!.querySelector('sociale-veiligheid-quickscan-team')!.shadowRoot!.querySelector('label[for="team-codes"]'))).to.match(/^Or paste/);
    await expect(el).to.be.accessible();
  });

  it('fits 320 px without horizontal scrolling, with refused codes listed, in the dark', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mountScan(html`<sociale-veiligheid-quickscan mode="team" theme="dark"></sociale-veiligheid-quickscan>`);
      await until(el, () => $$(el, '[part~="team-code-input"]').length === 1, 'code input');
      const good = code(() => 3, 9);
      paste(el, `${good} ${good.slice(0, -1)}X SVQ1-${'Z'.repeat(60)}`);
      await until(el, () => $$(el, '.code-zone [part~="team-rejected"] li').length === 2, 'two refused');
      const team = el.shadowRoot!.querySelector('sociale-veiligheid-quickscan-team')!;
      expect(team.shadowRoot!.querySelector('[part~="team"]')!.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
