// What the scan says besides its views: the polite step announcement, where the notices go (the
// refused host result's, made by the error chunk; the storage notice, made by the persistence chunk),
// and the "next" guard's message.
import { html, nothing } from 'lit';
import type { Content } from '../../content/schema.js';
import { msg, str } from '../../localization.js';
import type { Step } from '../../internal/step.js';

export function announcementText(content: Content | null, step: Step | null): string {
  if (!content || step === null) return '';
  if (typeof step === 'number') {
    const pillar = content.pillars[step];
    return pillar ? msg(str`Stap ${step + 1} van ${content.pillars.length}: ${pillar.title}`) : '';
  }
  return step === 'results' ? msg('De uitkomst staat klaar.') : msg('Uitleg van de quickscan');
}

/** Notices that belong to wherever the person is (the intro shows the storage notice itself); `problem`
 *  is the refused host result's notice, rendered by the error chunk, `storageNotice` the storage notice,
 *  rendered by the persistence chunk. */
export function renderNotices(problem: unknown, storageNotice: unknown) {
  return html`${problem ?? nothing} ${storageNotice ?? nothing}`;
}

/** The "next" guard's alert: how many statements were open when "next" was pressed. */
export function guardMessage(content: Content, open: number): string {
  if (!open) return '';
  const count = open === 1
    ? msg('Beantwoord eerst alle stellingen van deze pijler. Er is nog 1 stelling open.')
    : msg(str`Beantwoord eerst alle stellingen van deze pijler. Er zijn nog ${open} stellingen open.`);
  const unknown = content.scale.unknown?.label;
  return unknown ? `${count} ${msg(str`Weet je het niet, kies dan „${unknown}”.`)}` : count;
}

/** The `result` attribute: JSON, checked later like a result set as a property. */
export function parseResultAttribute(value: string | null): unknown {
  if (value === null || value.trim() === '') return null;
  try {
    return JSON.parse(value);
  } catch {
    return { invalid: true };
  }
}
