// One step of the scan: a pillar with each statement as a native radio group in a fieldset.
import { html, nothing } from 'lit';
import { contentLang, msg, str } from '../../localization.js';
import { contentDir } from '../../internal/lang.js';
import type { Content, Pillar, Statement } from '../../content/schema.js';
import { type Answers, type AnswerValue, isAnswered } from '../../scoring/answers.js';
import { renderText } from './text.js';
import type { TermIndex } from '../../content/terms.js';

export interface StepModel {
  content: Content;
  pillar: Pillar;
  index: number;
  answers: Answers;
  /** Statement ids the "next" guard flagged as still open. */
  flagged: ReadonlySet<string>;
  guardMessage: string;
  answered: number;
  total: number;
  /** Steps up to and including this index can be jumped to. */
  reachable: number;
  terms: TermIndex;
  openTerm: string | null;
  idPrefix: string;
  /**
   * Rendered ahead, unseen, while the intro shows (see the element's step host, which is hidden from
   * assistive technology and the pointer then): the heading has no id yet, so the intro's heading stays
   * the only `#view-heading`, and every control is out of the tab order. Showing it changes only these
   * attributes: no style of the step's elements changes, so the browser restyles none of them.
   */
  ahead?: boolean;
}

export interface StepActions {
  answer(statement: Statement, value: AnswerValue): void;
  next(): void;
  back(): void;
  goTo(index: number): void;
  toggleTerm(key: string): void;
}

/** Ahead (see StepModel.ahead), every control is out of the tab order. */
const tabIndex = (model: StepModel) => (model.ahead ? '-1' : nothing);

function statementNumber(pillar: Pillar, index: number, s: number) {
  return `${pillar.number ?? index + 1}.${s + 1}`;
}

export function renderProgress(model: StepModel, actions: StepActions) {
  const { content, index, answered, total, reachable } = model;
  const steps = content.pillars.length;
  const tab = tabIndex(model);
  return html`
    <nav class="progress" part="progress" aria-label=${msg('Voortgang')}>
      <p class="progress-text">
        <span>${msg(str`Stap ${index + 1} van ${steps}`)}</span>
        <span aria-hidden="true"> · </span>
        <span>${msg(str`${answered} van ${total} stellingen beantwoord`)}</span>
      </p>
      <svg class="meter" aria-hidden="true" focusable="false"><rect height="100%" width="${total ? (100 * answered) / total : 0}%"></rect></svg>
      <ol class="stepper">
        ${content.pillars.map((p, i) => {
          const current = i === index;
          const done = p.statements.every((s) => isAnswered(model.answers, s.id));
          return html`<li>
            <button
              type="button"
              class="stepper-item ${done ? 'done' : ''}"
              part="stepper-item"
              aria-current=${current ? 'step' : nothing}
              tabindex=${tab}
              ?disabled=${i > reachable}
              @click=${() => actions.goTo(i)}
            >
              <span class="stepper-number">${i + 1}</span>
              <span class="stepper-title" lang=${contentLang()} dir=${contentDir(content)}>${p.title}</span>
              ${done ? html`<span class="visually-hidden">${msg('(klaar)')}</span>` : nothing}
            </button>
          </li>`;
        })}
      </ol>
    </nav>
  `;
}

function renderStatement(model: StepModel, actions: StepActions, statement: Statement, s: number) {
  const { content, pillar, index, answers, idPrefix } = model;
  const name = `${idPrefix}-${statement.id}`;
  const current = answers[statement.id];
  const answered = isAnswered(answers, statement.id);
  const flagged = model.flagged.has(statement.id) && !answered;
  const legendId = `${name}-legend`;
  const hintId = `${name}-hint`;
  // Definitions of marked terms go after the legend: inside it they would become the group's name.
  const text = renderText(statement.text, model.terms, model.openTerm, `${name}-t`, actions.toggleTerm, contentDir(content), model.ahead);
  const tab = tabIndex(model);
  // The chosen option is marked with a class rather than a :has() selector, which would make the
  // browser re-check every option's style on each change. The inputs are reused from pillar to pillar:
  // `checked` is set before `name` (lit commits in this order), so a radio is checked or cleared in its old
  // group and never joins its new group checked next to another checked one (the browser would clear one).
  const option = (value: AnswerValue, label: string, extra = '') => html`
    <label class="option ${extra} ${answered && current === value ? 'checked' : ''}" part="option">
      <input
        type="radio"
        tabindex=${tab}
        .checked=${answered && current === value}
        name=${name}
        .value=${value === null ? 'unknown' : String(value)}
        @change=${() => actions.answer(statement, value)}
      />
      <span lang=${contentLang()} dir=${contentDir(content)}>${label}</span>
    </label>
  `;
  return html`
    <fieldset
      class="statement ${flagged ? 'flagged' : ''}"
      part="statement"
      data-statement=${statement.id}
      aria-describedby=${flagged ? hintId : nothing}
    >
      <legend id=${legendId}>
        <span class="statement-number">${statementNumber(pillar, index, s)}</span>
        <span class="statement-text" lang=${contentLang()} dir=${contentDir(content)}>${text.text}</span>
      </legend>
      ${text.definitions}
      ${flagged ? html`<p class="hint" id=${hintId}>${msg('Nog niet beantwoord')}</p>` : nothing}
      <div class="options">
        ${content.scale.options.map((o) => option(o.value, o.label))}
      </div>
      ${content.scale.unknown ? html`<div class="options unknown">${option(null, content.scale.unknown.label, 'unknown')}</div>` : nothing}
    </fieldset>
  `;
}

export function renderStep(model: StepModel, actions: StepActions) {
  const { content, pillar, index } = model;
  const last = index === content.pillars.length - 1;
  const description = pillar.description
    ? renderText(pillar.description, model.terms, model.openTerm, `${model.idPrefix}-d${index}`, actions.toggleTerm, contentDir(content), model.ahead)
    : null;
  const tab = tabIndex(model);
  return html`
    <section class="view step" part="step" aria-labelledby=${model.ahead ? nothing : 'view-heading'}>
      ${renderProgress(model, actions)}
      <h2 id=${model.ahead ? nothing : 'view-heading'} class="view-heading" tabindex="-1">
        <span class="eyebrow">${msg(str`Pijler ${pillar.number ?? index + 1}`)}</span>
        <span lang=${contentLang()} dir=${contentDir(content)}>${pillar.title}</span>
      </h2>
      ${description
        ? html`<p class="description" lang=${contentLang()} dir=${contentDir(content)}>${description.text}</p>${description.definitions}`
        : nothing}
      <form class="statements ${pillar.statements.length > 10 ? 'long' : ''}" @submit=${(e: Event) => { e.preventDefault(); actions.next(); }} novalidate>
        ${pillar.statements.map((statement, s) => renderStatement(model, actions, statement, s))}
        <p class="guard" part="guard" role="alert">${model.guardMessage}</p>
        <div class="actions nav">
          <button type="button" part="back-button" tabindex=${tab} @click=${actions.back}>
            ${index === 0 ? msg('Terug naar de uitleg') : msg('Vorige pijler')}
          </button>
          <button type="submit" class="primary" part="next-button" tabindex=${tab}>
            ${last ? msg('Bekijk de uitkomst') : msg('Volgende pijler')}
          </button>
        </div>
      </form>
    </section>
  `;
}
