// The intro view: title, the source's introduction, how the scan works, and the start button.
import { html } from 'lit';
import { contentLang, msg, str } from '../../localization.js';
import { contentDir } from '../../internal/lang.js';
import type { Content } from '../../content/schema.js';
import { countStatements } from '../../scoring/answers.js';
import { isOne } from '../../internal/format.js';

export interface IntroModel {
  content: Content;
  locale: string;
  /** Answers exist already (the person went back to the start). */
  resuming: boolean;
  /** With `persist`, rendered by the persistence chunk: the offer to continue progress saved on this device earlier. */
  offer: unknown;
  /** With `persist`, rendered by the persistence chunk: the browser refused storage (progress lives only while the page is open). */
  storageNotice: unknown;
}

export interface IntroActions {
  start(): void;
}

export function renderIntro(model: IntroModel, actions: IntroActions) {
  const { content, locale } = model;
  const total = countStatements(content.pillars);
  const pillars = content.pillars.length;
  const statementsText = isOne(locale, total) ? msg(str`${total} stelling`) : msg(str`${total} stellingen`);
  const pillarsText = isOne(locale, pillars) ? msg(str`${pillars} pijler`) : msg(str`${pillars} pijlers`);
  const unknown = content.scale.unknown?.label;
  const first = content.scale.options[0].label;
  const last = content.scale.options[content.scale.options.length - 1].label;
  return html`
    <section class="view intro" part="intro" aria-labelledby="view-heading">
      <h2 id="view-heading" class="view-heading" tabindex="-1" lang=${contentLang()} dir=${contentDir(content)}>${content.title}</h2>
      ${(content.intro ?? []).map((p) => html`<p lang=${contentLang()} dir=${contentDir(content)}>${p}</p>`)}
      <h3>${msg('Zo werkt het')}</h3>
      <ul class="how">
        <li>${msg(str`Je beoordeelt ${statementsText}, verdeeld over ${pillarsText}.`)}</li>
        <li>${msg(str`Kies bij elke stelling een antwoord van „${first}” tot „${last}”.`)}</li>
        ${unknown ? html`<li>${msg(str`Weet je het niet? Kies „${unknown}”; dat telt niet mee in de score.`)}</li>` : null}
        <li>${msg('Je kunt altijd terug om een antwoord te veranderen.')}</li>
        <li>${msg('Aan het eind zie je per pijler waar je organisatie staat, met tips en tools.')}</li>
      </ul>
      <ol class="pillar-overview" aria-label=${msg('Pijlers')} dir=${contentDir(content)}>
        ${content.pillars.map((p) => html`<li lang=${contentLang()}>${p.title}</li>`)}
      </ol>
      ${model.storageNotice}
      ${model.offer
        ? model.offer
        : html`<div class="actions">
            <button type="button" class="primary" part="start-button" @click=${actions.start}>
              ${model.resuming ? msg('Verder met de scan') : msg('Start de quickscan')}
            </button>
          </div>`}
    </section>
  `;
}
