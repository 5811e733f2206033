// What the team view offers beside files, loaded lazily by the team element: pasting share codes (part
// team-code-input), results from the host's server (`results-src`), and the progress while a large team
// is counted. The element keeps the state here; the templates render in its shadow root.
import { html, nothing } from 'lit';
import { LoadError } from '../content/load.js';
import type { Content } from '../content/schema.js';
import { msg, str } from '../localization.js';
import { formatNumber, isOne } from '../internal/format.js';
import type { QuickscanErrorDetail } from '../events.js';
import type { ShareCodeError } from '../share/share-code.js';
import { readShareCodes, type ReadCodes } from './team-codes.js';
import { loadResultsFeed, type FeedLoad } from './results-source.js';
import type { TeamController, TeamState } from './team-controller.js';
import type { TeamSummary } from './aggregate.js';

export interface ExtrasHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
  /** The facilitator added results and the summary (ready) grew: fire quickscan-team-summary. */
  summaryGrew(summary: TeamSummary): void;
  /** Loading `results-src` failed (partly): fire quickscan-error. */
  feedFailed(detail: QuickscanErrorDetail): void;
  /** Runs `fn` with msg() answering in the element's language. */
  inLocale<T>(fn: () => T): T;
}

type Feed =
  | { status: 'loading'; load?: FeedLoad }
  | { status: 'done'; load: FeedLoad };

function codeReason(reason: ShareCodeError): string {
  switch (reason) {
    case 'checksum':
      return msg('de code klopt niet: een typefout, of er ontbreekt een stuk');
    case 'content':
      return msg('de code hoort bij een andere quickscan of een andere versie');
    default:
      return msg('dit is geen geldige deelcode');
  }
}

/** The readable message of a failed (or partly failed) load of `results-src`. */
export function feedErrorDetail(error: LoadError): QuickscanErrorDetail {
  const detail: QuickscanErrorDetail = { kind: error.kind, message: '', source: 'results' };
  switch (error.kind) {
    case 'network':
      detail.message = msg('De uitkomsten van de server konden niet worden opgehaald. Controleer de verbinding en probeer het opnieuw.');
      break;
    case 'http':
      detail.message = msg(str`De server gaf een foutmelding (HTTP ${error.status ?? '?'}) bij het ophalen van de uitkomsten.`);
      detail.status = error.status;
      break;
    case 'parse':
      detail.message = msg('Het antwoord van de server met uitkomsten is geen geldige JSON.');
      break;
    default:
      detail.message = msg('Het antwoord van de server is geen lijst met uitkomsten van de quickscan.');
  }
  return detail;
}

export class TeamExtras {
  private _codes: ReadCodes | null = null;
  private _feed?: Feed;
  private _feedKey?: unknown[];
  private _attempt = 0;
  private _abort?: AbortController;

  constructor(
    private readonly _host: ExtrasHost,
    private readonly _team: TeamController,
  ) {}

  /** Call from the element's willUpdate: (re)loads `results-src` when it, the content or the attempt changed. */
  update(content: Content | null, resultsSrc: string | undefined, timeoutMs: number): void {
    const url = resultsSrc ? absolute(resultsSrc) : undefined;
    const key = [content, url, this._attempt];
    if (this._feedKey && key.every((k, i) => k === this._feedKey![i])) return;
    if (!content) return;
    this._feedKey = key;
    this._abort?.abort();
    if (!url) {
      if (this._feed) this._team.setSource('feed', []);
      this._feed = undefined;
      return;
    }
    const abort = (this._abort = new AbortController());
    this._feed = { status: 'loading' };
    const reload = this._attempt > 0;
    loadResultsFeed(url, {
      content,
      signal: abort.signal,
      timeoutMs,
      reload,
      onPage: (load) => {
        if (this._abort !== abort) return;
        this._feed = { status: 'loading', load };
        this._host.requestUpdate();
      },
    }).then(
      (load) => {
        if (this._abort !== abort) return;
        this._feed = { status: 'done', load };
        this._team.setSource('feed', load.results);
        if (load.error) this._host.feedFailed(this._host.inLocale(() => feedErrorDetail(load.error!)));
      },
      () => {},
    );
  }

  disconnect(): void {
    this._abort?.abort();
    this._feedKey = undefined;
  }

  private _retry(): void {
    this._attempt += 1;
    this._host.requestUpdate();
  }

  private async _readCodes(content: Content, text: string): Promise<void> {
    const before = this._team.summary?.respondents ?? 0;
    this._codes = text.trim() ? readShareCodes(content, text) : null;
    this._team.setSource('codes', this._codes?.results ?? []);
    const summary = await this._team.counted();
    if (summary?.ready && summary.respondents > before) this._host.summaryGrew(summary);
  }

