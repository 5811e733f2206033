// What only a persisting scan (`persist`) shows: the offer to continue saved progress, and the notice that
// the browser refused storage. In the persistence chunk (../persist-chunk.ts): a scan without `persist`
// never loads them.
import { html, nothing } from 'lit';
import { msg, str } from '../../localization.js';

export interface OfferActions {
  resume(): void;
  discard(): void;
}

/** The notice that progress cannot be kept; `live` on views other than the intro (they say it politely). */
export function renderStorageNotice(live: boolean) {
  return html`<p class="notice" part="storage-notice" role=${live ? 'status' : nothing}>${msg('Je antwoorden kunnen in deze browser niet worden bewaard; ze blijven alleen staan zolang deze pagina open is.')}</p>`;
}

/** The offer to continue progress saved on this device earlier: how far it got. */
export function renderOffer(offer: { answered: number; total: number }, actions: OfferActions) {
  return html`<div class="offer" part="resume-offer" role="group" aria-labelledby="offer-text">
    <p id="offer-text">${msg(str`Je hebt deze scan eerder op dit apparaat ingevuld (${offer.answered} van ${offer.total} stellingen beantwoord).`)}</p>
    <div class="actions">
      <button type="button" class="primary" part="resume-button" @click=${actions.resume}>${msg('Verder waar je was')}</button>
      <button type="button" part="discard-button" @click=${actions.discard}>${msg('Opnieuw beginnen')}</button>
    </div>
  </div>`;
}
