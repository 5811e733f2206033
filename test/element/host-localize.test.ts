// A host app that uses @lit/localize for itself must keep working, and so must the element.
import { expect } from '@open-wc/testing';
import { configureLocalization, msg as hostMsg } from '@lit/localize';
import { html } from 'lit';
import { mountScan, part } from '../support/scan.js';

describe('next to a host app that configures @lit/localize itself', () => {
  it('lets the host configure its own localization and still renders in the element\'s language', async () => {
    const { setLocale, getLocale } = configureLocalization({
      sourceLocale: 'de',
      targetLocales: ['fr'],
      loadLocale: async () => ({ templates: { hostgreeting: 'Bonjour' } }),
    });
    await setLocale('fr');
    expect(getLocale()).to.equal('fr');
    expect(hostMsg('Hallo', { id: 'hostgreeting' })).to.equal('Bonjour');
    const en = await mountScan(html`<sociale-veiligheid-quickscan lang="en"></sociale-veiligheid-quickscan>`);
    expect(part(en, 'start-button').textContent!.trim()).to.equal('Start the quickscan');
    const nl = await mountScan(html`<sociale-veiligheid-quickscan lang="nl"></sociale-veiligheid-quickscan>`);
    expect(part(nl, 'start-button').textContent!.trim()).to.equal('Start de quickscan');
    expect(hostMsg('Hallo', { id: 'hostgreeting' }), 'the host keeps its own strings').to.equal('Bonjour');
  });
});