  /** The textarea for pasted codes, what was found, and the codes that were refused. */
  renderCodes(content: Content, locale: string) {
    const codes = this._codes;
    const found = codes?.found ?? 0;
    const good = codes?.results.length ?? 0;
    const refused = codes?.refused ?? [];
    return html`<div class="drop-zone code-zone no-print">
      <label for="team-codes">${msg('Of plak de deelcodes van je team (bijvoorbeeld de hele chat)')}</label>
      <textarea id="team-codes" part="team-code-input" rows="4" spellcheck="false" autocomplete="off" aria-describedby="team-codes-help team-codes-status"
        @input=${(e: Event) => this._readCodes(content, (e.target as HTMLTextAreaElement).value)}></textarea>
      <p class="meta" id="team-codes-help">${msg('Elke code begint met SVQ1-. Andere tekst eromheen mag blijven staan. De codes worden alleen in deze browser gelezen.')}</p>
      <p id="team-codes-status" role="status">${codes
        ? found === 0
          ? msg('Geen codes gevonden.')
          : isOne(locale, good)
            ? msg(str`1 van ${formatNumber(locale, found, 0)} codes gelezen.`)
            : msg(str`${formatNumber(locale, good, 0)} van ${formatNumber(locale, found, 0)} codes gelezen.`)
        : nothing}</p>
      ${refused.length
        ? html`<section class="error" part="team-rejected" aria-labelledby="team-codes-refused">
            <h3 id="team-codes-refused">${msg('Codes die niet meetellen')}</h3>
            <ul>
              ${refused.slice(0, 20).map((r) => html`<li><code>${r.code}</code>: ${codeReason(r.reason)}</li>`)}
            </ul>
            ${refused.length > 20 ? html`<p>${msg(str`En nog ${formatNumber(locale, refused.length - 20, 0)} codes.`)}</p>` : nothing}
          </section>`
        : nothing}
    </div>`;
  }

  /** Loading from `results-src`: progress, what arrived, and a readable error with retry. */
  renderFeed(locale: string) {
    const feed = this._feed;
    if (!feed) return nothing;
    const load = feed.load;
    const n = formatNumber(locale, load?.results.length ?? 0, 0);
    const pages = formatNumber(locale, load?.pages ?? 0, 0);
    const error = feed.status === 'done' ? feed.load.error : undefined;
    const retry = error && (error.kind === 'network' || error.kind === 'http');
    return html`<div class="team-feed no-print" part="team-feed">
      <p role="status">${feed.status === 'loading'
        ? msg(str`Uitkomsten worden opgehaald van de server… (${n} tot nu toe)`)
        : isOne(locale, load?.pages ?? 0)
          ? msg(str`${n} uitkomsten opgehaald van de server (1 pagina).`)
          : msg(str`${n} uitkomsten opgehaald van de server (${pages} pagina's).`)}
        ${feed.status === 'done' && feed.load.truncated ? msg(str`Gestopt na ${pages} pagina's; de rest is niet opgehaald.`) : nothing}</p>
      ${error
        ? html`<div class="error" role="alert">
            <p>${feedErrorDetail(error).message}</p>
            ${load!.pages
              ? html`<p>${isOne(locale, load!.pages) ? msg('De uitkomsten van de eerste pagina tellen mee.') : msg(str`De uitkomsten van de eerste ${pages} pagina's tellen mee.`)}</p>`
              : nothing}
            ${retry ? html`<div class="actions"><button type="button" part="retry-button" @click=${() => this._retry()}>${msg('Opnieuw proberen')}</button></div>` : nothing}
          </div>`
        : nothing}
    </div>`;
  }

  /** Everything above, in the view's order (between the file input and the counts). */
  render(content: Content, state: TeamState, locale: string) {
    return html`${this.renderCodes(content, locale)} ${this.renderFeed(locale)} ${this.renderCounting(state, locale)}`;
  }

  /** While a large team is counted: a progress bar. */
  renderCounting(state: TeamState, locale: string) {
    const c = state.counting;
    if (!c) return nothing;
    return html`<p class="counting" part="team-counting" role="status">
      <label for="team-counting">${msg(str`Uitkomsten tellen: ${formatNumber(locale, c.done, 0)} van ${formatNumber(locale, c.total, 0)}`)}</label>
      <progress id="team-counting" max=${c.total} .value=${c.done}></progress>
    </p>`;
  }
}

function absolute(src: string): string | undefined {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return undefined;
  }
}
